//! Shared helpers for the cross-crate tests.

use std::path::PathBuf;

/// A file in `tests/fixtures`.
pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name)
}

/// A file in the shared corpus of real DOCX files, `../shared/corpus/wild-docx`.
pub fn corpus(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/corpus/wild-docx")
        .join(rel)
}
