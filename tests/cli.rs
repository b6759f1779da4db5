//! The command line as a user meets it: the JSON contract, every error,
//! pipes, standard input.

use std::io::{Read, Write};
use std::process::{Command, Output, Stdio};

use claimdiff::report::json::{CompareOut, FactsOut, SentenceOut};

const BIN: &str = env!("CARGO_BIN_EXE_claimdiff");
const A: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/seeds/000_eb0554e51823464c.txt"
);
const B: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/seeds/003_89d268c9d44043d3.txt"
);
const FURNISHED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/seeds/004_dff8af2a5de8f27f.txt"
);

fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run claimdiff")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("UTF-8 errors")
}

/// Exit 2, one line on standard error that names the problem and a hint.
fn assert_user_error(o: &Output, mentions: &str) {
    assert_eq!(o.status.code(), Some(2), "stderr: {}", stderr(o));
    let err = stderr(o);
    assert_eq!(err.lines().count(), 1, "one line, got: {err}");
    assert!(err.starts_with("claimdiff: "), "{err}");
    assert!(err.contains(mentions), "'{mentions}' not in: {err}");
    assert!(
        err.trim_end().ends_with(')'),
        "a hint in parentheses: {err}"
    );
    assert!(o.stdout.is_empty());
}

#[test]
fn compare_json_follows_the_contract() {
    let o = run(&["compare", A, B, "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    // deny_unknown_fields on every wire type: the shape is pinned.
    let out: CompareOut = serde_json::from_slice(&o.stdout).expect("contract shape");
    assert_eq!(out.schema_version, 1);
    for (side, file) in [(&out.left, A), (&out.right, B)] {
        let bytes = std::fs::read(file).unwrap();
        for (i, s) in side.sentences.iter().enumerate() {
            assert_eq!(s.sentence.index, i);
            assert_eq!(
                &bytes[s.sentence.start..s.sentence.end],
                s.sentence.text.as_bytes(),
                "offsets point into the file"
            );
        }
        assert!(
            side.sentences
                .windows(2)
                .all(|w| w[0].sentence.end <= w[1].sentence.start)
        );
    }
    for p in &out.pairs {
        assert!(p.left < out.left.sentences.len() && p.right < out.right.sentences.len());
        assert!(p.relation == "match" || p.relation == "diverge");
        assert_eq!(p.relation == "diverge", !p.differences.is_empty());
    }
    // Every sentence sits in exactly one row per side.
    let mut left: Vec<usize> = out.rows.iter().filter_map(|r| r.left).collect();
    let mut right: Vec<usize> = out.rows.iter().filter_map(|r| r.right).collect();
    left.sort();
    right.sort();
    assert_eq!(left, (0..out.left.sentences.len()).collect::<Vec<_>>());
    assert_eq!(right, (0..out.right.sentences.len()).collect::<Vec<_>>());
    // The death toll diverges: 144 against at least 133.
    let toll = out
        .pairs
        .iter()
        .find(|p| p.left == 0 && p.right == 0)
        .expect("the toll sentences pair");
    assert_eq!(toll.relation, "diverge");
    assert_eq!(
        (
            toll.differences[0].left.as_str(),
            toll.differences[0].right.as_str()
        ),
        ("144 individuals", "at least 133 people")
    );
    assert!(toll.differences[0].compatible);
}

#[test]
fn json_is_the_same_every_run_and_mirrors() {
    let ab = run(&["compare", A, B, "--format", "json"]);
    let again = run(&["compare", A, B, "--format", "json"]);
    assert_eq!(ab.stdout, again.stdout);
    let ba: CompareOut =
        serde_json::from_slice(&run(&["compare", B, A, "--format", "json"]).stdout).unwrap();
    let ab: CompareOut = serde_json::from_slice(&ab.stdout).unwrap();
    let mut pairs_ab: Vec<(usize, usize, String)> = ab
        .pairs
        .iter()
        .map(|p| (p.left, p.right, p.relation.clone()))
        .collect();
    let mut pairs_ba: Vec<(usize, usize, String)> = ba
        .pairs
        .iter()
        .map(|p| (p.right, p.left, p.relation.clone()))
        .collect();
    pairs_ab.sort();
    pairs_ba.sort();
    assert_eq!(pairs_ab, pairs_ba);
    let rows_ab: Vec<(Option<usize>, Option<usize>)> =
        ab.rows.iter().map(|r| (r.left, r.right)).collect();
    let rows_ba: Vec<(Option<usize>, Option<usize>)> =
        ba.rows.iter().map(|r| (r.right, r.left)).collect();
    assert_eq!(rows_ab, rows_ba);
}

#[test]
fn sentences_json_lists_index_start_end_text() {
    let o = run(&["sentences", FURNISHED, "--format", "json"]);
    assert!(o.status.success());
    let list: Vec<SentenceOut> = serde_json::from_slice(&o.stdout).expect("a list of sentences");
    let bytes = std::fs::read(FURNISHED).unwrap();
    for s in &list {
        assert_eq!(&bytes[s.start..s.end], s.text.as_bytes());
    }
    let furniture: Vec<&str> = list
        .iter()
        .filter(|s| s.boilerplate)
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(furniture.len(), 3, "{furniture:?}");
    assert!(furniture[2].contains("All Rights Reserved"));
}

#[test]
fn facts_json_marks_the_outlying_toll() {
    let o = run(&["facts", "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out: FactsOut = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(out.sources.len(), 5);
    let toll = out
        .facts
        .iter()
        .find(|f| f.measure == "people:dead")
        .expect("death toll");
    let outliers: Vec<&str> = toll
        .values
        .iter()
        .filter(|v| v.outlier)
        .map(|v| v.text.as_str())
        .collect();
    assert_eq!(outliers, ["more than 60 people dead"]);
}

#[test]
fn text_and_markdown_show_glyphs() {
    let text = stdout(&run(&["compare", A, B]));
    assert!(
        text.contains("≠")
            && text.contains("+")
            && text.contains("number: 144 individuals vs at least 133 people (compatible)")
    );
    let md = stdout(&run(&["compare", A, B, "--format", "markdown"]));
    assert!(md.lines().any(|l| l.starts_with("| 1 | ≠ |")), "{md}");
}

#[test]
fn standard_input_is_an_article() {
    let mut child = Command::new(BIN)
        .args(["compare", "-", B, "--format", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(&std::fs::read(A).unwrap())
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success());
    let out: CompareOut = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(out.left.source, "-");
    assert_eq!(out.left.sentences.len(), 17);
}

#[test]
fn control_characters_never_reach_the_terminal() {
    let dir = tempdir();
    let f = dir.join("hostile.txt");
    std::fs::write(&f, "The attack killed 144 people.\u{1b}]0;owned\u{7} Then \u{1b}[2J came\u{1b}[?1049l the end.\n").unwrap();
    for format in ["text", "markdown"] {
        let out = run(&["compare", f.to_str().unwrap(), A, "--format", format]);
        assert!(out.status.success());
        assert!(
            !out.stdout.iter().any(|&b| b == 0x1b || b == 0x07),
            "{format} output carries a raw control byte"
        );
        assert!(stdout(&out).contains("␛]0;owned␇"));
    }
    let s = run(&["sentences", f.to_str().unwrap()]);
    assert!(!s.stdout.contains(&0x1b));
    let json = run(&["compare", f.to_str().unwrap(), A, "--format", "json"]);
    assert!(
        !json.stdout.contains(&0x1b),
        "JSON escapes control characters"
    );
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let mut child = Command::new(BIN)
        .args(["compare", A, B, "--format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut first = [0u8; 16];
    out.read_exact(&mut first).unwrap();
    drop(out);
    let status = child.wait().unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert_eq!(status.code(), Some(0), "stderr: {err}");
    assert!(err.is_empty(), "{err}");
}

#[test]
fn help_and_version() {
    let h = run(&["--help"]);
    assert!(h.status.success());
    assert!(
        stdout(&h).contains("Examples:") && stdout(&h).contains("claimdiff compare a.txt b.txt")
    );
    let v = run(&["--version"]);
    assert!(v.status.success() && stdout(&v).starts_with("claimdiff "));
}

#[test]
fn errors_are_one_line_with_exit_2() {
    assert_user_error(
        &run(&["compare", "no-such-file.txt", A]),
        "cannot read 'no-such-file.txt': no such file or directory",
    );
    assert_user_error(&run(&["compare", A]), "<RIGHT>");
    assert_user_error(&run(&["compare", A, B, "C"]), "unexpected argument 'C'");
    assert_user_error(
        &run(&["compare", A, B, "--format", "xml"]),
        "use one of: json, text, markdown",
    );
    assert_user_error(&run(&["sentences"]), "<FILE>");
    assert_user_error(&run(&["facts", A]), "need at least 2 articles, got 1");
    assert_user_error(
        &run(&["compare", concat!(env!("CARGO_MANIFEST_DIR"), "/seeds"), A]),
        "is a directory with 5 articles",
    );
    // A path through a file cannot be read, whoever runs the test.
    assert_user_error(&run(&["compare", &format!("{A}/inside"), B]), "cannot read");
    assert_user_error(
        &run(&["compare", "-", "-"]),
        "standard input (-) can be read only once",
    );
    let dir = tempdir();
    let bin = dir.join("program");
    std::fs::write(
        &bin,
        b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0>\0\x01\0\0\0",
    )
    .unwrap();
    assert_user_error(
        &run(&["compare", bin.to_str().unwrap(), A]),
        "looks like a binary file",
    );
    assert_user_error(
        &run(&["compare", dir.to_str().unwrap(), A]),
        "holds no .txt, .md or .html files",
    );
    // Without a terminal the interface says what to use instead.
    assert_user_error(&run(&[]), "needs a terminal");
}

#[test]
fn the_inputs_are_never_written() {
    let before = std::fs::metadata(A).unwrap().modified().unwrap();
    let content = std::fs::read(A).unwrap();
    for f in ["json", "text", "markdown"] {
        run(&["compare", A, B, "--format", f]);
    }
    assert_eq!(std::fs::metadata(A).unwrap().modified().unwrap(), before);
    assert_eq!(std::fs::read(A).unwrap(), content);
}

/// A fresh directory under the target dir, named after the calling test.
fn tempdir() -> std::path::PathBuf {
    let n = std::thread::current()
        .name()
        .unwrap_or("t")
        .replace("::", "_");
    let d = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{n}"));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn every_fact_value_has_value_and_op_dates_included() {
    let d = tempdir();
    let (a, b) = (d.join("a.txt"), d.join("b.txt"));
    std::fs::write(
        &a,
        "Gunmen opened fire at the Crocus City Hall concert venue near Moscow on March 22, 2024, killing 137 people.\n\nThe Islamic State group claimed responsibility within hours.\n",
    )
    .unwrap();
    std::fs::write(
        &b,
        "The attack on the Crocus City Hall concert venue near Moscow on March 22 left at least 133 people dead.\n\nInvestigators detained four suspects the next morning.\n",
    )
    .unwrap();
    let o = run(&[
        "facts",
        a.to_str().unwrap(),
        b.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out: FactsOut = serde_json::from_slice(&o.stdout).unwrap();
    let date = out
        .facts
        .iter()
        .find(|f| f.kind == "date")
        .expect("the date both give");
    let values: Vec<(String, String)> = date
        .values
        .iter()
        .map(|v| {
            (
                v.value
                    .as_ref()
                    .and_then(|x| x.as_str())
                    .unwrap_or("")
                    .to_string(),
                v.op.clone().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        values,
        [
            ("2024-03-22".into(), "=".into()),
            ("03-22".into(), "=".into())
        ]
    );
    for f in &out.facts {
        for v in &f.values {
            assert!(
                v.value.is_some() && v.op.is_some(),
                "{} lacks value or op",
                v.text
            );
        }
    }
}

#[test]
fn each_command_takes_only_its_formats() {
    assert_user_error(&run(&["sentences", A, "--format", "markdown"]), "markdown");
    let help = stdout(&run(&["sentences", "--help"]));
    assert!(help.contains("[possible values: json, text]"), "{help}");
    let help = stdout(&run(&["facts", "--help"]));
    assert!(help.contains("json, text, markdown"), "{help}");
    let md = stdout(&run(&["facts", "--format", "markdown"]));
    assert!(
        md.contains("| fact | 000 | 001 | 002 | 003 | 004 |"),
        "{md}"
    );
    assert!(
        md.lines()
            .any(|l| l.starts_with("| deaths |") && l.contains("≠ more than 60")),
        "{md}"
    );
    assert_ne!(md, stdout(&run(&["facts"])), "markdown is not the text");
}

#[test]
fn moved_rows_say_whether_their_pair_matches() {
    let (a, b) = (
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/seeds/000_eb0554e51823464c.txt"
        ),
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/seeds/001_1ad83453b1c116c7.txt"
        ),
    );
    for format in ["text", "markdown"] {
        let out = stdout(&run(&["compare", a, b, "--format", format]));
        let moved: Vec<&str> = out.lines().filter(|l| l.contains("↕")).collect();
        assert!(!moved.is_empty(), "the seeds have moved pairs");
        for l in moved {
            assert!(
                l.contains(", match") || l.contains(", diverge"),
                "{format}: {l}"
            );
        }
        assert!(!out.contains("differences of moved pairs"));
        assert!(
            out.contains("number: 144 individuals vs over 130 lives (compatible)"),
            "{format}: a moved pair's difference is listed on its row"
        );
    }
}

/// An option of the whole program may come before the subcommand.
#[test]
fn options_before_the_subcommand_apply_to_it() {
    let before = run(&[
        "--max-input-size",
        "1M",
        "compare",
        A,
        B,
        "--format",
        "json",
    ]);
    assert_eq!(before.status.code(), Some(0), "{}", stderr(&before));
    let after = run(&[
        "compare",
        A,
        B,
        "--format",
        "json",
        "--max-input-size",
        "1M",
    ]);
    assert_eq!(stdout(&before), stdout(&after));
    let tiny = run(&["--max-input-size", "1K", "compare", A, B]);
    assert_user_error(&tiny, "input limit of 1 KiB");
}
