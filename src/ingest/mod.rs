//! What an input is, and how its article is read: plain text as it is, web
//! pages through a reader mode ([`html`]), Markdown through a parser
//! ([`markdown`]), URLs fetched first ([`crate::fetch`]).

pub mod html;
pub mod markdown;

use std::path::Path;
use std::time::Duration;

use crate::document::{Document, looks_binary};
use crate::error::Error;
use crate::fetch;
use crate::furniture::Metadata;

/// The kinds of input claimdiff reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Html,
    Markdown,
}

/// Decide by what the server said, then by the file's extension, then by
/// how the bytes begin.
pub fn kind_of(source: &str, bytes: &[u8], content_type: Option<&str>) -> Kind {
    if let Some(ct) = content_type {
        let mime = ct
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        match mime.as_str() {
            "text/html" | "application/xhtml+xml" => return Kind::Html,
            "text/markdown" | "text/x-markdown" => return Kind::Markdown,
            // A server that says plain text may still send a page.
            _ => {}
        }
    }
    let ext = Path::new(source)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("html" | "htm" | "xhtml") => Kind::Html,
        Some("md" | "markdown") => Kind::Markdown,
        Some("txt" | "text") => Kind::Text,
        _ if html::looks_like_html(bytes) => Kind::Html,
        _ => Kind::Text,
    }
}

/// Read `bytes` named `source` as the kind they are.
pub fn document(
    source: &str,
    bytes: Vec<u8>,
    content_type: Option<&str>,
) -> Result<Document, Error> {
    match kind_of(source, &bytes, content_type) {
        Kind::Text => Ok(Document::from_bytes(source, bytes)),
        Kind::Html => {
            // The same bound as a fetched page: the parsed tree of a page
            // takes several times its size in memory.
            if bytes.len() as u64 > fetch::MAX_BODY {
                return Err(Error::Page {
                    path: source.to_string(),
                    why: format!("it is larger than {} MB", fetch::MAX_BODY >> 20),
                });
            }
            let (page, warnings) = html::decode(source, &bytes, content_type);
            drop(bytes);
            let found = html::extract(source, &page)?;
            Ok(Document::from_extracted(
                source, found.text, found.meta, warnings,
            ))
        }
        Kind::Markdown => {
            let plain = Document::from_bytes(source, bytes);
            let (text, title) = markdown::extract(&plain.text);
            let meta = Metadata {
                title,
                ..Metadata::default()
            };
            Ok(Document::from_extracted(source, text, meta, plain.warnings))
        }
    }
}

/// Fetch a URL and read the article in it.
pub fn from_url(url: &str, timeout: Duration) -> Result<Document, Error> {
    let page = fetch::get(url, timeout)?;
    if looks_binary(&page.bytes) {
        return Err(Error::Fetch {
            url: url.to_string(),
            why: "the server sent a binary file, not a page".into(),
        });
    }
    // The URL's path may end in .html or in nothing; the server's word and
    // the bytes decide, not the URL.
    let kind_name = match kind_of("", &page.bytes, page.content_type.as_deref()) {
        Kind::Html => "page.html",
        Kind::Markdown => "page.md",
        Kind::Text => "page.txt",
    };
    let mut doc =
        document(kind_name, page.bytes, page.content_type.as_deref()).map_err(|e| match e {
            Error::NoArticle { .. } => Error::NoArticle { path: url.into() },
            Error::Page { why, .. } => Error::Page {
                path: url.into(),
                why,
            },
            other => other,
        })?;
    doc.warnings = doc
        .warnings
        .iter()
        .map(|w| w.replacen(kind_name, url, 1))
        .collect();
    doc.source = url.to_string();
    doc.name = short_url(url);
    Ok(doc)
}

/// `https://www.example.org/news/2026/storm-hits-coast.html?x=1` →
/// `example.org/storm-hits-coast`.
pub fn short_url(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let rest = rest.split(['?', '#']).next().unwrap_or(rest);
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let host = host.strip_prefix("www.").unwrap_or(host);
    let last = path.split('/').rfind(|s| !s.is_empty()).unwrap_or("");
    let last = last
        .strip_suffix(".html")
        .or_else(|| last.strip_suffix(".htm"))
        .unwrap_or(last);
    if last.is_empty() {
        host.to_string()
    } else {
        format!("{host}/{last}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds() {
        assert_eq!(kind_of("a.HTML", b"x", None), Kind::Html);
        assert_eq!(kind_of("a.md", b"<html>", None), Kind::Markdown);
        assert_eq!(kind_of("-", b"<!doctype html>", None), Kind::Html);
        assert_eq!(kind_of("-", b"Plain words.", None), Kind::Text);
        assert_eq!(
            kind_of("", b"x", Some("text/html; charset=utf-8")),
            Kind::Html
        );
        assert_eq!(kind_of("", b"<html>", Some("text/plain")), Kind::Html);
        assert_eq!(kind_of("a.txt", b"<html>", None), Kind::Text);
    }

    #[test]
    fn short_urls() {
        assert_eq!(
            short_url("https://www.example.org/news/2026/storm-hits.html?x=1"),
            "example.org/storm-hits"
        );
        assert_eq!(short_url("http://127.0.0.1:8080/"), "127.0.0.1:8080");
    }
}
