//! Findings in the editor's terms, and **the** conversion between byte spans of the
//! canonical text and the UTF-16 offsets the editor counts: every span crosses here.

use super::Level;
use jobcoach_core::checklist::Applicability;
use jobcoach_core::text::{byte_from_utf16, utf16_from_byte};
use jobcoach_core::workflow::FindingView;
use serde::Serialize;
use std::ops::Range;
use ts_rs::TS;

/// The UTF-16 offset, as the editor counts, of byte `byte` of `text`.
pub fn utf16_offset(text: &str, byte: usize) -> u32 {
    utf16_from_byte(text, byte) as u32
}

/// The byte span of `text` between the editor's UTF-16 offsets `from` and `to`.
pub fn byte_span(text: &str, from: u32, to: u32) -> Range<usize> {
    byte_from_utf16(text, from as usize)..byte_from_utf16(text, to as usize)
}

/// An edit in the editor's terms: UTF-16 offsets.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct TextEdit {
    pub from: u32,
    pub to: u32,
    pub insert: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SuggestionItem {
    pub label: String,
    pub edit: Option<TextEdit>,
    /// One click cannot change meaning.
    pub safe: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct WaiverInfo {
    pub by: String,
    pub reason: String,
    pub at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct FindingItem {
    pub rule: String,
    pub level: Level,
    pub message: String,
    /// UTF-16 offsets into the text the finding was computed on.
    pub from: u32,
    pub to: u32,
    pub suggestions: Vec<SuggestionItem>,
    pub fingerprint: String,
    pub waiver: Option<WaiverInfo>,
    /// "Back again: it was fixed in revision 3." when a fixed finding returned.
    pub returned: Option<String>,
    /// "Put off by Dana: next meeting" when deferred.
    pub deferred: Option<String>,
}

impl FindingItem {
    /// Convert a finding on `text`: byte spans become UTF-16 offsets here, and only here.
    pub fn new(view: FindingView, text: &str) -> Self {
        let returned = view
            .reopened_after
            .map(|n| format!("Back again: it was fixed in revision {n}."));
        let deferred = view.deferral.as_ref().map(|d| {
            if d.note.is_empty() {
                format!("Put off by {}", d.deferred_by)
            } else {
                format!("Put off by {}: {}", d.deferred_by, d.note)
            }
        });
        let f = view.stored.finding;
        let u = |byte: usize| utf16_offset(text, byte);
        FindingItem {
            rule: f.rule,
            level: f.severity.into(),
            message: f.message,
            from: u(f.span.start),
            to: u(f.span.end),
            suggestions: f
                .suggestions
                .into_iter()
                .map(|s| SuggestionItem {
                    label: s.label,
                    safe: s.applicability == Some(Applicability::Safe),
                    edit: s.edit.map(|e| TextEdit {
                        from: u(e.span.start),
                        to: u(e.span.end),
                        insert: e.replacement,
                    }),
                })
                .collect(),
            fingerprint: view.stored.fingerprint,
            waiver: view.waiver.map(|w| WaiverInfo {
                by: w.waived_by,
                reason: w.reason,
                at: w.created_at.to_string(),
            }),
            returned,
            deferred,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_become_utf16_offsets_once() {
        use jobcoach_core::checklist::{Finding, Severity, Suggestion};
        use jobcoach_core::store::StoredFinding;
        let text = "Café – 🎯 the the end";
        let start = text.find("the the").unwrap();
        let finding = Finding {
            rule: "wording.repeated-word".into(),
            severity: Severity::Major,
            span: start..start + 7,
            message: "m".into(),
            suggestions: vec![Suggestion::edit(
                "Keep one",
                start..start + 7,
                "the",
                Applicability::Safe,
            )],
        };
        let view = FindingView {
            stored: StoredFinding {
                id: String::new(),
                revision_id: String::new(),
                finding,
                fingerprint: "f".into(),
            },
            waiver: None,
            deferral: None,
            since: Some(1),
            reopened_after: None,
        };
        let item = FindingItem::new(view, text);
        let utf16: Vec<u16> = text.encode_utf16().collect();
        let got = String::from_utf16(&utf16[item.from as usize..item.to as usize]).unwrap();
        assert_eq!(
            got, "the the",
            "é, – and the emoji (two UTF-16 units) are counted as the editor counts them"
        );
        assert!(item.suggestions[0].safe);
        assert_eq!(item.suggestions[0].edit.as_ref().unwrap().from, item.from);
    }

    #[test]
    fn offsets_come_back_as_the_same_bytes() {
        let text = "Café – 🎯 the end";
        let start = text.find("the").unwrap();
        let (from, to) = (utf16_offset(text, start), utf16_offset(text, start + 3));
        assert_eq!(
            byte_span(text, from, to),
            start..start + 3,
            "a comment's UTF-16 selection finds the bytes a finding's span came from"
        );
    }
}
