//! Byte ranges into a document's text, and the left/right pair used everywhere.

use serde::Serialize;

/// A half-open byte range `[start, end)` into a document's decoded text.
///
/// Spans are always on `char` boundaries of the text they were made from; the
/// constructors in this crate guarantee it, so slicing with [`Span::of`] is safe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span {start}..{end} is reversed");
        Span { start, end }
    }

    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The text this span covers. Returns "" rather than panicking when the
    /// span does not fit `text` (a span used with the wrong document).
    pub fn of(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// This span shrunk so that it starts and ends on non-whitespace.
    pub fn trim(self, text: &str) -> Span {
        let s = self.of(text);
        let lead = s.len() - s.trim_start_matches(is_space).len();
        let trail = s.len() - s.trim_end_matches(is_space).len();
        if lead == s.len() {
            return Span::new(self.start, self.start);
        }
        Span::new(self.start + lead, self.end - trail)
    }

    pub fn contains(self, pos: usize) -> bool {
        self.start <= pos && pos < self.end
    }

    /// Bytes between two spans (0 when they touch or overlap).
    pub fn gap(self, other: Span) -> usize {
        other
            .start
            .saturating_sub(self.end)
            .max(self.start.saturating_sub(other.end))
    }
}

/// Whitespace as articles use it: Unicode white space plus the zero-width
/// characters and byte-order mark that web text carries around.
pub fn is_space(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
        )
}

/// Which column of a comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Left,
    Right,
}

impl Side {
    pub fn other(self) -> Side {
        match self {
            Side::Left => Side::Right,
            Side::Right => Side::Left,
        }
    }
}

/// One value per side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
pub struct Pair<T> {
    pub left: T,
    pub right: T,
}

impl<T> Pair<T> {
    pub fn new(left: T, right: T) -> Self {
        Pair { left, right }
    }

    pub fn get(&self, side: Side) -> &T {
        match side {
            Side::Left => &self.left,
            Side::Right => &self.right,
        }
    }

    pub fn get_mut(&mut self, side: Side) -> &mut T {
        match side {
            Side::Left => &mut self.left,
            Side::Right => &mut self.right,
        }
    }

    pub fn swap(self) -> Pair<T> {
        Pair {
            left: self.right,
            right: self.left,
        }
    }

    pub fn map<U>(self, mut f: impl FnMut(T) -> U) -> Pair<U> {
        Pair {
            left: f(self.left),
            right: f(self.right),
        }
    }

    pub fn as_ref(&self) -> Pair<&T> {
        Pair {
            left: &self.left,
            right: &self.right,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_skips_unicode_space_and_bom() {
        let text = "\u{FEFF} \u{00A0}Hello \n";
        let s = Span::new(0, text.len()).trim(text);
        assert_eq!(s.of(text), "Hello");
    }

    #[test]
    fn all_space_trims_to_empty() {
        let text = "   ";
        assert!(Span::new(0, 3).trim(text).is_empty());
    }

    #[test]
    fn of_with_a_foreign_span_is_empty() {
        assert_eq!(Span::new(2, 40).of("short"), "");
    }
}
