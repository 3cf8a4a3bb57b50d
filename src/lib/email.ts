// How an email address is compared everywhere: trimmed and in lower case (addresses are stored
// that way, and a traveler who types "Ana@Example.com " is still ana@example.com).
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
