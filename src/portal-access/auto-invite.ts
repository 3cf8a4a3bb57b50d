// Auto-invite on first share (SPEC §7): one candidate per trip, invited only if they have
// no portal account at all and are not archived; always through Postmark, never Gmail. It
// reuses the lifecycle service, so there is no second path that mints an invite.
import { sentByWords } from "../mail/message";
import { performPortalAction, type ServiceDeps } from "./service";
import { nameTheContact } from "./words";

export interface TravelerForPick {
  contactId: string;
  name: string;
  email: string | null;
  isPrimary: boolean;
  position: number;
  archived: boolean;
  hasAccount: boolean;
}

export type CandidatePick = { ok: true; candidate: TravelerForPick } | { ok: false; reason: string };

/** The primary traveler with an email, else the first traveler (by position) with an email. */
export function pickAutoInviteCandidate(travelers: TravelerForPick[]): CandidatePick {
  const withEmail = travelers.filter((t) => t.email && t.email.trim() !== "").sort((a, b) => a.position - b.position);
  const candidate = withEmail.find((t) => t.isPrimary) ?? withEmail[0];
  if (!candidate) return { ok: false, reason: "no traveler on this trip has an email address." };
  if (candidate.archived) return { ok: false, reason: `${candidate.name} is archived.` };
  if (candidate.hasAccount) return { ok: false, reason: `${candidate.name} already has a portal account.` };
  return { ok: true, candidate };
}

export type AutoInviteOutcome =
  | { invited: true; toast: string; contactId: string }
  | { invited: false; failed: boolean; toast: string };

export async function autoInviteOnFirstShare(
  deps: ServiceDeps,
  input: {
    agencyId: string;
    /** The toast says the invite went "by email from" the agency. */
    agencyName: string;
    travelers: TravelerForPick[];
    documentTitle: string;
    documentId: string;
    actor: { id: string; name: string; email: string };
  },
): Promise<AutoInviteOutcome> {
  const pick = pickAutoInviteCandidate(input.travelers);
  if (!pick.ok) return { invited: false, failed: false, toast: `No portal invite went out: ${pick.reason}` };
  const outcome = await performPortalAction(deps, {
    agencyId: input.agencyId,
    contactId: pick.candidate.contactId,
    action: "invite",
    actor: input.actor,
    trigger: `First share of ${input.documentTitle}`,
    // The client lands on the document whose sharing invited them.
    landing: { document: input.documentId },
  });
  if (!outcome.ok)
    return {
      invited: false,
      failed: false,
      toast: outcome.notFound
        ? "No portal invite went out."
        : `No portal invite went out: ${nameTheContact(outcome.refusal.message, pick.candidate.name)}`,
    };
  if (outcome.queuedAs)
    return {
      invited: true,
      toast: `Portal invite to ${outcome.recipient} is on its way.`,
      contactId: pick.candidate.contactId,
    };
  if (outcome.delivery && !outcome.delivery.ok)
    return {
      invited: false,
      failed: true,
      toast: `The portal invite to ${outcome.recipient} could not be sent: ${outcome.delivery.message}`,
    };
  const sentBy = outcome.delivery ? ` ${sentByWords(outcome.delivery.channel, input.agencyName)}` : "";
  return {
    invited: true,
    toast: `Portal invite sent to ${outcome.recipient}${sentBy}.`,
    contactId: pick.candidate.contactId,
  };
}
