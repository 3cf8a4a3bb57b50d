// The words of advisor toasts: refusals name the traveler they are about, and a sent email
// says where it went in the advisor's terms (pure, plain Node).
import { describe, expect, it } from "vitest";
import { sentByWords, sentThroughWords } from "../../src/mail/message";
import { REFUSAL } from "../../src/portal-access/lifecycle";
import { nameTheContact } from "../../src/portal-access/words";

describe("refusals name the traveler", () => {
  it.each([
    [REFUSAL.no_email, "Ben Souza has no email address on file."],
    [REFUSAL.archived, "Ben Souza is archived. Restore the contact before giving portal access."],
    [REFUSAL.disabled, "Portal access for Ben Souza is disabled. Re-enable it from the contact's Access tab."],
    [REFUSAL.already_archived, "Ben Souza was already archived."],
    [
      REFUSAL.raced,
      "Nothing changed: Ben Souza's portal access changed a moment ago (another click or another advisor). The page shows the current state.",
    ],
  ])("%s", (spec, named) => {
    expect(nameTheContact(spec, "Ben Souza")).toBe(named);
  });

  it("leaves words about someone else, or about no one, as they are", () => {
    expect(nameTheContact(REFUSAL.email_taken, "Ben Souza")).toBe(REFUSAL.email_taken);
    expect(nameTheContact(REFUSAL.no_slug, "Ben Souza")).toBe(REFUSAL.no_slug);
    expect(nameTheContact(REFUSAL.no_email, "  ")).toBe(REFUSAL.no_email);
  });
});

describe("where an email went", () => {
  it("says the agency's email for Postmark, the advisor's Gmail, and the dev outbox for developers", () => {
    expect(sentByWords("postmark", "Pride Travelers")).toBe("by email from Pride Travelers");
    expect(sentByWords("gmail", "Pride Travelers")).toBe("from your Gmail");
    expect(sentByWords("outbox", "Pride Travelers")).toBe("via the dev outbox");
  });
});

describe("how an email left, in the Access tab", () => {
  it("never names the mail service, and says whose Gmail sent it", () => {
    expect(sentThroughWords("postmark", "Pride Travelers", "Sam Okafor")).toBe("by email from Pride Travelers");
    expect(sentThroughWords("gmail", "Pride Travelers", "Sam Okafor")).toBe("from Sam Okafor's Gmail");
    expect(sentThroughWords("gmail", "Pride Travelers", null)).toBe("from an advisor's Gmail");
    expect(sentThroughWords("outbox", "Pride Travelers", "Sam Okafor")).toBe("via the dev outbox");
  });
});
