//! The engine's errors. Each message names what went wrong; [`Error::hint`]
//! says what the reader can do about it.

use std::io;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read '{path}': {}", describe_io(source))]
    Read { path: String, source: io::Error },
    #[error("'{path}' looks like a binary file, not an article")]
    Binary { path: String },
    #[error("directory '{path}' holds no .txt or .md files")]
    EmptyDirectory { path: String },
    #[error("need at least {need} articles, got {got}")]
    TooFewSources { need: usize, got: usize },
    #[error("cannot fetch '{url}': {why}")]
    Fetch { url: String, why: String },
    #[error("'{path}' is a web page with no article text in it")]
    NoArticle { path: String },
    #[error("'{path}' cannot be read as a web page: {why}")]
    Page { path: String, why: String },
}

impl Error {
    /// What to do next, in a few words.
    pub fn hint(&self) -> &'static str {
        match self {
            Error::Read { source, .. } => match source.kind() {
                io::ErrorKind::NotFound => "check the path, or pass - to read standard input",
                io::ErrorKind::PermissionDenied => "check the file's permissions",
                _ => "check that the path names a readable file",
            },
            Error::Binary { .. } => "give a UTF-8 text or Markdown file",
            Error::EmptyDirectory { .. } => {
                "put the articles there as .txt or .md files, or name the files"
            }
            Error::TooFewSources { .. } => "name two or more files, or a directory that holds them",
            Error::Fetch { .. } => {
                "check the URL, give more time with --timeout SECONDS, or save the page and name the file"
            }
            Error::NoArticle { .. } => "open the article's own page, not an index or a front page",
            Error::Page { .. } => "save the article's text to a file and name that file",
        }
    }
}

fn describe_io(err: &io::Error) -> String {
    match err.kind() {
        io::ErrorKind::NotFound => "no such file or directory".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => {
            // io::Error's Display adds "(os error N)"; keep the words only.
            let s = err.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_lowercase(),
                None => s.to_lowercase(),
            }
        }
    }
}
