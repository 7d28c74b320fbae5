//! DOCX in and out. Import: every fixture from a real producer (python-docx with Word's
//! default template, pandoc, LibreOffice Writer, and files from the shared corpus) has a
//! golden of its canonical text and source facts in `tests/snapshots/`, reviewed by eye;
//! regenerate with `cargo xtask goldens` and read the diff. Export: every fixture in every
//! template comes back to the same canonical text, and the file says nothing about where
//! its text came from.

use jobcoach_core::document::{DocumentKind, SourceFormat};
use jobcoach_core::export::{self, ExportOptions, Template};
use jobcoach_core::import::{import_bytes, import_file};
use jobcoach_core::Document;
use jobcoach_tests::{corpus, fixture};
use std::io::Read;
use std::path::PathBuf;

/// The canonical text, then the facts the layout rules read.
fn golden(path: &std::path::Path) -> String {
    let doc = import_file(path).unwrap_or_else(|e| panic!("{path:?} imports: {e}"));
    let f = &doc.facts;
    format!(
        "{}---\ntables: {:?}\ntext boxes: {:?}\ncolumns per section: {:?}\nheader and footer: {:?}\nimages: {} (in the contact lines: {})\nfonts: {:?}\nsizes: {:?}\ntyped bullets: {:?}\npages (estimate): {}\n",
        doc.text,
        f.tables.iter().map(|s| &doc.text[s.clone()]).collect::<Vec<_>>(),
        f.text_boxes.iter().map(|s| &doc.text[s.clone()]).collect::<Vec<_>>(),
        f.columns_per_section,
        f.header_footer_text,
        f.images,
        f.contact_images,
        f.fonts,
        f.font_sizes_pt,
        f.typed_bullet_glyphs,
        f.page_estimate,
    )
}

macro_rules! fidelity {
    ($($name:ident => $path:expr;)*) => {$(
        #[test]
        fn $name() {
            insta::assert_snapshot!(golden(&$path));
        }
    )*};
}

fidelity! {
    libreoffice_writer_resume => fixture("libreoffice/marcus_reed_resume_libreoffice.docx");
    libreoffice_writer_letter => fixture("libreoffice/grace_obi_letter_libreoffice.docx");
    python_docx_word_features => fixture("word_features_python_docx.docx");
    python_docx_resume => fixture("kevin_nguyen_resume_python_docx.docx");
    pandoc_resume => fixture("rosa_martinez_resume_pandoc.docx");
    pandoc_two_page_resume => fixture("two_page_resume_pandoc.docx");
    word_footnotes => corpus("mammoth/footnotes.docx");
    word_endnotes => corpus("mammoth/endnotes.docx");
    word_comments_are_ignored => corpus("mammoth/comments.docx");
    word_text_box => corpus("mammoth/text-box.docx");
    word_tables => corpus("mammoth/tables.docx");
    word_hyperlinks => corpus("python-docx/par-hyperlinks.docx");
    word_headers_and_footers => corpus("python-docx/hdr-header-footer.docx");
    word_sections => corpus("python-docx/sct-section-props.docx");
}

/// Every fixture a person could bring, as (file, kind).
fn fixtures() -> Vec<(PathBuf, DocumentKind)> {
    [
        (
            "libreoffice/marcus_reed_resume_libreoffice.docx",
            DocumentKind::Resume,
        ),
        (
            "libreoffice/grace_obi_letter_libreoffice.docx",
            DocumentKind::CoverLetter,
        ),
        ("word_features_python_docx.docx", DocumentKind::Resume),
        ("kevin_nguyen_resume_python_docx.docx", DocumentKind::Resume),
        ("rosa_martinez_resume_pandoc.docx", DocumentKind::Resume),
        ("two_page_resume_pandoc.docx", DocumentKind::Resume),
        ("e2e_resume_pandoc.docx", DocumentKind::Resume),
        ("maria_delgado_resume.md", DocumentKind::Resume),
        ("clean_resume.md", DocumentKind::Resume),
        ("two_page_resume.md", DocumentKind::Resume),
        ("aisha_khan_letter.md", DocumentKind::CoverLetter),
        ("james_carter_resume.txt", DocumentKind::Resume),
    ]
    .into_iter()
    .map(|(name, kind)| (fixture(name), kind))
    .collect()
}

fn options(template: Template, kind: DocumentKind, draft: bool) -> ExportOptions {
    ExportOptions {
        kind,
        template,
        author: "Marcus Reed".into(),
        title: export::document_title("Marcus Reed", kind),
        draft,
        timestamp: "2026-11-23T09:30:00Z".into(),
    }
}

#[test]
fn every_fixture_survives_export_and_import_in_every_template() {
    for (path, kind) in fixtures() {
        let doc = import_file(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
        for template in Template::ALL {
            for draft in [false, true] {
                let bytes = export::to_docx(&doc.text, &options(template, kind, draft))
                    .unwrap_or_else(|e| panic!("{path:?} in {template}: {e}"));
                let back = import_bytes(&bytes, SourceFormat::Docx)
                    .unwrap_or_else(|e| panic!("{path:?} in {template} imports again: {e}"));
                assert_eq!(
                    back.text, doc.text,
                    "{path:?} in {template} (draft: {draft}) comes back the same"
                );
                assert_eq!(
                    back.facts.fonts,
                    vec![template.look().font.to_string()],
                    "{path:?} in {template}: one face throughout"
                );
                assert!(
                    back.facts.tables.is_empty()
                        && back.facts.text_boxes.is_empty()
                        && back.facts.columns_per_section == vec![1]
                        && back.facts.images == 0,
                    "{path:?} in {template}: one column, no tables, boxes or pictures"
                );
            }
        }
        // Plain text keeps every word of the document.
        let plain = export::to_plain_text(&doc.text);
        let words = |s: &str| {
            s.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .count()
        };
        let plain_doc = jobcoach_core::import::import_pasted_text(&plain);
        assert!(
            words(&plain_doc.text) >= words(&doc.text) * 9 / 10,
            "{path:?}: the plain text keeps the words"
        );
    }
}

fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = String::new();
    if let Ok(mut f) = zip.by_name(name) {
        f.read_to_string(&mut out).unwrap();
    }
    out
}

#[test]
fn an_export_carries_its_title_and_author_and_nothing_of_the_file_it_came_from() {
    // This file's properties name its author; the other's comments say "A tachyon walks
    // into a bar", and its properties name Word and its template.
    let source = corpus("python-docx/blk-paras-and-tables.docx");
    let source_bytes = std::fs::read(&source).unwrap();
    let source_core = part(&source_bytes, "docProps/core.xml");
    assert!(source_core.contains("Steve Canny"), "{source_core}");
    let doc: Document = import_file(&source).unwrap();
    let commented = import_file(&corpus("mammoth/comments.docx")).unwrap();
    // Made in LibreOffice on a library computer, titled "My resume final FINAL".
    let writer = import_file(&fixture("libreoffice/marcus_reed_resume_libreoffice.docx")).unwrap();
    for (doc, what) in [
        (doc, "properties"),
        (commented, "comments"),
        (writer, "LibreOffice"),
    ] {
        for template in Template::ALL {
            let bytes = export::to_docx(&doc.text, &options(template, DocumentKind::Resume, false))
                .unwrap();
            let core = part(&bytes, "docProps/core.xml");
            assert!(
                core.contains("<dc:title>Marcus Reed – Resume</dc:title>"),
                "{core}"
            );
            assert!(
                core.contains("<dc:creator>Marcus Reed</dc:creator>"),
                "{core}"
            );
            assert!(
                core.contains("<cp:lastModifiedBy>Marcus Reed</cp:lastModifiedBy>"),
                "{core}"
            );
            assert!(!core.contains("unknown"), "no placeholder author: {core}");
            let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&bytes[..])).unwrap();
            for i in 0..zip.len() {
                let mut entry = zip.by_index(i).unwrap();
                let mut text = String::new();
                entry.read_to_string(&mut text).unwrap_or_default();
                for leftover in [
                    "Steve Canny",
                    "Michael Williamson",
                    "tachyon",
                    "Microsoft Office Word",
                    "Normal.dotm",
                    "Library Computer",
                    "FINAL",
                    "LibreOffice",
                ] {
                    assert!(
                        !text.contains(leftover),
                        "{what}: {} of the export in {template} still says {leftover:?}",
                        entry.name()
                    );
                }
            }
        }
    }
}

#[test]
fn a_letter_is_laid_out_as_a_letter() {
    let letter = import_file(&fixture("aisha_khan_letter.md")).unwrap();
    let bytes = export::to_docx(
        &letter.text,
        &options(Template::Classic, DocumentKind::CoverLetter, false),
    )
    .unwrap();
    let xml = part(&bytes, "word/document.xml");
    let style_of = |text: &str| {
        let at = xml
            .find(text)
            .unwrap_or_else(|| panic!("{text} in the letter"));
        let p = xml[..at]
            .rfind("<w:p>")
            .or(xml[..at].rfind("<w:p "))
            .unwrap();
        let style = &xml[p..at];
        let start = style.find("w:pStyle w:val=\"").unwrap() + 16;
        style[start..].split('"').next().unwrap().to_string()
    };
    assert_eq!(style_of("Aisha Khan"), "LetterSender");
    assert_eq!(style_of("To Whom It May Concern"), "LetterSalutation");
    assert_eq!(style_of("I am writing to apply"), "LetterBody");
    assert_eq!(style_of("Sincerely,"), "LetterClosing");
}
