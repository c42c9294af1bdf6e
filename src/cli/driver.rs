//! The parallel, ordered, bounded pipeline that turns raw documents into written records.
//!
//! ```text
//! reader thread ──(seq, raw)──▶ N workers ──[(seq, bytes)]──▶ writer (this thread) ──▶ stdout
//!        ▲                     decode, analyse,              reorder by seq, write,
//!        └──── window ◀────────── serialise ───────────────── release the window slots
//! ```
//!
//! A worker takes the documents already queued when it asks for work, up to [`BATCH`], and
//! hands their records over together; the writer frees their slots together. News articles are
//! small, and one hand-over per document between three threads cost more than a tenth of a
//! run. No document waits for another to be read: a batch holds only what was already queued.
//!
//! A document takes a slot in the [`Window`] when it is read and gives it back when its record
//! is written, so the documents in flight (queued, being analysed, or finished and waiting for
//! an earlier one) are bounded in number and bytes whatever the input's size. The writer emits
//! records strictly in input order, so the output does not depend on the number of threads.
//!
//! The run stops early, leaving the remaining threads to end with the process, when the output
//! pipe closes, at the first failed record under `--fail-fast`, and on Ctrl-C.

use super::input::RawDocument;
use super::progress::Progress;
use super::record::Rendered;
use super::Outcome;
use crossbeam_channel::{bounded, RecvTimeoutError};
use std::collections::BTreeMap;
use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::Duration;

/// How the pipeline runs.
pub struct Settings {
    /// Worker threads.
    pub threads: usize,
    /// At most this many documents in flight.
    pub window_documents: usize,
    /// At most this many input bytes in flight, unless a single document is larger.
    pub window_bytes: usize,
    /// Stop after the first failed record.
    pub fail_fast: bool,
}

impl Settings {
    pub fn new(threads: usize, fail_fast: bool) -> Settings {
        Settings {
            threads,
            window_documents: 4 * BATCH * threads,
            window_bytes: threads * (64 << 20),
            fail_fast,
        }
    }
}

/// Bounds the documents between reading and writing, in number and in bytes. A document larger
/// than the byte bound still passes, alone.
pub struct Window {
    state: Mutex<(usize, usize)>,
    freed: Condvar,
    max_documents: usize,
    max_bytes: usize,
}

impl Window {
    pub fn new(max_documents: usize, max_bytes: usize) -> Window {
        Window {
            state: Mutex::new((0, 0)),
            freed: Condvar::new(),
            max_documents: max_documents.max(1),
            max_bytes,
        }
    }

    /// Wait for room for a document of `bytes`, then take it.
    pub fn acquire(&self, bytes: usize) {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        while s.0 >= self.max_documents || (s.0 > 0 && s.1 + bytes > self.max_bytes) {
            s = self.freed.wait(s).unwrap_or_else(|e| e.into_inner());
        }
        s.0 += 1;
        s.1 += bytes;
    }

    /// Give back the room of `documents` written documents of `bytes` in all.
    pub fn release(&self, documents: usize, bytes: usize) {
        if documents == 0 {
            return;
        }
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        s.0 -= documents;
        s.1 -= bytes;
        self.freed.notify_one();
    }
}

/// How long the writer waits for a finished document before flushing its output and checking
/// for Ctrl-C.
const IDLE: Duration = Duration::from_millis(50);

/// A finished document on its way to the writer: sequence number, input bytes, output.
type Done = (u64, usize, Rendered);

/// At most this many documents a worker takes at once.
pub const BATCH: usize = 16;

/// Run `documents` through `render` on `settings.threads` workers and write every record to
/// `out` in input order. `interrupted` is polled (Ctrl-C).
pub fn run<I, F, W>(
    documents: I,
    render: F,
    out: &mut W,
    settings: &Settings,
    progress: &mut Progress,
    interrupted: &'static AtomicBool,
) -> anyhow::Result<Outcome>
where
    I: Iterator<Item = RawDocument> + Send + 'static,
    F: Fn(RawDocument) -> Rendered + Send + Sync + 'static,
    W: Write,
{
    let threads = settings.threads.max(1);
    let window = Arc::new(Window::new(
        settings.window_documents,
        settings.window_bytes,
    ));
    let stop = Arc::new(AtomicBool::new(false));
    let (work_tx, work_rx) = bounded::<(u64, RawDocument)>(settings.window_documents.max(1));
    let (done_tx, done_rx) = bounded::<Vec<Done>>(settings.window_documents.max(1));

    let mut handles = Vec::with_capacity(threads + 1);
    {
        let (window, stop) = (Arc::clone(&window), Arc::clone(&stop));
        handles.push(
            thread::Builder::new()
                .name("gazette-reader".into())
                .spawn(move || {
                    for (seq, raw) in (0u64..).zip(documents) {
                        window.acquire(raw.len());
                        if stop.load(Ordering::Relaxed) || work_tx.send((seq, raw)).is_err() {
                            break;
                        }
                    }
                })?,
        );
    }
    let render = Arc::new(render);
    for k in 0..threads {
        let (work_rx, done_tx) = (work_rx.clone(), done_tx.clone());
        let (render, stop) = (Arc::clone(&render), Arc::clone(&stop));
        handles.push(
            thread::Builder::new()
                .name(format!("gazette-worker-{k}"))
                .spawn(move || {
                    while let Ok(first) = work_rx.recv() {
                        let queued = std::iter::from_fn(|| work_rx.try_recv().ok());
                        let mut done = Vec::with_capacity(BATCH);
                        for (seq, raw) in std::iter::once(first).chain(queued.take(BATCH - 1)) {
                            if stop.load(Ordering::Relaxed) {
                                return;
                            }
                            let bytes = raw.len();
                            done.push((seq, bytes, render(raw)));
                        }
                        if done_tx.send(done).is_err() {
                            break;
                        }
                    }
                })?,
        );
    }
    drop((work_rx, done_tx));

    let result = write_in_order(
        &done_rx,
        out,
        &window,
        settings.fail_fast,
        progress,
        interrupted,
    );
    progress.finish();
    match result {
        Ok(Finish::AllWritten(outcome)) => {
            for h in handles {
                // A panicking worker would have lost a record; they catch panics per document.
                h.join()
                    .map_err(|_| anyhow::anyhow!("a worker thread panicked"))?;
            }
            Ok(outcome)
        }
        // Threads still running (a reader blocked on input, a worker on a huge document) end
        // with the process.
        Ok(Finish::Stopped(outcome)) => {
            stop.store(true, Ordering::Relaxed);
            Ok(outcome)
        }
        Err(e) => {
            stop.store(true, Ordering::Relaxed);
            Err(e.into())
        }
    }
}

enum Finish {
    /// Every document was written.
    AllWritten(Outcome),
    /// Stopped early (`--fail-fast`, Ctrl-C).
    Stopped(Outcome),
}

/// The writer: collect finished documents, write them in sequence, free their window slots.
fn write_in_order<W: Write>(
    done: &crossbeam_channel::Receiver<Vec<Done>>,
    out: &mut W,
    window: &Window,
    fail_fast: bool,
    progress: &mut Progress,
    interrupted: &AtomicBool,
) -> io::Result<Finish> {
    let mut waiting: BTreeMap<u64, (usize, Rendered)> = BTreeMap::new();
    let mut next = 0u64;
    let mut outcome = Outcome::Ok;
    let mut unflushed = false;
    loop {
        if interrupted.load(Ordering::Relaxed) {
            out.flush()?;
            return Ok(Finish::Stopped(Outcome::Interrupted));
        }
        match done.recv_timeout(IDLE) {
            Ok(batch) => {
                for (seq, bytes, rendered) in batch {
                    waiting.insert(seq, (bytes, rendered));
                }
            }
            Err(RecvTimeoutError::Timeout) => {
                // Nothing finished for a while (a slow stream, a large document): what is
                // written reaches the reader now rather than when the buffer fills.
                if unflushed {
                    out.flush()?;
                    unflushed = false;
                }
                progress.tick();
                continue;
            }
            Err(RecvTimeoutError::Disconnected) => break,
        }
        // The slots of the documents written are freed together, after them (a run that stops
        // early frees none: it ends with the process).
        let (mut written, mut written_bytes) = (0, 0);
        while let Some((bytes, rendered)) = waiting.remove(&next) {
            rendered.output.write_to(out)?;
            written += 1;
            written_bytes += bytes;
            unflushed = true;
            progress.add(bytes);
            next += 1;
            if rendered.failed {
                outcome = Outcome::DocumentFailed;
                if fail_fast {
                    out.flush()?;
                    return Ok(Finish::Stopped(outcome));
                }
            }
        }
        window.release(written, written_bytes);
        progress.tick();
    }
    out.flush()?;
    if !waiting.is_empty() {
        // Only a worker that died outside the per-document panic guard could lose a record;
        // say so rather than end as if all went well.
        return Err(io::Error::other(format!(
            "internal error: document {} was lost, {} later ones not written",
            next + 1,
            waiting.len()
        )));
    }
    Ok(Finish::AllWritten(outcome))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_lets_a_large_document_through_alone() {
        let w = Window::new(4, 100);
        w.acquire(10);
        w.release(1, 10);
        w.acquire(1000);
        let s = *w.state.lock().unwrap();
        assert_eq!(s, (1, 1000));
        w.release(1, 1000);
        assert_eq!(*w.state.lock().unwrap(), (0, 0));
    }
}
