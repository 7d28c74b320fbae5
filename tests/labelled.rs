//! Precision and recall of the checklist over a labelled corpus: realistic resumes and
//! letters of many trades and levels in `tests/labelled/`, each with the findings a careful
//! specialist expects (`NAME.expect`). The test prints a table per rule and holds the whole
//! checklist to precision ≥ 95% and recall ≥ 90%.
//!
//! An `.expect` file: `@key value` lines give the context (`@kind resume|cover-letter`,
//! `@employer`, `@role`, `@recipient`, `@other-letter-employer`, `@posting FILE`, and
//! `@other-document FILE` for a sibling document; `@clean` for a professional document that
//! must get no blocker or major finding; `@holdout` for one labelled before the checker ever
//! ran on it), then one `rule | excerpt` line per expected
//! finding. The excerpt is the flagged text with whitespace collapsed (first 60 characters);
//! `*` matches any place, for findings about the whole document. `#` starts a comment.
//!
//! To label a new document, run this test: it lists every finding it did not expect (a false
//! positive, or a label to add) and every label it did not find.

use jobcoach_core::checklist::{
    Checklist, ContactDetails, Context, Finding, OtherDocument, Profile, Severity,
};
use jobcoach_core::{import, DocumentKind};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("labelled")
}

struct Case {
    name: String,
    kind: Option<DocumentKind>,
    /// Labelled before the checker first ran on it, and not used to tune rules since:
    /// its figures are the honest estimate for documents jobcoach has not seen.
    holdout: bool,
    /// A professional document: it must get no blocker and no major finding.
    clean: bool,
    context: Context,
    expected: Vec<(String, String)>,
}

fn excerpt(text: &str) -> String {
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    collapsed.chars().take(60).collect()
}

fn read_case(checklist: &Checklist, expect: &Path) -> Case {
    let name = expect.file_stem().unwrap().to_string_lossy().into_owned();
    let mut case = Case {
        name,
        kind: None,
        holdout: false,
        clean: false,
        context: Context::default(),
        expected: Vec::new(),
    };
    let text = std::fs::read_to_string(expect).unwrap();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(rest) = line.strip_prefix('@') {
            let (key, value) = rest.split_once(' ').unwrap_or((rest, ""));
            let value = value.trim().to_string();
            let c = &mut case.context;
            match key {
                "kind" => case.kind = DocumentKind::parse(&value),
                "holdout" => case.holdout = true,
                "clean" => case.clean = true,
                "employer" => c.target_employer = Some(value),
                "role" => c.target_role = Some(value),
                "recipient" => c.recipient_name = Some(value),
                "client" => c.client_name = Some(value),
                "other-letter-employer" => c.other_letter_employers.push(value),
                "posting" => {
                    c.posting_text = Some(std::fs::read_to_string(dir().join(&value)).unwrap())
                }
                "other-document" => {
                    let doc = import::import_file(&dir().join(&value)).unwrap();
                    let outline = checklist.outline(&doc, None);
                    c.other_documents.push(OtherDocument {
                        title: value,
                        contact: ContactDetails::of(&outline),
                    });
                }
                _ => panic!("{}:{}: unknown key @{key}", expect.display(), n + 1),
            }
            continue;
        }
        let (rule, at) = line
            .split_once('|')
            .unwrap_or_else(|| panic!("{}:{}: write `rule | excerpt`", expect.display(), n + 1));
        case.expected
            .push((rule.trim().to_string(), at.trim().to_string()));
    }
    case
}

fn document_of(case: &Case) -> PathBuf {
    ["md", "txt", "docx"]
        .iter()
        .map(|ext| dir().join(format!("{}.{ext}", case.name)))
        .find(|p| p.exists())
        .unwrap_or_else(|| panic!("{}: no .md, .txt or .docx beside the .expect", case.name))
}

#[derive(Default)]
struct Tally {
    tp: usize,
    fp: usize,
    fn_: usize,
}

#[test]
fn precision_and_recall_over_the_labelled_corpus() {
    let checklist = Checklist::new();
    let today = jiff::civil::date(2026, 11, 22);
    let mut expects: Vec<PathBuf> = std::fs::read_dir(dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "expect"))
        .collect();
    expects.sort();
    assert!(
        expects.len() >= 30,
        "the corpus keeps at least 30 documents"
    );
    let mut per_rule: BTreeMap<String, Tally> = BTreeMap::new();
    let mut holdout = Tally::default();
    let mut holdout_docs = 0;
    let mut problems = Vec::new();
    for expect in &expects {
        let case = read_case(&checklist, expect);
        let doc = import::import_file(&document_of(&case)).unwrap();
        let outline = checklist.outline(&doc, case.kind);
        let findings: Vec<Finding> =
            checklist.check(&doc, &outline, &case.context, &Profile::default(), today);
        holdout_docs += usize::from(case.holdout);
        // Waivers and carry-over find a finding by its fingerprint: no two may share one.
        let mut prints: Vec<String> = findings.iter().map(|f| f.fingerprint(&doc.text)).collect();
        prints.sort();
        let before = prints.len();
        prints.dedup();
        assert_eq!(
            before,
            prints.len(),
            "{}: two findings share a fingerprint",
            case.name
        );
        if case.clean {
            for f in &findings {
                assert!(
                    f.severity > Severity::Major,
                    "{} is a clean, professional document, yet got a {} finding: {} ({})",
                    case.name,
                    f.severity,
                    f.rule,
                    f.message
                );
            }
        }
        let mut unmatched: Vec<(String, String)> = case.expected.clone();
        for f in &findings {
            let at = excerpt(&doc.text[f.span.clone()]);
            let hit = unmatched
                .iter()
                .position(|(r, e)| r == &f.rule && e == &at)
                .or_else(|| unmatched.iter().position(|(r, e)| r == &f.rule && e == "*"));
            let tally = per_rule.entry(f.rule.clone()).or_default();
            match hit {
                Some(i) => {
                    unmatched.remove(i);
                    tally.tp += 1;
                    holdout.tp += usize::from(case.holdout);
                }
                None => {
                    tally.fp += 1;
                    holdout.fp += usize::from(case.holdout);
                    problems.push(format!("{}: unexpected  {} | {}", case.name, f.rule, at));
                }
            }
        }
        for (rule, at) in unmatched {
            per_rule.entry(rule.clone()).or_default().fn_ += 1;
            holdout.fn_ += usize::from(case.holdout);
            problems.push(format!("{}: missed      {rule} | {at}", case.name));
        }
    }
    let pct = |a: usize, b: usize| {
        if b == 0 {
            100.0
        } else {
            100.0 * a as f64 / b as f64
        }
    };
    println!(
        "{:<36} {:>4} {:>4} {:>4} {:>9} {:>7}",
        "rule", "TP", "FP", "FN", "precision", "recall"
    );
    let mut total = Tally::default();
    for (rule, t) in &per_rule {
        println!(
            "{rule:<36} {:>4} {:>4} {:>4} {:>8.1}% {:>6.1}%",
            t.tp,
            t.fp,
            t.fn_,
            pct(t.tp, t.tp + t.fp),
            pct(t.tp, t.tp + t.fn_)
        );
        total.tp += t.tp;
        total.fp += t.fp;
        total.fn_ += t.fn_;
    }
    let precision = pct(total.tp, total.tp + total.fp);
    let recall = pct(total.tp, total.tp + total.fn_);
    println!(
        "{:<36} {:>4} {:>4} {:>4} {:>8.1}% {:>6.1}%   over {} documents",
        "ALL",
        total.tp,
        total.fp,
        total.fn_,
        precision,
        recall,
        expects.len()
    );
    println!(
        "{:<36} {:>4} {:>4} {:>4} {:>8.1}% {:>6.1}%   over {holdout_docs} held-out documents",
        "HELD OUT",
        holdout.tp,
        holdout.fp,
        holdout.fn_,
        pct(holdout.tp, holdout.tp + holdout.fp),
        pct(holdout.tp, holdout.tp + holdout.fn_)
    );
    for p in &problems {
        println!("{p}");
    }
    assert!(
        precision >= 95.0 && recall >= 90.0,
        "precision {precision:.1}% (target 95%) and recall {recall:.1}% (target 90%); see the list above"
    );
}
