//! The facts view (one row per fact, one column per source) and the matrix
//! (every source against every other).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::tui::app::App;
use crate::visible::visible;

const LABEL: u16 = 18;
const CELL: u16 = 16;

fn fit(s: &str, width: usize) -> String {
    let s = visible(s);
    if s.chars().count() <= width {
        format!("{s:<width$}")
    } else {
        let cut: String = s.chars().take(width.saturating_sub(1)).collect();
        format!("{cut}…")
    }
}

/// The header row of a table with one column per source.
fn header(app: &App, lead: (&str, u16), cols: &[usize], width: u16) -> Line<'static> {
    let mut spans = vec![Span::styled(
        fit(lead.0, lead.1 as usize),
        app.theme.hint_key,
    )];
    if let Some(corpus) = &app.corpus {
        spans.extend(cols.iter().map(|&c| {
            Span::styled(
                fit(&corpus.sources[c].doc.name, width as usize),
                app.theme.hint_key,
            )
        }));
    }
    Line::from(spans)
}

/// (first row, rows) of a table under its header so that row `cursor` is shown.
fn window(cursor: usize, height: u16) -> (usize, usize) {
    let rows = height.saturating_sub(1) as usize;
    (cursor.saturating_sub(rows.saturating_sub(1)), rows)
}

/// The first source column shown, so that `col` is on screen.
fn first_column(col: usize, fits: usize) -> usize {
    col.saturating_sub(fits.saturating_sub(1))
}

pub fn facts(app: &App, frame: &mut Frame, area: Rect) {
    let block = Block::new()
        .borders(Borders::ALL)
        .title(" facts across sources ");
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let (Some(corpus), Some(facts)) = (app.corpus.as_ref(), app.facts.as_ref()) else {
        frame.render_widget(
            Paragraph::new("comparing every pair of sources…").style(app.theme.dim),
            inner,
        );
        return;
    };
    if facts.is_empty() {
        frame.render_widget(
            Paragraph::new("no figure or date is given by two or more sources"),
            inner,
        );
        return;
    }
    // Columns share the width, none narrower than CELL.
    let n = corpus.sources.len().max(1) as u16;
    let cell = ((inner.width.saturating_sub(LABEL)) / n).max(CELL);
    let fits = ((inner.width.saturating_sub(LABEL)) / cell).max(1) as usize;
    let first = first_column(app.fact_cursor.1, fits);

    let cols: Vec<usize> = (first..corpus.sources.len()).take(fits).collect();
    let mut lines = vec![header(app, ("fact", LABEL), &cols, cell)];
    let (top, visible_rows) = window(app.fact_cursor.0, inner.height);
    for (r, fact) in facts.iter().enumerate().skip(top).take(visible_rows) {
        let mut spans = vec![Span::raw(fit(
            &format!("{} ({})", fact.label, fact.values.len()),
            LABEL as usize,
        ))];
        for &c in &cols {
            let v = fact.values.iter().find(|v| v.source == c);
            let (text, mut style) = match v {
                Some(v) if v.outlier || v.contradicted => {
                    (format!("≠ {}", v.text), app.theme.diverge)
                }
                // Words, not a figure: stated, but not a value to agree on.
                Some(v) if v.qualitative => (format!("~ {}", v.text), app.theme.matched),
                Some(v) => (format!("= {}", v.text), app.theme.matched),
                None => ("·".to_string(), app.theme.dim),
            };
            if r == app.fact_cursor.0 && c == app.fact_cursor.1 {
                style = style.patch(app.theme.selected).add_modifier(Modifier::BOLD);
            }
            spans.push(Span::styled(fit(&text, cell as usize), style));
        }
        lines.push(Line::from(spans));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

pub fn matrix(app: &App, frame: &mut Frame, area: Rect) {
    let block = Block::new()
        .borders(Borders::ALL)
        .title(" agreement: matches · divergences per pair of sources ");
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(corpus) = app.corpus.as_ref() else {
        return;
    };
    let n = corpus.sources.len();
    const W: u16 = 10;
    let fits = ((inner.width.saturating_sub(W)) / W).max(1) as usize;
    let first = first_column(app.matrix_cursor.1, fits);
    let cols: Vec<usize> = (first..n).take(fits).collect();
    let mut lines = vec![header(app, ("", W), &cols, W)];
    let (top, visible_rows) = window(app.matrix_cursor.0, inner.height);
    for r in (0..n).skip(top).take(visible_rows) {
        let mut spans = vec![Span::styled(
            fit(&corpus.sources[r].doc.name, W as usize),
            app.theme.hint_key,
        )];
        for &c in &cols {
            let (text, mut style) = if r == c {
                ("—".to_string(), app.theme.dim)
            } else {
                match app.cached(r, c) {
                    Some(cmp) => {
                        let counts = cmp.counts;
                        let shown = counts.matches + counts.diverges;
                        let agreement = if shown == 0 {
                            0.0
                        } else {
                            counts.matches as f32 / shown as f32
                        };
                        (
                            format!("{}= {}≠", counts.matches, counts.diverges),
                            shade(app, agreement, shown),
                        )
                    }
                    None => ("…".to_string(), app.theme.dim),
                }
            };
            if (r, c) == app.matrix_cursor {
                style = style.add_modifier(Modifier::REVERSED | Modifier::BOLD);
            }
            spans.push(Span::styled(fit(&text, W as usize), style));
        }
        lines.push(Line::from(spans));
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        "darker: more of the shared facts agree",
        app.theme.dim,
    )));
    frame.render_widget(Paragraph::new(lines), inner);
}

/// A background shade for agreement; without colour, bold marks pairs that
/// mostly agree.
fn shade(app: &App, agreement: f32, shown: usize) -> Style {
    if app.theme.matched.fg.is_none() {
        return if agreement >= 0.5 && shown > 0 {
            Style::new().add_modifier(Modifier::BOLD)
        } else {
            Style::new()
        };
    }
    let level = (40.0 + agreement * 80.0) as u8;
    Style::new().bg(Color::Rgb(level / 3, level / 2, level))
}
