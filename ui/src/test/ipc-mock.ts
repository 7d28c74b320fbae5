// A stand-in for src/ipc in UI tests: every command is a vi.fn with a sensible default,
// and tests override what they need. Components import `ipc` from "../ipc"; tests call
// vi.mock("../ipc", ...) with this.
import { vi } from "vitest";
import type { ActionStepItem, ClientRow, CommentItem, ExportPreview, FileFormat, HistoryItem, FindingItem, MeetingInfo, QueueItemRow, TemplateChoice, TemplateName, Words } from "../ipc";

export const templates: TemplateChoice[] = [
  { name: "classic", label: "Classic", description: "Cambria, centred name." },
  { name: "modern", label: "Modern", description: "Calibri with dark-blue headings." },
  { name: "compact", label: "Compact", description: "Arial at 10 pt." },
];

export const words: Words = { choice: "client", one: "client", many: "clients", one_title: "Client", many_title: "Clients" };

export function finding(overrides: Partial<FindingItem> = {}): FindingItem {
  return {
    rule: "wording.repeated-word",
    level: "major",
    message: "\"the\" appears twice in a row.",
    from: 10,
    to: 17,
    suggestions: [{ label: "Keep one \"the\"", edit: { from: 10, to: 17, insert: "the" }, safe: true }],
    fingerprint: "wording.repeated-word:the the",
    waiver: null,
    returned: null,
    deferred: null,
    ...overrides,
  };
}

export const caseload: ClientRow[] = [
  {
    id: "c1",
    name: "Maria Delgado",
    documents: [
      {
        id: "d1",
        client_id: "c1",
        title: "Resume for Target",
        kind: "resume",
        status: "draft",
        revisions: 2,
        open: { blocker: 1, major: 3, minor: 0, tip: 0 },
        has_draft: true,
        target_employer: "Target",
      },
    ],
  },
];

/** A one-paragraph preview of `text` in a Cambria page. */
export function previewOf(text: string): ExportPreview {
  const heading = { size_pt: 12, before_pt: 12, after_pt: 5, caps: true, rule: true };
  return {
    page: {
      font_family: "Cambria, Caladea, Georgia, serif",
      width_pt: 468,
      margin_pt: 72,
      body_pt: 11,
      line_height: 1.2,
      heading_color: "#000",
      link_color: "#1F3864",
      name_pt: 20,
      name_centered: true,
      headings: [heading, heading, heading],
      item_after_pt: 2,
      list_indent_pt: 18,
    },
    blocks: [
      {
        type: "paragraph",
        role: null,
        before_pt: 0,
        after_pt: 5,
        text: { runs: [{ text, bold: false, italic: false, link: null, break_before: false, tab_before: false }], right: [] },
      },
    ],
  };
}

export function mockIpc() {
  return {
    getWords: vi.fn(async () => words),
    setWords: vi.fn(async () => words),
    getProfile: vi.fn(async () => ({ name: "", rules_off: 0, severities_changed: 0 })),
    chooseProfile: vi.fn(async () => null),
    clearProfile: vi.fn(async () => ({ name: "", rules_off: 0, severities_changed: 0 })),
    setTargets: vi.fn(),
    reviewQueue: vi.fn(async () => [] as QueueItemRow[]),
    listActionSteps: vi.fn(async (_clientId: string) => [] as ActionStepItem[]),
    addActionStep: vi.fn(async (_c: string, _d: string | null, _t: string, _due: string | null) => [] as ActionStepItem[]),
    setActionStepDone: vi.fn(async (_id: string, _done: boolean) => [] as ActionStepItem[]),
    exportTakeHomeList: vi.fn(async () => null as string | null),
    meetingState: vi.fn(async (_clientId: string) => null as MeetingInfo | null),
    startMeeting: vi.fn(),
    endMeeting: vi.fn(),
    listComments: vi.fn(async (_d: string, _r: number) => [] as CommentItem[]),
    addComment: vi.fn(async (_d: string, _r: number, _f: number, _t: number, _b: string, _i: boolean) => [] as CommentItem[]),
    replyComment: vi.fn(async (_d: string, _r: number, _c: string, _b: string) => [] as CommentItem[]),
    resolveComment: vi.fn(async (_d: string, _r: number, _c: string, _x: boolean) => [] as CommentItem[]),
    documentHistory: vi.fn(async (_d: string) => [] as HistoryItem[]),
    clientHistory: vi.fn(async (_c: string) => [] as HistoryItem[]),
    exportClientData: vi.fn(async (_c: string) => null as string | null),
    eraseClient: vi.fn(async (_c: string, _n: string) => null),
    backupCaseload: vi.fn(async () => null as string | null),
    restoreCaseload: vi.fn(async (_eraseAgain?: boolean) => null as string | null),
    listCaseload: vi.fn(async (_search: string) => caseload),
    addClient: vi.fn(async (name: string) => ({ id: "c2", name, documents: [] })),
    pickImportFile: vi.fn(async () => null as string | null),
    importDocument: vi.fn(),
    importPasted: vi.fn(),
    importRevision: vi.fn(),
    openDocument: vi.fn(),
    checkText: vi.fn(async () => [] as FindingItem[]),
    saveDraft: vi.fn(async () => null),
    discardDraft: vi.fn(async () => null),
    saveRevision: vi.fn(),
    waiveFinding: vi.fn(),
    deferFinding: vi.fn(),
    listRevisions: vi.fn(async () => []),
    revisionText: vi.fn(async () => ""),
    setStatus: vi.fn(),
    approveRevision: vi.fn(),
    exportDocument: vi.fn(async (_d: string, _f: FileFormat) => null as string | null),
    exportTemplates: vi.fn(async () => templates),
    previewExport: vi.fn(async (_d: string, t: TemplateName) => previewOf(`preview in ${t}`)),
    setTemplate: vi.fn(),
    onFileDrop: vi.fn((_handler: (path: string) => void) => () => {}),
  };
}
