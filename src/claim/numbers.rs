//! Quantities: a number, its qualifier as an interval, and what it counts.
//! "at least 133 people" is a count of people ≥ 133; "two decades" is 20 years.

use serde::Serialize;

use super::words::{Token, is_stop_word, normalize, stem};
use crate::span::Span;

/// How a quantity is qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Op {
    #[serde(rename = "=")]
    Eq,
    #[serde(rename = ">=")]
    AtLeast,
    #[serde(rename = ">")]
    MoreThan,
    #[serde(rename = "<=")]
    AtMost,
    #[serde(rename = "<")]
    LessThan,
    /// "about 100": within a tenth either way.
    #[serde(rename = "~")]
    About,
    /// "nearly 150": a little under.
    #[serde(rename = "~<")]
    Nearly,
}

/// What a count of people is a count of, when the sentence says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Dead,
    Injured,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    #[serde(skip)]
    pub span: Span,
    pub text: String,
    #[serde(serialize_with = "plain_number")]
    pub value: f64,
    pub op: Op,
    /// What is counted, normalised: "people", "years", "percent", or a stem.
    pub counts: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
}

impl Quantity {
    /// The values the text allows, as a closed interval.
    pub fn interval(&self) -> (f64, f64) {
        let v = self.value;
        let nudge = v.abs() * 1e-9 + 1e-9;
        match self.op {
            Op::Eq => (v, v),
            Op::AtLeast => (v, f64::INFINITY),
            Op::MoreThan => (v + nudge, f64::INFINITY),
            Op::AtMost => (f64::NEG_INFINITY, v),
            Op::LessThan => (f64::NEG_INFINITY, v - nudge),
            Op::About => (v * 0.9, v * 1.1),
            Op::Nearly => (v * 0.85, v - nudge),
        }
    }

    /// Can both be true at once ("144" and "over 130")?
    pub fn compatible(&self, other: &Quantity) -> bool {
        let (a0, a1) = self.interval();
        let (b0, b1) = other.interval();
        a0 <= b1 && b0 <= a1
    }

    /// Same thing counted: the same unit and no conflicting role.
    pub fn same_measure(&self, other: &Quantity) -> bool {
        self.counts.is_some()
            && self.counts == other.counts
            && (self.role.is_none() || other.role.is_none() || self.role == other.role)
    }

    /// The value a reader would quote for comparison ("over 130" → 130).
    pub fn point(&self) -> f64 {
        self.value
    }
}

fn plain_number<S: serde::Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        s.serialize_i64(*v as i64)
    } else {
        s.serialize_f64(*v)
    }
}

const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// The value of a spelled-out number word ("twenty", "twenty-one"), if it is one.
pub fn word_value(w: &str) -> Option<f64> {
    if let Some(i) = UNITS.iter().position(|u| *u == w) {
        return Some(i as f64);
    }
    if let Some(i) = TENS.iter().position(|t| *t == w) {
        return Some(20.0 + 10.0 * i as f64);
    }
    let (tens, unit) = w.split_once('-')?;
    let t = TENS.iter().position(|x| *x == tens)?;
    let u = UNITS[1..10].iter().position(|x| *x == unit)?;
    Some(20.0 + 10.0 * t as f64 + 1.0 + u as f64)
}

fn scale(w: &str) -> Option<f64> {
    match w {
        "hundred" => Some(1e2),
        "thousand" => Some(1e3),
        "million" | "millions" => Some(1e6),
        "billion" | "billions" => Some(1e9),
        _ => None,
    }
}

fn digits_value(w: &str) -> Option<f64> {
    let w = w.trim_start_matches(['$', '€', '£']).trim_end_matches('%');
    if w.is_empty() || !w.bytes().next()?.is_ascii_digit() {
        return None;
    }
    // "300,000" groups thousands; "1,5" is not a number we read.
    let parts: Vec<&str> = w.split(',').collect();
    if parts.len() > 1
        && !parts[1..]
            .iter()
            .all(|p| p.len() == 3 || (p.len() > 3 && p.as_bytes()[3] == b'.'))
    {
        return None;
    }
    w.replace(',', "").parse().ok()
}

const QUALIFIERS: &[(&[&str], Op)] = &[
    (&["at", "least"], Op::AtLeast),
    (&["no", "fewer", "than"], Op::AtLeast),
    (&["no", "less", "than"], Op::AtLeast),
    (&["more", "than"], Op::MoreThan),
    (&["in", "excess", "of"], Op::MoreThan),
    (&["upwards", "of"], Op::MoreThan),
    (&["over"], Op::MoreThan),
    (&["above"], Op::MoreThan),
    (&["exceeding"], Op::MoreThan),
    (&["no", "more", "than"], Op::AtMost),
    (&["at", "most"], Op::AtMost),
    (&["up", "to"], Op::AtMost),
    (&["fewer", "than"], Op::LessThan),
    (&["less", "than"], Op::LessThan),
    (&["under"], Op::LessThan),
    (&["below"], Op::LessThan),
    (&["nearly"], Op::Nearly),
    (&["almost"], Op::Nearly),
    (&["close", "to"], Op::Nearly),
    (&["just", "under"], Op::Nearly),
    (&["about"], Op::About),
    (&["around"], Op::About),
    (&["approximately"], Op::About),
    (&["roughly"], Op::About),
    (&["some"], Op::About),
    (&["an", "estimated"], Op::About),
    (&["estimated"], Op::About),
];

/// Words that name what is counted and map to a common measure.
fn canonical_count(lower: &str) -> Option<(&'static str, f64, Option<Role>)> {
    Some(match lower {
        "people" | "persons" | "person" | "individuals" | "victims" | "civilians"
        | "casualties" | "bodies" | "residents" | "inhabitants" | "citizens" | "workers"
        | "employees" | "staff" => ("people", 1.0, None),
        "households" | "families" => ("households", 1.0, None),
        "homes" | "houses" | "dwellings" => ("homes", 1.0, None),
        "lives" | "dead" | "deaths" | "fatalities" | "killed" => ("people", 1.0, Some(Role::Dead)),
        "injured" | "wounded" | "injuries" | "hurt" => ("people", 1.0, Some(Role::Injured)),
        "year" | "years" => ("years", 1.0, None),
        "decade" | "decades" => ("years", 10.0, None),
        "month" | "months" => ("months", 1.0, None),
        "week" | "weeks" => ("weeks", 1.0, None),
        "day" | "days" => ("days", 1.0, None),
        "hour" | "hours" => ("hours", 1.0, None),
        "percent" | "per cent" | "%" => ("percent", 1.0, None),
        _ => return None,
    })
}

const DEATH_WORDS: &[&str] = &[
    "dead",
    "died",
    "die",
    "killed",
    "killing",
    "kill",
    "kills",
    "deaths",
    "death",
    "lives",
    "fatalities",
    "toll",
    "massacre",
    "slain",
    "perished",
];
const INJURY_WORDS: &[&str] = &[
    "injured", "wounded", "injuries", "hurt", "injuring", "wounding",
];

/// A number that starts at token `i`: its value and how many tokens it spans.
fn number_at(lower: &[String], i: usize) -> Option<(f64, usize)> {
    let w = lower[i].as_str();
    let (mut value, mut used) = if let Some(v) = digits_value(w) {
        (v, 1)
    } else if let Some(v) = word_value(w) {
        // "one" alone is mostly a pronoun ("one of the deadliest").
        if v == 1.0 && lower.get(i + 1).is_none_or(|n| scale(n).is_none()) {
            return None;
        }
        (v, 1)
    } else if w.contains('-') {
        // "two-year": the number is the first half.
        let (head, _) = w.split_once('-')?;
        (word_value(head).or_else(|| digits_value(head))?, 1)
    } else {
        return None;
    };
    while let Some(s) = lower.get(i + used).and_then(|n| scale(n)) {
        value *= s;
        used += 1;
    }
    Some((value, used))
}

/// Extract the quantities of a sentence. `skip` holds spans already read as
/// dates ("March 22", "2024-03-29"), whose digits are not counts.
pub fn extract(toks: &[Token], skip: &[Span]) -> Vec<Quantity> {
    let lower: Vec<String> = toks.iter().map(|t| normalize(t.text)).collect();
    extract_normalized(toks, &lower, skip)
}

/// [`extract`] for tokens already normalised (`lower[i]` is `toks[i]`).
pub fn extract_normalized(toks: &[Token], lower: &[String], skip: &[Span]) -> Vec<Quantity> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if skip.iter().any(|s| s.contains(toks[i].span.start)) {
            i += 1;
            continue;
        }
        let Some((value, used)) = number_at(lower, i) else {
            i += 1;
            continue;
        };
        let w = lower[i].as_str();
        let bare_year = used == 1
            && digits_value(w).is_some()
            && (1800.0..=2100.0).contains(&value)
            && !w.contains(',');
        let (counts, factor, mut role, end) = counted(lower, i + used, w);
        if bare_year && counts.is_none() {
            i += used;
            continue;
        }
        let (op, start) = qualifier(lower, i);
        let mut counts = counts;
        if counts.is_none() && toll_before(lower, start) {
            // "the death toll has risen to 9", "the toll now stands at 115":
            // a bare figure that a toll leads to counts the dead.
            counts = Some("people".into());
            role = Some(Role::Dead);
        }
        if role.is_none() && counts.as_deref() == Some("people") {
            role = role_near(lower, i, end);
        }
        let span = Span::new(toks[start].span.start, toks[end.max(i + used) - 1].span.end);
        out.push(Quantity {
            span,
            text: String::new(),
            value: value * factor,
            op,
            counts,
            role,
        });
        i += used;
    }
    out
}

/// How many words back from a bare figure a "toll" may stand and still be
/// what the figure counts: "the death toll in Friday's attack now stands at
/// 115" is seven.
const TOLL_REACH: usize = 8;

/// Is the figure starting at token `start` what a preceding "toll" counts?
/// Only within [`TOLL_REACH`] words, with no other figure and no clause
/// break (a word ending a clause is cut from its comma in `lower`, so the
/// check is on figures and on words that start a new statement).
fn toll_before(lower: &[String], start: usize) -> bool {
    let lo = start.saturating_sub(TOLL_REACH);
    for k in (lo..start).rev() {
        let w = lower[k].as_str();
        if w == "toll" || w == "tally" {
            return true;
        }
        if number_at(lower, k).is_some() || matches!(w, "and" | "but" | "while" | "said") {
            return false;
        }
    }
    false
}

/// What the number at `from` counts: (measure, factor, role, end token).
fn counted(
    lower: &[String],
    from: usize,
    number: &str,
) -> (Option<String>, f64, Option<Role>, usize) {
    if number.ends_with('%') {
        return (Some("percent".into()), 1.0, None, from);
    }
    if let Some((_, tail)) = number.split_once('-')
        && let Some((c, f, r)) =
            canonical_count(tail).or_else(|| canonical_count(&format!("{tail}s")))
    {
        return (Some(c.into()), f, r, from);
    }
    for (k, w) in lower.iter().enumerate().skip(from).take(4) {
        if let Some((c, f, r)) = canonical_count(w) {
            // "60 people dead": the role may follow the noun.
            let after = lower
                .get(k + 1)
                .and_then(|n| canonical_count(n))
                .and_then(|x| x.2);
            return match (r, after) {
                (None, Some(role)) => (Some(c.into()), f, Some(role), k + 2),
                _ => (Some(c.into()), f, r, k + 1),
            };
        }
        if is_stop_word(w) || w.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            break;
        }
        let plural = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us");
        if plural {
            return (Some(stem(w)), 1.0, None, k + 1);
        }
    }
    (None, 1.0, None, from)
}

/// The qualifier before token `i`, and where the quantity's text starts.
fn qualifier(lower: &[String], i: usize) -> (Op, usize) {
    // "well over": the adverb belongs to the qualifier.
    for (words, op) in QUALIFIERS {
        let n = words.len();
        if i >= n
            && lower[i - n..i]
                .iter()
                .map(String::as_str)
                .eq(words.iter().copied())
        {
            let start = if i > n && lower[i - n - 1] == "well" {
                i - n - 1
            } else {
                i - n
            };
            return (*op, start);
        }
    }
    (Op::Eq, i)
}

/// Dead or injured, from the nearest such word around the quantity.
fn role_near(lower: &[String], start: usize, end: usize) -> Option<Role> {
    let lo = start.saturating_sub(6);
    let hi = (end + 4).min(lower.len());
    let mut best: Option<(usize, Role)> = None;
    for (k, w) in lower.iter().enumerate().take(hi).skip(lo) {
        let role = if DEATH_WORDS.contains(&w.as_str()) {
            Role::Dead
        } else if INJURY_WORDS.contains(&w.as_str()) {
            Role::Injured
        } else {
            continue;
        };
        let d = if k < start {
            start - k
        } else {
            k.saturating_sub(end)
        };
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, role));
        }
    }
    best.map(|(_, r)| r)
}

#[cfg(test)]
mod tests {
    use super::super::words::tokens;
    use super::*;

    /// (text, value, op, counts, role) of a quantity.
    type Read = (String, f64, Op, Option<String>, Option<Role>);

    fn quantities(s: &str) -> Vec<Read> {
        let toks = tokens(s, 0);
        extract(&toks, &[])
            .into_iter()
            .map(|q| (q.span.of(s).to_string(), q.value, q.op, q.counts, q.role))
            .collect()
    }

    fn one(s: &str) -> Read {
        let q = quantities(s);
        assert_eq!(q.len(), 1, "{s}: {q:?}");
        q.into_iter().next().unwrap()
    }

    #[test]
    fn table() {
        use Op::*;
        let p = Some("people".to_string());
        let y = Some("years".to_string());
        type Case<'a> = (&'a str, (&'a str, f64, Op, Option<String>, Option<Role>));
        let cases: Vec<Case> = vec![
            (
                "killing at least 133 people.",
                (
                    "at least 133 people",
                    133.0,
                    AtLeast,
                    p.clone(),
                    Some(Role::Dead),
                ),
            ),
            (
                "Over 130 lives were lost",
                (
                    "Over 130 lives",
                    130.0,
                    MoreThan,
                    p.clone(),
                    Some(Role::Dead),
                ),
            ),
            (
                "the lives of 144 individuals, marking",
                ("144 individuals", 144.0, Eq, p.clone(), Some(Role::Dead)),
            ),
            (
                "left more than 60 people dead",
                (
                    "more than 60 people dead",
                    60.0,
                    MoreThan,
                    p.clone(),
                    Some(Role::Dead),
                ),
            ),
            (
                "in Russia in the past two decades.",
                ("two decades", 20.0, Eq, y.clone(), None),
            ),
            (
                "on Russian soil in twenty years.",
                ("twenty years", 20.0, Eq, y.clone(), None),
            ),
            (
                "in Russia in 20 years.",
                ("20 years", 20.0, Eq, y.clone(), None),
            ),
            (
                "call up to 300,000 Russian soldiers",
                (
                    "up to 300,000 Russian soldiers",
                    300_000.0,
                    AtMost,
                    Some("soldier".into()),
                    None,
                ),
            ),
            (
                "apprehended four suspects from Tajikistan",
                ("four suspects", 4.0, Eq, Some("suspect".into()), None),
            ),
            (
                "won almost 90 percent of the vote",
                (
                    "almost 90 percent",
                    90.0,
                    Nearly,
                    Some("percent".into()),
                    None,
                ),
            ),
            (
                "left well over 1 million households",
                (
                    "well over 1 million households",
                    1e6,
                    MoreThan,
                    Some("households".into()),
                    None,
                ),
            ),
            (
                "a devastating two-year war",
                ("two-year", 2.0, Eq, y.clone(), None),
            ),
        ];
        for (input, (text, value, op, counts, role)) in cases {
            assert_eq!(
                one(input),
                (text.to_string(), value, op, counts, role),
                "input: {input}"
            );
        }
    }

    #[test]
    fn a_toll_counts_the_dead() {
        for s in [
            "The death toll has risen to 9, the medical examiner said.",
            "the death toll in Friday's attack now stands at 115",
            "The toll climbed to 40 on Sunday.",
        ] {
            let q = quantities(s);
            assert_eq!(q.len(), 1, "{s}: {q:?}");
            assert_eq!(
                (q[0].3.as_deref(), q[0].4),
                (Some("people"), Some(Role::Dead)),
                "{s}"
            );
        }
        // A figure the toll does not lead to is not the toll.
        let q = quantities("The toll is expected to rise, and 3 hospitals are full.");
        assert!(q.iter().all(|q| q.4 != Some(Role::Dead)), "{q:?}");
    }

    #[test]
    fn dead_and_injured_in_one_sentence() {
        let q = quantities("left more than 60 people dead and nearly 150 injured.");
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].4, Some(Role::Dead));
        assert_eq!(
            (q[1].1, q[1].2, q[1].4),
            (150.0, Op::Nearly, Some(Role::Injured))
        );
    }

    #[test]
    fn not_quantities() {
        assert!(quantities("one of the deadliest attacks in 2004").is_empty());
        assert!(quantities("It calls into question the efficacy").is_empty());
    }

    #[test]
    fn compatibility_of_intervals() {
        let q = |s: &str| {
            let toks = tokens(s, 0);
            extract(&toks, &[]).remove(0)
        };
        assert!(q("144 people").compatible(&q("over 130 people")));
        assert!(q("144 people").compatible(&q("at least 133 people")));
        assert!(!q("144 people").compatible(&q("133 people")));
        assert!(q("nearly 150 injured").compatible(&q("140 injured")));
        assert!(!q("nearly 150 injured").compatible(&q("150 injured")));
        assert!(q("over 130 lives").same_measure(&q("more than 60 people dead")));
        assert!(!q("60 people dead").same_measure(&q("150 injured")));
    }

    #[test]
    fn number_words() {
        assert_eq!(word_value("twenty-one"), Some(21.0));
        assert_eq!(word_value("ninety"), Some(90.0));
        assert_eq!(word_value("twentyone"), None);
    }
}
