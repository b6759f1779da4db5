//! Web pages: the article found the way reader modes find it (Mozilla's
//! Readability, as the `dom_smoothie` crate implements it), its paragraphs and
//! headings kept as blocks, and what the page says about itself (title,
//! outlet, date) read from its metadata.
//!
//! The result is plain text, one block per paragraph or heading with a blank
//! line between; a document's spans index that text, which
//! `claimdiff text PAGE` prints byte for byte.

use dom_smoothie::{Config, Readability, TextMode};
use encoding_rs::{Encoding, UTF_8};

use crate::error::Error;
use crate::furniture::Metadata;

/// An article taken out of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extracted {
    pub text: String,
    pub meta: Metadata,
}

/// Elements Readability will look at; past this a page is not an article but
/// something built to stall a parser. A long article has a few thousand.
const MAX_ELEMENTS: usize = 200_000;
/// Letters and digits below which what Readability found is not an article.
const MIN_ARTICLE_CHARS: usize = 80;
/// How deep tags may nest. Parsing and scoring slow down with the square of
/// the depth (2,000 levels take seconds); real pages stay under a hundred.
const MAX_DEPTH: usize = 1_000;

/// Count elements and the deepest nesting without parsing: a cheap look at
/// the tags, so a hostile page is refused before the parser sees it.
/// Approximate (tags inside scripts count too), which is fine for a bound.
fn shape(html: &str) -> (usize, usize) {
    const VOID: [&[u8]; 14] = [
        b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta",
        b"param", b"source", b"track", b"wbr",
    ];
    let b = html.as_bytes();
    let (mut elements, mut depth, mut deepest) = (0usize, 0usize, 0usize);
    let mut i = 0;
    while let Some(off) = b[i..].iter().position(|&c| c == b'<') {
        i += off + 1;
        match b.get(i) {
            Some(b'/') => depth = depth.saturating_sub(1),
            Some(c) if c.is_ascii_alphabetic() => {
                let name_len = b[i..]
                    .iter()
                    .position(|c| !c.is_ascii_alphanumeric())
                    .unwrap_or(b.len() - i);
                let name = b[i..i + name_len].to_ascii_lowercase();
                let close = b[i..].iter().position(|&c| c == b'>').map(|p| i + p);
                let self_closing = close.is_some_and(|p| b[p - 1] == b'/');
                elements += 1;
                if !self_closing && !VOID.contains(&name.as_slice()) {
                    depth += 1;
                    deepest = deepest.max(depth);
                }
            }
            _ => {}
        }
    }
    (elements, deepest)
}

/// Does this look like the start of an HTML document? Used for standard input
/// and for pages a server labels vaguely.
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1024)];
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    let head = head[start..].to_ascii_lowercase();
    [
        &b"<!doctype html"[..],
        b"<html",
        b"<head",
        b"<body",
        b"<meta",
        b"<title",
        b"<article",
        b"<!--",
    ]
    .iter()
    .any(|p| head.starts_with(p))
}

/// Decode a page: the charset a server declared wins, then a byte-order mark,
/// then a `<meta charset>` in the first kilobytes, then UTF-8. Bytes that do
/// not decode become U+FFFD, with a warning; an unknown charset name is
/// warned about and read as UTF-8.
pub fn decode(source: &str, bytes: &[u8], content_type: Option<&str>) -> (String, Vec<String>) {
    let mut warnings = Vec::new();
    let declared = content_type
        .and_then(charset_param)
        .or_else(|| meta_charset(bytes));
    let encoding = match declared {
        Some(label) => Encoding::for_label(label.trim().as_bytes()).unwrap_or_else(|| {
            warnings.push(format!(
                "{source}: unknown charset '{}', read as UTF-8",
                crate::visible::visible(label.trim())
            ));
            UTF_8
        }),
        None => UTF_8,
    };
    // A byte-order mark overrides a declaration, as browsers do.
    let (text, used, had_errors) = encoding.decode(bytes);
    if had_errors {
        warnings.push(format!(
            "{source}: bytes that are not {} replaced with \u{FFFD}",
            used.name()
        ));
    }
    (text.into_owned(), warnings)
}

/// `text/html; charset="ISO-8859-1"` → `ISO-8859-1`.
fn charset_param(content_type: &str) -> Option<&str> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| v.trim().trim_matches(['"', '\'']))
    })
}

/// The charset of `<meta charset=...>` or `<meta http-equiv content="...;
/// charset=...">` within the first 4 KiB.
fn meta_charset(bytes: &[u8]) -> Option<&str> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower = head.to_ascii_lowercase();
    let at = lower.windows(8).position(|w| w == b"charset=")? + 8;
    let rest = &head[at..];
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|&b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.')))
        .unwrap_or(rest.len());
    std::str::from_utf8(&rest[..end])
        .ok()
        .filter(|s| !s.is_empty())
}

/// Find the article in a decoded page.
pub fn extract(source: &str, html: &str) -> Result<Extracted, Error> {
    let source_owned = source.to_string();
    let html_owned = html.to_string();
    // Deeply nested tags are parsed by recursive code in places; a thread with
    // a generous stack (reserved, not used, unless a page needs it) keeps a
    // hostile page from overflowing the main thread's.
    let worker = std::thread::Builder::new()
        .name("html".into())
        .stack_size(256 << 20)
        .spawn(move || extract_here(&source_owned, &html_owned));
    match worker.map(|w| w.join()) {
        Ok(Ok(result)) => result,
        _ => Err(Error::NoArticle {
            path: source.to_string(),
        }),
    }
}

fn extract_here(source: &str, html: &str) -> Result<Extracted, Error> {
    let none = || Error::NoArticle {
        path: source.to_string(),
    };
    let refuse = |why: String| Error::Page {
        path: source.to_string(),
        why,
    };
    let (elements, deepest) = shape(html);
    if elements > MAX_ELEMENTS {
        return Err(refuse(format!("it has more than {MAX_ELEMENTS} elements")));
    }
    if deepest > MAX_DEPTH {
        return Err(refuse(format!("its tags nest more than {MAX_DEPTH} deep")));
    }
    let cfg = Config {
        max_elements_to_parse: MAX_ELEMENTS + 1,
        text_mode: TextMode::Formatted,
        ..Default::default()
    };
    let mut reader = Readability::new(html, None, Some(cfg)).map_err(|_| none())?;
    let article = reader.parse().map_err(|_| none())?;
    let text = blocks(&article.text_content);
    // Readability always returns its best guess; on a page without an
    // article that is a menu label or two. A real article, even a brief,
    // runs to more than a sentence.
    if text.chars().filter(|c| c.is_alphanumeric()).count() < MIN_ARTICLE_CHARS {
        return Err(none());
    }
    let clean = |s: &str| {
        let s = collapse(s);
        (!s.is_empty()).then_some(s)
    };
    Ok(Extracted {
        text,
        meta: Metadata {
            title: clean(&article.title),
            outlet: article.site_name.as_deref().and_then(clean),
            date: article.published_time.as_deref().and_then(clean),
        },
    })
}

/// One block per paragraph: whitespace inside a block collapsed to single
/// spaces, blocks separated by one blank line, no control characters.
fn blocks(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for block in text.split('\n') {
        let block = collapse(block);
        if block.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(&block);
    }
    out
}

/// Runs of whitespace (and control characters, which a page may hide in its
/// text) become one space; the ends are trimmed.
fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut gap = false;
    for c in s.chars() {
        if c.is_whitespace() || c.is_control() {
            gap = !out.is_empty();
        } else {
            if gap {
                out.push(' ');
                gap = false;
            }
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffing() {
        assert!(looks_like_html(b"  <!DOCTYPE html><html>"));
        assert!(looks_like_html(b"\xEF\xBB\xBF<html lang=en>"));
        assert!(!looks_like_html(b"Officials said <b> was bold."));
        assert!(!looks_like_html(b""));
    }

    #[test]
    fn charsets() {
        let latin1 = b"<meta charset=\"iso-8859-1\"><p>Caf\xe9 owners said so.</p>";
        let (text, warnings) = decode("p", latin1, None);
        assert!(text.contains("Café"), "{text}");
        assert!(warnings.is_empty());
        let (text, _) = decode("p", b"Caf\xe9", Some("text/html; charset=ISO-8859-1"));
        assert_eq!(text, "Café");
        let (text, warnings) = decode("p", "Café".as_bytes(), Some("text/html; charset=bogus-8"));
        assert_eq!(text, "Café");
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].contains("unknown charset 'bogus-8'"));
        let (_, warnings) = decode("p", b"ok \xff", None);
        assert_eq!(warnings.len(), 1);
    }

    #[test]
    fn blocks_collapse_whitespace_and_controls() {
        assert_eq!(
            blocks("  One\t two \n\n\n Three\x1b[2J.\n"),
            "One two\n\nThree [2J."
        );
    }

    #[test]
    fn shapes() {
        assert_eq!(
            shape("<p>a<br>b<img src=x/></p><div><span>c</span></div>"),
            (5, 2)
        );
        assert_eq!(shape("a < b and c<d"), (1, 1));
        let deep = "<div>".repeat(MAX_DEPTH + 1);
        let err = extract("deep.html", &deep).unwrap_err();
        assert!(err.to_string().contains("nest more than"), "{err}");
    }

    #[test]
    fn a_page_without_an_article_says_so() {
        let page = "<html><head><title>Home</title></head><body><nav><a href=/>Home</a></nav></body></html>";
        let err = extract("home.html", page).unwrap_err();
        assert!(matches!(err, Error::NoArticle { .. }), "{err}");
    }
}
