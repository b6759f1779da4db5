//! Popups: the help (from the keymap table) and the detail of a pair.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use crate::claim::Claim;
use crate::report::text::{describe, glyph};
use crate::span::{Pair, Side, Span as TextSpan};
use crate::tui::app::App;
use crate::tui::keymap::{BINDINGS, MOUSE, Views};
use crate::visible::visible;

use super::surface::Surface;

/// Longest list shown in the detail (claims of one sentence, shared words).
const MAX_LISTED: usize = 60;

fn centered(area: Rect, width_pct: u16, height_pct: u16) -> Rect {
    let w = (area.width * width_pct / 100).max(area.width.min(30));
    let h = (area.height * height_pct / 100).max(area.height.min(8));
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

pub fn help(app: &App, frame: &mut Frame) {
    let area = centered(frame.area(), 70, 80);
    let mut lines = vec![
        Line::from(Span::styled("Keys", app.theme.hint_key)),
        Line::from(""),
    ];
    for b in BINDINGS {
        let only = if b.views == Views::Pairs {
            " (pairs)"
        } else {
            ""
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{:>10}  ", b.shown), app.theme.hint_key),
            Span::raw(b.description),
            Span::styled(only, app.theme.dim),
        ]));
    }
    for (what, does) in MOUSE {
        lines.push(Line::from(vec![
            Span::styled(
                format!("{:>10}  ", format!("mouse {what}")),
                app.theme.hint_key,
            ),
            Span::raw(*does),
        ]));
    }
    lines.push(Line::from(""));
    lines.push(Line::from(
        "Glyphs: = match  ≠ diverge  + unique  ↕ moved (→rN: its partner's row)  · page furniture",
    ));
    scrolled(
        app,
        frame,
        area,
        " help · esc closes ",
        lines,
        app.help_scroll,
    );
}

/// A sentence with the spans that differ emphasised.
fn sentence_line(
    app: &App,
    text: &str,
    start: usize,
    strong: &[TextSpan],
    changed: &[TextSpan],
    base: ratatui::style::Style,
) -> Line<'static> {
    let chars = crate::tui::layout::styled_chars(text, |i| {
        if strong.iter().any(|s| s.contains(start + i)) {
            base.patch(app.theme.emphasis)
        } else if changed.iter().any(|s| s.contains(start + i)) {
            base.patch(app.theme.changed)
        } else {
            base
        }
    });
    crate::tui::layout::to_line(chars)
}

/// A claim of a sentence of the document `doc`.
fn claim_line(c: &Claim, doc: &str) -> String {
    match c {
        Claim::Number(q) => {
            let op = serde_json::to_value(q.op)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            let counts = q.counts.as_deref().unwrap_or("?");
            let role = q
                .role
                .map(|r| format!(" ({r:?})").to_lowercase())
                .unwrap_or_default();
            // A range as its two ends: "20 to 30 people".
            let value = match q.shown_low() {
                Some(low) => format!("{low} to {}", q.shown_value()),
                None => format!("{op} {}", q.shown_value()),
            };
            format!("number  {} → {value} {counts}{role}", visible(q.text(doc)))
        }
        Claim::Date(d) => format!("date    {} → {}", visible(d.text(doc)), d.value()),
        Claim::Name(n) => format!(
            "name    {} → {}",
            visible(n.text(doc)),
            visible(n.canonical())
        ),
        Claim::Attribution(a) => format!("source  {}", visible(a.text(doc))),
        Claim::Event(e) => format!("event   {} → {}", visible(e.text(doc)), e.class.name()),
    }
}

pub fn detail(app: &App, frame: &mut Frame) {
    let (Some(cmp), Some(corpus), Some((side, i))) =
        (app.current(), app.corpus.as_ref(), app.selected_sentence())
    else {
        return;
    };
    let area = centered(frame.area(), 86, 86);
    let mut lines: Vec<Line<'static>> = Vec::new();
    let heading = |s: &str| {
        Line::from(Span::styled(
            s.to_string(),
            app.theme.hint_key.add_modifier(Modifier::UNDERLINED),
        ))
    };
    let links = &cmp.by_sentence.get(side)[i];
    let show =
        |lines: &mut Vec<Line<'static>>, s: Side, n: usize, marks: (&[TextSpan], &[TextSpan])| {
            let src = &corpus.sources[*cmp.sources.get(s)];
            let state = cmp.state(s, n);
            let moved = cmp.moved_link(s, n).is_some();
            lines.push(Line::from(vec![
                Span::styled(
                    format!("{} ", glyph(state, moved)),
                    app.theme.state(state, moved),
                ),
                Span::styled(
                    format!("{} · sentence {n}", visible(&src.doc.name)),
                    app.theme.hint_key,
                ),
            ]));
            lines.push(sentence_line(
                app,
                crate::tui::layout::clip(src.text(n)).0,
                src.sentences[n].span.start,
                marks.0,
                marks.1,
                app.theme.state(state, moved),
            ));
            let claims = src.claims[n].list();
            for c in claims.iter().take(MAX_LISTED) {
                lines.push(Line::from(Span::styled(
                    format!("    {}", claim_line(c, &src.doc.text)),
                    app.theme.dim,
                )));
            }
            lines.push(Line::from(""));
        };
    let strong_of = |s: Side, l: usize| -> Vec<TextSpan> {
        cmp.links[l]
            .differences
            .iter()
            .filter_map(|d| *d.spans.get(s))
            .collect()
    };
    if links.is_empty() {
        show(&mut lines, side, i, (&[], &[]));
        let other = &corpus.sources[*cmp.sources.get(side.other())];
        lines.push(Line::from(format!(
            "No sentence of {} states this.",
            visible(&other.doc.name)
        )));
    }
    for &l in links {
        let link = &cmp.links[l];
        let (left, right) = (link.sentences.left, link.sentences.right);
        lines.push(heading(&format!(
            "pair · score {:.2}{}",
            link.score,
            if link.moved { " · moved" } else { "" }
        )));
        let changes = &cmp.links[l].changes;
        show(
            &mut lines,
            Side::Left,
            left,
            (&strong_of(Side::Left, l), &changes.left),
        );
        show(
            &mut lines,
            Side::Right,
            right,
            (&strong_of(Side::Right, l), &changes.right),
        );

        lines.push(Line::from(Span::styled(
            "Underlined: the words the other sentence does not have.",
            app.theme.dim,
        )));
        if link.differences.is_empty() {
            lines.push(Line::from("They agree: no figure, date or name differs."));
        }
        for d in &link.differences {
            lines.push(Line::from(Span::styled(
                format!("≠ {}", describe(d)),
                app.theme.diverge,
            )));
        }
        let e = &link.evidence;
        let srcs = cmp.sources.map(|k| &corpus.sources[k]);
        let surface = Surface::of(
            Pair::new(srcs.left.text(left), srcs.right.text(right)),
            Pair::new(
                (
                    &srcs.left.claims[left].names[..],
                    srcs.left.doc.text.as_str(),
                ),
                (
                    &srcs.right.claims[right].names[..],
                    srcs.right.doc.text.as_str(),
                ),
            ),
        );
        // Listed as the articles wrote them, not as the engine keys them.
        let list = |label: &str, v: &[String], written: &dyn Fn(&str) -> String| {
            let shown: Vec<String> = v.iter().take(MAX_LISTED).map(|w| written(w)).collect();
            let more = if v.len() > MAX_LISTED {
                format!(" and {} more", v.len() - MAX_LISTED)
            } else {
                String::new()
            };
            (!v.is_empty())
                .then(|| Line::from(format!("  {label}: {}{more}", visible(&shown.join(", ")))))
        };
        let same = |w: &str| w.to_string();
        lines.push(Line::from("Why they were paired:"));
        lines.extend(list("names", &e.names, &|n| surface.name(n)));
        lines.extend(list("numbers", &e.quantities, &same));
        lines.extend(list("dates", &e.dates, &same));
        lines.extend(list("phrases", &e.phrases, &|p| surface.phrase(p)));
        lines.extend(list("words", &e.words, &|w| surface.word(w)));
        lines.push(Line::from(""));
    }
    scrolled(
        app,
        frame,
        area,
        " detail · esc closes · j/k scroll ",
        lines,
        app.detail_scroll,
    );
}

/// A popup over `area`: its titled, wrapped lines scrolled by `scroll`,
/// no further than its last line reaches the bottom. How far that is, as
/// drawn at this width, is kept for the keys (`App::scroll_room`).
fn scrolled(app: &App, frame: &mut Frame, area: Rect, title: &str, lines: Vec<Line>, scroll: u16) {
    let block = Block::new().borders(Borders::ALL).title(title);
    let paragraph = Paragraph::new(Text::from(lines))
        .block(block)
        .wrap(Wrap { trim: false });
    let room = paragraph
        .line_count(area.width)
        .saturating_sub(usize::from(area.height));
    let room = u16::try_from(room).unwrap_or(u16::MAX);
    app.scroll_room.set(room);
    frame.render_widget(Clear, area);
    frame.render_widget(paragraph.scroll((scroll.min(room), 0)), area);
}
