// Settings → Branding: repaints the preview and the contrast warning as the advisor types a color,
// adds a color picker next to the hex field, and preselects the advisor's own time zone while the
// agency has none. Without JavaScript the preview shows the saved color and the form works as is.
// brandPalette and describeAdjustment mirror src/ui/brand.ts; test/unit/brand.test.ts checks they agree.

const BRAND_DEFAULT = "#1f6f78";
const BRAND_AA = 4.5;
const BRAND_NEAR_BLACK = "#111111";
const BRAND_LIGHT_SURFACES = ["#ffffff", "#f6f7fa", "#e3f5ee", "#fff3d6", "#fde8e6", "#e5effc"];

function brandRgb(hex) {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function brandHex(rgb) {
  return `#${rgb
    .map((v) =>
      Math.round(Math.min(255, Math.max(0, v)))
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}

function brandLuminance(hex) {
  const [r, g, b] = brandRgb(hex).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function brandContrast(a, b) {
  const la = brandLuminance(a);
  const lb = brandLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function brandMix(hex, base, share) {
  const a = brandRgb(hex);
  const b = brandRgb(base);
  return brandHex(a.map((v, i) => v * share + b[i] * (1 - share)));
}

function brandDarkenUntil(hex, against, ratio) {
  for (let keep = 100; keep >= 0; keep -= 1) {
    const shade = brandMix(hex, "#000000", keep / 100);
    if (brandContrast(shade, against) >= ratio) return shade;
  }
  return "#000000";
}

function brandPalette(picked) {
  const brand = /^#[0-9a-f]{6}$/i.test(picked || "") ? picked.toLowerCase() : BRAND_DEFAULT;
  const tint = brandMix(brand, "#ffffff", 0.1);
  let fill = brand;
  let onFill = "#ffffff";
  if (brandContrast(brand, "#ffffff") < BRAND_AA) {
    if (brandContrast(brand, BRAND_NEAR_BLACK) >= BRAND_AA) onFill = BRAND_NEAR_BLACK;
    else fill = brandDarkenUntil(brand, "#ffffff", BRAND_AA);
  }
  const fillHover = onFill === "#ffffff" ? brandMix(fill, "#000000", 0.85) : brandMix(fill, "#ffffff", 0.85);
  const darkestSurface = BRAND_LIGHT_SURFACES.reduce(
    (darkest, c) => (brandLuminance(c) < brandLuminance(darkest) ? c : darkest),
    tint,
  );
  const text = brandDarkenUntil(brand, darkestSurface, BRAND_AA);
  return {
    brand,
    fill,
    onFill,
    fillHover,
    text,
    tint,
    adjusted: { darkText: onFill !== "#ffffff", darkerFill: fill !== brand, darkerText: text !== brand },
  };
}

function brandAdjustment(p) {
  const { darkText, darkerFill, darkerText } = p.adjusted;
  if (!darkText && !darkerFill && !darkerText) return null;
  const parts = [];
  if (darkText) parts.push("This color is too light for white text: buttons use dark text");
  else if (darkerFill) parts.push(`White text is hard to read on this color: buttons use a darker shade (${p.fill})`);
  if (darkerText)
    parts.push(
      parts.length
        ? `and links a darker shade (${p.text})`
        : `This color is too light for text on a white page: links use a darker shade (${p.text})`,
    );
  return `${parts.join(" ")}, so everyone can read them.`;
}

if (typeof document !== "undefined")
  document.addEventListener("DOMContentLoaded", () => {
    const field = document.getElementById("brandColor");
    const preview = document.getElementById("brand-preview");
    const warning = document.getElementById("brand-warning");
    if (field && preview && warning) {
      const picker = document.createElement("input");
      picker.type = "color";
      picker.className = "color-picker";
      picker.setAttribute("aria-label", "Pick the brand color");
      const paint = () => {
        const hex = field.value.trim();
        if (!/^#[0-9a-f]{6}$/i.test(hex)) return;
        const p = brandPalette(hex);
        picker.value = p.brand;
        // CSSOM custom properties, not a style attribute: the CSP allows these.
        for (const [name, value] of [
          ["--brand", p.brand],
          ["--brand-fill", p.fill],
          ["--on-brand", p.onFill],
          ["--brand-fill-hover", p.fillHover],
          ["--brand-text", p.text],
          ["--brand-tint", p.tint],
        ])
          preview.style.setProperty(name, value);
        const words = brandAdjustment(p);
        warning.hidden = !words;
        if (words && warning.textContent !== words) warning.textContent = words;
      };
      picker.addEventListener("input", () => {
        field.value = picker.value;
        paint();
      });
      field.insertAdjacentElement("afterend", picker);
      field.addEventListener("input", paint);
      paint();
    }
    // First save: the advisor's own zone rather than UTC, when the list has it.
    const zone = document.querySelector("select[data-from-browser]");
    const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && own && [...zone.options].some((o) => o.value === own)) zone.value = own;
  });
