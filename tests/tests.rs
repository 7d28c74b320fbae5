//! One test binary for everything that crosses crates; each module says what it covers.

/// Every real-world DOCX in ../shared/corpus imports or is refused with a clear error.
mod corpus;
