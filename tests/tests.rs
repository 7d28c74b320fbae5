//! One test binary for everything that crosses crates; each module says what it covers.
//! (The CLI's own tests run the built binary from crates/jobcoach-cli/tests, where Cargo
//! provides its path.)

/// Every real-world DOCX in ../shared/corpus imports or is refused with a clear error.
mod corpus;
/// Whole documents through import and the whole checklist, against committed goldens.
mod goldens;
/// Precision and recall of every rule over the labelled corpus in tests/labelled.
mod labelled;
