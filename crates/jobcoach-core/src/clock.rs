//! Time and identity are passed in, so business logic never reads the clock and tests are
//! deterministic. Ids are UUIDv7: unique across machines and sortable by creation time.
//!
//! The clock also owns the time zone, so "today" (what the date rules judge against) and
//! the times in a case note mean the same in the app, the CLI and every note.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::Timestamp;
use std::sync::atomic::{AtomicU64, Ordering};

pub trait Clock: Send + Sync {
    fn now(&self) -> Timestamp;

    /// The zone people read times in: the specialist's own.
    fn zone(&self) -> TimeZone;

    /// Today's date where the specialist is.
    fn today(&self) -> Date {
        self.now().to_zoned(self.zone()).date()
    }
}

pub trait Ids: Send + Sync {
    fn new_id(&self) -> String;
}

/// The real clock.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        Timestamp::now()
    }

    /// The machine's zone: an office computer is set to the office's.
    fn zone(&self) -> TimeZone {
        TimeZone::system()
    }
}

/// Real UUIDv7 ids.
pub struct UuidV7;

impl Ids for UuidV7 {
    fn new_id(&self) -> String {
        uuid::Uuid::now_v7().to_string()
    }
}

/// A clock that starts at a fixed time and moves one second per reading.
pub struct TestClock {
    start: Timestamp,
    ticks: AtomicU64,
}

impl TestClock {
    pub fn new(start: Timestamp) -> Self {
        TestClock {
            start,
            ticks: AtomicU64::new(0),
        }
    }
}

impl Clock for TestClock {
    fn now(&self) -> Timestamp {
        let n = self.ticks.fetch_add(1, Ordering::Relaxed) as i64;
        self.start
            .checked_add(jiff::SignedDuration::from_secs(n))
            .unwrap_or(self.start)
    }

    /// UTC, so tests and goldens read the same on every machine.
    fn zone(&self) -> TimeZone {
        TimeZone::UTC
    }
}

/// Ids `id-0001`, `id-0002`, ... for tests and goldens.
#[derive(Default)]
pub struct SequentialIds {
    next: AtomicU64,
}

impl Ids for SequentialIds {
    fn new_id(&self) -> String {
        format!("id-{:04}", self.next.fetch_add(1, Ordering::Relaxed) + 1)
    }
}
