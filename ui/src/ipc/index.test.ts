import { describe, expect, it, vi } from "vitest";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

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
});
