//! The checklist: a pure function of (document, outline, context, profile, today) that
//! returns findings. Rules live one per file in `rules/`, registered in one sorted list; the
//! word lists they use are data files in `data/`. Nothing here reads the clock, the disk or
//! the database.

pub mod catalogue;
mod lexicon;
mod profile;
pub mod rules;

pub use lexicon::{Lexicon, Tense};
pub use profile::{Profile, ProfileError};

use crate::dates::DateFinder;
use crate::document::{Document, DocumentKind};
use crate::outline::Outline;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::Range;

/// Stored with every revision's findings: which rules and word lists produced them.
pub const RULES_VERSION: &str = "2026.11.2";

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Must be fixed or waived before approval.
    Blocker,
    /// Strongly recommended.
    Major,
    /// Polish.
    Minor,
    /// A talking point for the specialist; never counted against the document.
    Tip,
}

impl Severity {
    pub const ALL: [Severity; 4] = [
        Severity::Blocker,
        Severity::Major,
        Severity::Minor,
        Severity::Tip,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Blocker => "blocker",
            Severity::Major => "major",
            Severity::Minor => "minor",
            Severity::Tip => "tip",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Severity::ALL
            .into_iter()
            .find(|v| v.as_str() == s.trim().to_ascii_lowercase())
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which documents a rule reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Applies {
    Resume,
    CoverLetter,
    Both,
}

impl Applies {
    pub fn includes(self, kind: DocumentKind) -> bool {
        matches!(
            (self, kind),
            (Applies::Both, _)
                | (Applies::Resume, DocumentKind::Resume)
                | (Applies::CoverLetter, DocumentKind::CoverLetter)
        )
    }

    pub fn kinds(self) -> Vec<DocumentKind> {
        DocumentKind::ALL
            .into_iter()
            .filter(|k| self.includes(*k))
            .collect()
    }
}

/// How safe an edit is to apply with one click.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Applicability {
    /// Cannot change meaning (a doubled word, a date style): one click is fine.
    Safe,
    /// Probably right, but a person should read the result.
    Review,
}

/// Replace `span` of the canonical text with `replacement`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edit {
    pub span: Range<usize>,
    pub replacement: String,
}

/// A next step: always a label a person can act on; an edit when the fix is mechanical.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestion {
    pub label: String,
    pub edit: Option<Edit>,
    pub applicability: Option<Applicability>,
}

impl Suggestion {
    pub fn advice(label: impl Into<String>) -> Self {
        Suggestion {
            label: label.into(),
            edit: None,
            applicability: None,
        }
    }

    pub fn edit(
        label: impl Into<String>,
        span: Range<usize>,
        replacement: impl Into<String>,
        applicability: Applicability,
    ) -> Self {
        Suggestion {
            label: label.into(),
            edit: Some(Edit {
                span,
                replacement: replacement.into(),
            }),
            applicability: Some(applicability),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub rule: String,
    pub severity: Severity,
    /// Byte range in the canonical text.
    pub span: Range<usize>,
    pub message: String,
    pub suggestions: Vec<Suggestion>,
}

impl Finding {
    /// Rule id, the normalized text it points at, and the normalized line around it: stable
    /// when the text moves, so a waiver follows its finding into the next revision, and
    /// distinct for the same word in two places ("I" in two bullets). A repeat within one
    /// line is numbered.
    ///
    /// For many findings of one text, `fingerprints` gives the same strings without
    /// rescanning the text for each.
    pub fn fingerprint(&self, text: &str) -> String {
        let start = self.span.start.min(text.len());
        let end = self.span.end.clamp(start, text.len());
        let excerpt = text.get(start..end).unwrap_or("");
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
        let line = text.get(line_start..line_end).unwrap_or("");
        let before = text.get(line_start..start).map_or(0, |b| {
            if excerpt.is_empty() {
                0
            } else {
                b.matches(excerpt).count()
            }
        });
        fingerprint_of(&self.rule, excerpt, line, before)
    }
}

/// How much of the line around a finding its fingerprint keeps, in characters.
const FINGERPRINT_LINE_CHARS: usize = 160;

/// The fingerprint from its parts: `before` is how often the excerpt occurs earlier in its
/// line. Only the first characters of the line are normalized, since only they are kept:
/// normalizing a whole megabyte-long line for each finding on it was quadratic.
fn fingerprint_of(rule: &str, excerpt: &str, line: &str, before: usize) -> String {
    let excerpt: String = excerpt
        .split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ");
    let line = normalized_prefix(line, FINGERPRINT_LINE_CHARS);
    let repeat = if before > 0 {
        format!("#{before}")
    } else {
        String::new()
    };
    format!("{rule}:{excerpt}{repeat}@{line}")
}

/// The first `limit` characters of `text`'s words lower-cased and joined by one space,
/// reading no further than they need.
fn normalized_prefix(text: &str, limit: usize) -> String {
    let mut out = String::new();
    let mut chars = 0;
    for word in text.split_whitespace() {
        if chars >= limit {
            break;
        }
        if chars > 0 {
            out.push(' ');
            chars += 1;
        }
        for c in lowercase_start(word, limit - chars).chars() {
            if chars >= limit {
                break;
            }
            out.push(c);
            chars += 1;
        }
    }
    out
}

/// A lower-cased word that starts as `word.to_lowercase()` does for at least `need`
/// characters. Lower-casing never makes fewer characters, and only a capital sigma looks at
/// the letters after it, so without one the first `need` characters are enough.
fn lowercase_start(word: &str, need: usize) -> String {
    let cut = word.char_indices().nth(need).map_or(word.len(), |(i, _)| i);
    let head = &word[..cut];
    if cut == word.len() || !head.contains('Σ') {
        head.to_lowercase()
    } else {
        word.to_lowercase()
    }
}

/// Each finding's fingerprint, the same as `Finding::fingerprint` gives it, from one index of
/// the text's lines and one search per line for the repeats, so the time grows with the
/// text and the findings, not with their product.
pub fn fingerprints(findings: &[Finding], text: &str) -> Vec<String> {
    let lines = crate::text::LineIndex::new(text);
    let places: Vec<Place<'_>> = findings
        .iter()
        .map(|f| {
            let start = f.span.start.min(text.len());
            let end = f.span.end.clamp(start, text.len());
            Place {
                start,
                line_start: lines.line_start(start),
                excerpt: text.get(start..end).unwrap_or(""),
                line_end: lines.line_end(end),
            }
        })
        .collect();
    let repeats = repeats_before(text, &places);
    findings
        .iter()
        .zip(&places)
        .zip(repeats)
        .map(|((f, p), before)| {
            let line = text.get(p.line_start..p.line_end).unwrap_or("");
            fingerprint_of(&f.rule, p.excerpt, line, before)
        })
        .collect()
}

/// Where a finding sits, as its fingerprint reads it.
struct Place<'a> {
    start: usize,
    line_start: usize,
    line_end: usize,
    excerpt: &'a str,
}

/// Above this many different excerpts on one line, one multi-pattern search of the line
/// replaces a search per excerpt.
const SEARCHES_PER_LINE: usize = 4;

/// For each place, how many times its excerpt occurs (without overlapping, as
/// `str::matches` counts) between its line's start and its own start.
///
/// Leftmost non-overlapping matches in a prefix of the line are exactly the matches of the
/// whole line that end inside the prefix, so each (line, excerpt) is searched once and
/// each place counts the match ends before it.
fn repeats_before(text: &str, places: &[Place<'_>]) -> Vec<usize> {
    use std::collections::{BTreeMap, HashMap};
    let mut counts = vec![0; places.len()];
    // Line start -> excerpt -> the places with it.
    let mut by_line: BTreeMap<usize, HashMap<&str, Vec<usize>>> = BTreeMap::new();
    for (i, p) in places.iter().enumerate() {
        // As `fingerprint`: no excerpt, or a start inside a character, counts nothing.
        if p.excerpt.is_empty() || !text.is_char_boundary(p.start) {
            continue;
        }
        by_line
            .entry(p.line_start)
            .or_default()
            .entry(p.excerpt)
            .or_default()
            .push(i);
    }
    for (line_start, groups) in by_line {
        // Ends (in `text`) of each excerpt's non-overlapping matches, in order.
        let mut ends: HashMap<&str, Vec<usize>> = HashMap::new();
        if groups.len() <= SEARCHES_PER_LINE {
            for (&excerpt, members) in &groups {
                let upto = members.iter().map(|&i| places[i].start).max();
                let hay = &text[line_start..upto.unwrap_or(line_start)];
                ends.insert(
                    excerpt,
                    hay.match_indices(excerpt)
                        .map(|(at, m)| line_start + at + m.len())
                        .collect(),
                );
            }
        } else {
            let furthest = groups
                .values()
                .flatten()
                .map(|&i| places[i].start)
                .max()
                .unwrap_or(line_start);
            let patterns: Vec<&str> = groups.keys().copied().collect();
            let matcher = aho_corasick::AhoCorasick::new(&patterns)
                .expect("excerpts of a text make a valid automaton");
            let hay = &text[line_start..furthest];
            let mut found: Vec<Vec<usize>> = vec![Vec::new(); patterns.len()];
            // Every occurrence, overlapping ones too; per excerpt, keeping each that starts
            // at or after the previous kept one's end is the leftmost non-overlapping set.
            for m in matcher.find_overlapping_iter(hay) {
                let kept = &mut found[m.pattern().as_usize()];
                let start = line_start + m.start();
                if kept.last().is_none_or(|&end| start >= end) {
                    kept.push(line_start + m.end());
                }
            }
            ends.extend(patterns.into_iter().zip(found));
        }
        for (excerpt, members) in groups {
            let ends = &ends[excerpt];
            for i in members {
                counts[i] = ends.partition_point(|&end| end <= places[i].start);
            }
        }
    }
    counts
}

/// A rule's documentation, generated into `jobcoach rules` and the app's help.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct RuleDoc {
    pub what: &'static str,
    pub why: &'static str,
    pub example: &'static str,
    pub better: &'static str,
}

/// A rule: its identity, documentation and check.
pub struct Rule {
    /// Stable, never reused once released: `area.fault-name`.
    pub id: &'static str,
    pub applies: Applies,
    pub severity: Severity,
    pub doc: RuleDoc,
    pub check: fn(&Input<'_>, &mut Sink<'_>),
}

impl fmt::Debug for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Rule").field("id", &self.id).finish()
    }
}

/// What the app knows around the document.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Context {
    pub target_employer: Option<String>,
    pub target_role: Option<String>,
    pub recipient_name: Option<String>,
    pub posting_text: Option<String>,
    pub client_name: Option<String>,
    /// Employers the client's *other* cover letters are addressed to
    /// (`letter.wrong-company`).
    #[serde(default)]
    pub other_letter_employers: Vec<String>,
    /// Contact details on the client's other documents (`pair.contact-mismatch`).
    #[serde(default)]
    pub other_documents: Vec<OtherDocument>,
}

/// Another document of the same client, as far as the pair rules need it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct OtherDocument {
    pub title: String,
    pub contact: ContactDetails,
}

/// The name, emails and phone numbers at the top of a document (and under a letter's
/// signature). Phones are kept as their digits, so "(555) 123-4567" equals "555.123.4567".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactDetails {
    pub name: Option<String>,
    pub emails: Vec<String>,
    pub phones: Vec<String>,
}

impl ContactDetails {
    /// Read them from a document's outline. The one place that decides what counts.
    pub fn of(outline: &Outline) -> Self {
        let mut details = ContactDetails {
            name: outline.name.clone(),
            ..ContactDetails::default()
        };
        for place in outline.contact_places() {
            for m in rules::EMAIL.find_iter(&place) {
                let email = m.as_str().to_lowercase();
                if !details.emails.contains(&email) {
                    details.emails.push(email);
                }
            }
            for m in rules::PHONE.find_iter(&place) {
                let digits = phone_digits(m.as_str());
                if !details.phones.contains(&digits) {
                    details.phones.push(digits);
                }
            }
        }
        if details.name.is_none() && outline.kind == DocumentKind::CoverLetter {
            // A letter is signed: the line after the closing is the name.
            details.name = outline
                .letter
                .closing
                .and_then(|c| {
                    let b = &outline.blocks[c];
                    b.plain
                        .lines()
                        .nth(1)
                        .map(str::to_string)
                        .or_else(|| outline.blocks.get(c + 1).map(|n| n.plain.clone()))
                })
                .map(|l| l.lines().next().unwrap_or("").trim().to_string())
                .filter(|l| crate::outline::looks_like_name(l));
        }
        details
    }
}

/// "+1 (555) 123-4567" -> "5551234567": a leading North American "1" is dropped.
pub fn phone_digits(phone: &str) -> String {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    match digits.strip_prefix('1') {
        Some(rest) if rest.len() == 10 => rest.to_string(),
        _ => digits,
    }
}

/// Everything a rule may read.
pub struct Input<'a> {
    pub doc: &'a Document,
    pub outline: &'a Outline,
    pub context: &'a Context,
    pub lexicon: &'a Lexicon,
    pub profile: &'a Profile,
    pub today: Date,
}

impl Input<'_> {
    pub fn text(&self) -> &str {
        &self.doc.text
    }
}

/// Where a rule puts its findings; severity comes from the profile.
pub struct Sink<'a> {
    rule: &'static str,
    severity: Severity,
    findings: &'a mut Vec<Finding>,
}

impl Sink<'_> {
    pub fn emit(
        &mut self,
        span: Range<usize>,
        message: impl Into<String>,
        suggestions: Vec<Suggestion>,
    ) {
        debug_assert!(
            !suggestions.is_empty(),
            "{}: every finding offers a next step",
            self.rule
        );
        self.findings.push(Finding {
            rule: self.rule.to_string(),
            severity: self.severity,
            span,
            message: message.into(),
            suggestions,
        });
    }
}

/// The loaded checklist: the lexicon (dictionary and word lists) and compiled patterns.
/// Build it once per process and reuse it; loading the dictionary is the slow part.
pub struct Checklist {
    pub lexicon: Lexicon,
    pub dates: DateFinder,
}

impl Checklist {
    pub fn new() -> Self {
        Checklist {
            lexicon: Lexicon::load(),
            dates: DateFinder::new(),
        }
    }

    /// Build the outline of a document.
    pub fn outline(&self, doc: &Document, kind: Option<DocumentKind>) -> Outline {
        Outline::build(&doc.text, kind, &self.dates)
    }

    /// Run every enabled rule that applies to the document's kind. Findings come back in
    /// text order, most severe first where they start together.
    pub fn check(
        &self,
        doc: &Document,
        outline: &Outline,
        context: &Context,
        profile: &Profile,
        today: Date,
    ) -> Vec<Finding> {
        let input = Input {
            doc,
            outline,
            context,
            lexicon: &self.lexicon,
            profile,
            today,
        };
        let mut findings = Vec::new();
        for rule in rules::RULES {
            if !rule.applies.includes(outline.kind) || !profile.enabled(rule.id) {
                continue;
            }
            let mut sink = Sink {
                rule: rule.id,
                severity: profile.severity(rule),
                findings: &mut findings,
            };
            (rule.check)(&input, &mut sink);
        }
        findings.sort_by(|a, b| {
            a.span
                .start
                .cmp(&b.span.start)
                .then(a.severity.cmp(&b.severity))
                .then(a.rule.cmp(&b.rule))
        });
        findings
    }
}

impl Default for Checklist {
    fn default() -> Self {
        Self::new()
    }
}

/// Whether any finding must be fixed or waived before approval.
pub fn has_blockers(findings: &[Finding]) -> bool {
    findings.iter().any(|f| f.severity == Severity::Blocker)
}

#[cfg(test)]
pub(crate) mod testing {
    //! Helpers for rule tests: one shared checklist (the dictionary loads once per test run).
    use super::*;
    use std::sync::OnceLock;

    pub fn checklist() -> &'static Checklist {
        static CHECKLIST: OnceLock<Checklist> = OnceLock::new();
        CHECKLIST.get_or_init(Checklist::new)
    }

    pub fn today() -> Date {
        jiff::civil::date(2026, 11, 22)
    }

    /// Findings of one rule on a Markdown text.
    pub fn run(
        rule: &str,
        markdown: &str,
        kind: Option<DocumentKind>,
        context: &Context,
    ) -> Vec<Finding> {
        let doc = crate::import::import_markdown(markdown);
        let checklist = checklist();
        let outline = checklist.outline(&doc, kind);
        checklist
            .check(&doc, &outline, context, &Profile::default(), today())
            .into_iter()
            .filter(|f| f.rule == rule)
            .collect()
    }

    /// Findings of one rule on a text with the source facts a DOCX import would give.
    pub fn with_facts(rule: &str, text: &str, facts: crate::document::SourceFacts) -> Vec<Finding> {
        let doc = Document::from_text(text.to_string(), facts);
        let checklist = checklist();
        let outline = checklist.outline(&doc, None);
        checklist
            .check(
                &doc,
                &outline,
                &Context::default(),
                &Profile::default(),
                today(),
            )
            .into_iter()
            .filter(|f| f.rule == rule)
            .collect()
    }

    pub fn resume(rule: &str, markdown: &str) -> Vec<Finding> {
        run(
            rule,
            markdown,
            Some(DocumentKind::Resume),
            &Context::default(),
        )
    }

    /// Findings of one rule on a cover letter with a context.
    pub fn letter_with(rule: &str, markdown: &str, context: &Context) -> Vec<Finding> {
        run(rule, markdown, Some(DocumentKind::CoverLetter), context)
    }

    pub fn letter(rule: &str, markdown: &str) -> Vec<Finding> {
        run(
            rule,
            markdown,
            Some(DocumentKind::CoverLetter),
            &Context::default(),
        )
    }

    /// The canonical text a finding points at.
    pub fn flagged(markdown: &str, findings: &[Finding]) -> Vec<String> {
        let text = crate::import::import_markdown(markdown).text;
        findings
            .iter()
            .map(|f| text[f.span.clone()].to_string())
            .collect()
    }

    /// Apply a finding's first edit to the canonical text.
    pub fn apply_first_edit(markdown: &str, finding: &Finding) -> String {
        let mut text = crate::import::import_markdown(markdown).text;
        let edit = finding
            .suggestions
            .iter()
            .find_map(|s| s.edit.clone())
            .expect("an edit");
        text.replace_range(edit.span, &edit.replacement);
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(rule: &str, span: Range<usize>) -> Finding {
        Finding {
            rule: rule.into(),
            severity: Severity::Minor,
            span,
            message: String::new(),
            suggestions: Vec::new(),
        }
    }

    /// Every finding's batch fingerprint is its single one: repeats on one line (one
    /// excerpt, and more excerpts than the per-excerpt searches take), overlapping
    /// excerpts, spans across lines, a line longer than the kept part, a long capitalised
    /// Greek word, empty and out-of-range spans.
    #[test]
    fn fingerprints_in_a_batch_are_the_single_ones() {
        let long = "Managed I the team and I and the I; ".repeat(40);
        let greek = "ΣΟΦΙΑΣ".repeat(40);
        let text = format!(
            "# I am I\n\n{long}\n\n- aaaa aaaaa I\n- {greek} Σ end\n\nI {long}aaaaa bb cc dd ee ff gg\n"
        );
        let mut findings = Vec::new();
        for needle in ["I", "the", "aa", "team", "and", "Managed", "bb", "Σ", "ΣΟΦ"] {
            for (at, m) in text.match_indices(needle) {
                findings.push(finding("a.rule", at..at + m.len()));
            }
        }
        let greek_at = text.find(&greek).unwrap();
        findings.push(finding("b.rule", greek_at..greek_at + greek.len()));
        findings.push(finding("b.rule", 2..text.len() - 3));
        findings.push(finding("b.rule", 5..5));
        findings.push(finding("b.rule", text.len() + 4..text.len() + 9));
        for word in ["bb", "cc", "dd", "ee", "ff", "gg"] {
            let at = text.rfind(word).unwrap();
            findings.push(finding("c.rule", at..at + 2));
        }
        let single: Vec<String> = findings.iter().map(|f| f.fingerprint(&text)).collect();
        assert_eq!(fingerprints(&findings, &text), single);
        assert!(
            single.iter().any(|f| f.contains("#3@")),
            "the repeats were counted: {single:?}"
        );
    }
}
