// The mail queue's retry backoff: 30 s, doubling, at most 10 minutes.
import { describe, expect, it } from "vitest";
import { retryDelaySeconds } from "../../src/queues/mail";

describe("retryDelaySeconds", () => {
  it("backs off from 30 seconds, doubling, up to 10 minutes", () => {
    expect([1, 2, 3, 4, 5, 6, 10].map(retryDelaySeconds)).toEqual([30, 60, 120, 240, 480, 600, 600]);
  });
});
