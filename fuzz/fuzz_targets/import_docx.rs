//! Any bytes offered as a .docx: a clear error or a document, never a panic, never
//! unbounded memory (libFuzzer's -rss_limit_mb enforces the bound).
#![no_main]

use jobcoach_core::document::SourceFormat;
use jobcoach_core::import::import_bytes;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(doc) = import_bytes(data, SourceFormat::Docx) {
        // Every layout fact points into the text it describes.
        for span in doc.facts.tables.iter().chain(&doc.facts.text_boxes) {
            assert!(doc.text.get(span.clone()).is_some(), "{span:?} is inside the text");
        }
    }
});
