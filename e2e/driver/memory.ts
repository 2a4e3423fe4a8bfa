/**
 * Memory of the browser this worker started: the sum of PSS (proportional set size, so shared
 * pages are split rather than counted once per process) over every descendant process of this
 * Node process, read from /proc. Linux only; null elsewhere.
 */
import { readdirSync, readFileSync } from "node:fs";

function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Field 4 follows the ")" that closes the command name (which may contain spaces).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[1]);
  } catch {
    return null;
  }
}

function memoryOf(pid: number): number {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
    const pss = /^Pss:\s+(\d+) kB/m.exec(rollup);
    if (pss?.[1]) return Number(pss[1]) * 1024;
  } catch {
    // Fall through to RSS.
  }
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const rss = /^VmRSS:\s+(\d+) kB/m.exec(status);
    return rss?.[1] ? Number(rss[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

export function descendantMemoryBytes(rootPid = process.pid): number | null {
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return null;
  }
  const children = new Map<number, number[]>();
  for (const entry of entries) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const parent = parentOf(pid);
    if (parent === null) continue;
    const list = children.get(parent) ?? [];
    list.push(pid);
    children.set(parent, list);
  }
  let total = 0;
  const stack = [...(children.get(rootPid) ?? [])];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += memoryOf(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}
