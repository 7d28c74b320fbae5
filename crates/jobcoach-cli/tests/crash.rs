//! The power goes, or the library computer is switched off, while a save is under way:
//! the `jobcoach` binary is killed with SIGKILL at random moments while it writes. After
//! every kill the caseload must be whole, and every save the binary reported (exit status 0
//! and the new id printed) must be in it.
//!
//! CI runs a few rounds; `cargo xtask soak` runs many (JOBCOACH_CRASH_ROUNDS).

use jobcoach_core::workflow::Caseload;
use std::collections::BTreeSet;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// Writers started at once in each round: two, as a window and the CLI might be.
const WRITERS: usize = 2;

fn rounds() -> usize {
    std::env::var("JOBCOACH_CRASH_ROUNDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(15)
}

/// A small, seedable source of kill times; no need for a random crate.
struct Moments(u64);

impl Moments {
    fn next_millis(&mut self, below: u64) -> u64 {
        // xorshift64
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % below
    }
}

fn jobcoach(db: &str, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_jobcoach"));
    command
        .args(["--db", db])
        .args(args)
        .env_remove("JOBCOACH_DB")
        .env("JOBCOACH_USER", "Dana")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
}

/// The id the binary printed, when it finished and reported success.
fn acknowledged(child: Child) -> Option<String> {
    let out = child.wait_with_output().unwrap();
    out.status.success().then(|| {
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .next()
            .unwrap_or_default()
            .trim()
            .to_string()
    })
}

#[test]
fn a_save_killed_at_any_moment_leaves_a_whole_caseload_with_every_reported_save() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("office.db");
    let db = db.to_str().unwrap();
    let client = acknowledged(
        jobcoach(db, &["client", "add", "Maria Delgado"])
            .spawn()
            .unwrap(),
    )
    .expect("the client is added");
    // How long one save takes here, start-up included, so the kills spread over all of it.
    let started = Instant::now();
    acknowledged(
        jobcoach(db, &["step", "add", &client, "Warm up"])
            .spawn()
            .unwrap(),
    )
    .expect("a save finishes");
    let one_save = started.elapsed().as_millis() as u64 + 1;
    let seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    let mut moments = Moments(seed);
    let mut reported = BTreeSet::new();
    let mut killed = 0;
    let mut finished_first = 0;
    for round in 0..rounds() {
        let writers: Vec<Child> = (0..WRITERS)
            .map(|w| {
                let text = format!("Round {round} writer {w}: call two employers");
                jobcoach(db, &["step", "add", &client, &text])
                    .spawn()
                    .unwrap()
            })
            .collect();
        // Anywhere from start-up to a little after a save would have finished; the other
        // writer in each round runs to the end, so saves go on succeeding.
        let deadline =
            Instant::now() + Duration::from_millis(moments.next_millis(one_save * 5 / 4));
        while Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(1));
        }
        let mut writers = writers.into_iter();
        let mut victim = writers.next().unwrap();
        if victim.try_wait().unwrap().is_none() {
            victim.kill().unwrap(); // SIGKILL: no destructor, no rollback by us
            killed += 1;
        } else {
            finished_first += 1;
        }
        reported.extend(acknowledged(victim));
        reported.extend(writers.filter_map(acknowledged));

        let caseload = Caseload::open(std::path::Path::new(db)).unwrap_or_else(|e| {
            panic!("after round {round} (seed {seed}) the caseload does not open: {e}")
        });
        caseload.store().check_integrity().unwrap_or_else(|e| {
            panic!("after round {round} (seed {seed}) the caseload is damaged: {e}")
        });
        let saved: BTreeSet<String> = caseload
            .action_steps(&client)
            .unwrap()
            .into_iter()
            .map(|s| s.id)
            .collect();
        let lost: Vec<&String> = reported.difference(&saved).collect();
        assert!(
            lost.is_empty(),
            "after round {round} (seed {seed}) reported saves are missing: {lost:?}"
        );
    }
    assert!(
        !reported.is_empty(),
        "some saves finished, so the check above had something to find"
    );
    eprintln!(
        "crash loop: {} rounds of {WRITERS} writers, one save {one_save} ms; {killed} killed, \
         {finished_first} finished before their kill; {} saves reported and kept (seed {seed})",
        rounds(),
        reported.len()
    );
}
