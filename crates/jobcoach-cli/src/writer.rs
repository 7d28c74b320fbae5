//! The one way the CLI writes: every line to stdout or stderr goes through an [`Out`].
//!
//! When the reader of stdout goes away early (`jobcoach check big.md | head -1`), the write
//! fails with `BrokenPipe`. `println!` would panic there; `Out` instead stops writing and
//! lets the command finish, so the exit code is still the command's own answer (check's
//! 1 for a blocker, say). We chose that over exiting 0 at once because a script with
//! `set -o pipefail` reads the code as the answer, and that answer must not depend on
//! how soon the reader left; finishing also means a command never stops half-way between
//! two changes to the caseload. Any other write error (a full disk) is kept and reported
//! at the end as exit 2, since the output the person asked for is not all there.

use std::fmt;
use std::io::{self, Write};

pub struct Out {
    stdout: Box<dyn Write>,
    stderr: Box<dyn Write>,
    /// The reader of stdout went away; later output is dropped.
    closed: bool,
    /// The first write error that was not a closed pipe.
    failed: Option<io::Error>,
}

impl Out {
    /// The process's stdout and stderr. Stdout stays line-buffered (as with `println!`), so
    /// findings and notes on the two streams still interleave in a terminal.
    pub fn stdio() -> Self {
        Self::new(Box::new(io::stdout()), Box::new(io::stderr()))
    }

    pub fn new(stdout: Box<dyn Write>, stderr: Box<dyn Write>) -> Self {
        Out {
            stdout,
            stderr,
            closed: false,
            failed: None,
        }
    }

    /// Writes to stdout, as `print!` would.
    pub fn print(&mut self, args: fmt::Arguments) {
        if self.closed || self.failed.is_some() {
            return;
        }
        if let Err(e) = self.stdout.write_fmt(args) {
            self.fail(e);
        }
    }

    /// Writes a message to stderr after the program's name, as every message of the CLI
    /// reads. A failure here is ignored: there is nowhere left to say it.
    pub fn error(&mut self, args: fmt::Arguments) {
        let _ = writeln!(self.stderr, "jobcoach: {args}");
    }

    /// Flushes stdout; returns the write error to report, if output was lost for a
    /// reason other than the reader leaving.
    pub fn finish(mut self) -> Option<io::Error> {
        if !self.closed && self.failed.is_none() {
            if let Err(e) = self.stdout.flush() {
                self.fail(e);
            }
        }
        self.failed
    }

    fn fail(&mut self, e: io::Error) {
        if e.kind() == io::ErrorKind::BrokenPipe {
            self.closed = true;
        } else {
            self.failed = Some(e);
        }
    }
}

/// `outln!(out, "…", …)`: a line on stdout, as `println!` would write it.
macro_rules! outln {
    ($out:expr) => {
        $out.print(format_args!("\n"))
    };
    ($out:expr, $($arg:tt)*) => {
        $out.print(format_args!("{}\n", format_args!($($arg)*)))
    };
}

/// `out!(out, "…", …)`: text on stdout without a new line, as `print!` would write it.
macro_rules! out {
    ($out:expr, $($arg:tt)*) => {
        $out.print(format_args!($($arg)*))
    };
}

/// `errln!(out, "…", …)`: `jobcoach: …` on stderr.
macro_rules! errln {
    ($out:expr, $($arg:tt)*) => {
        $out.error(format_args!($($arg)*))
    };
}

pub(crate) use {errln, out, outln};

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;
    use std::rc::Rc;

    /// A stdout that takes `room` bytes, then fails as `fail` says.
    struct Pipe {
        room: usize,
        fail: io::ErrorKind,
        got: Rc<RefCell<Vec<u8>>>,
    }

    impl Write for Pipe {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            if self.got.borrow().len() + buf.len() > self.room {
                return Err(self.fail.into());
            }
            self.got.borrow_mut().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    fn out_with(room: usize, fail: io::ErrorKind) -> (Out, Rc<RefCell<Vec<u8>>>) {
        let got = Rc::new(RefCell::new(Vec::new()));
        let pipe = Pipe {
            room,
            fail,
            got: Rc::clone(&got),
        };
        (Out::new(Box::new(pipe), Box::new(io::sink())), got)
    }

    #[test]
    fn a_closed_pipe_stops_the_output_quietly() {
        // Room for exactly "line 0\nline 1\n"; the reader leaves during "line 2".
        let (mut out, got) = out_with(14, io::ErrorKind::BrokenPipe);
        for n in 0..100 {
            outln!(out, "line {n}");
        }
        assert_eq!(
            String::from_utf8(got.borrow().clone()).unwrap(),
            "line 0\nline 1\n",
            "what fit before the reader left was written, and nothing after"
        );
        assert!(
            out.finish().is_none(),
            "a reader leaving early is not an error to report"
        );
    }

    #[test]
    fn another_write_error_is_kept_for_the_end() {
        let (mut out, _) = out_with(0, io::ErrorKind::StorageFull);
        outln!(out, "a finding");
        let e = out.finish().expect("a full disk is reported");
        assert_eq!(
            e.kind(),
            io::ErrorKind::StorageFull,
            "the first error that lost output is the one the person reads"
        );
    }
}
