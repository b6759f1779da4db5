//! Where things go on screen, and how a sentence wraps. Shared by rendering
//! and by `update` (scrolling, clicks), so both agree on every row's height.

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthChar;

use super::app::App;
use crate::align::Comparison;
use crate::corpus::Corpus;
use crate::span::Side;
use crate::visible::visible_char;

/// Below this the screen says so instead of drawing.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;
/// The footer: differences and counts, then key hints.
pub const FOOTER: u16 = 4;

pub struct Areas {
    pub left: Rect,
    pub right: Rect,
    pub footer: Rect,
}

impl Areas {
    pub fn of(size: (u16, u16)) -> Areas {
        let (w, h) = size;
        let body_h = h.saturating_sub(FOOTER);
        let half = w / 2;
        Areas {
            left: Rect::new(0, 0, half, body_h),
            right: Rect::new(half, 0, w - half, body_h),
            footer: Rect::new(0, body_h, w, h.saturating_sub(body_h)),
        }
    }

    pub fn side(&self, side: Side) -> Rect {
        match side {
            Side::Left => self.left,
            Side::Right => self.right,
        }
    }

    /// The text area of a column inside its border.
    pub fn inner(&self, side: Side) -> Rect {
        let r = self.side(side);
        Rect::new(
            r.x + 1,
            r.y + 1,
            r.width.saturating_sub(2),
            r.height.saturating_sub(2),
        )
    }
}

pub fn too_small(size: (u16, u16)) -> bool {
    size.0 < MIN_WIDTH || size.1 < MIN_HEIGHT
}

/// Width of a cell's text: the column minus the glyph and its space.
pub fn text_width(areas: &Areas, side: Side) -> usize {
    (areas.inner(side).width as usize).saturating_sub(2).max(1)
}

/// Wrap styled characters into lines of at most `width` columns, breaking at
/// spaces and, for a word longer than a line, inside it. Runs of white space
/// collapse to one space.
pub fn wrap(chars: &[(char, Style)], width: usize) -> Vec<Vec<(char, Style)>> {
    let width = width.max(1);
    let mut lines: Vec<Vec<(char, Style)>> = Vec::new();
    let mut cur: Vec<(char, Style)> = Vec::new();
    let mut cur_w = 0;
    let mut space: Option<Style> = None;
    let mut i = 0;
    while i < chars.len() {
        if chars[i].0.is_whitespace() {
            if cur_w > 0 {
                space.get_or_insert(chars[i].1);
            }
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && !chars[i].0.is_whitespace() {
            i += 1;
        }
        let word = &chars[start..i];
        let w: usize = word.iter().map(|(c, _)| c.width().unwrap_or(0)).sum();
        let gap = usize::from(space.is_some());
        if cur_w > 0 && cur_w + gap + w > width {
            lines.push(std::mem::take(&mut cur));
            cur_w = 0;
        } else if let Some(st) = space
            && cur_w > 0
        {
            cur.push((' ', st));
            cur_w += 1;
        }
        space = None;
        for &(c, st) in word {
            let cw = c.width().unwrap_or(0);
            if cur_w + cw > width && cur_w > 0 {
                lines.push(std::mem::take(&mut cur));
                cur_w = 0;
            }
            cur.push((c, st));
            cur_w += cw;
        }
    }
    if !cur.is_empty() || lines.is_empty() {
        lines.push(cur);
    }
    lines
}

/// Longest sentence shown whole: a file of one run-on line is one
/// "sentence", and wrapping megabytes on every frame would freeze the keys.
pub const MAX_SHOWN_CHARS: usize = 4_000;

/// The part of a sentence that is shown, and a note of what is not.
pub fn clip(text: &str) -> (&str, Option<String>) {
    match text.char_indices().nth(MAX_SHOWN_CHARS) {
        Some((cut, _)) => {
            let rest = text[cut..].chars().count();
            (&text[..cut], Some(format!(" … ({rest} more characters)")))
        }
        None => (text, None),
    }
}

/// A sentence's characters, made safe to show, each with its style.
pub fn styled_chars(text: &str, style_at: impl Fn(usize) -> Style) -> Vec<(char, Style)> {
    text.char_indices()
        .map(|(i, c)| (visible_char(c), style_at(i)))
        .collect()
}

/// How many lines a sentence takes at `width`, with its moved marker.
pub fn sentence_height(
    corpus: &Corpus,
    cmp: &Comparison,
    side: Side,
    sentence: usize,
    width: usize,
) -> usize {
    let src = &corpus.sources[*cmp.sources.get(side)];
    let (text, more) = clip(src.text(sentence));
    let mut chars = styled_chars(text, |_| Style::new());
    if let Some(more) = more {
        chars.extend(more.chars().map(|c| (c, Style::new())));
    }
    if let Some(marker) = moved_marker(cmp, side, sentence) {
        chars.extend(marker.chars().map(|c| (c, Style::new())));
    }
    wrap(&chars, width).len()
}

/// " →r12" after a sentence whose partner is on another row.
pub fn moved_marker(cmp: &Comparison, side: Side, sentence: usize) -> Option<String> {
    let link = cmp.moved_link(side, sentence)?;
    let partner = *link.sentences.get(side.other());
    Some(format!(" →r{}", cmp.row_of.get(side.other())[partner] + 1))
}

/// A row's height: the taller of its two cells.
pub fn row_height(app: &App, areas: &Areas, row: usize) -> usize {
    let (Some(cmp), Some(corpus)) = (app.current(), app.corpus.as_ref()) else {
        return 1;
    };
    let Some(r) = cmp.rows.get(row) else { return 1 };
    [Side::Left, Side::Right]
        .iter()
        .filter_map(|&s| {
            r.cells
                .get(s)
                .map(|i| sentence_height(corpus, cmp, s, i, text_width(areas, s)))
        })
        .max()
        .unwrap_or(1)
}

/// Rows on screen from `app.top`: (index into the filtered rows, first line, height).
pub fn visible_rows(app: &App, areas: &Areas) -> Vec<(usize, u16, u16)> {
    let rows = app.rows();
    let space = areas.inner(Side::Left).height as usize;
    let mut out = Vec::new();
    let mut y = 0usize;
    for (k, &r) in rows.iter().enumerate().skip(app.top) {
        if y >= space {
            break;
        }
        let h = row_height(app, areas, r);
        out.push((k, y as u16, h.min(u16::MAX as usize) as u16));
        y += h;
    }
    out
}

/// Merge a line of styled characters into spans of one style each.
pub fn to_line(chars: Vec<(char, Style)>) -> Line<'static> {
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut text = String::new();
    let mut style: Option<Style> = None;
    for (c, st) in chars {
        if style.is_some_and(|s| s != st) {
            spans.push(Span::styled(
                std::mem::take(&mut text),
                style.unwrap_or_default(),
            ));
        }
        style = Some(st);
        text.push(c);
    }
    if !text.is_empty() {
        spans.push(Span::styled(text, style.unwrap_or_default()));
    }
    Line::from(spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(s: &str, w: usize) -> Vec<String> {
        let chars: Vec<(char, Style)> = s.chars().map(|c| (c, Style::new())).collect();
        wrap(&chars, w)
            .into_iter()
            .map(|l| l.into_iter().map(|(c, _)| c).collect())
            .collect()
    }

    #[test]
    fn wraps_at_spaces_and_breaks_long_words() {
        assert_eq!(plain("one two three four", 9), ["one two", "three", "four"]);
        assert_eq!(plain("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(plain("a   b", 10), ["a b"]);
        assert_eq!(plain("", 5), [""]);
        assert_eq!(
            plain("界界界", 4),
            ["界界", "界"],
            "wide characters take two columns"
        );
    }

    #[test]
    fn tiny_and_huge_sizes_do_not_break_areas() {
        for size in [(0, 0), (1, 1), (300, 100), (41, 10)] {
            let a = Areas::of(size);
            assert!(a.left.width + a.right.width == size.0);
            let _ = a.inner(Side::Right);
        }
    }
}
