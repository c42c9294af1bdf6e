//! The progress line on standard error: documents written, megabytes read, documents per second.
//!
//! A plain line rather than a progress-bar crate: the total is unknown (a stream may never end),
//! so there is no bar to draw. On a terminal the line is redrawn in place (`\r`) and appears only
//! once a run has taken more than a second; with `--progress` it is shown even when standard
//! error is not a terminal, as one line every few seconds plus a final one. It never goes to
//! standard output.

use std::io::{self, IsTerminal, Write};
use std::time::{Duration, Instant};

/// Counts what has been written and reports it now and then.
pub struct Progress {
    mode: Mode,
    start: Instant,
    last: Option<Instant>,
    documents: u64,
    bytes: u64,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Off,
    /// Redraw one line in place.
    Terminal,
    /// Append a line now and then (standard error is a file or pipe, `--progress` given).
    Log,
}

impl Progress {
    /// Shown on a terminal by itself, elsewhere only when `forced`.
    pub fn new(forced: bool) -> Progress {
        let mode = if io::stderr().is_terminal() {
            Mode::Terminal
        } else if forced {
            Mode::Log
        } else {
            Mode::Off
        };
        Progress {
            mode,
            start: Instant::now(),
            last: None,
            documents: 0,
            bytes: 0,
        }
    }

    /// A document of `bytes` input bytes was written.
    pub fn add(&mut self, bytes: usize) {
        self.documents += 1;
        self.bytes += bytes as u64;
    }

    /// Report if it is time to.
    pub fn tick(&mut self) {
        if self.mode == Mode::Off {
            return;
        }
        let now = Instant::now();
        let due = match (self.mode, self.last) {
            (Mode::Terminal, None) => now - self.start >= Duration::from_secs(1),
            (Mode::Terminal, Some(last)) => now - last >= Duration::from_millis(200),
            (_, None) => now - self.start >= Duration::from_secs(2),
            (_, Some(last)) => now - last >= Duration::from_secs(5),
        };
        if due {
            self.last = Some(now);
            self.show(false);
        }
    }

    /// The final report: on a terminal only if a line was already shown, otherwise always.
    pub fn finish(&mut self) {
        match self.mode {
            Mode::Off => {}
            Mode::Terminal if self.last.is_none() => {}
            _ => self.show(true),
        }
    }

    fn show(&self, last: bool) {
        let secs = self.start.elapsed().as_secs_f64();
        let rate = if secs > 0.0 {
            self.documents as f64 / secs
        } else {
            0.0
        };
        let line = format!(
            "gazette: {} documents, {:.1} MB, {:.0} docs/s",
            self.documents,
            self.bytes as f64 / 1e6,
            rate
        );
        let mut err = io::stderr().lock();
        // Progress is best effort: a closed standard error must not stop the run.
        let _ = match (self.mode, last) {
            (Mode::Terminal, false) => write!(err, "\r{line}\x1b[K"),
            (Mode::Terminal, true) => writeln!(err, "\r{line}\x1b[K"),
            _ => writeln!(err, "{line}"),
        };
        let _ = err.flush();
    }
}
