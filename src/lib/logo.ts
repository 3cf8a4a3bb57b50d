// Uploaded agency logos (SPEC §6): what a logo file may be, and the content-addressed path it is
// served under. Pure, so pages, emails and the upload share one reading of it.
// A path is `/brand/<sha-256 of the bytes>-<width>x<height>.<png|jpg>`: the hash makes it
// immutable (a new upload is a new path), and the size lets pages and emails set width and height
// without opening the image.

export const MAX_LOGO_BYTES = 1024 * 1024;

export type LogoImage = { type: "png" | "jpeg"; width: number; height: number };

export const LOGO_MESSAGES = {
  tooLarge: (bytes: number) =>
    `That file is ${(bytes / 1024 / 1024).toFixed(1)} MB; the logo must be at most 1 MB. Nothing was saved.`,
  notAnImage: "The logo must be a PNG or JPEG image (SVG, GIF and other files are not accepted). Nothing was saved.",
  unreadable: "That image could not be read (it may be damaged). Save it again as PNG or JPEG. Nothing was saved.",
} as const;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const u16 = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const u32 = (b: Uint8Array, i: number) => u16(b, i) * 65536 + u16(b, i + 2);

/** PNG: the IHDR chunk that must come first holds width and height. */
function readPng(b: Uint8Array): LogoImage | null {
  const ihdr = String.fromCharCode(...b.subarray(12, 16));
  if (ihdr !== "IHDR") return null;
  return { type: "png", width: u32(b, 16), height: u32(b, 20) };
}

/** JPEG: walk the segments to the first start-of-frame marker, which holds height then width. */
function readJpeg(b: Uint8Array): LogoImage | null {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1] ?? 0;
    if (marker === 0xff) {
      i += 1;
      continue;
    }
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isFrame) return { type: "jpeg", height: u16(b, i + 5), width: u16(b, i + 7) };
    i += 2 + u16(b, i + 2);
  }
  return null;
}

/** Decides by the file's bytes, never its name or the type the browser claimed. */
export function readLogoImage(bytes: Uint8Array): { ok: true; image: LogoImage } | { ok: false; message: string } {
  if (bytes.length > MAX_LOGO_BYTES) return { ok: false, message: LOGO_MESSAGES.tooLarge(bytes.length) };
  const isPng = PNG_SIGNATURE.every((v, i) => bytes[i] === v);
  const isJpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  if (!isPng && !isJpeg) return { ok: false, message: LOGO_MESSAGES.notAnImage };
  const image = isPng ? readPng(bytes) : readJpeg(bytes);
  if (!image || image.width < 1 || image.height < 1 || image.width > 10000 || image.height > 10000)
    return { ok: false, message: LOGO_MESSAGES.unreadable };
  return { ok: true, image };
}

const PATH = /^\/brand\/([0-9a-f]{64})-(\d{1,5})x(\d{1,5})\.(png|jpg)$/;

export function logoPath(sha256: string, image: LogoImage): string {
  return `/brand/${sha256}-${image.width}x${image.height}.${image.type === "png" ? "png" : "jpg"}`;
}

/** The file part of a logo path ("<hash>-<w>x<h>.png"), which is also its R2 key under `logos/`. */
export function parseLogoPath(
  path: string,
): { file: string; contentType: string; width: number; height: number } | null {
  const m = PATH.exec(path);
  if (!m) return null;
  return {
    file: path.slice("/brand/".length),
    contentType: m[4] === "png" ? "image/png" : "image/jpeg",
    width: Number(m[2]),
    height: Number(m[3]),
  };
}

/**
 * The CSS size to show a logo at: `height` tall, its width following the image, at most
 * `maxWidth` wide (a wide logo gets shorter instead). A path we can't read gets a square.
 */
export function logoDisplaySize(path: string, height: number, maxWidth: number): { width: number; height: number } {
  const parsed = parseLogoPath(path);
  if (!parsed) return { width: height, height };
  const ratio = parsed.width / parsed.height;
  const width = Math.round(height * ratio);
  return width <= maxWidth ? { width, height } : { width: maxWidth, height: Math.max(1, Math.round(maxWidth / ratio)) };
}
