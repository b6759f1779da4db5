//! Sentences as a careful reader splits them, as byte spans.
//!
//! The text is first cut into blocks at line breaks (a headline without a full
//! stop is its own sentence), then each block is read token by token: a token
//! ending in `.`, `!` or `?` ends a sentence unless what it is (an
//! abbreviation, an initial, a number, an ellipsis) and what follows says
//! otherwise. Numbered and lettered list items start sentences of their own.
//! Table-driven tests of these rules sit at the bottom of this file.
//!
//! No sentence runs past [`MAX_SENTENCE`] bytes: text that never comes to a
//! full stop (a transcript, a list run together, a hostile input) is cut at
//! clause boundaries instead, so that no single sentence dominates the work
//! done per sentence later, or the screen.

use serde::Serialize;

use crate::claim::dates::{MONTHS, WEEKDAYS};
use crate::claim::words::is_currency_sign;
use crate::document::Document;
use crate::span::{Span, is_space};

/// One sentence of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Sentence {
    pub index: usize,
    pub span: Span,
    /// Page furniture: shown dimmed, never aligned.
    pub boilerplate: bool,
}

/// Abbreviations that are followed by a name or a number and never end a sentence.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "messrs", "dr", "prof", "mt", "st", "ste", "jr", "sr", "gen", "gov", "sen",
    "rep", "rev", "hon", "capt", "col", "lt", "sgt", "cpl", "maj", "adm", "cmdr", "pres", "fr",
    "no", "nos", "vol", "vols", "fig", "figs", "p", "pp", "art", "sec", "ch", "ca", "n°", "nº",
    "op", "ed", "eds", "ft", "mssrs", "supt", "insp", "det",
];

/// Abbreviations that may end a sentence: they do when a capital follows.
const ABBREVIATIONS: &[&str] = &[
    "co", "corp", "inc", "ltd", "llc", "plc", "bros", "etc", "vs", "v", "dept", "est", "approx",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
    "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "min", "max", "govt", "intl",
    "assn", "univ", "ave", "blvd", "rd", "hwy", "mi", "km", "kg", "lb", "lbs", "oz", "al",
    // "Rs. 2 lakh": rupees.
    "rs",
];

/// Words that start sentences far more often than they follow an abbreviation
/// inside one: after "U.S." or an initial, one of these means a new sentence.
const STARTERS: &[&str] = &[
    "I", "You", "He", "She", "It", "We", "They", "The", "A", "An", "This", "That", "These",
    "Those", "There", "Here", "How", "What", "Why", "When", "Where", "Who", "Which", "Did", "Do",
    "Does", "Is", "Are", "Was", "Were", "Can", "Could", "Will", "Would", "Should", "Has", "Have",
    "Had", "But", "And", "So", "Yet", "Or", "In", "On", "At", "For", "If", "As", "After", "Before",
    "While", "Although", "However", "Still", "Then", "Now", "My", "Our", "Your", "His", "Her",
    "Its", "Their", "Some", "Many", "Most", "All", "No", "Not", "One", "Two", "Three",
];

/// The longest sentence, in bytes, before it is cut at a clause boundary (a
/// line end, `;`, `:`, a dash, `,`), or failing those between two words. News
/// sentences run to 200–400 bytes; a reader's longest are under 1,000.
pub const MAX_SENTENCE: usize = 1000;

const CLOSERS: &[char] = &['"', '\'', '”', '’', '»', ')', ']', '}'];
const OPENERS: &[char] = &['"', '\'', '“', '‘', '«', '(', '[', '{', '¿', '¡'];
const BULLETS: &[char] = &['•', '⁃', '◦', '▪', '‣', '·', '-', '*', '–'];

/// The sentences of a document, furniture included (flagged `boilerplate`).
pub fn sentences(doc: &Document) -> Vec<Sentence> {
    let mut spans: Vec<(Span, bool)> = Vec::new();
    let mut pos = 0;
    for &f in &doc.furniture {
        if f.start > pos {
            spans.extend(
                split_region(&doc.text, Span::new(pos, f.start))
                    .into_iter()
                    .map(|s| (s, false)),
            );
        }
        if f.len() > MAX_SENTENCE {
            // Not a menu or a copyright line at that length; still set apart,
            // but in pieces a reader (and the screen) can take in.
            spans.extend(split_region(&doc.text, f).into_iter().map(|s| (s, true)));
        } else {
            spans.push((f, true));
        }
        pos = pos.max(f.end);
    }
    spans.extend(
        split_region(&doc.text, Span::new(pos, doc.text.len()))
            .into_iter()
            .map(|s| (s, false)),
    );
    spans
        .into_iter()
        .enumerate()
        .map(|(index, (span, boilerplate))| Sentence {
            index,
            span,
            boilerplate,
        })
        .collect()
}

/// Split a whole text into sentence spans.
pub fn split(text: &str) -> Vec<Span> {
    split_region(text, Span::new(0, text.len()))
}

/// Split `region` of `text` into sentence spans (offsets into `text`).
pub fn split_region(text: &str, region: Span) -> Vec<Span> {
    let mut out = Vec::new();
    for block in blocks(text, region) {
        split_block(text, block, &mut out);
    }
    out
}

/// Line-level cuts: blank lines always; single line breaks too, unless the text
/// is hard-wrapped prose, where only a short unpunctuated line (a heading) or a
/// Markdown block start breaks.
fn blocks(text: &str, region: Span) -> Vec<Span> {
    let mut lines = Vec::new();
    let mut start = region.start;
    for (i, b) in region.of(text).bytes().enumerate() {
        if b == b'\n' {
            lines.push(Span::new(start, region.start + i));
            start = region.start + i + 1;
        }
    }
    lines.push(Span::new(start, region.end));

    let wrapped = is_hard_wrapped(text, &lines);
    let width = lines
        .iter()
        .map(|l| l.trim(text).of(text).chars().count())
        .max()
        .unwrap_or(0);
    let mut out: Vec<Span> = Vec::new();
    let mut current: Option<Span> = None;
    for line in lines {
        let trimmed = line.trim(text);
        if trimmed.is_empty() {
            out.extend(current.take());
            continue;
        }
        let s = trimmed.of(text);
        let joins = wrapped
            && current
                .is_some_and(|c| !ends_with_stop(c.of(text)) && !is_heading(c.of(text), width))
            && !starts_block(s);
        match current {
            Some(c) if joins => current = Some(Span::new(c.start, trimmed.end)),
            _ => {
                out.extend(current.take());
                current = Some(trimmed);
            }
        }
    }
    out.extend(current);
    out
}

/// Hard-wrapped text has many lines that break inside a paragraph without a
/// final stop, all of them under a typical wrap width.
fn is_hard_wrapped(text: &str, lines: &[Span]) -> bool {
    let mut inside = 0;
    let mut open = 0;
    for w in lines.windows(2) {
        let (a, b) = (w[0].trim(text), w[1].trim(text));
        if a.is_empty() || b.is_empty() {
            continue;
        }
        if a.of(text).chars().count() > 100 {
            return false;
        }
        inside += 1;
        if !ends_with_stop(a.of(text)) {
            open += 1;
        }
    }
    inside >= 3 && open * 2 > inside
}

fn ends_with_stop(s: &str) -> bool {
    s.trim_end_matches(CLOSERS)
        .ends_with(['.', '!', '?', '…', ':'])
}

fn is_heading(s: &str, width: usize) -> bool {
    s.starts_with('#')
        || (!ends_with_stop(s)
            && s.chars().count() * 2 < width
            && s.split_whitespace().count() <= 12)
}

fn starts_block(s: &str) -> bool {
    s.starts_with(['#', '>', '•', '*', '-', '|'])
        || s.split_whitespace()
            .next()
            .is_some_and(|w| marker_of(w).is_some())
}

/// A whitespace-delimited token of a block: only its span, so that a block
/// of megabytes on one line costs 16 bytes a word while it is split.
#[derive(Debug, Clone, Copy)]
struct Token {
    span: Span,
}

impl Token {
    fn of(self, text: &str) -> &str {
        self.span.of(text)
    }
}

fn tokens(text: &str, block: Span) -> Vec<Token> {
    let s = block.of(text);
    // Counted first, so the list is allocated once at its size.
    let mut out = Vec::with_capacity(words(s).count());
    out.extend(words(s).map(|(st, end)| Token {
        span: Span::new(block.start + st, block.start + end),
    }));
    out
}

/// Start and end of each run of non-space characters in `s`.
fn words(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut chars = s.char_indices().peekable();
    std::iter::from_fn(move || {
        let start = loop {
            let (i, c) = chars.next()?;
            if !is_space(c) {
                break i;
            }
        };
        let mut end = s.len();
        while let Some(&(i, c)) = chars.peek() {
            chars.next();
            if is_space(c) {
                end = i;
                break;
            }
        }
        Some((start, end))
    })
}

fn split_block(text: &str, block: Span, out: &mut Vec<Span>) {
    let toks = tokens(text, block);
    if toks.is_empty() {
        return;
    }
    // `cut[i]`: a sentence ends after token i.
    let mut cut = vec![false; toks.len()];
    let markers = list_markers(text, &toks);
    let mut words_in_sentence = 0;
    let mut i = 0;
    while i < toks.len() {
        words_in_sentence += 1;
        // A run of lone dots after this token: a spaced ellipsis.
        let run = toks[i + 1..]
            .iter()
            .take_while(|t| is_lone_dot(t.of(text)))
            .count();
        if run > 0 && !is_lone_dot(toks[i].of(text)) {
            let after = i + run + 1;
            let next = toks.get(after).map(|t| t.of(text));
            let attached =
                core(toks[i].of(text)).ends_with('.') && !core(toks[i].of(text)).ends_with("..");
            if attached && run >= 3 {
                // "compounds. . . . The": the period ends this sentence; the
                // ellipsis opens the next one.
                if next.is_some_and(starts_upper) {
                    cut[i] = true;
                    words_in_sentence = 0;
                }
            } else if attached || run != 3 {
                // "Ukraine. ." or "period . . . . Next": one stop, spaced out.
                let ends = match next {
                    None => true,
                    Some(n) => {
                        starts_upper(n)
                            || (attached && ends_here(text, &toks, i, n, words_in_sentence))
                    }
                };
                if ends {
                    cut[after - 1] = true;
                    words_in_sentence = 0;
                }
            }
            i = after;
            continue;
        }
        if markers[i] {
            i += 1;
            continue;
        }
        if let Some(next) = toks.get(i + 1)
            && ends_here(text, &toks, i, next.of(text), words_in_sentence)
        {
            cut[i] = true;
            words_in_sentence = 0;
        }
        i += 1;
    }
    // List items start sentences.
    for (i, &is_marker) in markers.iter().enumerate() {
        if is_marker && i > 0 {
            let before = if BULLETS
                .iter()
                .any(|&b| toks[i - 1].of(text) == b.to_string())
            {
                i - 1
            } else {
                i
            };
            if before > 0 {
                cut[before - 1] = true;
            }
        }
    }

    cap_lengths(text, &toks, &mut cut);

    let mut start = toks[0].span.start;
    let mut pieces = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if cut[i] || i + 1 == toks.len() {
            pieces.push(Span::new(start, t.span.end));
            if let Some(n) = toks.get(i + 1) {
                start = n.span.start;
            }
        }
    }
    // A piece with no letter or digit ("." left over) joins its neighbour.
    for p in pieces {
        let lone = !p.of(text).chars().any(char::is_alphanumeric);
        match out.last_mut() {
            Some(last) if lone && last.end <= p.start && last.start >= block.start => {
                last.end = p.end
            }
            _ => out.push(p),
        }
    }
}

/// Where a sentence too long to read as one may be cut, best first: the
/// boundary after a token, by what ends it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Clause {
    LineEnd,
    Semicolon,
    Colon,
    Dash,
    Comma,
}

/// The clause boundary between `toks[i]` and the token after it, if any.
fn clause_after(text: &str, toks: &[Token], i: usize) -> Option<Clause> {
    let next = toks.get(i + 1)?;
    if text[toks[i].span.end..next.span.start].contains('\n') {
        return Some(Clause::LineEnd);
    }
    let c = core(toks[i].of(text));
    match c.chars().next_back()? {
        ';' => Some(Clause::Semicolon),
        ':' => Some(Clause::Colon),
        '—' | '–' => Some(Clause::Dash),
        '-' if c == "-" || c == "--" => Some(Clause::Dash),
        ',' => Some(Clause::Comma),
        _ => None,
    }
}

/// Cut every sentence (a run of tokens between cuts) longer than
/// [`MAX_SENTENCE`] bytes. The cut goes after the last boundary of the best
/// kind that leaves at least half the limit before it, else between the two
/// last words that fit. One pass over the tokens; a single word longer than
/// the limit stays whole.
fn cap_lengths(text: &str, toks: &[Token], cut: &mut [bool]) {
    const KINDS: [Clause; 5] = [
        Clause::LineEnd,
        Clause::Semicolon,
        Clause::Colon,
        Clause::Dash,
        Clause::Comma,
    ];
    // The last boundary of each kind in the current sentence (a token index).
    let mut last: [Option<usize>; 5] = [None; 5];
    let mut first = 0;
    for i in 0..toks.len() {
        while i > first && toks[i].span.end - toks[first].span.start > MAX_SENTENCE {
            let half = toks[first].span.start + MAX_SENTENCE / 2;
            let at = last
                .iter()
                .flatten()
                .copied()
                .find(|&k| k >= first && toks[k].span.end >= half)
                .unwrap_or(i - 1);
            cut[at] = true;
            first = at + 1;
        }
        if cut[i] {
            first = i + 1;
            last = [None; 5];
        } else if let Some(kind) = clause_after(text, toks, i) {
            let k = KINDS
                .iter()
                .position(|&c| c == kind)
                .unwrap_or(KINDS.len() - 1);
            last[k] = Some(i);
        }
    }
}

fn is_lone_dot(t: &str) -> bool {
    let c = t.trim_end_matches(CLOSERS);
    c == "." || c == "…"
}

/// The token without closing quotes and brackets.
fn core(t: &str) -> &str {
    t.trim_end_matches(CLOSERS)
}

fn starts_upper(t: &str) -> bool {
    t.trim_start_matches(OPENERS)
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase())
}

fn starts_lower(t: &str) -> bool {
    t.trim_start_matches(OPENERS)
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase())
}

fn starts_digit(t: &str) -> bool {
    t.trim_start_matches(OPENERS)
        .trim_start_matches(is_currency_sign)
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit())
}

fn is_starter(t: &str) -> bool {
    let w = t
        .trim_start_matches(OPENERS)
        .trim_end_matches(|c: char| !c.is_alphanumeric());
    let w = w.split(['\'', '’']).next().unwrap_or(w);
    STARTERS.contains(&w)
}

/// Does the sentence end after `toks[i]`, given the next token?
fn ends_here(text: &str, toks: &[Token], i: usize, next: &str, words: usize) -> bool {
    let tok = toks[i].of(text);
    let c = core(tok);
    let closed = c.len() < tok.len();
    if c.ends_with(['!', '?', '‼', '⁇']) {
        return starts_upper(next) || starts_digit(next) || next.starts_with(OPENERS);
    }
    if c.ends_with('…') || (c.ends_with("...") && !c.ends_with("....")) {
        // An ellipsis trails off; four dots are an ellipsis and a stop.
        return false;
    }
    if !c.ends_with('.') {
        return false;
    }
    let word = c.trim_end_matches('.').trim_start_matches(OPENERS);
    if c.ends_with("....") {
        return starts_upper(next);
    }
    if closed && starts_lower(next) {
        // '"This is great." she said' and "(… an engineer.) at the".
        return false;
    }
    if word.is_empty() {
        return starts_upper(next);
    }
    let lower = word.to_lowercase();
    if is_number_like(word) {
        return starts_upper(next);
    }
    if is_dotted(word) {
        if matches!(lower.as_str(), "a.m" | "p.m") {
            return starts_upper(next) && words > 3 && !dates_a_time(next);
        }
        if matches!(lower.as_str(), "e.g" | "i.e" | "cf" | "viz") {
            return false;
        }
        return is_starter(next);
    }
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if letters == 1 && word.chars().count() == 1 {
        // An initial ("Jonas E. Smith") unless a sentence plainly starts.
        return is_starter(next);
    }
    if TITLES.contains(&lower.as_str()) {
        return false;
    }
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return starts_upper(next);
    }
    if starts_upper(next)
        || starts_digit(next)
        || next.starts_with(OPENERS)
        || next.starts_with(BULLETS)
    {
        return true;
    }
    // A lowercase start after a full word is a sloppy sentence, not an
    // abbreviation ("with Russia. officials told the Post.").
    starts_lower(next) && letters >= 3
}

/// Time zones that go on dating a time of day ("9 a.m. Eastern", "p.m. GMT").
const TIME_ZONES: [&str; 12] = [
    "eastern", "central", "pacific", "mountain", "et", "est", "edt", "pt", "pst", "pdt", "gmt",
    "utc",
];

/// Whether `next` begins with a word that dates the time before it: after
/// "a.m." or "p.m." a day, a month or a zone does not start a sentence ("at
/// 6:10 p.m. Saturday"). "May" is left out: it starts sentences too.
fn dates_a_time(next: &str) -> bool {
    let word: String = next
        .chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    let word = word.as_str();
    WEEKDAYS.contains(&word)
        || (MONTHS.contains(&word) && word != "may")
        || TIME_ZONES.contains(&word)
}

/// "$100.00", "1026.253.553", "55)", "9,000", "20th".
fn is_number_like(w: &str) -> bool {
    let w = w
        .trim_start_matches(|c| c == '(' || is_currency_sign(c))
        .trim_end_matches([')', '%']);
    w.chars().next().is_some_and(|c| c.is_ascii_digit())
        && w.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | ',' | '-'))
}

/// Letters joined by dots: "U.S", "U.S.A", "a.m", "e.g".
fn is_dotted(w: &str) -> bool {
    let parts: Vec<&str> = w.split('.').collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MarkerStyle {
    DotParen,
    Paren,
    Dot,
    Letter,
}

/// A list marker token: "1.)", "2)", "3.", "⁃9.", "a.", with its ordinal.
fn marker_of(t: &str) -> Option<(MarkerStyle, u32)> {
    let t = t.trim_start_matches(BULLETS);
    let (body, style) = if let Some(b) = t.strip_suffix(".)") {
        (b, MarkerStyle::DotParen)
    } else if let Some(b) = t.strip_suffix(')') {
        (b, MarkerStyle::Paren)
    } else if let Some(b) = t.strip_suffix('.') {
        (b, MarkerStyle::Dot)
    } else {
        return None;
    };
    if !body.is_empty() && body.len() <= 3 && body.bytes().all(|b| b.is_ascii_digit()) {
        return body.parse().ok().map(|n| (style, n));
    }
    let mut chars = body.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii_lowercase() && style != MarkerStyle::DotParen => {
            Some((MarkerStyle::Letter, c as u32 - 'a' as u32 + 1))
        }
        _ => None,
    }
}

/// Which tokens are list markers: a run of one style with consecutive
/// ordinals ("1.) … 2.) …", "a. … b. … c. …") that opens the block. A list
/// starts a block; numbers that end sentences mid-paragraph ("on March 4.
/// … on April 5.") are not one.
fn list_markers(text: &str, toks: &[Token]) -> Vec<bool> {
    let mut is_marker = vec![false; toks.len()];
    let first = usize::from(toks.first().is_some_and(|t| is_bullet(t.of(text))));
    let Some((style, mut n)) = toks.get(first).and_then(|t| marker_of(t.of(text))) else {
        return is_marker;
    };
    let mut found = vec![first];
    for (i, t) in toks.iter().enumerate().skip(first + 1) {
        if let Some((s, m)) = marker_of(t.of(text))
            && s == style
            && m == n + 1
        {
            found.push(i);
            n = m;
        }
    }
    if found.len() >= 2 {
        for i in found {
            is_marker[i] = true;
        }
    }
    is_marker
}

fn is_bullet(t: &str) -> bool {
    let mut c = t.chars();
    matches!((c.next(), c.next()), (Some(b), None) if BULLETS.contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        split(text).iter().map(|s| s.of(text)).collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Hello World. My name is Jonas.",
                &["Hello World.", "My name is Jonas."],
            ),
            // Rupees as Indian papers write them; a sum opening a sentence.
            (
                "Each family will get Rs. 2 lakh in aid. ₹5 lakh will go to the injured.",
                &[
                    "Each family will get Rs. 2 lakh in aid.",
                    "₹5 lakh will go to the injured.",
                ],
            ),
            (
                "At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.",
                &[
                    "At 5 a.m. Mr. Smith went to the bank.",
                    "He left the bank at 6 P.M.",
                    "Mr. Smith then went to the store.",
                ],
            ),
            (
                "I live in the U.S. How about you?",
                &["I live in the U.S.", "How about you?"],
            ),
            (
                "I work for the U.S. Government in Virginia.",
                &["I work for the U.S. Government in Virginia."],
            ),
            (
                "We make a good team, you and I. Did you see Albert I. Jones yesterday?",
                &[
                    "We make a good team, you and I.",
                    "Did you see Albert I. Jones yesterday?",
                ],
            ),
            (
                "She has $100.00. It is in her bag.",
                &["She has $100.00.", "It is in her bag."],
            ),
            (
                "She turned to him, \"This is great.\" She held the book out to show him.",
                &[
                    "She turned to him, \"This is great.\"",
                    "She held the book out to show him.",
                ],
            ),
            (
                "1.) The first item 2.) The second item",
                &["1.) The first item", "2.) The second item"],
            ),
            (
                "a. The first item b. The second item c. The third list item",
                &[
                    "a. The first item",
                    "b. The second item",
                    "c. The third list item",
                ],
            ),
            (
                "I never meant that.... She left the store.",
                &["I never meant that....", "She left the store."],
            ),
            // From the seeds: a lowercase start after a full word still starts a sentence,
            // "300,000" and "Mr." do not end one, and a broken fragment stays itself.
            (
                "by sharing the information with Russia. officials told the Post.",
                &[
                    "by sharing the information with Russia.",
                    "officials told the Post.",
                ],
            ),
            (
                "call up to 300,000 Russian soldiers. Mr. Putin has waged a war.",
                &[
                    "call up to 300,000 Russian soldiers.",
                    "Mr. Putin has waged a war.",
                ],
            ),
            (
                "also on Friday. Ta. The attack killed five people.",
                &["also on Friday.", "Ta.", "The attack killed five people."],
            ),
            ("against Ukraine. .", &["against Ukraine. ."]),
            // Days that end sentences are not a numbered list.
            (
                "It met on March 4. Talks went on. It ended on April 5. Then it rained.",
                &[
                    "It met on March 4.",
                    "Talks went on.",
                    "It ended on April 5.",
                    "Then it rained.",
                ],
            ),
        ];
        for (input, want) in cases {
            assert_eq!(&texts(input), want, "input: {input}");
        }
    }

    /// Text that never comes to a full stop is cut where a reader would
    /// pause, best boundary first, and no piece passes the limit.
    #[test]
    fn long_text_without_a_stop_is_cut_at_clauses() {
        let clause = "the convoy moved north past the river crossing and the old mill";
        let cases: &[(&str, String, &str)] = &[
            (
                "semicolons before commas",
                format!("{clause}, and ").repeat(6) + &format!("{clause}; ").repeat(30),
                ";",
            ),
            ("commas", format!("{clause}, ").repeat(40), ","),
            (
                "dashes before commas",
                format!("{clause}, then — ").repeat(40),
                "—",
            ),
            ("colons", format!("{clause}: ").repeat(40), ":"),
        ];
        for (what, text, mark) in cases {
            let got = texts(text);
            assert!(
                got.len() > 1,
                "{what}: one sentence of {} bytes",
                text.len()
            );
            for s in &got {
                assert!(s.len() <= MAX_SENTENCE, "{what}: {} bytes", s.len());
            }
            for s in &got[..got.len() - 1] {
                assert!(
                    s.ends_with(mark),
                    "{what}: cut after {:?}",
                    &s[s.len() - 10..]
                );
                assert!(
                    s.len() >= MAX_SENTENCE / 2,
                    "{what}: a piece of {} bytes",
                    s.len()
                );
            }
            // Nothing lost: only white space lies between the pieces.
            let spans = split(text);
            for w in spans.windows(2) {
                assert!(text[w[0].end..w[1].start].trim().is_empty(), "{what}");
            }
            assert_eq!(spans[spans.len() - 1].end, text.trim_end().len(), "{what}");
        }
    }

    #[test]
    fn long_text_without_clauses_is_cut_between_words() {
        let text = "word ".repeat(1000);
        let got = texts(&text);
        assert_eq!(
            got.len(),
            5,
            "{:?}",
            got.iter().map(|s| s.len()).collect::<Vec<_>>()
        );
        assert!(
            got.iter()
                .all(|s| s.len() <= MAX_SENTENCE && s.ends_with("word"))
        );
        // A hard-wrapped paragraph that never ends is cut at a line end.
        let wrapped = "the convoy moved north past the river crossing\n".repeat(60);
        let got = texts(&wrapped);
        assert!(got.len() > 1);
        for (s, span) in got.iter().zip(split(&wrapped)) {
            assert!(s.len() <= MAX_SENTENCE);
            assert!(wrapped[span.end..].starts_with('\n'), "cut at a line end");
        }
        // One word longer than the limit stays whole, a sentence of its own.
        let long = "x".repeat(3 * MAX_SENTENCE);
        let word = format!("Before it. {long} after it.");
        assert_eq!(texts(&word), ["Before it.", long.as_str(), "after it."]);
    }

    #[test]
    fn long_furniture_is_cut_too() {
        // Words set apart by double spaces read as a menu row; at this length
        // the row is still furniture, in pieces.
        let row = "Home  World  Business  Markets  Weather  ".repeat(60);
        let doc = Document::from_text("x", &row);
        let s = sentences(&doc);
        assert!(s.len() > 1);
        assert!(
            s.iter()
                .all(|s| s.boilerplate && s.span.len() <= MAX_SENTENCE)
        );
    }

    #[test]
    fn headline_lines_are_sentences() {
        let text = "Unheeded Warnings and Security Oversights\n\nDespite warnings from the United States, the attack proceeded.";
        assert_eq!(
            texts(text),
            [
                "Unheeded Warnings and Security Oversights",
                "Despite warnings from the United States, the attack proceeded."
            ]
        );
    }

    #[test]
    fn hard_wrapped_paragraphs_join_lines() {
        let text = "The attack on the concert hall near Moscow left\nmany people dead and many more injured, officials\nsaid on Saturday. Russia declared a day of mourning\nand flags were lowered across the country.\n";
        assert_eq!(texts(text).len(), 2, "{:?}", texts(text));
    }

    #[test]
    fn crlf_and_bom() {
        let text = "\u{FEFF}First line.\r\nSecond line.\r\n";
        assert_eq!(texts(text), ["First line.", "Second line."]);
    }

    #[test]
    fn furniture_becomes_boilerplate_sentences() {
        let doc = Document::from_text(
            "x",
            " date 2024-03-29 On a day of music, tragedy struck. ISIS-K claimed it.",
        );
        let s = sentences(&doc);
        let shown: Vec<(&str, bool)> = s
            .iter()
            .map(|s| (s.span.of(&doc.text), s.boilerplate))
            .collect();
        assert_eq!(
            shown,
            [
                ("date 2024-03-29", true),
                ("On a day of music, tragedy struck.", false),
                ("ISIS-K claimed it.", false)
            ]
        );
    }

    #[test]
    fn a_time_followed_by_its_day_is_one_sentence() {
        let text = "The ferry overturned at 6:10 p.m. Saturday, less than an hour before it was due. \
                    Crews arrived at 9 a.m. Eastern on Sunday. The search ended at 5 p.m. The next day it resumed.";
        assert_eq!(
            texts(text),
            [
                "The ferry overturned at 6:10 p.m. Saturday, less than an hour before it was due.",
                "Crews arrived at 9 a.m. Eastern on Sunday.",
                "The search ended at 5 p.m.",
                "The next day it resumed.",
            ]
        );
    }
}
