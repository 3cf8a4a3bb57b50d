// Issue 15 on the contact page: after an Access-tab action the panel's heading takes keyboard
// focus (htmx focuses [autofocus] in what it swaps in; without JavaScript the redirect's
// #fragment lands on it), and archiving sits at the foot of Contact info with what it does said.
import { describe, expect, it } from "vitest";
import { get, makeTraveler, post, toastOf } from "../fixtures";

const HEADING = '<h2 id="access-heading" tabindex="-1"';

describe("focus after an Access-tab action", () => {
  it.each([
    ["active", "disable", "Portal access disabled for Ana Souza; they are signed out"],
    ["pending", "cancel_disable", "Invite cancelled and portal access disabled for Ana Souza"],
    ["disabled", "reenable", "Portal access re-enabled for Ana Souza"],
  ] as const)("after %s + %s the swapped panel focuses its heading", async (state, action, toast) => {
    const { contact, cookie } = await makeTraveler(state);
    const res = await post(`/contacts/${contact.id}/access/${action}`, {}, cookie, { "HX-Request": "true" });
    expect(res.status).toBe(200);
    expect(toastOf(res)?.message).toBe(toast);
    expect(await res.text()).toContain(`${HEADING} autofocus="">Portal access</h2>`);
  });

  it("after Reactivate & reinvite too, and the toast says where the invite went", async () => {
    const { contact, cookie } = await makeTraveler("disabled");
    const res = await post(`/contacts/${contact.id}/access/reactivate`, {}, cookie, { "HX-Request": "true" });
    expect(toastOf(res)?.message).toBe(`Invite sent to ${contact.email} via the dev outbox`);
    expect(await res.text()).toContain(`${HEADING} autofocus="">`);
  });

  it("doesn't take focus when the Access tab is simply opened", async () => {
    const { contact, cookie } = await makeTraveler("active");
    const html = await (await get(`/contacts/${contact.id}/access`, cookie)).text();
    expect(html).toContain(`${HEADING}>Portal access</h2>`);
    expect(html).not.toContain("autofocus");
  });

  it("without JavaScript, lands on the heading through the redirect's #fragment", async () => {
    const { contact, cookie } = await makeTraveler("disabled");
    const res = await post(`/contacts/${contact.id}/access/reenable`, {}, cookie);
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe(`/contacts/${contact.id}/access#access-heading`);
  });

  it("names the traveler when a stale page asks for what no longer applies", async () => {
    const { contact, cookie } = await makeTraveler("disabled");
    const res = await post(`/contacts/${contact.id}/access/disable`, {}, cookie, { "HX-Request": "true" });
    expect(res.status).toBe(409);
    expect(toastOf(res)).toMatchObject({ kind: "error" });
    expect(toastOf(res)?.message).toMatch(/^Nothing changed: Ana Souza now has portal access disabled/);
  });
});

describe("archiving a contact", () => {
  it("is offered at the foot of Contact info, with its consequences, not in the page header", async () => {
    const { contact, cookie } = await makeTraveler("active");
    const html = await (await get(`/contacts/${contact.id}`, cookie)).text();
    const header = html.slice(html.indexOf('<div class="page-header split">'), html.indexOf('<nav class="tabs"'));
    expect(header).not.toContain("/archive");
    const zone = html.slice(html.indexOf('class="card danger-zone"'));
    expect(zone).toContain("<h2>Archive this contact</h2>");
    expect(zone).toContain("portal access is disabled, they are signed out at once");
    expect(zone).toContain("You can restore the contact at any time");
    expect(zone).toMatch(
      /<form method="post" action="\/contacts\/[^"]+\/archive"[^>]*data-confirm="Archive Ana Souza\?/,
    );
    // Not on the Access tab at all.
    expect(await (await get(`/contacts/${contact.id}/access`, cookie)).text()).not.toContain("/archive");
  });

  it("offers Restore contact in the header instead once archived", async () => {
    const { contact, cookie } = await makeTraveler("active");
    await post(`/contacts/${contact.id}/archive`, {}, cookie);
    const html = await (await get(`/contacts/${contact.id}`, cookie)).text();
    expect(html).toContain('id="restore">Restore contact</button>');
    expect(html).not.toContain("danger-zone");
  });
});
