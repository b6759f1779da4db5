//! When the interface ends without a key: a signal, or a terminal that went
//! away (a closed window, a lost ssh connection, a killed tmux pane).
//!
//! The main loop waits in crossterm's `event::poll`, and on a hung-up
//! terminal that call never returns: its Unix event source re-reads the
//! terminal, gets end-of-file or EIO, and reads again, at 100% of a core
//! (crossterm issue #793). So the main loop cannot be relied on to notice
//! anything. Two threads of ours watch instead:
//!
//! - a signal thread (SIGTERM, SIGHUP, SIGINT, SIGQUIT), and
//! - a terminal thread that polls standard input and output for hang-up
//!   (`POLLHUP`, `POLLERR`, `POLLNVAL`; no data is read, so keys still go
//!   to crossterm), which also covers a shell that ignores SIGHUP and so
//!   never passes it on.
//!
//! Either records why the interface should stop; the main loop checks at
//! every turn and ends cleanly (terminal restored, exit 128 + n or 1). If
//! it has not finished within [`GRACE`], it is stuck, and the thread that
//! saw the stop restores what it can (nothing is written to a terminal that
//! is gone) and ends the process itself.

use std::io;
use std::os::fd::RawFd;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::thread;
use std::time::Duration;

use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
use signal_hook::iterator::Signals;

/// How long the main loop has to finish by itself once told to stop: two
/// and a half turns of it (it waits at most 100 ms for a key).
pub const GRACE: Duration = Duration::from_millis(250);

/// After seeing a hang-up, how long to wait for the SIGHUP that usually
/// comes with it, so the exit status does not depend on which thread ran
/// first.
const HANGUP_SETTLE: Duration = Duration::from_millis(100);

/// Exit status for a terminal that went away with no signal.
pub const LOST_TERMINAL: u8 = 1;

/// Why the interface stopped without the reader asking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// A signal, by number.
    Signal(i32),
    /// The terminal hung up.
    Lost,
}

impl Stop {
    /// As a shell reports it: 128 + the signal, or 1 for a lost terminal.
    pub fn exit_code(self) -> u8 {
        match self {
            Stop::Signal(n) => 128u8.saturating_add(u8::try_from(n).unwrap_or(127)),
            Stop::Lost => LOST_TERMINAL,
        }
    }
}

/// Recorded stop: 0 none yet, -1 a lost terminal, else a signal number.
const NONE: i32 = 0;
const LOST: i32 = -1;

struct Shared {
    stop: AtomicI32,
    /// The main loop has ended and restores the terminal itself.
    finished: AtomicBool,
    /// The terminal hung up: write nothing more to it.
    gone: AtomicBool,
}

/// The watchers of one interface session.
pub struct Watch {
    shared: Arc<Shared>,
}

impl Watch {
    /// Start watching. Call before the terminal is put in raw mode, so a
    /// signal that comes at once is not lost.
    pub fn start() -> io::Result<Watch> {
        let shared = Arc::new(Shared {
            stop: AtomicI32::new(NONE),
            finished: AtomicBool::new(false),
            gone: AtomicBool::new(false),
        });
        // A SIGHUP ignored by whoever started us (nohup, `trap '' HUP`) stays
        // ignored, as Unix programs do; a lost terminal is still seen below.
        let mut wanted = vec![SIGTERM, SIGINT, SIGQUIT];
        if !ignored(SIGHUP) {
            wanted.push(SIGHUP);
        }
        let mut signals = Signals::new(&wanted)?;
        let s = shared.clone();
        thread::Builder::new()
            .name("signals".into())
            .spawn(move || {
                if let Some(sig) = signals.forever().next() {
                    end_soon(&s, sig);
                }
            })?;
        if watch_terminal() {
            let s = shared.clone();
            thread::Builder::new()
                .name("terminal-watch".into())
                .spawn(move || {
                    wait_for_hangup(&[0, 1]);
                    s.gone.store(true, Ordering::SeqCst);
                    thread::sleep(HANGUP_SETTLE);
                    end_soon(&s, LOST);
                })?;
        }
        Ok(Watch { shared })
    }

    /// Has something asked the interface to stop?
    pub fn stop(&self) -> Option<Stop> {
        decode(self.shared.stop.load(Ordering::SeqCst))
    }

    /// The main loop is ending by itself; the watchers stand down.
    pub fn finish(&self) {
        self.shared.finished.store(true, Ordering::SeqCst);
    }

    /// Has the terminal gone (now, or as a watcher saw it)? For an error
    /// from the terminal: a hang-up ends quietly, anything else is reported.
    /// When it has, the stop is recorded, after a moment for the SIGHUP that
    /// usually comes with a hang-up, so [`Watch::stop`] says which it was.
    pub fn terminal_gone(&self) -> bool {
        if !self.is_gone() {
            return false;
        }
        self.shared.gone.store(true, Ordering::SeqCst);
        if self.stop().is_none() {
            thread::sleep(HANGUP_SETTLE);
        }
        let _ = self
            .shared
            .stop
            .compare_exchange(NONE, LOST, Ordering::SeqCst, Ordering::SeqCst);
        true
    }

    /// Has the terminal hung up? Looks, records nothing.
    pub fn is_gone(&self) -> bool {
        self.shared.gone.load(Ordering::SeqCst) || hung_up(&[0, 1], 0)
    }
}

fn decode(v: i32) -> Option<Stop> {
    match v {
        NONE => None,
        LOST => Some(Stop::Lost),
        n => Some(Stop::Signal(n)),
    }
}

/// Record the stop (the first reason wins), give the main loop [`GRACE`] to
/// end by itself, and end the process if it has not.
fn end_soon(s: &Shared, why: i32) {
    let _ = s
        .stop
        .compare_exchange(NONE, why, Ordering::SeqCst, Ordering::SeqCst);
    thread::sleep(GRACE);
    if s.finished.load(Ordering::SeqCst) {
        return;
    }
    let stop = decode(s.stop.load(Ordering::SeqCst)).unwrap_or(Stop::Lost);
    if !s.gone.load(Ordering::SeqCst) && !hung_up(&[0, 1], 0) {
        super::restore();
    }
    // The main thread is stuck inside crossterm and will not come back; no
    // destructor of ours has anything left to do that matters.
    std::process::exit(i32::from(stop.exit_code()));
}

/// Was this signal set to be ignored when we started?
fn ignored(sig: i32) -> bool {
    // SAFETY: sigaction with a null new action only reads the current
    // disposition into `old`, which is a plain C struct we own.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        libc::sigaction(sig, std::ptr::null(), &mut old) == 0 && old.sa_sigaction == libc::SIG_IGN
    }
}

/// Tests turn the terminal watch off to check that a signal still ends an
/// interface stuck on a dead terminal.
fn watch_terminal() -> bool {
    #[cfg(debug_assertions)]
    if std::env::var_os("CLAIMDIFF_TEST_NO_TTY_WATCH").is_some() {
        return false;
    }
    true
}

/// Block until one of `fds` hangs up.
fn wait_for_hangup(fds: &[RawFd]) {
    // poll(2) wakes for a hang-up at once; the timeout only bounds how long
    // a missed wake-up could go unnoticed.
    while !hung_up(fds, 1000) {}
}

/// Does any of `fds` report hang-up, error or invalid within `timeout_ms`?
fn hung_up(fds: &[RawFd], timeout_ms: i32) -> bool {
    // No events asked for: poll reports only POLLHUP, POLLERR and POLLNVAL,
    // and reads nothing.
    let mut polled: Vec<libc::pollfd> = fds
        .iter()
        .map(|&fd| libc::pollfd {
            fd,
            events: 0,
            revents: 0,
        })
        .collect();
    // SAFETY: `polled` is a live array of `polled.len()` pollfd structs.
    let n = unsafe {
        libc::poll(
            polled.as_mut_ptr(),
            polled.len() as libc::nfds_t,
            timeout_ms,
        )
    };
    if n < 0 {
        // EINTR and the like: look again.
        return false;
    }
    polled
        .iter()
        .any(|p| p.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_as_a_shell_reports_them() {
        assert_eq!(Stop::Signal(15).exit_code(), 143);
        assert_eq!(Stop::Signal(1).exit_code(), 129);
        assert_eq!(Stop::Lost.exit_code(), 1);
    }

    #[test]
    fn a_closed_pipe_end_counts_as_hung_up() {
        let mut fds = [0; 2];
        // SAFETY: pipe(2) fills the two-int array we pass.
        assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0);
        assert!(!hung_up(&[fds[0]], 0), "an open pipe has not hung up");
        // SAFETY: closing the write end we own.
        unsafe { libc::close(fds[1]) };
        assert!(hung_up(&[fds[0]], 0), "the reader sees the writer gone");
        // SAFETY: closing the read end we own.
        unsafe { libc::close(fds[0]) };
    }
}
