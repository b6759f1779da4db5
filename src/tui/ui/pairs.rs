//! The pair view: two columns of aligned rows, each side wrapping its own
//! text, each row as tall as its taller side.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::align::Comparison;
use crate::corpus::Corpus;
use crate::report::text::glyph;
use crate::span::{Side, Span as TextSpan};
use crate::tui::app::{App, Filter};
use crate::tui::layout::{self, Areas};
use crate::visible::visible;

pub fn render(app: &App, frame: &mut Frame, areas: &Areas) {
    for side in [Side::Left, Side::Right] {
        let block = header(app, side);
        let area = areas.side(side);
        frame.render_widget(block, area);
    }
    let (Some(cmp), Some(corpus)) = (app.current(), app.corpus.as_ref()) else {
        let msg = if app.corpus.is_none() {
            "reading articles…"
        } else {
            "aligning…"
        };
        frame.render_widget(
            Paragraph::new(msg).style(app.theme.dim),
            areas.inner(Side::Left),
        );
        return;
    };
    let rows = app.rows();
    if rows.is_empty() {
        // With every row shown, neither article has a sentence.
        let msg = if app.filter == Filter::All {
            "both articles are empty".to_string()
        } else {
            format!(
                "no {} rows in this pair (f changes the filter)",
                app.filter.name()
            )
        };
        frame.render_widget(
            Paragraph::new(msg).style(app.theme.dim),
            areas.inner(Side::Left),
        );
        return;
    }
    for (k, top, height) in layout::visible_rows(app, areas) {
        let row = rows[k];
        let selected = k == app.cursor;
        for side in [Side::Left, Side::Right] {
            let inner = areas.inner(side);
            let y = inner.y + top;
            if y >= inner.y + inner.height {
                continue;
            }
            let h = height.min(inner.y + inner.height - y);
            let area = Rect::new(inner.x, y, inner.width, h);
            let mut lines = match cmp.rows[row].cells.get(side) {
                Some(i) => cell(app, corpus, cmp, side, *i, layout::text_width(areas, side)),
                None => vec![Line::from("")],
            };
            let mut style = Style::new();
            if selected {
                style = style.patch(app.theme.selected);
                if side == app.focus {
                    // The focused side's selection reads without colour too.
                    style = style.add_modifier(Modifier::BOLD);
                }
            }
            lines.resize(h as usize, Line::from(""));
            frame.render_widget(Paragraph::new(Text::from(lines)).style(style), area);
        }
    }
}

fn header(app: &App, side: Side) -> Block<'static> {
    let mut block = Block::new().borders(Borders::ALL);

    if let Some(corpus) = &app.corpus {
        let src = &corpus.sources[*app.sides.get(side)];
        let mut title = format!(" {} · ", visible(&src.doc.name));
        if let Some(o) = &src.doc.meta.outlet {
            title.push_str(&format!("{}: ", visible(o)));
        }
        title.push_str(&visible(&src.title()));
        if let Some(d) = &src.doc.meta.date {
            title.push_str(&format!(" ({})", visible(d)));
        }
        title.push(' ');
        let style = if side == app.focus {
            app.theme.focused_title
        } else {
            app.theme.title
        };
        block = block.title(Span::styled(title, style));
    }
    block
}

/// A sentence as styled, wrapped lines: its glyph, its words, the words
/// that differ emphasised, search hits marked, and a moved marker.
fn cell(
    app: &App,
    corpus: &Corpus,
    cmp: &Comparison,
    side: Side,
    sentence: usize,
    width: usize,
) -> Vec<Line<'static>> {
    let src = &corpus.sources[*cmp.sources.get(side)];
    let (text, more) = layout::clip(src.text(sentence));
    let start = src.sentences[sentence].span.start;
    let state = cmp.state(side, sentence);
    let moved = cmp.moved_link(side, sentence).is_some();
    let base = app.theme.state(state, moved);
    let links = &cmp.by_sentence.get(side)[sentence];
    let strong: Vec<TextSpan> = links
        .iter()
        .flat_map(|&l| {
            cmp.links[l]
                .differences
                .iter()
                .filter_map(|d| *d.spans.get(side))
        })
        .collect();

    let query = app
        .search
        .as_ref()
        .map(|s| s.query.to_lowercase())
        .filter(|q| !q.is_empty());
    let hits: Vec<(usize, usize)> = match &query {
        Some(q) => text
            .to_lowercase()
            .match_indices(q.as_str())
            .map(|(i, m)| (i, i + m.len()))
            .collect(),
        None => Vec::new(),
    };
    let mut chars = layout::styled_chars(text, |i| {
        let at = start + i;
        let mut st = base;
        // Only the claims that differ stand out here: in reworded sentences a
        // word diff marks nearly every word. The detail popup shows it.
        if strong.iter().any(|s| s.contains(at)) {
            st = st.patch(app.theme.emphasis);
        }

        // Lower-casing can shift offsets in rare scripts; a miss only loses the mark.
        if hits.iter().any(|&(a, b)| a <= i && i < b) {
            st = st.patch(app.theme.search_hit);
        }
        st
    });
    if let Some(more) = more {
        chars.extend(more.chars().map(|c| (c, app.theme.dim)));
    }
    if let Some(marker) = layout::moved_marker(cmp, side, sentence) {
        chars.extend(
            marker
                .chars()
                .map(|c| (c, app.theme.moved.add_modifier(Modifier::BOLD))),
        );
    }
    let glyph_span = Span::styled(
        format!("{} ", glyph(state, moved)),
        base.add_modifier(Modifier::BOLD),
    );
    layout::wrap(&chars, width)
        .into_iter()
        .enumerate()
        .map(|(n, l)| {
            let mut line = layout::to_line(l);
            let lead = if n == 0 {
                glyph_span.clone()
            } else {
                Span::raw("  ")
            };
            line.spans.insert(0, lead);
            line
        })
        .collect()
}
