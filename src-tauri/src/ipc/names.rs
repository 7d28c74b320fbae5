//! Mirrors of core enums, so they can derive `TS` for the UI's bindings. They go away once
//! jobcoach-core derives `ts_rs::TS` behind a feature.

use jobcoach_core::checklist::Severity;
use jobcoach_core::export::{ExportFormat, Template};
use jobcoach_core::store::DocumentStatus;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What the UI branches on when a command fails. It never matches message text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    BadFile,
    NotFound,
    Refused,
    DatabaseTooNew,
    NeedsConfirmation,
    Internal,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Draft,
    InReview,
    ChangesRequested,
    Approved,
}

impl From<DocumentStatus> for Status {
    fn from(s: DocumentStatus) -> Self {
        match s {
            DocumentStatus::Draft => Status::Draft,
            DocumentStatus::InReview => Status::InReview,
            DocumentStatus::ChangesRequested => Status::ChangesRequested,
            DocumentStatus::Approved => Status::Approved,
        }
    }
}

impl From<Status> for DocumentStatus {
    fn from(s: Status) -> Self {
        match s {
            Status::Draft => DocumentStatus::Draft,
            Status::InReview => DocumentStatus::InReview,
            Status::ChangesRequested => DocumentStatus::ChangesRequested,
            Status::Approved => DocumentStatus::Approved,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Resume,
    CoverLetter,
}

impl From<jobcoach_core::DocumentKind> for Kind {
    fn from(k: jobcoach_core::DocumentKind) -> Self {
        match k {
            jobcoach_core::DocumentKind::Resume => Kind::Resume,
            jobcoach_core::DocumentKind::CoverLetter => Kind::CoverLetter,
        }
    }
}

impl From<Kind> for jobcoach_core::DocumentKind {
    fn from(k: Kind) -> Self {
        match k {
            Kind::Resume => jobcoach_core::DocumentKind::Resume,
            Kind::CoverLetter => jobcoach_core::DocumentKind::CoverLetter,
        }
    }
}

/// The export templates (see `jobcoach_core::export::Template`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum TemplateName {
    Classic,
    Modern,
    Compact,
}

impl From<Template> for TemplateName {
    fn from(t: Template) -> Self {
        match t {
            Template::Classic => TemplateName::Classic,
            Template::Modern => TemplateName::Modern,
            Template::Compact => TemplateName::Compact,
        }
    }
}

impl From<TemplateName> for Template {
    fn from(t: TemplateName) -> Self {
        match t {
            TemplateName::Classic => Template::Classic,
            TemplateName::Modern => Template::Modern,
            TemplateName::Compact => Template::Compact,
        }
    }
}

/// What an export writes: a Word file, or plain text for an online form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum FileFormat {
    Docx,
    Text,
}

impl From<FileFormat> for ExportFormat {
    fn from(f: FileFormat) -> Self {
        match f {
            FileFormat::Docx => ExportFormat::Docx,
            FileFormat::Text => ExportFormat::Text,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Blocker,
    Major,
    Minor,
    Tip,
}

impl From<Severity> for Level {
    fn from(s: Severity) -> Self {
        match s {
            Severity::Blocker => Level::Blocker,
            Severity::Major => Level::Major,
            Severity::Minor => Level::Minor,
            Severity::Tip => Level::Tip,
        }
    }
}
