//! What docx-rs does not read in the main part, rewritten on the raw XML into what it does
//! read, before it parses. Each rewrite keeps the text where the job seeker put it:
//!
//! - `w:noBreakHyphen` ("24‑hour" typed with Ctrl+Shift+-) becomes a plain hyphen; without
//!   this the hyphen vanishes and "24hour" is reported as a spelling error.
//! - `w:softHyphen` (an optional hyphenation point) is dropped, as Word shows it only at a
//!   line end.
//! - `w:fldSimple` (a field with its result inside, as LibreOffice and older Word write a
//!   date or a page number) loses its wrapper, so the result's runs are read.
//! - A VML text box (`w:pict` holding `w:txbxContent`, from Word 2003 files and as the only
//!   form in some online builders) becomes a DrawingML text box holding the same
//!   paragraphs, which docx-rs reads. A `w:pict` inside `mc:Fallback` is skipped by docx-rs
//!   with the rest of the fallback, so a box written both ways is read once.
//!
//! Only plain string scanning: the guard has already refused DTDs and deep nesting.

use std::io::{Cursor, Write};

const WPS: &str = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";

/// The rewritten main part, or `None` when nothing needed rewriting (the common case, which
/// then costs one scan).
pub fn patch(xml: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(xml).ok()?;
    let needed = ["noBreakHyphen", "softHyphen", "fldSimple", "txbxContent"]
        .iter()
        .any(|needle| text.contains(needle));
    if !needed {
        return None;
    }
    let mut out = text
        .replace("<w:noBreakHyphen/>", "<w:t>-</w:t>")
        .replace("<w:softHyphen/>", "");
    out = unwrap_simple_fields(&out);
    if out.contains("<w:pict") && out.contains("txbxContent") {
        out = vml_text_boxes_as_drawings(&out);
    }
    (out != text).then_some(out)
}

/// `<w:fldSimple w:instr="DATE"><w:r>…</w:r></w:fldSimple>` → `<w:r>…</w:r>`.
fn unwrap_simple_fields(xml: &str) -> String {
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(i) = rest.find("<w:fldSimple") {
        out.push_str(&rest[..i]);
        let Some(end) = rest[i..].find('>') else {
            out.push_str(&rest[i..]);
            return out;
        };
        // A self-closing field has no result to keep.
        rest = &rest[i + end + 1..];
    }
    out.push_str(rest);
    out.replace("</w:fldSimple>", "")
}

fn vml_text_boxes_as_drawings(xml: &str) -> String {
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(i) = rest.find("<w:pict") {
        out.push_str(&rest[..i]);
        let Some(close) = rest[i..].find("</w:pict>") else {
            out.push_str(&rest[i..]);
            return out;
        };
        let pict = &rest[i..i + close + "</w:pict>".len()];
        let content = pict
            .find("<w:txbxContent")
            .zip(pict.rfind("</w:txbxContent>"))
            .filter(|(start, end)| start < end);
        match content {
            Some((start, end)) => {
                out.push_str(&format!("<w:drawing><wps:txbx xmlns:wps=\"{WPS}\">"));
                out.push_str(&pict[start..end + "</w:txbxContent>".len()]);
                out.push_str("</wps:txbx></w:drawing>");
            }
            None => out.push_str(pict),
        }
        rest = &rest[i + pict.len()..];
    }
    out.push_str(rest);
    out
}

/// The text columns of each section, in document order (the body's last `w:sectPr` closes
/// the document, so order in the XML is order on the page). docx-rs does not read `w:cols`.
pub fn columns_per_section(xml: &[u8]) -> Vec<usize> {
    let text = String::from_utf8_lossy(xml);
    let mut out = Vec::new();
    let mut rest: &str = &text;
    while let Some(i) = rest.find("<w:sectPr") {
        rest = &rest[i + "<w:sectPr".len()..];
        let end = rest.find("</w:sectPr>").unwrap_or(rest.len());
        let section = &rest[..end];
        let columns = section
            .find("<w:cols")
            .map(|c| &section[c..])
            .and_then(|cols| {
                let tag = &cols[..cols.find('>').unwrap_or(cols.len())];
                let at = tag.find("w:num=\"")? + "w:num=\"".len();
                tag[at..].split('"').next()?.parse::<usize>().ok()
            })
            .unwrap_or(1);
        out.push(columns.clamp(1, 45));
        rest = &rest[end..];
    }
    if out.is_empty() {
        out.push(1);
    }
    out
}

/// The archive again with `word/document.xml` replaced; every other part is copied as it
/// was stored, without decompressing it.
pub fn with_document(bytes: &[u8], document_xml: &str) -> zip::result::ZipResult<Vec<u8>> {
    let mut source = zip::ZipArchive::new(Cursor::new(bytes))?;
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::with_capacity(bytes.len() + 1024)));
    for i in 0..source.len() {
        let entry = source.by_index_raw(i)?;
        if entry
            .name()
            .replace('\\', "/")
            .eq_ignore_ascii_case("word/document.xml")
        {
            drop(entry);
            let options = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated);
            out.start_file("word/document.xml", options)?;
            out.write_all(document_xml.as_bytes())?;
        } else {
            out.raw_copy_file(entry)?;
        }
    }
    Ok(out.finish()?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_read_per_section() {
        let xml = br#"<w:body><w:p><w:pPr><w:sectPr><w:cols w:space="720"/></w:sectPr></w:pPr></w:p><w:p><w:pPr><w:sectPr><w:type w:val="continuous"/><w:cols w:num="2" w:space="360"></w:cols></w:sectPr></w:pPr></w:p><w:sectPr><w:pgSz w:w="12240"/></w:sectPr></w:body>"#;
        assert_eq!(columns_per_section(xml), vec![1, 2, 1]);
        assert_eq!(columns_per_section(b"<w:body/>"), vec![1]);
    }

    #[test]
    fn hyphens_fields_and_vml_boxes_become_what_docx_rs_reads() {
        assert_eq!(patch(b"<w:body><w:p/></w:body>"), None);
        let xml = concat!(
            "<w:p><w:r><w:t>24</w:t><w:noBreakHyphen/><w:t>hour</w:t></w:r>",
            "<w:r><w:t>care</w:t><w:softHyphen/><w:t>giver</w:t></w:r>",
            "<w:fldSimple w:instr=\" DATE \"><w:r><w:t>May 2024</w:t></w:r></w:fldSimple>",
            "<w:fldSimple w:instr=\" PAGE \"/></w:p>",
            "<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Skills</w:t></w:r></w:p>",
            "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>",
            "<w:p><w:r><w:pict><v:shape><v:imagedata r:id=\"rId5\"/></v:shape></w:pict></w:r></w:p>"
        );
        let patched = patch(xml.as_bytes()).unwrap();
        assert!(patched.contains("<w:t>24</w:t><w:t>-</w:t><w:t>hour</w:t>"));
        assert!(patched.contains("<w:t>care</w:t><w:t>giver</w:t>"));
        assert!(patched.contains("<w:r><w:t>May 2024</w:t></w:r></w:p>"));
        assert!(!patched.contains("fldSimple"));
        assert!(patched.contains(
            "<w:drawing><wps:txbx xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><w:txbxContent><w:p><w:r><w:t>Skills</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing>"
        ));
        assert!(
            patched.contains("<v:imagedata r:id=\"rId5\"/>"),
            "a VML picture stays a picture"
        );
    }
}
