import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { finding, mockIpc, words } from "../test/ipc-mock";
import type { Workspace } from "../ipc";

const { ipc } = vi.hoisted(() => ({ ipc: {} as ReturnType<typeof mockIpc> }));
vi.mock("../ipc", async () => {
  const { mockIpc } = await import("../test/ipc-mock");
  Object.assign(ipc, mockIpc());
  return { ...(await vi.importActual<object>("../ipc")), ipc };
});

import DocumentWorkspace from "./DocumentWorkspace.svelte";

// CodeMirror measures text ranges; jsdom has no layout, so give it empty answers.
Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
Range.prototype.getBoundingClientRect = () => new DOMRect();

const opened: Workspace = {
  document: {
    id: "d1",
    client_id: "c1",
    title: "Resume",
    kind: "resume",
    status: "draft",
    revisions: 1,
    open: { blocker: 0, major: 1, minor: 0, tip: 0 },
    has_draft: false,
    target_employer: null,
  },
  client_name: "Maria Delgado",
  revision: {
    number: 1,
    author_name: "Dana",
    author_role: "specialist",
    source: "file-import",
    note: "",
    created_at: "2026-11-22T10:00:00Z",
    open: { blocker: 0, major: 1, minor: 0, tip: 0 },
    approved: false,
    checked_with: "rules 2026.11.2",
  },
  text: "# Maria Delgado\n\nTrained the the cashiers\n",
  draft: null,
  findings: [finding()],
  approval_blockers: [],
  targets: { employer: "", role: "", recipient: "", posting: "" },
  template: "modern",
};

describe("the target job", () => {
  it("is saved without touching the text, and the checklist re-checks with it", async () => {
    ipc.openDocument.mockResolvedValue(opened);
    ipc.setTargets.mockImplementation(async (_id: string, targets) => ({ ...opened, targets }));
    const posting = finding({ rule: "posting.missing-keywords", level: "major", message: "The job posting stresses words your resume doesn't use yet: grill.", fingerprint: "posting.missing-keywords:maria delgado", from: 2, to: 15, suggestions: [{ label: "Add them", edit: null, safe: false }] });
    ipc.checkText.mockResolvedValue([finding(), posting]);
    render(DocumentWorkspace, { documentId: "d1", words, onchanged: vi.fn(), onnotice: vi.fn() });
    await screen.findByText("Trained the the cashiers", { exact: false });
    await fireEvent.click(screen.getByTestId("target-tab"));
    await fireEvent.input(screen.getByPlaceholderText("Kroger"), { target: { value: "Riverside Grill" } });
    await fireEvent.input(screen.getByTestId("posting"), { target: { value: "Grill cook. Grill work." } });
    await fireEvent.click(screen.getByText("Save target job"));
    await waitFor(() => expect(ipc.setTargets).toHaveBeenCalledWith("d1", { employer: "Riverside Grill", role: "", recipient: "", posting: "Grill cook. Grill work." }));
    await waitFor(() => expect(document.querySelector('.finding[data-rule="posting.missing-keywords"]')).toBeTruthy(), { timeout: 2000 });
    expect(ipc.saveRevision).not.toHaveBeenCalled();
  });
});

describe("export", () => {
  it("previews the chosen template, keeps the choice, and saves Word or plain text", async () => {
    ipc.openDocument.mockResolvedValue(opened);
    ipc.setTemplate.mockImplementation(async (_id: string, template) => ({ ...opened, template }));
    const onnotice = vi.fn();
    render(DocumentWorkspace, { documentId: "d1", words, onchanged: vi.fn(), onnotice });
    await screen.findByText("Trained the the cashiers", { exact: false });
    await fireEvent.click(screen.getByTestId("export-tab"));
    const preview = screen.getByTestId("export-preview");
    await waitFor(() => expect(preview.textContent).toContain("preview in modern"));
    expect((screen.getByTestId("template-modern") as HTMLInputElement).checked).toBe(true);

    await fireEvent.click(screen.getByTestId("template-compact"));
    await waitFor(() => expect(ipc.setTemplate).toHaveBeenCalledWith("d1", "compact"));
    await waitFor(() => expect(preview.textContent).toContain("preview in compact"));
    expect((screen.getByTestId("template-compact") as HTMLInputElement).checked).toBe(true);

    ipc.exportDocument.mockResolvedValueOnce("/home/dana/Maria_Delgado_Resume_DRAFT.txt");
    await fireEvent.click(screen.getByTestId("export-text"));
    await waitFor(() => expect(ipc.exportDocument).toHaveBeenCalledWith("d1", "text"));
    await waitFor(() => expect(onnotice).toHaveBeenCalledWith("info", "Saved /home/dana/Maria_Delgado_Resume_DRAFT.txt"));
    await fireEvent.click(screen.getByTestId("export-docx"));
    await waitFor(() => expect(ipc.exportDocument).toHaveBeenCalledWith("d1", "docx"));
    expect(screen.getByText(/not approved yet/)).toBeTruthy();
  });
});
