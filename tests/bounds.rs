//! Bounded, through the binary: endless and oversized input stops at the
//! input limit with one line; an unwritable standard error never panics;
//! file names never carry a control character to the terminal; JSON escapes
//! what could act on a terminal or hide text; UTF-16 is read; and at a real
//! terminal the program says what it waits for and what it needs.
#![cfg(unix)]

use std::ffi::OsStr;
use std::io::{Read, Write};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const BIN: &str = env!("CARGO_BIN_EXE_claimdiff");
const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/seeds/000_eb0554e51823464c.txt"
);
/// A hang or a run to the end of memory is caught here, not by the machine.
const WATCHDOG: Duration = Duration::from_secs(60);
/// Address space for the binary, in KiB: reading an endless input to the
/// end fails at this bound instead of taking the machine's memory.
const MEMORY_KIB: u64 = 3 << 20;

fn dir(name: &str) -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("bounds")
        .join(name);
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// The binary under a memory bound and a watchdog; `feed` writes its
/// standard input from a thread (until the binary stops reading).
fn run_with(
    args: &[&OsStr],
    feed: Option<Box<dyn FnOnce(std::process::ChildStdin) + Send>>,
    stderr: Stdio,
) -> Output {
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(format!("ulimit -v {MEMORY_KIB} && exec \"$0\" \"$@\""))
        .arg(BIN)
        .args(args)
        .stdin(if feed.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(stderr)
        .spawn()
        .unwrap();
    if let (Some(feed), Some(stdin)) = (feed, child.stdin.take()) {
        std::thread::spawn(move || feed(stdin));
    }
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take();
    let reader = std::thread::spawn(move || {
        let mut se = Vec::new();
        let t = std::thread::spawn(move || {
            if let Some(e) = err.as_mut() {
                let _ = e.read_to_end(&mut se);
            }
            se
        });
        let mut so = Vec::new();
        let _ = out.read_to_end(&mut so);
        (so, t.join().unwrap())
    });
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if start.elapsed() > WATCHDOG {
            let _ = child.kill();
            panic!("claimdiff {args:?} ran past {WATCHDOG:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let (stdout, stderr) = reader.join().unwrap();
    Output {
        status,
        stdout,
        stderr,
    }
}

fn run(args: &[&str]) -> Output {
    let args: Vec<&OsStr> = args.iter().map(OsStr::new).collect();
    run_with(&args, None, Stdio::piped())
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Exit 2 and one line on standard error, holding `mentions` and no control
/// character.
fn assert_one_line_error(o: &Output, mentions: &[&str], what: &str) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(2), "{what}: {err}");
    assert_eq!(err.lines().count(), 1, "{what}: one line, got {err:?}");
    assert!(err.starts_with("claimdiff: "), "{what}: {err}");
    for m in mentions {
        assert!(err.contains(m), "{what}: '{m}' not in {err}");
    }
    assert_no_controls(err.as_bytes(), what);
}

/// No terminal control character: C0 but line feed, DEL, C1, bidi controls.
fn assert_no_controls(bytes: &[u8], what: &str) {
    let text = String::from_utf8_lossy(bytes);
    let bad = text.chars().find(|&c| {
        (c.is_control() && c != '\n')
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
    });
    assert!(
        bad.is_none(),
        "{what}: raw U+{:04X} in the output",
        bad.map_or(0, |c| c as u32)
    );
}

#[test]
fn special_files_are_refused_after_a_look() {
    let cases: &[&[&str]] = &[
        &["compare", "/dev/zero", SEED],
        &["compare", SEED, "/dev/zero", "--format", "json"],
        &["sentences", "/dev/urandom"],
        &["facts", "/dev/zero", SEED],
        &["--theme", "/dev/zero"],
        &["--theme", "/dev/urandom", SEED, SEED],
    ];
    for args in cases {
        let o = run(args);
        assert_one_line_error(&o, &["binary"], &args.join(" "));
    }
}

/// `yes | claimdiff …`: standard input that never ends.
fn endless() -> Option<Box<dyn FnOnce(std::process::ChildStdin) + Send>> {
    Some(Box::new(|mut stdin| {
        let chunk = b"y\n".repeat(1 << 15);
        while stdin.write_all(&chunk).is_ok() {}
    }))
}

#[test]
fn endless_standard_input_stops_at_the_limit() {
    let args = ["compare", "-", SEED].map(OsStr::new);
    let o = run_with(&args, endless(), Stdio::piped());
    assert_one_line_error(
        &o,
        &["standard input", "64 MiB", "--max-input-size"],
        "yes | compare - SEED",
    );
    let args = ["sentences", "-", "--max-input-size", "1M"].map(OsStr::new);
    let o = run_with(&args, endless(), Stdio::piped());
    assert_one_line_error(&o, &["1 MiB", "--max-input-size"], "a raised limit");
}

#[test]
fn a_fifo_that_never_ends_stops_at_the_limit() {
    let d = dir("fifo");
    let fifo = d.join("endless.txt");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let writer_path = fifo.clone();
    // Not joined: it ends when the test process does, whatever the binary did.
    std::thread::spawn(move || {
        if let Ok(mut f) = std::fs::OpenOptions::new().write(true).open(writer_path) {
            let chunk = b"The convoy moved north. ".repeat(1 << 12);
            while f.write_all(&chunk).is_ok() {}
        }
    });
    let o = run(&[
        "sentences",
        fifo.to_str().unwrap(),
        "--max-input-size",
        "2M",
    ]);
    assert_one_line_error(&o, &["endless.txt", "2 MiB", "--max-input-size"], "a FIFO");
}

#[test]
fn a_file_past_the_limit_is_refused_and_the_flag_raises_it() {
    let d = dir("large");
    let big = d.join("big.txt");
    std::fs::write(
        &big,
        "The convoy moved north past the mill. ".repeat(60_000),
    )
    .unwrap();
    let p = big.to_str().unwrap();
    let o = run(&["sentences", p, "--max-input-size", "1M"]);
    assert_one_line_error(&o, &["big.txt", "1 MiB", "--max-input-size"], "2 MB, 1M");
    let o = run(&["sentences", p, "--max-input-size", "4M"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run(&["compare", p, SEED, "--max-input-size", "1M"]);
    assert_eq!(o.status.code(), Some(2), "the flag after a subcommand");
    let o = run(&["sentences", p, "--max-input-size", "lots"]);
    assert_one_line_error(&o, &["lots", "64M"], "a size that is not one");
}

/// Each case with standard error unwritable: exit as usual, never a panic.
#[test]
fn an_unwritable_standard_error_never_panics() {
    let d = dir("stderr");
    let latin1 = d.join("latin1.txt");
    std::fs::write(&latin1, b"Le concert a \xe9t\xe9 annul\xe9. 144 morts.").unwrap();
    let latin1 = latin1.to_str().unwrap();
    let cases: &[(&[&str], i32)] = &[
        (&["compare", "/no/such/file.txt", SEED], 2),
        (&["compare", SEED], 2),
        (&["compare", SEED, SEED, "--format", "xml"], 2),
        (&[SEED, SEED], 2), // the interface needs a terminal
        (&["--theme", "/no/such/theme"], 2),
        (&["sentences", latin1], 0), // a warning that cannot be written
        (&["compare", latin1, SEED], 0),
    ];
    for (args, code) in cases {
        let args: Vec<&OsStr> = args.iter().map(OsStr::new).collect();
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let o = run_with(&args, None, Stdio::from(full));
        assert_eq!(o.status.code(), Some(*code), "2>/dev/full {args:?}");
        // Standard error closed at the other end: a broken pipe.
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let o = run_with(&args, None, Stdio::from(writer));
        assert_eq!(o.status.code(), Some(*code), "2>closed pipe {args:?}");
    }
}

#[test]
fn file_names_with_control_characters_are_shown_visibly() {
    let d = dir("names");
    let evil = OsStr::from_bytes(b"evil\x1b]0;owned\x07\x1b[2J\nname.txt");
    let path = d.join(evil);
    std::fs::write(&path, b"The attack killed 144 people. Officials said \xe9.").unwrap();
    let p = path.as_os_str();
    let missing = d.join(OsStr::from_bytes(b"gone\x1b[31m\n.txt"));
    let theme = d.join(OsStr::from_bytes(b"theme\x1b]2;x\x07\n.txt"));
    let holder = d.join(OsStr::from_bytes(b"dir\x1b[H\n"));
    std::fs::create_dir_all(&holder).unwrap();
    std::fs::write(holder.join("a.txt"), "One.").unwrap();
    std::fs::write(holder.join("b.txt"), "Two.").unwrap();
    let seed = OsStr::new(SEED);
    let cases: Vec<(Vec<&OsStr>, Option<&str>)> = vec![
        (
            vec![OsStr::new("compare"), missing.as_os_str(), seed],
            Some("cannot read"),
        ),
        (
            vec![OsStr::new("--theme"), theme.as_os_str()],
            Some("theme"),
        ),
        (
            vec![OsStr::new("sentences"), holder.as_os_str()],
            Some("directory"),
        ),
        (vec![OsStr::new("compare"), p, seed], None),
        (
            vec![
                OsStr::new("compare"),
                seed,
                p,
                OsStr::new("--format"),
                OsStr::new("markdown"),
            ],
            None,
        ),
        (vec![OsStr::new("facts"), p, seed], None),
        (vec![OsStr::new("sentences"), p], None),
    ];
    for (args, error) in cases {
        let o = run_with(&args, None, Stdio::piped());
        let what = format!("{args:?}");
        match error {
            Some(m) => assert_one_line_error(&o, &[m], &what),
            None => {
                assert!(o.status.success(), "{what}: {}", stderr(&o));
                // The invalid-UTF-8 warning names the file: one line, visibly.
                let err = stderr(&o);
                assert_eq!(err.lines().count(), 1, "{what}: {err:?}");
                assert!(
                    err.contains("warning") && err.contains("evil␛]0;owned␇␛[2J␊name"),
                    "{what}: {err}"
                );
                assert_no_controls(&o.stderr, &what);
                assert_no_controls(&o.stdout, &what);
            }
        }
    }
    let o = run_with(&[OsStr::new("compare"), p, seed], None, Stdio::piped());
    let header = String::from_utf8_lossy(&o.stdout);
    assert!(
        header.starts_with("left:  evil␛]0;owned␇␛[2J␊name · "),
        "the text header names the file visibly: {header}"
    );
}

#[test]
fn a_theme_line_with_control_characters_is_shown_visibly() {
    let d = dir("theme");
    let theme = d.join("theme.txt");
    std::fs::write(&theme, "match = \u{1b}]0;owned\u{7}\u{1b}[2J\n").unwrap();
    let o = run(&["--theme", theme.to_str().unwrap()]);
    assert_one_line_error(
        &o,
        &["theme line 1", "␛]0;owned␇␛[2J"],
        "a theme's bad colour",
    );
}

/// What JSON must not carry raw, though JSON allows it.
const HIDDEN: [char; 7] = [
    '\u{9B}', '\u{85}', '\u{202E}', '\u{2067}', '\u{200F}', '\u{200E}', '\u{2069}',
];

#[test]
fn json_escapes_c1_and_bidirectional_controls() {
    let d = dir("json");
    // The name carries a right-to-left override too: `source` in every JSON.
    let path = d.join("report\u{202E}txt.md");
    let text = "The attack killed 144 people.\u{9B}31m Officials \u{202E}said\u{202C} it \
                was \u{2067}over\u{2069} by \u{200F}noon\u{200E}.\u{85} The hall \
                seated 6,200 people.";
    std::fs::write(&path, text).unwrap();
    let p = path.to_str().unwrap();
    let other = d.join("other.txt");
    std::fs::write(
        &other,
        "The attack killed 140 people. The hall seated 6,200.",
    )
    .unwrap();
    let o2 = other.to_str().unwrap();
    for args in [
        vec!["sentences", p, "--format", "json"],
        vec!["compare", p, SEED, "--format", "json"],
        vec!["compare", o2, p, "--format", "json"],
        vec!["facts", p, o2, SEED, "--format", "json"],
    ] {
        let o = run(&args);
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        let out = String::from_utf8(o.stdout.clone()).unwrap();
        if let Some(c) = out.chars().find(|c| HIDDEN.contains(c)) {
            panic!("{args:?}: raw U+{:04X} in the JSON", c as u32);
        }
        assert!(out.contains(r"\u202e"), "{args:?}: escaped, not dropped");
        // Escaped, the text reads back as it was.
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        let all = v.to_string() + &format!("{v:?}");
        assert!(all.contains('\u{202E}'), "{args:?}");
    }
}

#[test]
fn utf16_files_are_read_and_offsets_point_into_them() {
    let d = dir("utf16");
    let text = "Москва, 22 марта. The attack killed 144 people. \
                Officials said 😀 it was “over” by noon.\r\n";
    for (name, big_endian) in [("le.txt", false), ("be.txt", true)] {
        let mut bytes = if big_endian {
            vec![0xFE, 0xFF]
        } else {
            vec![0xFF, 0xFE]
        };
        for u in text.encode_utf16() {
            bytes.extend(if big_endian {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            });
        }
        let path = d.join(name);
        std::fs::write(&path, &bytes).unwrap();
        let o = run(&["sentences", path.to_str().unwrap(), "--format", "json"]);
        assert!(o.status.success(), "{name}: {}", stderr(&o));
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        let sentences = v.as_array().unwrap();
        assert!(sentences.len() >= 3, "{name}: {v}");
        for s in sentences {
            let (start, end) = (
                s["start"].as_u64().unwrap() as usize,
                s["end"].as_u64().unwrap() as usize,
            );
            let units: Vec<u16> = bytes[start..end]
                .chunks_exact(2)
                .map(|p| {
                    if big_endian {
                        u16::from_be_bytes([p[0], p[1]])
                    } else {
                        u16::from_le_bytes([p[0], p[1]])
                    }
                })
                .collect();
            assert_eq!(
                String::from_utf16(&units).unwrap(),
                s["text"].as_str().unwrap(),
                "{name}: start and end are offsets into the UTF-16 file"
            );
        }
        let o = run(&["compare", path.to_str().unwrap(), SEED]);
        assert!(o.status.success(), "{name}: {}", stderr(&o));
    }
}

/// The binary in a pseudo-terminal: its output, and its exit code.
fn in_terminal(args: &[&str], term: Option<&str>, input: Option<(&str, &[u8])>) -> (String, u32) {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 40,
            cols: 160,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pty");
    let mut cmd = CommandBuilder::new(BIN);
    cmd.args(args);
    cmd.cwd(env!("CARGO_MANIFEST_DIR"));
    match term {
        Some(t) => cmd.env("TERM", t),
        None => cmd.env_remove("TERM"),
    }
    let mut child = pty.slave.spawn_command(cmd).expect("start claimdiff");
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().unwrap();
    let mut writer = pty.master.take_writer().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _master = pty.master;
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut raw = Vec::new();
    let mut input = input;
    let status = loop {
        if let Some((wait_for, keys)) = input
            && String::from_utf8_lossy(&raw).contains(wait_for)
        {
            writer.write_all(keys).unwrap();
            input = None;
        }
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        assert!(
            Instant::now() < deadline,
            "claimdiff {args:?} did not exit; output: {}",
            String::from_utf8_lossy(&raw)
        );
        if let Ok(chunk) = rx.recv_timeout(Duration::from_millis(50)) {
            raw.extend(chunk);
        }
    };
    while let Ok(chunk) = rx.recv_timeout(Duration::from_millis(300)) {
        raw.extend(chunk);
    }
    (
        String::from_utf8_lossy(&raw).into_owned(),
        status.exit_code(),
    )
}

#[test]
fn a_terminal_that_cannot_draw_is_told_so() {
    for (term, why) in [(Some("dumb"), "TERM is dumb"), (None, "TERM is not set")] {
        let (out, code) = in_terminal(&[SEED, SEED], term, None);
        assert_eq!(code, 2, "{out}");
        assert!(
            out.contains("needs a terminal that can move the cursor") && out.contains(why),
            "{out}"
        );
        assert_eq!(out.trim().lines().count(), 1, "one line: {out}");
        assert!(!out.contains("\x1b[?1049h"), "no full screen drawn");
    }
}

#[test]
fn reading_standard_input_at_a_terminal_says_so() {
    let (out, code) = in_terminal(
        &["compare", "-", SEED],
        Some("xterm-256color"),
        // Ctrl-D at the start of a line ends the input.
        Some(("Ctrl-D", b"The attack killed 140 people at the hall.\n\x04")),
    );
    assert_eq!(code, 0, "{out}");
    let notice = out
        .find("reading an article from standard input")
        .expect(&out);
    let result = out.find("left:  stdin").expect(&out);
    assert!(notice < result, "the notice comes before the input: {out}");
}

#[test]
fn a_mistyped_subcommand_gets_a_hint() {
    let (out, code) = in_terminal(&["comapre", "a.txt", SEED], Some("xterm-256color"), None);
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("cannot read 'comapre'") && out.contains("claimdiff compare"),
        "{out}"
    );
    let (out, _) = in_terminal(&["reuters", SEED], Some("xterm-256color"), None);
    assert!(
        !out.contains("subcommand"),
        "a name far from every subcommand: {out}"
    );
}
