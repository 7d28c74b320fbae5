//! jobcoach-core owns every rule of the product: import, outline, checklist, store, review and
//! export. It has no Tauri, no UI and no process-wide state: the clock, id generation and the
//! loaded dictionary are passed in, so every stage can be tested alone and the whole path can
//! be walked in one test. The CLI and the desktop shell only adapt it.

pub mod canonical;
pub mod checklist;
pub mod clock;
pub mod dates;
pub mod document;
pub mod error;
pub mod export;
pub mod files;
pub mod import;
pub mod outline;
pub mod store;
pub mod text;
pub mod words;
pub mod workflow;

pub use document::{Document, DocumentKind, SourceFacts};
pub use error::ErrorCode;
/// The one error every adapter sees: the workflow's, which wraps each module's own.
pub use workflow::{Result, WorkflowError as Error};
