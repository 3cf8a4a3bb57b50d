// The Workers rate-limiting binding (emulated by Miniflare locally). Keys are namespaced
// by purpose so one limit never spends another's budget.
export async function isRateLimited(limiter: RateLimit | undefined, ...keys: string[]): Promise<boolean> {
  if (!limiter) return false;
  const results = await Promise.all(keys.map((key) => limiter.limit({ key })));
  return results.some((r) => !r.success);
}

export function clientIp(req: Request): string {
  return req.headers.get("CF-Connecting-IP") ?? req.headers.get("X-Forwarded-For")?.split(",")[0]?.trim() ?? "local";
}
