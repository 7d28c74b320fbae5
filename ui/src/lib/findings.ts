// Pure helpers for showing findings: grouping, counting, wording. No DOM, no IPC, so
// Vitest covers them directly.
import type { FindingItem, Level, Status, Kind } from "../ipc";

export const LEVELS: Level[] = ["blocker", "major", "minor", "tip"];

export const LEVEL_LABEL: Record<Level, string> = {
  blocker: "Must fix",
  major: "Strongly recommended",
  minor: "Polish",
  tip: "Talking points",
};

export const STATUS_LABEL: Record<Status, string> = {
  draft: "Draft",
  "in-review": "In review",
  "changes-requested": "Changes requested",
  approved: "Approved",
};

export const KIND_LABEL: Record<Kind, string> = {
  resume: "Resume",
  "cover-letter": "Cover letter",
};

/** Findings by level, most serious first; waived ones last within their level. */
export function groupByLevel(findings: FindingItem[]): { level: Level; items: FindingItem[] }[] {
  return LEVELS.map((level) => ({
    level,
    items: findings
      .filter((f) => f.level === level)
      .sort((a, b) => Number(a.waiver !== null) - Number(b.waiver !== null) || a.from - b.from),
  })).filter((g) => g.items.length > 0);
}

/** Open (not waived) findings per level. Tips are talking points and never counted. */
export function openCounts(findings: FindingItem[]): Record<Level, number> {
  const counts: Record<Level, number> = { blocker: 0, major: 0, minor: 0, tip: 0 };
  for (const f of findings) if (f.waiver === null) counts[f.level] += 1;
  return counts;
}

/** "2 must-fix items", "1 must-fix item". */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Apply an edit given in UTF-16 offsets (JavaScript string indices). */
export function applyEdit(text: string, edit: { from: number; to: number; insert: string }): string {
  return text.slice(0, edit.from) + edit.insert + text.slice(edit.to);
}

/** The open blockers of the live text that the saved revision also has, so a waiver can
 *  be recorded against the revision. A finding typed since the last save has no revision
 *  to be waived in yet. */
export function waivable(live: FindingItem, saved: FindingItem[]): boolean {
  return saved.some((s) => s.fingerprint === live.fingerprint);
}

/** Calls `fn` once things have been quiet for `ms`; `flush` runs a pending call now. */
export function debounce<A extends unknown[]>(ms: number, fn: (...args: A) => void) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: A | null = null;
  const run = () => {
    timer = null;
    if (pending) {
      const args = pending;
      pending = null;
      fn(...args);
    }
  };
  return {
    call(...args: A) {
      pending = args;
      if (timer) clearTimeout(timer);
      timer = setTimeout(run, ms);
    },
    flush() {
      if (timer) clearTimeout(timer);
      run();
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}
