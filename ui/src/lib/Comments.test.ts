import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { mockIpc } from "../test/ipc-mock";
import type { CommentItem } from "../ipc";

const { ipc } = vi.hoisted(() => ({ ipc: {} as ReturnType<typeof mockIpc> }));
vi.mock("../ipc", async () => {
  const { mockIpc } = await import("../test/ipc-mock");
  Object.assign(ipc, mockIpc());
  return { ...(await vi.importActual<object>("../ipc")), ipc };
});

import Comments from "./Comments.svelte";

const thread = (o: Partial<CommentItem> = {}): CommentItem => ({
  id: "k1", body: "Which store?", author: "Dana", internal: false, resolved: false, outdated: false,
  anchor_text: "Trained 12", from: 40, to: 50, replies: [], ...o,
});

describe("comments", () => {
  it("comments on the selected words, and says when nothing is selected", async () => {
    const onnotice = vi.fn();
    let sel = { from: 0, to: 0 };
    ipc.addComment.mockResolvedValue([thread()]);
    render(Comments, { documentId: "d1", revision: 2, unsaved: false, selection: () => sel, onreveal: vi.fn(), onnotice });
    await fireEvent.input(screen.getByTestId("comment-body"), { target: { value: "Which store?" } });
    await fireEvent.click(screen.getByText("Add comment"));
    expect(onnotice).toHaveBeenCalledWith("info", expect.stringContaining("Select the words"));
    sel = { from: 40, to: 50 };
    await fireEvent.click(screen.getByText("Add comment"));
    await waitFor(() => expect(ipc.addComment).toHaveBeenCalledWith("d1", 2, 40, 50, "Which store?", false));
    await screen.findByText("On “Trained 12”");
  });

  it("shows the history in the core's words, never the stored action names", async () => {
    ipc.documentHistory.mockResolvedValue([
      { at: "2026-11-22T09:00:00Z", actor: "Dana", action: "comment.resolved", label: "Resolved a comment", detail: "" },
      { at: "2026-11-22T09:01:00Z", actor: "Dana", action: "document.template-changed", label: "Chose the look of the document", detail: "Modern → Classic" },
    ]);
    render(Comments, { documentId: "d1", revision: 2, unsaved: false, selection: () => ({ from: 0, to: 0 }), onreveal: vi.fn(), onnotice: vi.fn() });
    await screen.findByText(/Resolved a comment/);
    const page = document.body.textContent ?? "";
    expect(page).toContain("Chose the look of the document: Modern → Classic");
    expect(page).not.toContain("comment.resolved");
    expect(page).not.toContain("document.template-changed");
  });

  it("shows an outdated comment and never loses it", async () => {
    ipc.listComments.mockResolvedValue([thread({ outdated: true, from: 0, to: 0, replies: [{ body: "40 staff", author: "Maria" }] })]);
    render(Comments, { documentId: "d1", revision: 3, unsaved: false, selection: () => ({ from: 0, to: 0 }), onreveal: vi.fn(), onnotice: vi.fn() });
    const t = await screen.findByTestId("thread");
    expect(t.textContent).toContain("outdated");
    expect(t.textContent).toContain("40 staff");
  });
});
