//! What the commands print, where the shape is more than one value: `check`, `rules`,
//! findings, revisions, comments, the log and diffs. The text and JSON shapes are part of
//! the product's interface: scripts read them, so change them only on purpose.

use crate::writer::{errln, outln, Out};
use crate::Exit;
use jobcoach_core::checklist::{rules::RULES, Checklist, Context, Finding, Profile, Severity};
use jobcoach_core::store::{HistoryEntry, Visibility};
use jobcoach_core::text::{excerpt, LineIndex};
use jobcoach_core::workflow::{one_line, CommentThread, RevisionSummary};
use jobcoach_core::workflow::{FindingView, FindingsReport};
use jobcoach_core::{import, DocumentKind};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

/// Check each file; print findings; exit 2 if a file could not be read, else 1 if any
/// finding is a blocker, else 0. A bad file does not stop the others.
pub fn check(
    files: &[PathBuf],
    kind: Option<DocumentKind>,
    context: &Context,
    profile: &Profile,
    as_json: bool,
    out: &mut Out,
) -> Exit {
    let checklist = Checklist::new();
    let today = jobcoach_core::clock::Clock::today(&jobcoach_core::clock::SystemClock);
    let mut unreadable = false;
    let mut blocker = false;
    let mut reports: Vec<Value> = Vec::new();
    for file in files {
        let doc = match import::import_file(file) {
            Ok(doc) => doc,
            Err(e) => {
                errln!(out, "{}: {e}", file.display());
                unreadable = true;
                continue;
            }
        };
        for notice in &doc.notices {
            errln!(out, "{}: note: {notice}", file.display());
        }
        let outline = checklist.outline(&doc, kind);
        let findings = checklist.check(&doc, &outline, context, profile, today);
        blocker |= findings.iter().any(|f| f.severity == Severity::Blocker);
        if as_json {
            reports.push(report(file, outline.kind, &doc.text, &findings));
        } else {
            let lines = LineIndex::new(&doc.text);
            for f in &findings {
                let (line, column) = lines.line_col(f.span.start);
                outln!(
                    out,
                    "{}:{line}:{column}: {} {}: {}",
                    file.display(),
                    f.severity,
                    f.rule,
                    f.message
                );
            }
        }
    }
    if as_json {
        let value = if files.len() == 1 {
            reports.pop().unwrap_or(Value::Null)
        } else {
            Value::Array(reports)
        };
        if !value.is_null() {
            outln!(
                out,
                "{}",
                serde_json::to_string_pretty(&value).expect("JSON values serialize")
            );
        }
    }
    if unreadable {
        Exit::Failed
    } else if blocker {
        Exit::Blocked
    } else {
        Exit::Success
    }
}

fn report(file: &Path, kind: DocumentKind, text: &str, findings: &[Finding]) -> Value {
    let lines = LineIndex::new(text);
    let findings: Vec<Value> = findings
        .iter()
        .map(|f| {
            let (line, column) = lines.line_col(f.span.start);
            let suggestions: Vec<Value> = f
                .suggestions
                .iter()
                .map(|s| match &s.edit {
                    Some(edit) => json!({ "label": s.label, "replacement": edit.replacement }),
                    None => json!({ "label": s.label }),
                })
                .collect();
            json!({
                "rule": f.rule,
                "severity": f.severity,
                "message": f.message,
                "line": line,
                "column": column,
                "start": f.span.start,
                "end": f.span.end,
                "excerpt": excerpt(&text[f.span.clone()], 80),
                "suggestions": suggestions,
            })
        })
        .collect();
    json!({ "file": file.display().to_string(), "kind": kind, "findings": findings })
}

/// The catalogue as `profile` makes it: its severities, and which rules are off.
pub fn rules(profile: &Profile, as_json: bool, out: &mut Out) {
    if as_json {
        let rules: Vec<Value> = RULES
            .iter()
            .map(|r| {
                json!({
                    "id": r.id,
                    "kinds": r.applies.kinds(),
                    "severity": profile.severity(r),
                    "enabled": profile.enabled(r.id),
                    "what": r.doc.what,
                    "why": r.doc.why,
                    "example": r.doc.example,
                    "better": r.doc.better,
                })
            })
            .collect();
        outln!(
            out,
            "{}",
            serde_json::to_string_pretty(&rules).expect("JSON values serialize")
        );
        return;
    }
    for r in RULES {
        let kinds: Vec<&str> = r.applies.kinds().iter().map(|k| k.as_str()).collect();
        let off = if profile.enabled(r.id) { "" } else { "  (off)" };
        outln!(
            out,
            "{}  [{}]  {}{off}",
            r.id,
            kinds.join(", "),
            profile.severity(r)
        );
        outln!(out, "    What:    {}", r.doc.what);
        outln!(out, "    Why:     {}", r.doc.why);
        outln!(out, "    Example: {}", r.doc.example.replace('\n', " / "));
        outln!(out, "    Better:  {}", r.doc.better.replace('\n', " / "));
        outln!(out);
    }
}

/// `doc findings`: each finding with its line, severity, rule and what became of it; then
/// what the revision fixed.
pub fn findings_report(report: &FindingsReport, text: &str, as_json: bool, out: &mut Out) {
    let status = |f: &FindingView| -> String {
        if let Some(w) = &f.waiver {
            format!("waived by {}: {}", w.waived_by, w.reason)
        } else if let Some(d) = &f.deferral {
            format!(
                "deferred by {}{}",
                d.deferred_by,
                if d.note.is_empty() {
                    String::new()
                } else {
                    format!(": {}", d.note)
                }
            )
        } else if let Some(n) = f.reopened_after {
            format!(
                "open again (fixed in revision {n}, back in {})",
                report.number
            )
        } else {
            match f.since {
                Some(n) if n < report.number => format!("open since revision {n}"),
                _ => "open, new in this revision".to_string(),
            }
        }
    };
    // One index for every finding: a lookup from the start of the text for each was
    // quadratic in a long one-line document.
    let lines = LineIndex::new(text);
    if as_json {
        let findings: Vec<Value> = report
            .findings
            .iter()
            .map(|f| {
                let (line, column) = lines.line_col(f.stored.finding.span.start);
                json!({
                    "rule": f.stored.finding.rule,
                    "severity": f.stored.finding.severity,
                    "message": f.stored.finding.message,
                    "line": line,
                    "column": column,
                    "excerpt": excerpt(text.get(f.stored.finding.span.clone()).unwrap_or(""), 80),
                    "fingerprint": f.stored.fingerprint,
                    "status": if f.waiver.is_some() { "waived" } else if f.deferral.is_some() { "deferred" } else { "open" },
                    "since": f.since,
                    "reopened_after": f.reopened_after,
                    "waiver": f.waiver.as_ref().map(|w| json!({ "by": w.waived_by, "reason": w.reason, "at": w.created_at.to_string() })),
                    "deferral": f.deferral.as_ref().map(|d| json!({ "by": d.deferred_by, "note": d.note, "at": d.created_at.to_string() })),
                    "describe": status(f),
                })
            })
            .collect();
        let fixed: Vec<Value> = report
            .fixed
            .iter()
            .map(|f| json!({ "rule": f.finding.rule, "severity": f.finding.severity, "message": f.finding.message, "fixed_in": report.number }))
            .collect();
        let value = json!({ "revision": report.number, "findings": findings, "fixed": fixed });
        outln!(
            out,
            "{}",
            serde_json::to_string_pretty(&value).expect("JSON values serialize")
        );
        return;
    }
    for f in &report.findings {
        let (line, column) = lines.line_col(f.stored.finding.span.start);
        outln!(
            out,
            "{line}:{column}: {} {}: {} [{}]",
            f.stored.finding.severity,
            f.stored.finding.rule,
            f.stored.finding.message,
            status(f)
        );
    }
    for f in &report.fixed {
        outln!(
            out,
            "fixed in revision {}: {} {}: {}",
            report.number,
            f.finding.severity,
            f.finding.rule,
            f.finding.message
        );
    }
}

/// A unified, line-by-line diff of two revisions' text, as `diff -u` prints it.
pub fn diff(old: &str, new: &str, a: u32, b: u32) -> String {
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(2)
        .header(&format!("revision {a}"), &format!("revision {b}"))
        .to_string()
}

/// `doc history`: one revision a line: number, time, author, open findings, note.
pub fn revision(r: &RevisionSummary, out: &mut Out) {
    let open = &r.open;
    outln!(
        out,
        "{}\t{}\t{} ({})\t{} blocker, {} major, {} minor{}\t{}",
        r.number,
        r.created_at.strftime("%Y-%m-%d %H:%M"),
        r.author_name,
        r.author_role.as_str(),
        open.blocker,
        open.major,
        open.minor,
        if r.approved { "\tapproved" } else { "" },
        r.note
    );
}

/// `doc comments`: a comment, where it is, its flags and author; then its replies indented.
pub fn thread(t: &CommentThread, out: &mut Out) {
    let c = &t.comment;
    let place = if t.outdated {
        "outdated".to_string()
    } else {
        format!("on \"{}\"", c.anchor_text)
    };
    let flags = [
        (c.visibility == Visibility::Internal).then_some("staff only"),
        c.resolved_at.is_some().then_some("resolved"),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ");
    outln!(
        out,
        "{} {place}{}: {} — {}",
        c.id,
        if flags.is_empty() {
            String::new()
        } else {
            format!(" ({flags})")
        },
        c.body,
        c.author
    );
    for r in &t.replies {
        outln!(out, "    {} — {}", r.body, r.author);
    }
}

/// `client log` and `doc log`: one history entry a line, tab-separated.
pub fn entry(e: &HistoryEntry, out: &mut Out) {
    outln!(
        out,
        "{}\t{}\t{}\t{}",
        e.at.strftime("%Y-%m-%d %H:%M:%S"),
        one_line(&e.actor),
        e.action.as_str(),
        one_line(&e.detail)
    );
}
