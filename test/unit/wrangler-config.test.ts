// wrangler.toml read the way wrangler reads it, held to Cloudflare's rules that no local run
// checks. `npm run deploy:check` runs this beside `wrangler deploy --dry-run --env production`.
//
// - A queue has one consumer Worker: "each queue can only have one active consumer"
//   (https://developers.cloudflare.com/queues/reference/how-queues-works/#consumers); a deploy
//   that adds a second fails with `consumer_exists`. Queue bindings are not inherited by
//   environments (https://developers.cloudflare.com/workers/wrangler/environments/), so the
//   top-level (development) Worker and `env.production` are two Workers that must not share one.
// - Production links are built from APP_BASE_URL, so it must never point at a developer's machine.

import { describe, expect, it } from "vitest";
import { experimental_readRawConfig } from "wrangler";

interface QueueSection {
  producers?: { binding: string; queue: string }[];
  consumers?: { queue: string; dead_letter_queue?: string }[];
}
interface Section {
  name?: string;
  queues?: QueueSection;
  vars?: Record<string, unknown>;
}

const { rawConfig } = experimental_readRawConfig({ config: new URL("../../wrangler.toml", import.meta.url).pathname });
const top = rawConfig as Section & { env?: Record<string, Section> };
/** Every Worker this file deploys: the top-level one (development) and each `env.*`. */
const workers: [string, Section][] = [["(top level)", top], ...Object.entries(top.env ?? {})];

describe("wrangler.toml", () => {
  it("gives every queue at most one consumer across all environments", () => {
    const consumersOf = new Map<string, string[]>();
    for (const [env, section] of workers)
      for (const { queue } of section.queues?.consumers ?? [])
        consumersOf.set(queue, [...(consumersOf.get(queue) ?? []), env]);
    const shared = [...consumersOf].filter(([, envs]) => envs.length > 1);
    expect(shared, "queues with more than one consumer (Cloudflare answers consumer_exists)").toEqual([]);
  });

  it("has each Worker consume what it produces, and its own dead letters", () => {
    for (const [env, section] of workers) {
      const consumed = new Set((section.queues?.consumers ?? []).map((c) => c.queue));
      const wanted = [
        ...(section.queues?.producers ?? []).map((p) => p.queue),
        ...(section.queues?.consumers ?? []).flatMap((c) => (c.dead_letter_queue ? [c.dead_letter_queue] : [])),
      ];
      expect(
        wanted.filter((q) => !consumed.has(q)),
        `${env}: queues it sends to that another Worker would consume`,
      ).toEqual([]);
    }
  });

  it("configures production as production, with no link to a developer's machine", () => {
    const production = top.env?.production;
    expect(production?.vars?.ENVIRONMENT).toBe("production");
    const local = /^(https?:\/\/)?(localhost|127\.|0\.0\.0\.0|\[::1\])/i;
    const pointsAtLocal = Object.entries(production?.vars ?? {}).filter(
      ([, v]) => typeof v === "string" && (local.test(v) || /\/\/(localhost|127\.0\.0\.1)\b/i.test(v)),
    );
    expect(pointsAtLocal).toEqual([]);
    expect(String(production?.vars?.APP_BASE_URL)).toMatch(/^https:\/\//);
  });

  it("names production and development Workers apart", () => {
    expect(top.env?.production?.name).toBeTruthy();
    expect(top.env?.production?.name).not.toBe(top.name);
  });
});
