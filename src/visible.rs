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
    fn plain_text_is_borrowed() {
        assert!(matches!(
            visible("Plain — “quoted” text, ISIS-K."),
            Cow::Borrowed(_)
        ));
    }
}
