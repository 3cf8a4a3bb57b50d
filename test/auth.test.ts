import { describe, expect, it } from "vitest";
import { ADVISOR_PASSWORD, countRows, get, makeAgency, post } from "./fixtures";

describe("advisor sign-in", () => {
  it("signs in with the right password and lands on the trips page", async () => {
    const { advisor } = await makeAgency({ name: "Pride Travelers" });
    const res = await post("/login", { email: advisor.email.toUpperCase(), password: ADVISOR_PASSWORD });
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/trips");
    const cookie = res.headers.getSetCookie().find((h) => h.startsWith("__Host-trips_advisor="))!;
    expect(cookie).toMatch(/^__Host-trips_advisor=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Secure/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Max-Age=86400/);
    const page = await get("/trips", cookie.split(";")[0]);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Pride Travelers");
  });

  it("refuses a wrong password with a clear message and no cookie", async () => {
    const { advisor } = await makeAgency();
    const res = await post("/login", { email: advisor.email, password: "not the password" });
    expect(res.status).toBe(401);
    expect(res.headers.getSetCookie().filter((h) => h.startsWith("__Host-trips_advisor="))).toEqual([]);
    expect(await res.text()).toContain("That email and password don&#39;t match an advisor account.");
  });

  it("answers malformed input with a readable message, 422, and writes nothing", async () => {
    const before = await countRows("advisors");
    const res = await post("/login", { email: "not-an-email", password: "" });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Enter your email address, like pat@agency.com.");
    expect(html).toContain('value="not-an-email"');
    expect(res.headers.getSetCookie().filter((h) => h.startsWith("__Host-trips_advisor="))).toEqual([]);
    expect(await countRows("advisors")).toBe(before);
  });

  it("escapes what the advisor typed when it echoes it back", async () => {
    const res = await post("/login", { email: '"><script>alert(1)</script>', password: "x" });
    const html = await res.text();
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(html).toContain("&lt;script&gt;");
  });

  it("sends a signed-out visitor to the sign-in page, remembering where they were going", async () => {
    const res = await get("/trips/trp_anything");
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/login?next=%2Ftrips%2Ftrp_anything");
  });

  it("refuses a tampered session cookie", async () => {
    const res = await get("/trips", "__Host-trips_advisor=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bad");
    expect(res.status).toBe(303);
  });

  it("never redirects off-site after sign-in", async () => {
    const { advisor } = await makeAgency();
    const res = await post("/login", {
      email: advisor.email,
      password: ADVISOR_PASSWORD,
      next: "//evil.example/steal",
    });
    expect(res.headers.get("Location")).toBe("/trips");
  });

  it("ends the session on sign-out, even if the old cookie is replayed", async () => {
    const { advisor } = await makeAgency();
    const login = await post("/login", { email: advisor.email, password: ADVISOR_PASSWORD });
    const cookie = login.headers.get("Set-Cookie")!.split(";")[0]!;
    const out = await post("/logout", {}, cookie);
    expect(out.status).toBe(303);
    const replay = await get("/trips", cookie);
    expect(replay.status).toBe(303);
    expect(replay.headers.get("Location")).toMatch(/^\/login/);
  });

  it("rejects a cross-site form post (CSRF)", async () => {
    const { advisor } = await makeAgency();
    const res = await post("/login", { email: advisor.email, password: ADVISOR_PASSWORD }, undefined, {
      Origin: "https://evil.example",
    });
    expect(res.status).toBe(403);
  });
});
