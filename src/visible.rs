//! Article text is data: control characters never reach a terminal. Each is
//! shown as a visible stand-in (ESC as ␛, NUL as ␀), and the characters that
//! reorder or hide text (bidi overrides) as U+FFFD.

use std::borrow::Cow;

/// `s` with every control character replaced by a visible stand-in, and line
/// breaks and tabs by a space (a sentence is shown on one line).
pub fn visible(s: &str) -> Cow<'_, str> {
    if !s.chars().any(needs_replacing) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.chars().map(replacement).collect())
}

/// One character made safe to show (see [`visible`]).
pub fn visible_char(c: char) -> char {
    if needs_replacing(c) {
        replacement(c)
    } else {
        c
    }
}

/// A file name or other label made safe for a one-line message: like
/// [`visible`], but line breaks and tabs get stand-ins too (`␊`, `␍`, `␉`),
/// so a name never splits a line and two names never read alike.
pub fn name(s: &str) -> Cow<'_, str> {
    if !s.chars().any(needs_replacing) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| match c {
                '\n' | '\r' | '\t' | '\u{0B}' | '\u{0C}' => {
                    char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}')
                }
                c => replacement(c),
            })
            .collect(),
    )
}

/// Characters JSON output writes as `\uXXXX` although JSON allows them raw:
/// DEL and the C1 controls (U+0080–U+009F, read by terminals as escape sequences),
/// bidirectional controls and other invisible format characters (Unicode
/// category Cf: they reorder or hide text), and the line and paragraph
/// separators. serde_json escapes the C0 controls itself.
pub fn escaped_in_json(c: char) -> bool {
    matches!(c,
        '\u{7F}'..='\u{9F}'
        | '\u{AD}'
        | '\u{600}'..='\u{605}'
        | '\u{61C}'
        | '\u{6DD}'
        | '\u{70F}'
        | '\u{890}'..='\u{891}'
        | '\u{8E2}'
        | '\u{180E}'
        | '\u{200B}'..='\u{200F}'
        | '\u{2028}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{206F}'
        | '\u{FEFF}'
        | '\u{FFF9}'..='\u{FFFB}'
        | '\u{110BD}'
        | '\u{110CD}'
        | '\u{13430}'..='\u{1343F}'
        | '\u{1BCA0}'..='\u{1BCA3}'
        | '\u{1D173}'..='\u{1D17A}'
        | '\u{E0001}'
        | '\u{E0020}'..='\u{E007F}')
}

fn needs_replacing(c: char) -> bool {
    c.is_control() || is_format_hazard(c)
}

/// Characters that change how the text around them is laid out or read.
fn is_format_hazard(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

fn replacement(c: char) -> char {
    match c {
        '\n' | '\r' | '\t' | '\u{0B}' | '\u{0C}' | '\u{85}' => ' ',
        '\u{7F}' => '\u{2421}',
        c if (c as u32) < 0x20 => char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'),
        c if c.is_control() || is_format_hazard(c) => '\u{FFFD}',
        c => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_become_visible() {
        assert_eq!(
            visible("a\u{1b}]0;title\u{7}b"),
            "a\u{241b}]0;title\u{2407}b"
        );
        assert_eq!(visible("x\u{1b}[2J\u{0}y"), "x\u{241b}[2J\u{2400}y");
        assert_eq!(visible("line\r\nnext\ttab"), "line  next tab");
        assert_eq!(visible("\u{9b}31m"), "\u{FFFD}31m", "C1 CSI");
        assert_eq!(visible("abc\u{202E}def"), "abc\u{FFFD}def");
    }

    #[test]
    fn names_stay_on_one_line() {
        assert_eq!(
            name("a\nb\u{1b}]0;x\u{7}\tc\r.txt"),
            "a\u{240a}b\u{241b}]0;x\u{2407}\u{2409}c\u{240d}.txt"
        );
        assert_eq!(name("x\u{202E}y\u{9b}"), "x\u{FFFD}y\u{FFFD}");
        assert!(matches!(name("news/reuters day1.txt"), Cow::Borrowed(_)));
    }

    #[test]
    fn json_escapes_what_hides_or_reorders_text() {
        for c in [
            '\u{9B}',
            '\u{85}',
            '\u{202E}',
            '\u{2067}',
            '\u{200F}',
            '\u{200E}',
            '\u{2028}',
            '\u{FEFF}',
            '\u{E0041}',
        ] {
            assert!(escaped_in_json(c), "U+{:04X}", c as u32);
        }
        for c in ['a', 'é', '—', '“', '\u{A0}', '😀', '\u{FFFD}', 'ـ'] {
            assert!(!escaped_in_json(c), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn plain_text_is_borrowed() {
        assert!(matches!(
            visible("Plain — “quoted” text, ISIS-K."),
            Cow::Borrowed(_)
        ));
    }
}
