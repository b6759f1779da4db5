//! Plain-text and Markdown reports: the alignment as a person reviews it.
//! Every piece of article text goes through [`visible`], so no control
//! character from an article reaches the terminal.

use std::fmt::Write;

use crate::align::{Comparison, DiffKind, Difference, Link, Relation, State};
use crate::corpus::{Corpus, Source};
use crate::facts::{CONTRADICTS_NAMED, Fact};
use crate::span::Side;
use crate::visible::visible;

/// The glyph of a sentence's state: it reads without colour.
pub fn glyph(state: State, moved: bool) -> &'static str {
    match (state, moved) {
        (State::Boilerplate, _) => "·",
        (State::Unique, _) => "+",
        (_, true) => "↕",
        (State::Match, false) => "=",
        (State::Diverge, false) => "≠",
    }
}

pub fn kind_name(k: DiffKind) -> &'static str {
    match k {
        DiffKind::Number => "number",
        DiffKind::Date => "date",
        DiffKind::Name => "name",
        DiffKind::Qualifier => "qualifier",
        DiffKind::Negation => "negation",
    }
}

/// "number: 144 individuals vs at least 133 people (compatible)".
pub fn describe(d: &Difference) -> String {
    let how = match (d.kind, d.compatible) {
        (DiffKind::Name, true) => "spelled two ways",
        (_, true) => "compatible",
        (_, false) => "contradicts",
    };
    format!(
        "{}: {} vs {} ({how})",
        kind_name(d.kind),
        visible(&d.values.left),
        visible(&d.values.right)
    )
}

fn header(src: &Source) -> String {
    let mut h = format!("{} · {}", src.doc.name, visible(&src.title()));
    if let Some(d) = &src.doc.meta.date {
        let _ = write!(h, " ({})", visible(d));
    }
    h
}

fn counts_line(cmp: &Comparison) -> String {
    let c = cmp.counts;
    format!(
        "{} match · {} diverge · {} unique · {} moved",
        c.matches, c.diverges, c.unique, c.moved
    )
}

/// "match" or "diverge", for a moved sentence's pointer to its partner.
fn relation_name(r: Relation) -> &'static str {
    match r {
        Relation::Match => "match",
        Relation::Diverge => "diverge",
    }
}

/// " → row 12, diverge": where a moved sentence's partner sits and whether
/// the two agree.
fn moved_note(cmp: &Comparison, side: Side, link: &Link) -> String {
    let partner = *link.sentences.get(side.other());
    format!(
        " → row {}, {}",
        cmp.row_of.get(side.other())[partner] + 1,
        relation_name(link.relation)
    )
}

/// The pairs whose differences a row lists: the pair on the row, and the
/// moved pairs whose left sentence sits on it (each listed once, there).
fn pairs_listed(cmp: &Comparison) -> Vec<Vec<usize>> {
    let mut by_row: Vec<Vec<usize>> = cmp
        .rows
        .iter()
        .map(|r| r.link.into_iter().collect())
        .collect();
    for (l, link) in cmp.links.iter().enumerate() {
        if link.moved
            && let Some(&row) = cmp.row_of.left.get(link.sentences.left)
            && let Some(list) = by_row.get_mut(row)
            && !list.contains(&l)
        {
            list.push(l);
        }
    }
    by_row
}

/// The comparison as text: one block per row, differences under the pair.
pub fn compare(corpus: &Corpus, cmp: &Comparison) -> String {
    let srcs = cmp.sources.map(|i| &corpus.sources[i]);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "left:  {}\nright: {}",
        header(srcs.left),
        header(srcs.right)
    );
    let _ = writeln!(out, "{}\n", counts_line(cmp));
    let listed = pairs_listed(cmp);
    for (r, row) in cmp.rows.iter().enumerate() {
        let mut first = true;
        for side in [Side::Left, Side::Right] {
            let Some(i) = *row.cells.get(side) else {
                continue;
            };
            let src = srcs.get(side);
            let state = cmp.state(side, i);
            let moved = cmp.moved_link(side, i);
            let tag = if side == Side::Left { 'L' } else { 'R' };
            let lead = if first {
                format!("{:>4}", r + 1)
            } else {
                "    ".into()
            };
            first = false;
            let mut line = format!(
                "{lead} {} {tag}{i:<3} {}",
                glyph(state, moved.is_some()),
                visible(src.text(i))
            );
            if let Some(l) = moved {
                line.push_str(&moved_note(cmp, side, l));
            }
            let _ = writeln!(out, "{line}");
        }
        for &l in &listed[r] {
            for d in &cmp.links[l].differences {
                let _ = writeln!(out, "           {}", describe(d));
            }
        }
    }
    out
}

fn md_cell(s: &str) -> String {
    visible(s).replace('\\', "\\\\").replace('|', "\\|")
}

/// The comparison as a Markdown table.
pub fn markdown(corpus: &Corpus, cmp: &Comparison) -> String {
    let srcs = cmp.sources.map(|i| &corpus.sources[i]);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {} ⟷ {}\n",
        md_cell(&header(srcs.left)),
        md_cell(&header(srcs.right))
    );
    let _ = writeln!(out, "{}\n", counts_line(cmp));
    let _ = writeln!(
        out,
        "| row | | {} | | {} | differences |",
        md_cell(&srcs.left.doc.name),
        md_cell(&srcs.right.doc.name)
    );
    let _ = writeln!(out, "|---|---|---|---|---|---|");
    let listed = pairs_listed(cmp);
    for (r, row) in cmp.rows.iter().enumerate() {
        let mut cells = Vec::new();
        for side in [Side::Left, Side::Right] {
            match *row.cells.get(side) {
                Some(i) => {
                    let moved = cmp.moved_link(side, i);
                    let mut text = md_cell(srcs.get(side).text(i));
                    if let Some(l) = moved {
                        text.push_str(&moved_note(cmp, side, l));
                    }
                    cells.push(glyph(cmp.state(side, i), moved.is_some()).to_string());
                    cells.push(text);
                }
                None => {
                    cells.push(String::new());
                    cells.push(String::new());
                }
            }
        }
        let diffs = listed[r]
            .iter()
            .flat_map(|&l| cmp.links[l].differences.iter())
            .map(|d| md_cell(&describe(d)))
            .collect::<Vec<_>>()
            .join("; ");
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            r + 1,
            cells[0],
            cells[1],
            cells[2],
            cells[3],
            diffs
        );
    }
    out
}

/// Sentences, one a line: index, byte range, text.
pub fn sentences(src: &Source) -> String {
    let mut out = String::new();
    for s in &src.sentences {
        let mark = if s.boilerplate { " (furniture)" } else { "" };
        let _ = writeln!(
            out,
            "{:>4} {}..{}{mark}  {}",
            s.index,
            src.doc.byte_offset(s.span.start),
            src.doc.byte_offset(s.span.end),
            visible(s.span.of(&src.doc.text))
        );
    }
    out
}

/// Facts across sources, each with every source's value; values given in
/// words, outliers and contradictions marked.
pub fn facts(corpus: &Corpus, facts: &[Fact]) -> String {
    let mut out = String::new();
    if facts.is_empty() {
        out.push_str("no fact is stated by two or more sources\n");
    }
    let name = |i: usize| corpus.sources.get(i).map_or("?", |s| s.doc.name.as_str());
    for f in facts {
        let _ = writeln!(out, "{} ({} sources)", visible(&f.label), f.values.len());
        for (i, v) in f.values.iter().enumerate() {
            let mut marks = String::new();
            if v.qualitative {
                marks.push_str("   (in words)");
            }
            if v.outlier {
                marks.push_str("   ← outlier");
            }
            if v.contradicted {
                let mut all = f.contradicts(i);
                let others: Vec<String> = all
                    .by_ref()
                    .take(CONTRADICTS_NAMED)
                    .map(|o| visible(name(o)).into_owned())
                    .collect();
                let _ = write!(marks, "   ≠ contradicts {}", others.join(", "));
                let more = all.count();
                if more > 0 {
                    let _ = write!(marks, " and {more} more");
                }
            }
            let _ = writeln!(
                out,
                "  {:<8} {}  [sentence {}]{marks}",
                visible(name(v.source)),
                visible(&v.text),
                v.sentence
            );
        }
        out.push('\n');
    }
    out
}

/// Facts across sources as a Markdown table: one row per fact, one column per
/// source, outliers marked `≠`.
pub fn facts_markdown(corpus: &Corpus, facts: &[Fact]) -> String {
    let mut out = String::from("# Facts across sources\n\n");
    if facts.is_empty() {
        out.push_str("No fact is stated by two or more sources.\n");
        return out;
    }
    out.push_str("| fact |");
    for s in &corpus.sources {
        let _ = write!(out, " {} |", md_cell(&s.doc.name));
    }
    out.push_str("\n|---|");
    out.push_str(&"---|".repeat(corpus.sources.len()));
    out.push('\n');
    for f in facts {
        let _ = write!(out, "| {} |", md_cell(&f.label));
        for si in 0..corpus.sources.len() {
            match f.values.iter().find(|v| v.source == si) {
                Some(v) => {
                    let mark = if v.outlier || v.contradicted {
                        "≠ "
                    } else {
                        ""
                    };
                    let words = if v.qualitative { " *in words*" } else { "" };
                    let _ = write!(
                        out,
                        " {mark}{}{words} (sentence {}) |",
                        md_cell(&v.text),
                        v.sentence
                    );
                }
                None => out.push_str(" |"),
            }
        }
        out.push('\n');
    }
    out.push_str(
        "\n`≠`: an outlier, more than 25% from the median of three or more sources, \
         or a value that cannot be true with another source's. *in words*: no figure given.\n",
    );
    out
}
