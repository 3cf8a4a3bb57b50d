// /portal-access: the agency's portal accounts in one list (filters, search, pages), bulk
// resend and the CSV export. Handlers parse, call the roll-up queries or portal-access, render.
import { type Context, Hono } from "hono";
import * as z from "zod/mini";
import { toCsv } from "../lib/csv";
import { readPageRequest, readSearch } from "../lib/keyset";
import { DELIVERY_HINT, PILL_LABEL, portalStatus, serviceDeps, toSnapshot } from "../portal-access";
import type { AppEnv } from "../types";
import { fullName } from "../ui/components";
import type { Flash } from "../ui/feedback";
import { pageOrFragment } from "../ui/layout";
import { BULK_MAX, type BulkReport, bulkForm, bulkResend } from "./bulk";
import { FILTERS, loadRollup, type RollupFilter, rollupCursor, rollupExport } from "./queries";
import { RollupPage, RollupResults } from "./views";

/** An unknown filter shows All, like a bad cursor shows page 1: a stale bookmark still opens. */
const filterParam = z.catch(z.enum(FILTERS), "all");

function readView(params: { filter?: string; q?: string }) {
  const { q, cut } = readSearch(params.q);
  return { filter: filterParam.parse(params.filter) as RollupFilter, q, qCut: cut };
}

async function renderRollup(
  c: Context<AppEnv>,
  view: { filter: RollupFilter; q: string; qCut?: boolean },
  extra: { report?: BulkReport; flash?: Flash; status?: 200 | 422 } = {},
) {
  const now = new Date();
  const search = {
    ...view,
    page: extra.report || extra.flash ? { after: null, before: null } : readPageRequest(c.req.query(), rollupCursor),
  };
  const data = await loadRollup(c.get("db"), c.get("advisor").agencyId, search, now);
  const props = { ...data, ...view, advisorName: c.get("advisor").name, now, report: extra.report, flash: extra.flash };
  return pageOrFragment(
    c,
    () => <RollupPage {...props} />,
    () => <RollupResults {...props} />,
    extra.status ?? 200,
  );
}

const EXPORT_HEADER = [
  "Traveler",
  "Email",
  "Portal",
  "Invited at",
  "Invited by",
  "Last sign-in",
  "Latest email at",
  "Delivery",
];

export const rollupRoutes = new Hono<AppEnv>()
  .get("/", (c) => renderRollup(c, readView(c.req.query())))
  .get("/export.csv", async (c) => {
    const view = readView(c.req.query());
    const now = new Date();
    const rows = await rollupExport(c.get("db"), c.get("advisor").agencyId, view, now);
    const iso = (ms: Date | number | null) => (ms === null ? "" : new Date(ms).toISOString());
    const csv = toCsv([
      EXPORT_HEADER,
      ...rows.map((r) => [
        fullName(r),
        r.accountEmail,
        PILL_LABEL[portalStatus(toSnapshot(r), now)],
        iso(r.invitedAt),
        r.invitedBy,
        iso(r.lastSignInAt),
        iso(r.latestEmailAt),
        r.latestDelivery ? DELIVERY_HINT[r.latestDelivery] : "",
      ]),
    ]);
    const name = `portal-access-${view.filter}-${now.toISOString().slice(0, 10)}.csv`;
    return c.body(csv, 200, {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
    });
  })
  .post("/resend", async (c) => {
    const body = await c.req.parseBody({ all: true });
    const list = (key: string) => {
      const v = body[key];
      return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === "string");
    };
    const view = readView({ filter: String(body.filter ?? ""), q: String(body.q ?? "") });
    const parsed = bulkForm.safeParse({
      contact: list("contact"),
      onPage: list("onPage"),
      all: typeof body.all === "string" && body.all ? body.all : undefined,
    });
    if (!parsed.success) {
      const message = parsed.error.issues[0]?.message ?? `Select between 1 and ${BULK_MAX} travelers.`;
      return renderRollup(c, view, { flash: { message, kind: "error" }, status: 422 });
    }
    const report = await bulkResend(serviceDeps(c), {
      agencyId: c.get("advisor").agencyId,
      contactIds: parsed.data,
      includeRecent: body.includeRecent === "on",
      actor: { id: c.get("advisor").id, name: c.get("advisor").name, email: c.get("advisor").email },
    });
    return renderRollup(c, view, { report });
  });
