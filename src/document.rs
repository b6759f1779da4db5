//! Ingest: bytes from a file, a directory, standard input or the bundled seeds
//! become a [`Document`] whose text every later span points into.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::furniture::{self, Metadata};
use crate::span::Span;

/// One article as read: its decoded text, where page furniture sits, and what
/// the text says about itself (title, date, outlet).
#[derive(Debug, Clone)]
pub struct Document {
    /// Where it came from, as the user named it (`-` for standard input).
    pub source: String,
    /// A short label for headers: the file stem without a trailing hash.
    pub name: String,
    /// The text, decoded. Valid UTF-8 is kept byte for byte (a BOM included),
    /// so text offsets are file offsets; see [`Document::byte_offset`] for the rest.
    pub text: String,
    /// Page furniture (menus, copyright lines, date labels): shown, never aligned.
    pub furniture: Vec<Span>,
    pub meta: Metadata,
    /// Things the reader should know about the input (lossy decoding).
    pub warnings: Vec<String>,
    /// True when `text` was taken out of a web page or Markdown: spans then
    /// index `text` (what `claimdiff text` prints), not the file's bytes.
    pub extracted: bool,
    /// Where lossy decoding changed lengths: (text offset, text minus byte offset).
    remap: Vec<(usize, isize)>,
}

/// The five articles bundled with claimdiff, compiled in so the binary works
/// from any directory.
pub const SEEDS: [(&str, &[u8]); 5] = [
    (
        "seeds/000_eb0554e51823464c.txt",
        include_bytes!("../seeds/000_eb0554e51823464c.txt"),
    ),
    (
        "seeds/001_1ad83453b1c116c7.txt",
        include_bytes!("../seeds/001_1ad83453b1c116c7.txt"),
    ),
    (
        "seeds/002_efb45a0d0f529450.txt",
        include_bytes!("../seeds/002_efb45a0d0f529450.txt"),
    ),
    (
        "seeds/003_89d268c9d44043d3.txt",
        include_bytes!("../seeds/003_89d268c9d44043d3.txt"),
    ),
    (
        "seeds/004_dff8af2a5de8f27f.txt",
        include_bytes!("../seeds/004_dff8af2a5de8f27f.txt"),
    ),
];

/// Extensions read from a directory.
const TEXT_EXTENSIONS: [&str; 6] = ["txt", "md", "markdown", "text", "html", "htm"];

impl Document {
    /// Decode `bytes` (lossily if need be) and find the furniture.
    pub fn from_bytes(source: &str, bytes: Vec<u8>) -> Document {
        let mut warnings = Vec::new();
        let (text, remap) = match String::from_utf8(bytes) {
            Ok(text) => (text, Vec::new()),
            Err(err) => {
                let (text, remap, bad) = decode_lossy(err.as_bytes());
                warnings.push(format!(
                    "{source}: {bad} invalid UTF-8 sequence{} replaced with \u{FFFD}",
                    if bad == 1 { "" } else { "s" }
                ));
                (text, remap)
            }
        };
        let found = furniture::find(&text);
        Document {
            name: short_name(source),
            source: source.to_string(),
            text,
            furniture: found.spans,
            meta: found.meta,
            warnings,
            extracted: false,
            remap,
        }
    }

    /// An article taken out of a page or Markdown file: `text` is what was
    /// extracted, `meta` what the page says about itself (it wins over what
    /// the text's own furniture suggests).
    pub fn from_extracted(
        source: &str,
        text: String,
        meta: Metadata,
        warnings: Vec<String>,
    ) -> Document {
        let found = furniture::find(&text);
        Document {
            name: short_name(source),
            source: source.to_string(),
            furniture: found.spans,
            meta: Metadata {
                title: meta.title.or(found.meta.title),
                date: meta.date.or(found.meta.date),
                outlet: meta.outlet.or(found.meta.outlet),
            },
            text,
            warnings,
            extracted: true,
            remap: Vec::new(),
        }
    }

    /// Decode a string that is already text (tests, library users).
    pub fn from_text(source: &str, text: &str) -> Document {
        Document::from_bytes(source, text.as_bytes().to_vec())
    }

    /// The offset in the original bytes of a text offset. The identity unless
    /// invalid UTF-8 was replaced.
    pub fn byte_offset(&self, text_offset: usize) -> usize {
        let i = self.remap.partition_point(|&(at, _)| at <= text_offset);
        if i == 0 {
            return text_offset;
        }
        let (_, delta) = self.remap[i - 1];
        (text_offset as isize - delta) as usize
    }

    /// The bundled seed articles.
    pub fn seeds() -> Vec<Document> {
        SEEDS
            .iter()
            .map(|(name, bytes)| Document::from_bytes(name, bytes.to_vec()))
            .collect()
    }
}

/// Read the articles one command-line argument names: a file, a directory of
/// text files, or `-` for standard input.
pub fn load(arg: &str) -> Result<Vec<Document>, Error> {
    load_with(arg, crate::fetch::DEFAULT_TIMEOUT)
}

/// [`load`], with a bound on the time a URL may take.
pub fn load_with(arg: &str, timeout: std::time::Duration) -> Result<Vec<Document>, Error> {
    if crate::fetch::is_url(arg) {
        return Ok(vec![crate::ingest::from_url(arg, timeout)?]);
    }
    if arg == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(|source| Error::Read {
                path: "-".into(),
                source,
            })?;
        return Ok(vec![checked(arg, bytes)?]);
    }
    let path = Path::new(arg);
    let meta = std::fs::metadata(path).map_err(|source| Error::Read {
        path: arg.into(),
        source,
    })?;
    if meta.is_dir() {
        let files = text_files(path)?;
        if files.is_empty() {
            return Err(Error::EmptyDirectory { path: arg.into() });
        }
        return files
            .iter()
            .map(|f| {
                let shown = f.display().to_string();
                read_file(&shown, f)
            })
            .collect();
    }
    Ok(vec![read_file(arg, path)?])
}

fn read_file(shown: &str, path: &Path) -> Result<Document, Error> {
    let bytes = std::fs::read(path).map_err(|source| Error::Read {
        path: shown.into(),
        source,
    })?;
    checked(shown, bytes)
}

/// Refuse what is plainly not an article (an executable, an image) instead of
/// printing pages of replacement characters.
fn checked(source: &str, bytes: Vec<u8>) -> Result<Document, Error> {
    if looks_binary(&bytes) {
        return Err(Error::Binary {
            path: source.into(),
        });
    }
    crate::ingest::document(source, bytes, None)
}

/// Signatures of file formats that are not text.
const MAGIC: [&[u8]; 8] = [
    b"\x7fELF",
    b"MZ\x90\0",
    b"\x89PNG",
    b"%PDF-",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"GIF8",
    b"\xff\xd8\xff",
];

/// Binary if it starts with a known non-text signature, or if more than one
/// byte in ten of the first 8 KiB is NUL or a control character text does not
/// hold. A few stray escapes or NULs in an article are text with damage, not
/// a binary file: they are read and shown as visible stand-ins.
pub fn looks_binary(bytes: &[u8]) -> bool {
    if MAGIC.iter().any(|m| bytes.starts_with(m)) {
        return true;
    }
    let head = &bytes[..bytes.len().min(8192)];
    let odd = head
        .iter()
        .filter(|&&b| b == 0 || (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C | 0x1B)))
        .count();
    odd * 10 > head.len()
}

fn text_files(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let shown = dir.display().to_string();
    let entries = std::fs::read_dir(dir).map_err(|source| Error::Read {
        path: shown.clone(),
        source,
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .filter(|p| {
            p.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| TEXT_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        })
        .collect();
    files.sort();
    Ok(files)
}

/// `seeds/000_eb0554e51823464c.txt` → `000`; `reuters.txt` → `reuters`.
fn short_name(source: &str) -> String {
    if source == "-" {
        return "stdin".into();
    }
    let stem = Path::new(source)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or(source);
    match stem.rsplit_once('_') {
        Some((head, hash))
            if !head.is_empty()
                && hash.len() >= 8
                && hash.bytes().all(|b| b.is_ascii_hexdigit()) =>
        {
            head.to_string()
        }
        _ => stem.to_string(),
    }
}

/// Decode with U+FFFD for each invalid sequence, remembering where the text
/// grew or shrank against the bytes.
fn decode_lossy(bytes: &[u8]) -> (String, Vec<(usize, isize)>, usize) {
    let mut text = String::with_capacity(bytes.len() + 16);
    let mut remap = Vec::new();
    let mut byte_pos = 0usize;
    let mut bad = 0;
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        byte_pos += chunk.valid().len();
        if !chunk.invalid().is_empty() {
            text.push('\u{FFFD}');
            byte_pos += chunk.invalid().len();
            bad += 1;
            remap.push((text.len(), text.len() as isize - byte_pos as isize));
        }
    }
    (text, remap, bad)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_text_keeps_offsets() {
        let d = Document::from_text("a.txt", "\u{FEFF}Hello.\r\nWorld.");
        assert_eq!(d.byte_offset(5), 5);
        assert!(d.warnings.is_empty());
    }

    #[test]
    fn lossy_decoding_maps_offsets_back_to_bytes() {
        // One invalid byte (0xFF) becomes a 3-byte replacement character.
        let bytes = b"ab\xFFcd".to_vec();
        let d = Document::from_bytes("x", bytes);
        assert_eq!(d.text, "ab\u{FFFD}cd");
        assert_eq!(d.warnings.len(), 1);
        assert_eq!(d.byte_offset(2), 2);
        assert_eq!(d.byte_offset(5), 3, "'c' sits at byte 3");
        assert_eq!(d.byte_offset(7), 5);
    }

    #[test]
    fn short_names() {
        assert_eq!(short_name("seeds/000_eb0554e51823464c.txt"), "000");
        assert_eq!(short_name("news/reuters_day1.txt"), "reuters_day1");
        assert_eq!(short_name("-"), "stdin");
    }

    #[test]
    fn binary_detection() {
        assert!(looks_binary(b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0"));
        assert!(!looks_binary(
            "Plain text, with a tab\tand\r\nlines.".as_bytes()
        ));
        assert!(!looks_binary(b""));
        assert!(!looks_binary(
            b"An article with one stray \x07 bell and an \x1b[2J escape in it."
        ));
        assert!(looks_binary(&[0u8, 1, 2, 3, 0, 0, 5, 6, 7, 8]));
    }
}
