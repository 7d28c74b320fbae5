import { describe, expect, it, vi } from "vitest";
import { applyEdit, debounce, groupByLevel, openCounts, plural, waivable } from "./findings";
import { finding } from "../test/ipc-mock";

describe("grouping findings", () => {
  it("puts the most serious first and waived ones last within a level", () => {
    const waived = finding({ level: "blocker", from: 1, fingerprint: "a", waiver: { by: "Dana", reason: "ok", at: "" } });
    const open = finding({ level: "blocker", from: 50, fingerprint: "b" });
    const minor = finding({ level: "minor", fingerprint: "c" });
    const groups = groupByLevel([minor, waived, open]);
    expect(groups.map((g) => g.level)).toEqual(["blocker", "minor"]);
    expect(groups[0].items.map((f) => f.fingerprint)).toEqual(["b", "a"]);
  });

  it("counts only open findings", () => {
    const counts = openCounts([finding({ level: "blocker" }), finding({ level: "blocker", waiver: { by: "D", reason: "r", at: "" } })]);
    expect(counts.blocker).toBe(1);
  });
});

describe("edits", () => {
  it("apply at UTF-16 offsets, as the editor counts", () => {
    const text = "Café 🎯 the the end";
    const from = text.indexOf("the the");
    expect(applyEdit(text, { from, to: from + 7, insert: "the" })).toBe("Café 🎯 the end");
  });
});

describe("waiving", () => {
  it("is offered only for findings the saved revision has", () => {
    const saved = [finding({ fingerprint: "x" })];
    expect(waivable(finding({ fingerprint: "x" }), saved)).toBe(true);
    expect(waivable(finding({ fingerprint: "typed-since" }), saved)).toBe(false);
  });
});

describe("wording", () => {
  it("says one and many", () => {
    expect(plural(1, "item", "items")).toBe("1 item");
    expect(plural(3, "item", "items")).toBe("3 items");
  });
});

describe("debounce", () => {
  it("runs once after quiet, with the last arguments, and flushes on demand", () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const d = debounce(100, fn);
    d.call("a");
    d.call("b");
    vi.advanceTimersByTime(99);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledExactlyOnceWith("b");
    d.call("c");
    d.flush();
    expect(fn).toHaveBeenLastCalledWith("c");
    vi.useRealTimers();
  });
});
