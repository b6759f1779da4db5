//! The footer: the selected pair's differences and the counts, a progress
//! gauge while work runs, and key hints generated from the keymap.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Gauge, Paragraph};

use crate::report::text::{describe, glyph};
use unicode_width::UnicodeWidthStr;

use crate::tui::action::Action;
use crate::tui::app::{App, View};
use crate::tui::keymap;
use crate::visible::visible;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let block = Block::new().borders(Borders::LEFT | Borders::RIGHT | Borders::BOTTOM);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.height == 0 {
        return;
    }
    let lines = [selection(app), summary(app), hints(app, inner.width)];
    for (i, line) in lines.into_iter().enumerate() {
        let y = inner.y + i as u16;
        if y >= inner.y + inner.height {
            break;
        }
        frame.render_widget(Paragraph::new(line), Rect::new(inner.x, y, inner.width, 1));
    }
    // While work runs, a gauge stands at the right of the summary line.
    if let Some(p) = &app.progress
        && inner.height >= 2
        && inner.width >= 40
    {
        let ratio = if p.total == 0 {
            0.0
        } else {
            (p.done as f64 / p.total as f64).clamp(0.0, 1.0)
        };
        let gauge = Gauge::default()
            .ratio(ratio)
            .label(format!("{} {}/{}", p.label, p.done, p.total))
            .gauge_style(app.theme.matched.add_modifier(Modifier::REVERSED));
        let w = 36.min(inner.width / 2);
        frame.render_widget(
            gauge,
            Rect::new(inner.x + inner.width - w, inner.y + 1, w, 1),
        );
    }
}

/// What the selected sentence is: its state and, for a pair, what differs.
fn selection(app: &App) -> Line<'static> {
    let mut spans: Vec<Span<'static>> = Vec::new();
    if let Some(name) = &app.prompt {
        spans.push(Span::styled(
            format!(
                "export to (.md Markdown, .json JSON; enter writes, esc cancels): {}▏",
                visible(name)
            ),
            app.theme.hint_key,
        ));
        return Line::from(spans);
    }
    if let Some(s) = &app.search {
        let cursor = if s.editing { "▏" } else { "" };
        spans.push(Span::styled(
            format!("/{}{cursor} ", visible(&s.query)),
            app.theme.hint_key,
        ));
        if s.editing {
            return Line::from(spans);
        }
    }
    match app.view {
        View::Pairs => {}
        View::Facts => {
            spans.push(Span::raw(
                "facts across all sources · enter opens the sentence · v next view",
            ));
            return Line::from(spans);
        }
        View::Matrix => {
            spans.push(Span::raw(
                "every source against every other · enter opens the pair · v next view",
            ));
            return Line::from(spans);
        }
    }
    let (Some(cmp), Some(corpus)) = (app.current(), app.corpus.as_ref()) else {
        return Line::from(spans);
    };
    if let Some((side, i)) = app.selected_sentence() {
        let links = &cmp.by_sentence.get(side)[i];
        let state = cmp.state(side, i);
        let moved = cmp.moved_link(side, i).is_some();
        let mut diffs: Vec<String> = Vec::new();
        for d in links
            .iter()
            .flat_map(|&l| cmp.links[l].differences.iter().map(describe))
        {
            if !diffs.contains(&d) {
                diffs.push(d);
            }
        }
        let what = if !diffs.is_empty() {
            diffs.join("; ")
        } else if links.is_empty() {
            format!(
                "only in {}",
                corpus.sources[*cmp.sources.get(side)].doc.name
            )
        } else if moved {
            "the same fact, on another row (m jumps to it)".into()
        } else {
            "the same fact in both".into()
        };
        spans.push(Span::styled(
            format!("{} {what}", glyph(state, moved)),
            app.theme.state(state, moved),
        ));
    }
    Line::from(spans)
}

/// Counts for the pair on screen, the filter, and any note.
fn summary(app: &App) -> Line<'static> {
    let mut spans: Vec<Span<'static>> = Vec::new();
    if let Some(m) = &app.message {
        spans.push(Span::styled(format!("{m} · "), app.theme.diverge));
    }
    match app.view {
        View::Pairs => {}
        View::Facts => {
            if let Some(f) = app.facts.as_ref().filter(|f| !f.is_empty()) {
                spans.push(Span::raw(format!(
                    "fact {}/{}",
                    app.fact_cursor.0.min(f.len() - 1) + 1,
                    f.len()
                )));
            }
            return Line::from(spans);
        }
        View::Matrix => {
            let n = app.sources();
            if n > 0 {
                spans.push(Span::raw(format!(
                    "row {}/{n} · column {}/{n}",
                    app.matrix_cursor.0.min(n - 1) + 1,
                    app.matrix_cursor.1.min(n - 1) + 1
                )));
            }
            return Line::from(spans);
        }
    }
    let Some(cmp) = app.current() else {
        return Line::from(spans);
    };
    let rows = app.rows().len();
    if rows > 0 {
        spans.push(Span::styled(
            format!("row {}/{rows} · ", app.cursor.min(rows - 1) + 1),
            app.theme.hint_key,
        ));
    }
    if app.searching() {
        let hits = app.hits();
        let at = match hits.iter().position(|&k| k == app.cursor) {
            Some(k) => format!("hit {}/{} · ", k + 1, hits.len()),
            None if hits.is_empty() => "no hits · ".to_string(),
            None => format!("{} hits · ", hits.len()),
        };
        spans.push(Span::styled(at, app.theme.hint_key));
    }
    let c = cmp.counts;

    spans.push(Span::raw(format!(
        "{} match · {} diverge · {} unique",
        c.matches, c.diverges, c.unique
    )));
    if app.filter != crate::tui::app::Filter::All {
        spans.push(Span::styled(
            format!(" · showing {}", app.filter.name()),
            app.theme.hint_key,
        ));
    }
    Line::from(spans)
}

/// The view's key hints, as many as fit in `width` columns and never cut:
/// help and quit always stay (help lists the rest), others go from the end.
fn hints(app: &App, width: u16) -> Line<'static> {
    let all = keymap::hints(app.view);
    let cost = |h: &keymap::FooterHint| {
        UnicodeWidthStr::width(h.keys.as_str()) + 1 + UnicodeWidthStr::width(h.words) + 2
    };
    let essential = |h: &keymap::FooterHint| matches!(h.action, Action::Help | Action::Quit);
    let mut room =
        (width as usize).saturating_sub(all.iter().filter(|h| essential(h)).map(cost).sum());
    let keep: Vec<bool> = all
        .iter()
        .map(|h| {
            if essential(h) {
                return true;
            }
            let fits = cost(h) <= room;
            if fits {
                room -= cost(h);
            } else {
                // Later hints do not jump ahead of one that did not fit.
                room = 0;
            }
            fits
        })
        .collect();
    // While a search has a query, n and N step through its hits.
    let searching = app.searching();
    let mut spans = Vec::new();
    for (h, _) in all.into_iter().zip(keep).filter(|(_, k)| *k) {
        let words = match h.action {
            Action::Next if searching => "hit",
            _ => h.words,
        };
        spans.push(Span::styled(h.keys, app.theme.hint_key));
        spans.push(Span::raw(format!(" {words}  ")));
    }
    Line::from(spans)
}
