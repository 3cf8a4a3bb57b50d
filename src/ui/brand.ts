// An agency's brand colour made readable: WCAG 2.x contrast maths, and the palette every brand
// use draws from (the dashboard and portal through /theme.css, emails through the renderer), so
// text on or in the brand colour meets AA (4.5:1) whatever hex the agency picked. Pure; no I/O.

export const DEFAULT_BRAND = "#1f6f78";
/** WCAG AA for normal-size text. */
export const AA = 4.5;
const WHITE = "#ffffff";
/** Dark text for light brand colours: dark enough that it or white always reaches AA on some shade. */
export const NEAR_BLACK = "#111111";
/** The app's lightest backgrounds brand-coloured text sits on: cards, the page, and the alerts' tints. */
const LIGHT_SURFACES = ["#ffffff", "#f6f7fa", "#e3f5ee", "#fff3d6", "#fde8e6", "#e5effc"];
const TINT_SHARE = 0.1;

type Rgb = [number, number, number];

export function isHexColor(value: string): boolean {
  return /^#[0-9a-f]{6}$/i.test(value);
}

function rgbOf(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function hexOf(rgb: Rgb): string {
  return `#${rgb
    .map((v) =>
      Math.round(Math.min(255, Math.max(0, v)))
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}

/** WCAG relative luminance of a #rrggbb colour, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = rgbOf(hex).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours, 1 to 21, whichever is lighter. */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [relativeLuminance(a), relativeLuminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** `share` of `hex` over `base`, channel by channel in sRGB, as CSS color-mix(in srgb) does. */
export function mix(hex: string, base: string, share: number): string {
  const a = rgbOf(hex);
  const b = rgbOf(base);
  return hexOf(a.map((v, i) => v * share + (b[i] ?? 0) * (1 - share)) as Rgb);
}

/** The lightest shade of `hex` (mixed with black) that reaches `ratio` against `against`. */
function darkenUntil(hex: string, against: string, ratio: number): string {
  for (let keep = 100; keep >= 0; keep -= 1) {
    const shade = mix(hex, "#000000", keep / 100);
    if (contrastRatio(shade, against) >= ratio) return shade;
  }
  return "#000000";
}

export interface BrandPalette {
  /** The colour as picked: decoration only (borders, the trip tile's stripe). */
  brand: string;
  /** Background of filled brand elements that carry text: buttons, the brand mark, the email header. */
  fill: string;
  /** Text on `fill`: white, or near-black for light colours. */
  onFill: string;
  fillHover: string;
  /** Brand-coloured text, links and focus rings on the app's light backgrounds. */
  text: string;
  /** The faint brand background of the active nav item and brand badges. */
  tint: string;
  /** What had to change from the colour as picked, for the Settings warning. */
  adjusted: { darkText: boolean; darkerFill: boolean; darkerText: boolean };
}

export function brandPalette(picked: string | null | undefined): BrandPalette {
  const brand = picked && isHexColor(picked) ? picked.toLowerCase() : DEFAULT_BRAND;
  const tint = mix(brand, WHITE, TINT_SHARE);
  let fill = brand;
  let onFill = WHITE;
  if (contrastRatio(brand, WHITE) < AA) {
    if (contrastRatio(brand, NEAR_BLACK) >= AA) onFill = NEAR_BLACK;
    // Too light for white and too dark for near-black (a narrow band of mid tones): a shade darker takes white.
    else fill = darkenUntil(brand, WHITE, AA);
  }
  // Hover moves away from the text colour, so it only gains contrast.
  const fillHover = onFill === WHITE ? mix(fill, "#000000", 0.85) : mix(fill, WHITE, 0.85);
  const darkestSurface = LIGHT_SURFACES.reduce(
    (darkest, c) => (relativeLuminance(c) < relativeLuminance(darkest) ? c : darkest),
    tint,
  );
  const text = darkenUntil(brand, darkestSurface, AA);
  return {
    brand,
    fill,
    onFill,
    fillHover,
    text,
    tint,
    adjusted: { darkText: onFill !== WHITE, darkerFill: fill !== brand, darkerText: text !== brand },
  };
}

/** The Settings warning in plain words, or null when the colour is used exactly as picked. */
export function describeAdjustment(p: BrandPalette): string | null {
  const { darkText, darkerFill, darkerText } = p.adjusted;
  if (!darkText && !darkerFill && !darkerText) return null;
  const parts: string[] = [];
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

/** The theme stylesheet's variables (app.css uses them; its :root holds the default colour's). */
export function themeVariables(p: BrandPalette): string {
  return `:root{--brand:${p.brand};--brand-fill:${p.fill};--on-brand:${p.onFill};--brand-fill-hover:${p.fillHover};--brand-text:${p.text};--brand-tint:${p.tint};}\n`;
}
