import { beforeEach, describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { mockIpc, words } from "../test/ipc-mock";

// vi.mock is hoisted above the imports, so the mock is made inside vi.hoisted.
const { ipc } = vi.hoisted(() => ({ ipc: {} as ReturnType<typeof mockIpc> }));
vi.mock("../ipc", async () => {
  const { mockIpc } = await import("../test/ipc-mock");
  Object.assign(ipc, mockIpc());
  return { ...(await vi.importActual<object>("../ipc")), ipc };
});

import Caseload from "./Caseload.svelte";

beforeEach(() => {
  for (const f of Object.values(ipc)) f.mockClear();
});

const props = (extra = {}) => ({
  words,
  selectedDocument: null,
  selectedClient: null,
  refresh: 0,
  onopen: vi.fn(),
  onnotice: vi.fn(),
  ...extra,
});

describe("the caseload", () => {
  it("lists people with each document's status and open counts", async () => {
    render(Caseload, props());
    await screen.findByText("Maria Delgado");
    expect(screen.getByText("Resume for Target")).toBeTruthy();
    expect(screen.getByText("1 must fix")).toBeTruthy();
    expect(screen.getByText("3 recommended")).toBeTruthy();
    expect(screen.getByText("unsaved")).toBeTruthy();
  });

  it("uses the office's word for the people it serves", async () => {
    render(Caseload, props({ words: { choice: "patron", one: "patron", many: "patrons", one_title: "Patron", many_title: "Patrons" } }));
    expect(await screen.findByRole("heading", { name: "Patrons" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Add patron" })).toBeTruthy();
  });

  it("searches by name", async () => {
    render(Caseload, props());
    await fireEvent.input(screen.getByPlaceholderText(/Search clients/), { target: { value: "mar" } });
    await waitFor(() => expect(ipc.listCaseload).toHaveBeenLastCalledWith("mar"));
  });

  it("adds a person and says so", async () => {
    const p = props();
    render(Caseload, p);
    await fireEvent.input(screen.getByPlaceholderText("New client's name"), { target: { value: "Pat Example" } });
    await fireEvent.click(screen.getByRole("button", { name: "Add client" }));
    await waitFor(() => expect(ipc.addClient).toHaveBeenCalledWith("Pat Example"));
    expect(p.onnotice).toHaveBeenCalledWith("info", "Added Pat Example.");
  });

  it("explains a bad file and changes nothing", async () => {
    ipc.pickImportFile.mockResolvedValueOnce("/tmp/broken.docx");
    ipc.importDocument.mockRejectedValueOnce({ code: "bad_file", message: "this file is damaged" });
    const p = props({ selectedClient: "c1" });
    render(Caseload, p);
    await fireEvent.click(await screen.findByRole("button", { name: /Import file/ }));
    await waitFor(() => expect(p.onnotice).toHaveBeenCalledWith("error", "That file couldn't be read: this file is damaged. Nothing was changed."));
    expect(p.onopen).not.toHaveBeenCalled();
  });
});
