// What the compiled messages (src/i18n/paraglide/messages/_index.js) ask for in place of
// Paraglide's runtime (scripts/i18n.mjs points them here): no compile-time locale, and no
// request-wide one either. Every message is called with the render context's locale; one that
// isn't is a bug, and says so instead of guessing a language.
export const experimentalStaticLocale = undefined;

export function getLocale() {
  throw new Error("A message was rendered without a locale: pass the render context (src/i18n/messages.ts).");
}
