//! Import: a file's bytes become a `Document` (canonical text + source facts).
//!
//! Every bad input gets an `ImportError` with a message a person can act on; nothing here
//! panics on untrusted bytes, and nothing here touches the store.

mod docx;
mod docx_xml;
mod guard;
mod plain;

use crate::canonical;
use crate::document::{Document, SourceFacts, SourceFormat};
use std::path::Path;

/// No resume or letter comes near this; anything larger is refused before it is read. A
/// two-page resume is 20 to 60 KB as a Word file and a few MB with a photo, so 20 MB leaves
/// room for pictures pasted at full size.
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;

/// A .md or .txt file is all text: a two-page resume is about 10 KB of it, so 10 MB is a
/// thousand times that, and the checklist still reads it in seconds (`cargo xtask bench`
/// measures 1 MB and 10 MB). The same bound holds for the text read out of a Word file.
pub const MAX_TEXT_BYTES: u64 = 10 * 1024 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("could not open {path}: {reason}")]
    Unreadable { path: String, reason: String },
    /// `file` is the file's name, or empty when the bytes came without one.
    #[error("{} is {size_mb:.1} MB{}, and jobcoach takes {what} up to {limit_mb} MB. This is far larger than any resume: check that it is the right file{}", the_file(file), if *of_text { " of text" } else { "" }, if *what == "files" { ". If it is, save it again without large pictures, or paste the text instead" } else { "" })]
    TooLarge {
        file: String,
        size_mb: f64,
        limit_mb: u64,
        /// "files" or "text files": what the limit is for.
        what: &'static str,
        /// The size is of the text read out of the file, not of the file.
        of_text: bool,
    },
    #[error("jobcoach reads .docx, .md and .txt files, not .{extension}. Save it as a Word document (.docx) or plain text and try again")]
    UnsupportedFormat { extension: String },
    #[error("this looks like an older Word file (.doc). Open it in Word or LibreOffice, choose Save As → Word Document (.docx), and import that")]
    LegacyWord,
    #[error("this document is protected with a password. Remove the password in Word (File → Info → Protect Document) and import it again")]
    PasswordProtected,
    #[error("this is a macro-enabled Word file (.docm). Save it as a plain Word Document (.docx) and import that")]
    MacroEnabled,
    #[error("this file is damaged or is not really a Word document ({detail}). Try opening it in Word and saving it again")]
    Corrupt { detail: String },
    /// `file` as for `TooLarge`.
    #[error("{} unpacks to far more data than a document holds ({detail}), so jobcoach did not open it. Check that it is the right file", the_file(file))]
    SuspiciousArchive { file: String, detail: String },
    /// Bytes named .md or .txt that are no text: a program, a picture, an archive renamed.
    #[error("{} is not a text file: it holds bytes that no text has, as a program, a picture or a zip file does. Check that it is the right file; a resume is a Word file (.docx), or text saved as .txt or .md", the_file(file))]
    NotText { file: String },
    #[error("this file has no text in it")]
    Empty,
}

/// How a message names a file whose name may not be known.
fn the_file(file: &str) -> &str {
    if file.is_empty() {
        "this file"
    } else {
        file
    }
}

pub type Result<T> = std::result::Result<T, ImportError>;

impl ImportError {
    /// Every import error is about the file the person chose; nothing was stored.
    pub fn code(&self) -> crate::ErrorCode {
        crate::ErrorCode::BadFile
    }

    /// The error with the file's name where its message names the file.
    fn named(mut self, path: &Path) -> Self {
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into(),
        );
        match &mut self {
            ImportError::TooLarge { file, .. }
            | ImportError::SuspiciousArchive { file, .. }
            | ImportError::NotText { file } => *file = name,
            _ => {}
        }
        self
    }

    /// A file larger than the limit for its format.
    fn too_large(size: u64, limit: u64, what: &'static str) -> Self {
        ImportError::TooLarge {
            file: String::new(),
            size_mb: size as f64 / 1_048_576.0,
            limit_mb: limit / 1_048_576,
            what,
            of_text: false,
        }
    }
}

/// The format a path's extension names.
pub fn format_of(path: &Path) -> Result<SourceFormat> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match ext.as_str() {
        "docx" => Ok(SourceFormat::Docx),
        "md" | "markdown" => Ok(SourceFormat::Markdown),
        "txt" | "text" | "" => Ok(SourceFormat::Text),
        "docm" => Err(ImportError::MacroEnabled),
        "doc" => Err(ImportError::LegacyWord),
        other => Err(ImportError::UnsupportedFormat {
            extension: other.to_string(),
        }),
    }
}

/// The most bytes a file of this format may have, and what the limit calls such files.
fn limit_of(format: SourceFormat) -> (u64, &'static str) {
    match format {
        SourceFormat::Docx => (MAX_FILE_BYTES, "files"),
        SourceFormat::Markdown | SourceFormat::Text => (MAX_TEXT_BYTES, "text files"),
    }
}

/// Read and import a file, refusing oversized files before reading them.
pub fn import_file(path: &Path) -> Result<Document> {
    let unreadable = |e: std::io::Error| ImportError::Unreadable {
        path: path.display().to_string(),
        reason: match e.kind() {
            std::io::ErrorKind::NotFound => "there is no such file".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ => e.to_string(),
        },
    };
    let format = format_of(path)?;
    let meta = std::fs::metadata(path).map_err(unreadable)?;
    if meta.is_dir() {
        return Err(ImportError::Unreadable {
            path: path.display().to_string(),
            reason: "it is a folder, not a file".into(),
        });
    }
    let (limit, what) = limit_of(format);
    if meta.len() > limit {
        return Err(ImportError::too_large(meta.len(), limit, what).named(path));
    }
    let bytes = std::fs::read(path).map_err(unreadable)?;
    import_bytes(&bytes, format).map_err(|e| e.named(path))
}

/// Import bytes of a known format.
pub fn import_bytes(bytes: &[u8], format: SourceFormat) -> Result<Document> {
    let (limit, what) = limit_of(format);
    if bytes.len() as u64 > limit {
        return Err(ImportError::too_large(bytes.len() as u64, limit, what));
    }
    let doc = match format {
        SourceFormat::Docx => docx::import(bytes)?,
        SourceFormat::Markdown => {
            let (text, notices) = plain::decode(bytes);
            if plain::is_binary(bytes, &text) {
                return Err(ImportError::NotText {
                    file: String::new(),
                });
            }
            let mut doc = import_markdown(&text);
            doc.notices = notices;
            doc
        }
        SourceFormat::Text => {
            let (text, notices) = plain::decode(bytes);
            if plain::is_binary(bytes, &text) {
                return Err(ImportError::NotText {
                    file: String::new(),
                });
            }
            let mut doc = plain::import_text(&text);
            doc.notices = notices;
            doc
        }
    };
    // A Word file's parts are bounded before they are unpacked (see `guard`); this bounds
    // what the checklist will read, whatever the format.
    if doc.text.len() as u64 > MAX_TEXT_BYTES {
        return Err(ImportError::TooLarge {
            file: String::new(),
            size_mb: doc.text.len() as f64 / 1_048_576.0,
            limit_mb: MAX_TEXT_BYTES / 1_048_576,
            what: "text",
            of_text: true,
        });
    }
    if doc.text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    Ok(doc)
}

/// Pasted or typed Markdown; also what the editor's text goes through before it is saved.
pub fn import_markdown(markdown: &str) -> Document {
    let (blocks, parsed) = canonical::parse(markdown);
    let text = canonical::render(&blocks);
    let facts = SourceFacts {
        format: SourceFormat::Markdown,
        images: parsed.images,
        page_estimate: estimate_pages(&text, blocks.len()),
        ..SourceFacts::default()
    };
    Document::from_text(text, facts)
}

/// Pasted plain text.
pub fn import_pasted_text(text: &str) -> Document {
    plain::import_text(text)
}

/// About 500 words fill a page of a resume; short lines (headings, contact details) take a
/// line each whatever their length.
pub(crate) fn estimate_pages(text: &str, blocks: usize) -> f32 {
    let words = text.split_whitespace().count() as f32;
    let lines = words / 11.0 + blocks as f32 * 0.6;
    ((lines / 46.0) * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn refused(path: &Path) -> (ImportError, String) {
        match import_file(path) {
            Ok(doc) => panic!(
                "{path:?} imported instead of refused: {} bytes",
                doc.text.len()
            ),
            Err(e) => {
                let message = e.to_string();
                (e, message)
            }
        }
    }

    fn says(message: &str, words: &[&str]) {
        for w in words {
            assert!(message.contains(w), "{message:?} should say {w:?}");
        }
    }

    /// A file of `len` bytes that holds nothing: sparse, so it could not be read in time.
    fn sparse(dir: &Path, name: &str, len: u64) -> std::path::PathBuf {
        let path = dir.join(name);
        std::fs::File::create(&path).unwrap().set_len(len).unwrap();
        path
    }

    #[test]
    fn oversized_files_are_refused_by_name_size_and_limit_before_they_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let text = sparse(dir.path(), "notes.md", MAX_TEXT_BYTES + 600 * 1024);
        let (e, message) = refused(&text);
        assert!(matches!(e, ImportError::TooLarge { .. }), "{message}");
        says(
            &message,
            &[
                "notes.md is 10.6 MB",
                "up to 10 MB",
                "far larger than any resume",
                "right file",
            ],
        );
        let docx = sparse(dir.path(), "resume.docx", MAX_FILE_BYTES + 1);
        let (e, message) = refused(&docx);
        assert!(matches!(e, ImportError::TooLarge { .. }), "{message}");
        says(
            &message,
            &["resume.docx is 20.0 MB", "up to 20 MB", "right file"],
        );
        assert_eq!(e.code(), crate::ErrorCode::BadFile);
    }

    /// A DOCX-shaped archive whose parts are `sizes` MB of zeros each, written a megabyte
    /// at a time.
    fn zeros_docx(path: &Path, sizes: &[usize]) {
        let file = std::fs::File::create(path).unwrap();
        let mut zip = zip::ZipWriter::new(file);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .large_file(true);
        let mega = vec![0u8; 1024 * 1024];
        for (n, mb) in sizes.iter().enumerate() {
            let name = if n == 0 {
                "word/document.xml".to_string()
            } else {
                format!("word/media/image{n}.png")
            };
            zip.start_file(name, options).unwrap();
            for _ in 0..*mb {
                zip.write_all(&mega).unwrap();
            }
        }
        zip.finish().unwrap();
    }

    #[test]
    fn a_zip_bomb_is_refused_from_its_directory_without_unpacking() {
        let dir = tempfile::tempdir().unwrap();
        let bomb = dir.path().join("bomb.docx");
        zeros_docx(&bomb, &[200]);
        assert!(std::fs::metadata(&bomb).unwrap().len() < MAX_FILE_BYTES);
        let (e, message) = refused(&bomb);
        assert!(
            matches!(e, ImportError::SuspiciousArchive { .. }),
            "{message}"
        );
        // The directory's figure, in the directory check's words: nothing was unpacked.
        says(
            &message,
            &[
                "bomb.docx",
                "word/document.xml alone unpacks to 200.0 MB",
                "32 MB",
                "right file",
            ],
        );
        let parts = dir.path().join("parts.docx");
        zeros_docx(&parts, &[25, 25, 25]);
        let (e, message) = refused(&parts);
        assert!(
            matches!(e, ImportError::SuspiciousArchive { .. }),
            "{message}"
        );
        says(
            &message,
            &[
                "parts.docx",
                "the archive as a whole unpacks to 75.0 MB",
                "64 MB",
            ],
        );
    }

    #[test]
    fn bytes_that_are_not_text_are_refused_as_not_a_text_file() {
        let dir = tempfile::tempdir().unwrap();
        // A megabyte of pseudo-random bytes (xorshift from a fixed seed).
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let noise: Vec<u8> = (0..1024 * 1024)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                (x >> 32) as u8
            })
            .collect();
        let random = dir.path().join("resume.md");
        std::fs::write(&random, &noise).unwrap();
        // The same noise without its zero bytes still reads as no text: too many control
        // characters.
        let no_zeros = dir.path().join("nozeros.txt");
        std::fs::write(
            &no_zeros,
            noise.iter().map(|&b| b.max(1)).collect::<Vec<_>>(),
        )
        .unwrap();
        // A small program and a Word file, renamed.
        let program = dir.path().join("program.txt");
        let exe = std::fs::read(std::env::current_exe().unwrap()).unwrap();
        std::fs::write(&program, &exe[..exe.len().min(256 * 1024)]).unwrap();
        let word = dir.path().join("resume_docx.md");
        std::fs::copy(
            concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../tests/fixtures/rosa_martinez_resume_pandoc.docx"
            ),
            &word,
        )
        .unwrap();
        for path in [&random, &no_zeros, &program, &word] {
            let (e, message) = refused(path);
            assert!(matches!(e, ImportError::NotText { .. }), "{message}");
            let name = path.file_name().unwrap().to_str().unwrap();
            says(
                &message,
                &[&format!("{name} is not a text file"), "right file"],
            );
        }
    }

    #[test]
    fn text_in_other_encodings_still_imports() {
        let dir = tempfile::tempdir().unwrap();
        let text = "José Núñez\n\ncafé – 2019\n";
        let utf16 = |le: bool, bom: bool| -> Vec<u8> {
            let mut out = Vec::new();
            if bom {
                out.extend_from_slice(if le { &[0xFF, 0xFE] } else { &[0xFE, 0xFF] });
            }
            for u in text.encode_utf16() {
                out.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
            }
            out
        };
        let (cp1252, _, _) = encoding_rs::WINDOWS_1252.encode(text);
        for (name, bytes) in [
            ("utf16le.md", utf16(true, true)),
            ("utf16be.txt", utf16(false, true)),
            ("utf16le_no_bom.txt", utf16(true, false)),
            ("utf16be_no_bom.md", utf16(false, false)),
            ("windows.txt", cp1252.into_owned()),
        ] {
            let path = dir.path().join(name);
            std::fs::write(&path, bytes).unwrap();
            let doc = import_file(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(doc.text.contains("José Núñez"), "{name}: {:?}", doc.text);
            assert!(doc.text.contains("café – 2019"), "{name}: {:?}", doc.text);
        }
    }
}
