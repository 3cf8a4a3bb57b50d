// The table `npm run bench` prints (scripts/bench.mjs): per page, medians over the rounds of its
// req/s and its ratio to the bare page, then that ratio over the one-query floor's and (lists)
// over the same page for an empty agency, judged against the goals; latency under load, server
// CPU per request, and the HTML size and D1/KV use read from one request.

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
  return {
    page: target.name,
    "req/s": median(samples.map((s) => s.rps)).toFixed(0),
    "vs bare": `${ratio.toFixed(2)}×`,
    "vs floor": "",
    "vs empty": "",
    goal: "—",
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
    workerRatioValue: cpu && bareCpu ? bareCpu[1] / cpu[1] : null,
    htmlBytes: Math.round(probed.htmlKb * 1024),
    target,
    met: true,
  };
}

/** Judged at the precision printed, so a ratio shown as 0.70× meets a 0.70× goal. */
const meets = (value, goal) => Number(value.toFixed(2)) >= goal;

/**
 * Each row's ratio to the floor row's (both measured against the bare page in the same run)
 * and, for a list, to the same page of an empty agency; then its goals: the floor goal, the
 * scale goal of 0.8× the empty page, and the HTML size cap.
 */
export function compare(rows, floorName, scaleGoal = 0.8) {
  const floor = rows.find((r) => r.page === floorName);
  for (const row of rows) {
    const { target } = row;
    row.floorValue = floor && row !== floor ? row.ratioValue / floor.ratioValue : null;
    if (row.floorValue !== null) row["vs floor"] = `${row.floorValue.toFixed(2)}×`;
    const empty = target.emptyOf ? rows.find((r) => r.page === target.emptyOf) : null;
    row.emptyValue = empty ? row.ratioValue / empty.ratioValue : null;
    if (row.emptyValue !== null) row["vs empty"] = `${row.emptyValue.toFixed(2)}×`;
    const checks = [];
    if (target.floorGoal && row.floorValue !== null)
      checks.push([`floor ≥${target.floorGoal.toFixed(2)}×`, meets(row.floorValue, target.floorGoal)]);
    if (row.emptyValue !== null) checks.push([`empty ≥${scaleGoal.toFixed(2)}×`, meets(row.emptyValue, scaleGoal)]);
    if (target.maxHtmlKb) checks.push([`≤${target.maxHtmlKb} KB`, row.htmlBytes <= target.maxHtmlKb * 1024]);
    row.met = checks.every(([, ok]) => ok);
    if (checks.length > 0) row.goal = checks.map(([goal, ok]) => `${goal} ${ok ? "ok" : "MISSED"}`).join(", ");
  }
  return rows;
}

/** The rows as plain data for `--json`. */
export function jsonRows(rows, run) {
  const round = (x) => (x === null || x === undefined || Number.isNaN(x) ? null : Number(x.toFixed(3)));
  return {
    ...run,
    at: new Date().toISOString(),
    rows: rows.map((r) => ({
      name: r.page,
      ratioToBare: round(r.ratioValue),
      ratioToFloor: round(r.floorValue),
      ratioToEmpty: round(r.emptyValue),
      workerCpuRatio: round(r.workerRatioValue),
      reqPerSecond: Number(r["req/s"]),
      htmlBytes: r.htmlBytes,
      d1: Number(r.D1),
      kv: Number(r.KV),
      goal: r.goal === "—" ? null : r.goal,
      met: r.met,
    })),
  };
}

export function printTable(rows) {
  const columns = Object.keys(rows[0]).filter((c) => typeof rows[0][c] === "string");
  const width = (c) => Math.max(c.length, ...rows.map((r) => r[c].length));
  const line = (cells) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(width(columns[i])) : cell.padStart(width(columns[i])))).join("  ");
  console.log(line(columns));
  console.log(line(columns.map((c) => "-".repeat(width(c)))));
  for (const row of rows) console.log(line(columns.map((c) => row[c])));
}
