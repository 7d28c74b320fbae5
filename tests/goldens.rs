//! Each fixture's canonical text and findings, as `line:col: severity rule: message`, are
//! compared with the committed snapshots in `tests/snapshots/`. Regenerate them with
//! `cargo xtask goldens` and review the diff like code.

use jobcoach_core::checklist::{Checklist, Context, Profile};
use jobcoach_core::import::import_file;
use jobcoach_core::text::line_col;
use jobcoach_tests::fixture;
use std::sync::OnceLock;

fn checklist() -> &'static Checklist {
    static C: OnceLock<Checklist> = OnceLock::new();
    C.get_or_init(Checklist::new)
}

/// The canonical text, then every finding with its suggestions.
fn golden(name: &str, context: &Context) -> String {
    let doc = import_file(&fixture(name)).unwrap_or_else(|e| panic!("{name} imports: {e}"));
    let c = checklist();
    let outline = c.outline(&doc, None);
    let today = jiff::civil::date(2026, 11, 22);
    let findings = c.check(&doc, &outline, context, &Profile::default(), today);
    let mut out = format!(
        "kind: {}\nnotices: {}\n\n{}\n---\n",
        outline.kind,
        doc.notices.len(),
        doc.text
    );
    for f in &findings {
        let (line, col) = line_col(&doc.text, f.span.start);
        out.push_str(&format!(
            "{line}:{col}: {} {}: {}\n",
            f.severity, f.rule, f.message
        ));
        out.push_str(&format!("    at: {:?}\n", &doc.text[f.span.clone()]));
        for s in &f.suggestions {
            match &s.edit {
                Some(e) => out.push_str(&format!(
                    "    -> {} [{:?}: {:?}]\n",
                    s.label,
                    s.applicability.unwrap(),
                    e.replacement
                )),
                None => out.push_str(&format!("    -> {}\n", s.label)),
            }
        }
    }
    out
}

#[test]
fn retail_resume_with_common_faults() {
    insta::assert_snapshot!(golden("maria_delgado_resume.md", &Context::default()));
}

#[test]
fn clean_nursing_resume_has_no_findings() {
    let g = golden("clean_resume.md", &Context::default());
    assert!(
        g.ends_with("---\n"),
        "a clean, professional resume produces no findings:\n{g}"
    );
    insta::assert_snapshot!(g);
}

#[test]
fn warehouse_resume_in_windows_text() {
    insta::assert_snapshot!(golden("james_carter_resume.txt", &Context::default()));
}

#[test]
fn letter_with_generic_greeting_and_placeholder() {
    let context = Context {
        target_employer: Some("Lakeview Clinic".into()),
        ..Context::default()
    };
    insta::assert_snapshot!(golden("aisha_khan_letter.md", &context));
}

#[test]
fn pandoc_docx_resume() {
    insta::assert_snapshot!(golden(
        "rosa_martinez_resume_pandoc.docx",
        &Context::default()
    ));
}

#[test]
fn python_docx_resume_with_styles_lists_table_and_header() {
    insta::assert_snapshot!(golden(
        "kevin_nguyen_resume_python_docx.docx",
        &Context::default()
    ));
}
