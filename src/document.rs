//! Ingest: bytes from a file, a directory, standard input or the bundled seeds
//! become a [`Document`] whose text every later span points into.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::furniture::{self, Metadata};
use crate::span::Span;

/// The most read from one source (a file, standard input) unless the reader
/// raises it: more than any article or book needs (a long novel is a few
/// MB), and it keeps an endless input (`/dev/zero`, `yes |`, a file that
/// grows while it is read) from running memory out.
pub const DEFAULT_MAX_INPUT: u64 = 64 << 20;

/// How much of a source is read first to tell text from binary, before
/// reading on.
const SNIFF: u64 = 8192;

/// One article as read: its decoded text, where page furniture sits, and what
/// the text says about itself (title, date, outlet).
#[derive(Debug, Clone)]
pub struct Document {
    /// Where it came from, as the user named it (`-` for standard input).
    pub source: String,
    /// A short label for headers: the file stem without a trailing hash,
    /// control characters shown as visible stand-ins.
    pub name: String,
    /// The text, decoded. Valid UTF-8 is kept byte for byte (a BOM included),
    /// so text offsets are file offsets; UTF-16 (with a BOM) is decoded to
    /// UTF-8, its BOM kept as U+FEFF. [`Document::byte_offset`] maps a text
    /// offset back to the file in every case.
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
    /// For UTF-16 input: (text offset, file offset) every [`UTF16_STEP`]
    /// bytes of text, from which any offset is counted on.
    utf16: Vec<(usize, usize)>,
}

/// Text between two UTF-16 checkpoints: a lookup counts at most this much.
const UTF16_STEP: usize = 1024;

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
        let mut utf16 = Vec::new();
        let shown = crate::visible::name(source);
        let (text, remap) = if let Some(big_endian) = utf16_bom(&bytes) {
            let (text, checkpoints, bad) = decode_utf16(&bytes, big_endian);
            if bad > 0 {
                warnings.push(format!(
                    "{shown}: {bad} broken UTF-16 sequence{} replaced with \u{FFFD}",
                    plural(bad)
                ));
            }
            utf16 = checkpoints;
            (text, Vec::new())
        } else {
            match String::from_utf8(bytes) {
                Ok(text) => (text, Vec::new()),
                Err(err) => {
                    let (text, remap, bad) = decode_lossy(err.as_bytes());
                    warnings.push(format!(
                        "{shown}: {bad} invalid UTF-8 sequence{} replaced with \u{FFFD}",
                        plural(bad)
                    ));
                    (text, remap)
                }
            }
        };
        let found = furniture::find(&text);
        Document {
            name: crate::visible::name(&short_name(source)).into_owned(),
            source: source.to_string(),
            text,
            furniture: found.spans,
            meta: found.meta,
            warnings,
            extracted: false,
            remap,
            utf16,
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
            name: crate::visible::name(&short_name(source)).into_owned(),
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
            utf16: Vec::new(),
        }
    }

    /// Decode a string that is already text (tests, library users).
    pub fn from_text(source: &str, text: &str) -> Document {
        Document::from_bytes(source, text.as_bytes().to_vec())
    }

    /// The offset in the original bytes of a text offset. The identity unless
    /// invalid UTF-8 was replaced.
    pub fn byte_offset(&self, text_offset: usize) -> usize {
        if !self.utf16.is_empty() {
            return self.utf16_offset(text_offset);
        }
        let i = self.remap.partition_point(|&(at, _)| at <= text_offset);
        if i == 0 {
            return text_offset;
        }
        let (_, delta) = self.remap[i - 1];
        (text_offset as isize - delta) as usize
    }

    /// A text offset of UTF-16 input as a file offset: two bytes per UTF-16
    /// code unit, counted from the nearest checkpoint.
    fn utf16_offset(&self, text_offset: usize) -> usize {
        let i = self.utf16.partition_point(|&(at, _)| at <= text_offset);
        let (at, mut byte) = self.utf16[i.saturating_sub(1)];
        let rest = self.text.get(at..).unwrap_or("");
        for (k, c) in rest.char_indices() {
            if at + k >= text_offset {
                break;
            }
            byte += 2 * c.len_utf16();
        }
        byte
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
/// text files, or `-` for standard input; at most [`DEFAULT_MAX_INPUT`]
/// bytes a source.
pub fn load(arg: &str) -> Result<Vec<Document>, Error> {
    load_capped(arg, DEFAULT_MAX_INPUT, crate::fetch::DEFAULT_TIMEOUT)
}

/// [`load`], reading at most `limit` bytes a source (a longer one is refused
/// with [`Error::TooLarge`] once the limit is passed, never read to its end),
/// and giving a URL at most `timeout` in all.
pub fn load_capped(
    arg: &str,
    limit: u64,
    timeout: std::time::Duration,
) -> Result<Vec<Document>, Error> {
    if crate::fetch::is_url(arg) {
        return Ok(vec![crate::ingest::from_url(arg, timeout)?]);
    }
    if arg == "-" {
        let bytes = read_capped(arg, std::io::stdin().lock(), limit, None)?;
        return Ok(vec![crate::ingest::document(arg, bytes, None)?]);
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
                let bytes = read_path(&shown, f, limit)?;
                crate::ingest::document(&shown, bytes, None)
            })
            .collect();
    }
    let bytes = read_path(arg, path, limit)?;
    Ok(vec![crate::ingest::document(arg, bytes, None)?])
}

/// The bytes of a file (or a device, a FIFO), at most `limit` of them; what
/// is plainly not text is refused after its first few KiB. `shown` names it
/// in errors.
pub fn read_path(shown: &str, path: &Path, limit: u64) -> Result<Vec<u8>, Error> {
    let error = |source| Error::Read {
        path: shown.into(),
        source,
    };
    let file = std::fs::File::open(path).map_err(error)?;
    let meta = file.metadata().map_err(error)?;
    // A regular file says how long it is; a device or a pipe says 0 and is
    // read until the limit.
    let known = meta.is_file().then_some(meta.len());
    if known.is_some_and(|n| n > limit) {
        return Err(Error::TooLarge {
            path: shown.into(),
            limit,
        });
    }
    read_capped(shown, file, limit, known)
}

/// Read at most `limit` bytes: the first [`SNIFF`] bytes, refused if they
/// look binary (an executable, an image, `/dev/zero`), then the rest, refused
/// as soon as it passes the limit.
fn read_capped(
    shown: &str,
    mut from: impl Read,
    limit: u64,
    size: Option<u64>,
) -> Result<Vec<u8>, Error> {
    let error = |source| Error::Read {
        path: shown.into(),
        source,
    };
    let mut bytes = Vec::with_capacity(size.unwrap_or(SNIFF).min(limit) as usize + 1);
    (&mut from)
        .take(SNIFF.min(limit + 1))
        .read_to_end(&mut bytes)
        .map_err(error)?;
    if looks_binary(&bytes) {
        return Err(Error::Binary { path: shown.into() });
    }
    // Shorter than the look: the end was reached. Not read again, as a
    // terminal would wait for a second Ctrl-D.
    if bytes.len() as u64 == SNIFF.min(limit + 1) {
        let rest = (limit + 1).saturating_sub(bytes.len() as u64);
        from.take(rest).read_to_end(&mut bytes).map_err(error)?;
    }
    if bytes.len() as u64 > limit {
        return Err(Error::TooLarge {
            path: shown.into(),
            limit,
        });
    }
    if size.is_none() {
        // A pipe's bytes grew by doubling; give back what is unused.
        bytes.shrink_to_fit();
    }
    Ok(bytes)
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
/// hold, or if controls are common and a quarter of the bytes are not UTF-8
/// (random bytes: `/dev/urandom`). A few stray escapes or NULs in an article
/// are text with damage, not a binary file: they are read and shown as
/// visible stand-ins; text in a legacy 8-bit encoding holds no controls and
/// is read with a warning. UTF-16 with a byte-order mark is text.
pub fn looks_binary(bytes: &[u8]) -> bool {
    if MAGIC.iter().any(|m| bytes.starts_with(m)) {
        return true;
    }
    if utf16_bom(bytes).is_some() {
        return false;
    }
    let head = &bytes[..bytes.len().min(SNIFF as usize)];
    let odd = head
        .iter()
        .filter(|&&b| b == 0 || (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C | 0x1B)))
        .count();
    if odd * 10 > head.len() {
        return true;
    }
    let invalid: usize = head.utf8_chunks().map(|c| c.invalid().len()).sum();
    odd * 40 > head.len() && invalid * 4 > head.len()
}

/// A size as given on the command line: bytes, or with a binary unit
/// (`512K`, `64M`, `1G`, `1.5G`; `MB`, `MiB` and lower case too).
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let digits = t
        .find(|c: char| !c.is_ascii_digit() && c != '.')
        .unwrap_or(t.len());
    let (number, unit) = t.split_at(digits);
    let shift = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        "t" | "tb" | "tib" => 40,
        _ => {
            return Err(format!(
                "'{}' is not a size like 64M or 1G",
                crate::visible::name(s)
            ));
        }
    };
    let n: f64 = number
        .parse()
        .map_err(|_| format!("'{}' is not a size like 64M or 1G", crate::visible::name(s)))?;
    let bytes = n * (1u64 << shift) as f64;
    if !(1.0..=u64::MAX as f64 / 2.0).contains(&bytes) {
        return Err(format!("'{}' is out of range", crate::visible::name(s)));
    }
    Ok(bytes as u64)
}

/// A UTF-16 byte-order mark: `Some(true)` big-endian, `Some(false)` little-endian.
fn utf16_bom(bytes: &[u8]) -> Option<bool> {
    match bytes {
        [0xFE, 0xFF, ..] => Some(true),
        [0xFF, 0xFE, ..] => Some(false),
        _ => None,
    }
}

/// Decode UTF-16 (its BOM kept as U+FEFF), with U+FFFD for an unpaired
/// surrogate; a lone last byte is dropped. Returns the text, checkpoints (text
/// offset, file offset) every [`UTF16_STEP`] bytes of text, and how many
/// sequences were broken.
fn decode_utf16(bytes: &[u8], big_endian: bool) -> (String, Vec<(usize, usize)>, usize) {
    let units = bytes.chunks_exact(2).map(|p| {
        let pair = [p[0], p[1]];
        if big_endian {
            u16::from_be_bytes(pair)
        } else {
            u16::from_le_bytes(pair)
        }
    });
    let mut text = String::with_capacity(bytes.len() / 2 * 3 / 2);
    let mut checkpoints = vec![(0, 0)];
    let mut byte = 0;
    let mut bad = 0;
    for c in char::decode_utf16(units) {
        let c = c.unwrap_or_else(|_| {
            bad += 1;
            '\u{FFFD}'
        });
        if text.len() >= checkpoints[checkpoints.len() - 1].0 + UTF16_STEP {
            checkpoints.push((text.len(), byte));
        }
        text.push(c);
        // An unpaired surrogate is one unit, as is U+FFFD: offsets still agree.
        byte += 2 * c.len_utf16();
    }
    if bytes.len() % 2 == 1 {
        // A lone last byte is no character: dropped, and counted as broken.
        bad += 1;
    }
    (text, checkpoints, bad)
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
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

    fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
        let mut out = if big_endian {
            vec![0xFE, 0xFF]
        } else {
            vec![0xFF, 0xFE]
        };
        for u in text.encode_utf16() {
            out.extend(if big_endian {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            });
        }
        out
    }

    #[test]
    fn utf16_is_decoded_and_offsets_point_into_the_file() {
        // Long enough for several checkpoints; ASCII, two-byte, three-byte
        // and astral characters, so UTF-8 and UTF-16 lengths disagree.
        let text = "Москва: 144 погибших — “at least 133” 😀 people. ".repeat(60);
        for big_endian in [false, true] {
            let bytes = utf16(&text, big_endian);
            assert!(!looks_binary(&bytes));
            let d = Document::from_bytes("u16.txt", bytes.clone());
            assert_eq!(d.text, format!("\u{FEFF}{text}"));
            assert!(d.warnings.is_empty());
            let mut units = 1; // the BOM
            for (i, c) in text.char_indices() {
                assert_eq!(d.byte_offset(3 + i), 2 * units, "before {c:?} at {i}");
                units += c.len_utf16();
            }
            assert_eq!(d.byte_offset(d.text.len()), bytes.len());
        }
    }

    #[test]
    fn broken_utf16_is_read_with_a_warning() {
        let mut bytes = utf16("ab", false);
        bytes.extend([0x00, 0xD8]); // an unpaired high surrogate
        bytes.extend(utf16("cd", false).split_off(2));
        bytes.push(b'x'); // a lone last byte
        let d = Document::from_bytes("u16.txt", bytes);
        assert_eq!(d.text, "\u{FEFF}ab\u{FFFD}cd");
        assert_eq!(d.byte_offset(d.text.len() - 1), 10, "'d' after 5 units");
        assert!(d.warnings[0].contains("2 broken UTF-16 sequences"));
    }

    #[test]
    fn endless_input_stops_at_the_limit() {
        let e = read_capped("-", std::io::repeat(b'y'), 1 << 20, None).unwrap_err();
        assert!(
            matches!(e, Error::TooLarge { limit, .. } if limit == 1 << 20),
            "{e}"
        );
        // Zeros are refused after the first few KiB, whatever the limit.
        let e = read_capped("zero", std::io::repeat(0), u64::MAX - 1, None).unwrap_err();
        assert!(matches!(e, Error::Binary { .. }), "{e}");
        // Exactly the limit is read; a byte more is refused.
        let fits = read_capped("x", &b"12345"[..], 5, None).unwrap();
        assert_eq!(fits, b"12345");
        assert!(read_capped("x", &b"123456"[..], 5, None).is_err());
    }

    #[test]
    fn random_bytes_are_binary_legacy_text_is_not() {
        let mut x = 0x2545_F491_4F6C_DD1Du64;
        let random: Vec<u8> = (0..8192)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                (x >> 24) as u8
            })
            .collect();
        // Only a few controls, so not binary by the controls alone.
        let calm: Vec<u8> = random
            .iter()
            .map(|&b| if b < 0x20 && b % 3 != 0 { b' ' } else { b })
            .collect();
        assert!(looks_binary(&random));
        assert!(looks_binary(&calm));
        // Russian in Windows-1251: nearly every letter is a byte UTF-8 refuses.
        let cp1251: Vec<u8> =
            b"\xcc\xee\xf1\xea\xe2\xe0: 144 \xef\xee\xe3\xe8\xe1\xf8\xe8\xf5.\r\n".repeat(200);
        assert!(!looks_binary(&cp1251));
    }

    #[test]
    fn names_are_shown_with_visible_stand_ins() {
        let d = Document::from_bytes("news/a\u{1b}]0;x\u{7}\nb.txt", b"Text \xff.".to_vec());
        assert_eq!(d.name, "a\u{241b}]0;x\u{2407}\u{240a}b");
        assert!(
            !d.warnings[0].contains(['\u{1b}', '\n', '\u{7}']),
            "{}",
            d.warnings[0]
        );
    }

    #[test]
    fn sizes_parse_with_binary_units() {
        assert_eq!(parse_size("64M"), Ok(64 << 20));
        assert_eq!(parse_size("1.5G"), Ok(3 << 29));
        assert_eq!(parse_size("512 KiB"), Ok(512 << 10));
        assert_eq!(parse_size("1000"), Ok(1000));
        assert_eq!(parse_size("2gb"), Ok(2 << 30));
        for bad in ["", "M", "0", "-5M", "12X", "1..2M", "99999999999T"] {
            assert!(parse_size(bad).is_err(), "{bad}");
        }
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
