// Toasts about one traveler name them. lifecycle.ts words its refusals as SPEC §4 does ("This
// contact has no email address on file.") and stays pure; where a refusal is answered, the route
// knows whom it was about and puts the name in, so a toast on a trip page of several travelers
// says which one it means ("Ben Souza has no email address on file.").

/** The refusal's "this contact" (or "this contact's") with the traveler's name instead. */
export function nameTheContact(message: string, name: string): string {
  const who = name.trim();
  if (!who) return message;
  return message.replace(/\b[Tt]his contact('s)?/g, (_all, possessive: string | undefined) =>
    possessive ? `${who}'s` : who,
  );
}
