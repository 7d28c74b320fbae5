//! Any bytes offered as Markdown (in any encoding): a document or a clear error, never a
//! panic; the canonical text it produces reads back as itself.
#![no_main]

use jobcoach_core::document::SourceFormat;
use jobcoach_core::import::import_bytes;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(doc) = import_bytes(data, SourceFormat::Markdown) {
        let again = jobcoach_core::import::import_markdown(&doc.text);
        assert_eq!(again.text, doc.text, "the canonical text is a fixed point");
    }
});
