// Demo data for local development (SPEC §5): two agencies, their advisors, and trips whose
// travelers show every portal state. Idempotent: fixed ids and insert-or-ignore, so a second
// run changes nothing.
import { and, eq, isNull } from "drizzle-orm";
import { storeLogo } from "../brand/store";
import type { Db } from "../db/client";
import {
  advisors,
  agencies,
  contacts,
  portalAccounts,
  portalEvents,
  portalLogins,
  portalTokens,
  tripDocuments,
  trips,
  tripTravelers,
} from "../db/schema";
import { base64url, sha256Hex } from "../lib/ids";
import { readLogoImage } from "../lib/logo";
import { hashPassword, PRODUCTION_SCRYPT, type ScryptParams } from "../lib/password";
import { linkExpiry, recomputeLinkDeadlines } from "../portal-access";

export const DEMO_ADVISOR_PASSWORD = "travel-demo-2026";
export const DEMO_CLIENT_PASSWORD = "client-demo-2026";

const DAY = 24 * 60 * 60 * 1000;

async function unknownTokenHash(): Promise<string> {
  return sha256Hex(base64url(crypto.getRandomValues(new Uint8Array(32))));
}

export async function seedDemoData(db: Db, scrypt: ScryptParams = PRODUCTION_SCRYPT, now = new Date()): Promise<void> {
  const t = now.getTime();
  const at = (daysAgo: number) => new Date(t - daysAgo * DAY);
  const [advisorHash, clientHash] = await Promise.all([
    hashPassword(DEMO_ADVISOR_PASSWORD, scrypt),
    hashPassword(DEMO_CLIENT_PASSWORD, scrypt),
  ]);

  const agencyRows = [
    {
      id: "agc_pride",
      name: "Pride Travelers",
      portalSlug: "pride-travelers",
      logoUrl: null,
      brandColor: "#9d2463",
      autoInviteOnFirstShare: false,
      createdAt: at(400),
    },
    {
      id: "agc_blue",
      name: "Blue Horizon Journeys",
      portalSlug: "blue-horizon",
      logoUrl: null,
      brandColor: "#1d5fbf",
      autoInviteOnFirstShare: false,
      createdAt: at(300),
    },
  ];
  const advisorRows = [
    {
      id: "adv_pat",
      agencyId: "agc_pride",
      name: "Pat Rivera",
      email: "pat@pridetravelers.example",
      passwordHash: advisorHash,
      createdAt: at(400),
    },
    {
      id: "adv_sam",
      agencyId: "agc_pride",
      name: "Sam Okafor",
      email: "sam@pridetravelers.example",
      passwordHash: advisorHash,
      createdAt: at(380),
    },
    {
      id: "adv_lee",
      agencyId: "agc_blue",
      name: "Lee Tanaka",
      email: "lee@bluehorizon.example",
      passwordHash: advisorHash,
      createdAt: at(300),
    },
  ];
  const contact = (
    id: string,
    agencyId: string,
    firstName: string,
    lastName: string,
    email: string | null,
    phone: string | null,
    archivedAt: Date | null = null,
  ) => ({
    id,
    agencyId,
    firstName,
    lastName,
    email,
    phone,
    archivedAt,
    createdAt: at(120),
  });
  const contactRows = [
    contact("con_ana", "agc_pride", "Ana", "Souza", "ana@example.com", "+1 415 555 0142"),
    contact("con_ben", "agc_pride", "Ben", "Souza", null, "+1 415 555 0143"),
    contact("con_carla", "agc_pride", "Carla", "Mendes", "carla@example.com", null, at(20)),
    contact("con_diego", "agc_pride", "Diego", "Alvarez", "diego@example.com", "+1 212 555 0187"),
    contact("con_elena", "agc_pride", "Elena", "Park", "elena@example.com", null),
    contact("con_farah", "agc_pride", "Farah", "Haddad", "farah@example.com", "+44 20 7946 0321"),
    contact("con_gus", "agc_pride", "Gus", "Lindqvist", "gus@example.com", null),
    // Invited days ago and still not in: what Portal access's "Pending over 3 days" is for.
    contact("con_marta", "agc_pride", "Marta", "Silva", "marta@example.com", null),
    contact("con_omar", "agc_pride", "Omar", "Nasser", "omar@example.com", "+971 4 555 0108"),
    contact("con_hana", "agc_blue", "Hana", "Kim", "hana@example.com", "+1 206 555 0110"),
    contact("con_ivo", "agc_blue", "Ivo", "Novak", "ivo@example.com", null),
    // A mistyped address, to try correcting an email (docs/decisions/005).
    contact("con_jonas", "agc_blue", "Jonas", "Berg", "jonas@exmaple.com", "+46 8 555 0199"),
    contact("con_lucia", "agc_blue", "Lucia", "Ferreira", "lucia@example.com", null),
  ];
  const tripRows = [
    {
      id: "trp_lisbon",
      agencyId: "agc_pride",
      title: "Lisbon & Porto food tour",
      destination: "Portugal",
      startsOn: "2027-04-12",
      endsOn: "2027-04-22",
      createdAt: at(60),
    },
    {
      id: "trp_patagonia",
      agencyId: "agc_pride",
      title: "Patagonia trekking",
      destination: "Chile & Argentina",
      startsOn: "2027-01-15",
      endsOn: "2027-01-29",
      createdAt: at(50),
    },
    {
      id: "trp_kyoto",
      agencyId: "agc_pride",
      title: "Kyoto in autumn",
      destination: "Japan",
      startsOn: "2027-11-03",
      endsOn: "2027-11-14",
      createdAt: at(40),
    },
    {
      id: "trp_iceland",
      agencyId: "agc_blue",
      title: "Iceland ring road",
      destination: "Iceland",
      startsOn: "2027-06-01",
      endsOn: "2027-06-10",
      createdAt: at(30),
    },
    {
      id: "trp_azores",
      agencyId: "agc_blue",
      title: "Azores whale watching",
      destination: "Portugal",
      startsOn: "2027-08-09",
      endsOn: "2027-08-16",
      createdAt: at(25),
    },
  ];
  const traveler = (tripId: string, contactId: string, agencyId: string, position: number, isPrimary = false) => ({
    id: `trv_${tripId.slice(4)}_${contactId.slice(4)}`,
    agencyId,
    tripId,
    contactId,
    position,
    isPrimary,
  });
  const travelerRows = [
    traveler("trp_lisbon", "con_ana", "agc_pride", 0, true),
    traveler("trp_lisbon", "con_ben", "agc_pride", 1),
    traveler("trp_lisbon", "con_carla", "agc_pride", 2),
    traveler("trp_patagonia", "con_diego", "agc_pride", 0, true),
    traveler("trp_patagonia", "con_elena", "agc_pride", 1),
    traveler("trp_kyoto", "con_farah", "agc_pride", 0, true),
    traveler("trp_kyoto", "con_gus", "agc_pride", 1),
    traveler("trp_iceland", "con_hana", "agc_blue", 0, true),
    traveler("trp_iceland", "con_ivo", "agc_blue", 1),
    traveler("trp_azores", "con_jonas", "agc_blue", 0, true),
    traveler("trp_azores", "con_lucia", "agc_blue", 1),
  ];
  // What each demo document says, so its portal page shows something real (lines add up to the amount).
  const details: Record<string, { description: string; lineItems: { label: string; amountCents: number }[] }> = {
    doc_lisbon_prop: {
      description: "Ten days between Lisbon's tascas and the Douro valley's quintas, with two cooking classes.",
      lineItems: [
        { label: "Boutique hotels, 9 nights", amountCents: 540000 },
        { label: "Private food tours and cooking classes", amountCents: 260000 },
        { label: "Douro wine day with transfers", amountCents: 160000 },
      ],
    },
    doc_lisbon_inv: {
      description: "Deposit for the Lisbon & Porto food tour.",
      lineItems: [
        { label: "Hotel deposits", amountCents: 300000 },
        { label: "Tour deposits", amountCents: 185000 },
      ],
    },
    doc_patagonia_inv: {
      description: "Torres del Paine W trek, refugios and transfers.",
      lineItems: [
        { label: "Guided W trek, 5 days", amountCents: 450000 },
        { label: "Refugios and meals", amountCents: 187500 },
        { label: "Transfers from Puerto Natales", amountCents: 75000 },
      ],
    },
    doc_kyoto_prop: {
      description:
        "Eleven autumn days in Kyoto and Nara: temples at their most colourful, a ryokan night and a kaiseki dinner.",
      lineItems: [
        { label: "Hotels and one ryokan night, 10 nights", amountCents: 860000 },
        { label: "Private guide, 4 days", amountCents: 240000 },
        { label: "Kaiseki dinner and tea ceremony", amountCents: 140000 },
      ],
    },
    doc_kyoto_inv: {
      description: "Balance for Kyoto in autumn, due 60 days before departure.",
      lineItems: [
        { label: "Hotels and ryokan", amountCents: 430000 },
        { label: "Guide and experiences", amountCents: 190000 },
      ],
    },
    doc_iceland_inv: {
      description: "Self-drive ring road with hand-picked guesthouses.",
      lineItems: [
        { label: "Guesthouses, 9 nights", amountCents: 270000 },
        { label: "4x4 rental", amountCents: 120000 },
      ],
    },
  };
  const doc = (
    id: string,
    agencyId: string,
    tripId: string,
    kind: "invoice" | "proposal",
    title: string,
    amountCents: number,
    firstSharedAt: Date | null = null,
  ) => ({
    id,
    agencyId,
    tripId,
    kind,
    title,
    amountCents,
    currency: "USD",
    description: details[id]?.description ?? null,
    lineItems: details[id]?.lineItems ?? null,
    firstSharedAt,
    firstSharedBy: firstSharedAt ? (agencyId === "agc_blue" ? "adv_lee" : "adv_pat") : null,
    createdAt: at(25),
  });
  const documentRows = [
    doc("doc_lisbon_prop", "agc_pride", "trp_lisbon", "proposal", "Lisbon & Porto proposal", 960000),
    doc("doc_lisbon_inv", "agc_pride", "trp_lisbon", "invoice", "Invoice INV-1042", 485000),
    doc("doc_patagonia_inv", "agc_pride", "trp_patagonia", "invoice", "Invoice INV-1043", 712500),
    doc("doc_kyoto_prop", "agc_pride", "trp_kyoto", "proposal", "Kyoto in autumn proposal", 1240000, at(14)),
    doc("doc_kyoto_inv", "agc_pride", "trp_kyoto", "invoice", "Invoice INV-1044", 620000, at(9)),
    doc("doc_iceland_inv", "agc_blue", "trp_iceland", "invoice", "Invoice BH-207", 390000),
  ];
  const account = (
    id: string,
    contactId: string,
    email: string,
    status: "pending" | "active" | "disabled",
    extra: Partial<typeof portalAccounts.$inferInsert>,
  ) => ({
    id,
    agencyId: "agc_pride",
    contactId,
    email,
    status,
    passwordHash: null,
    invitedBy: "adv_pat",
    createdAt: at(30),
    ...extra,
  });
  const accountRows = [
    account("pac_diego", "con_diego", "diego@example.com", "pending", {
      invitedAt: at(2),
      latestSendId: "pev_diego_1",
    }),
    account("pac_elena", "con_elena", "elena@example.com", "pending", {
      invitedAt: at(10),
      latestSendId: "pev_elena_1",
    }),
    account("pac_marta", "con_marta", "marta@example.com", "pending", {
      invitedAt: at(4),
      latestSendId: "pev_marta_1",
    }),
    // Invited six and a half days ago: the link expires within a day.
    account("pac_omar", "con_omar", "omar@example.com", "pending", {
      invitedAt: at(6.5),
      invitedBy: "adv_sam",
      latestSendId: "pev_omar_1",
    }),
    account("pac_farah", "con_farah", "farah@example.com", "active", {
      invitedAt: at(15),
      activatedAt: at(14),
      passwordHash: clientHash,
      latestSendId: "pev_farah_1",
      lastSignInAt: at(6),
    }),
    account("pac_gus", "con_gus", "gus@example.com", "disabled", {
      invitedAt: at(15),
      activatedAt: at(13),
      passwordHash: clientHash,
      lastSignInAt: at(13),
      disabledAt: at(5),
      disabledBy: "adv_sam",
      disabledWhy: "advisor",
    }),
  ];
  const token = async (
    id: string,
    accountId: string,
    createdDaysAgo: number,
    extra: Partial<typeof portalTokens.$inferInsert> = {},
  ) => ({
    id,
    agencyId: "agc_pride",
    accountId,
    purpose: "invite" as const,
    tokenHash: await unknownTokenHash(),
    createdAt: at(createdDaysAgo),
    createdBy: "adv_pat",
    expiresAt: linkExpiry(at(createdDaysAgo)),
    ...extra,
  });
  const tokenRows = await Promise.all([
    token("ptk_diego", "pac_diego", 2),
    token("ptk_elena", "pac_elena", 10),
    token("ptk_marta", "pac_marta", 4),
    token("ptk_omar", "pac_omar", 6.5),
    token("ptk_farah", "pac_farah", 15, { consumedAt: at(14) }),
    token("ptk_gus", "pac_gus", 15, { consumedAt: at(13) }),
  ]);
  const event = (
    id: string,
    accountId: string,
    daysAgo: number,
    kind: typeof portalEvents.$inferInsert.kind,
    actor: "adv_pat" | "adv_sam" | null,
    extra: Partial<typeof portalEvents.$inferInsert> = {},
  ) => ({
    id,
    agencyId: "agc_pride",
    accountId,
    at: at(daysAgo),
    kind,
    actorId: actor,
    actorLabel: actor === "adv_pat" ? "Pat Rivera" : actor === "adv_sam" ? "Sam Okafor" : "Client",
    ...extra,
  });
  const sent = (recipient: string) => ({ channel: "postmark" as const, recipient, deliveryStatus: "sent" });
  const eventRows = [
    event("pev_diego_1", "pac_diego", 2, "invited", "adv_pat", sent("diego@example.com")),
    event("pev_elena_1", "pac_elena", 10, "invited", "adv_pat", sent("elena@example.com")),
    event("pev_marta_1", "pac_marta", 4, "invited", "adv_pat", sent("marta@example.com")),
    event("pev_omar_1", "pac_omar", 6.5, "invited", "adv_sam", sent("omar@example.com")),
    event("pev_farah_1", "pac_farah", 15, "invited", "adv_pat", sent("farah@example.com")),
    event("pev_farah_2", "pac_farah", 14, "claimed", null),
    event("pev_gus_1", "pac_gus", 15, "invited", "adv_pat", sent("gus@example.com")),
    event("pev_gus_2", "pac_gus", 13, "claimed", null),
    event("pev_gus_3", "pac_gus", 5, "disabled", "adv_sam"),
  ];
  const login = (
    id: string,
    accountId: string,
    daysAgo: number,
    outcome: "success" | "wrong_password" | "claimed",
    city: string,
    country: string,
  ) => ({
    id,
    agencyId: "agc_pride",
    accountId,
    at: at(daysAgo),
    outcome,
    // How (SPEC §13): claiming signs in through the invite link; the rest are password sign-ins.
    method: outcome === "claimed" ? ("invite_link" as const) : ("password" as const),
    ip: "203.0.113.24",
    country,
    city,
    userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 19_1 like Mac OS X) Safari/605.1.15",
  });
  const loginRows = [
    login("plg_farah_1", "pac_farah", 14, "claimed", "London", "GB"),
    login("plg_farah_2", "pac_farah", 6, "wrong_password", "Lisbon", "PT"),
    login("plg_farah_3", "pac_farah", 6, "success", "Lisbon", "PT"),
    login("plg_gus_1", "pac_gus", 13, "claimed", "Stockholm", "SE"),
  ];

  await db.batch([
    db.insert(agencies).values(agencyRows).onConflictDoNothing(),
    db.insert(advisors).values(advisorRows).onConflictDoNothing(),
    // D1 binds at most 100 parameters a statement: contacts go in two inserts.
    db.insert(contacts).values(contactRows.slice(0, 8)).onConflictDoNothing(),
    db.insert(contacts).values(contactRows.slice(8)).onConflictDoNothing(),
    db.insert(trips).values(tripRows).onConflictDoNothing(),
    db.insert(tripTravelers).values(travelerRows).onConflictDoNothing(),
    db.insert(tripDocuments).values(documentRows).onConflictDoNothing(),
    db.insert(portalAccounts).values(accountRows).onConflictDoNothing(),
    db.insert(portalTokens).values(tokenRows).onConflictDoNothing(),
    db.insert(portalEvents).values(eventRows).onConflictDoNothing(),
    db.insert(portalLogins).values(loginRows).onConflictDoNothing(),
    recomputeLinkDeadlines(
      db,
      accountRows.map((a) => a.id),
    ),
  ]);
}

/**
 * The demo agencies' PNG logos (scripts/seed-logos/, posted by the dev server), stored in R2 as
 * Settings → Branding would. Idempotent: the same bytes are the same object, and an agency that
 * already has a logo keeps it.
 */
export async function seedDemoLogos(db: Db, bucket: R2Bucket, logos: Map<string, Uint8Array>): Promise<void> {
  for (const agencyId of ["agc_pride", "agc_blue"]) {
    const bytes = logos.get(agencyId);
    if (!bytes) continue;
    const checked = readLogoImage(bytes);
    if (!checked.ok) throw new Error(`Demo logo of ${agencyId}: ${checked.message}`);
    const path = await storeLogo(bucket, bytes, checked.image);
    await db
      .update(agencies)
      .set({ logoUrl: path })
      .where(and(eq(agencies.id, agencyId), isNull(agencies.logoUrl)));
  }
}
