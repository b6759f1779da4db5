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

#[test]
fn the_binary_in_a_real_terminal() {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 40,
            cols: 120,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pty");
    let mut cmd = CommandBuilder::new(BIN);
    cmd.env("TERM", "xterm-256color");
    cmd.env_remove("NO_COLOR");
    let mut child = pty.slave.spawn_command(cmd).expect("start claimdiff");
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().unwrap();
    let mut writer = pty.master.take_writer().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let mut screen = Screen {
        parser: vt100::Parser::new(40, 120, 0),
        bytes: rx,
        raw: Vec::new(),
    };

    let first = screen.wait_for("both sources", |s| {
        s.contains("000 ·") && s.contains("001 ·") && s.contains("144 individuals")
    });
    assert!(first.contains("≠ President Vladimir Putin"), "{first}");
    assert!(first.contains("j/k row"), "key hints in the footer");

    writer.write_all(b"]").unwrap();
    // Keys act on the pair once it is aligned (the worker sends it).
    screen.wait_for("the next pair aligned", |s| {
        s.contains("002 ·") && s.contains("≠ On a day that was supposed")
    });

    writer.write_all(b"n").unwrap();
    screen.wait_for("the divergence in the footer", |s| {
        s.contains("≠ number: 144 people dead vs Over 130 lives")
    });

    writer.write_all(b"?").unwrap();
    screen.wait_for("the help", |s| {
        s.contains("help · esc closes") && s.contains("jump to the partner of a moved sentence")
    });

    writer.write_all(b"q").unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(st) = child.try_wait().unwrap() {
            break st;
        }
        assert!(Instant::now() < deadline, "claimdiff did not exit after q");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "exit status {status:?}");
    // Drain what is left and check the terminal was handed back.
    while let Ok(chunk) = screen.bytes.recv_timeout(Duration::from_millis(300)) {
        screen.raw.extend_from_slice(&chunk);
    }
    let raw = String::from_utf8_lossy(&screen.raw);
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
