//! The engine's errors. Each message names what went wrong; [`Error::hint`]
//! says what the reader can do about it.

use std::io;

use crate::visible::name;

/// Paths are kept as given and shown through [`name`]: a control character
/// or line break in a file name never reaches the terminal, and the message
/// stays on one line.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read {}: {}", shown(path), describe_io(source))]
    Read { path: String, source: io::Error },
    #[error("{} looks like a binary file, not text", shown(path))]
    Binary { path: String },
    #[error("directory {} holds no .txt, .md or .html files", shown(path))]
    EmptyDirectory { path: String },
    #[error("{} is longer than the input limit of {}", shown(path), size(*limit))]
    TooLarge { path: String, limit: u64 },
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
            Error::Binary { .. } => {
                "give a text or Markdown file, in UTF-8 or in UTF-16 with a BOM"
            }
            Error::TooLarge { .. } => {
                "raise the limit with --max-input-size, e.g. --max-input-size 1G, or give a shorter file"
            }
            Error::EmptyDirectory { .. } => {
                "put the articles there as .txt, .md or .html files, or name the files"
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

/// A path in a message: quoted, with visible stand-ins for control
/// characters; `-` is standard input.
pub fn shown(path: &str) -> String {
    if path == "-" {
        "standard input".into()
    } else {
        format!("'{}'", name(path))
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

/// A byte count as people write it: `64 MiB`, `1.5 GiB`, `4096 bytes`.
pub fn size(bytes: u64) -> String {
    const UNITS: [(u64, &str); 3] = [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")];
    for (unit, label) in UNITS {
        if bytes >= unit {
            let whole = bytes / unit;
            let tenths = (bytes % unit) * 10 / unit;
            return if tenths == 0 {
                format!("{whole} {label}")
            } else {
                format!("{whole}.{tenths} {label}")
            };
        }
    }
    format!("{bytes} bytes")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_show_names_on_one_line() {
        let e = Error::Read {
            path: "evil\n\u{1b}]0;owned\u{7}.txt".into(),
            source: io::Error::from(io::ErrorKind::NotFound),
        };
        let m = e.to_string();
        assert_eq!(
            m,
            "cannot read 'evil\u{240a}\u{241b}]0;owned\u{2407}.txt': no such file or directory"
        );
    }

    #[test]
    fn sizes_read_like_people_write_them() {
        assert_eq!(size(64 << 20), "64 MiB");
        assert_eq!(size(3 << 29), "1.5 GiB");
        assert_eq!(size(1000), "1000 bytes");
        let e = Error::TooLarge {
            path: "-".into(),
            limit: 64 << 20,
        };
        assert_eq!(
            e.to_string(),
            "standard input is longer than the input limit of 64 MiB"
        );
        assert!(e.hint().contains("--max-input-size"));
    }
}
