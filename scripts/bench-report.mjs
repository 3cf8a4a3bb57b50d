// The table `npm run bench` prints (scripts/bench.mjs): per page, medians over the rounds of its
// req/s, the bare page's req/s beside it, their ratio against the goals, latency under
// load, server CPU per request, and the HTML size and D1/KV use read from one request.

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0
    ? Number.NaN
    : s.length % 2
      ? s[(s.length - 1) / 2]
      : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** CPU ms per request sent, over the slices whose CPU could be read; [all processes, the Worker alone]. */
export function cpuPerRequest(samples) {
  const read = samples.filter((s) => s.cpu);
  if (read.length === 0) return null;
  const sent = read.reduce((acc, s) => acc + s.sent, 0);
  return [0, 1].map((i) => (1000 * read.reduce((acc, s) => acc + s.cpu[i], 0)) / sent);
}

export function summarise(target, samples, probed, bareCpu) {
  const cpu = cpuPerRequest(samples);
  const ratio = median(samples.map((s) => s.rps / s.bareRps));
  // Judged at the precision printed, so a ratio shown as 0.70× meets a 0.70× goal.
  const meetsRatio = !target.goal || Number(ratio.toFixed(2)) >= target.goal;
  const meetsSize = !target.maxHtmlKb || probed.htmlKb <= target.maxHtmlKb;
  const goals = [target.goal && `≥${target.goal.toFixed(2)}×`, target.maxHtmlKb && `≤${target.maxHtmlKb} KB`];
  const goal = goals.filter(Boolean).join(", ");
  return {
    page: target.name,
    "req/s": median(samples.map((s) => s.rps)).toFixed(0),
    "bare req/s": median(samples.map((s) => s.bareRps)).toFixed(0),
    ratio: `${ratio.toFixed(2)}×`,
    goal: goal ? `${goal} ${meetsRatio && meetsSize ? "ok" : "MISSED"}` : "—",
    "p50 ms": median(samples.map((s) => s.p50)).toFixed(0),
    "p99 ms": median(samples.map((s) => s.p99)).toFixed(0),
    "cpu ms/req": cpu ? cpu[0].toFixed(2) : "n/a",
    "worker ms/req": cpu ? cpu[1].toFixed(2) : "n/a",
    // The ratio if throughput followed the Worker's own CPU: a cross-check that other load on the machine moves less.
    "worker ratio": cpu && bareCpu ? `${(bareCpu[1] / cpu[1]).toFixed(2)}×` : "n/a",
    HTML: `${probed.htmlKb.toFixed(1)} KB`,
    D1: probed.d1,
    KV: probed.kv,
    ratioValue: ratio,
    met: meetsRatio && meetsSize,
  };
}

export function printTable(rows) {
  const columns = Object.keys(rows[0]).filter((c) => c !== "ratioValue" && c !== "met");
  const width = (c) => Math.max(c.length, ...rows.map((r) => r[c].length));
  const line = (cells) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(width(columns[i])) : cell.padStart(width(columns[i])))).join("  ");
  console.log(line(columns));
  console.log(line(columns.map((c) => "-".repeat(width(c)))));
  for (const row of rows) console.log(line(columns.map((c) => row[c])));
}
