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

/// No resume or letter comes near this; anything larger is refused before it is read.
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("could not open {path}: {reason}")]
    Unreadable { path: String, reason: String },
    #[error("this file is {size_mb:.1} MB; jobcoach takes files up to 20 MB. Save it again without large pictures, or paste the text instead")]
    TooLarge { size_mb: f64 },
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
    #[error("this file unpacks to far more data than a document holds ({detail}), so jobcoach did not open it")]
    SuspiciousArchive { detail: String },
    #[error("this file has no text in it")]
    Empty,
}

pub type Result<T> = std::result::Result<T, ImportError>;

impl ImportError {
    /// Every import error is about the file the person chose; nothing was stored.
    pub fn code(&self) -> crate::ErrorCode {
        crate::ErrorCode::BadFile
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
    if meta.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge {
            size_mb: meta.len() as f64 / 1_048_576.0,
        });
    }
    let bytes = std::fs::read(path).map_err(unreadable)?;
    import_bytes(&bytes, format)
}

/// Import bytes of a known format.
pub fn import_bytes(bytes: &[u8], format: SourceFormat) -> Result<Document> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge {
            size_mb: bytes.len() as f64 / 1_048_576.0,
        });
    }
    let doc = match format {
        SourceFormat::Docx => docx::import(bytes)?,
        SourceFormat::Markdown => {
            let (text, notices) = plain::decode(bytes);
            let mut doc = import_markdown(&text);
            doc.notices = notices;
            doc
        }
        SourceFormat::Text => {
            let (text, notices) = plain::decode(bytes);
            let mut doc = plain::import_text(&text);
            doc.notices = notices;
            doc
        }
    };
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
