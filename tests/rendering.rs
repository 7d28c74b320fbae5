//! The exported files open in a real word processor: LibreOffice converts each template's
//! export of a one-page and a two-page resume and a letter to PDF, with the page count each
//! should have. Where LibreOffice is not installed the test says so and passes, unless
//! JOBCOACH_REQUIRE_LIBREOFFICE is set, as `cargo xtask test` does after installing it.

use jobcoach_core::document::DocumentKind;
use jobcoach_core::export::{self, ExportOptions, Template};
use jobcoach_core::import::import_file;
use jobcoach_tests::fixture;
use std::path::{Path, PathBuf};
use std::process::Command;

fn soffice() -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join("soffice"))
            .find(|p| p.is_file())
    })
}

/// Convert DOCX files to PDF in one LibreOffice run with its own profile, so parallel runs
/// do not trip over each other's lock.
fn to_pdf(soffice: &Path, files: &[PathBuf], out: &Path) {
    let profile = out.join("profile");
    let output = Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(out)
        .args(files)
        .output()
        .expect("LibreOffice starts");
    assert!(
        output.status.success(),
        "LibreOffice converts: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Pages of a PDF, by its page objects ("/Type /Page", not "/Pages"). LibreOffice writes
/// them uncompressed, so a scan keeps the test free of a PDF library.
fn count_pages(pdf: &[u8]) -> usize {
    let text = String::from_utf8_lossy(pdf);
    let mut n = 0;
    let mut rest: &str = &text;
    while let Some(i) = rest.find("/Type") {
        rest = rest[i + 5..].trim_start();
        if let Some(after) = rest.strip_prefix("/Page") {
            if !after.starts_with('s') {
                n += 1;
            }
        }
    }
    n
}

#[test]
fn every_template_opens_in_libreoffice_with_the_expected_page_count() {
    let Some(soffice) = soffice() else {
        assert!(
            std::env::var_os("JOBCOACH_REQUIRE_LIBREOFFICE").is_none(),
            "LibreOffice (soffice) must be installed for this run"
        );
        eprintln!("LibreOffice is not installed here: the rendering test did not run");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    // (fixture, kind, pages in Classic, Modern, Compact)
    let cases = [
        ("clean_resume.md", DocumentKind::Resume, [1, 1, 1]),
        ("two_page_resume.md", DocumentKind::Resume, [2, 2, 2]),
        ("aisha_khan_letter.md", DocumentKind::CoverLetter, [1, 1, 1]),
        (
            "libreoffice/grace_obi_letter_libreoffice.docx",
            DocumentKind::CoverLetter,
            [1, 1, 1],
        ),
    ];
    let mut files = Vec::new();
    let mut expected = Vec::new();
    for (name, kind, counts) in cases {
        let doc = import_file(&fixture(name)).unwrap();
        for (template, count) in Template::ALL.into_iter().zip(counts) {
            let options = ExportOptions {
                kind,
                template,
                author: "Test Person".into(),
                title: export::document_title("Test Person", kind),
                draft: false,
                timestamp: "2026-11-23T09:30:00Z".into(),
            };
            let file = Path::new(name).file_stem().unwrap().to_string_lossy();
            let stem = format!("{file}_{template}");
            let path = dir.path().join(format!("{stem}.docx"));
            std::fs::write(&path, export::to_docx(&doc.text, &options).unwrap()).unwrap();
            files.push(path);
            expected.push((stem, count));
        }
    }
    to_pdf(&soffice, &files, dir.path());
    let mut wrong = Vec::new();
    for (stem, count) in expected {
        let pdf = std::fs::read(dir.path().join(format!("{stem}.pdf")))
            .unwrap_or_else(|e| panic!("{stem}.pdf was written: {e}"));
        let found = count_pages(&pdf);
        if found != count {
            wrong.push(format!("{stem}: {found} pages, expected {count}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    if std::env::var_os("JOBCOACH_WRITE_PICTURES").is_some() {
        write_pictures(dir.path());
    }
}

/// `cargo xtask pictures`: the first page of each template (and of a letter) as PNG in
/// docs/templates, for the README. Needs pdftoppm (Debian: poppler-utils).
fn write_pictures(pdfs: &Path) {
    let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/templates");
    std::fs::create_dir_all(&docs).unwrap();
    let mut pictures: Vec<(String, String)> = Template::ALL
        .iter()
        .map(|t| (format!("two_page_resume_{t}"), t.to_string()))
        .collect();
    pictures.push((
        "grace_obi_letter_libreoffice_classic".into(),
        "letter-classic".into(),
    ));
    for (stem, name) in pictures {
        let status = Command::new("pdftoppm")
            .args(["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile"])
            .arg(pdfs.join(format!("{stem}.pdf")))
            .arg(docs.join(&name))
            .status()
            .expect("pdftoppm (poppler-utils) is installed");
        assert!(status.success(), "pdftoppm renders {stem}");
    }
}
