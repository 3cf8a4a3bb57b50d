// Advisor look-ups for sign-in.
import { eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { advisors } from "../db/schema";
import { normalizeEmail } from "../lib/email";

export async function findAdvisorByEmail(db: Db, email: string) {
  const rows = await db
    .select()
    .from(advisors)
    .where(eq(advisors.email, normalizeEmail(email)))
    .limit(1);
  return rows[0] ?? null;
}
