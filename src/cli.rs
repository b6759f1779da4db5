//! The command line: argument definitions and the non-interactive commands.

use std::io::{self, IsTerminal, Write};

use clap::{Parser, Subcommand, ValueEnum};

use claimdiff::corpus::{Corpus, Source};
use claimdiff::document::{self, Document};
use claimdiff::error::Error;
use claimdiff::facts;
use claimdiff::report::{json, text};

use crate::progress::Progress;

const EXAMPLES: &str = "\
Examples:
  claimdiff                                  open the five bundled articles side by side
  claimdiff a.txt b.txt c.md                 open these articles side by side
  claimdiff news/                            open every .txt/.md/.html file in a directory
  claimdiff compare a.txt b.txt              print the aligned sentences as text
  claimdiff compare a.txt b.txt --format json | python3 -m json.tool
  curl -s URL | claimdiff compare - b.txt    read one article from standard input
  claimdiff sentences a.txt --format json    show how an article is split
  claimdiff facts a.txt b.txt c.txt          which figures each source gives
  claimdiff compare https://… page.html      web pages: the article, without the page around it
  claimdiff text page.html                   the text a page's sentence offsets index

Exit status: 0 on success, 2 on a usage or input error (with a one-line message).";

/// Put news articles about one event side by side and see, sentence by
/// sentence, which facts they share (=), report differently (≠) or only one
/// states (+).
#[derive(Debug, Parser)]
#[command(name = "claimdiff", version, about, after_help = EXAMPLES)]
pub struct Args {
    /// Articles to open in the interface: files, directories, or - for standard input.
    /// With none, the bundled articles open.
    pub files: Vec<String>,

    /// Colours of the interface: default, colorblind (safe for red–green colour
    /// blindness), or a theme file. NO_COLOR turns colour off.
    #[arg(long, value_name = "THEME")]
    pub theme: Option<String>,

    /// Read at most this much from each article (1024-based units: 512K, 64M,
    /// 1G); a longer one is refused.
    #[arg(long, global = true, value_name = "SIZE", default_value = "64M",
          value_parser = document::parse_size)]
    pub max_input_size: u64,

    /// Seconds a URL may take in all (connecting, redirects, the page).
    #[arg(long, global = true, value_name = "SECONDS", default_value_t = 30,
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub timeout: u64,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Compare two articles: matching, diverging and unique sentences.
    Compare {
        /// The left article (a file, a URL, or - for standard input).
        left: String,
        /// The right article.
        right: String,
        #[arg(long, short, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Show how an article is split into sentences, with byte offsets.
    Sentences {
        /// The article (a file, a URL, or - for standard input).
        file: String,
        /// Output format (no Markdown: a sentence list has no table to make).
        #[arg(long, short, value_enum, default_value_t = SentencesFormat::Text)]
        format: SentencesFormat,
    },
    /// Print the text an article is read as: for a web page or Markdown, the
    /// extracted text that sentence offsets index; for plain text, the file.
    Text {
        /// The article (a file, a URL, or - for standard input).
        file: String,
    },
    /// Facts across all sources: the value each gives, outliers marked.
    Facts {
        /// Two or more articles or directories; none means the bundled articles.
        files: Vec<String>,
        /// Output format: markdown is one table, a row per fact and a column per source.
        #[arg(long, short, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Json,
    Text,
    Markdown,
}

/// The formats of `sentences`: a list, so no Markdown table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SentencesFormat {
    Json,
    Text,
}

/// A failure the user can act on: one line, and a hint.
#[derive(Debug)]
pub struct UserError {
    pub message: String,
    pub hint: String,
}

impl From<Error> for UserError {
    fn from(e: Error) -> Self {
        UserError {
            hint: e.hint().to_string(),
            message: e.to_string(),
        }
    }
}

impl UserError {
    pub fn new(message: impl Into<String>, hint: impl Into<String>) -> Self {
        UserError {
            message: message.into(),
            hint: hint.into(),
        }
    }
}

/// The most read from one source: `--max-input-size`, set once by `main`.
static MAX_INPUT: std::sync::OnceLock<u64> = std::sync::OnceLock::new();

pub fn set_max_input(bytes: u64) {
    let _ = MAX_INPUT.set(bytes);
}

fn max_input() -> u64 {
    MAX_INPUT
        .get()
        .copied()
        .unwrap_or(document::DEFAULT_MAX_INPUT)
}

/// How long a URL may take; set once from `--timeout`.
static TIMEOUT: std::sync::OnceLock<std::time::Duration> = std::sync::OnceLock::new();

pub fn set_timeout(seconds: u64) {
    let _ = TIMEOUT.set(std::time::Duration::from_secs(seconds));
}

/// Read every argument, expanding directories; `-` may appear once.
pub fn load_all(args: &[String]) -> Result<Vec<Document>, UserError> {
    if args.iter().filter(|a| *a == "-").count() > 1 {
        return Err(UserError::new(
            "standard input (-) can be read only once",
            "give the other articles as files",
        ));
    }
    let timeout = *TIMEOUT.get_or_init(|| claimdiff::fetch::DEFAULT_TIMEOUT);
    // Pages can take seconds to arrive; say which one is awaited.
    let progress = args
        .iter()
        .any(|a| claimdiff::fetch::is_url(a))
        .then(Progress::start);
    let mut docs = Vec::new();
    for a in args {
        if let Some(p) = &progress {
            p.say(format!("loading {}", claimdiff::visible::visible(a)));
        }
        if a == "-" && io::stdin().is_terminal() {
            // Otherwise a blank screen waits for input nobody knows it wants.
            diagnose(&format!(
                "reading an article from standard input; end it with {EOF_KEY}"
            ));
        }
        let loaded = document::load_capped(a, max_input(), timeout).map_err(|e| mistyped(a, e))?;
        docs.extend(loaded);
    }
    drop(progress);
    for d in &docs {
        for w in &d.warnings {
            diagnose(&format!("warning: {w}"));
        }
    }
    Ok(docs)
}

/// The key that ends input at a terminal.
const EOF_KEY: &str = if cfg!(windows) {
    "Ctrl-Z and Enter"
} else {
    "Ctrl-D"
};

/// A file that is not there, named like a subcommand (`comapre`, `fact`):
/// the hint says which subcommand was meant.
fn mistyped(arg: &str, e: Error) -> UserError {
    let missing =
        matches!(&e, Error::Read { source, .. } if source.kind() == io::ErrorKind::NotFound);
    let mut err = UserError::from(e);
    if !missing || arg.contains(['/', '\\', '.']) || arg.chars().count() < 3 {
        return err;
    }
    use clap::CommandFactory;
    let cmd = Args::command();
    let lower = arg.to_lowercase();
    if let Some(name) = cmd
        .get_subcommands()
        .map(|c| c.get_name())
        .find(|name| edit_distance(&lower, name) <= 2)
    {
        err.hint = if lower == name {
            // `claimdiff a.txt compare b.txt`: a subcommand after a file
            // name is a file name.
            format!("the subcommand comes first: claimdiff {name} …")
        } else {
            format!("did you mean the subcommand: claimdiff {name} …?")
        };
    }
    err
}

/// Edits (insert, delete, substitute, swap two neighbours) from `a` to `b`.
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    // d[i][j]: edits from a[..i] to b[..j].
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

/// The full-screen interface needs a terminal that understands cursor
/// movement; a `dumb` one (or none named) would show escape codes as text.
pub fn incapable_terminal() -> Option<UserError> {
    if !cfg!(unix) {
        // Windows consoles name no TERM and draw fine.
        return None;
    }
    let term = std::env::var("TERM").unwrap_or_default();
    let why = match term.as_str() {
        "" => "TERM is not set",
        "dumb" => "TERM is dumb",
        _ => return None,
    };
    Some(UserError::new(
        format!("the interface needs a terminal that can move the cursor ({why})"),
        "set TERM, e.g. TERM=xterm-256color, or use claimdiff compare A B --format text",
    ))
}

fn load_one(arg: &str, role: &str) -> Result<Document, UserError> {
    let mut docs = load_all(&[arg.to_string()])?;
    if docs.len() != 1 {
        return Err(UserError::new(
            format!(
                "{role} {} is a directory with {} articles",
                claimdiff::error::shown(arg),
                docs.len()
            ),
            "name one file, or open the directory with claimdiff DIR",
        ));
    }
    Ok(docs.remove(0))
}

/// One line on standard error, `claimdiff: ` first. Standard error that
/// cannot be written (full, a closed pipe) drops the line: a warning is
/// lost, an error still ends with its exit code, nothing panics.
///
/// Whatever the line quotes (a file name, a line of a theme file) reaches
/// the terminal with visible stand-ins for control characters, on one line.
pub fn diagnose(line: &str) {
    let line = claimdiff::visible::name(line);
    let mut err = io::stderr().lock();
    let _ = writeln!(err, "claimdiff: {line}").and_then(|_| err.flush());
}

/// Write to standard output; a reader that went away (a closed pipe) is not an error.
fn emit(s: &str) -> Result<(), UserError> {
    let mut out = io::stdout().lock();
    match out.write_all(s.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(UserError::new(
            format!("cannot write the output: {e}"),
            "check where standard output goes",
        )),
    }
}

/// Stream JSON to standard output: indented for a person at a terminal,
/// compact for a pipe (a 4 MB comparison is half the size and twice as fast).
fn emit_json<T: serde::Serialize>(v: &T) -> Result<(), UserError> {
    let pretty = io::stdout().is_terminal();
    let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
    let written = json::write(&mut out, v, pretty)
        .and_then(|_| out.write_all(b"\n"))
        .and_then(|_| out.flush());
    match written {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(UserError::new(
            format!("cannot write the output: {e}"),
            "check where standard output goes",
        )),
    }
}

pub fn compare(left: &str, right: &str, format: Format) -> Result<(), UserError> {
    if left == "-" && right == "-" {
        return Err(UserError::new(
            "standard input (-) can be read only once",
            "give the other article as a file",
        ));
    }
    let load = || -> Result<Vec<Document>, UserError> {
        Ok(vec![
            load_one(left, "left article")?,
            load_one(right, "right article")?,
        ])
    };
    // Someone typing an article at the terminal needs no spinner over it.
    let typed = [left, right].contains(&"-") && io::stdin().is_terminal();
    let early = if typed { Some(load()?) } else { None };
    let progress = Progress::start();
    progress.say("reading articles");
    let docs = match early {
        Some(docs) => docs,
        None => load()?,
    };
    let corpus = Corpus::with_progress(docs, &|k, n| {
        progress.say(format!("analysing articles {k}/{n}"))
    });
    progress.say("comparing sentences");
    let cmp = corpus.compare(0, 1);
    drop(progress);
    match format {
        Format::Json => emit_json(&json::compare_stream(&corpus, &cmp)),
        Format::Text => emit(&text::compare(&corpus, &cmp)),
        Format::Markdown => emit(&text::markdown(&corpus, &cmp)),
    }
}

pub fn sentences(file: &str, format: SentencesFormat) -> Result<(), UserError> {
    let src = &Source::sentences_only(load_one(file, "article")?);
    match format {
        SentencesFormat::Json => emit_json(&json::sentences(src)),
        SentencesFormat::Text => emit(&text::sentences(src)),
    }
}

/// Print the text spans index, byte for byte (control characters shown as
/// visible stand-ins, as everywhere claimdiff writes article text).
pub fn text(file: &str) -> Result<(), UserError> {
    let doc = load_one(file, "article")?;
    let mut out = doc
        .text
        .split('\n')
        .map(claimdiff::visible::visible)
        .collect::<Vec<_>>()
        .join("\n");
    if !out.ends_with('\n') {
        out.push('\n');
    }
    emit(&out)
}

pub fn facts(files: &[String], format: Format) -> Result<(), UserError> {
    let docs = if files.is_empty() {
        Document::seeds()
    } else {
        load_all(files)?
    };
    if docs.len() < 2 {
        return Err(Error::TooFewSources {
            need: 2,
            got: docs.len(),
        }
        .into());
    }
    let progress = Progress::start();
    let corpus = Corpus::with_progress(docs, &|k, n| {
        progress.say(format!("analysing articles {k}/{n}"))
    });
    progress.say("comparing the sources that give the same figures");
    let found = facts::gather(&corpus);
    drop(progress);
    match format {
        Format::Json => emit_json(&json::facts(&corpus, &found)),
        Format::Text => emit(&text::facts(&corpus, &found)),
        Format::Markdown => emit(&text::facts_markdown(&corpus, &found)),
    }
}

/// Is this session one the interface can run in?
pub fn interactive() -> bool {
    io::stdout().is_terminal() && io::stdin().is_terminal()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_a_swap_as_one() {
        assert_eq!(edit_distance("comapre", "compare"), 1);
        assert_eq!(edit_distance("sentence", "sentences"), 1);
        assert_eq!(edit_distance("fcats", "facts"), 1);
        assert!(edit_distance("reuters", "facts") > 2);
        assert_eq!(edit_distance("", "abc"), 3);
    }

    #[test]
    fn a_missing_file_named_like_a_subcommand_gets_a_hint() {
        let missing = || Error::Read {
            path: "x".into(),
            source: io::Error::from(io::ErrorKind::NotFound),
        };
        assert!(
            mistyped("comapre", missing())
                .hint
                .contains("claimdiff compare")
        );
        assert!(
            mistyped("Sentence", missing())
                .hint
                .contains("claimdiff sentences")
        );
        assert!(!mistyped("reuters", missing()).hint.contains("subcommand"));
        assert!(
            !mistyped("compare.txt", missing())
                .hint
                .contains("subcommand")
        );
    }
}
