//! Per-rule timings on the two-page resume fixture, to find the slow rule when the
//! checklist benchmark regresses: `cargo run --release -p jobcoach-core --example rule_times`.

use jobcoach_core::checklist::{rules::RULES, Checklist, Context, Profile};
use jobcoach_core::import;
fn main() {
    let c = Checklist::new();
    let doc = import::import_markdown(include_str!("../../../tests/fixtures/two_page_resume.md"));
    let outline = c.outline(&doc, None);
    let today = jiff::civil::date(2026, 11, 22);
    for only in RULES {
        let profile = Profile {
            disabled: RULES
                .iter()
                .filter(|r| r.id != only.id)
                .map(|r| r.id.to_string())
                .collect(),
            ..Profile::default()
        };
        let t = std::time::Instant::now();
        for _ in 0..20 {
            c.check(&doc, &outline, &Context::default(), &profile, today);
        }
        println!("{:40} {:?}", only.id, t.elapsed() / 20);
    }
    let t = std::time::Instant::now();
    for _ in 0..20 {
        c.outline(&doc, None);
    }
    println!("{:40} {:?}", "outline", t.elapsed() / 20);
}
