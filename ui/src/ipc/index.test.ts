import { describe, expect, it, vi } from "vitest";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));
type DragDrop = { payload: { type: string; paths?: string[] } };
const unlisten = vi.fn();
let dragDrop: ((e: DragDrop) => void) | undefined;
vi.mock("@tauri-apps/api/webview", () => ({
  getCurrentWebview: () => ({
    onDragDropEvent: async (handler: (e: DragDrop) => void) => {
      dragDrop = handler;
      return unlisten;
    },
  }),
}));

import { asIpcError, ipc } from "./index";

describe("the IPC door", () => {
  it("passes typed arguments under their command names", async () => {
    invoke.mockResolvedValueOnce([]);
    await ipc.checkText("d1", "text");
    expect(invoke).toHaveBeenCalledWith("check_text", { documentId: "d1", text: "text" });
  });

  it("always throws { code, message }, so the UI can branch on code", async () => {
    invoke.mockRejectedValueOnce({ code: "refused", message: "revision 1 can't be approved yet" });
    await expect(ipc.approveRevision("d1", 1)).rejects.toEqual({ code: "refused", message: "revision 1 can't be approved yet" });
    invoke.mockRejectedValueOnce("the window went away");
    await expect(ipc.listCaseload("")).rejects.toEqual({ code: "internal", message: "the window went away" });
  });

  it("normalises anything thrown", () => {
    expect(asIpcError(new Error("boom"))).toEqual({ code: "internal", message: "boom" });
  });

  it("hands over the first dropped file, and stops listening when asked", async () => {
    const dropped = vi.fn();
    const stop = ipc.onFileDrop(dropped);
    await vi.waitFor(() => expect(dragDrop).toBeDefined());
    dragDrop!({ payload: { type: "over" } });
    dragDrop!({ payload: { type: "drop", paths: ["/home/dana/resume.docx", "/home/dana/letter.docx"] } });
    expect(dropped).toHaveBeenCalledTimes(1);
    expect(dropped).toHaveBeenCalledWith("/home/dana/resume.docx");
    await vi.waitFor(() => {
      stop();
      expect(unlisten).toHaveBeenCalled();
    });
  });
});
