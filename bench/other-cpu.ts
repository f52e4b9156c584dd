import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

/**
 * How busy the machine was with work other than the bench and its server, over a window: other
 * sessions' tests and builds skew latencies on a small machine, so the report says how much there was.
 */

/** USER_HZ: the kernel counts CPU time in hundredths of a second on Linux. */
const clockTicks = 100;

function busyJiffies(): number {
  const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '')
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
  return user + nice + system + irq + softirq + steal;
}

function processJiffies(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** Starts a window; the function it answers ends it with the share of all CPUs others used (0–100). */
export function watchOtherCpu(pids: () => number[]): () => number {
  const start = Date.now();
  const busy = busyJiffies();
  const own = pids().reduce((sum, pid) => sum + processJiffies(pid), 0);
  return () => {
    const seconds = (Date.now() - start) / 1000;
    const ownNow = pids().reduce((sum, pid) => sum + processJiffies(pid), 0);
    const otherSeconds = (busyJiffies() - busy - (ownNow - own)) / clockTicks;
    return Math.max(0, (100 * otherSeconds) / (seconds * cpus().length));
  };
}
