// Draws the demo agencies' PNG logos (flat shapes, a few palette colours: a few hundred bytes
// each) into scripts/seed-logos/. The dev server (dev-server.mjs) posts them with the seed
// request, which uploads them to local R2, so the Worker carries no demo images.
// Run: node scripts/seed-logos.mjs
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const SIZE = 96;

function crc32(bytes) {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "ascii");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** An indexed-colour PNG; palette[0] is transparent. */
function png(palette, pixel) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(SIZE, 0);
  ihdr.writeUInt32BE(SIZE, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 3; // indexed colour
  const rows = [];
  for (let y = 0; y < SIZE; y++) {
    rows.push(0);
    for (let x = 0; x < SIZE; x++) rows.push(pixel(x, y));
  }
  const plte = Buffer.from(palette.flatMap((hex) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16))));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("PLTE", plte),
    chunk("tRNS", Buffer.from([0])),
    chunk("IDAT", deflateSync(Buffer.from(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Inside a square with rounded corners of radius r. */
function inRounded(x, y, r) {
  const cx = Math.min(Math.max(x + 0.5, r), SIZE - r);
  const cy = Math.min(Math.max(y + 0.5, r), SIZE - r);
  return (x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= r * r;
}

// Pride Travelers: six rainbow bands in a rounded tile.
const rainbow = ["#e40303", "#ff8c00", "#ffed00", "#008026", "#004dff", "#750787"];
const pride = png(["#000000", ...rainbow], (x, y) => (inRounded(x, y, 18) ? 1 + Math.floor((y * 6) / SIZE) : 0));

// Blue Horizon Journeys: a sun rising over the sea, white on the brand blue.
const blue = png(["#000000", "#1d5fbf", "#ffffff", "#ffd23f"], (x, y) => {
  if (!inRounded(x, y, 18)) return 0;
  const sun = (x + 0.5 - 48) ** 2 + (y + 0.5 - 58) ** 2 <= 22 ** 2 && y < 58;
  if (sun) return 3;
  const wave = [62, 72, 82].some((line) => y >= line && y < line + 4 && x >= 18 && x < 78);
  return wave ? 2 : 1;
});

// Named by the demo agency's id, which the seed route reads them by.
writeFileSync(new URL("seed-logos/agc_pride.png", import.meta.url), pride);
writeFileSync(new URL("seed-logos/agc_blue.png", import.meta.url), blue);
console.log(`pride ${pride.length} bytes, blue horizon ${blue.length} bytes`);
