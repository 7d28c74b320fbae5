import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen } from "@testing-library/svelte";
import Checklist from "./Checklist.svelte";
import { finding } from "../test/ipc-mock";

describe("the checklist panel", () => {
  it("groups by severity and applies a safe edit on click", async () => {
    const onapply = vi.fn();
    const f = finding();
    render(Checklist, { findings: [f], saved: [f], unsaved: false, onapply, onreveal: vi.fn(), onwaive: vi.fn() });
    expect(screen.getByText("Strongly recommended")).toBeTruthy();
    await fireEvent.click(screen.getByRole("button", { name: /Keep one/ }));
    expect(onapply).toHaveBeenCalledWith(f.suggestions[0]);
    expect(screen.getByText(/safe/)).toBeTruthy();
  });

  it("waives only with a reason", async () => {
    const onwaive = vi.fn(async () => {});
    const f = finding({ level: "blocker", rule: "template.placeholder-left", message: "Template text left in." });
    render(Checklist, { findings: [f], saved: [f], unsaved: false, onapply: vi.fn(), onreveal: vi.fn(), onwaive });
    await fireEvent.click(screen.getByRole("button", { name: /Waive: Template text/ }));
    const submit = screen.getByRole("button", { name: "Waive" }) as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    await fireEvent.input(screen.getByLabelText(/Why is this fine/), { target: { value: "Agency fills it in" } });
    await fireEvent.click(submit);
    expect(onwaive).toHaveBeenCalledWith(f, "Agency fills it in");
  });

  it("asks for a save before a typed-in blocker can be waived", () => {
    const f = finding({ level: "blocker", fingerprint: "new" });
    render(Checklist, { findings: [f], saved: [], unsaved: true, onapply: vi.fn(), onreveal: vi.fn(), onwaive: vi.fn() });
    expect(screen.getByText("Save a revision to waive this.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Waive:/ })).toBeNull();
  });

  it("shows document text as text, never as markup", () => {
    const f = finding({ message: "<img src=x onerror=alert(1)> is odd" });
    const { container } = render(Checklist, { findings: [f], saved: [f], unsaved: false, onapply: vi.fn(), onreveal: vi.fn(), onwaive: vi.fn() });
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByText(/<img src=x/)).toBeTruthy();
  });
});
