//! Hostile and broken input, through every command and format and the
//! interface: each case gives a result or exit 2 with one line, never a
//! panic, never a hang, and never a raw control character on a terminal
//! (text, Markdown, the screen); JSON escapes them.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use claimdiff::corpus::Corpus;
use claimdiff::document::{self, Document};
use claimdiff::tui::app::App;
use claimdiff::tui::theme::Theme;
use claimdiff::tui::{keymap, ui, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const BIN: &str = env!("CARGO_BIN_EXE_claimdiff");
const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/seeds/000_eb0554e51823464c.txt"
);
/// Generous: the largest case takes a few seconds; a hang takes forever.
const LIMIT: Duration = Duration::from_secs(120);

fn dir() -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR")).join("hostile");
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// The content cases: name and bytes.
fn cases() -> Vec<(&'static str, Vec<u8>)> {
    let mut ten_mb = Vec::with_capacity(10_000_000);
    let words = [
        "the",
        "attack",
        "on",
        "a",
        "concert",
        "hall",
        "killed",
        "144",
        "people",
        "said",
        "officials",
    ];
    let mut k = 0usize;
    while ten_mb.len() < 10_000_000 {
        ten_mb.extend_from_slice(words[k % words.len()].as_bytes());
        ten_mb.push(b' ');
        k = k.wrapping_mul(31).wrapping_add(7) % 1_000_003;
    }
    let mut utf16 = vec![0xFF, 0xFE];
    for u in "The attack killed 144 people.\r\nOfficials said so; \u{202E}it was over\u{202C}. 😀"
        .encode_utf16()
    {
        utf16.extend(u.to_le_bytes());
    }
    let mut word = b"Before it. ".to_vec();
    word.extend(std::iter::repeat_n(b'x', 3_000_000));
    word.extend_from_slice(b" after it.");
    vec![
        ("empty", Vec::new()),
        ("whitespace", b"   \n\t \r\n  \n".to_vec()),
        ("executable", std::fs::read(std::env::current_exe().unwrap()).unwrap()),
        ("invalid-utf8", b"The attack killed 144 people. \xff\xfe\xc3 Then \xed\xa0\x80 more came. Officials said so.".to_vec()),
        ("nul", b"Before\0after. The attack\0killed 144 people.\0".to_vec()),
        (
            "escapes",
            b"\x1b]0;owned\x07The attack \x1b[2J killed \x1b[?1049l 144 people. \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ said \x9b31m officials."
                .to_vec(),
        ),
        ("crlf-bom", b"\xef\xbb\xbfThe attack killed 144 people.\r\nOfficials said so.\r\n\r\nThe end.\r\n".to_vec()),
        ("one-line-10mb", ten_mb),
        ("utf16-le-bom", utf16),
        ("word-3mb", word),
        (
            "mixed-scripts",
            "Москва: 144 погибших. 莫斯科音乐厅遭袭击。 هجوم على قاعة في موسكو. 😀👨‍👩‍👧 zero\u{200b}width\u{200d}joiner \u{202e}reversed\u{202c} 144 people.".as_bytes().to_vec(),
        ),
    ]
}

fn write_cases() -> Vec<(&'static str, PathBuf)> {
    let d = dir();
    cases()
        .into_iter()
        .map(|(name, bytes)| {
            let p = d.join(format!("{name}.txt"));
            std::fs::write(&p, bytes).unwrap();
            (name, p)
        })
        .collect()
}

/// Run the binary with a time limit; kill it and fail past the limit.
fn run(args: &[&str]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let out = child.stdout.take().unwrap();
    let err = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let (mut o, mut e) = (out, err);
        let mut so = Vec::new();
        let mut se = Vec::new();
        let t = std::thread::spawn(move || {
            let _ = std::io::Read::read_to_end(&mut e, &mut se);
            se
        });
        let _ = std::io::Read::read_to_end(&mut o, &mut so);
        (so, t.join().unwrap())
    });
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if start.elapsed() > LIMIT {
            let _ = child.kill();
            panic!("claimdiff {args:?} ran past {LIMIT:?}");
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

/// A result, or exit 2 with one line; never a panic (101) or a signal.
fn check_outcome(o: &Output, what: &str) {
    let err = String::from_utf8_lossy(&o.stderr);
    match o.status.code() {
        Some(0) => {}
        Some(2) => {
            let lines: Vec<&str> = err
                .lines()
                .filter(|l| !l.starts_with("claimdiff: warning:"))
                .collect();
            assert_eq!(lines.len(), 1, "{what}: one line of error, got {err}");
            assert!(lines[0].starts_with("claimdiff: "), "{what}: {err}");
        }
        other => panic!("{what}: exit {other:?}, stderr: {err}"),
    }
    assert!(!err.contains("panicked"), "{what}: {err}");
}

/// No byte of a terminal control sequence: C0 (but line feed), DEL, C1.
fn assert_no_controls(bytes: &[u8], what: &str) {
    let text = String::from_utf8_lossy(bytes);
    if let Some(c) = text
        .chars()
        .find(|&c| (c.is_control() && c != '\n') || ('\u{80}'..='\u{9f}').contains(&c))
    {
        panic!(
            "{what}: raw control character U+{:04X} in the output",
            c as u32
        );
    }
}

#[test]
fn every_command_and_format_survives_every_case() {
    let cases = write_cases();
    std::thread::scope(|scope| {
        // Two at a time: the machine has two cores.
        for chunk in cases.chunks(cases.len().div_ceil(2)) {
            scope.spawn(move || {
                for (name, path) in chunk {
                    let p = path.to_str().unwrap();
                    for format in ["json", "text", "markdown"] {
                        let o = run(&["compare", p, SEED, "--format", format]);
                        check_outcome(&o, &format!("{name}: compare --format {format}"));
                        if format == "json" {
                            if o.status.success() {
                                let v: serde_json::Value = serde_json::from_slice(&o.stdout)
                                    .unwrap_or_else(|e| panic!("{name}: JSON: {e}"));
                                assert_eq!(v["schema_version"], 1);
                            }
                            assert!(
                                !o.stdout.iter().any(|&b| b < 0x20 && b != b'\n'),
                                "{name}: JSON carries a raw control byte"
                            );
                            assert!(
                                !String::from_utf8_lossy(&o.stdout)
                                    .chars()
                                    .any(claimdiff::visible::escaped_in_json),
                                "{name}: JSON carries a raw C1, bidi or format character"
                            );
                        } else {
                            assert_no_controls(
                                &o.stdout,
                                &format!("{name}: compare --format {format}"),
                            );
                        }
                        assert_no_controls(&o.stderr, &format!("{name}: stderr"));
                    }
                    let o = run(&["compare", SEED, p, "--format", "text"]);
                    check_outcome(&o, &format!("{name}: compare, as the right side"));
                    assert_no_controls(&o.stdout, name);
                    for format in ["json", "text"] {
                        let o = run(&["sentences", p, "--format", format]);
                        check_outcome(&o, &format!("{name}: sentences --format {format}"));
                        if format == "text" {
                            assert_no_controls(&o.stdout, name);
                        }
                        let o = run(&["facts", p, SEED, "--format", format]);
                        check_outcome(&o, &format!("{name}: facts --format {format}"));
                        if format == "text" {
                            assert_no_controls(&o.stdout, name);
                        }
                    }
                }
            });
        }
    });
}

#[test]
fn the_binary_file_is_refused_and_the_rest_are_read() {
    for (name, path) in write_cases() {
        let o = run(&["sentences", path.to_str().unwrap()]);
        if name == "executable" {
            assert_eq!(o.status.code(), Some(2), "an executable is not an article");
        } else {
            assert!(
                o.status.success(),
                "{name}: {}",
                String::from_utf8_lossy(&o.stderr)
            );
        }
    }
    let o = run(&[
        "sentences",
        dir().join("invalid-utf8.txt").to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("warning: ")
            && String::from_utf8_lossy(&o.stderr).contains("invalid UTF-8")
    );
}

#[test]
fn arguments_that_are_not_articles() {
    let d = dir().join("args");
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(d.join("empty")).unwrap();
    std::fs::create_dir_all(d.join("two")).unwrap();
    std::fs::copy(SEED, d.join("two/a.txt")).unwrap();
    std::fs::copy(SEED, d.join("two/b.md")).unwrap();
    let s = |p: &Path| p.to_str().unwrap().to_string();
    let cases: Vec<(Vec<String>, Option<&str>)> = vec![
        (
            vec!["compare".into(), s(&d.join("empty")), SEED.into()],
            Some("holds no .txt, .md or .html files"),
        ),
        (
            vec!["sentences".into(), s(&d.join("two"))],
            Some("is a directory with 2 articles"),
        ),
        (vec!["facts".into(), s(&d.join("two"))], None),
        (
            vec!["compare".into(), s(&d.join("missing.txt")), SEED.into()],
            Some("no such file or directory"),
        ),
        (
            vec!["compare".into(), format!("{SEED}/not-a-dir"), SEED.into()],
            Some("cannot read"),
        ),
        (vec!["compare".into(), SEED.into(), SEED.into()], None),
        (vec!["facts".into(), SEED.into(), SEED.into()], None),
    ];
    for (args, error) in cases {
        let a: Vec<&str> = args.iter().map(String::as_str).collect();
        let o = run(&a);
        check_outcome(&o, &args.join(" "));
        match error {
            Some(msg) => {
                assert_eq!(o.status.code(), Some(2), "{args:?}");
                assert!(
                    String::from_utf8_lossy(&o.stderr).contains(msg),
                    "{args:?}: {}",
                    String::from_utf8_lossy(&o.stderr)
                );
            }
            None => assert!(
                o.status.success(),
                "{args:?}: {}",
                String::from_utf8_lossy(&o.stderr)
            ),
        }
    }
}

#[test]
fn the_same_file_twice_matches_itself() {
    let o = run(&["compare", SEED, SEED, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let sentences = v["left"]["sentences"].as_array().unwrap().len();
    let pairs = v["pairs"].as_array().unwrap();
    assert!(
        pairs
            .iter()
            .all(|p| p["relation"] == "match" && p["left"] == p["right"])
    );
    assert_eq!(pairs.len(), sentences);
}

#[test]
fn standard_input_closed_early() {
    let mut child = Command::new(BIN)
        .args(["compare", "-", SEED, "--format", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin
        .write_all(b"The attack killed 144 people. Offic")
        .unwrap();
    drop(stdin);
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["left"]["sentences"][1]["text"], "Offic");
}

/// The interface on every case: the screen never holds a control character.
#[test]
fn the_interface_shows_every_case_safely() {
    for (name, bytes) in cases() {
        if document::looks_binary(&bytes) {
            continue;
        }
        let docs = vec![
            Document::from_bytes(name, bytes),
            Document::from_text("seed", &std::fs::read_to_string(SEED).unwrap()),
        ];
        let mut app = App::new(Corpus::new(docs), Theme::load(None, false).unwrap());
        for (w, h) in [(120, 40), (41, 10), (300, 100)] {
            app.size = (w, h);
            app.request_current();
            for keys in [
                "",
                "j",
                "G",
                "<enter>",
                "<esc>/x<enter>",
                "<esc>v",
                "v",
                "v",
            ] {
                for k in keymap::parse_keys(keys) {
                    update::key(&mut app, k);
                }
                let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
                t.draw(|f| ui::render(&app, f)).unwrap();
                let buf = t.backend().buffer();
                for cell in buf.content() {
                    let bad = cell
                        .symbol()
                        .chars()
                        .find(|&c| c.is_control() || ('\u{80}'..='\u{9f}').contains(&c));
                    assert!(
                        bad.is_none(),
                        "{name}: control character {bad:?} on screen after '{keys}'"
                    );
                }
            }
        }
    }
}
