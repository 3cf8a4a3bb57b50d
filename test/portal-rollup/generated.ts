// A generated agency for the Portal access page whose right answers are known: account i has
// kind i % 8, each kind with its own invite age, link deadline, delivery and sign-ins, and
// `expected` says which filters it belongs to, written from the filters' definitions.
import { newId } from "../../src/lib/ids";
import type { RollupFilter } from "../../src/portal-rollup/queries";
import { insertRows } from "../scale/large-agency";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface Kind {
  status: "pending" | "active" | "disabled";
  invitedAgo: number;
  /** Link deadline relative to now. */
  deadlineIn: number | null;
  delivery: string | null;
  login: "success" | "claimed" | null;
}

export const KINDS: Kind[] = [
  { status: "pending", invitedAgo: 5 * DAY, deadlineIn: 2 * DAY, delivery: "delivered", login: null },
  { status: "pending", invitedAgo: 1 * DAY, deadlineIn: 6 * DAY, delivery: "sent", login: null },
  { status: "pending", invitedAgo: 6 * DAY + 12 * HOUR, deadlineIn: 12 * HOUR, delivery: "delivered", login: null },
  { status: "pending", invitedAgo: 8 * DAY, deadlineIn: -1 * DAY, delivery: "delivered", login: null },
  { status: "active", invitedAgo: 20 * DAY, deadlineIn: -19 * DAY, delivery: "delivered", login: "success" },
  { status: "active", invitedAgo: 30 * DAY, deadlineIn: -29 * DAY, delivery: null, login: null },
  { status: "disabled", invitedAgo: 10 * DAY, deadlineIn: -9 * DAY, delivery: "delivered", login: "claimed" },
  { status: "pending", invitedAgo: 2 * DAY, deadlineIn: 5 * DAY, delivery: "bounced", login: null },
];

/** The filters' definitions, as plain predicates over a kind. */
export function expected(kind: Kind): Record<RollupFilter, boolean> {
  return {
    all: true,
    "pending-3d": kind.status === "pending" && kind.invitedAgo >= 3 * DAY,
    "expiring-24h":
      kind.status === "pending" && kind.deadlineIn !== null && kind.deadlineIn > 0 && kind.deadlineIn <= DAY,
    bounced: kind.delivery === "bounced" || kind.delivery === "complaint",
    "never-signed-in": kind.login === null,
    disabled: kind.status === "disabled",
  };
}

export const rollupName = (i: number) => ({
  first: `Traveler${String(i).padStart(5, "0")}`,
  last: `Roll${String(i).padStart(5, "0")}`,
});

/** `count` accounts in the agency, kind i % 8; answers the contact ids by index. */
export async function makeRollupAgency(agencyId: string, advisorId: string, count: number, now = Date.now()) {
  const contactIds = Array.from({ length: count }, () => newId("con"));
  const accountIds = Array.from({ length: count }, () => newId("pac"));
  await insertRows(
    "contacts",
    ["id", "agency_id", "first_name", "last_name", "email", "phone", "created_at"],
    contactIds.map((id, i) => [
      id,
      agencyId,
      rollupName(i).first,
      rollupName(i).last,
      `t${i}@rollup.example`,
      null,
      now,
    ]),
  );
  await insertRows(
    "portal_accounts",
    [
      "id",
      "agency_id",
      "contact_id",
      "email",
      "status",
      "invited_at",
      "invited_by",
      "activated_at",
      "link_deadline",
      "latest_delivery",
      "last_sign_in_at",
      "created_at",
    ],
    accountIds.map((id, i) => {
      const k = KINDS[i % KINDS.length]!;
      return [
        id,
        agencyId,
        contactIds[i]!,
        `t${i}@rollup.example`,
        k.status,
        now - k.invitedAgo,
        advisorId,
        k.login ? now - k.invitedAgo + HOUR : null,
        k.deadlineIn === null ? null : now + k.deadlineIn,
        k.delivery,
        k.login ? now - 2 * HOUR : null,
        now - k.invitedAgo,
      ];
    }),
  );
  const logins = accountIds.flatMap((id, i) => {
    const k = KINDS[i % KINDS.length]!;
    // Everyone with a sign-in also has a failed attempt, which must not count as signing in.
    return k.login
      ? [
          [newId("pli"), agencyId, id, now - 2 * HOUR, k.login],
          [newId("pli"), agencyId, id, now - HOUR, "wrong_password"],
        ]
      : [[newId("pli"), agencyId, id, now - HOUR, "wrong_password"]];
  });
  await insertRows("portal_logins", ["id", "agency_id", "account_id", "at", "outcome"], logins);
  return { contactIds, accountIds };
}
