pub mod canonical;
pub mod checklist;
pub mod dates;
pub mod document;
pub mod import;
pub mod outline;
pub mod text;
