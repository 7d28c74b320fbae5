//! Speed of each stage on a realistic two-page resume (tests/fixtures/two_page_resume.md and
//! its pandoc DOCX). Run with `cargo bench -p jobcoach-core` or `cargo xtask bench`; divan
//! prints the median of each. Targets (issue 2): checklist under 2 ms per document, DOCX
//! import under 5 ms. These measure and report; no test fails on a number.

use jobcoach_core::checklist::{Checklist, ContactDetails, Context, OtherDocument, Profile};
use jobcoach_core::document::SourceFormat;
use jobcoach_core::export::{self, ExportOptions, Template};
use jobcoach_core::import;
use jobcoach_core::DocumentKind;
use std::sync::OnceLock;

fn main() {
    divan::main();
}

const RESUME_MD: &str = include_str!("../../../tests/fixtures/two_page_resume.md");
const RESUME_DOCX: &[u8] = include_bytes!("../../../tests/fixtures/two_page_resume_pandoc.docx");
const LIBREOFFICE_DOCX: &[u8] =
    include_bytes!("../../../tests/fixtures/libreoffice/marcus_reed_resume_libreoffice.docx");

const POSTING: &str = "Job Title: Store Manager\n\nWe are hiring a Store Manager to lead a team of 40.\n\nRequirements:\n- 3 years of retail management, scheduling and inventory control\n- Experience with payroll budgets, hiring and coaching\n- Loss prevention and shrink reduction\n";

fn checklist() -> &'static Checklist {
    static C: OnceLock<Checklist> = OnceLock::new();
    C.get_or_init(Checklist::new)
}

/// Outline and every rule, as the app runs them on each keystroke pause and each save. The
/// context switches on the rules that need one: a posting, targets, and a sibling letter.
#[divan::bench]
fn checklist_two_page_resume(bencher: divan::Bencher) {
    let c = checklist();
    let doc = import::import_markdown(RESUME_MD);
    let context = Context {
        target_employer: Some("Kroger".into()),
        target_role: Some("Store Manager".into()),
        posting_text: Some(POSTING.into()),
        client_name: Some("Maria Delgado".into()),
        other_letter_employers: vec!["Target".into()],
        other_documents: vec![OtherDocument {
            title: "Cover letter".into(),
            contact: ContactDetails {
                name: Some("Maria Delgado".into()),
                emails: vec!["maria.delgado@gmail.com".into()],
                phones: vec!["5551234567".into()],
            },
        }],
        ..Context::default()
    };
    let profile = Profile::default();
    let today = jiff::civil::date(2026, 11, 22);
    bencher.bench(|| {
        let outline = c.outline(divan::black_box(&doc), None);
        c.check(&doc, &outline, &context, &profile, today)
    });
}

#[divan::bench]
fn import_docx_two_page_resume() -> jobcoach_core::Document {
    import::import_bytes(divan::black_box(RESUME_DOCX), SourceFormat::Docx)
        .expect("the fixture imports")
}

/// LibreOffice's DOCX: footnotes, a section in columns, a no-break hyphen, so the main part
/// is rewritten and the archive repacked before docx-rs reads it (the slow path).
#[divan::bench]
fn import_docx_libreoffice_resume() -> jobcoach_core::Document {
    import::import_bytes(divan::black_box(LIBREOFFICE_DOCX), SourceFormat::Docx)
        .expect("the fixture imports")
}

#[divan::bench]
fn import_markdown_two_page_resume() -> jobcoach_core::Document {
    import::import_markdown(divan::black_box(RESUME_MD))
}

/// Each template: they differ only in numbers, so a slow one would be a surprise worth
/// seeing.
#[divan::bench(args = Template::ALL)]
fn export_docx_two_page_resume(template: Template) -> Vec<u8> {
    let options = ExportOptions {
        kind: DocumentKind::Resume,
        template,
        author: "Rosa Martinez".into(),
        title: "Rosa Martinez – Resume".into(),
        draft: false,
        timestamp: "2026-11-22T10:00:00Z".into(),
    };
    export::to_docx(divan::black_box(RESUME_MD), &options).expect("exports")
}

#[divan::bench]
fn export_plain_text_two_page_resume() -> String {
    export::to_plain_text(divan::black_box(RESUME_MD))
}

/// Loading the dictionary and word lists: paid once per process.
#[divan::bench(sample_count = 10)]
fn load_checklist() -> Checklist {
    Checklist::new()
}
