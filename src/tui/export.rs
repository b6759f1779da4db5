//! Keep what was found: the pair on screen, or the facts table, as Markdown
//! or JSON in a file the reader names. The file is written whole to a
//! temporary name beside it and then linked into place, so a reader of the
//! directory never sees half a file, and nothing that exists is replaced:
//! not an article, not anything else.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::app::{App, View};
use crate::report::{json, text};

/// What the name asks for: `.json` is JSON, anything else Markdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Json,
}

impl Format {
    pub fn of(path: &str) -> Format {
        if path.to_ascii_lowercase().ends_with(".json") {
            Format::Json
        } else {
            Format::Markdown
        }
    }
}

/// The name offered in the prompt for what is on screen: one no file in
/// the working directory has yet, so that a second export of the same
/// pair is one enter away ("claimdiff-a-b-2.md").
pub fn suggested_name(app: &App) -> String {
    // A broken link is a name taken too: writing would be refused.
    free_name(&base_name(app), |name| {
        Path::new(name).symlink_metadata().is_ok()
    })
}

/// `name`, or, where `taken` says it is, the first of `stem-2.md`,
/// `stem-3.md`, … that is not (`name` itself after a thousand).
fn free_name(name: &str, taken: impl Fn(&str) -> bool) -> String {
    let (stem, ext) = name.rsplit_once('.').unwrap_or((name, "md"));
    std::iter::once(name.to_string())
        .chain((2..1000).map(|k| format!("{stem}-{k}.{ext}")))
        .find(|n| !taken(n))
        .unwrap_or_else(|| name.to_string())
}

/// The name for what is on screen, whether or not a file has it.
fn base_name(app: &App) -> String {
    let corpus = app.corpus.as_ref();
    let name = |i: usize| {
        corpus
            .and_then(|c| c.sources.get(i))
            .map(|s| safe_file_part(&s.doc.name))
            .unwrap_or_else(|| i.to_string())
    };
    match app.view {
        View::Facts => "claimdiff-facts.md".into(),
        _ => format!(
            "claimdiff-{}-{}.md",
            name(app.sides.left),
            name(app.sides.right)
        ),
    }
}

/// A source name made fit for a file name: letters, digits, `-`, `_`.
fn safe_file_part(s: &str) -> String {
    let out: String = s
        .chars()
        .take(40)
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if out.is_empty() { "source".into() } else { out }
}

/// Is there something to export on screen? If not, why not.
pub fn ready(app: &App) -> Result<(), String> {
    if app.corpus.is_none() {
        return Err("the articles are still being read".into());
    }
    match app.view {
        View::Pairs if app.current().is_none() => {
            Err("still aligning these two sources; export when they show".into())
        }
        View::Facts if app.facts.is_none() => {
            Err("facts are still being gathered; export when they show".into())
        }
        View::Matrix => Err("the matrix is not exported: v goes to the pairs or the facts".into()),
        _ => Ok(()),
    }
}

/// The text to write for what is on screen, or why there is none.
pub fn content(app: &App, format: Format) -> Result<String, String> {
    ready(app)?;
    let corpus = app
        .corpus
        .as_ref()
        .ok_or("the articles are still being read")?;
    match app.view {
        View::Pairs => {
            let cmp = app
                .current()
                .ok_or("still aligning these two sources; export when they show")?;
            Ok(match format {
                Format::Markdown => text::markdown(corpus, cmp),
                Format::Json => pretty(&json::compare(corpus, cmp))?,
            })
        }
        View::Facts => {
            let facts = app
                .facts
                .as_ref()
                .ok_or("facts are still being gathered; export when they show")?;
            Ok(match format {
                Format::Markdown => text::facts_markdown(corpus, facts),
                Format::Json => pretty(&json::facts(corpus, facts))?,
            })
        }
        View::Matrix => Err("the matrix is not exported: v goes to the pairs or the facts".into()),
    }
}

fn pretty<T: serde::Serialize>(v: &T) -> Result<String, String> {
    serde_json::to_string_pretty(v)
        .map(|mut s| {
            s.push('\n');
            s
        })
        .map_err(|e| format!("cannot make the JSON: {e}"))
}

/// Write `content` to a new file at `path`, atomically, never over an
/// existing file (`articles` are named in the refusal). Returns the path.
pub fn write_new(path: &str, content: &str, articles: &[&str]) -> Result<PathBuf, String> {
    let path = expand_home(path.trim());
    if path.as_os_str().is_empty() {
        return Err("type a file name (.md for Markdown, .json for JSON)".into());
    }
    let file_name = path
        .file_name()
        .ok_or("name a file, not a directory")?
        .to_string_lossy()
        .into_owned();
    if let Ok(target) = fs::canonicalize(&path) {
        let is_article = articles
            .iter()
            .filter_map(|a| fs::canonicalize(a).ok())
            .any(|a| a == target);
        return Err(if is_article {
            format!(
                "{} is an article: claimdiff never writes over one",
                path.display()
            )
        } else {
            format!("{} exists: type another name", path.display())
        });
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let (tmp, mut file) = temp_file(&dir, &file_name)
        .map_err(|e| format!("cannot write in {}: {}", dir.display(), plain(&e)))?;
    let written = file
        .write_all(content.as_bytes())
        .and_then(|()| file.sync_all());
    drop(file);
    let placed = written.and_then(|()| link_new(&tmp, &path));
    let _ = fs::remove_file(&tmp);
    match placed {
        Ok(()) => Ok(path),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            Err(format!("{} exists: type another name", path.display()))
        }
        Err(e) => Err(format!("cannot write {}: {}", path.display(), plain(&e))),
    }
}

/// `~/notes.md` as a shell would read it; anything else as typed.
fn expand_home(typed: &str) -> PathBuf {
    match (typed.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => PathBuf::from(typed),
    }
}

/// A new, empty file beside the target, under a name nobody else uses.
fn temp_file(dir: &Path, name: &str) -> io::Result<(PathBuf, fs::File)> {
    let mut last = None;
    for n in 0..100 {
        let tmp = dir.join(format!(".{name}.{}-{n}.tmp", std::process::id()));
        match fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
        {
            Ok(f) => return Ok((tmp, f)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last.unwrap_or_else(|| io::Error::other("no free temporary name")))
}

/// Put the finished temporary file in place. A hard link fails if the name
/// exists, so a file made meanwhile is not replaced; where links are not
/// supported, rename after a last look.
fn link_new(tmp: &Path, path: &Path) -> io::Result<()> {
    match fs::hard_link(tmp, path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(e),
        Err(_) if path.symlink_metadata().is_ok() => {
            Err(io::Error::from(io::ErrorKind::AlreadyExists))
        }
        Err(_) => fs::rename(tmp, path),
    }
}

/// An I/O error in words, without "(os error 13)".
fn plain(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        io::ErrorKind::NotFound => "no such directory".into(),
        _ => {
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_string(),
                None => s,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_offered_name_is_one_no_file_has() {
        let taken = ["claimdiff-a-b.md", "claimdiff-a-b-2.md"];
        let free = |n: &str| free_name(n, |m| taken.contains(&m));
        assert_eq!(free("claimdiff-a-b.md"), "claimdiff-a-b-3.md");
        assert_eq!(free("claimdiff-facts.md"), "claimdiff-facts.md");
    }

    fn scratch(tag: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("claimdiff-export-{tag}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&d);
        fs::create_dir_all(&d).unwrap();
        d
    }

    #[test]
    fn writes_a_new_file_and_leaves_no_temporary_behind() {
        let d = scratch("new");
        let p = d.join("out.md");
        let got = write_new(p.to_str().unwrap(), "# hello\n", &[]).unwrap();
        assert_eq!(got, p);
        assert_eq!(fs::read_to_string(&p).unwrap(), "# hello\n");
        let names: Vec<_> = fs::read_dir(&d)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "only the export is left: {names:?}");
        let _ = fs::remove_dir_all(&d);
    }

    #[test]
    fn never_writes_over_an_article_or_any_file() {
        let d = scratch("clobber");
        let article = d.join("article.txt");
        fs::write(&article, "The toll rose to 144.").unwrap();
        let a = article.to_str().unwrap();
        let err = write_new(a, "x", &[a]).unwrap_err();
        assert!(err.contains("is an article"), "{err}");
        let other = d.join("notes.md");
        fs::write(&other, "mine").unwrap();
        let err = write_new(other.to_str().unwrap(), "x", &[a]).unwrap_err();
        assert!(err.contains("exists"), "{err}");
        assert_eq!(
            fs::read_to_string(&article).unwrap(),
            "The toll rose to 144."
        );
        assert_eq!(fs::read_to_string(&other).unwrap(), "mine");
        let _ = fs::remove_dir_all(&d);
    }

    #[test]
    fn a_missing_directory_says_so() {
        let d = scratch("missing");
        let p = d.join("no/such/dir/out.json");
        let err = write_new(p.to_str().unwrap(), "{}", &[]).unwrap_err();
        assert!(err.contains("no such directory"), "{err}");
        assert!(write_new("  ", "x", &[]).is_err());
        let _ = fs::remove_dir_all(&d);
    }

    #[test]
    fn a_leading_tilde_is_the_home_directory() {
        if let Some(home) = std::env::var_os("HOME") {
            assert_eq!(expand_home("~/a.md"), PathBuf::from(home).join("a.md"));
        }
        assert_eq!(expand_home("a~/b.md"), PathBuf::from("a~/b.md"));
    }

    #[test]
    fn the_name_picks_the_format() {
        assert_eq!(Format::of("a.JSON"), Format::Json);
        assert_eq!(Format::of("a.md"), Format::Markdown);
        assert_eq!(Format::of("notes"), Format::Markdown);
    }
}
