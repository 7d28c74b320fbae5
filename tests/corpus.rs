use jobcoach_core::document::Document;
use jobcoach_core::import::{import_file, ImportError};
use jobcoach_tests::corpus;
use std::path::PathBuf;

fn import(rel: &str) -> Document {
    import_file(&corpus(rel)).unwrap_or_else(|e| panic!("{rel} should import: {e}"))
}

#[test]
fn every_wild_docx_imports_or_is_refused_clearly() {
    let dir = corpus("");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("the shared corpus should be beside the repo at {dir:?}: {e}"))
        .flat_map(|d| std::fs::read_dir(d.unwrap().path()).into_iter().flatten())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "docx"))
        .collect();
    files.sort();
    assert!(
        files.len() > 50,
        "the corpus holds dozens of files, found {}",
        files.len()
    );
    let mut imported = 0;
    for file in &files {
        // A panic fails this test with the file's name: that is the point.
        match std::panic::catch_unwind(|| import_file(file)) {
            Ok(Ok(_)) => imported += 1,
            Ok(Err(e)) => {
                // Many of these test files hold no body text at all (blank templates,
                // empty tables, pictures only); saying so is the right answer.
                assert!(
                    matches!(e, ImportError::Empty),
                    "{file:?}: a real producer's file is either read or has no text, got {e}"
                );
            }
            Err(_) => panic!("importing {file:?} panicked"),
        }
    }
    assert!(
        imported >= 35,
        "most corpus files have text and import ({imported} did)"
    );
}

#[test]
fn lists_tables_text_boxes_and_links_from_real_producers() {
    assert_eq!(
        import("mammoth/simple-list.docx").text,
        "- Apple\n- Banana\n"
    );

    let tables = import("mammoth/tables.docx");
    assert_eq!(
        tables.facts.tables.len(),
        1,
        "the table is recorded as a fact"
    );
    let span = tables.facts.tables[0].clone();
    assert!(
        tables.text[span].contains("Top left"),
        "and its text is kept where the fact points: {}",
        tables.text
    );

    let boxed = import("mammoth/text-box.docx");
    assert_eq!(boxed.facts.text_boxes.len(), 1, "the text box is recorded");
    assert!(boxed.text.contains("Datum plane"), "and its text is kept");

    let links = import("python-docx/par-hyperlinks.docx");
    assert!(
        links
            .text
            .contains("[awesome hyperlink](http://yahoo.com/)"),
        "hyperlinks keep their target: {}",
        links.text
    );

    let header = import("python-docx/hdr-header-footer.docx");
    assert!(
        !header.facts.header_footer_text.is_empty(),
        "header text is recorded as a fact, not put in the body"
    );
    assert!(!header.text.to_lowercase().contains("header text"));
}

#[test]
fn word_features_resolve_like_word_shows_them() {
    let doc =
        import_file(&jobcoach_tests::fixture("word_features_python_docx.docx")).expect("imports");
    let want = "# Lena Fischer\n\nlena.fischer@example.com | (555) 010-1234\n\n## Experience\n\n**Bookkeeper**, Fischer & Sons — Jan 2018 – Present\n\n- Reconciled 14 bank accounts each month\n- Cut month-end close from 6 days to 4\n\n## Skills\n\nQuickBooks, Excel, payroll\n\n## Certifications\n\n1. Certified Bookkeeper\n2. QuickBooks ProAdvisor\n";
    assert_eq!(
        doc.text, want,
        "inherited heading and list styles, a bold character style, tracked changes (insertion kept, deletion dropped), content controls walked into, hidden text dropped"
    );
    assert_eq!(doc.facts.images, 1, "the photo is recorded as a fact");
    assert!(
        doc.facts.fonts.iter().all(|f| !f.is_empty()) && !doc.facts.font_sizes_pt.is_empty(),
        "fonts and sizes in use are recorded: {:?}",
        doc.facts
    );
}
