import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { mockIpc, words } from "../test/ipc-mock";

const { ipc } = vi.hoisted(() => ({ ipc: {} as ReturnType<typeof mockIpc> }));
vi.mock("../ipc", async () => {
  const { mockIpc } = await import("../test/ipc-mock");
  Object.assign(ipc, mockIpc());
  return { ...(await vi.importActual<object>("../ipc")), ipc };
});

import Coaching from "./Coaching.svelte";

const props = { clientId: "c1", clientName: "Maria Delgado", documentId: "d1", words, onnotice: vi.fn() };

describe("next steps and the meeting", () => {
  it("adds a step about this document with a due date, and ticks it off", async () => {
    const step = { id: "s1", text: "Add numbers to your two most recent jobs", due: "2026-12-01", done: false, document_title: "Resume" };
    ipc.addActionStep.mockResolvedValue([step]);
    ipc.setActionStepDone.mockResolvedValue([{ ...step, done: true }]);
    render(Coaching, props);
    await fireEvent.input(screen.getByPlaceholderText("Add numbers to your two most recent jobs"), { target: { value: "  Add numbers to your two most recent jobs " } });
    await fireEvent.input(screen.getByLabelText("Due"), { target: { value: "2026-12-01" } });
    await fireEvent.click(screen.getByText("Add step"));
    await waitFor(() => expect(ipc.addActionStep).toHaveBeenCalledWith("c1", "d1", "Add numbers to your two most recent jobs", "2026-12-01"));
    await screen.findByText("· by 2026-12-01");
    await fireEvent.click(screen.getByRole("checkbox", { name: /Add numbers/ }));
    await waitFor(() => expect(ipc.setActionStepDone).toHaveBeenCalledWith("s1", true));
  });

  it("starts a meeting and ends it with a case note to copy", async () => {
    ipc.startMeeting.mockResolvedValue({ id: "m1", started_at: "2026-11-22T10:00:00Z" });
    ipc.endMeeting.mockResolvedValue({ minutes: 25, text: "Meeting with Maria Delgado on November 22, 2026." });
    render(Coaching, props);
    await fireEvent.click(await screen.findByText("Start meeting"));
    await fireEvent.input(await screen.findByTestId("meeting-note"), { target: { value: "Aiming for retail leads." } });
    await fireEvent.click(screen.getByText("End meeting"));
    await waitFor(() => expect(ipc.endMeeting).toHaveBeenCalledWith("c1", "Aiming for retail leads."));
    const note = await screen.findByTestId("case-note");
    expect(note.textContent).toContain("Case note (25 min)");
    expect((note.querySelector("textarea") as HTMLTextAreaElement).value).toContain("Meeting with Maria Delgado");
  });
});
