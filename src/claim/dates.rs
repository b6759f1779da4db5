//! Dates: "March 22", "2024-03-29", "September 11, 2001", "early March",
//! "Friday", "in 2004". Each is read as a range of days so that "early March"
//! and "March 7" are seen to agree and "March 7" and "March 22" not to.

use std::sync::LazyLock;

use crate::span::Span;
use regex::Regex;

/// A date as read from a sentence: where it is written (its text is the
/// span of the document's text, [`DateClaim::text`]) and what it pins down.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateClaim {
    pub span: Span,
    pub when: When,
    /// The date is when someone spoke ("the examiner said Thursday"), not
    /// when the event happened: it is no fact of the event.
    pub of_statement: bool,
    /// The date is a point things are measured from ("the deadliest since
    /// 1998"), not when the sentence's event happened.
    pub reference: bool,
    /// The date is of another event the sentence recalls: "the deadliest
    /// since February 2021, when police killed four" dates what the
    /// clause after it tells.
    pub recalled: bool,
    /// The word that makes a day the edge of a span ("until Monday",
    /// "since Thursday morning", "by Wednesday afternoon"), as one of
    /// [`DAY_EDGES`]: such a day is weighed only against a day of the same
    /// kind of edge, not against the day something happened.
    pub edge: Option<&'static str>,
    /// A time of day given in GMT or UTC ("0630 GMT", "6:30 a.m. UTC"), as
    /// wire copy gives it beside local time ("8:30 a.m. local time (0630
    /// GMT)"): weighed only against another such time, never against a
    /// local one.
    pub universal: bool,
}

/// Words before a day that make it the edge of a span, not the day
/// something happened, as [`DateClaim::edge`] gives them ("till" is
/// "until").
pub const DAY_EDGES: &[&str] = &["until", "since", "by", "before", "from", "through", "after"];

impl DateClaim {
    /// What the sentence writes ("March 22"), out of the text of the
    /// document the date was read from.
    pub fn text<'t>(&self, doc: &'t str) -> &'t str {
        self.span.of(doc)
    }

    /// The time of day the text names, in minutes after midnight, before
    /// its qualifier widens it: "about 4:15 a.m." and "4:15" name 255,
    /// "shortly after 4 a.m." 240, though the first and the last allow
    /// the same moments. `None` for a date that is no time of day.
    pub fn stated_minute(&self, doc: &str) -> Option<u32> {
        let text = self.text(doc);
        match self.when {
            // "ten to midnight" before the "midnight" in it.
            When::Clock { .. } => HALF_DAY_CLOCK
                .captures(text)
                .and_then(|c| half_day_parts(&c))
                .filter(|&(_, pinned)| pinned)
                .map(|(m, _)| m)
                .or_else(|| CLOCK.captures(text).and_then(|c| clock_minute(&c)))
                .or_else(|| {
                    WORD_CLOCK
                        .captures(text)
                        .and_then(|c| word_clock_minute(&c))
                }),
            // In either half of the day: the minutes after midnight or noon.
            When::EitherHalf { .. } => HALF_DAY_CLOCK
                .captures(text)
                .and_then(|c| half_day_parts(&c))
                .map(|(m, _)| m),
            _ => None,
        }
    }

    /// Normalised: "2024-03-29", "03-22", "03-01..03-10", "2004", "friday".
    /// Made from [`DateClaim::when`] when asked, not kept with every date.
    pub fn value(&self) -> String {
        value_of(&self.when)
    }
}

/// What a date pins down.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum When {
    /// Days `first..=last` of a month, in a year if given.
    Days {
        year: Option<i32>,
        month: u32,
        first: u32,
        last: u32,
    },
    Year(i32),
    Weekday(u32),
    /// A time of day as minutes after midnight, `first..=last`: "2:45
    /// a.m." is one minute, "about 2:40 a.m." a half hour around it,
    /// "shortly before 3 a.m." the half hour before.
    Clock {
        first: u32,
        last: u32,
    },
    /// A time of day written without its half of the day, as broadcasters
    /// and rewrites write it ("at around twenty past six"): minutes after
    /// midnight or after noon, `first..=last`, read in the morning; the
    /// same minutes twelve hours on are as likely.
    EitherHalf {
        first: u32,
        last: u32,
    },
}

impl When {
    /// Is it a whole month of a given year ("in March 2024")?
    pub fn whole_month_of_a_year(&self) -> bool {
        matches!(*self, When::Days { year: Some(y), month, first: 1, last }
            if last == days_in(Some(y), month))
    }

    /// Can both refer to the same day? `None` when they pin down different
    /// kinds of thing (a weekday against a month) and cannot be compared.
    pub fn compatible(&self, other: &When) -> Option<bool> {
        use When::*;
        match (self, other) {
            (
                Days {
                    year: y1,
                    month: m1,
                    first: f1,
                    last: l1,
                },
                Days {
                    year: y2,
                    month: m2,
                    first: f2,
                    last: l2,
                },
            ) => {
                let years = match (y1, y2) {
                    (Some(a), Some(b)) => a == b,
                    _ => true,
                };
                Some(years && m1 == m2 && f1 <= l2 && f2 <= l1)
            }
            (Year(a), Year(b)) => Some(a == b),
            (Days { year: Some(a), .. }, Year(b)) | (Year(b), Days { year: Some(a), .. }) => {
                Some(a == b)
            }
            (Weekday(a), Weekday(b)) => Some(a == b),
            (Clock { .. } | EitherHalf { .. }, Clock { .. } | EitherHalf { .. }) => {
                let (a, b) = (self.clock_ranges(), other.clock_ranges());
                Some(
                    a.iter()
                        .any(|&(f1, l1)| b.iter().any(|&(f2, l2)| f1 <= l2 && f2 <= l1)),
                )
            }
            _ => None,
        }
    }

    /// Do the two name the same moments, a time of day in either half of
    /// the day as the time twelve hours on ("twenty past six" / "6:20
    /// p.m.")?
    pub fn same_moments(&self, other: &When) -> bool {
        match (self, other) {
            (When::EitherHalf { .. }, When::Clock { .. })
            | (When::Clock { .. }, When::EitherHalf { .. }) => {
                let b = other.clock_ranges();
                self.clock_ranges().iter().any(|r| b.contains(r))
            }
            _ => self == other,
        }
    }

    /// The minutes of the day a time of day allows, `(first, last)`: one
    /// range, or two for a time in either half of the day, the second
    /// twelve hours after the first. None for a day.
    pub fn clock_ranges(&self) -> Vec<(u32, u32)> {
        match *self {
            When::Clock { first, last } => vec![(first, last)],
            When::EitherHalf { first, last } => {
                vec![(first, last), (first + HALF_DAY, last + HALF_DAY)]
            }
            _ => Vec::new(),
        }
    }
}

/// Minutes in half a day.
pub const HALF_DAY: u32 = 12 * 60;

pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

const MONTH_RE: &str = r"(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|Mar\.|April|Apr\.|May|June|Jun\.|July|Jul\.|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)";

static ISO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{4})-(\d{2})-(\d{2})\b").expect("iso date"));
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"\b(?:(early|mid|late)[- ])?{MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}})\b)?"))
        .expect("month day")
});
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_RE}\b(?:,?\s+(\d{{4}})\b)?"
    ))
    .expect("day month")
});
/// "the twelfth of December", "Friday the twenty-seventh of February": a
/// day of the month in words, as a story written to be read aloud gives it.
static ORDINAL_DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(?i:the\s+((?:twenty|thirty)[-\u{{2011}} ])?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth))\s+of\s+{MONTH_RE}\b(?:,?\s+(\d{{4}})\b)?"
    ))
    .expect("ordinal day month")
});

/// Ordinals in words, first to nineteenth: the days of a month and the
/// unit of a later one ("twenty-seventh").
pub(crate) const ORDINAL_WORDS: [&str; 19] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];

/// The day an ordinal in words names: "twenty-seventh" is 27.
fn ordinal_day(tens: Option<&str>, unit: &str) -> Option<u32> {
    let unit = unit.to_ascii_lowercase();
    let tens = tens.map(|t| {
        t.trim_end_matches(['-', '\u{2011}', ' '])
            .to_ascii_lowercase()
    });
    let base = match tens.as_deref() {
        None => 0,
        Some("twenty") => 20,
        Some("thirty") => 30,
        Some(_) => return None,
    };
    let own = match unit.as_str() {
        "twentieth" if base == 0 => 20,
        "thirtieth" if base == 0 => 30,
        u => 1 + ORDINAL_WORDS.iter().position(|w| *w == u)? as u32,
    };
    // "twenty-twelfth" is no day.
    (base == 0 || own < 10).then_some(base + own)
}

/// A year in words, as a story written to be read aloud gives it, after
/// a word that dates: "in twenty fourteen", "since nineteen eighty-seven"
/// (a century, then ten to ninety-nine), "since two thousand and eleven",
/// "in two thousand nine" (then one to ninety-nine).
static WORD_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    const TENS_AND_TEENS: &str = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\u{2011}-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    Regex::new(&format!(
        r"\b(?i:in|since|of|by|until|during|from)\s+((?i:(nineteen|twenty)[\s\u{{2011}}-]+({TENS_AND_TEENS})|two[\s\u{{2011}}-]+thousand(?:\s+and)?\s+({TENS_AND_TEENS}|one|two|three|four|five|six|seven|eight|nine)))\b"
    ))
    .expect("year in words")
});

/// The year a year in words names, from its century ("nineteen",
/// "twenty", or none for "two thousand") and the rest: "twenty" and
/// "fourteen" are 2014, "nineteen" and "eighty-seven" 1987, "two
/// thousand and" "eleven" 2011.
fn word_year(century: Option<&str>, rest: &str) -> Option<i32> {
    let (century, least) = match century {
        Some(c) if c.eq_ignore_ascii_case("nineteen") => (1900, 10.0),
        Some(_) => (2000, 10.0),
        None => (2000, 1.0),
    };
    let rest = rest.to_lowercase().replace('\u{2011}', "-");
    let within = crate::claim::numbers::word_value(&rest)?;
    (least..100.0)
        .contains(&within)
        .then_some(century + within as i32)
}

/// "on 28/11", "from 3/11/2026": a day and month in figures, after a word
/// that dates something (a bare "3/4" is as often a share or a score).
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?i:on|from|until|till|since|by|before|after)\s+(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?\b")
        .expect("numeric date")
});
static MONTH_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"\b(?:(early|mid|late|(?i:the\s+(?:beginning|start|middle|end)\s+of))[-\s]|(?i:in|of|since|by|until|during|last|next|this)\s+){MONTH_RE}\b(?:\s+(\d{{4}})\b)?"))
        .expect("month")
});
static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b").expect("weekday")
});
static YEAR: LazyLock<Regex> = LazyLock::new(|| {
    // "In 2009, a bomb …" and "The 2009 bombing" date the year; "in
    // 2009,000 homes" is no year.
    Regex::new(
        r"\b(?i:in|since|of|by|until|during|the|from|in early|in late)\s+((?:1[89]|20)\d\d)\b(?:,[^\d]|,$|[^,\d]|$)",
    )
        .expect("year")
});

fn month_number(s: &str) -> Option<u32> {
    let l = s.trim_end_matches('.').to_lowercase();
    MONTHS
        .iter()
        .position(|m| m.starts_with(&l) && l.len() >= 3)
        .map(|i| i as u32 + 1)
}

/// Gregorian leap years: every fourth, but not centuries unless divisible
/// by 400 (1900 was not, 2000 was).
fn is_leap(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Days of `month`. Without a year February may have its 29th: "February 29"
/// alone names a day that exists in some year.
fn days_in(year: Option<i32>, month: u32) -> u32 {
    match month {
        2 if year.is_none_or(is_leap) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Is `day` a day of `month` (in `year`, if given)?
fn is_day_of(year: Option<i32>, month: u32, day: u32) -> bool {
    (1..=12).contains(&month) && (1..=days_in(year, month)).contains(&day)
}

fn part_of_month(part: Option<&str>, year: Option<i32>, month: u32) -> (u32, u32) {
    match part {
        Some("early") => (1, 10),
        Some("mid") => (11, 20),
        Some("late") => (21, days_in(year, month)),
        _ => (1, days_in(year, month)),
    }
}

fn value_of(w: &When) -> String {
    match *w {
        When::Days {
            year,
            month,
            first,
            last,
        } => {
            let y = year.map(|y| format!("{y}-")).unwrap_or_default();
            if first == last {
                format!("{y}{month:02}-{first:02}")
            } else if first == 1 && last == days_in(year, month) {
                format!("{y}{month:02}")
            } else {
                format!("{y}{month:02}-{first:02}..{y}{month:02}-{last:02}")
            }
        }
        When::Year(y) => y.to_string(),
        When::Weekday(d) => WEEKDAYS[d as usize].to_string(),
        When::Clock { first, last } => clock_value(first, last),
        When::EitherHalf { first, last } => format!(
            "{} or {}",
            clock_value(first, last),
            clock_value(first + HALF_DAY, last + HALF_DAY)
        ),
    }
}

/// "02:45", "02:25..02:55".
fn clock_value(first: u32, last: u32) -> String {
    let hm = |m: u32| format!("{:02}:{:02}", m / 60, m % 60);
    if first == last {
        hm(first)
    } else {
        format!("{}..{}", hm(first), hm(last))
    }
}

/// The end of a day in minutes: "before midnight" runs up to it.
const DAY_END: u32 = 24 * 60;

/// Qualifiers that put a time of day shortly before the time they name,
/// and those that put it any time up to it.
const SHORTLY_BEFORE: [&str; 4] = ["nearly", "almost", "shortly before", "just before"];
const UP_TO: [&str; 4] = ["before", "by", "until", "till"];

/// How a time of day bounds its moment: a point or a span around it, up to
/// it ("by 11 a.m."), or from it ("after 6 p.m.").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClockBound {
    Around,
    UpTo,
    From,
}

impl When {
    /// How a time of day bounds its moment; `None` for days.
    pub fn clock_bound(&self) -> Option<ClockBound> {
        match *self {
            When::Clock { first: 0, last } if last > 0 && last < DAY_END => Some(ClockBound::UpTo),
            When::Clock {
                first,
                last: DAY_END,
            } if first > 0 => Some(ClockBound::From),
            When::Clock { .. } | When::EitherHalf { .. } => Some(ClockBound::Around),
            _ => None,
        }
    }
}

/// Words before a time of day that place its moment, or about one ("at",
/// "about", "shortly before"): all a time in either half of the day
/// ([`HALF_DAY_CLOCK`]) may take, since a bound needs the half of the day.
const MOMENT_QUALIFIER: &str = r"about|around|approximately|roughly|some|nearly|almost|shortly before|just before|shortly after|just after|soon after|at";

/// Words before a time of day that bound it ("before 3 a.m.", "by 11
/// a.m."): with [`MOMENT_QUALIFIER`], what makes a time a range.
const BOUND_QUALIFIER: &str = r"before|after|by|until|till";

/// "2:40 a.m.", "3am", "7 P.M.", "11.40pm" (as British copy writes it),
/// "roughly 2:40 in the morning", "at 18:20", "midday": a time of day, with
/// the qualifier before it. A bare "h:mm" is
/// a time only after a qualifier or before a part of the day ("2:1" may be
/// a score, "3:40" a race time).
static CLOCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:({MOMENT_QUALIFIER}|{BOUND_QUALIFIER})\s+)?(?:(\d{{1,2}})(?:[:.]([0-5]\d))?\s?([ap])(?:\.\s?m\b\.?|m\b)|(\d{{1,2}}):([0-5]\d)\b(?:\s+(in the morning|in the afternoon|in the evening|at night))?|(noon|midday|midnight)\b)"
    ))
    .expect("clock")
});

/// A time of day as four figures with a zone or a unit after it, as wire
/// copy and armed forces write it: "at 0630 GMT", "1642 UTC", "2230
/// local time", "at 0400 hrs". Without one, four figures are a count or
/// a year; "hours" and "hrs" make a time only after a bare "at" (see
/// `extract`).
static FOUR_FIGURE_CLOCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:({MOMENT_QUALIFIER}|{BOUND_QUALIFIER})\s+)?([01]\d|2[0-3])([0-5]\d)\s?(?:GMT|UTC|local time|hrs|hours)\b"
    ))
    .expect("four-figure clock")
});

/// Does a time of day whose text ends at `end` of `text` go on in GMT or
/// UTC ("6:30 a.m. GMT", "0630 (GMT)")?
fn in_universal_time(text: &str, end: usize) -> bool {
    let rest = text[end..].trim_start_matches([' ', '(']);
    // "GMT+3" is another zone.
    let offset = rest
        .get(3..)
        .is_some_and(|r| r.starts_with(['+', '-', '−']));
    !offset
        && ["GMT", "UTC"]
            .iter()
            .any(|z| rest.get(..3).is_some_and(|r| r.eq_ignore_ascii_case(z)))
}

/// A time of day in words with the part of the day it falls in, as
/// broadcasters and rewrites write it: "quarter past three in the
/// morning", "at twenty to eleven at night", "six o'clock in the evening",
/// "nine o'clock yesterday morning", "nine o'clock on Wednesday evening",
/// "shortly after 8 in the morning", "around a quarter to seven in the
/// evening".
/// Without the part of the day, "half past six" may be morning or evening
/// (see [`HALF_DAY_CLOCK`]).
static WORD_CLOCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:({MOMENT_QUALIFIER}|{BOUND_QUALIFIER})\s+)?(?:(a\s+quarter|quarter|half|five|ten|twenty[\s-]five|twenty)\s+(past|after|to)\s+)?(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9])(\s+o['’]clock)?\s+(in the morning|in the afternoon|in the evening|at night|(?:this|yesterday) (?:morning|afternoon|evening)|last night|tonight|tomorrow (?:morning|afternoon|evening|night)|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:morning|afternoon|evening|night))\b"
    ))
    .expect("word clock")
});

/// An hour in words or a figure with "o'clock" and no half of the day,
/// after "at" or a qualifier: "at nine o'clock", "shortly after seven
/// o'clock". Not "the eight o'clock news": no word places it; nor "by
/// nine o'clock", a bound that would need its half of the day.
static O_CLOCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b({MOMENT_QUALIFIER})\s+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9])\s+o['’]clock\b"
    ))
    .expect("o'clock")
});

/// A time of day in words without the half of the day: "twenty past
/// six", "at around twenty to eleven", "at nineteen minutes to seven",
/// "at a quarter past two". Minutes, "past" or "to", and "at" or a
/// qualifier before (or "o'clock" after) are what make it a time: "at
/// six" may be anything, and "rose from five to seven", "five to ten
/// years", "voted five to two" are figures (see [`half_day_at`]). "Ten to
/// midnight" is no half's but its own. Only a moment or about one: "by
/// half past six", "after ten past four" would need the half of the day
/// to say how long they run, and are no claim.
static HALF_DAY_CLOCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:({MOMENT_QUALIFIER})\s+)?(?:(a\s+quarter|quarter|half|five|ten|twenty[\s-]five|twenty|(?:{MINUTE_WORDS}|\d{{1,2}})\s+minutes)\s+(past|to)\s+)(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight|noon|midday)\b(\s+o['’]clock\b)?"
    ))
    .expect("half-day clock")
});

/// Is a [`HALF_DAY_CLOCK`] match in `text` a time: after "at" or a
/// qualifier, or with "o'clock"; not after a word that makes it a bound
/// ("by", "after", "until"); and not before a figure or what a figure
/// counts ("five to seven people", "at five to six thousand")?
fn half_day_at(c: &regex::Captures, text: &str) -> bool {
    let m = c.get(0).expect("whole match");
    let placed = c.get(1).is_some() || c.get(5).is_some();
    let before = text[..m.start()]
        .split_whitespace()
        .next_back()
        .map(|w| w.to_ascii_lowercase());
    let bound = before.as_deref().is_some_and(|w| {
        matches!(
            w,
            "by" | "after" | "before" | "until" | "till" | "from" | "to"
        )
    });
    let rest = &text[m.end()..];
    let next = rest
        .split_whitespace()
        .next()
        .filter(|_| !rest.trim_start().starts_with([',', '.', ';', ':']))
        .map(|w| {
            w.trim_end_matches(|ch: char| !ch.is_alphanumeric())
                .to_ascii_lowercase()
        });
    let counts = next.as_deref().is_some_and(|w| {
        w.starts_with(|ch: char| ch.is_ascii_digit())
            || crate::claim::numbers::word_value(w).is_some()
            || (w.len() > 3 && w.ends_with('s'))
            || matches!(
                w,
                "more" | "of" | "percent" | "per" | "hundred" | "thousand" | "million" | "dozen"
            )
    });
    placed && !bound && !counts
}

/// Numbers of minutes in words, for "nineteen minutes to seven".
const MINUTE_WORDS: &str = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|thirty";

/// The minutes a [`HALF_DAY_CLOCK`] match names: after midnight where
/// it names the morning's or midnight's, after noon where noon's; and
/// whether it is pinned to its half of the day (midnight, noon).
fn half_day_parts(c: &regex::Captures) -> Option<(u32, bool)> {
    let word = |g: usize| c.get(g).map(|m| m.as_str().to_ascii_lowercase());
    let hour_word = word(4)?;
    let (hour, pinned) = match hour_word.as_str() {
        "midnight" => (0, true),
        "noon" | "midday" => (12, true),
        h => (crate::claim::numbers::word_value(h)? as u32 % 12, false),
    };
    let minutes_word = word(2)?;
    let minutes_word = minutes_word.trim_end_matches("minutes").trim();
    let minutes = match minutes_word {
        "quarter" | "a quarter" => 15,
        "half" => 30,
        w => match w.parse::<u32>() {
            Ok(n) => n,
            Err(_) => crate::claim::numbers::word_value(
                &w.split_whitespace().collect::<Vec<_>>().join("-"),
            )? as u32,
        },
    };
    // "half to six" is no English time.
    if minutes == 0 || minutes >= 60 || (minutes == 30 && word(3)? == "to") {
        return None;
    }
    let minute = match word(3)?.as_str() {
        "to" => (hour * 60 + 24 * 60 - minutes) % (24 * 60),
        _ => hour * 60 + minutes,
    };
    // Unpinned, read in the morning: "twenty to one" is 00:40 or 12:40.
    Some(if pinned {
        (minute, true)
    } else {
        (minute % HALF_DAY, false)
    })
}

/// The time of day a [`WORD_CLOCK`] match names, as minutes after
/// midnight.
fn word_clock_minute(c: &regex::Captures) -> Option<u32> {
    let word = |g: usize| c.get(g).map(|m| m.as_str().to_ascii_lowercase());
    let hour = hour_of(&word(4)?)?;
    let minutes = match word(2).as_deref() {
        None => 0,
        Some(w) if w.ends_with("quarter") => 15,
        Some("half") => 30,
        Some(w) => crate::claim::numbers::word_value(&w.replace(char::is_whitespace, "-"))? as u32,
    };
    let (hour, minute) = match word(3).as_deref() {
        Some("to") => ((hour + 11) % 12, 60 - minutes),
        _ => (hour % 12, minutes),
    };
    // "eleven at night" is evening; "two at night" after midnight; "seven
    // o'clock this morning" before noon.
    let part = word(6)?;
    let pm = if part.ends_with("morning") {
        false
    } else if part.ends_with("night") {
        hour >= 6
    } else {
        true
    };
    Some((hour + if pm { 12 } else { 0 }) * 60 + minute)
}

/// Minutes read in the morning, `first..=last`, as a time in either half
/// of the day, within its first twelve hours: "around five to twelve"
/// runs up to 11:59, or to 23:59; "at twelve o'clock", read as the end of
/// the half, is 0:00 of either half.
fn in_either_half(first: u32, last: u32) -> When {
    if first >= HALF_DAY {
        When::EitherHalf {
            first: first - HALF_DAY,
            last: last - HALF_DAY,
        }
    } else {
        When::EitherHalf {
            first,
            last: last.min(HALF_DAY - 1),
        }
    }
}

/// An hour written as a figure or a word ("9", "nine").
fn hour_of(w: &str) -> Option<u32> {
    w.parse::<u32>()
        .ok()
        .or_else(|| crate::claim::numbers::word_value(w).map(|v| v as u32))
}

/// The claim a [`CLOCK`] or [`WORD_CLOCK`] match makes at `minute`: from
/// its qualifier, or else from the first of `groups` that matched (the
/// time's figure or word, after "at" and spaces of any width), to the
/// match's end. "At" only anchors a bare time; it is no part of the claim.
fn clock_claim(c: &regex::Captures, groups: &[usize], minute: u32) -> (Span, When) {
    let q = c.get(1).filter(|q| !q.as_str().eq_ignore_ascii_case("at"));
    let m = c.get(0).expect("whole match");
    let start = match q {
        Some(q) => q.start(),
        None => groups
            .iter()
            .find_map(|&g| c.get(g))
            .map_or(m.start(), |g| g.start()),
    };
    let (first, last) = clock_range(q.map(|q| q.as_str()), minute);
    (Span::new(start, m.end()), When::Clock { first, last })
}

/// Does `text` hold `word` (lower case), in any case?
fn contains_ignoring_case(text: &str, word: &str) -> bool {
    text.as_bytes()
        .windows(word.len())
        .any(|w| w.eq_ignore_ascii_case(word.as_bytes()))
}

/// Qualifiers that put a time of day about its figure ("about 2:40 a.m.").
const APPROXIMATE: &[&str] = &["about", "around", "approximately", "roughly", "some"];

/// Minutes a time of day is read as, `first..=last`, from its qualifier.
fn clock_range(qualifier: Option<&str>, minute: u32) -> (u32, u32) {
    /// How loose "about" and "shortly" are.
    const NEAR: u32 = 15;
    const SHORTLY: u32 = 30;
    let q = qualifier.map(str::to_ascii_lowercase);
    match q.as_deref() {
        Some(q) if APPROXIMATE.contains(&q) => {
            (minute.saturating_sub(NEAR), (minute + NEAR).min(DAY_END))
        }
        Some(q) if SHORTLY_BEFORE.contains(&q) => (minute.saturating_sub(SHORTLY), minute),
        Some("shortly after" | "just after" | "soon after") => {
            (minute, (minute + SHORTLY).min(DAY_END))
        }
        Some(q) if UP_TO.contains(&q) => (0, minute),
        Some("after") => (minute, DAY_END),
        _ => (minute, minute),
    }
}

/// The time of day a [`CLOCK`] match names, as minutes after midnight.
fn clock_minute(c: &regex::Captures) -> Option<u32> {
    if let Some(word) = c.get(8) {
        if !word.as_str().eq_ignore_ascii_case("midnight") {
            return Some(12 * 60);
        }
        // "shortly before midnight" is the end of the day, not its start.
        let before = c.get(1).is_some_and(|q| {
            let q = q.as_str().to_ascii_lowercase();
            SHORTLY_BEFORE.contains(&q.as_str()) || UP_TO.contains(&q.as_str())
        });
        return Some(if before { DAY_END } else { 0 });
    }
    let (hour, minute, half) = if let Some(h) = c.get(2) {
        let half = c.get(4).map(|m| m.as_str().to_ascii_lowercase());
        (h.as_str(), c.get(3), half)
    } else {
        let part = c.get(7).map(|p| p.as_str().to_ascii_lowercase());
        // A bare "h:mm" is a time only with a qualifier or a part of the day.
        if part.is_none() && c.get(1).is_none() {
            return None;
        }
        let half = part.map(|p| if p == "in the morning" { "a" } else { "p" }.to_string());
        (c.get(5)?.as_str(), c.get(6), half)
    };
    let hour: u32 = hour.parse().ok()?;
    let minute: u32 = minute.map_or(Some(0), |m| m.as_str().parse().ok())?;
    let hour = match half.as_deref() {
        Some(_) if !(1..=12).contains(&hour) => return None,
        Some("a") => hour % 12,
        Some(_) => hour % 12 + 12,
        None if hour > 23 => return None,
        None => hour,
    };
    Some(hour * 60 + minute)
}

/// Does `text` hold the start of a month's name as the patterns write it
/// ("Jan", "Sept.", "March")? Most sentences name no month: one pass over
/// the bytes spares them three patterns.
fn mentions_month(text: &str) -> bool {
    const HEADS: [&[u8; 3]; 12] = [
        b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov",
        b"Dec",
    ];
    text.as_bytes().windows(3).any(|w| {
        matches!(w[0], b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D')
            && HEADS.iter().any(|h| w == *h)
    })
}

/// The dates a sentence states; `offset` is added to the spans.
pub fn extract(text: &str, offset: usize) -> Vec<DateClaim> {
    let mut found: Vec<(Span, When)> = Vec::new();
    let free = |found: &[(Span, When)], s: usize, e: usize| {
        found.iter().all(|(sp, _)| e <= sp.start || s >= sp.end)
    };
    // What each pattern cannot match without: a digit, a month, a weekday.
    let digits = text.bytes().any(|b| b.is_ascii_digit());
    let month = mentions_month(text);
    let weekday = text.contains("day");
    let iso = digits.then(|| ISO.captures_iter(text));
    for c in iso.into_iter().flatten() {
        let (Ok(year), Ok(month), Ok(day)) =
            (c[1].parse(), c[2].parse::<u32>(), c[3].parse::<u32>())
        else {
            continue;
        };
        if is_day_of(Some(year), month, day) {
            let m = c.get(0).expect("whole match");
            found.push((
                Span::new(m.start(), m.end()),
                When::Days {
                    year: Some(year),
                    month,
                    first: day,
                    last: day,
                },
            ));
        }
    }
    // "March 22, 2024" and "22 March 2024": (pattern, month, day, year groups).
    for (pattern, mg, dg, yg) in [(&*MONTH_DAY, 2, 3, 4), (&*DAY_MONTH, 2, 1, 3)] {
        let matches = (digits && month).then(|| pattern.captures_iter(text));
        for c in matches.into_iter().flatten() {
            let m = c.get(0).expect("whole match");
            let Some(month) = month_number(&c[mg]) else {
                continue;
            };
            let Ok(day) = c[dg].parse::<u32>() else {
                continue;
            };
            let year = c.get(yg).and_then(|y| y.as_str().parse().ok());
            if !is_day_of(year, month, day) || !free(&found, m.start(), m.end()) {
                continue;
            }
            found.push((
                Span::new(m.start(), m.end()),
                When::Days {
                    year,
                    month,
                    first: day,
                    last: day,
                },
            ));
        }
    }
    for c in month
        .then(|| ORDINAL_DAY_MONTH.captures_iter(text))
        .into_iter()
        .flatten()
    {
        let whole = c.get(0).expect("whole match");
        // The day from its ordinal on, without the "the" before it.
        let from = c.get(1).or(c.get(2)).map_or(whole.start(), |d| d.start());
        let (Some(month), Some(day)) = (
            month_number(&c[3]),
            ordinal_day(c.get(1).map(|t| t.as_str()), &c[2]),
        ) else {
            continue;
        };
        let year = c.get(4).and_then(|y| y.as_str().parse().ok());
        if !is_day_of(year, month, day) || !free(&found, from, whole.end()) {
            continue;
        }
        found.push((
            Span::new(from, whole.end()),
            When::Days {
                year,
                month,
                first: day,
                last: day,
            },
        ));
    }
    // A day and month in figures: day first, as the outlets that write them
    // in prose do ("on 28/11"), unless only the other order is a date
    // ("on 11/28/2026"). "9/11" alone names the attacks of 2001.
    for c in digits
        .then(|| NUMERIC.captures_iter(text))
        .into_iter()
        .flatten()
    {
        let (Ok(a), Ok(b)) = (c[1].parse::<u32>(), c[2].parse::<u32>()) else {
            continue;
        };
        let year = c.get(3).and_then(|y| y.as_str().parse::<i32>().ok());
        let year = year.map(|y| if y < 100 { 2000 + y } else { y });
        if year.is_none() && (&c[1], &c[2]) == ("9", "11") {
            continue;
        }
        let (day, month) = if is_day_of(year, b, a) {
            (a, b)
        } else {
            (b, a)
        };
        let m = c.get(1).expect("day");
        let end = c.get(0).expect("whole match").end();
        if !is_day_of(year, month, day) || !free(&found, m.start(), end) {
            continue;
        }
        found.push((
            Span::new(m.start(), end),
            When::Days {
                year,
                month,
                first: day,
                last: day,
            },
        ));
    }
    for c in month
        .then(|| MONTH_ONLY.captures_iter(text))
        .into_iter()
        .flatten()
    {
        let m = c.get(0).expect("whole match");
        let Some(month) = month_number(&c[2]) else {
            continue;
        };
        if !free(&found, m.start(), m.end()) {
            continue;
        }
        // "the middle of October" is mid-October, "the end of September"
        // late September, "the start of May" early May.
        let part = c.get(1).map(|p| {
            let p = p.as_str();
            match p.split_whitespace().nth(1).map(str::to_ascii_lowercase) {
                None => p,
                Some(w) if w == "middle" => "mid",
                Some(w) if w == "end" => "late",
                Some(_) => "early",
            }
        });
        // The span starts at the month unless "early/mid/late" belongs to it.
        let start = if part.is_some() {
            m.start()
        } else {
            c.get(2).map_or(m.start(), |g| g.start())
        };
        let year = c.get(3).and_then(|y| y.as_str().parse().ok());
        let (first, last) = part_of_month(part, year, month);
        found.push((
            Span::new(start, m.end()),
            When::Days {
                year,
                month,
                first,
                last,
            },
        ));
    }
    for c in weekday
        .then(|| WEEKDAY.captures_iter(text))
        .into_iter()
        .flatten()
    {
        let m = c.get(0).expect("whole match");
        if free(&found, m.start(), m.end()) {
            let d = WEEKDAYS
                .iter()
                .position(|w| w.eq_ignore_ascii_case(m.as_str()))
                .unwrap_or(0);
            found.push((Span::new(m.start(), m.end()), When::Weekday(d as u32)));
        }
    }
    for c in WORD_YEAR.captures_iter(text) {
        let g = c.get(1).expect("year group");
        let century = c.get(2).map(|m| m.as_str());
        let rest = c.get(3).or(c.get(4)).expect("rest of the year").as_str();
        let after = &text[g.end()..];
        // "twenty fourteen-year-olds" are twenty children.
        let hyphen_after = after.starts_with(['-', '\u{2011}']);
        // "two thousand five hundred people" is a count: a year of
        // thousands ends its phrase, before punctuation or a small word.
        let phrase_ends = century.is_some()
            || after.split_whitespace().next().is_none_or(|w| {
                !w.starts_with(char::is_alphanumeric)
                    || crate::claim::words::is_stop_word(&w.to_lowercase())
            })
            || after.starts_with([',', '.', ';', ':', ')']);
        if !hyphen_after
            && phrase_ends
            && let Some(y) = word_year(century, rest)
            && free(&found, g.start(), g.end())
        {
            found.push((Span::new(g.start(), g.end()), When::Year(y)));
        }
    }
    for c in digits
        .then(|| YEAR.captures_iter(text))
        .into_iter()
        .flatten()
    {
        let g = c.get(1).expect("year group");
        // "The 1900 passengers": after "the", a figure before a plural
        // counts them.
        let counts_after = c.get(0).is_some_and(|m| {
            m.as_str()
                .get(..3)
                .is_some_and(|p| p.eq_ignore_ascii_case("the"))
        }) && text[g.end()..].split_whitespace().next().is_some_and(|w| {
            let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
        });
        if free(&found, g.start(), g.end())
            && !counts_after
            && let Ok(y) = g.as_str().parse()
        {
            found.push((Span::new(g.start(), g.end()), When::Year(y)));
        }
    }
    let clock = digits
        || ["mid", "Mid", "noon", "Noon", "MID", "NOON"]
            .iter()
            .any(|w| text.contains(w));
    for c in clock
        .then(|| CLOCK.captures_iter(text))
        .into_iter()
        .flatten()
    {
        let Some(minute) = clock_minute(&c) else {
            continue;
        };
        let (span, when) = clock_claim(&c, &[2, 5, 8], minute);
        if free(&found, span.start, span.end) {
            found.push((span, when));
        }
    }
    for c in digits
        .then(|| FOUR_FIGURE_CLOCK.captures_iter(text))
        .into_iter()
        .flatten()
    {
        // "at 1600 hours" is a time; "1600 hours of overtime", "about
        // 1200 hours of flight time", "flies 1600 hrs a year" are spans.
        let whole = c[0].to_ascii_lowercase();
        let hours = whole.ends_with("hours") || whole.ends_with("hrs");
        let at = c
            .get(1)
            .is_some_and(|q| q.as_str().eq_ignore_ascii_case("at"));
        let after = &text[c.get(0).expect("whole match").end()..];
        let spans = after
            .trim_start()
            .split(|ch: char| !ch.is_alphanumeric())
            .next()
            .is_some_and(|w| matches!(w, "of" | "a" | "an" | "on" | "per"));
        if hours && (!at || spans) {
            continue;
        }
        // "1400 GMT+3" is no time in GMT, nor read here.
        if after.starts_with(['+', '-', '−']) {
            continue;
        }
        let (Ok(hour), Ok(minute)) = (c[2].parse::<u32>(), c[3].parse::<u32>()) else {
            continue;
        };
        let (span, when) = clock_claim(&c, &[2], hour * 60 + minute);
        let span = Span::new(span.start, c.get(3).expect("minutes").end());
        if free(&found, span.start, span.end) {
            found.push((span, when));
        }
    }
    let part_of_day = ["morning", "afternoon", "evening", "night"]
        .iter()
        .any(|w| contains_ignoring_case(text, w));
    for c in part_of_day
        .then(|| WORD_CLOCK.captures_iter(text))
        .into_iter()
        .flatten()
    {
        // A bare hour ("five in the morning") is a time only after "at",
        // "from", "until" or a qualifier: "killed five in the morning raid"
        // counts the dead.
        let bare = c.get(2).is_none() && c.get(5).is_none();
        if bare && c.get(1).is_none() {
            continue;
        }
        // A figure for the hour only after a word that places a moment:
        // "shortly after 8 in the morning"; "some 8 in the morning raids"
        // counts the detained.
        let figure = c
            .get(4)
            .is_some_and(|h| h.as_str().starts_with(|ch: char| ch.is_ascii_digit()));
        let placing = c.get(1).is_some_and(|q| {
            let q = q.as_str().to_ascii_lowercase();
            !APPROXIMATE.contains(&q.as_str()) && !matches!(q.as_str(), "nearly" | "almost")
        });
        if figure && !placing {
            continue;
        }
        let Some(minute) = word_clock_minute(&c) else {
            continue;
        };
        let (mut span, when) = clock_claim(&c, &[2, 4], minute);
        // "nine o'clock on Wednesday evening": the day is a claim of its
        // own, read with the other days.
        if let (Some(part), Some(hour)) = (c.get(6), c.get(5).or(c.get(4)))
            && WEEKDAY.is_match(part.as_str())
        {
            span = Span::new(span.start, hour.end());
        }
        if free(&found, span.start, span.end) {
            found.push((span, when));
        }
    }
    // "at nine o'clock", "shortly after seven o'clock": an hour with no
    // half of the day.
    for c in contains_ignoring_case(text, "clock")
        .then(|| O_CLOCK.captures_iter(text))
        .into_iter()
        .flatten()
    {
        let Some(hour) = c
            .get(2)
            .and_then(|h| hour_of(&h.as_str().to_ascii_lowercase()))
        else {
            continue;
        };
        // "nearly twelve o'clock" is just before noon or midnight: twelve
        // is read as the end of the half day, and clamped into it below.
        let (span, when) = clock_claim(&c, &[2], if hour == 12 { HALF_DAY } else { hour * 60 });
        let when = match when {
            When::Clock { first, last } => in_either_half(first, last),
            w => w,
        };
        if free(&found, span.start, span.end) {
            found.push((span, when));
        }
    }
    // Most sentences have a " to "; few a time before it.
    let past_or_to = [
        " past ",
        "quarter to ",
        "five to ",
        "ten to ",
        "twenty to ",
        "minutes to ",
    ]
    .iter()
    .any(|w| contains_ignoring_case(text, w));
    for c in past_or_to
        .then(|| HALF_DAY_CLOCK.captures_iter(text))
        .into_iter()
        .flatten()
    {
        if !half_day_at(&c, text) {
            continue;
        }
        let Some((minute, pinned)) = half_day_parts(&c) else {
            continue;
        };
        let (span, when) = clock_claim(&c, &[2], minute);
        let when = match when {
            When::Clock { first, last } if !pinned => in_either_half(first, last),
            w => w,
        };
        // "ten to midnight" holds the "midnight" read above.
        let inside = |s: &Span| span.start <= s.start && s.end <= span.end;
        let clear = found
            .iter()
            .all(|(s, _)| inside(s) || span.end <= s.start || span.start >= s.end);
        if clear {
            found.retain(|(s, _)| !inside(s));
            found.push((span, when));
        }
    }
    found.sort_by_key(|(s, _)| *s);
    found
        .into_iter()
        .map(|(span, when)| {
            let since = text[..span.start]
                .trim_end()
                .rsplit(|c: char| !c.is_alphabetic())
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("since"));
            // "the deadliest since 1979, when 41 people were killed" and
            // "Not since February 2021 has the country seen such unrest: at
            // that time four people were killed" date that other event's
            // toll.
            let when_after = since && {
                let rest = text[span.end..].to_ascii_lowercase();
                rest.trim_start_matches([',', ' ']).starts_with("when ")
                    || THAT_TIME.iter().any(|p| {
                        rest.match_indices(p).any(|(k, _)| {
                            rest[..k].trim_end().ends_with([':', ';', ','])
                                && !rest[k + p.len()..].starts_with(" of")
                        })
                    })
            };
            DateClaim {
                span: Span::new(span.start + offset, span.end + offset),
                when,
                of_statement: false,
                reference: since && !when_after,
                recalled: since && when_after,
                edge: None,
                universal: matches!(when, When::Clock { .. } | When::EitherHalf { .. })
                    && in_universal_time(text, span.end),
            }
        })
        .collect()
}

/// Words after a date "since" that turn back to what happened then, so
/// that the date recalls that event: "Not since February 2021 has the
/// country seen such unrest: at that time four people were killed". They
/// open a clause; "at the time of the attack" is this event's.
const THAT_TIME: &[&str] = &["at that time", "at the time", "back then"];

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(s: &str) -> Vec<(String, String)> {
        extract(s, 0)
            .into_iter()
            .map(|d| (d.text(s).to_string(), d.value()))
            .collect()
    }

    /// Each input gives exactly the dates listed, as (text, key).
    fn check(cases: &[(&str, &[(&str, &str)])]) {
        for (input, want) in cases {
            let want: Vec<(String, String)> = want
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect();
            assert_eq!(dates(input), want, "input: {input}");
        }
    }

    #[test]
    fn four_figures_with_a_zone_are_a_time_of_day() {
        check(&[
            (
                "It struck at 0630 GMT on Tuesday.",
                &[("0630", "06:30"), ("Tuesday", "tuesday")],
            ),
            ("It struck at 2230 local time.", &[("2230", "22:30")]),
            ("Troops moved in at 0400 hours.", &[("0400", "04:00")]),
            ("It took off at 1642 UTC.", &[("1642", "16:42")]),
            // No zone, no time; "hours" after no bare "at" is a span, and
            // a zone with an offset is left alone.
            ("The plant employs 1642 people.", &[]),
            ("Staff logged 1600 hours of overtime.", &[]),
            ("Pilots need about 1200 hours of flight time.", &[]),
            ("It flies 1600 hrs a year.", &[]),
            ("It struck at 1400 GMT+3.", &[]),
        ]);
        let wire = "It struck at 8:30 a.m. local time (0630 GMT).";
        let universal: Vec<bool> = extract(wire, 0).iter().map(|d| d.universal).collect();
        assert_eq!(universal, [false, true]);
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "claiming responsibility for the March 22 killings",
                &[("March 22", "03-22")],
            ),
            (
                "announced publicly on March 7 that",
                &[("March 7", "03-07")],
            ),
            (
                "after September 11, 2001, what Israel felt after October 7,",
                &[("September 11, 2001", "2001-09-11"), ("October 7", "10-07")],
            ),
            (
                "an imminent attack in early March, though",
                &[("early March", "03-01..03-10")],
            ),
            (
                "He was given the syrup in the middle of October.",
                &[("the middle of October", "10-11..10-20")],
            ),
            (
                "It lost money between April and the end of September.",
                &[("the end of September", "09-21..09-30")],
            ),
            (
                "on the outskirts of Moscow on Friday night",
                &[("Friday", "friday")],
            ),
            ("date 2024-03-29 On a day", &[("2024-03-29", "2024-03-29")]),
            ("the 2004 terrorist attack on a school", &[("2004", "2004")]),
            (
                "the massacre of 84 Iranians in January.",
                &[("January", "01")],
            ),
            ("It may be seeking to expand", &[]),
            (
                "In October 2024 its right engine was shut down",
                &[("October 2024", "2024-10")],
            ),
        ];
        check(cases);
    }

    #[test]
    fn times_of_day() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            // An hour with "o'clock": the day after it is a claim of its
            // own; without a part of the day, either half; a bound or a
            // name of a bulletin is no time.
            (
                "It moved to red at nine o'clock on Wednesday evening.",
                &[("nine o'clock", "21:00"), ("Wednesday", "wednesday")],
            ),
            (
                "The sirens sounded at seven o'clock.",
                &[("seven o'clock", "07:00 or 19:00")],
            ),
            ("Listen to the eight o'clock news.", &[]),
            (
                "The warning went out at six o'clock Tuesday morning.",
                &[("six o'clock", "06:00"), ("Tuesday", "tuesday")],
            ),
            (
                "The doors opened at twelve o'clock.",
                &[("twelve o'clock", "00:00 or 12:00")],
            ),
            (
                "It was nearly twelve o'clock.",
                &[("nearly twelve o'clock", "11:30..11:59 or 23:30..23:59")],
            ),
            ("The road will be open by nine o'clock.", &[]),
            (
                "The fire was reported at about 2:40 a.m. at the warehouse.",
                &[("about 2:40 a.m.", "02:25..02:55")],
            ),
            (
                "The first 911 call came shortly before 3 a.m. Tuesday.",
                &[
                    ("shortly before 3 a.m.", "02:30..03:00"),
                    ("Tuesday", "tuesday"),
                ],
            ),
            (
                "The fire broke out at 2:45 a.m. and was out by 11 AM.",
                &[("2:45 a.m.", "02:45"), ("by 11 AM", "00:00..11:00")],
            ),
            (
                "Crews were called at roughly 2:40 in the morning.",
                &[("roughly 2:40 in the morning", "02:25..02:55")],
            ),
            (
                "The ferry overturned around 7pm, and at 18:20 a flare was seen.",
                &[("around 7pm", "18:45..19:15"), ("18:20", "18:20")],
            ),
            (
                "It burned until midday.",
                &[("until midday", "00:00..12:00")],
            ),
            ("A warning went out at 12 a.m.", &[("12 a.m.", "00:00")]),
            // Any space after "at", and midnight as the end of a day.
            ("The fire started at\u{a0}3 p.m.", &[("3 p.m.", "15:00")]),
            ("It sank at\u{2009}3:10 PM.", &[("3:10 PM", "15:10")]),
            (
                "The ferry sank shortly before midnight.",
                &[("shortly before midnight", "23:30..24:00")],
            ),
            ("Midnight passed.", &[("Midnight", "00:00")]),
            // British copy writes a dot between hours and minutes.
            ("The polls closed at 11.40pm.", &[("11.40pm", "23:40")]),
            (
                "The blast happened at about 8.12 a.m., police said.",
                &[("about 8.12 a.m.", "07:57..08:27")],
            ),
            // A figure for the hour with the part of the day, after a
            // qualifier; without one it may count people.
            (
                "It began shortly after 8 in the morning.",
                &[("shortly after 8 in the morning", "08:00..08:30")],
            ),
            ("Gunmen killed 8 in the morning raid.", &[]),
            ("Police detained some 8 in the morning raids.", &[]),
            // In words, with the part of the day.
            (
                "Computers went down at around quarter past three in the morning.",
                &[("around quarter past three in the morning", "03:00..03:30")],
            ),
            (
                "The explosion happened at around a quarter to seven in the evening.",
                &[("around a quarter to seven in the evening", "18:30..19:00")],
            ),
            (
                "It took place at twenty to eleven at night.",
                &[("twenty to eleven at night", "22:40")],
            ),
            (
                "The blaze started at six o'clock in the evening.",
                &[("six o'clock in the evening", "18:00")],
            ),
            (
                "The ban took effect at nine o'clock yesterday morning.",
                &[("nine o'clock yesterday morning", "09:00")],
            ),
            (
                "The alarm sounded at eleven o'clock last night.",
                &[("eleven o'clock last night", "23:00")],
            ),
            (
                "It began at twenty five past three in the morning.",
                &[("twenty five past three in the morning", "03:25")],
            ),
            (
                "THE ATTACK BEGAN AT TEN AT NIGHT.",
                &[("TEN AT NIGHT", "22:00")],
            ),
            // Without it, morning or evening.
            (
                "The blaze started at half past six.",
                &[("half past six", "06:30 or 18:30")],
            ),
            (
                "The ferry rolled over at around twenty past six.",
                &[("around twenty past six", "06:05..06:35 or 18:05..18:35")],
            ),
            (
                "He was arrested at nineteen minutes to seven.",
                &[("nineteen minutes to seven", "06:41 or 18:41")],
            ),
            // Midnight and noon are their own half.
            (
                "The alert arrived at ten to midnight.",
                &[("ten to midnight", "23:50")],
            ),
            (
                "It ended at a quarter past noon.",
                &[("a quarter past noon", "12:15")],
            ),
            (
                "It began at around five to twelve.",
                &[("around five to twelve", "11:40..11:59 or 23:40..23:59")],
            ),
            // No minutes, no time: "at six" may be anything.
            ("The six were taken to hospital at six.", &[]),
            // Figures, not times: no "at" or qualifier before, or a count
            // after.
            (
                "The toll rose to five after two more bodies were found.",
                &[],
            ),
            ("The toll rose from five to seven.", &[]),
            ("Each faces five to ten years in prison.", &[]),
            ("The rally drew about five to six thousand people.", &[]),
            // A bound needs the half of the day; "half to" is no time.
            ("The fire started after ten past four.", &[]),
            ("Shops shut by half past six.", &[]),
            ("They met at half to six.", &[]),
            // A count, not an hour.
            (
                "Gunmen killed five in the morning raid on the village.",
                &[],
            ),
            (
                "Two blasts struck, one in the morning and another in the evening.",
                &[],
            ),
            // No time: a score, a ratio, an impossible hour, a plain number.
            ("They won 2:1 at home and 3 ambulances came.", &[]),
            ("The vote was 31:40 against.", &[]),
            ("It ran at 13 p.m. and at 25:10.", &[]),
        ];
        check(cases);
        let clock = |s: &str| extract(s, 0)[0].when;
        assert_eq!(
            clock("about 6:20 p.m.").compatible(&clock("about 7 p.m.")),
            Some(false)
        );
        assert_eq!(
            clock("about 2:40 a.m.").compatible(&clock("2:45 a.m.")),
            Some(true)
        );
        assert_eq!(clock("6:10 p.m.").compatible(&clock("Saturday")), None);
        // A time in either half of the day allows both.
        let either = clock("around twenty past six");
        assert_eq!(either.compatible(&clock("6:20 p.m.")), Some(true));
        assert_eq!(either.compatible(&clock("6:25 a.m.")), Some(true));
        assert_eq!(either.compatible(&clock("7:10 p.m.")), Some(false));
        assert!(clock("at twenty past six").same_moments(&clock("6:20 p.m.")));
        // "ten to midnight" states 23:50, not the midnight in it.
        let s = "The alert came at ten to midnight.";
        assert_eq!(extract(s, 0)[0].stated_minute(s), Some(23 * 60 + 50));
        assert!(!clock("at twenty past six").same_moments(&clock("6:25 p.m.")));
    }

    #[test]
    fn days_of_the_month_in_words() {
        check(&[
            (
                "Its season only began on the twelfth of December.",
                &[("twelfth of December", "12-12")],
            ),
            (
                "Shares closed on Friday the twenty-seventh of February.",
                &[
                    ("Friday", "friday"),
                    ("twenty-seventh of February", "02-27"),
                ],
            ),
            (
                "It opened on the thirty-first of March 2024.",
                &[("thirty-first of March 2024", "2024-03-31")],
            ),
            // A part of a month's something is no day of it.
            (
                "A third of May's rainfall fell in one night.",
                &[("May", "05")],
            ),
            // A hyphen that does not break.
            (
                "It opened on the twenty\u{2011}first of June.",
                &[("twenty\u{2011}first of June", "06-21")],
            ),
            // A year in words.
            (
                "In twenty fourteen the state blocked the bid.",
                &[("twenty fourteen", "2014")],
            ),
            (
                "No case like it since two thousand and eleven.",
                &[("two thousand and eleven", "2011")],
            ),
            ("A crowd of two thousand five hundred people gathered.", &[]),
            (
                "the worst flood since nineteen eighty-seven",
                &[("nineteen eighty-seven", "1987")],
            ),
            // Not a count of people of an age.
            (
                "A group of twenty fourteen-year-olds was abducted in March.",
                &[("March", "03")],
            ),
            // No such day: the month alone.
            ("on the thirty-second of May", &[("May", "05")]),
            ("on the thirty-first of April", &[("April", "04")]),
        ]);
    }

    #[test]
    fn days_in_figures() {
        check(&[
            ("The river burst its banks on 3/11.", &[("3/11", "11-03")]),
            ("It was confirmed on 09/11.", &[("09/11", "11-09")]),
            ("It left on 28/11, the airline said.", &[("28/11", "11-28")]),
            (
                "The vote is on 11/28/2024.",
                &[("11/28/2024", "2024-11-28")],
            ),
            (
                "It was declared on 16/11/26.",
                &[("16/11/26", "2026-11-16")],
            ),
            // Not a share, a score or the attacks of 2001.
            ("She won 3/4 of the vote.", &[]),
            ("The world changed after 9/11.", &[]),
            ("It happened on 31/2.", &[]),
        ]);
    }

    #[test]
    fn impossible_days_are_no_dates() {
        // Leap years by the Gregorian rule: 1900 and 2023 have no 29 February,
        // 2000 and 2024 do; without a year the 29th may exist.
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("on February 29, 2023 the", &[]),
            ("on 29 February 1900 the", &[]),
            ("date 2023-02-29 and", &[]),
            ("date 1900-02-29 and", &[]),
            ("on February 30 the", &[]),
            ("on 31 April the", &[]),
            ("date 2024-04-31 and", &[]),
            ("date 2024-13-01 and", &[]),
            (
                "on February 29, 2024 the",
                &[("February 29, 2024", "2024-02-29")],
            ),
            (
                "on 29 February 2000 the",
                &[("29 February 2000", "2000-02-29")],
            ),
            ("date 2024-02-29 and", &[("2024-02-29", "2024-02-29")]),
            ("on February 29 the", &[("February 29", "02-29")]),
            (
                "on 28 February 2023 the",
                &[("28 February 2023", "2023-02-28")],
            ),
        ];
        check(cases);
    }

    #[test]
    fn the_end_of_february_depends_on_the_year() {
        // The whole month is written as the month; its late part ends on
        // the last day that year has.
        let w = |s: &str| extract(s, 0).remove(0).when;
        assert_eq!(
            w("in late February 2023"),
            When::Days {
                year: Some(2023),
                month: 2,
                first: 21,
                last: 28
            }
        );
        assert_eq!(
            w("in late February 2024"),
            When::Days {
                year: Some(2024),
                month: 2,
                first: 21,
                last: 29
            }
        );
        assert_eq!(dates("in February 2023")[0].1, "2023-02");
        assert_eq!(dates("in February 1900")[0].1, "1900-02");
        assert_eq!(dates("in February")[0].1, "02");
    }

    #[test]
    fn a_month_is_seen_by_its_first_three_letters() {
        for m in [
            "January",
            "Jan.",
            "Sept.",
            "September",
            "March",
            "Mar.",
            "May",
            "Dec.",
        ] {
            assert!(mentions_month(&format!("on {m} 3")), "{m}");
        }
        assert!(!mentions_month("on the third of the month, in june"));
    }

    #[test]
    fn ranges_compare() {
        let w = |s: &str| extract(s, 0).remove(0).when;
        assert_eq!(w("in early March").compatible(&w("on March 7")), Some(true));
        assert_eq!(w("on March 7").compatible(&w("on March 22")), Some(false));
        assert_eq!(w("on Friday").compatible(&w("on March 22")), None);
    }
}
