//! Checks a DOCX archive before any XML parser sees it. docx-rs trusts its input (it
//! allocates an entry's declared size and unwraps decompression), so everything that could
//! make it panic, run out of memory or recurse without end is refused here first.

use super::{ImportError, Result};
use std::io::{Cursor, Read};

/// Limits far above any real resume, far below what hurts a laptop. The real resumes and
/// letters of the test corpus unpack to 1.6 MB at most, their largest part to 440 KB. docx-rs
/// holds about twenty times a part's size while it reads it, so a 32 MB part costs some
/// 600 MB; a 19 MB file that unpacked to more took 1.4 GB.
const MAX_ENTRIES: usize = 2_000;
const MAX_ENTRY_BYTES: u64 = 32 * 1024 * 1024;
const MAX_TOTAL_BYTES: u64 = 64 * 1024 * 1024;
/// Deflate rarely beats 20:1 on XML; a bomb is thousands to one.
const MAX_RATIO: u64 = 200;
const MAX_XML_DEPTH: usize = 256;

const OLE_SIGNATURE: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// What the inspection learned on the way, so no part is decompressed twice.
#[derive(Debug, Default)]
pub struct Inspection {
    /// Paragraph texts of every page header and footer part. docx-rs loads only the headers
    /// of the last section, so these are read here from all of them.
    pub header_footer_text: Vec<String>,
    /// Pictures in page headers, where the name and contact details usually are.
    pub header_images: usize,
    /// Paragraph texts of footnotes and then endnotes, which docx-rs does not read.
    pub notes: Vec<String>,
    /// The main part, decompressed, for what docx-rs cannot read (see `docx_xml`).
    pub document_xml: Vec<u8>,
}

/// Inspect the archive; on success every entry has been decompressed once, its checksum
/// verified and its XML found free of DTDs and absurd nesting.
pub fn inspect(bytes: &[u8]) -> Result<Inspection> {
    let mut inspection = Inspection::default();
    if bytes.starts_with(&OLE_SIGNATURE) {
        // Word wraps a password-protected .docx in an OLE container with an
        // "EncryptionInfo" stream; any other OLE file is a legacy .doc.
        let marker: Vec<u8> = "EncryptionInfo"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        if bytes.windows(marker.len()).any(|w| w == marker.as_slice()) {
            return Err(ImportError::PasswordProtected);
        }
        return Err(ImportError::LegacyWord);
    }
    if !bytes.starts_with(b"PK") {
        return Err(ImportError::Corrupt {
            detail: "it is not a zip archive".into(),
        });
    }
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| corrupt(&e))?;
    if archive.len() > MAX_ENTRIES {
        return Err(ImportError::SuspiciousArchive {
            file: String::new(),
            detail: format!("{} parts", archive.len()),
        });
    }
    refuse_oversized(&mut archive)?;
    let mut total: u64 = 0;
    let mut has_document = false;
    let mut endnotes: Vec<String> = Vec::new();
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).map_err(|e| corrupt(&e))?;
        let name = entry.name().replace('\\', "/");
        if name.split('/').any(|part| part == "..") || name.starts_with('/') {
            return Err(ImportError::SuspiciousArchive {
                file: String::new(),
                detail: format!("a part named {name:?}"),
            });
        }
        if entry.encrypted() {
            return Err(ImportError::PasswordProtected);
        }
        let lower = name.to_ascii_lowercase();
        if lower.ends_with("vbaproject.bin") {
            return Err(ImportError::MacroEnabled);
        }
        let is_document = lower == "word/document.xml";
        has_document |= is_document;
        let declared = entry.size();
        let compressed = entry.compressed_size().max(1);
        if declared > MAX_ENTRY_BYTES || declared / compressed > MAX_RATIO && declared > 1 << 20 {
            return Err(ImportError::SuspiciousArchive {
                file: String::new(),
                detail: format!("{name} unpacks to {} MB", declared / 1_048_576),
            });
        }
        // Read with a hard cap whatever the header claims: the header can lie.
        let mut data = Vec::new();
        let read = (&mut entry)
            .take(MAX_ENTRY_BYTES + 1)
            .read_to_end(&mut data)
            .map_err(|e| ImportError::Corrupt {
                detail: format!("{name}: {e}"),
            })?;
        total += read as u64;
        if read as u64 > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES {
            return Err(ImportError::SuspiciousArchive {
                file: String::new(),
                detail: format!("more than {} MB in all", MAX_TOTAL_BYTES / 1_048_576),
            });
        }
        if lower.ends_with(".xml") || lower.ends_with(".rels") {
            check_xml(&name, &data)?;
            let part = lower.rsplit('/').next().unwrap_or("");
            if part.starts_with("header") {
                inspection.header_images +=
                    count(&data, b"<pic:pic") + count(&data, b"<v:imagedata");
            }
            if part.starts_with("header") || part.starts_with("footer") {
                for text in paragraph_texts(&String::from_utf8_lossy(&data)) {
                    if !inspection.header_footer_text.contains(&text) {
                        inspection.header_footer_text.push(text);
                    }
                }
            }
            // Separator "notes" hold no text, so they drop out here. Footnotes come before
            // endnotes, as on the page.
            if part == "footnotes.xml" {
                inspection
                    .notes
                    .extend(paragraph_texts(&String::from_utf8_lossy(&data)));
            } else if part == "endnotes.xml" {
                endnotes.extend(paragraph_texts(&String::from_utf8_lossy(&data)));
            }
            if lower == "[content_types].xml"
                && String::from_utf8_lossy(&data).contains("macroEnabled")
            {
                return Err(ImportError::MacroEnabled);
            }
        }
        if is_document {
            inspection.document_xml = data;
        }
    }
    inspection.notes.extend(endnotes);
    if !has_document {
        return Err(ImportError::Corrupt {
            detail: "it has no word/document.xml, so it is not a Word document".into(),
        });
    }
    Ok(inspection)
}

/// Refuse an archive whose central directory declares more than the limits, before any
/// part is unpacked: a zip bomb is turned away at the cost of reading its directory. The
/// sizes there can lie, so `inspect` still caps what it unpacks.
fn refuse_oversized(archive: &mut zip::ZipArchive<Cursor<&[u8]>>) -> Result<()> {
    let mut total: u64 = 0;
    for i in 0..archive.len() {
        // Raw: the entry's header only, nothing decompressed.
        let entry = archive.by_index_raw(i).map_err(|e| corrupt(&e))?;
        let size = entry.size();
        if size > MAX_ENTRY_BYTES {
            return Err(unpacks_to(
                &format!("{} alone", entry.name()),
                size,
                MAX_ENTRY_BYTES,
                "in one part",
            ));
        }
        total = total.saturating_add(size);
    }
    if total > MAX_TOTAL_BYTES {
        return Err(unpacks_to(
            "the archive as a whole",
            total,
            MAX_TOTAL_BYTES,
            "in all",
        ));
    }
    Ok(())
}

/// The refusal of an archive that unpacks to more than a limit, with both sizes.
fn unpacks_to(what: &str, size: u64, limit: u64, limited: &str) -> ImportError {
    ImportError::SuspiciousArchive {
        file: String::new(),
        detail: format!(
            "{what} unpacks to {:.1} MB, over the {} MB jobcoach opens {limited}; that is far larger than any resume",
            size as f64 / 1_048_576.0,
            limit / 1_048_576,
        ),
    }
}

/// The text of each `w:p` in a WordprocessingML part, by a plain scan: headers and footers
/// only need their words, not their structure.
pub(super) fn paragraph_texts(xml: &str) -> Vec<String> {
    let mut out = Vec::new();
    for para in xml.split("</w:p>") {
        let mut text = String::new();
        let mut rest = para;
        while let Some(i) = rest.find("<w:t") {
            rest = &rest[i + 4..];
            // "<w:t>" or "<w:t xml:space=...>", not "<w:tab/>" or "<w:tbl>".
            if !rest.starts_with(['>', ' ']) {
                continue;
            }
            let Some(open_end) = rest.find('>') else {
                break;
            };
            if rest[..open_end].ends_with('/') {
                continue;
            }
            rest = &rest[open_end + 1..];
            let Some(close) = rest.find("</w:t>") else {
                break;
            };
            text.push_str(&rest[..close]);
            text.push(' ');
            rest = &rest[close..];
        }
        let text = text
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&apos;", "'")
            .replace("&amp;", "&");
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if !text.is_empty() {
            out.push(text);
        }
    }
    out
}

fn corrupt(e: &zip::result::ZipError) -> ImportError {
    ImportError::Corrupt {
        detail: e.to_string(),
    }
}

/// DTDs are never needed in OOXML and are how entity attacks start; nesting deeper than a
/// few dozen levels does not occur in real documents and would exhaust the recursive reader.
fn check_xml(name: &str, data: &[u8]) -> Result<()> {
    let refuse = |why: &str| ImportError::SuspiciousArchive {
        file: String::new(),
        detail: format!("{name} {why}"),
    };
    if contains(data, b"<!DOCTYPE") || contains(data, b"<!ENTITY") {
        return Err(refuse("declares a DTD"));
    }
    let mut depth: usize = 0;
    let mut i = 0;
    // (where a search started, the first '>' at or after it), kept between tags: searching
    // afresh from each '<' rescanned the rest of the part when no '>' followed.
    let mut close: Option<(usize, Option<usize>)> = None;
    while i < data.len() {
        if data[i] == b'<' {
            match data.get(i + 1) {
                Some(b'/') => depth = depth.saturating_sub(1),
                Some(b'?' | b'!') => {}
                Some(_) => {
                    // An element opens; it closes at once if its tag ends with "/>".
                    let end = match close {
                        Some((from, found)) if from <= i && found.is_none_or(|e| e >= i) => found,
                        _ => {
                            let found = data[i..].iter().position(|&b| b == b'>').map(|p| i + p);
                            close = Some((i, found));
                            found
                        }
                    };
                    match end {
                        Some(e) if data[e - 1] == b'/' => {}
                        _ => {
                            depth += 1;
                            if depth > MAX_XML_DEPTH {
                                return Err(refuse("is nested too deeply"));
                            }
                        }
                    }
                }
                None => {}
            }
        }
        i += 1;
    }
    Ok(())
}

fn count(haystack: &[u8], needle: &[u8]) -> usize {
    haystack
        .windows(needle.len())
        .filter(|w| *w == needle)
        .count()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}
