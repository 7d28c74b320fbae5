//! Files that are broken or built to hurt: each is refused with a message a person can act
//! on, without a panic and without reading more than the limits allow. (The fuzz targets in
//! fuzz/ throw random bytes at the same importers.)

use jobcoach_core::document::SourceFormat;
use jobcoach_core::import::{format_of, import_bytes, import_file, ImportError, MAX_FILE_BYTES};
use jobcoach_tests::fixture;
use std::io::{Cursor, Write};
use std::path::Path;
use zip::write::SimpleFileOptions;

/// A DOCX-shaped archive with the given parts.
fn archive(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in parts {
        zip.start_file(*name, options).unwrap();
        zip.write_all(data).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

const CONTENT_TYPES: &[u8] = br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;

fn docx_with_document(document: &[u8]) -> Vec<u8> {
    archive(&[
        ("[Content_Types].xml", CONTENT_TYPES),
        ("word/document.xml", document),
    ])
}

fn refused(bytes: &[u8]) -> ImportError {
    match import_bytes(bytes, SourceFormat::Docx) {
        Ok(doc) => panic!("imported instead of refused: {:?}", doc.text),
        Err(e) => e,
    }
}

fn says(e: &ImportError, words: &str) {
    let message = e.to_string();
    assert!(
        message.contains(words),
        "the message {message:?} should say {words:?}"
    );
}

#[test]
fn a_truncated_or_scrambled_archive_is_called_damaged() {
    let real = std::fs::read(fixture("rosa_martinez_resume_pandoc.docx")).unwrap();
    for cut in [real.len() / 2, real.len() - 30, 100] {
        let e = refused(&real[..cut]);
        assert!(
            matches!(e, ImportError::Corrupt { .. }),
            "cut at {cut}: {e}"
        );
        says(&e, "damaged");
    }
    let mut scrambled = real.clone();
    for b in scrambled.iter_mut().skip(200).step_by(7) {
        *b ^= 0x5A;
    }
    assert!(matches!(refused(&scrambled), ImportError::Corrupt { .. }));
    let e = refused(b"just some text with a .docx name");
    says(&e, "not really a Word document");
}

#[test]
fn zip_bombs_are_refused_by_size_and_by_ratio() {
    // 100 MB of zeros deflates to about 100 KB: too big once unpacked.
    let huge = vec![0u8; 100 * 1024 * 1024];
    let e = refused(&docx_with_document(&huge));
    assert!(matches!(e, ImportError::SuspiciousArchive { .. }), "{e}");
    says(&e, "unpacks to");
    // 8 MB that squeezes a thousand to one: small enough, but no document compresses so.
    let dense = vec![b'a'; 8 * 1024 * 1024];
    let e = refused(&docx_with_document(&dense));
    assert!(matches!(e, ImportError::SuspiciousArchive { .. }), "{e}");
}

#[test]
fn files_over_twenty_megabytes_are_refused_before_they_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.docx");
    let file = std::fs::File::create(&path).unwrap();
    // A sparse file: nothing is written, so nothing could be read in time.
    file.set_len(MAX_FILE_BYTES + 1).unwrap();
    let e = import_file(&path).unwrap_err();
    assert!(matches!(e, ImportError::TooLarge { .. }), "{e}");
    says(&e, "20 MB");
    let e = import_bytes(
        &vec![b'x'; MAX_FILE_BYTES as usize + 1],
        SourceFormat::Markdown,
    )
    .unwrap_err();
    assert!(matches!(e, ImportError::TooLarge { .. }), "{e}");
}

#[test]
fn parts_named_to_escape_the_archive_are_refused() {
    for name in ["../../evil.xml", "/etc/cron.d/job", "word\\..\\..\\x.xml"] {
        let bytes = archive(&[
            ("[Content_Types].xml", CONTENT_TYPES),
            ("word/document.xml", b"<w:document/>"),
            (name, b"<x/>"),
        ]);
        let e = refused(&bytes);
        assert!(
            matches!(e, ImportError::SuspiciousArchive { .. }),
            "{name}: {e}"
        );
    }
}

#[test]
fn external_entities_and_entity_expansion_are_refused() {
    let xxe = br#"<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"#;
    let e = refused(&docx_with_document(xxe));
    assert!(matches!(e, ImportError::SuspiciousArchive { .. }), "{e}");
    says(&e, "DTD");
    let laughs = br#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>"#;
    assert!(matches!(
        refused(&docx_with_document(laughs)),
        ImportError::SuspiciousArchive { .. }
    ));
}

#[test]
fn absurdly_deep_nesting_is_refused_before_the_recursive_reader_sees_it() {
    let mut xml = String::from(
        r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#,
    );
    for _ in 0..50_000 {
        xml.push_str("<w:sdt><w:sdtContent>");
    }
    let e = refused(&docx_with_document(xml.as_bytes()));
    assert!(matches!(e, ImportError::SuspiciousArchive { .. }), "{e}");
    says(&e, "nested too deeply");
}

#[test]
fn protected_macro_enabled_and_legacy_files_say_what_to_do() {
    // Word wraps a password-protected file in an OLE container with an EncryptionInfo
    // stream.
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.extend(vec![0; 512]);
    ole.extend(
        "EncryptionInfo"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes()),
    );
    let e = refused(&ole);
    assert!(matches!(e, ImportError::PasswordProtected), "{e}");
    says(&e, "Remove the password");
    let legacy = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
    says(&refused(&legacy), "Save As");

    let macro_types = String::from_utf8_lossy(CONTENT_TYPES)
        .replace("document.main+xml", "document.macroEnabled.main+xml");
    let docm = archive(&[
        ("[Content_Types].xml", macro_types.as_bytes()),
        ("word/document.xml", b"<w:document/>"),
        ("word/vbaProject.bin", b"\x00\x01"),
    ]);
    let e = refused(&docm);
    assert!(matches!(e, ImportError::MacroEnabled), "{e}");
    says(&e, ".docm");
    assert!(matches!(
        format_of(Path::new("resume.docm")),
        Err(ImportError::MacroEnabled)
    ));
}
