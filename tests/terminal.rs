//! The real binary in a pseudo-terminal: started with no arguments, it shows
//! two bundled sources; `]`, `n`, `?` and `q` do what they say; it exits 0
//! and leaves the alternate screen. Waits are for what the screen shows,
//! bounded, never blind sleeps.

use std::io::{Read, Write};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const BIN: &str = env!("CARGO_BIN_EXE_claimdiff");

struct Screen {
    parser: vt100::Parser,
    bytes: mpsc::Receiver<Vec<u8>>,
    raw: Vec<u8>,
}

impl Screen {
    /// Read output until `pred` holds for the screen text, or fail after 15 s.
    fn wait_for(&mut self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let text = self.parser.screen().contents();
            if pred(&text) {
                return text;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            assert!(
                !left.is_zero(),
                "timed out waiting for {what}; screen:\n{text}"
            );
            if let Ok(chunk) = self
                .bytes
                .recv_timeout(left.min(Duration::from_millis(200)))
            {
                self.parser.process(&chunk);
                self.raw.extend_from_slice(&chunk);
            }
        }
    }
}

type Child = Box<dyn portable_pty::Child + Send + Sync>;

/// A 120×40 pseudo-terminal.
fn open_pty() -> portable_pty::PtyPair {
    native_pty_system()
        .openpty(PtySize {
            rows: 40,
            cols: 120,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pty")
}

/// Start the binary with no arguments in a 120×40 pseudo-terminal.
fn start(env: &[(&str, &str)]) -> (Child, Box<dyn Write + Send>, Screen) {
    let pty = open_pty();
    let mut cmd = CommandBuilder::new(BIN);
    cmd.env("TERM", "xterm-256color");
    cmd.env_remove("NO_COLOR");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let child = pty.slave.spawn_command(cmd).expect("start claimdiff");
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().unwrap();
    let writer = pty.master.take_writer().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        // Keep the master open as long as the reader runs.
        let _master = pty.master;
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    (
        child,
        writer,
        Screen {
            parser: vt100::Parser::new(40, 120, 0),
            bytes: rx,
            raw: Vec::new(),
        },
    )
}

fn wait_exit(child: &mut Child) -> portable_pty::ExitStatus {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(st) = child.try_wait().unwrap() {
            return st;
        }
        assert!(Instant::now() < deadline, "claimdiff did not exit");
        std::thread::sleep(Duration::from_millis(20));
    }
}

impl Screen {
    /// Everything printed until the output goes quiet.
    fn drain(&mut self) -> String {
        while let Ok(chunk) = self.bytes.recv_timeout(Duration::from_millis(300)) {
            self.raw.extend_from_slice(&chunk);
        }
        String::from_utf8_lossy(&self.raw).into_owned()
    }
}

#[test]
fn the_binary_in_a_real_terminal() {
    let (mut child, mut writer, mut screen) = start(&[]);
    let first = screen.wait_for("both sources", |s| {
        s.contains("000 ·") && s.contains("001 ·") && s.contains("144 individuals")
    });
    assert!(first.contains("≠ President Vladimir Putin"), "{first}");
    assert!(first.contains("j/k row"), "key hints in the footer");

    // Swapped, the pair shows at once (it used to stay "aligning…").
    writer.write_all(b"s").unwrap();
    screen.wait_for("the swapped pair", |s| {
        let top = s.lines().next().unwrap_or_default();
        top.find("001 ·") < top.find("000 ·") && s.contains("row 1/") && !s.contains("aligning")
    });
    writer.write_all(b"s").unwrap();
    screen.wait_for("the pair back", |s| {
        let top = s.lines().next().unwrap_or_default();
        top.find("000 ·") < top.find("001 ·")
    });

    writer.write_all(b"]").unwrap();
    // Keys act on the pair once it is aligned (the worker sends it).
    screen.wait_for("the next pair aligned", |s| {
        s.contains("002 ·") && s.contains("≠ On a day that was supposed")
    });

    writer.write_all(b"n").unwrap();
    // The pair's mark is ≠ on its row, ↕ when it is moved off the rows.
    screen.wait_for("the divergence in the footer", |s| {
        s.contains("number: 144 people dead vs Over 130 lives")
    });

    writer.write_all(b"?").unwrap();
    screen.wait_for("the help", |s| {
        s.contains("help · esc closes") && s.contains("jump to the partner of a moved sentence")
    });

    writer.write_all(b"q").unwrap();
    let status = wait_exit(&mut child);
    assert!(status.success(), "exit status {status:?}");
    // Drain what is left and check the terminal was handed back.
    let raw = screen.drain();
    let entered = raw
        .find("\x1b[?1049h")
        .expect("entered the alternate screen");
    let left = raw.rfind("\x1b[?1049l").expect("left the alternate screen");
    assert!(left > entered);
    assert!(
        raw[left..].len() < 64,
        "nothing drawn after leaving the alternate screen"
    );
}

#[test]
fn sigterm_restores_the_terminal() {
    let (mut child, _writer, mut screen) = start(&[]);
    screen.wait_for("both sources", |s| {
        s.contains("000 ·") && s.contains("001 ·")
    });
    let pid = child.process_id().expect("a pid") as i32;
    // SAFETY: kill(2) on the child we started; no memory is involved.
    assert_eq!(unsafe { libc_kill(pid, 15) }, 0);
    let status = wait_exit(&mut child);
    assert_eq!(status.exit_code(), 128 + 15, "exit status {status:?}");
    let raw = screen.drain();
    let entered = raw.find("\x1b[?1049h").unwrap();
    assert!(
        raw.rfind("\x1b[?1049l").is_some_and(|left| left > entered),
        "left the alternate screen"
    );
    assert!(
        raw.rfind("\x1b[?1000l").is_some_and(|off| off > entered),
        "mouse capture turned off"
    );
}

// The interface panics on request only in a debug build (see `tui::event_loop`),
// which is what `cargo test` builds; `cargo test --release` skips this.
#[cfg(debug_assertions)]
#[test]
fn a_panic_restores_the_terminal_before_its_message() {
    let (mut child, _writer, mut screen) = start(&[("CLAIMDIFF_TEST_PANIC", "1")]);
    let status = wait_exit(&mut child);
    assert!(!status.success());
    let raw = screen.drain();
    // The hook restores first; the guard's restore as the stack unwinds
    // repeats it harmlessly.
    let left = raw.find("\x1b[?1049l").expect("left the alternate screen");
    let message = raw
        .find("test panic inside the interface")
        .expect("the panic message is printed");
    assert!(
        left < message,
        "the terminal is restored before the message is printed"
    );
}

unsafe extern "C" {
    #[link_name = "kill"]
    fn libc_kill(pid: i32, sig: i32) -> i32;
}

#[test]
fn ctrl_c_quits_and_restores_the_terminal() {
    let (mut child, mut writer, mut screen) = start(&[]);
    screen.wait_for("both sources", |s| {
        s.contains("000 ·") && s.contains("001 ·")
    });
    // In raw mode Ctrl-C arrives as a key (0x03), not as SIGINT.
    writer.write_all(b"\x03").unwrap();
    let status = wait_exit(&mut child);
    assert!(status.success(), "exit status {status:?}");
    let raw = screen.drain();
    let entered = raw.find("\x1b[?1049h").unwrap();
    assert!(raw.rfind("\x1b[?1049l").is_some_and(|left| left > entered));
}

/// The binary, or a shell command line that runs it, in a fresh 120×40
/// pseudo-terminal, without a writer (dropping portable-pty's writer types
/// an end-of-file character). Returns once the first screen is drawn, with
/// the master still open; dropping the returned master closes the terminal.
fn start_to_hang_up(
    program: &str,
    args: &[&str],
    env: &[(&str, &str)],
) -> (Child, Box<dyn portable_pty::MasterPty + Send>) {
    let pty = open_pty();
    let mut cmd = CommandBuilder::new(program);
    cmd.args(args);
    cmd.env("TERM", "xterm-256color");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let child = pty.slave.spawn_command(cmd).expect("start");
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().unwrap();
    // The reader holds a copy of the master: it reads until the first
    // screen is up, then goes, so that dropping the master closes it.
    let seen = std::thread::spawn(move || {
        let mut parser = vt100::Parser::new(40, 120, 0);
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                return false;
            }
            parser.process(&buf[..n]);
            let s = parser.screen().contents();
            if s.contains("000 ·") && s.contains("001 ·") {
                return true;
            }
        }
        false
    });
    assert!(seen.join().unwrap(), "the first screen was drawn");
    (child, pty.master)
}

/// Wait at most `limit` for the child to end.
fn exit_within(child: &mut Child, limit: Duration) -> Option<portable_pty::ExitStatus> {
    let deadline = Instant::now() + limit;
    loop {
        if let Some(st) = child.try_wait().unwrap() {
            return Some(st);
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            return None;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn closing_the_terminal_ends_the_session_leader() {
    let (mut child, master) = start_to_hang_up(BIN, &[], &[]);
    drop(master);
    let status = exit_within(&mut child, Duration::from_secs(3))
        .expect("claimdiff ended within 3 s of its terminal closing");
    // The kernel sends SIGHUP to the session leader as the terminal hangs up.
    assert_eq!(status.exit_code(), 128 + 1, "exit status {status:?}");
}

#[test]
fn closing_the_terminal_ends_it_under_a_shell_that_ignores_hup() {
    let dir = std::env::temp_dir().join(format!("claimdiff-hup-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let status_file = dir.join("status");
    let _ = std::fs::remove_file(&status_file);
    // The shell stays (it ignores the hang-up) and passes no signal on; only
    // the terminal itself tells claimdiff it is gone.
    let script = format!(
        "trap '' HUP; '{BIN}'; echo $? > '{}'",
        status_file.display()
    );
    let (mut child, master) = start_to_hang_up("/bin/sh", &["-c", &script], &[]);
    drop(master);
    exit_within(&mut child, Duration::from_secs(3))
        .expect("claimdiff (and then its shell) ended within 3 s of the terminal closing");
    let code = std::fs::read_to_string(&status_file).expect("the shell wrote the status");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(code.trim(), "1", "a lost terminal exits 1");
}

#[test]
fn sigterm_ends_it_with_the_terminal_gone() {
    // SIGHUP ignored (and kept ignored), the terminal watch off: the
    // interface sits on a dead terminal inside crossterm's poll, as it
    // would if the hang-up went unseen. SIGTERM must still end it.
    let (mut child, master) = start_to_hang_up(
        "/bin/sh",
        &["-c", &format!("trap '' HUP; exec '{BIN}'")],
        &[("CLAIMDIFF_TEST_NO_TTY_WATCH", "1")],
    );
    drop(master);
    assert!(
        child.try_wait().unwrap().is_none(),
        "still running on the dead terminal"
    );
    let pid = child.process_id().expect("a pid") as i32;
    // SAFETY: kill(2) on the child we started.
    assert_eq!(unsafe { libc_kill(pid, 15) }, 0);
    let status = exit_within(&mut child, Duration::from_secs(3))
        .expect("claimdiff ended within 3 s of SIGTERM");
    assert_eq!(status.exit_code(), 128 + 15, "exit status {status:?}");
}
