//! Long text (issue 18): import and check 1 MB and 10 MB of Markdown, once as one huge
//! paragraph and once as many bullets, and print the time and the peak memory of each.
//! Targets: 1 MB under 1 s, peak memory under ten times the file. It measures and
//! reports; nothing fails on a number.
//!
//! `cargo bench -p jobcoach-core --bench long_text` (or `cargo xtask bench`). Each case
//! runs in a process of its own (this program again, with `--case`), so one case's memory
//! is not another's and the peak (VmHWM in /proc/self/status) is the case's alone.

use jobcoach_core::checklist::{self, Checklist, Context, Profile};
use jobcoach_core::import;
use jobcoach_core::text::LineIndex;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// What a resume says, with what the rules flag (first person, a misspelling, buzzwords,
/// a doubled word, passive voice, an acronym, dates), so every rule has work to do.
const SENTENCES: &[&str] = &[
    "I was responsible for managing a team of 12 cashiers and improved sales by 20% in 2019.",
    "Utilized synergy to drive results-oriented teh outcomes for customers and stakeholders.",
    "Handled the register, trained new hires, and helped with inventory counts every week.",
    "Worked on various projects including the the holiday display and ordering of stock.",
    "Was given the task to reduce shrink, which was reduced by 15 percent over two years (ABC).",
    "Cashier at Walmart from Jan 2016 to Mar 2018, then shift lead at Target until 2019.",
];

const HEAD: &str = "# Maria Delgado\n\nmaria.delgado@gmail.com | (555) 123-4567\n\n## Experience\n\n### Store Manager, Kroger, 2019 - Present\n\n";

/// About `bytes` of resume text: one paragraph on one line, or one bullet a line.
fn resume_text(bytes: usize, one_line: bool) -> String {
    let mut text = String::with_capacity(bytes + 200);
    text.push_str(HEAD);
    let mut i = 0;
    while text.len() < bytes {
        let sentence = SENTENCES[i % SENTENCES.len()];
        if one_line {
            text.push_str(sentence);
            text.push(' ');
        } else {
            text.push_str("- ");
            text.push_str(sentence);
            text.push('\n');
        }
        i += 1;
    }
    text.push('\n');
    text
}

/// Peak resident memory of this process so far, in bytes (Linux; 0 elsewhere).
fn peak_rss() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        })
        .map_or(0, |kb| kb * 1024)
}

/// One case, in this process: what a `jobcoach check` and an import into the caseload do
/// with the file. Prints "seconds peak_bytes baseline_bytes findings".
fn run_case(path: &Path) {
    let checklist = Checklist::new();
    let baseline = peak_rss();
    let started = Instant::now();
    let doc = import::import_file(path).expect("the bench text imports");
    let outline = checklist.outline(&doc, None);
    let findings = checklist.check(
        &doc,
        &outline,
        &Context::default(),
        &Profile::default(),
        jiff::civil::date(2026, 11, 22),
    );
    let prints = checklist::fingerprints(&findings, &doc.text);
    let lines = LineIndex::new(&doc.text);
    let positions: usize = findings
        .iter()
        .map(|f| lines.line_col(f.span.start).0)
        .sum();
    let seconds = started.elapsed().as_secs_f64();
    std::hint::black_box((prints, positions));
    println!("{seconds} {} {baseline} {}", peak_rss(), findings.len());
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--case") {
        run_case(Path::new(&args[i + 1]));
        return;
    }
    // `cargo bench` passes --bench; `cargo test --benches` would pass nothing: skip then.
    if !args.iter().any(|a| a == "--bench") {
        return;
    }
    let dir = std::env::temp_dir().join(format!("jobcoach-long-text-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let exe = std::env::current_exe().expect("this bench's path");
    for mb in [1, 10] {
        for (one_line, shape) in [(true, "one line"), (false, "many lines")] {
            let path: PathBuf = dir.join(format!("long_{mb}mb_{}.md", shape.replace(' ', "_")));
            let text = resume_text(mb * 1_000_000, one_line);
            std::fs::write(&path, &text).expect("the bench text is written");
            let out = Command::new(&exe)
                .arg("--case")
                .arg(&path)
                .output()
                .expect("the case runs");
            let report = String::from_utf8_lossy(&out.stdout);
            let fields: Vec<f64> = report
                .split_whitespace()
                .filter_map(|f| f.parse().ok())
                .collect();
            let [seconds, peak, baseline, findings] = fields[..] else {
                println!(
                    "import+check {mb} MB {shape}: failed: {}",
                    String::from_utf8_lossy(&out.stderr)
                );
                continue;
            };
            let mb_of = |b: f64| b / 1_048_576.0;
            println!(
                "import+check {mb} MB {shape}: {seconds:.2} s, peak {:.0} MB ({:.0} MB before the file, {:.1}x the file), {findings} findings   (targets: 1 MB < 1 s, peak < 10x the file)",
                mb_of(peak),
                mb_of(baseline),
                (peak - baseline) / text.len() as f64,
            );
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}
