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
  claimdiff news/                            open every .txt/.md file in a directory
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
#[command(name = "claimdiff", version, about, after_help = EXAMPLES, args_conflicts_with_subcommands = true)]
pub struct Args {
    /// Articles to open in the interface: files, directories, or - for standard input.
    /// With none, the bundled articles open.
    pub files: Vec<String>,

    /// Colours of the interface: default, colorblind (safe for red–green colour
    /// blindness), or a theme file. NO_COLOR turns colour off.
    #[arg(long, value_name = "THEME")]
    pub theme: Option<String>,

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
        /// The left article (a file, or - for standard input).
        left: String,
        /// The right article.
        right: String,
        #[arg(long, short, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Show how an article is split into sentences, with byte offsets.
    Sentences {
        /// The article (a file, or - for standard input).
        file: String,
        #[arg(long, short, value_enum, default_value_t = Format::Text)]
        format: Format,
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
        docs.extend(document::load_with(a, timeout)?);
    }
    drop(progress);
    for d in &docs {
        for w in &d.warnings {
            eprintln!("claimdiff: warning: {w}");
        }
    }
    Ok(docs)
}

fn load_one(arg: &str, role: &str) -> Result<Document, UserError> {
    let mut docs = load_all(&[arg.to_string()])?;
    if docs.len() != 1 {
        return Err(UserError::new(
            format!("{role} '{arg}' is a directory with {} articles", docs.len()),
            "name one file, or open the directory with claimdiff DIR",
        ));
    }
    Ok(docs.remove(0))
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
    let written = if pretty {
        serde_json::to_writer_pretty(&mut out, v)
    } else {
        serde_json::to_writer(&mut out, v)
    }
    .map_err(io::Error::from)
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
    let progress = Progress::start();
    progress.say("reading articles");
    let docs = vec![
        load_one(left, "left article")?,
        load_one(right, "right article")?,
    ];
    let corpus = Corpus::with_progress(docs, &|k, n| {
        progress.say(format!("analysing articles {k}/{n}"))
    });
    progress.say("comparing sentences");
    let cmp = corpus.compare(0, 1);
    drop(progress);
    match format {
        Format::Json => emit_json(&json::compare(&corpus, &cmp)),
        Format::Text => emit(&text::compare(&corpus, &cmp)),
        Format::Markdown => emit(&text::markdown(&corpus, &cmp)),
    }
}

pub fn sentences(file: &str, format: Format) -> Result<(), UserError> {
    let src = &Source::sentences_only(load_one(file, "article")?);
    match format {
        Format::Json => emit_json(&json::sentences(src)),
        Format::Text | Format::Markdown => emit(&text::sentences(src)),
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
    progress.say("comparing every pair of sources");
    let comparisons = corpus.compare_all();
    drop(progress);
    let found = facts::facts(&corpus, &comparisons);
    match format {
        Format::Json => emit_json(&json::facts(&corpus, &found)),
        Format::Text | Format::Markdown => emit(&text::facts(&corpus, &found)),
    }
}

/// Is this session one the interface can run in?
pub fn interactive() -> bool {
    io::stdout().is_terminal() && io::stdin().is_terminal()
}
