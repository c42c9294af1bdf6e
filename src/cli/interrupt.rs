//! Ctrl-C: the first one asks the run to stop at once, keeping every record already written
//! whole (exit code 130); a second one ends the process immediately.

use std::sync::atomic::{AtomicBool, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Install the handler (once) and return the flag it raises.
pub fn flag() -> &'static AtomicBool {
    // Failing to install it (another handler exists) only leaves Ctrl-C's default behaviour.
    let _ = ctrlc::set_handler(|| {
        if INTERRUPTED.swap(true, Ordering::SeqCst) {
            std::process::exit(130);
        }
    });
    &INTERRUPTED
}
