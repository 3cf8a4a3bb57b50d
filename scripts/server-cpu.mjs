// Server CPU for `npm run bench`, read from /proc (Linux): the CPU time of wrangler dev and its
// descendants (wrangler's node, its proxy workerd and the workerd that runs the Worker with
// local D1 and KV), and of the Worker's workerd alone. Elsewhere it reads nothing and the
// bench prints n/a.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

const CLOCK_TICKS = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout?.trim()) || 100;

function procStat(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name, which may itself hold spaces and parentheses.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return { ppid: Number(fields[1]), cpuSeconds: (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS };
}

/**
 * CPU seconds used so far by the processes under `rootPid`, and by the Worker's workerd alone;
 * null where /proc can't be read. Read afresh each time: wrangler replaces the Worker's process
 * when a source file changes, and a change in `workerPids` shows that it did.
 */
export function readServerCpu(rootPid, port) {
  try {
    const stats = new Map();
    for (const name of readdirSync("/proc").filter((n) => /^\d+$/.test(n))) {
      try {
        stats.set(Number(name), procStat(name));
      } catch {
        // the process ended meanwhile
      }
    }
    const all = [...stats.keys()].filter((pid) => {
      for (let p = pid; p; p = stats.get(p)?.ppid) if (p === rootPid) return true;
      return false;
    });
    // The workerd listening on our port is wrangler's proxy; the other one runs the Worker.
    const worker = all.filter((pid) => {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      return cmd.includes("workerd") && !cmd.includes(`entry=localhost:${port}`);
    });
    if (worker.length === 0) return null;
    const seconds = (pids) => pids.reduce((sum, pid) => sum + stats.get(pid).cpuSeconds, 0);
    return { all: seconds(all), worker: seconds(worker), workerPids: worker.join(",") };
  } catch {
    return null;
  }
}
