//! One test binary for everything that crosses crates; each module says what it covers.
//! (The CLI's own tests run the built binary from crates/jobcoach-cli/tests, where Cargo
//! provides its path.)

/// Broken and hostile files are refused clearly, quickly and without a panic.
mod bad_files;
/// Several writers on one caseload file, and a backup or restore while they save: nothing acknowledged lost.
mod concurrency;
/// Every real-world DOCX in ../shared/corpus imports or is refused with a clear error.
mod corpus;
/// DOCX in and out: import goldens per producer, export round trips per template, metadata.
mod fidelity;
/// Whole documents through import and the whole checklist, against committed goldens.
mod goldens;
/// Precision and recall of every rule over the labelled corpus in tests/labelled.
mod labelled;
/// The exported files open in LibreOffice with the expected page counts.
mod rendering;
