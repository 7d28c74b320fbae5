//! The canonical text: the one Markdown form every revision is stored in.
//!
//! Import (from DOCX, Markdown or plain text) builds `Block`s and renders them here; export
//! parses the canonical text back into `Block`s. Because both directions go through this one
//! model, a document exported and imported again gives back the same text. The form is a
//! small, predictable subset of CommonMark: ATX headings, paragraphs, `-` and `1.` lists
//! (nested by indentation), `**bold**`, `*italic*`, `[links](url)` and `\` hard breaks.
//! This module must not know about rules or files.
//!
//! The model is here; each direction has its own file: `render` (blocks to canonical text,
//! with the escaping that keeps typed characters text), `runs` (what a block's runs become
//! before they are written: merged, folded, bare addresses unlinked) and `parse` (any
//! CommonMark back to blocks). The tests here walk the round trip through both.

mod parse;
mod render;
mod runs;

pub use parse::{parse, ParseFacts};
pub use render::{render, render_with_spans};

/// A piece of text with one formatting. A `'\n'` inside `text` is a hard line break.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Run {
    pub text: String,
    pub bold: bool,
    pub italic: bool,
    pub link: Option<String>,
}

impl Run {
    pub fn plain(text: impl Into<String>) -> Self {
        Run {
            text: text.into(),
            ..Run::default()
        }
    }

    fn same_style(&self, other: &Run) -> bool {
        self.bold == other.bold && self.italic == other.italic && self.link == other.link
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// Level 1 to 6.
    Heading(u8),
    Paragraph,
    /// `depth` 0 is a top-level item.
    ListItem {
        ordered: bool,
        depth: u8,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub runs: Vec<Run>,
}

impl Block {
    pub fn new(kind: BlockKind, runs: Vec<Run>) -> Self {
        Block { kind, runs }
    }

    /// The block's text without any markup.
    pub fn plain_text(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }
}

/// Bring any Markdown into canonical form.
pub fn normalize(markdown: &str) -> String {
    render(&parse(markdown).0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn p(text: &str) -> Block {
        Block::new(BlockKind::Paragraph, vec![Run::plain(text)])
    }

    #[test]
    fn renders_the_canonical_subset() {
        let blocks = vec![
            Block::new(BlockKind::Heading(1), vec![Run::plain("Maria Delgado")]),
            p("maria@example.com | (555) 123-4567"),
            Block::new(BlockKind::Heading(2), vec![Run::plain("Experience")]),
            Block::new(
                BlockKind::Paragraph,
                vec![
                    Run {
                        text: "Shift Lead".into(),
                        bold: true,
                        ..Run::default()
                    },
                    Run::plain(", Target — 2019 to Present"),
                ],
            ),
            Block::new(
                BlockKind::ListItem {
                    ordered: false,
                    depth: 0,
                },
                vec![Run::plain("Trained 12 new cashiers")],
            ),
            Block::new(
                BlockKind::ListItem {
                    ordered: false,
                    depth: 1,
                },
                vec![Run::plain("Wrote the checklist")],
            ),
        ];
        let text = render(&blocks);
        assert_eq!(
            text,
            "# Maria Delgado\n\nmaria@example.com | (555) 123-4567\n\n## Experience\n\n**Shift Lead**, Target — 2019 to Present\n\n- Trained 12 new cashiers\n  - Wrote the checklist\n"
        );
        assert_eq!(parse(&text).0.len(), 6, "every block comes back");
    }

    #[test]
    fn escapes_what_would_become_markup() {
        let text = render(&[
            p("2019. Not a list"),
            p("# not a heading * or _ emphasis [x]"),
        ]);
        assert_eq!(
            text,
            "2019\\. Not a list\n\n\\# not a heading \\* or \\_ emphasis \\[x\\]\n"
        );
        let (blocks, _) = parse(&text);
        assert_eq!(
            blocks[0].plain_text(),
            "2019. Not a list",
            "escapes read back as text"
        );
        assert_eq!(
            blocks[1].kind,
            BlockKind::Paragraph,
            "a typed # stays a paragraph"
        );
    }

    #[test]
    fn hard_breaks_and_list_continuations() {
        let item = Block::new(
            BlockKind::ListItem {
                ordered: true,
                depth: 0,
            },
            vec![Run::plain("First line\nsecond line")],
        );
        let text = render(&[item.clone(), item]);
        assert_eq!(
            text,
            "1. First line\\\n   second line\n2. First line\\\n   second line\n"
        );
        let (blocks, _) = parse(&text);
        assert_eq!(blocks.len(), 2);
        assert_eq!(blocks[1].plain_text(), "First line\nsecond line");
    }

    #[test]
    fn normalizing_user_markdown() {
        let md = "Maria\n=====\n\n* one\n* two\n\n+ three\n\n__bold__ and _it_\nsoft   break\n\n![photo](me.png)\n";
        let (_, facts) = parse(md);
        assert_eq!(facts.images, 1, "images are counted for the photo rule");
        assert_eq!(
            normalize(md),
            "# Maria\n\n- one\n- two\n- three\n\n**bold** and *it* soft break\n"
        );
    }

    fn arb_run() -> impl Strategy<Value = Run> {
        (
            "[A-Za-z0-9 ,.:;!?#*_\\[\\]()&<>'\"/\\\\-]{1,12}",
            any::<bool>(),
            any::<bool>(),
            prop::option::weighted(0.15, "https://[a-z]{1,8}\\.example/[a-z]{0,5}"),
        )
            .prop_map(|(text, bold, italic, link)| Run {
                text,
                bold,
                italic,
                link,
            })
    }

    fn arb_block() -> impl Strategy<Value = Block> {
        let kind = prop_oneof![
            (1u8..4).prop_map(BlockKind::Heading),
            Just(BlockKind::Paragraph),
            (any::<bool>(), 0u8..3)
                .prop_map(|(ordered, depth)| BlockKind::ListItem { ordered, depth }),
        ];
        (kind, prop::collection::vec(arb_run(), 1..5)).prop_map(|(kind, runs)| Block { kind, runs })
    }

    #[test]
    fn fuzz_finds_stay_fixed_points() {
        // Found by the import_markdown fuzz target.
        let heading = normalize("# Walter Brook\u{b}-vocare\n");
        assert_eq!(heading, "# Walter Brook -vocare\n");
        assert_eq!(normalize(&heading), heading);
        let address = normalize("*a<b@example.com>c*\n");
        assert_eq!(normalize(&address), address);
        let tabbed = normalize("# Wook\t\u{b}## ary\n");
        assert_eq!(normalize(&tabbed), tabbed);
        let once = normalize("a <!-- x --> b <!-- --> c\n");
        assert_eq!(
            once, "a \\<!-- x --\\> b c\n",
            "an empty comment is a boundary mark"
        );
        assert_eq!(normalize(&once), once);
        let typed = "a \\<!-- --\\> b\n";
        assert_eq!(normalize(typed), typed, "typed, it is text");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        /// The heart of the round trip: whatever import builds, rendering then parsing then
        /// rendering again gives the same text, so a re-imported export cannot drift.
        #[test]
        fn render_is_a_fixed_point(blocks in prop::collection::vec(arb_block(), 0..8)) {
            let once = render(&blocks);
            let twice = render(&parse(&once).0);
            prop_assert_eq!(&once, &twice, "canonical text must survive a parse");
        }

        #[test]
        fn plain_text_survives_escaping(text in "[ -~]{1,40}") {
            let once = render(&[p(&text)]);
            let (blocks, _) = parse(&once);
            let want: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
            let got: String = blocks.iter().map(|b| b.plain_text()).collect::<Vec<_>>().join(" ");
            prop_assert_eq!(got.split_whitespace().collect::<Vec<_>>().join(" "), want);
        }
    }
}
