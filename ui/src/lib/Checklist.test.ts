import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen } from "@testing-library/svelte";
import Checklist from "./Checklist.svelte";
import { finding } from "../test/ipc-mock";

describe("the checklist panel", () => {
  it("groups by severity and applies a safe edit on click", async () => {
    const onapply = vi.fn();
    const f = finding();
    render(Checklist, { findings: [f], saved: [f], unsaved: false, onapply, onreveal: vi.fn(), onwaive: vi.fn(), ondefer: vi.fn() });
    expect(screen.getByText("Strongly recommended")).toBeTruthy();
    await fireEvent.click(screen.getByRole("button", { name: /Keep one/ }));
    expect(onapply).toHaveBeenCalledWith(f.suggestions[0]);
    expect(screen.getByText(/safe/)).toBeTruthy();
  });

  it("waives only with a reason", async () => {
    const onwaive = vi.fn(async () => {});
    const f = finding({ level: "blocker", rule: "template.placeholder-left", message: "Template text left in." });
    render(Checklist, { findings: [f], saved: [f], unsaved: false, onapply: vi.fn(), onreveal: vi.fn(), onwaive, ondefer: vi.fn() });
    await fireEvent.click(screen.getByRole("button", { name: /Waive: Template text/ }));
    const submit = screen.getByRole("button", { name: "Waive" }) as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    await fireEvent.input(screen.getByLabelText(/Why is this fine/), { target: { value: "Agency fills it in" } });
    await fireEvent.click(submit);
    expect(onwaive).toHaveBeenCalledWith(f, "Agency fills it in");
  });

  it("asks for a save before a typed-in blocker can be waived", () => {
    const f = finding({ level: "blocker", fingerprint: "new" });
    render(Checklist, { findings: [f], saved: [], unsaved: true, onapply: vi.fn(), onreveal: vi.fn(), onwaive: vi.fn(), ondefer: vi.fn() });
    expect(screen.getByText("Save a revision to waive this.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Waive:/ })).toBeNull();
  });

  it("shows document text as text, never as markup", () => {
    const f = finding({ message: "<img src=x onerror=alert(1)> is odd" });
    const { container } = render(Checklist, { findings: [f], saved: [f], unsaved: false, onapply: vi.fn(), onreveal: vi.fn(), onwaive: vi.fn(), ondefer: vi.fn() });
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByText(/<img src=x/)).toBeTruthy();
  });
});

describe("putting a finding off", () => {
  it("offers it on a saved finding and shows a returned one as back again", async () => {
    const f = finding({ returned: "Back again: it was fixed in revision 3." });
    const ondefer = vi.fn(async () => {});
    render(Checklist, { findings: [f], saved: [f], unsaved: false, onapply: vi.fn(), onreveal: vi.fn(), onwaive: vi.fn(), ondefer });
    expect(screen.getByText("Back again: it was fixed in revision 3.")).toBeTruthy();
    await fireEvent.click(screen.getByText("Put off"));
    expect(ondefer).toHaveBeenCalledWith(f);
  });
});
