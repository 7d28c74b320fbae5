import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/svelte";
import { previewOf } from "../test/ipc-mock";
import type { ExportPreview, PreviewRun } from "../ipc";
import PreviewPage from "./PreviewPage.svelte";

const run = (text: string, more: Partial<PreviewRun> = {}): PreviewRun => ({
  text,
  bold: false,
  italic: false,
  link: null,
  break_before: false,
  tab_before: false,
  ...more,
});

function resume(): ExportPreview {
  const page = previewOf("").page;
  return {
    page,
    blocks: [
      { type: "name", text: { runs: [run("Ana <b>Ruiz</b>")], right: [] } },
      { type: "heading", level: 2, text: { runs: [run("Skills")], right: [] } },
      {
        type: "list",
        list: {
          ordered: false,
          depth: 0,
          marker: "disc",
          items: [
            {
              text: { runs: [run("Forklift & pallet jack")], right: [] },
              lists: [{ ordered: false, depth: 1, marker: "circle", items: [{ text: { runs: [run("Class II")], right: [] }, lists: [] }] }],
            },
            { text: { runs: [run("Cash")], right: [] }, lists: [] },
          ],
        },
      },
      {
        type: "paragraph",
        role: null,
        before_pt: 0,
        after_pt: 5,
        text: { runs: [run("Cashier", { bold: true }), run(", Aldi")], right: [run("May 2024 – Present")] },
      },
      {
        type: "paragraph",
        role: "LetterSender",
        before_pt: 0,
        after_pt: 22,
        text: { runs: [run("<script>alert(1)</script>"), run("ana@example.com", { break_before: true, link: "mailto:ana@example.com" })], right: [] },
      },
    ],
  };
}

describe("the export preview page", () => {
  it("shows the person's text as text, never as markup", () => {
    const { container } = render(PreviewPage, { preview: resume() });
    expect(screen.getByText("<script>alert(1)</script>")).toBeTruthy();
    expect(container.querySelector("script")).toBeNull();
    expect(screen.getByRole("heading", { level: 2, name: "Ana <b>Ruiz</b>" })).toBeTruthy();
    expect(container.querySelector("b")).toBeNull();
  });

  it("draws the blocks in order with the template's look", () => {
    const { container } = render(PreviewPage, { preview: resume() });
    const page = screen.getByTestId("export-page");
    expect(page.style.fontFamily).toContain("Cambria");
    expect(page.outerHTML).toContain("Cambria");
    expect(screen.getByRole("heading", { level: 2, name: "Skills" })).toBeTruthy();

    const outer = container.querySelector("ul")!;
    expect(outer.style.listStyleType).toBe("disc");
    const nested = outer.querySelector("li ul") as HTMLElement;
    expect(nested.style.listStyleType).toBe("circle");
    expect(nested.textContent).toBe("Class II");
    expect([...outer.children].map((li) => li.querySelector("span")?.textContent)).toEqual(["Forklift & pallet jack", "Cash"]);

    const tabbed = container.querySelector(".tabbed")!;
    expect([...tabbed.children].map((s) => s.textContent)).toEqual(["Cashier, Aldi", "May 2024 – Present"]);
    expect(screen.getByText("Cashier").style.fontWeight).toBe("bold");

    const sender = container.querySelector('[data-role="LetterSender"]') as HTMLElement;
    expect(sender.querySelector("br")).not.toBeNull();
    expect(sender.style.margin).toContain("22pt");
    const link = screen.getByText("ana@example.com");
    expect(link.closest("a")).toBeNull();
    expect(link.title).toBe("mailto:ana@example.com");
  });
});
