pub mod canonical;
pub mod dates;
pub mod document;
pub mod import;
pub mod outline;
pub mod text;
