// Agency settings: branding, client portal, Gmail.
import { Hono } from "hono";
import { agencyShell } from "../trips/queries";
import type { AppEnv } from "../types";
import { SettingsPage } from "./views";

export const settingsRoutes = new Hono<AppEnv>().get("/", async (c) => {
  const [agency] = await agencyShell(c.var.db, c.var.advisor.agencyId);
  return c.html(<SettingsPage agency={agency!} advisorName={c.var.advisor.name} />);
});
