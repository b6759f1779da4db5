//! Quantities: a number, its qualifier as an interval, and what it counts.
//! "at least 133 people" is a count of people ≥ 133; "two decades" is 20 years.

use std::sync::LazyLock;

use super::dates::ORDINAL_WORDS;
use super::words::{CURRENCY_SIGNS, Token, gap_before, is_stop_word, normalize, stem, tokens};
use crate::span::Span;

/// How a quantity is qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
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
    /// "between 20 and 30", "10 to 15 inches": any figure from the
    /// quantity's [`Quantity::low`] up to its value.
    #[serde(rename = "between")]
    Between,
}

/// What a count of people is a count of, when the sentence says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Dead,
    Injured,
    /// Missing or unaccounted for.
    Missing,
    /// Rescued, or survivors brought out.
    Rescued,
    /// Aboard a ship, train, plane or bus.
    Aboard,
    /// Still in hospital: of the injured, those not yet sent home ("82 of
    /// whom remained in hospital").
    Hospitalized,
    /// In a critical condition or in intensive care.
    Critical,
    /// Arrested, detained, in custody.
    Arrested,
    /// Left homeless, displaced, forced from their homes.
    Displaced,
    /// Homes or customers cut off from electricity: "150,000 homes were
    /// without power", "210,000 customers were in the dark". Counted as
    /// households, whatever the outlet calls them.
    #[serde(rename = "without_power")]
    WithoutPower,
    /// The crowd of a march or a rally: the figure the police and the
    /// organisers give differently ("about 20,000" / "more than
    /// 100,000").
    Crowd,
    /// Escaped from custody: "74 prisoners escaped", "more than 90 inmates
    /// had got out", "the number of escapees".
    Escaped,
    /// Treated by medics, for what the sentence does not call injuries:
    /// "520 people have been treated for gas poisoning", "more than 300
    /// needed treatment", "the hospital has treated 38 people". Treated in
    /// hospital, or for injuries, wounds or burns, are the injured.
    Treated,
    /// Fallen ill, sickened or poisoned: "64 children had fallen ill",
    /// "more than 150 have been made ill", "300 people were poisoned".
    Ill,
    /// Infected: "the virus has infected 1,200 people". Not the ill, who
    /// are another count.
    Infected,
}

/// A quantity as read from a sentence. What it writes is its span of the
/// document's text ([`Quantity::text`]): the claims of every sentence stay in
/// memory while the article is open, and a copy of each text would cost more
/// than the text itself.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    pub span: Span,
    /// The value, signed ("-40 degrees" is -40). Past 2^53 an `f64` no
    /// longer tells neighbouring integers apart: [`Quantity::exact`] does.
    pub value: f64,
    /// The value as an exact integer, where the text writes one
    /// ("1,234,567,890,123,456,789,012", "5 billion", "twenty"): see
    /// [`Quantity::exact`]. Kept as two halves: an `i128` field would align
    /// every quantity to 16 bytes (96 bytes a quantity where 72 hold it).
    exact: Option<[u64; 2]>,
    pub op: Op,
    /// What is counted, normalised: "people", "years", "percent", or a stem.
    pub counts: Option<Box<str>>,
    pub role: Option<Role>,
    /// An amount in words with no figure ("dozens", "thousands"): its value
    /// is the least it can mean, and no figure to find elsewhere.
    pub vague: bool,
    /// An amount in words that allows almost any figure ("many", "a
    /// significant number of"): it says the fact is stated, not how big it
    /// is. Read only where it counts what befell people.
    pub qualitative: bool,
    /// Given as the latest of several counts: "now says at least 46",
    /// "has risen to 61" (see `latest_before`), or as what a toll or a
    /// figure is revised to: "was later raised to 60" (see
    /// `revised_before`).
    pub latest: bool,
    /// A bare figure given as what someone says or puts it at, or as "its
    /// own figure of 19", its noun left to the sentence before: "The
    /// government says five." (see `super::carry_counts`).
    pub elliptic: bool,
    /// What a figure in the unit the text writes was multiplied by to be
    /// in the unit its measure is compared in ("15 pounds" held as
    /// kilograms: 0.4536; "121 mph" as km/h), 1 where the text writes that
    /// unit or a whole multiple of it ("31 cm" as 310 mm). A converted
    /// figure is as precise as the writer's rounding of a conversion: see
    /// [`Quantity::converted`].
    pub from_unit: f32,
    /// The low end of a range ([`Op::Between`]: "between 20 and 30
    /// people" is 20 up to the value, 30), held in the unit of the value.
    /// Read only for a range (see [`join_ranges`]); 0 for any other figure.
    pub low: f64,
}

/// How far apart, as a share of the larger, two figures may be that one
/// of them gives in another unit and still be one figure: outlets round a
/// conversion to a figure or two ("about 7 kilograms" is "15 pounds",
/// 6.8 kg; "195 km/h" is "121 mph", 194.7 km/h; "3.5 metres" is "nearly
/// 12 feet"), while two estimates of a thing differ by more ("5 kilograms"
/// against "8").
pub const CONVERTED_TOLERANCE: f64 = 0.05;

/// How far apart, in degrees Celsius, a temperature converted from
/// Fahrenheit and another may be and still be one figure: the rounding of
/// a whole Fahrenheit degree (0.28 °C) and of a whole Celsius one (0.5 °C)
/// at most. A share of the value would vanish near freezing ("28°F" is
/// -2.2 °C, "-2°C") and be wide at 35 °C.
const TEMPERATURE_SLACK: f64 = 0.8;

/// The measure of a temperature: "degrees" as a plural after a figure
/// stems ("40 degrees"), in Celsius.
const DEGREES: &str = "degre";

/// What follows a figure that is a part of a count: "eleven of the dead",
/// "12 of its 90 residents", "two of them".
const PART_OF: &[&str] = &[
    " of the ",
    " of them",
    " of whom",
    " of those",
    " of its ",
    " of their ",
];

/// What follows a part of a count that is a part within it, not a count
/// out of a group: "eleven of the dead", "two of them" (see
/// [`Quantity::within_count`]).
const WITHIN_COUNT: &[&str] = &[
    "of them",
    "of whom",
    "of those",
    "of the dead",
    "of the victims",
    "of the bodies",
    "of the deceased",
    "of the injured",
    "of the wounded",
];

/// What comes before a figure that is a part of a count: "including three
/// children", "among them a dozen reporters", "a toll of 41, counting four
/// people killed upstream".
const PART_AMONG: &[&str] = &["including", "among them", "among whom", "counting"];

/// A group of people whose count a figure after "included" is a part of:
/// "the dead hostages included two bank employees", "the victims include
/// three children" (not "the evacuation included 4,000 residents").
const GROUP_INCLUDED: &[&str] = &[
    "dead",
    "victims",
    "killed",
    "injured",
    "wounded",
    "casualties",
    "missing",
];

/// A party's count whose figure after "includes" is a part when the people
/// it names are told apart ("the ministry's figure includes three people
/// who died in hospital"), not when it is the count itself ("the tally now
/// includes 12 dead").
const COUNT_INCLUDED: &[&str] = &["figure", "toll", "count", "tally", "total"];

/// Does `s` start with `p`, whatever the case of ASCII letters? Compared in
/// place: `s` may be the rest of a whole document.
fn starts_ignoring_case(s: &str, p: &str) -> bool {
    s.as_bytes()
        .get(..p.len())
        .is_some_and(|b| b.eq_ignore_ascii_case(p.as_bytes()))
}

/// Does `s` end with `p`, whatever the case of ASCII letters?
fn ends_ignoring_case(s: &str, p: &str) -> bool {
    s.len() >= p.len() && s.as_bytes()[s.len() - p.len()..].eq_ignore_ascii_case(p.as_bytes())
}

/// Below this magnitude every integer is exactly an `f64` (2^53).
const PRECISE_UP_TO: f64 = 9_007_199_254_740_992.0;

impl Quantity {
    /// The value as an exact integer, where the text writes one.
    pub fn exact(&self) -> Option<i128> {
        self.exact
            .map(|[high, low]| ((u128::from(high) << 64) | u128::from(low)) as i128)
    }

    /// An exact integer as the two halves [`Quantity::exact`] reads.
    fn pack(x: i128) -> [u64; 2] {
        [((x as u128) >> 64) as u64, x as u64]
    }

    /// What the sentence writes ("at least 133 people"), out of the text of
    /// the document the quantity was read from.
    pub fn text<'t>(&self, doc: &'t str) -> &'t str {
        self.span.of(doc)
    }

    /// Is the figure a part of a larger count the sentence splits ("eleven
    /// of the dead", "12 of its 90 residents", "two others", "including
    /// three children")? Two parts, or a part and a whole, of one toll are
    /// no two values of it.
    pub fn is_part(&self, doc: &str) -> bool {
        let (before, after) = (&doc[..self.span.start], &doc[self.span.end..]);
        ends_ignoring_case(self.text(doc), "others")
            || PART_OF.iter().any(|p| starts_ignoring_case(after, p))
            || PART_AMONG
                .iter()
                .any(|p| ends_ignoring_case(before.trim_end(), p))
            || group_included(before, after)
    }

    /// Is the figure a part within the count it is of ("fourteen of the
    /// victims", "four of them children", "including three children",
    /// "the ministry's figure includes four people who died in hospital"),
    /// not a count out of a group it names ("29 of the 32 men underground",
    /// "29 of their colleagues") nor "two others"? Such a part is no value
    /// of the count itself.
    pub fn within_count(&self, doc: &str) -> bool {
        let after = doc[self.span.end..].trim_start();
        let of_group = PART_OF
            .iter()
            .any(|p| starts_ignoring_case(after, p.trim_start()));
        let of_the_count = WITHIN_COUNT.iter().any(|p| starts_ignoring_case(after, p));
        self.is_part(doc) && !self.text(doc).ends_with("others") && (!of_group || of_the_count)
    }

    /// A temperature, held in degrees Celsius.
    fn is_temperature(&self) -> bool {
        self.counts.as_deref() == Some(DEGREES)
    }

    /// Converted from another system's unit than its measure's ("15
    /// pounds" as kilograms): within [`CONVERTED_TOLERANCE`] of a figure
    /// written in another unit, it is the same figure; against one written
    /// in the same unit it is compared as written ("29,700 acres" is not
    /// "30,000 acres").
    pub fn converted(&self) -> bool {
        self.from_unit != 1.0
    }

    /// The value as a reader would quote it: a converted figure to two
    /// decimals ("12 feet" is 3.66 metres, not 3.6576000000000004), or
    /// four below one ("12 grams" is 0.012 kg, not 0.01).
    pub fn shown_value(&self) -> f64 {
        self.shown(self.value)
    }

    /// The low end of a range as a reader would quote it (see
    /// [`Quantity::shown_value`]); `None` for any other figure.
    pub fn shown_low(&self) -> Option<f64> {
        (self.op == Op::Between).then(|| self.shown(self.low))
    }

    fn shown(&self, x: f64) -> f64 {
        // A range's low end was scaled from its high one's: no more
        // digits than a figure is written with.
        let places = match (self.converted(), x.abs() < 1.0) {
            (true, true) => 1e4,
            (true, false) => 1e2,
            (false, _) if self.op == Op::Between => 1e6,
            (false, _) => return x,
        };
        (x * places).round() / places
    }

    /// The values the text allows, as a closed interval; a converted
    /// figure allows the ones that round to it.
    pub fn interval(&self) -> (f64, f64) {
        let (lo, hi) = self.interval_as_written();
        if !self.converted() {
            return (lo, hi);
        }
        if self.is_temperature() {
            return (lo - TEMPERATURE_SLACK, hi + TEMPERATURE_SLACK);
        }
        (
            lo - lo.abs() * CONVERTED_TOLERANCE,
            hi + hi.abs() * CONVERTED_TOLERANCE,
        )
    }

    /// The values the figure allows as the text writes it.
    fn interval_as_written(&self) -> (f64, f64) {
        let v = self.value;
        let nudge = v.abs() * 1e-9 + 1e-9;
        // "about -40" and "nearly -40" are read on the magnitude: a little
        // either side of 40 below zero, a little short of 40 below zero.
        let ordered = |a: f64, b: f64| (a.min(b), a.max(b));
        match self.op {
            Op::Eq => (v, v),
            Op::AtLeast => (v, f64::INFINITY),
            Op::MoreThan => (v + nudge, f64::INFINITY),
            Op::AtMost => (f64::NEG_INFINITY, v),
            Op::LessThan => (f64::NEG_INFINITY, v - nudge),
            Op::About => ordered(v * 0.9, v * 1.1),
            Op::Nearly if v < 0.0 => (v + nudge, v * 0.85),
            Op::Nearly => (v * 0.85, v - nudge),
            Op::Between => (self.low, v),
        }
    }

    /// The values the text allows as exact integer bounds (`None` for no
    /// bound), where both the value and the qualifier are exact.
    fn exact_interval(&self) -> Option<(Option<i128>, Option<i128>)> {
        let x = self.exact()?;
        Some(match self.op {
            Op::Eq => (Some(x), Some(x)),
            Op::AtLeast => (Some(x), None),
            Op::MoreThan => (Some(x.saturating_add(1)), None),
            Op::AtMost => (None, Some(x)),
            Op::LessThan => (None, Some(x.saturating_sub(1))),
            Op::About | Op::Nearly | Op::Between => return None,
        })
    }

    /// Can both be true at once ("144" and "over 130")? Exact where both
    /// are integers, so two 22-digit counts one apart are not compatible.
    pub fn compatible(&self, other: &Quantity) -> bool {
        if let (Some((a0, a1)), Some((b0, b1))) = (self.exact_interval(), other.exact_interval())
            && self.value.abs().max(other.value.abs()) >= PRECISE_UP_TO
        {
            let below = |lo: Option<i128>, hi: Option<i128>| match (lo, hi) {
                (Some(l), Some(h)) => l <= h,
                _ => true,
            };
            return below(a0, b1) && below(b0, a1);
        }
        let (a0, a1) = self.interval();
        let (b0, b1) = other.interval();
        a0 <= b1 && b0 <= a1
    }

    /// The same figure: exactly equal where both are integers; otherwise
    /// equal as doubles only below 2^53, where a double is exact. Two large
    /// figures whose digits are not known are never called equal.
    pub fn same_value(&self, other: &Quantity) -> bool {
        // A range is the same figure only as the same range: "between 20
        // and 30" is not "30".
        if (self.op == Op::Between || other.op == Op::Between)
            && !(self.op == other.op && self.same_figure(self.low, other.low, other))
        {
            return false;
        }
        self.same_figure(self.value, other.value, other)
    }

    /// Figures `a` of this quantity and `b` of `other` are one: see
    /// [`Quantity::same_value`].
    fn same_figure(&self, a: f64, b: f64, other: &Quantity) -> bool {
        // Written in two units, one of them converted: the same figure
        // within the rounding of the converted one ("15 pounds" / "7
        // kilograms"), as `compatible` allows it.
        if self.from_unit != other.from_unit {
            if self.is_temperature() {
                return (a - b).abs() <= TEMPERATURE_SLACK;
            }
            // The rounding of the figures compared, not of the values: a
            // range's low end is compared with its own reach.
            let reach = [(self, a), (other, b)]
                .iter()
                .filter(|(q, _)| q.converted())
                .map(|(_, x)| x.abs())
                .fold(0.0, f64::max);
            return (a - b).abs() <= CONVERTED_TOLERANCE * reach;
        }
        // One unit converted alike: as written, but for the float's last
        // digits.
        if self.converted() {
            return (a - b).abs() <= 1e-9 * a.abs().max(b.abs());
        }
        // The exact integers are of the values, not of a range's low end.
        let exact = |q: &Quantity, x: f64| q.exact().filter(|_| x == q.value);
        match (exact(self, a), exact(other, b)) {
            (Some(x), Some(y)) => x == y,
            _ => a == b && a.abs() < PRECISE_UP_TO && b.abs() < PRECISE_UP_TO,
        }
    }

    /// Same thing counted: the same unit and no conflicting role.
    pub fn same_measure(&self, other: &Quantity) -> bool {
        self.counts.is_some()
            && self.counts == other.counts
            && (self.role.is_none() || other.role.is_none() || self.role == other.role)
    }

    /// The value a reader would quote for comparison ("over 130" → 130;
    /// "between 20 and 30" → 25).
    pub fn point(&self) -> f64 {
        match self.op {
            Op::Between => (self.low + self.value) / 2.0,
            _ => self.value,
        }
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

/// Is a lower-case word a figure, in digits or in words ("40",
/// "twenty-six")?
pub(crate) fn is_figure(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit()) || word_value(w).is_some()
}

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

fn scale(w: &str) -> Option<i128> {
    match w {
        "dozen" => Some(12),
        "hundred" => Some(100),
        "thousand" => Some(1_000),
        "million" | "millions" => Some(1_000_000),
        "billion" | "billions" => Some(1_000_000_000),
        "trillion" | "trillions" => Some(1_000_000_000_000),
        // South Asian English: "Rs 5 lakh" is 500,000 rupees, "1,200
        // crore" twelve billion.
        "lakh" | "lakhs" => Some(100_000),
        "crore" | "crores" => Some(10_000_000),
        _ => None,
    }
}

fn digits_value(w: &str) -> Option<f64> {
    digits(w).map(|(v, _)| v)
}

/// A temperature written with its scale on the figure ("35.2°c", "95.4°f",
/// as `lower` holds them): the figure, and whether it is in Fahrenheit.
/// Not "34c" bare: read so, as "In 2018, when the temperature reached 30C"
/// is too, it set more temperatures of other days and places against the
/// event's than it found.
fn temperature_at(lower: &[String], i: usize) -> Option<(f64, bool)> {
    let w = lower[i].as_str();
    let (figure, fahrenheit) = [("°c", false), ("°f", true)]
        .into_iter()
        .find_map(|(scale, f)| Some((w.strip_suffix(scale)?, f)))?;
    let (value, _) = digits(figure)?;
    Some((value, fahrenheit))
}

/// Words before a temperature that make it a change, not a reading
/// ("dropped 20°F", "rose by 5 degrees Fahrenheit").
const CHANGED_BY: &[&str] = &[
    "by", "dropped", "fell", "rose", "climbed", "jumped", "plunged", "soared", "drop", "fall",
    "rise",
];

/// Words after a temperature that make it a change against another ("5°F
/// warmer", "10 degrees Fahrenheit above normal").
const CHANGED_AGAINST: &[&str] = &[
    "warmer", "colder", "cooler", "hotter", "higher", "lower", "above", "below",
];

/// A time taken, in hours, as a race's or a record's is written: "won in
/// 2:07:31" (hours, minutes and seconds, each of these two digits). Not
/// "10:45" (a time of day), minutes or seconds past 59, a ratio ("1:2:4"),
/// nor an hour with a leading zero.
fn elapsed_time(w: &str) -> Option<f64> {
    let mut parts = w.split(':');
    let (h, m, s) = (parts.next()?, parts.next()?, parts.next()?);
    let digits_of = |p: &str, len: std::ops::RangeInclusive<usize>| {
        (len.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse::<u32>().ok())
            .flatten()
    };
    let (h, m, s) = (
        digits_of(h, 1..=1)?,
        digits_of(m, 2..=2)?,
        digits_of(s, 2..=2)?,
    );
    (parts.next().is_none() && m < 60 && s < 60)
        .then(|| f64::from(h) + f64::from(m) / 60.0 + f64::from(s) / 3600.0)
}

/// A time taken at token `i` (see [`elapsed_time`]), unless the words
/// around it make it a time of day: "from 1:02:11 to 1:05:40 GMT".
fn elapsed_time_at(lower: &[String], i: usize) -> Option<f64> {
    let before = i.checked_sub(1).map(|k| lower[k].as_str());
    let after = lower.get(i + 1).map(String::as_str);
    if matches!(
        before,
        Some("from" | "to" | "between" | "until" | "at" | "by")
    ) || matches!(
        after,
        Some("gmt" | "utc" | "local" | "to" | "a.m." | "p.m." | "am" | "pm")
    ) {
        return None;
    }
    elapsed_time(&lower[i])
}

/// A unit a figure writes on itself, whatever words follow it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OwnUnit {
    /// A time taken: "2:07:31" (see [`elapsed_time`]).
    Hours,
    /// "35.2°C".
    Celsius,
    /// "95.4°F".
    Fahrenheit,
}

/// The figure at token `i` with the unit it writes on itself: a time
/// taken ([`elapsed_time_at`]) or a temperature ([`temperature_at`]).
fn own_unit_at(lower: &[String], i: usize) -> Option<(f64, OwnUnit)> {
    if let Some(hours) = elapsed_time_at(lower, i) {
        return Some((hours, OwnUnit::Hours));
    }
    let (degrees, fahrenheit) = temperature_at(lower, i)?;
    let unit = if fahrenheit {
        OwnUnit::Fahrenheit
    } else {
        OwnUnit::Celsius
    };
    Some((degrees, unit))
}

/// A figure written in digits: its value, and the exact integer when it has
/// no fraction and fits.
fn digits(w: &str) -> Option<(f64, Option<i128>)> {
    let w = after_money_sign(w).trim_end_matches('%');
    if w.is_empty() || !w.bytes().next()?.is_ascii_digit() {
        return None;
    }
    // "300,000" groups thousands, and South Asian copy groups lakhs and
    // crores ("10,00,000" is a million); "1,5" is not a number we read.
    let thousands = |p: &str| p.len() == 3 || (p.len() > 3 && p.as_bytes()[3] == b'.');
    if let Some((_, grouped)) = w.split_once(',') {
        let (rest, last) = grouped.rsplit_once(',').unwrap_or(("", grouped));
        let lakhs = !rest.is_empty() && rest.split(',').all(|p| p.len() == 2);
        if !thousands(last) || !(lakhs || rest.is_empty() || rest.split(',').all(thousands)) {
            return None;
        }
    }
    let plain: std::borrow::Cow<str> = if w.contains(',') {
        w.replace(',', "").into()
    } else {
        w.into()
    };
    let value: f64 = plain.parse().ok()?;
    let exact = if plain.bytes().all(|b| b.is_ascii_digit()) {
        plain.parse().ok()
    } else {
        None
    };
    Some((value, exact))
}

/// Words after a length that say where or how far ("20m onto rocks",
/// "10m high"): the "m" is metres.
const DISTANCE_WORDS: &[&str] = &[
    "onto", "into", "from", "above", "below", "across", "along", "off", "away", "down", "up",
    "high", "long", "deep", "wide", "tall", "inland", "offshore",
];

/// Words after a length that say where it is measured or what it sizes
/// ("reached 1.5m inside homes", "2.5m thick walls", "1.2m square
/// panels"), besides the [`DISTANCE_WORDS`]: the figure before them is
/// metres, not millions.
const SIZE_WORDS: &[&str] = &[
    "inside", "under", "beneath", "within", "through", "over", "thick", "thin", "square", "cubic",
    "of", "in", "at", "on", "around", "near",
];

/// A figure with its scale shortened, as headlines and business copy
/// write it: "1.2bn", "$41m", "1.2m records", "2.5k followers". An "m" is a
/// million (and a "k" a thousand) only after a currency sign or before a
/// plural noun ("a 10m wall" is metres, "a 5k run" a distance).
fn abbreviated(w: &str, rest: &[String]) -> Option<(f64, Option<i128>)> {
    let money = money_sign(w).is_some();
    let (figure, scale) = if let Some(f) = w.strip_suffix("bn").or_else(|| w.strip_suffix("bln")) {
        (f, 1_000_000_000.0)
    } else if let Some(f) = w.strip_suffix("tn").filter(|_| money) {
        // "$1.2tn": a trillion, after a sign of money only.
        (f, 1_000_000_000_000.0)
    } else {
        // "2.5mn", "2.5mln": a million, as "2.5m" is.
        let million = w
            .strip_suffix("mn")
            .or_else(|| w.strip_suffix("mln"))
            .or_else(|| w.strip_suffix('m'));
        let (f, scale) = match million {
            Some(f) => (f, 1_000_000.0),
            None => (w.strip_suffix('k')?, 1_000.0),
        };
        // "1.2m records", "1.2m patient records": a plural noun right after
        // it, or after one word that qualifies it. A word between may also
        // be a verb ("10m swept houses") or say how far ("20m onto rocks",
        // "100m towards the exits"): then the figure is a length.
        let noun = |n: &String| {
            // "3m people": a plural with no s ("a 2m day pass" is no count).
            (is_plural(n) || n == "people" || IRREGULAR_PLURALS.contains(&n.as_str()))
                && !is_stop_word(n)
                && !n.ends_with("wards")
                && !DISTANCE_WORDS.contains(&n.as_str())
        };
        let qualifier = |n: &String| {
            !is_stop_word(n)
                && !n.ends_with("ed")
                && !n.ends_with("ing")
                && !DISTANCE_WORDS.contains(&n.as_str())
                && !SIZE_WORDS.contains(&n.as_str())
                && n.chars().all(char::is_alphabetic)
        };
        // With a word between, only a figure with a fraction counts: a
        // length is written whole ("waves up to 10m swept houses away"), a
        // scaled count seldom is ("1.2m patient records").
        let counted = match rest {
            [n, ..] if noun(n) => true,
            [q, n, ..] => f.contains('.') && qualifier(q) && noun(n),
            _ => false,
        };
        if !money && !counted {
            return None;
        }
        (f, scale)
    };
    let (v, _) = digits(figure)?;
    Some(whole(v * scale))
}

/// A scaled figure as the whole number it is meant to be: "4.1" times a
/// million is 4099999.9999999995 in binary, 4,100,000 as written.
fn whole(value: f64) -> (f64, Option<i128>) {
    let round = value.round();
    if value.abs() < PRECISE_UP_TO && (value - round).abs() <= 1e-6 * value.abs().max(1.0) {
        (round, Some(round as i128))
    } else {
        (value, None)
    }
}

const QUALIFIERS: &[(&[&str], Op)] = &[
    (&["at", "least"], Op::AtLeast),
    (&["no", "fewer", "than"], Op::AtLeast),
    (&["no", "less", "than"], Op::AtLeast),
    (&["not", "fewer", "than"], Op::AtLeast),
    (&["not", "less", "than"], Op::AtLeast),
    // Before "more than", which they end with.
    (&["no", "more", "than"], Op::AtMost),
    (&["not", "more", "than"], Op::AtMost),
    (&["more", "than"], Op::MoreThan),
    (&["in", "excess", "of"], Op::MoreThan),
    (&["upwards", "of"], Op::MoreThan),
    (&["upward", "of"], Op::MoreThan),
    // "as many as 40 died", "as much as $5 million": a ceiling, as "up
    // to" is.
    (&["as", "many", "as"], Op::AtMost),
    (&["as", "much", "as"], Op::AtMost),
    // "waves as high as three metres", "snow as deep as 20 feet": the
    // most a size reaches.
    (&["as", "high", "as"], Op::AtMost),
    (&["as", "deep", "as"], Op::AtMost),
    (&["as", "tall", "as"], Op::AtMost),
    (&["as", "long", "as"], Op::AtMost),
    (&["as", "far", "as"], Op::AtMost),
    (&["as", "large", "as"], Op::AtMost),
    (&["as", "big", "as"], Op::AtMost),
    (&["as", "heavy", "as"], Op::AtMost),
    (&["as", "wide", "as"], Op::AtMost),
    (&["as", "strong", "as"], Op::AtMost),
    (&["as", "fast", "as"], Op::AtMost),
    (&["over"], Op::MoreThan),
    (&["above"], Op::MoreThan),
    (&["exceeding"], Op::MoreThan),
    (&["at", "most"], Op::AtMost),
    (&["up", "to"], Op::AtMost),
    (&["fewer", "than"], Op::LessThan),
    (&["less", "than"], Op::LessThan),
    // Before "under" and "below", which they end with.
    (&["just", "under"], Op::Nearly),
    (&["slightly", "under"], Op::Nearly),
    (&["a", "little", "under"], Op::Nearly),
    (&["just", "below"], Op::Nearly),
    (&["slightly", "below"], Op::Nearly),
    (&["under"], Op::LessThan),
    (&["below"], Op::LessThan),
    (&["nearly"], Op::Nearly),
    (&["almost"], Op::Nearly),
    (&["close", "to"], Op::Nearly),
    (&["about"], Op::About),
    (&["around"], Op::About),
    (&["approximately"], Op::About),
    (&["roughly"], Op::About),
    (&["more", "or", "less"], Op::About),
    (&["some"], Op::About),
    (&["an", "estimated"], Op::About),
    (&["estimated"], Op::About),
];

/// Words before "as many as" that make it a comparison, no ceiling:
/// "twice as many as 40", "nearly as many as 40 did last year".
const COMPARING: &[&str] = &[
    "twice", "thrice", "times", "half", "nearly", "almost", "about", "roughly", "just", "not",
    "only",
];

/// A qualifier written after a figure (`w`, its first token) or after its
/// noun, at token `k`: "40-odd" and "40-something" are about 40, "40-plus"
/// and "40 or more" at least 40, "40 or so" about, "40 or fewer" at most.
fn qualifier_after(lower: &[String], w: &str, k: usize) -> Option<Op> {
    if let Some((_, tail)) = w.rsplit_once('-')
        && let Some(&(_, op)) = QUALIFYING_TAILS.iter().find(|(t, _)| *t == tail)
    {
        return Some(op);
    }
    // Not "40 people or more than half of them", another figure's.
    if lower.get(k).map(String::as_str) != Some("or")
        || lower.get(k + 2).is_some_and(|w| w == "than")
    {
        return None;
    }
    // "12 militants, or so the army claimed": "so" of a clause.
    let clause_after = lower
        .get(k + 2)
        .is_some_and(|w| CLAUSE_OPENERS.contains(&w.as_str()));
    match lower.get(k + 1)?.as_str() {
        "more" | "above" => Some(Op::AtLeast),
        "so" if clause_after => None,
        "so" | "thereabouts" => Some(Op::About),
        "fewer" | "less" | "under" => Some(Op::AtMost),
        _ => None,
    }
}

/// Words that open a clause after "or so" ("or so the army claimed"):
/// then "so" qualifies no figure.
const CLAUSE_OPENERS: &[&str] = &[
    "the", "a", "an", "it", "he", "she", "they", "we", "i", "its", "his", "her", "their", "this",
    "that",
];

/// Words after a figure's hyphen that qualify it rather than name what
/// it counts ("40-odd people", "40-plus", "40-something"), with how.
const QUALIFYING_TAILS: &[(&str, Op)] = &[
    ("odd", Op::About),
    ("something", Op::About),
    ("plus", Op::AtLeast),
];

/// Spans of time an article counts one of: "a week".
const ONE_SPAN: &[&str] = &["day", "week", "fortnight", "month", "year", "decade"];

/// Words besides superlatives in "-est" that make a span after "in" the
/// span a record is set in: "the worst drought in more than a decade",
/// "the first in nearly a year".
const RECORD_WORDS: &[&str] = &[
    "first", "most", "least", "worst", "best", "last", "only", "record",
];

/// Lengths and hours an article gives one of after a qualifier: "more
/// than a kilometre", "about a mile", "more than an hour" (not "more than
/// half an hour": there the qualifier is before "half").
const ONE_LENGTH: &[&str] = &["kilometre", "kilometer", "mile", "metre", "meter", "hour"];

/// The part of one that "and a half", "and a quarter" or "and three
/// quarters" adds, where the three tokens from `k` say it.
/// Not a part of something else ("3 percent and a quarter of listed
/// firms", "and three quarters of the new jobless") nor of a clock ("nine
/// and a quarter past ten").
fn and_a_part(lower: &[String], k: usize) -> Option<f64> {
    let part = match lower.get(k..k + 3)? {
        [and, a, part] if and == "and" && a == "a" && part == "half" => 0.5,
        [and, a, part] if and == "and" && a == "a" && part == "quarter" => 0.25,
        [and, three, parts] if and == "and" && three == "three" && parts == "quarters" => 0.75,
        _ => return None,
    };
    let of_another = lower
        .get(k + 3)
        .is_some_and(|w| matches!(w.as_str(), "of" | "past" | "to"));
    (!of_another).then_some(part)
}

/// Is token `i` a half of one span or length, its unit two tokens on:
/// "half an hour", "half a mile", "half a day"? Not "half a
/// million", a figure of its own (see [`part_of_scale`]), nor "half an
/// hour later", which says when, nor "every half an hour", how often.
fn half_a_unit(lower: &[String], i: usize) -> bool {
    let at = |k: usize| lower.get(k).map(String::as_str);
    let unit = at(i + 2).is_some_and(|u| ONE_SPAN.contains(&u) || ONE_LENGTH.contains(&u));
    let when = at(i + 3).is_some_and(|w| SAYS_WHEN.contains(&w));
    let often = i > 0 && matches!(at(i - 1), Some("every" | "each"));
    let half = at(i) == Some("half") && matches!(at(i + 1), Some("a" | "an"));
    half && unit && !when && !often
}

/// Words after one span of time that make it say when, not how long:
/// "an hour later", "half an hour before it was due".
const SAYS_WHEN: &[&str] = &["before", "after", "later", "earlier", "ago"];

/// Does the "a", "an" or "one" at token `i` count one span of time
/// something lasts: "a week of national mourning", "suspended for a
/// fortnight", "for one week"? Not "a week ago", "once a year", "a year
/// earlier", "on a day of heavy rain": those say when, or how often. After
/// a qualifier it is a figure, and so is one length: "lasted more than a
/// week" (against "nine days"), "nearly a year", "more than a kilometre
/// long" (against "1.2 km"); but still not when it says when: "less than
/// an hour before it was due", "about an hour later", "around a week ago"
/// (read as figures, they moved a ferry's capsizing away from its time).
fn a_span_of(lower: &[String], i: usize) -> bool {
    let at = |k: usize| lower.get(k).map(String::as_str);
    let before = i.checked_sub(1).and_then(at);
    let span = at(i + 1).is_some_and(|n| ONE_SPAN.contains(&n));
    // A qualifier as `qualifier` reads it before a figure, but not a
    // comparison after a figure ("2 percent more than a year earlier"),
    // nor the span a record is set in ("their lowest level in more than a
    // decade").
    let qualified = || {
        let (_, start) = qualifier(lower, i);
        let before = |k: usize| start.checked_sub(k).map(|b| lower[b].as_str());
        start < i
            && !before(1).is_some_and(|w| {
                number_at(lower, start - 1).is_some() || matches!(w, "percent" | "cent")
            })
            && !(before(1) == Some("in")
                && (2..=6)
                    .filter_map(before)
                    .any(|w| w.ends_with("est") || RECORD_WORDS.contains(&w)))
    };
    (span && ((at(i + 2) == Some("of") && before != Some("on")) || before == Some("for")))
        || ((span || at(i + 1).is_some_and(|n| ONE_LENGTH.contains(&n)))
            && qualified()
            && !at(i + 2).is_some_and(|w| SAYS_WHEN.contains(&w)))
}

/// Words that name what is counted and map to a common measure.
fn canonical_count(lower: &str) -> Option<(&'static str, f64, Option<Role>)> {
    Some(match lower {
        "people" | "persons" | "person" | "individuals" | "victims" | "civilians"
        | "casualties" | "bodies" | "residents" | "inhabitants" | "citizens" | "workers"
        | "employees" | "staff"
        // "killed seven workers and injured 12 others"
        | "others" | "passengers"
        // "198 passengers and 12 crew", "five crew members"
        | "crew" | "crewmembers" => ("people", 1.0, None),
        // The people of a crowd: what befell them may follow ("hundreds of
        // protesters were hurt"); else they are the crowd (see `crowd`).
        w if CROWD_NOUNS.contains(&w) => ("people", 1.0, None),
        "households" | "families" => ("households", 1.0, None),
        "homes" | "houses" | "dwellings" => ("homes", 1.0, None),
        "lives" | "dead" | "deaths" | "fatalities" | "killed" => ("people", 1.0, Some(Role::Dead)),
        "injured" | "wounded" | "injuries" | "hurt" => ("people", 1.0, Some(Role::Injured)),
        "missing" => ("people", 1.0, Some(Role::Missing)),
        "escapees" => ("people", 1.0, Some(Role::Escaped)),
        "survivors" | "rescued" => ("people", 1.0, Some(Role::Rescued)),
        // "thousands homeless"
        "homeless" | "displaced" => ("people", 1.0, Some(Role::Displaced)),
        "foreigners" => ("foreigners", 1.0, None),
        // "police made 212 arrests": as many people held.
        "arrests" | "detentions" | "detainees" => ("people", 1.0, Some(Role::Arrested)),
        "year" | "years" => ("years", 1.0, None),
        "decade" | "decades" => ("years", 10.0, None),
        "month" | "months" => ("months", 1.0, None),
        // "three days" and "a week" of mourning are set against each other
        // in days, as "two weeks" and "a fortnight" agree.
        "week" | "weeks" => ("days", 7.0, None),
        "fortnight" | "fortnights" => ("days", 14.0, None),
        "day" | "days" => ("days", 1.0, None),
        "hour" | "hours" => ("hours", 1.0, None),
        // "up 5pc", as British papers write it.
        "percent" | "per cent" | "%" | "pc" => ("percent", 1.0, None),
        _ => return None,
    })
}

/// Below how many hours a span in hours is weighed in minutes.
const SHORT_HOURS: f64 = 3.0;

/// The measures of spans of time that [`canonical_count`] gives ("two
/// decades" is 20 "years").
pub const SPANS_OF_TIME: &[&str] = &["years", "months", "days", "hours"];

/// Measures of a size, a strength or a time rather than of things: what
/// [`unit_at`] reads, shares, ages, and the stems of units read as plain
/// plurals ("40 minutes", "400 degrees").
const NOT_THINGS: &[&str] = &[
    "km/h",
    "km",
    "metre",
    "kg",
    "mm",
    "hectare",
    "magnitude",
    "percent",
    "age",
    "minut",
    "second",
    "degre",
    "point",
    "time",
];

/// Does a measure count things ("rescuer", "homes", "post"), not a unit, a
/// span of time, a share or an age?
pub fn counts_things(measure: &str) -> bool {
    !NOT_THINGS.contains(&measure) && !SPANS_OF_TIME.contains(&measure)
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
    "injured",
    "wounded",
    "injuries",
    "hurt",
    "injuring",
    "wounding",
    "hospitalized",
    "hospitalised",
];

/// A number read from the text: its value, the exact integer where there is
/// one, and how many tokens it spans.
#[derive(Debug, Clone, Copy)]
struct Figure {
    value: f64,
    exact: Option<i128>,
    used: usize,
    /// An amount in words with no figure ("dozens", "hundreds of
    /// thousands"): at least two of its unit.
    vague: bool,
    /// "many", "several", "a significant number of" (see
    /// [`Quantity::qualitative`]).
    qualitative: bool,
    /// A share of a whole, in percent: "one in five", "two-thirds" (see
    /// `share_at`).
    share: bool,
    /// The unit the figure writes on itself: "2:07:31", "35.2°C".
    own_unit: Option<OwnUnit>,
}

/// Amounts in words that give no figure, with the least each can mean:
/// "many injured" and "a significant number of injuries" state that people
/// were hurt as "nearly 150 injured" does. Longest first.
const QUALITATIVE: &[(&[&str], i128)] = &[
    (&["a", "significant", "number", "of"], 2),
    (&["a", "large", "number", "of"], 2),
    (&["a", "handful", "of"], 2),
    (&["scores", "of"], 40),
    (&["several"], 3),
    (&["many"], 2),
    (&["numerous"], 2),
    (&["multiple"], 2),
];

/// The qualitative amount starting at token `i`: its least value and length.
fn qualitative_at(lower: &[String], i: usize) -> Option<(i128, usize)> {
    // "how many people were killed" asks; "so many", "too many" exclaim.
    if i > 0 && matches!(lower[i - 1].as_str(), "how" | "so" | "too" | "as") {
        return None;
    }
    QUALITATIVE.iter().find_map(|(words, least)| {
        let fits =
            lower.len() >= i + words.len() && words.iter().zip(&lower[i..]).all(|(w, l)| w == l);
        fits.then_some((*least, words.len()))
    })
}

/// "Several hundred pensioners", "a few thousand residents", "several
/// hundred thousand people": a few of a scale, an amount in words as
/// "hundreds" is, and as much as it: at least two of the scale. Its least
/// value and length.
fn few_of_a_scale_at(lower: &[String], i: usize) -> Option<(i128, usize)> {
    let mut used = match (lower[i].as_str(), lower.get(i + 1).map(String::as_str)) {
        ("several", _) => 1,
        ("a", Some("few")) => 2,
        _ => return None,
    };
    let mut least = 2;
    let mut scaled = false;
    while let Some(factor) = lower.get(i + used).and_then(|w| scale(w)) {
        least *= factor;
        used += 1;
        scaled = true;
    }
    scaled.then_some((least, used))
}

/// The unit of an amount written as a plural ("dozens", "thousands").
fn vague_unit(w: &str) -> Option<i128> {
    match w {
        // "tens of thousands": at least twenty thousand.
        "tens" => Some(10),
        "dozens" => Some(12),
        "hundreds" => Some(100),
        "thousands" => Some(1_000),
        "millions" => Some(1_000_000),
        "billions" => Some(1_000_000_000),
        _ => None,
    }
}

/// A number word's value with its exact integer.
fn word_figure(w: &str) -> Option<(f64, Option<i128>)> {
    word_value(w).map(|v| (v, Some(v as i128)))
}

/// Words between "of" and the figure of a group it takes from: "none of
/// its 56 passengers".
const DETERMINERS_OF: &[&str] = &["the", "its", "their", "his", "her"];

/// Nouns whose "no" gives a count of none: "no arrests have been made",
/// "there were no survivors".
const NONE_OF: &[&str] = &["arrests", "deaths", "fatalities", "injuries", "survivors"];

/// Words between "no one" and what befell them: "has yet been arrested".
const NONE_AUXILIARIES: &[&str] = &["was", "were", "has", "have", "had", "been", "yet", "is"];

/// Words between "no" and such a noun: "no immediate arrests".
/// ("No further arrests", "no other injuries", "no new deaths" are none
/// more, beside a count given elsewhere: no total.)
const NONE_FILLER: &[&str] = &["immediate", "reported"];

/// How many tokens "none" takes at token `i`, where it is a count of what
/// befell people: "no arrests", "no further arrests", and "no one" or
/// "nobody" as the subject of what befell them ("nobody has been
/// arrested", "no one was killed"; not "no one knows how many died").
fn none_at(lower: &[String], i: usize) -> Option<usize> {
    let at = |k: usize| lower.get(k).map(String::as_str);
    let befell = |k: usize| {
        let mut k = k;
        while at(k).is_some_and(|w| NONE_AUXILIARIES.contains(&w)) {
            k += 1;
        }
        at(k).is_some_and(|w| role_word(w).is_some())
    };
    match at(i)? {
        "nobody" if befell(i + 1) => Some(1),
        "no" if at(i + 1) == Some("one") && befell(i + 2) => Some(2),
        "no" => {
            let used = 1 + usize::from(at(i + 1).is_some_and(|w| NONE_FILLER.contains(&w)));
            at(i + used)
                .is_some_and(|w| NONE_OF.contains(&w))
                .then_some(used)
        }
        _ => None,
    }
}

/// People one may be arrested as: "police arrested a 23-year-old man".
const ONE_ARRESTED: &[&str] = &[
    "man", "woman", "suspect", "teenager", "boy", "girl", "person", "student", "driver",
];

/// Words that make the person arrested not the only one: "a second man",
/// "a further suspect".
const NOT_THE_FIRST: &[&str] = &[
    "second", "third", "fourth", "fifth", "sixth", "further", "another", "new", "fresh", "other",
];

/// How many words "a" may stand before the person it is: "a 23-year-old
/// local man" is three.
const ONE_ARRESTED_REACH: usize = 4;

/// How many tokens one person arrested takes at token `i`: "arrested a
/// 23-year-old man", "detained a suspect" (a count of one, as "detained
/// two suspects" is of two).
fn one_arrested_at(lower: &[String], i: usize) -> Option<usize> {
    if !matches!(lower[i].as_str(), "a" | "an")
        || i.checked_sub(1)
            .and_then(|k| verb_role(&lower[k]))
            .is_none_or(|r| r != Role::Arrested)
    {
        return None;
    }
    let n = (1..=ONE_ARRESTED_REACH).find(|&n| {
        lower
            .get(i + n)
            .is_some_and(|w| ONE_ARRESTED.contains(&w.as_str()))
    })?;
    // "arrested a second man" tells of another one; "a man, a woman and a
    // teenager" or "a man and two women" are more than one.
    let another = lower[i + 1..i + n]
        .iter()
        .any(|w| NOT_THE_FIRST.contains(&w.as_str()));
    let more = lower.get(i + n + 1).is_some_and(|w| {
        matches!(w.as_str(), "and" | "or" | "a" | "an") || number_at(lower, i + n + 1).is_some()
    });
    (!another && !more).then_some(n + 1)
}

/// Fractions written as words, and their share in percent: "two-thirds of
/// the sheep", "nearly three-quarters of mortgages".
const FRACTIONS: &[(&str, f64)] = &[
    ("half", 50.0),
    ("third", 100.0 / 3.0),
    ("thirds", 100.0 / 3.0),
    ("quarter", 25.0),
    ("quarters", 25.0),
    ("fifth", 20.0),
    ("fifths", 20.0),
    ("tenth", 10.0),
    ("tenths", 10.0),
];

/// A share of a whole at token `i`, in percent, and the tokens it takes:
/// "one in five houses" (20), "one building in four" (25), "seven in ten
/// home loans" (70), "two-thirds" (66.7), "a third of the candidates"
/// (33.3), "half of them". Outlets give one share as "41%", "four in ten"
/// and "nearly half", and a share is weighed against a percentage. Not "a
/// third person", "half an hour", "5 in 10 minutes", nor "a quarter of a
/// million", which is a figure.
fn share_at(lower: &[String], i: usize) -> Option<(f64, usize)> {
    let at = |k: usize| lower.get(k).map(String::as_str);
    let figure = |k: usize| at(k).and_then(|w| digits_value(w).or_else(|| word_value(w)));
    let a_year =
        |k: usize| at(k).is_some_and(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()));
    // Of a whole the words after name, not of one thing: "a quarter of a
    // million" is a figure, "a quarter of an hour" a time, "half of 2025"
    // a period, "half of one percent" a figure.
    let of_a_whole = |k: usize| {
        at(k) == Some("of") && !matches!(at(k + 1), Some("a" | "an" | "one")) && !a_year(k + 1)
    };
    let w = at(i)?;
    let spelled = word_value(w);
    // "one in five", "one in 150 people", "one building in four", "one
    // in every five", "one out of five": not "a one in 100 year flood" (a
    // time), "3 in 2019" (a year).
    let ratio = |n: f64, m_at: usize| {
        let (m_at, m) = match at(m_at) {
            Some("every") => (m_at + 1, figure(m_at + 1)?),
            _ => (m_at, figure(m_at)?),
        };
        let of_time = at(m_at + 1).is_some_and(|u| {
            canonical_count(u).is_some_and(|(c, _, _)| SPANS_OF_TIME.contains(&c))
                || matches!(u, "minutes" | "minute" | "seconds" | "second")
        });
        (n >= 1.0 && n < m && n.fract() == 0.0 && !a_year(m_at) && !of_time)
            .then_some((100.0 * n / m, m_at + 1))
    };
    let after = |k: usize| match (at(k), at(k + 1)) {
        (Some("in"), _) => Some(k + 1),
        (Some("out"), Some("of")) => Some(k + 2),
        _ => None,
    };
    if let Some(n) = digits_value(w).or(spelled) {
        if let Some(m_at) = after(i + 1)
            && let Some((p, end)) = ratio(n, m_at)
        {
            return Some((p, end - i));
        }
        // "one building in four", not "one killed in two blasts", "one
        // goal in four games": the noun is the whole's, and nothing else
        // is counted after it.
        let noun = at(i + 1).is_some_and(|x| {
            x.len() > 2
                && figure(i + 1).is_none()
                && !x.ends_with("ed")
                && canonical_count(x).is_none_or(|(_, _, role)| role.is_none())
        });
        if n == 1.0
            && noun
            && let Some(m_at) = after(i + 2)
            && let Some((p, end)) = ratio(n, m_at)
            && at(end).is_none_or(|x| is_stop_word(x) || !x.chars().all(char::is_alphabetic))
        {
            return Some((p, end - i));
        }
    }
    // "two-thirds majority" is a threshold; "two-thirds of a million" a
    // figure (see `number_at`).
    let threshold = |k: usize| matches!(at(k), Some("majority" | "vote"));
    // "two-thirds", "three-quarters", "one-third": a fraction in one word.
    if let Some(part) = fraction_word(w) {
        let of_one = at(i + 1) == Some("of") && !of_a_whole(i + 1);
        return (!threshold(i + 1) && !of_one).then_some((100.0 * part, 1));
    }
    // "two thirds of", "a third of", "half of": of a whole that follows.
    let part = |k: usize| {
        FRACTIONS
            .iter()
            .find(|(f, _)| at(k) == Some(*f))
            .map(|f| f.1)
    };
    // "the first half of the year", "the northern half of the country": a
    // half of a period or a place, not a share.
    if w == "half" {
        let a_half = i
            .checked_sub(1)
            .is_some_and(|k| HALF_OF_A_THING.contains(&lower[k].as_str()));
        return (of_a_whole(i + 1) && !a_half).then_some((50.0, 1));
    }
    let n = match w {
        "a" | "one" => 1.0,
        _ => spelled?,
    };
    let p = part(i + 1)?;
    (n >= 1.0 && n * p <= 100.0 && of_a_whole(i + 2)).then_some((n * p, 2))
}

/// Words before "half" that make it a half of a period or a place: "the
/// first half of the year", "the northern half of the country".
const HALF_OF_A_THING: &[&str] = &[
    "the", "first", "second", "same", "last", "this", "that", "each", "other", "latter", "former",
    "back", "front", "top", "bottom", "upper", "lower", "final", "northern", "southern", "eastern",
    "western",
];

/// A fraction written as one word, as a part of one: "two-thirds" is
/// 0.667, "three-quarters" 0.75.
fn fraction_word(w: &str) -> Option<f64> {
    let (head, tail) = w.split_once('-')?;
    let n = word_value(head)?;
    let (_, part) = FRACTIONS.iter().find(|(f, _)| *f == tail)?;
    (n >= 1.0 && n * part <= 100.0).then_some(n * part / 100.0)
}

/// A part of a scale at token `i`, and the tokens before the scale: "half
/// a million people" (0.5, 2), "a quarter of a million homes" (0.25, 4),
/// "three-quarters of a million" (0.75, 3), "half a dozen centres". The
/// figure starts at the part; the scale after multiplies it.
fn part_of_scale(lower: &[String], i: usize) -> Option<(f64, usize)> {
    let at = |k: usize| lower.get(k).map(String::as_str);
    let scale_at = |k: usize| at(k).and_then(scale).is_some();
    let a_scale = |k: usize| matches!(at(k), Some("a" | "an")) && scale_at(k + 1);
    let of_a_scale = |k: usize| at(k) == Some("of") && a_scale(k + 1);
    let w = at(i)?;
    if w == "half" && a_scale(i + 1) {
        return Some((0.5, 2));
    }
    if matches!(w, "a" | "one" | "three")
        && matches!(at(i + 1), Some("quarter" | "quarters"))
        && of_a_scale(i + 2)
    {
        return Some((if w == "three" { 0.75 } else { 0.25 }, 4));
    }
    fraction_word(w)
        .filter(|_| of_a_scale(i + 1))
        .map(|part| (part, 3))
}

/// Ordinals in words, first to tenth: "the fourth floor".
const ORDINALS: &[&str] = ORDINAL_WORDS.split_at(10).0;

/// A number that starts at token `i`.
/// "A third person has died", "a fifth victim died in hospital": the
/// count the death makes, read from "a", the ordinal and the noun, where a
/// verb of death follows ("a second victim was named" counts nothing).
fn nth_victim_at(lower: &[String], i: usize) -> Option<i128> {
    const NTH: &[&str] = ORDINALS.split_at(1).1;
    if lower[i] != "a" {
        return None;
    }
    let n = NTH
        .iter()
        .position(|w| lower.get(i + 1).is_some_and(|n| n == w))?;
    let person = lower
        .get(i + 2)
        .is_some_and(|w| matches!(w.as_str(), "person" | "victim"));
    (person && role_of_subject(lower, i + 3) == Some(Role::Dead)).then_some(n as i128 + 2)
}

fn number_at(lower: &[String], i: usize) -> Option<Figure> {
    let w = lower[i].as_str();
    if let Some((percent, used)) = share_at(lower, i) {
        return Some(Figure {
            value: percent,
            exact: None,
            used,
            vague: false,
            qualitative: false,
            share: true,
            own_unit: None,
        });
    }
    if let Some(used) = one_arrested_at(lower, i) {
        return Some(Figure {
            value: 1.0,
            exact: Some(1),
            used,
            vague: false,
            qualitative: false,
            share: false,
            own_unit: None,
        });
    }
    if let Some(n) = nth_victim_at(lower, i) {
        return Some(Figure {
            value: n as f64,
            exact: Some(n),
            used: 3,
            vague: false,
            qualitative: false,
            share: false,
            own_unit: None,
        });
    }
    if let Some(used) = none_at(lower, i) {
        return Some(Figure {
            value: 0.0,
            exact: Some(0),
            used,
            vague: false,
            qualitative: false,
            share: false,
            own_unit: None,
        });
    }
    // "several hundred" before "several".
    if let Some((least, used)) = few_of_a_scale_at(lower, i).or_else(|| qualitative_at(lower, i)) {
        return Some(Figure {
            value: least as f64,
            exact: Some(least),
            used,
            vague: true,
            qualitative: true,
            share: false,
            own_unit: None,
        });
    }
    if let Some(unit) = vague_unit(w) {
        // "dozens missing", "hundreds of thousands of homes".
        let mut least = 2 * unit;
        let mut used = 1;
        if lower.get(i + 1).is_some_and(|n| n == "of")
            && let Some(more) = lower.get(i + 2).and_then(|n| vague_unit(n))
        {
            least *= more;
            used = 3;
        }
        return Some(Figure {
            value: least as f64,
            exact: Some(least),
            used,
            vague: true,
            qualitative: false,
            share: false,
            own_unit: None,
        });
    }
    let part = part_of_scale(lower, i);
    let own = if part.is_some() {
        None
    } else {
        own_unit_at(lower, i)
    };
    let own_unit = own.map(|(_, unit)| unit);
    let (mut value, mut exact) = if let Some((part, _)) = part {
        (part, None)
    } else if let Some((value, _)) = own {
        (value, None)
    } else if let Some(d) = digits(w) {
        d
    } else if let Some(d) = abbreviated(w, &lower[i + 1..]) {
        d
    } else if let Some(d) = word_figure(w) {
        // "one" alone is mostly a pronoun ("one of the deadliest"); not
        // in the state of a count's part ("four remain in hospital, one
        // in a critical condition", "one of them seriously"), nor before
        // its decimals ("one point four two billion euros").
        let at = |k: usize| lower.get(i + k).map(String::as_str);
        let in_state = (at(1) == Some("in")
            && at(2) == Some("a")
            && matches!(at(3), Some("critical" | "serious" | "stable")))
            || (at(1) == Some("of")
                && matches!(at(2), Some("them" | "whom"))
                && matches!(at(3), Some("critically" | "seriously" | "in")))
            // "one of whom died weeks later", "one of the injured has
            // since died": one of the dead.
            || died_of_group(lower, i + 1);
        // "At one point four hostages were seen": no decimals.
        let decimals = at(1) == Some("point")
            && at(2).and_then(word_value).is_some()
            && (i == 0 || lower[i - 1] != "at");
        // "less than one hour", "for one week": one of a unit, where "a"
        // would be one (not "hope one day to return", "One day, she
        // said").
        let unit = a_span_of(lower, i);
        // "one and a half hours": the part joins it below.
        let part_follows = and_a_part(lower, i + 1).is_some();
        if d.0 == 1.0
            && lower.get(i + 1).is_none_or(|n| scale(n).is_none())
            && !in_state
            && !unit
            && !decimals
            && !part_follows
        {
            return None;
        }
        d
    } else if w == "a" && lower.get(i + 1).is_some_and(|n| scale(n).is_some()) {
        // "a dozen", "a hundred", "a million".
        (1.0, Some(1))
    } else if matches!(w, "a" | "an") && a_span_of(lower, i) {
        (1.0, Some(1))
    } else if half_a_unit(lower, i) {
        // "half an hour", "nearly half a mile": the unit follows.
        return Some(Figure {
            value: 0.5,
            exact: None,
            used: 2,
            vague: false,
            qualitative: false,
            share: false,
            own_unit: None,
        });
    } else if w.contains('-') && fraction_word(w).is_none() {
        // "two-year": the number is the first half. A fraction in one word
        // that is no share ("a two-thirds majority") is no figure.
        // "a $1.5-million fine", as some outlets hyphenate a scale.
        let (head, tail) = w.split_once('-')?;
        let (v, x) = word_figure(head).or_else(|| digits(head))?;
        match scale(tail) {
            Some(s) => whole(v * s as f64),
            None => (v, x),
        }
    } else {
        return None;
    };
    let mut used = part.map_or(1, |(_, used)| used);
    // "five point nine", as a broadcast or a rewrite spells a magnitude:
    // digits in words after "point" are its decimals.
    if word_figure(w).is_some() && lower.get(i + 1).is_some_and(|n| n == "point") {
        let mut place = 0.1;
        let mut k = i + 2;
        while let Some(d) = lower
            .get(k)
            .and_then(|n| word_value(n))
            .filter(|d| (0.0..=9.0).contains(d) && d.fract() == 0.0)
        {
            value += d * place;
            place /= 10.0;
            k += 1;
        }
        if k > i + 2 {
            exact = None;
            // "six point eight billion dorins": a scale after the decimals
            // multiplies the whole figure.
            let decimals_end = k;
            while let Some(s) = lower.get(k).and_then(|n| scale(n)) {
                value *= s as f64;
                k += 1;
            }
            if k > decimals_end {
                (value, exact) = whole(value);
            }
            used = k - i;
            return Some(Figure {
                value,
                exact,
                used,
                vague: false,
                qualitative: false,
                share: false,
                own_unit,
            });
        }
    }
    // "four and a half million euros", "two and a half hours", "four and
    // a quarter percent": the part is of the number before the scale.
    let part = and_a_part(lower, i + 1);
    if let Some(part) = part {
        value += part;
        exact = None;
        used += 3;
    }
    let mut last_scale = None;
    while let Some(s) = lower.get(i + used).and_then(|n| scale(n)) {
        value *= s as f64;
        exact = exact.and_then(|x| x.checked_mul(s));
        used += 1;
        last_scale = Some(s);
    }
    // "4.1 million" is 4,100,000 exactly, not 4099999.9999999995.
    if last_scale.is_some() && exact.is_none() && part.is_none() {
        (value, exact) = whole(value);
    }
    if part.is_some() && value.fract() == 0.0 && value.abs() < 1e30 {
        exact = Some(value as i128);
    }
    // "a hundred and forty-five", "two thousand five hundred": words after
    // a hundred or more add to it, each part under the scale before it.
    while let Some(big) = last_scale.filter(|&s| s >= 100) {
        let k = i + used + usize::from(lower.get(i + used).is_some_and(|n| n == "and"));
        let Some(v) = lower
            .get(k)
            .and_then(|n| word_value(n))
            .filter(|&v| v >= 1.0)
        else {
            break;
        };
        let (mut part, mut next) = (v as i128, k + 1);
        last_scale = None;
        while let Some(s) = lower.get(next).and_then(|n| scale(n)).filter(|&s| s < big) {
            part *= s;
            next += 1;
            last_scale = Some(s);
        }
        if part >= big {
            break;
        }
        value += part as f64;
        exact = exact.and_then(|x| x.checked_add(part));
        used = next - i;
        // "a hundred and fifty thousand": a larger scale after the sum
        // multiplies all of it.
        if let Some(s) = lower
            .get(i + used)
            .and_then(|n| scale(n))
            .filter(|&s| s > big)
        {
            value *= s as f64;
            exact = exact.and_then(|x| x.checked_mul(s));
            used += 1;
            last_scale = Some(s);
        }
    }
    Some(Figure {
        value,
        exact,
        used,
        vague: false,
        qualitative: false,
        share: false,
        own_unit,
    })
}

/// The minus sign written right before the token `t` of `text` (which starts
/// at `offset` in its document): its length in bytes. A sign stands alone, at
/// the start or after a space, bracket or quote; a letter, digit or dash
/// before it makes it a hyphen ("COVID-19", "737-800", "F-16", "10-20",
/// "--40").
fn minus_before(text: &str, offset: usize, t: &Token) -> Option<usize> {
    let before = text.get(..t.span.start.checked_sub(offset)?)?;
    let mut back = before.chars().rev();
    let sign = back.next()?;
    if sign != '-' && sign != '\u{2212}' {
        return None;
    }
    match back.next() {
        None => {}
        Some(c) if c.is_whitespace() || matches!(c, '(' | '[' | '"' | '“' | '‘' | '\'' | ':') =>
            {}
        Some(_) => return None,
    }
    Some(sign.len_utf8())
}

/// Does the figure at token `i` carry a minus sign? Only a figure in digits
/// whose token holds no second figure ("-555-1234" is a phone-like run,
/// "-10-20" a range), and not right after another figure ("10 -20" is a
/// range). Returns the sign's length in bytes.
fn sign_of(text: &str, offset: usize, toks: &[Token], lower: &[String], i: usize) -> Option<usize> {
    let w = after_money_sign(&lower[i]);
    if !w.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
        return None;
    }
    let inner_figure = w
        .as_bytes()
        .windows(2)
        .any(|p| p[0] == b'-' && p[1].is_ascii_digit());
    if inner_figure || (i > 0 && number_at(lower, i - 1).is_some()) {
        return None;
    }
    minus_before(text, offset, &toks[i])
}

/// Extract the quantities of the sentence `text`, which starts at `offset`
/// in its document. `skip` holds spans already read as dates ("March 22",
/// "2024-03-29"), whose digits are not counts.
pub fn extract(text: &str, offset: usize, skip: &[Span]) -> Vec<Quantity> {
    let toks = tokens(text, offset);
    let lower: Vec<String> = toks.iter().map(|t| normalize(t.text)).collect();
    extract_normalized(text, offset, &toks, &lower, skip)
}

/// [`extract`] for tokens of `text` already normalised (`lower[i]` is
/// `toks[i]`).
pub fn extract_normalized(
    text: &str,
    offset: usize,
    toks: &[Token],
    lower: &[String],
    skip: &[Span],
) -> Vec<Quantity> {
    let mut out = Vec::new();
    // Which of `out` tell those of a group who have died since.
    let mut died: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // "at half past three", "twenty to ten": the hour of a time of day
        // that gives no part of the day, which no date reads, counts
        // nothing.
        let minutes = |k: usize, by: &str| match by {
            "past" => matches!(
                lower[k].as_str(),
                "half" | "quarter" | "five" | "ten" | "twenty"
            ),
            "to" => matches!(lower[k].as_str(), "half" | "quarter"),
            _ => false,
        };
        let hour = i >= 2 && minutes(i - 2, &lower[i - 1]);
        let of_hour = lower.get(i + 1).is_some_and(|by| {
            minutes(i, by) && lower.get(i + 2).is_some_and(|h| word_value(h).is_some())
        });
        if hour || of_hour || skip.iter().any(|s| s.contains(toks[i].span.start)) {
            i += 1;
            continue;
        }
        // A number in words never runs past a comma: "killed a hundred, and
        // five more died" gives a hundred.
        let figure = number_at(lower, i).and_then(|f| {
            match (i + 1..i + f.used).find(|&k| comma_before(text, offset, toks, k)) {
                Some(k) => number_at(&lower[..k], i),
                None => Some(f),
            }
        });
        let Some(Figure {
            value,
            exact,
            used,
            vague,
            qualitative,
            share,
            own_unit,
        }) = figure
        else {
            i += 1;
            continue;
        };
        // "By seven o'clock this morning": an hour, no count.
        let o_clock = lower.get(i + used).is_some_and(|n| {
            n == "o'clock" || n == "o" && lower.get(i + used + 1).is_some_and(|c| c == "clock")
        });
        if o_clock {
            i += used;
            continue;
        }
        let w = lower[i].as_str();
        let sign = sign_of(text, offset, toks, lower, i);
        let bare_year = used == 1
            && sign.is_none()
            && digits_value(w).is_some()
            && (1800.0..=2100.0).contains(&value)
            && !w.contains(',');
        // "dozens of people": what an amount in words counts follows "of".
        let of = usize::from(vague && lower.get(i + used).is_some_and(|n| n == "of"));
        // "kills 11, injures 64": what a figure counts never lies past a
        // comma.
        let next = i + used + of;
        let cut = next < toks.len() && comma_before(text, offset, toks, next);
        // "Thousands bury Tavrin's dead": a possessive begins another noun
        // phrase, whose noun the figure does not count.
        // "USD 5 million", "Rs 5 lakh": the currency's code before it, or
        // after ("5 million USD").
        let money = currency(w)
            .or_else(|| {
                let k = i.checked_sub(1)?;
                currency_code(&toks[k], &lower[k])
            })
            .or_else(|| code_after(toks, lower, i + used));
        let temperature = matches!(own_unit, Some(OwnUnit::Celsius | OwnUnit::Fahrenheit));
        let (counts, factor, mut role, end) = match counted(lower, next, w) {
            // "35.2°C", "95.4°F": degrees, and "2:07:31, a record" hours,
            // whatever follows: the figure writes its own unit.
            _ if temperature => (Some(DEGREES.to_string()), 1.0, None, next),
            _ if own_unit == Some(OwnUnit::Hours) => (Some("hours".to_string()), 1.0, None, next),
            // "one in five houses": a share, whatever it is of (and kept
            // so past the readings of parts below).
            _ if share => (Some("percent".to_string()), 1.0, None, next),
            // "9.6%, more than three times its target": the figure writes
            // its own unit.
            _ if cut && !w.ends_with('%') => (None, 1.0, None, next),
            // "£3bn last year": a sum, whatever follows it, unless a unit of
            // money does ("$5 million").
            (c, _, _, _) if money.is_some() && c != money => (None, 1.0, None, next),
            (_, _, _, end)
                if (next..end.saturating_sub(1)).any(|k| possessive(text, offset, toks, k)) =>
            {
                (None, 1.0, None, next)
            }
            read => read,
        };
        // "the 40 dead", "the 12 injured": the noun says the harm.
        let role_of_noun = role.is_some();
        if bare_year && counts.is_none() {
            i += used;
            continue;
        }
        let (op, start) = qualifier(lower, i);
        // "40-odd", "40-plus", "40 or more people", "40 people or so": a
        // qualifier after the figure, or after its noun.
        let op = match op {
            Op::Eq => qualifier_after(lower, w, i + used)
                .or_else(|| qualifier_after(lower, "", end))
                .unwrap_or(Op::Eq),
            op => op,
        };
        // "dozens" is at least two dozen, unless a qualifier says otherwise.
        let op = if vague && op == Op::Eq {
            Op::AtLeast
        } else {
            op
        };
        let mut counts = counts;
        // "a Windows 10 PC": "pc" is a percentage only in lower case
        // ("up 5pc").
        if counts.as_deref() == Some("percent")
            && lower.get(next).is_some_and(|w| w == "pc")
            && toks[next].text != "pc"
        {
            counts = Some("pc".into());
        }
        // "checks on all 38 of its buses", "all five of the injured": the
        // whole, counted by the noun after "of".
        if counts.is_none()
            && word_before(lower, start, 1) == Some("all")
            && word_after(lower, next, 0) == Some("of")
            && matches!(word_after(lower, next, 1), Some("the" | "its" | "their"))
            && let Some(noun) = word_after(lower, next, 2)
                .filter(|n| is_plural_noun(n) || canonical_count(n).is_some())
        {
            let (c, r) = canonical_count(noun).map_or_else(
                || (stem(same_thing(noun)), None),
                |c| (c.0.to_string(), c.2),
            );
            counts = Some(c);
            role = role.or(r);
        }
        // "saving dozens of lives", "saved 40 lives": lives kept, a measure
        // of its own, not a toll.
        let saved_after = || {
            lower[end.min(lower.len())..]
                .iter()
                .find(|w| !matches!(w.as_str(), "were" | "was" | "have" | "had" | "been"))
                .is_some_and(|w| SAVING.contains(&w.as_str()))
        };
        if role == Some(Role::Dead)
            && end > 0
            && lower[end - 1] == "lives"
            && (word_before(lower, start, 1).is_some_and(|w| SAVING.contains(&w)) || saved_after())
        {
            counts = Some("lives saved".into());
            role = None;
        }
        if counts.is_none() && !vague {
            // "a fish seller aged 64", "a man of 38": an age.
            let aged = start.checked_sub(1).is_some_and(|k| lower[k] == "aged")
                || (word_before(lower, start, 1) == Some("of")
                    && word_before(lower, start, 2).is_some_and(|w| ONE_ARRESTED.contains(&w)));
            counts = money.or_else(|| {
                (used == 1 && (aged || is_age(text, offset, toks, i, value)))
                    .then(|| "age".to_string())
            });
        }
        if counts.is_none() && magnitude_before(lower, start) {
            counts = Some("magnitude".into());
        }
        // "the death toll has risen to 9", "the toll now stands at 115": a
        // bare figure that a toll leads to counts the dead; "the number of
        // injured was revised down to 174" the injured.
        // A figure in a name ("Flight 302", "Route 9") counts nothing.
        // "on Sunday, two in critical condition": a comma ends the name.
        // "Some one hundred and eighty were injured": a qualifier that
        // opens the sentence is no name.
        // Not a word that opens the sentence as an adverb: "Altogether
        // seventy-three have fallen ill".
        let in_name = || {
            start == i
                && i.checked_sub(1).is_some_and(|k| {
                    toks[k].is_capitalized()
                        && !(k == 0
                            && (lower[k].ends_with("ly")
                                || SENTENCE_ADVERBS.contains(&lower[k].as_str())))
                })
                && !comma_before(text, offset, toks, i)
        };
        // "the warehouse on Route 9 killed seven workers", "a bomb on Line
        // 3 killed 12 people": the word after a name's figure is the
        // sentence's verb, not the harm of nine or three. A word in lower
        // case before the name, and the harm's, tell it from a headline's
        // capitals ("Blast Leaves 12 Injured", "Floods in Ostreva 40
        // Dead"); a day or a month is no name ("as of Monday 112 injured
        // remained in hospital").
        let named = role_of_noun
            && in_name()
            && i >= 2
            && !toks[i - 2].is_capitalized()
            && !super::names::is_calendar_word(&lower[i - 1])
            && toks.get(i + used).is_none_or(|t| !t.is_capitalized());
        if named {
            role = None;
            counts = None;
        }
        let end = if named { next } else { end };
        // "The organisers' tally is lower: 312 treated and 29 taken to
        // hospital": a figure that a word of another harm follows is no
        // toll.
        // Not past a comma ("The toll rose to 31, injured survivors
        // said"), nor after a "death toll".
        let other_harm = || {
            lower
                .get(i + used)
                .is_some_and(|w| w == "treated" || role_word(w).is_some_and(|r| r != Role::Dead))
                && !comma_before(text, offset, toks, i + used)
                && !lower.windows(2).any(|w| w[0] == "death" && w[1] == "toll")
        };
        if counts.is_none()
            && !in_name()
            && let Some(r) = (toll_before(lower, start) && !other_harm())
                .then_some(Role::Dead)
                .or_else(|| count_before(lower, start))
        {
            counts = Some("people".into());
            role = Some(r);
        }
        // "The number of confirmed cases rose to 720", "the number of
        // homes destroyed is put at 2,400": the thing the number is of.
        if counts.is_none()
            && !in_name()
            && let Some((thing, of)) = number_of_before(lower, start)
        {
            counts = Some(thing);
            // "the number of escapees": the noun says what befell them.
            role = role.or(of);
        }
        // A bare figure right after a verb of harm ("Ferry capsizes, killing
        // 17", "blast injures 40") or before one ("sixty-four were hurt",
        // "11 died") counts the people it befell; a figure in a name
        // ("Building 7 killed", "Route 9 were") counts nothing.
        let harmed = || {
            // "infected 2,000 of the bank's machines" infected no people.
            let of_things = word_after(lower, i + used, 0) == Some("of");
            verb_before(lower, start)
                .filter(|r| *r != Role::Infected || !of_things)
                .or_else(|| {
                    (!in_name())
                        .then(|| role_of_subject(lower, i + used))
                        .flatten()
                })
                .or_else(|| forced_from_home(lower, start, i + used).then_some(Role::Displaced))
                // "twelve of the escapees had been caught", "12 of the
                // escaped inmates": past the group.
                .or_else(|| {
                    let at = |k: usize| word_after(lower, i + used, k);
                    // "12 of the escaped inmates had been recaptured": past
                    // a word that says which of them.
                    let noun = (2..=3).rev().find(|&k| {
                        at(k).is_some_and(|w| canonical_count(w).is_some() || names_people(w))
                    });
                    // "seven of its soldiers were killed", "nine of our
                    // soldiers lost their lives": a group named by whose.
                    (at(0) == Some("of")
                        && matches!(
                            at(1),
                            Some("the" | "those" | "its" | "their" | "our" | "his" | "her")
                        ))
                    .then_some(noun)
                    .flatten()
                    .and_then(|k| {
                        let after = i + used + k + 1;
                        auxiliary_after_participle(lower, after)
                            .and_then(|m| role_of_subject(lower, m))
                            .or_else(|| role_of_subject(lower, after))
                    })
                })
        };
        if counts.is_none()
            && !bare_year
            && let Some(r) = harmed()
        {
            counts = Some("people".into());
            role = Some(r);
        }
        if role.is_none() && counts.as_deref() == Some("people") {
            // The verb after the count says what befell them where no word
            // near it does: "300 people had been pulled out of the rubble
            // alive". A verb of harm right before the count, or before its
            // qualifier, is its own: "killing at least 60 people and
            // wounding 145".
            role = verb_before(lower, start)
                .or_else(|| brought_out_alive(lower, start, end).then_some(Role::Rescued))
                .or_else(|| role_near(lower, i, end))
                .or_else(|| role_of_subject(lower, end))
                .or_else(|| forced_from_home(lower, start, end).then_some(Role::Displaced))
                .or_else(|| role_past_aside(text, offset, toks, lower, end));
        }
        // "82 of whom remained in hospital", "nine of them in a critical
        // condition": the state a count of people is in says what it
        // counts, whatever a word near it says.
        // "212 patients are in hospital", "six miners remain in a critical
        // condition": the people a noun names, too.
        // "at least 60 Palestinians", "two Britons": a people's name, told
        // by its capital only where the sentence is not in title case
        // ("Storm Kills 40 Lions At Vesk Safari Park").
        let people_noun = |k: usize| {
            names_people(&lower[k])
                || (names_a_people(toks[k].text, &lower[k]) && !in_title_case(toks))
        };
        let named_people = end > 0 && people_noun(end - 1);
        if (counts.is_none() || counts.as_deref() == Some("people") || named_people)
            && !bare_year
            && !in_name()
            && let Some(r) = state_after(lower, i + used)
                .or_else(|| named_people.then(|| state_after(lower, end)).flatten())
        {
            counts = Some("people".into());
            role = Some(r);
        }
        // "23 people were injured, four of them police officers", "three of
        // them children": a count of those people among the others, not
        // another value of the count before.
        if counts.as_deref() == Some("people")
            && let Some(noun) = people_of_them(lower, i + used)
        {
            counts = Some(stem(same_thing(noun)));
        }
        // "Police arrested four suspects", "four men were detained": a count
        // of people held, whatever the noun.
        if role.is_none() && counts.as_deref().is_some_and(is_person) {
            let arrested = |r: &Role| *r == Role::Arrested;
            role = verb_before(lower, start)
                .filter(arrested)
                .or_else(|| role_of_subject(lower, end).filter(arrested))
                .or_else(|| state_after(lower, end).filter(arrested))
                .or_else(|| role_near(lower, i, end).filter(arrested));
        }
        if role == Some(Role::Arrested) {
            counts = Some("people".into());
        }
        // "At least four miners were killed", "killing two firefighters",
        // "seven soldiers were wounded": what befell people the noun names.
        if role.is_none()
            && counts.as_deref().is_some_and(|c| c != "people")
            && end > 0
            && people_noun(end - 1)
        {
            // A people's held or escaped stay that people's count: an
            // exchange of prisoners frees "58 Dashkiris" and "61
            // Tessalians", two counts.
            let a_people = !names_people(&lower[end - 1]);
            let joined = joined_count(text, offset, toks, lower, end);
            role = verb_before(lower, start)
                .or_else(|| role_of_subject(lower, end + joined))
                // "Twelve miners, most of them from Brodnik, were killed".
                .or_else(|| role_past_aside(text, offset, toks, lower, end))
                // "put the final toll at eight hostages".
                .or_else(|| toll_before(lower, start).then_some(Role::Dead))
                .filter(|r| {
                    matches!(
                        r,
                        Role::Dead | Role::Injured | Role::Missing | Role::Rescued | Role::Ill
                    ) || (!a_people && matches!(r, Role::Escaped | Role::Arrested))
                });
            // Whoever they were, the escaped are one count, as the held are.
            if matches!(role, Some(Role::Escaped | Role::Arrested)) {
                counts = Some("people".into());
            }
        }
        // "11 of its 90 residents were killed": the second figure is all
        // there were, of whom the first befell the harm; those on board
        // stay on board ("five of the 83 people on board survived"), and
        // "three of the 40 dead" counts 40 dead, as its noun says.
        // "eight of the network's nine hospitals": an owner may stand
        // between.
        // "seven of the Saren Valley Health Network's nine hospitals".
        let owner = if start >= 4 && possessive(text, offset, toks, start - 1) {
            // "the network's", "the health network's", "the Saren Valley
            // Health Network's": back to the determiner, past up to four
            // words of the owner.
            (2..=6)
                .take_while(|&n| start > n)
                .find(|&n| matches!(lower[start - n].as_str(), "the" | "its" | "their"))
                .map(|n| n - 1)
        } else {
            None
        }
        .unwrap_or(0);
        // "four of Solvair's 42 planes": a name's, without a determiner.
        let named_owner = start >= 1 && possessive(text, offset, toks, start - 1);
        let of_all = !role_of_noun
            && start >= 3 + owner
            && (owner > 0
                || named_owner
                || matches!(lower[start - 1].as_str(), "its" | "the" | "their"))
            && lower[start - 2 - owner] == "of"
            // "Eighteen thousand of the union's": a figure of words ends
            // with its scale. Not a figure with a unit of its own: "36
            // hours of the city's three-day curfew" are no days.
            && (number_at(lower, start - 3 - owner).is_some()
                || out.last().is_some_and(|q: &Quantity| {
                    q.span.end == toks[start - 3 - owner].span.end && q.counts.is_none()
                }));
        if of_all && role != Some(Role::Aboard) {
            // The part's figure, after its qualifier ("About 9,000 of the").
            let figure = toks[start - 3 - owner].span;
            // A share stays a share: "three-quarters of the country's 1.1
            // million mortgages", "40% of its 200 workers".
            if let Some(part) = out.last_mut().filter(|q: &&mut Quantity| {
                q.role.is_none()
                    && q.counts.as_deref() != Some("percent")
                    && q.span.start <= figure.start
                    && q.span.end == figure.end
            }) {
                part.role = role;
                part.counts = counts.clone().map(String::into_boxed_str);
            }
            // "9,000 of the 21,500 people who were evacuated may go home":
            // a clause on the whole says what befell all of them.
            if role_after_clause(lower, end).is_none() {
                role = None;
            }
        }
        // "seats 2,400", "holds about 2,400 people", "a capacity of 2,400":
        // the seats of a venue, as "the 2,400-seat theatre" gives them.
        // "sets the capacity at 38,000", "has room for 38,000 spectators".
        let holds = start.checked_sub(1).is_some_and(|k| {
            matches!(
                lower[k].as_str(),
                "seats" | "holds" | "accommodates" | "seating"
            ) || (matches!(lower[k].as_str(), "of" | "at") && k > 0 && lower[k - 1] == "capacity")
                || (lower[k] == "for" && k > 0 && lower[k - 1] == "room")
                // "can hold more than 6,000 people".
                || (matches!(lower[k].as_str(), "hold" | "seat" | "accommodate")
                    && k > 0
                    && matches!(lower[k - 1].as_str(), "can" | "could" | "will" | "would"))
        });
        let of_a_crowd = || {
            matches!(counts.as_deref(), None | Some("people"))
                || counts.as_deref() == Some(stem("spectators").as_str())
                || counts.as_deref() == Some(stem("fans").as_str())
        };
        // No venue seats a quarter of a million: "the fund holds 12
        // million" is money.
        if holds && role.is_none() && of_a_crowd() && value * factor < MOST_SEATS {
            counts = Some("seat".into());
        }
        // "47 officers were injured, nine of them seriously": a grade of
        // the harm is a count of its own, which outlets give or leave out;
        // "critically" is a state (see `state_after`).
        if role == Some(Role::Injured) && graded(lower, i + used) {
            role = None;
        }
        // "Two of the injured later died", "three of them died in
        // hospital", "one of whom died weeks later": those of a group who
        // have died since, a part of the dead (see `died_of_group`), read
        // so once the whole sentence is read.
        let died_since = matches!(role, None | Some(Role::Injured | Role::Dead))
            && matches!(counts.as_deref(), None | Some("people"))
            && !bare_year
            && died_of_group(lower, i + used);
        // "eleven of the dead had drowned", "three of the injured are
        // children": a part of the count, told by how or who. "Nine of the
        // injured were in critical condition" is the count of a state.
        if role.is_some()
            && !matches!(
                role,
                Some(Role::Critical | Role::Hospitalized | Role::Arrested)
            )
            && part_of_count(lower, i + used)
        {
            role = None;
            // Told by how they died, it is that part: "seven of the dead
            // drowned".
            if let Some(part) = part_told(text, offset, toks, lower, i + used) {
                counts = Some(part);
            }
        }
        // "At least eight people drowned": those who died one way, a count
        // of its own beside the toll, as "seven of the dead drowned" is.
        if role == Some(Role::Dead)
            && counts.as_deref() == Some("people")
            && drowned_after(lower, end.max(i + used))
        {
            role = None;
            counts = Some(format!("dead {}", stem("drowned")));
        }
        // "At least 14 of the dead were Ustravian nationals" / "18 of the
        // dead were Ustravian citizens": a part of a count told by who its
        // people were or what became of them, a count of its own, set
        // against the same part another outlet gives.
        if role.is_none()
            && counts.is_none()
            && !bare_year
            && let Some(part) = part_told(text, offset, toks, lower, i + used)
        {
            counts = Some(part);
        }
        // "More than 150,000 homes were without electricity", "210,000
        // customers of the company were in the dark", "about 90,000 were
        // still in the dark": homes or customers cut off, as households.
        if role.is_none()
            && !bare_year
            && matches!(
                counts.as_deref(),
                None | Some("homes" | "households" | "custom" | "properti" | "people")
            )
            && [
                end.max(i + used),
                past_aside(text, offset, toks, lower, end.max(i + used)),
            ]
            .into_iter()
            .any(|from| (from..(from + CUT_OFF_REACH).min(lower.len())).any(|k| cut_off(lower, k)))
            || (role.is_none()
                && matches!(
                    counts.as_deref(),
                    Some("homes" | "households" | "custom" | "properti")
                )
                && power_cut_to(lower, start))
        {
            role = Some(Role::WithoutPower);
        }
        if role == Some(Role::WithoutPower) {
            counts = Some("households".into());
        }
        // "Police estimated the crowd at about 20,000", "tens of thousands
        // of people marched", "20,000 marchers": the size of a crowd, when
        // nothing befell its people.
        if role.is_none()
            && !bare_year
            && matches!(counts.as_deref(), None | Some("people"))
            && crowd(lower, start, i + used, end)
        {
            counts = Some("people".into());
            role = Some(Role::Crowd);
        }
        // "None of its 56 passengers was hurt", "one of the 12 has died":
        // the harm befell none or one of them, not the 56 or the 12.
        let none_of = word_before(lower, start, 1).is_some_and(|w| DETERMINERS_OF.contains(&w))
            && word_before(lower, start, 2) == Some("of")
            && matches!(
                word_before(lower, start, 3),
                Some("none" | "neither" | "one")
            );
        if none_of && !matches!(role, Some(Role::Aboard) | None) {
            role = None;
        }
        // "carried about 1.9 million passengers last year": a year's
        // traffic, not those aboard.
        if role == Some(Role::Aboard) && yearly(lower, end) {
            role = None;
        }
        // "Eleven survivors interviewed by the Courier said …": the
        // survivors an outlet spoke to are its sources, not the count of
        // the rescued.
        if role == Some(Role::Rescued) && speaking(lower, end) {
            role = None;
        }
        // "many" of anything else says nothing checkable, and "several
        // survivors said" counts witnesses, not the rescued.
        let harm = !matches!(
            role,
            None | Some(Role::Rescued | Role::Aboard | Role::Crowd)
        );
        // "No" counts nothing but what befell people, and "there were no
        // survivors" (not "no one has been rescued since", which tells of
        // a while, not of all who were).
        let none = exact == Some(0) && matches!(w, "no" | "nobody");
        let no_survivors = none
            && role == Some(Role::Rescued)
            && lower.get(i + used).is_some_and(|n| n == "survivors");
        if (qualitative || none) && (!harm || counts.as_deref() != Some("people")) && !no_survivors
        {
            i += used;
            continue;
        }
        // A sign before a bare figure belongs to its text; after a
        // qualifier ("at least -5") the qualifier starts it anyway.
        let first = match sign {
            Some(len) if start == i => toks[i].span.start - len,
            _ => toks[start].span.start,
        };
        // "thirteen dorins eighty-eight", "fourteen dorins and twenty
        // cents": a sum in words with its hundredths after the unit.
        // Not "two hours fifty-eight", "six feet two": units of time and
        // size have their own smaller units.
        let hundredths = if role.is_none()
            && counts.as_deref().is_some_and(counts_things)
            && factor == 1.0
            && digits_value(w).is_none()
        {
            hundredths_after(text, offset, toks, lower, end)
        } else {
            None
        };
        // "an hour and a half", "about a mile and a half", "two days and
        // a half", "an hour and a quarter": the part is of the unit, after
        // it. Not a part of something else: "3 km and a half marathon",
        // "two years and a half million dollars", "6 hours, and a quarter
        // of the forest".
        let part_ends = || {
            end + 3 >= lower.len()
                || comma_before(text, offset, toks, end + 3)
                || is_stop_word(&lower[end + 3])
                || matches!(
                    lower[end + 3].as_str(),
                    "later" | "earlier" | "ago" | "long"
                )
        };
        let part_after = and_a_part(lower, end).filter(|_| {
            hundredths.is_none()
                && end > i + used
                && counts.as_deref().is_some_and(|c| !counts_things(c))
                && !comma_before(text, offset, toks, end)
                && part_ends()
        });
        let (value, exact, end) = match (hundredths, part_after) {
            (Some((h, past)), _) => (value + h / 100.0, None, past),
            (None, Some(part)) => (value + part, None, end + 3),
            (None, None) => (value, exact, end),
        };
        let span = Span::new(first, toks[end.max(i + used) - 1].span.end);
        let minus = if sign.is_some() { -1 } else { 1 };
        // "The toll, initially put at 40, was later raised to 60", "first
        // gave a magnitude of 6.8, revised its figure to 6.9": the bare
        // figure a count is revised to is that count's latest value.
        // "Eight more died, bringing the death toll to 34": 34 is the
        // toll now.
        // "The toll has risen to 11, more than twice the figure of five
        // given by the ministry": another figure for the count before it.
        let figure_of = !bare_year
            && word_before(lower, start, 1) == Some("of")
            && word_before(lower, start, 2).is_some_and(|w| FIGURE_WORDS.contains(&w));
        // "Was later raised to a figure of 60" is raised to 60.
        let revised_at = match (word_before(lower, start, 3), word_before(lower, start, 4)) {
            _ if !figure_of => start,
            (Some("to"), _) => start - 2,
            (Some("a" | "the" | "its"), Some("to")) => start - 3,
            _ => start,
        };
        let revised = if bare_year {
            None
        } else {
            revised_before(lower, revised_at)
        };
        // A toll revised is a count of the dead; a figure, the count
        // before it; a figure of it, the count right before it ("the crowd
        // the organisers put at 5,000 against a police estimate of 2,000"
        // is no count of the 12 detained before them).
        let last = out.last();
        // "Police said 12 people were killed, while hospital officials
        // said 19": a bare figure a party gives is another figure for the
        // count of what befell people before it in the sentence, when the
        // two are of one size (not "12 people were killed, and insurers
        // said 2 billion").
        let given = counts.is_none()
            && !bare_year
            && !figure_of
            && elliptic_at(text, offset, toks, lower, start, i + used);
        // "the two agencies counting the dead do not agree: 29 by the
        // fire service's count and 31 by the health ministry's": a bare
        // figure a party counts is of the fate the sentence names before
        // it, or of the figure before it so read; with none named, of
        // nothing ("turnout was 62 by the commission's count").
        let by_count = counts.is_none()
            && !bare_year
            && !figure_of
            && by_a_count(text, offset, toks, lower, i + used);
        // "29 by the fire service's count and 31 by the health
        // ministry's": the second is of the fate of the first.
        let fate = by_count
            .then(|| {
                fate_named_before(lower, start).or_else(|| {
                    last.filter(|q| q.counts.as_deref() == Some("people"))
                        .and_then(|q| q.role)
                })
            })
            .flatten();
        if let Some(fate) = fate {
            counts = Some("people".into());
            role = Some(fate);
        }
        // "Sixteen people were dug out alive, not 17 as the resort had
        // reported": a bare figure after "not" is the one the sentence
        // says was wrong for the count before it, when of one size and
        // no other figure stands between ("injured when the fire spread
        // to Block 4, not 6" corrects the block). Not a figure someone
        // wanted: "12 years, not 15 as prosecutors had sought".
        let denied_figure = counts.is_none()
            && !bare_year
            && !figure_of
            && word_before(lower, start, 1) == Some("not")
            && !lower
                .iter()
                .skip(i + used)
                .take(WANTED_REACH)
                .any(|w| WANTED.contains(&w.as_str()));
        let counted_before = || {
            out.iter()
                .rev()
                .find(|q| q.role.is_some() && q.counts.is_some())
                .filter(|q| super::of_one_size(value * factor, q.value))
        };
        let earlier = match revised {
            Some(Revised::Toll) => out.iter().rev().find(|q| q.role == Some(Role::Dead)),
            Some(Revised::Figure) => out.iter().rev().find(|q| q.counts.is_some()),
            None if given => counted_before(),
            // "Nine buildings were destroyed and about 60 were damaged":
            // a bare figure joined to a count of things just before it,
            // with what was done to them, counts those things.
            None if !bare_year && and_done_to(lower, start, i + used) => last
                .filter(|q| {
                    q.role.is_none()
                        && q.counts
                            .as_deref()
                            .is_some_and(|c| counts_things(c) && c != "people")
                })
                .filter(|q| {
                    words_between(toks, lower, q.span.end, toks[start - 1].span.start).count()
                        <= AND_DONE_REACH
                }),
            None if denied_figure => last
                .filter(|q| q.counts.is_some())
                .filter(|q| {
                    // Only words between: no figure of anything else ("the
                    // fourth floor, not 6").
                    !words_between(toks, lower, q.span.end, toks[start].span.start)
                        .any(|w| is_figure(w) || ORDINALS.contains(&w))
                })
                .filter(|q| super::of_one_size(value * factor, q.value)),
            None => last.filter(|q| figure_of && q.role.is_some()),
        };
        if counts.is_none()
            && let Some(earlier) = earlier
        {
            counts = earlier.counts.as_deref().map(String::from);
            role = earlier.role;
        }
        // "30 people had died in his province alone": a count of what
        // befell people in one part of the event, not of the whole, nor of
        // another part ("40 dead on the Kettu Islands alone").
        if role.is_some()
            && let Some(whole) = counts.as_deref()
            && let Some(part) = alone_after(text, offset, toks, lower, i + used)
        {
            counts = Some(format!("{whole} in {part} alone"));
        }
        // "Brestova District Hospital said it had received 31 injured
        // people": a hospital's count of those it took in, set against a
        // hospital's intake, not against all the injured.
        // "Meldra General Hospital said it had admitted 52 of the
        // injured": the same, of a part of the injured.
        let of_the_injured = role.is_none()
            && counts.is_none()
            && partitive_group(lower, i + used) == Some("injured");
        if matches!(
            role,
            Some(Role::Injured | Role::Treated | Role::Hospitalized) | None
        ) && let Some(c) = counts
            .as_deref()
            .filter(|c| matches!(*c, "people" | "patient"))
            .or(of_the_injured.then_some("people"))
            && (hospital_intake(lower, start) || named_hospital_took_in(toks, lower, end))
        {
            counts = Some(format!("{c} at a hospital"));
            // Whether it says the hospital received, admitted or treated
            // them, or received them injured, it is one intake.
            role = Some(Role::Treated);
        }
        let revised = revised.is_some() && counts.is_some();
        // "The ministry has not updated its own figure of 19": a figure
        // of a count the sentence before names.
        let elliptic = counts.is_none() && !bare_year && (figure_of || given);
        // "93°F", "93 degrees Fahrenheit": degrees Celsius, as the figure
        // beside it in most stories gives them ("34°C (93°F)").
        let degrees = counts.as_deref() == Some(DEGREES);
        let fahrenheit = own_unit == Some(OwnUnit::Fahrenheit)
            || (degrees && matches!(lower.get(end).map(String::as_str), Some("fahrenheit" | "f")));
        // "minus 5°C": the word gives the sign.
        let minus = if degrees && word_before(lower, start, 1) == Some("minus") {
            -1
        } else {
            minus
        };
        // A change in Fahrenheit is 5/9 of it in Celsius ("dropped 20°F",
        // "5 degrees Fahrenheit warmer"); a reading is moved from 32 too.
        let (factor, offset) = if fahrenheit {
            let change = word_before(lower, start, 1).is_some_and(|w| CHANGED_BY.contains(&w))
                || lower
                    .get(end + usize::from(!temperature))
                    .is_some_and(|w| CHANGED_AGAINST.contains(&w.as_str()));
            (5.0 / 9.0, if change { 0.0 } else { -32.0 })
        } else {
            (factor, 0.0)
        };
        // A figure in another unit ("15 pounds", "121 mph", "93°F") is held
        // in the one its measure is compared in, no longer a whole number.
        let converted = factor.fract() != 0.0;
        if died_since {
            died.push(out.len());
        }
        out.push(Quantity {
            span,
            value: (minus as f64 * value + offset) * factor,
            // Other factors are whole (a decade is 10 years).
            exact: exact
                .filter(|_| !converted)
                .and_then(|x| x.checked_mul(minus * factor as i128))
                .map(Quantity::pack),
            from_unit: if converted { factor as f32 } else { 1.0 },
            low: 0.0,
            op,
            counts: counts.map(String::into_boxed_str),
            role,
            vague,
            qualitative,
            // "A third person has died" brings the toll up to date.
            latest: revised
                || latest_before(lower, revised_at)
                || nth_victim_at(lower, i).is_some(),
            elliptic,
        });
        i = if hundredths.is_some() { end } else { i + used };
    }
    // Those of a group who have died since are a count of the dead where
    // the sentence gives no other: "Two of the injured died in hospital" /
    // "three people died of their injuries in hospital". Beside a toll
    // ("put the toll at 23, saying two of the injured had died") they are
    // told as its part, and the toll is the sentence's count of the dead.
    let toll = out
        .iter()
        .enumerate()
        .any(|(k, q)| q.role == Some(Role::Dead) && !died.contains(&k));
    if !toll {
        for &k in &died {
            out[k].counts = Some("people".into());
            out[k].role = Some(Role::Dead);
        }
    }
    if let Some(span) = all_accounted_for(toks, lower)
        && !out.iter().any(|q| q.role == Some(Role::Missing))
    {
        out.push(Quantity {
            span,
            value: 0.0,
            exact: Some([0, 0]),
            op: Op::Eq,
            counts: Some("people".into()),
            role: Some(Role::Missing),
            vague: false,
            qualitative: false,
            latest: false,
            elliptic: false,
            from_unit: 1.0,
            low: 0.0,
        });
        out.sort_by_key(|q| q.span.start);
    }
    join_spans_of_time(text, offset, &mut out);
    // "half an hour", "an hour and a half": a short span in hours is one in
    // minutes, as the other outlet may write it ("25 minutes").
    for q in out.iter_mut() {
        if q.counts.as_deref() == Some("hours") && q.value < SHORT_HOURS && q.role.is_none() {
            q.counts = Some("minut".into());
            q.value *= 60.0;
            q.exact = None;
        }
    }
    // "Falling trees killed many of the victims": an amount in words of a
    // group told elsewhere counts no one.
    for q in out.iter_mut().filter(|q| q.qualitative) {
        if qualitative_part(text, q.span.end.saturating_sub(offset)) {
            q.role = None;
            q.counts = None;
        }
    }
    join_ranges(text, offset, &mut out);
    out
}

/// Things a pair of figures gives as a score or a vote, not a range: "won
/// 3 to 1", "a 1-0 win", "passed 52-48 votes".
const SCORES: &[&str] = &[
    "win", "victori", "defeat", "loss", "lead", "draw", "vote", "score", "goal", "point",
];

/// A range of figures, read as one quantity: "between 20 and 30 people",
/// "10 to 15 inches", "$8 billion to $12 billion", "20–25 dead", "20-25
/// people", "two or three centimetres". The second figure says what both
/// count, in what unit and at what scale: "between 8 and 12 billion
/// dollars" is 8 billion up to 12 billion, "2 to 3 inches" 50.8 mm up to
/// 76.2 mm. Set against one figure ("30 new cases" against "between 20 and
/// 30"), a range is another value that allows it; its upper figure alone
/// would agree. Not a change ("rose from 20 to 25", "rose by 15 to 133",
/// "has risen to 25"), nor a score or a vote ("won 3 to 1", "a 1-0 win"):
/// the second figure must count something, be the larger, and be plain.
fn join_ranges(text: &str, offset: usize, out: &mut Vec<Quantity>) {
    let mut k = 0;
    while k < out.len() {
        hyphenated_range(text, offset, &mut out[k]);
        let joined = out
            .get(k + 1)
            .and_then(|hi| range_start_and_low(text, offset, &out[k], hi));
        match joined {
            Some((start, low)) => {
                let (counts, role) = (out[k].counts.clone(), out[k].role);
                let hi = &mut out[k + 1];
                if hi.counts.is_none() {
                    hi.counts = counts;
                    hi.role = role;
                }
                hi.low = low;
                hi.op = Op::Between;
                hi.span = Span::new(start, hi.span.end);
                out.remove(k);
            }
            None => k += 1,
        }
    }
}

/// Words of change: before the first of two figures joined by "to", they
/// make the second where the change led ("fell 0.2 percent to 3.8
/// percent", "climbed 12 to 30"), not the end of a range.
const CHANGES: &[&str] = &[
    "rose",
    "rise",
    "rises",
    "rising",
    "risen",
    "fell",
    "fall",
    "falls",
    "falling",
    "fallen",
    "climbed",
    "climb",
    "climbs",
    "jumped",
    "jump",
    "jumps",
    "dropped",
    "drop",
    "drops",
    "increased",
    "increase",
    "increases",
    "decreased",
    "decrease",
    "grew",
    "grow",
    "grows",
    "gained",
    "gain",
    "gains",
    "lost",
    "lose",
    "loses",
    "slipped",
    "slip",
    "slid",
    "slide",
    "surged",
    "surge",
    "soared",
    "soar",
    "plunged",
    "plunge",
    "tumbled",
    "sank",
    "sink",
    "edged",
    "eased",
    "ease",
    "up",
    "down",
    "raised",
    "raise",
    "lowered",
    "lower",
    "added",
    "shed",
    "revised",
    "trimmed",
    "boosted",
    "widened",
    "narrowed",
    "hiked",
];

/// How many words before the first figure a word of [`CHANGES`], "from"
/// or "by" makes two figures a change ("from a low of 20 to 35").
const CHANGE_REACH: usize = 4;

/// Words before "from" that make "from A to B" a range, not a change.
const RANGING: &[&str] = &[
    "ranging", "ranged", "range", "ranges", "anywhere", "varying", "varied",
];

/// How many times its low end the high end of a range whose high end is
/// a bare figure may be ("kills 20 to 25"): past it, the second figure is
/// where a change led ("up 40 to 1,250").
const RANGE_SPREAD: f64 = 3.0;

/// A figure as written: no amount in words, no figure carried from
/// another sentence, none given as the latest of several.
fn plain(q: &Quantity) -> bool {
    !q.vague && !q.qualitative && !q.elliptic && !q.latest
}

/// A figure that may end or open a range: plain, of something counted
/// that is no score.
fn ranges_over(q: &Quantity) -> bool {
    plain(q)
        && q.value >= 0.0
        && q.counts
            .as_deref()
            .is_some_and(|c| !SCORES.contains(&c) && !SCORES.contains(&stem(c).as_str()))
}

/// The figure a quantity's text writes before its scale words and unit:
/// 12 in "$12 billion" and "12 inches", 5 in "five thousand dollars", 220
/// in "two hundred and twenty million euros".
fn written_before_scale(text: &str) -> Option<f64> {
    let toks = tokens(text, 0);
    let lower: Vec<String> = toks.iter().map(|t| normalize(t.text)).collect();
    let used = number_at(&lower, 0).map_or(1, |f| f.used);
    let mut end = used.min(lower.len());
    while end > 1 && scale(&lower[end - 1]).is_some() {
        end -= 1;
    }
    match end {
        0 => None,
        1 => figure_word(lower.first()?),
        _ => number_at(&lower[..end], 0).map(|f| f.value),
    }
}

/// The value of a figure written as one word ("25", "$12", "twenty").
fn figure_word(w: &str) -> Option<f64> {
    digits(w)
        .map(|(v, _)| v)
        .or_else(|| word_value(&w.to_lowercase()))
}

/// Where a range of figures `lo` and `hi` begins, and its low end in the
/// unit of `hi` (see [`join_ranges`]).
fn range_start_and_low(
    text: &str,
    offset: usize,
    lo: &Quantity,
    hi: &Quantity,
) -> Option<(usize, f64)> {
    let at = |i: usize| i.checked_sub(offset);
    // "Storm kills 20 to 25": a bare high end takes what the low one
    // counts.
    let bare_high = hi.counts.is_none()
        && hi.role.is_none()
        && plain(hi)
        && hi.from_unit == 1.0
        && ranges_over(lo)
        && lo.from_unit == 1.0
        // "gaining 2.3 percent to 24.15", "up 40 to 1,250 points": a change
        // and where it led, unless the two are as near as a range's ends.
        && lo.counts.as_deref() != Some("percent")
        && hi.value <= RANGE_SPREAD * lo.value;
    if hi.op != Op::Eq
        || !matches!(lo.op, Op::Eq | Op::About)
        || !(ranges_over(hi) || bare_high)
        || lo.vague
        || lo.qualitative
        || lo.value < 0.0
        || (!bare_high && lo.counts.is_some() && lo.counts != hi.counts)
        || (!bare_high && lo.role.is_some() && lo.role != hi.role)
    {
        return None;
    }
    let gap = text.get(at(lo.span.end)?..at(hi.span.start)?)?.trim();
    let before = text.get(..at(lo.span.start)?)?.trim_end();
    let word_before = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    let between = word_before.eq_ignore_ascii_case("between");
    // "ranging from 20 to 30", "anywhere from 2 to 5": a range, whatever
    // "from" says elsewhere.
    let ranging = word_before.eq_ignore_ascii_case("from")
        && before[..before.len() - word_before.len()]
            .trim_end()
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(|w| RANGING.iter().any(|r| w.eq_ignore_ascii_case(r)));
    // "rose from 20 to 25", "rose by 15 to 133", "fell 0.2 percent to 3.8
    // percent", "climbed from a low of 20 to 35": a change and where it
    // led, told by a word of change a few words before the first figure.
    let changed = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(CHANGE_REACH)
        .any(|w| {
            let w = w.to_lowercase();
            w == "from" || w == "by" || CHANGES.contains(&w.as_str())
        });
    match gap {
        "to" | "-" | "\u{2013}" | "\u{2014}" if ranging || !changed => {}
        "and" if between => {}
        // "two or three centimetres"; "five years or ten years" are two
        // figures, either of which may be meant.
        "or" if lo.counts.is_none() => {}
        _ => return None,
    }
    let lo_text = text.get(at(lo.span.start)?..at(lo.span.end)?)?;
    let scaled = lo_text
        .split_whitespace()
        .last()
        .is_some_and(|w| scale(&w.to_lowercase()).is_some());
    let low = if lo.counts.is_some() {
        lo.value
    } else if scaled && hi.from_unit == 1.0 {
        // "between 1 million and 1.5 million people": the low end is
        // written whole.
        lo.value
    } else if hi.is_temperature() && hi.converted() {
        // "50 to 60 degrees Fahrenheit": a conversion with an offset is no
        // scale to take.
        return None;
    } else {
        // "between 8 and 12 billion dollars": a bare low end takes the
        // scale and unit of the high one, as the high one's figure was
        // written.
        // "10", "Some 10", "a hundred and eighty".
        let written = figure_word(lo_text.split_whitespace().last()?)
            .filter(|&x| x == lo.value)
            .or_else(|| written_before_scale(lo_text))?;
        let hi_text = text.get(at(hi.span.start)?..at(hi.span.end)?)?;
        let hi_written = written_before_scale(hi_text)?;
        if written != lo.value || hi_written <= 0.0 {
            return None;
        }
        lo.value * hi.value / hi_written
    };
    if low >= hi.value {
        return None;
    }
    let start = if between {
        offset + before.len() - word_before.len()
    } else {
        lo.span.start
    };
    Some((start, low))
}

/// "20-25 people", "20–25 dead", read as a range in one word: the value
/// becomes the high end, at the scale and in the unit the low end was
/// read in.
fn hyphenated_range(text: &str, offset: usize, q: &mut Quantity) {
    // "roughly 20-30 people": the range is the estimate.
    if !matches!(q.op, Op::Eq | Op::About) {
        return;
    }
    let Some(own) = q
        .span
        .start
        .checked_sub(offset)
        .and_then(|s| text.get(s..q.span.end.checked_sub(offset)?))
    else {
        return;
    };
    // "20-25 people", "roughly 20-30 people": the first word that is two
    // figures. Asked before what the figure counts, which most figures
    // of a text, with no dash, never need.
    let Some(first) = own
        .split_whitespace()
        .find(|w| w.starts_with(|c: char| c.is_ascii_digit()))
    else {
        return;
    };
    let Some((a, b)) = first.split_once(['-', '\u{2013}']) else {
        return;
    };
    if !ranges_over(q) || (q.is_temperature() && q.converted()) {
        return;
    }
    // "the 9-11 attacks"; "Boeing 737-800 jets", "Grades 9-12 students",
    // "two 737-800 jets": a date's name, and labels after a name or a
    // figure.
    let before = text
        .get(..q.span.start.saturating_sub(offset))
        .unwrap_or_default()
        .trim_end();
    let word_before = before
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or_default();
    let opens = before[..before.len() - word_before.len()].trim().is_empty();
    let lower = word_before.to_lowercase();
    let labelled = (word_before.starts_with(char::is_uppercase) && !opens && !is_stop_word(&lower))
        || is_figure(&lower);
    if first == "9-11" || labelled {
        return;
    }
    let (Some(a), Some(b)) = (digits(a), digits(b)) else {
        return;
    };
    let (a, b) = (a.0, b.0);
    if a <= 0.0 || b <= a || q.value <= 0.0 {
        return;
    }
    let high = q.value * b / a;
    q.low = q.value;
    q.exact = whole(high)
        .1
        .filter(|_| q.exact.is_some())
        .map(Quantity::pack);
    q.value = high;
    q.op = Op::Between;
}

/// The hundredths a sum in words gives after its unit, and the token past
/// them: "thirteen dorins eighty-eight." (88), "fourteen dorins and twenty
/// cents" (20), "fifteen dorins fifty," (50). Only where they end the
/// clause: "five dollars twenty times" is no sum.
fn hundredths_after(
    text: &str,
    offset: usize,
    toks: &[Token],
    lower: &[String],
    end: usize,
) -> Option<(f64, usize)> {
    let small = |k: usize| {
        lower
            .get(k)
            .and_then(|w| word_value(w))
            .filter(|v| (1.0..100.0).contains(v))
    };
    // Punctuation between token `k` and the one before it ends a clause.
    let cut_before = |k: usize| gap_before(text, offset, toks, k).contains([',', ';', '.']);
    // "eight dorins seventy-five a share": the price of one thing.
    let per_one = matches!(
        lower.get(end + 1).map(String::as_str),
        Some("a" | "per" | "each")
    ) && (lower.get(end + 1).is_some_and(|w| w == "each")
        || lower.get(end + 2).is_some_and(|w| {
            matches!(
                w.as_str(),
                "share" | "litre" | "liter" | "kilo" | "kilogram" | "barrel" | "tonne" | "unit"
            )
        }));
    if let Some(h) = small(end)
        && end > 0
        && !cut_before(end)
        && (end + 1 == toks.len() || cut_before(end + 1) || per_one)
    {
        return Some((h, end + 1));
    }
    let cents = lower.get(end + 2).is_some_and(|w| {
        matches!(
            w.as_str(),
            "cents" | "cent" | "pence" | "kopecks" | "centimes"
        )
    });
    if lower.get(end).is_some_and(|w| w == "and") && cents {
        return small(end + 1).map(|h| (h, end + 3));
    }
    None
}

/// Does the group an amount in words takes from follow its end, `end`
/// bytes into `text` ("many of the victims"; its span may hold the "of")?
fn qualitative_part(text: &str, end: usize) -> bool {
    let starts = |at: usize, p: &str| {
        text.as_bytes()
            .get(at..at + p.len())
            .is_some_and(|b| b.eq_ignore_ascii_case(p.as_bytes()))
    };
    let end = if end >= 3 && starts(end - 3, " of") {
        end - 3
    } else {
        end
    };
    PART_OF.iter().any(|p| starts(end, p))
}

/// How many words before "accounted for" the "all" or "everyone" of its
/// subject may stand: "All of those reported missing have now been" is
/// seven.
const ACCOUNTED_REACH: usize = 8;

/// "All of those reported missing have now been accounted for", "everyone
/// has been accounted for": no one is missing, a count of none that sets
/// against "dozens of people remain missing". Not "not all have been
/// accounted for", nor "have yet to be accounted for". The span runs from
/// the subject's first word to "for".
fn all_accounted_for(toks: &[Token], lower: &[String]) -> Option<Span> {
    let k = lower
        .windows(3)
        .position(|w| w[0] == "been" && w[1] == "accounted" && w[2] == "for")?;
    let first = (k.saturating_sub(ACCOUNTED_REACH)..k).find(|&p| {
        matches!(
            lower[p].as_str(),
            "all" | "everyone" | "everybody" | "everyone's"
        )
    })?;
    let denied = lower[first.saturating_sub(1)..k]
        .iter()
        .any(|w| matches!(w.as_str(), "not" | "yet" | "never"));
    (!denied).then(|| Span::new(toks[first].span.start, toks[k + 2].span.end))
}

/// Adverbs that open a sentence before a figure: "Altogether 73 have
/// fallen ill", "Now 19 are dead".
const SENTENCE_ADVERBS: &[&str] = &[
    "altogether",
    "overall",
    "now",
    "today",
    "yesterday",
    "still",
    "meanwhile",
    "already",
    "again",
    "so",
    "thus",
];

/// Nouns for a figure someone gives of a count: "the figure of five given
/// by the ministry", "an earlier tally of 60", "its estimate of 300".
pub const FIGURE_WORDS: &[&str] = &["figure", "tally", "estimate", "count"];

/// Words before "figure", "number" or "count" that make it a party's
/// figure for a count: "the real number is", "its own count was".
const OWN_FIGURE: &[&str] = &[
    "real", "true", "actual", "official", "final", "own", "correct", "revised", "updated",
];

/// Verbs after which a bare figure is what someone gives a count as: "the
/// government says five", "it had spoken of three", "puts it at 11".
const GIVING: &[&str] = &[
    "says", "say", "said", "puts", "put", "gives", "gave", "counts", "counted", "claimed", "claims",
];

/// Is the figure at tokens `start..end` bare, given by a verb of saying
/// ("says five", "spoke of three", "puts it at 11") and ending its clause
/// (the sentence or a comma ends after it)?
fn elliptic_at(
    text: &str,
    offset: usize,
    toks: &[Token],
    lower: &[String],
    start: usize,
    end: usize,
) -> bool {
    let before = |k: usize| word_before(lower, start, k);
    // "organisers claimed 100,000", but "the fire, which claimed 12" took
    // lives: a party claims a figure, a disaster claims its dead.
    let giving = |k: usize| match before(k) {
        Some(w) if GIVING.contains(&w) => {
            !(w.starts_with("claim") && matches!(before(k + 1), Some("which" | "that" | "it")))
        }
        _ => false,
    };
    // "put the number at no fewer than 300".
    let the_figure = before(2).is_some_and(|w| FIGURE_WORDS.contains(&w) || w == "number")
        && matches!(before(3), Some("the" | "its" | "their"))
        && giving(4);
    // "the real number is above 700", "its own count was closer to
    // 23,000", "the true figure is 120": a party's own figure, not "the
    // emergency number is 112".
    let near =
        if before(1) == Some("to") && matches!(before(2), Some("closer" | "close" | "nearer")) {
            2
        } else {
            0
        };
    let is_figure = matches!(before(near + 1), Some("is" | "was"))
        && before(near + 2).is_some_and(|w| FIGURE_WORDS.contains(&w) || w == "number")
        && before(near + 3).is_some_and(|w| OWN_FIGURE.contains(&w));
    // "By this morning its count had risen to ten", "the agency's count
    // had risen to 26": a party's count
    // brought up to date, of the count the sentence before gives.
    let risen_count = before(1) == Some("to") && before(2).is_some_and(|w| RISEN.contains(&w)) && {
        let k = if matches!(before(3), Some("had" | "has" | "have")) {
            4
        } else {
            3
        };
        // "its count", "the agency's count".
        before(k).is_some_and(|w| FIGURE_WORDS.contains(&w) || w == "number")
            && (matches!(before(k + 1), Some("its" | "their" | "the" | "his" | "her"))
                || start
                    .checked_sub(k + 1)
                    .is_some_and(|o| possessive(text, offset, toks, o)))
    };
    let given = giving(1)
        || risen_count
        || is_figure
        || (before(1) == Some("of") && matches!(before(2), Some("spoken" | "spoke")))
        || (before(1) == Some("at") && (before(2) == Some("it") && giving(3) || the_figure));
    let ends = end >= toks.len() || comma_before(text, offset, toks, end);
    given && ends
}

/// Verbs of a figure someone wanted, feared or expected rather than one
/// given wrongly: "not 15 as prosecutors had sought".
const WANTED: &[&str] = &[
    "sought",
    "asked",
    "demanded",
    "wanted",
    "feared",
    "expected",
    "hoped",
    "predicted",
    "forecast",
    "requested",
    "proposed",
];

/// How many words after a figure a verb of [`WANTED`] may stand: "not 15
/// as the prosecutors had sought" is five.
const WANTED_REACH: usize = 6;

/// Does "by" follow the figure ending before token `end`, then a party's
/// count ([`FIGURE_WORDS`], "figures", "reckoning") within a few words: "29 by the fire service's count", "31
/// by the health ministry's" (the noun left out after the first)?
fn by_a_count(text: &str, offset: usize, toks: &[Token], lower: &[String], end: usize) -> bool {
    if word_after(lower, end, 0) != Some("by") {
        return false;
    }
    // Within the clause: "fell to 7 by March, government figures show"
    // is no count by anyone.
    let reach = (end + 1..(end + 1 + BY_COUNT_REACH).min(lower.len()))
        .take_while(|&k| k == end + 1 || !comma_before(text, offset, toks, k));
    let last = reach.clone().last();
    // "by the health ministry's" ends the sentence without the noun.
    reach.clone().any(|k| {
        let w = lower[k].as_str();
        FIGURE_WORDS.contains(&w) || matches!(w, "figures" | "reckoning")
    }) || (last == Some(lower.len() - 1)
        && toks.last().is_some_and(|t| {
            let rest = text.get(t.span.end - offset..).unwrap_or("");
            rest.starts_with("'s") || rest.starts_with("’s")
        }))
}

/// How many words after "by" a party's count may be named: "by the
/// regional fire service's count" is five.
const BY_COUNT_REACH: usize = 6;

/// The fate a sentence names, before token `start`, of people a bare
/// figure may count: "counting the dead", "the number of injured".
fn fate_named_before(lower: &[String], start: usize) -> Option<Role> {
    for w in lower[..start].iter().rev() {
        // Another figure first: "40 homes burned, 25 by the fire
        // service's count" counts homes, not the dead named before.
        if is_figure(w) {
            return None;
        }
        if let Some(r) = canonical_count(w)
            .and_then(|c| c.2)
            .filter(|r| matches!(r, Role::Dead | Role::Injured | Role::Missing))
        {
            return Some(r);
        }
    }
    None
}

/// Verbs that bring a count to its latest figure: "has risen to 61",
/// "rose to", "climbed to", "reached"; a headline's "rises to".
const RISEN: &[&str] = &[
    "risen",
    "rose",
    "rises",
    "climbed",
    "climbs",
    "jumped",
    "increased",
    "reached",
    "reaches",
];

/// Do the words right before a figure (its qualifier first, at `start`)
/// give it as the latest of several counts: "has risen to 61", "was
/// revised up to", "has reached 208", "now says at least 46", "now stands
/// at 115"? Not "had risen to": a past perfect tells of an earlier event.
fn latest_before(lower: &[String], start: usize) -> bool {
    let before = |k: usize| word_before(lower, start, k);
    let risen =
        |k: usize| before(k).is_some_and(|w| RISEN.contains(&w)) && before(k + 1) != Some("had");
    let to = before(1) == Some("to");
    (to && risen(2))
        || (to && matches!(before(2), Some("up" | "down")) && before(3) == Some("revised"))
        || (matches!(before(1), Some("reached" | "reaches")) && risen(1))
        || (before(2) == Some("now") && matches!(before(1), Some("says" | "say" | "puts" | "is")))
        || (before(1) == Some("at") && before(2) == Some("stands") && before(3) == Some("now"))
}

/// Verbs that change a figure given before: "raised the toll to 60",
/// "revised its figure to 6.9", "lowered it to 212", "bringing the death
/// toll to 34".
const REVISING: &[&str] = &[
    "revised",
    "raised",
    "lowered",
    "upgraded",
    "downgraded",
    "updated",
    "corrected",
    "increased",
    "cut",
    "bringing",
    "taking",
    "pushing",
    "raising",
    "lowering",
    "revising",
    "increasing",
];

/// How many words before "to" a revising verb may stand: "revised its
/// estimate of the magnitude to" is five.
const REVISED_REACH: usize = 5;

/// The words that may stand between a revising verb and its "to": the
/// count itself, never another thing ("raised the alert level to 3",
/// "raised it to 4", "bringing to 40 the number killed this month").
const REVISED_OBJECT: &[&str] = &[
    "the", "its", "their", "death", "up", "down", "later", "again", "further", "sharply",
];

/// The nouns that name a count being revised: one of them must be the
/// verb's object ("revised its figure to 6.9", "bringing the death toll to
/// 34", "lowered its demand to 11%", "raised its offer to 15.60 dorins")
/// or, for a verb in the passive, stand shortly before it ("The toll,
/// initially put at 40, was later raised to 60").
const REVISED_THING: &[&str] = &[
    "toll", "figure", "estimate", "tally", "demand", "offer", "bid", "forecast",
];

/// How many words before a passive revising verb its count's noun may
/// stand: "The toll, initially put at 40, was later raised to" is seven.
const PASSIVE_REACH: usize = 8;

/// What a figure is revised to a value of (see [`revised_before`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Revised {
    /// A toll: the dead.
    Toll,
    /// A figure or an estimate: the count before it.
    Figure,
}

/// Is the figure at `start` what a count is revised to ("was later raised
/// to 60", "revised its figure to 6.9", "bringing the death toll to 34"),
/// and of what? Not "had been raised to": a past perfect tells of an
/// earlier revision. Not "the temperature rose to 46" nor "raised the
/// alert level to 3": only a toll, a figure, an estimate or a tally is
/// revised.
fn revised_before(lower: &[String], start: usize) -> Option<Revised> {
    let before = |k: usize| word_before(lower, start, k);
    if before(1) != Some("to") {
        return None;
    }
    let k = (2..=REVISED_REACH + 1)
        .take_while(|&k| before(k).is_some())
        .find(|&k| before(k).is_some_and(|w| REVISING.contains(&w)))?;
    let thing = |w: &&str| REVISED_THING.contains(w);
    let mut object = (2..k).filter_map(before);
    if !object
        .clone()
        .all(|w| REVISED_OBJECT.contains(&w) || thing(&w))
    {
        return None;
    }
    let named = object.find(thing);
    // "was later raised to": the count is the sentence's subject.
    let mut j = k + 1;
    while before(j).is_some_and(|w| matches!(w, "later" | "again" | "since" | "then")) {
        j += 1;
    }
    let passive = matches!(before(j), Some("was" | "were" | "been" | "is" | "has"));
    let earlier = before(j) == Some("had") || before(j + 1) == Some("had");
    if earlier {
        return None;
    }
    let named = named.or_else(|| {
        passive
            .then(|| {
                (j + 1..=j + PASSIVE_REACH)
                    .filter_map(before)
                    .find(|w| thing(w))
            })
            .flatten()
    })?;
    Some(if named == "toll" {
        Revised::Toll
    } else {
        Revised::Figure
    })
}

/// The word `k` places before token `start` (1 is the one right before).
fn word_before(lower: &[String], start: usize, k: usize) -> Option<&str> {
    start.checked_sub(k).map(|i| lower[i].as_str())
}

/// How many words may stand between a count of things and the "and" of a
/// bare figure that shares its noun: "71 homes were destroyed and 34
/// damaged" is two.
const AND_DONE_REACH: usize = 4;

/// What is done to things, not to people, as a participle: "were
/// destroyed", "cancelled", "damaged". Not a verb that people undergo as
/// well ("stranded", "evacuated", "fined", "tested").
const DONE_TO_THINGS: &[&str] = &[
    "destroyed",
    "damaged",
    "cancelled",
    "canceled",
    "delayed",
    "diverted",
    "grounded",
    "flooded",
    "closed",
    "burned",
    "burnt",
    "razed",
    "flattened",
    "gutted",
    "levelled",
    "leveled",
    "demolished",
    "seized",
    "recalled",
    "sunk",
    "looted",
    "postponed",
    "suspended",
    "disrupted",
    "repaired",
    "reopened",
];

/// Is the bare figure from token `start` (its qualifier's first word) to
/// `end` the second of two counts of things told with what was done to
/// each, joined by "and": "Nine buildings were destroyed and about 60
/// were damaged", "about 300 flights were cancelled and 471 delayed"? Both
/// verbs must be of what is done to things ([`DONE_TO_THINGS`]): not "200
/// flights were cancelled and 30,000 stranded", "police raided 14 bars and
/// 30 were fined", "40 homes were destroyed and 40 needed help".
fn and_done_to(lower: &[String], start: usize, end: usize) -> bool {
    let done = |w: &str| DONE_TO_THINGS.contains(&w);
    if word_before(lower, start, 1) != Some("and")
        || !word_before(lower, start, 2).is_some_and(done)
    {
        return false;
    }
    let aux = |w: &str| matches!(w, "were" | "was" | "had" | "have" | "has" | "been" | "are");
    lower
        .iter()
        .skip(end)
        .take(3)
        .find(|w| !aux(w))
        .is_some_and(|w| done(w))
}

/// The words (as `lower` holds them) of the tokens that lie between byte
/// `from` and byte `to`.
fn words_between<'a>(
    toks: &'a [Token],
    lower: &'a [String],
    from: usize,
    to: usize,
) -> impl Iterator<Item = &'a str> {
    toks.iter()
        .zip(lower)
        .filter(move |(t, _)| t.span.start >= from && t.span.end <= to)
        .map(|(_, w)| w.as_str())
}

/// The word `k` places after token `from` (0 is `from` itself).
fn word_after(lower: &[String], from: usize, k: usize) -> Option<&str> {
    lower.get(from + k).map(String::as_str)
}

/// Does a word look like a plural noun ("suspects", not "press" nor
/// "bus")?
fn is_plural(w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")
}

/// A plural a count takes, with or without an "s" ("suspects", "men",
/// "14 aircraft", "4,000 sheep").
fn is_plural_noun(w: &str) -> bool {
    is_plural(w) || IRREGULAR_PLURALS.contains(&w) || UNCHANGED_PLURALS.contains(&w)
}

/// Things whose plural is the singular: "16 aircraft", "4,000 sheep",
/// "2 billion yen", "40 million kronor".
const UNCHANGED_PLURALS: &[&str] = &[
    "aircraft",
    "sheep",
    "cattle",
    "livestock",
    "deer",
    "yen",
    "yuan",
    "renminbi",
    "baht",
    "kronor",
    "kroner",
    "naira",
    "rupiah",
    "ringgit",
    "lira",
    "rand",
    "dong",
    "kwacha",
    "birr",
];

/// More seats than any venue has: a figure this large after "holds" is
/// no capacity ("the fund holds 800,000 in cash").
const MOST_SEATS: f64 = 250_000.0;

/// Verbs before a count of lives that keep them.
const SAVING: &[&str] = &["saved", "saving", "save", "saves"];

/// Animals a story counts, dead or hurt: no people.
const ANIMALS: &[&str] = &[
    "animals",
    "cattle",
    "cows",
    "sheep",
    "livestock",
    "deer",
    "fish",
    "birds",
    "pigs",
    "dogs",
    "cats",
    "horses",
    "goats",
    "chickens",
    "poultry",
    "hens",
    "ducks",
    "geese",
    "swans",
    "turkeys",
    "lambs",
    "calves",
    "camels",
    "seals",
    "dolphins",
    "whales",
    "porpoises",
    "turtles",
    "otters",
    "penguins",
    "pelicans",
    "gulls",
    "eagles",
    "owls",
    "storks",
    "flamingos",
    "bees",
    "bats",
    "wolves",
    "bears",
    "foxes",
    "elephants",
    "lions",
    "rhinos",
    "gorillas",
    "monkeys",
    "salmon",
    "trout",
    "sharks",
    "crabs",
];

/// Is a plural one of the [`ANIMALS`], or a kind of bird or fish
/// ("seabirds", "shellfish")?
fn names_animals(w: &str) -> bool {
    ANIMALS.contains(&w) || w.ends_with("birds") || w.ends_with("fish")
}

/// Plurals outlets write for one counted thing, and the one each is
/// counted as: "six navy ships" / "four vessels", "four carriages" /
/// "three of the eight coaches", "14 journalists" / "a dozen reporters",
/// "five aircraft" / "four planes".
const SAME_THINGS: &[(&str, &str)] = &[
    ("vessels", "ships"),
    ("coaches", "carriages"),
    ("wagons", "carriages"),
    ("reporters", "journalists"),
    ("troops", "soldiers"),
    ("firemen", "firefighters"),
    ("policemen", "officers"),
    ("assailants", "gunmen"),
    ("attackers", "gunmen"),
    ("kids", "children"),
    ("floors", "storeys"),
    ("stories", "storeys"),
    ("planes", "aircraft"),
    ("jets", "aircraft"),
    ("airliners", "aircraft"),
    ("lorries", "trucks"),
];

/// The plural a counted thing is counted as (see [`SAME_THINGS`]).
fn same_thing(w: &str) -> &str {
    SAME_THINGS
        .iter()
        .find(|(other, _)| *other == w)
        .map_or(w, |(_, one)| one)
}

/// The people "foreign" makes foreigners: "11 foreign nationals".
const FOREIGN_PEOPLE: &[&str] = &["nationals", "citizens", "passengers", "tourists", "workers"];

/// Plurals without an "s" that follow a count: "four men", "three
/// gunmen", "two children".
const IRREGULAR_PLURALS: &[&str] = &[
    "men",
    "women",
    "children",
    "gunmen",
    "policemen",
    "firemen",
    "servicemen",
    "fishermen",
];

/// Nouns a count of people is written with ("four suspects", "two men"),
/// as stems.
pub(crate) fn is_person(counts: &str) -> bool {
    matches!(
        counts,
        "people"
            | "suspect"
            | "men"
            | "man"
            | "person"
            | "individu"
            | "attack"
            | "assail"
            | "gunm"
            | "gunmen"
            | "member"
            | "worker"
            | "employe"
            | "manag"
            | "offic"
    )
}

/// What a sum counts, from the sign before its figure: "$41,000" counts
/// what "41,000 dollars" does.
fn currency(w: &str) -> Option<String> {
    let (unit, _) = money_sign(w)?;
    (!unit.is_empty()).then(|| stem(same_thing(unit)))
}

/// The sign of money that opens a figure's token (`lower`): "$5", "₹1,200",
/// "us$5" and "hk$2" (dollars), "r$40" (Brazil's reais), "rs.5"
/// (rupees). The plural its figures count ("" for a sign of two
/// currencies) and the figure after it.
fn money_sign(w: &str) -> Option<(&'static str, &str)> {
    // Asked of every token: most open with a digit or a letter and hold
    // no "$".
    let first = w.chars().next()?;
    if first.is_ascii_digit() || (first.is_ascii_alphabetic() && !w.contains(['$', '.'])) {
        return None;
    }
    if let Some(&(sign, unit)) = CURRENCY_SIGNS.iter().find(|(c, _)| *c == first) {
        return Some((unit, &w[sign.len_utf8()..]));
    }
    let digit_after = |rest: &str| rest.starts_with(|c: char| c.is_ascii_digit());
    if let Some((letters, rest)) = w.split_once('$')
        && digit_after(rest)
    {
        let unit = match letters {
            "us" | "a" | "au" | "c" | "ca" | "hk" | "nz" | "s" | "nt" => "dollars",
            "r" => "reais",
            _ => return None,
        };
        return Some((unit, rest));
    }
    // Not "rs6", a car's name: glued, rupees take their dot.
    w.strip_prefix("rs.")
        .filter(|rest| digit_after(rest))
        .map(|rest| ("rupees", rest))
}

/// A figure's token without the sign of money that opens it.
fn after_money_sign(w: &str) -> &str {
    money_sign(w).map_or(w, |(_, rest)| rest)
}

/// Codes of currencies written as a word before a figure ("USD 5 million",
/// "Rs 5 lakh", "CHF 20 million") or after it ("5 million USD"), with
/// the plural each stands for. They count only in capitals (see
/// `currency_code`), and codes that are English words in capitals too
/// ("TRY", "ALL") are left out.
const CURRENCY_CODES: &[(&str, &str)] = &[
    ("usd", "dollars"),
    ("aud", "dollars"),
    ("cad", "dollars"),
    ("hkd", "dollars"),
    ("sgd", "dollars"),
    ("nzd", "dollars"),
    ("eur", "euros"),
    ("gbp", "pounds"),
    ("chf", "francs"),
    ("inr", "rupees"),
    ("pkr", "rupees"),
    ("rs", "rupees"),
    ("rs.", "rupees"),
    ("jpy", "yen"),
    ("cny", "yuan"),
    ("rmb", "yuan"),
    ("ngn", "naira"),
    ("kes", "shillings"),
    ("ksh", "shillings"),
    ("zar", "rand"),
    ("brl", "reais"),
    ("mxn", "pesos"),
    ("rub", "rubles"),
    ("uah", "hryvnias"),
    ("pln", "zlotys"),
];

/// Does a measure count money of a currency the reader knows ("dollar",
/// "euro", "rupe")? Written in words, a code or a sign.
pub fn is_currency(measure: &str) -> bool {
    CURRENCY_MEASURES.iter().any(|m| m == measure)
}

/// The measures of the currencies of [`CURRENCY_CODES`] and
/// [`CURRENCY_SIGNS`], stemmed once.
static CURRENCY_MEASURES: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut measures: Vec<String> = CURRENCY_CODES
        .iter()
        .map(|(_, unit)| *unit)
        .chain(CURRENCY_SIGNS.iter().map(|(_, unit)| *unit))
        .filter(|unit| !unit.is_empty())
        .map(|unit| stem(same_thing(unit)))
        .collect();
    measures.sort_unstable();
    measures.dedup();
    measures
});

/// Dollars of a country named before the word ("US dollars", "Hong Kong
/// dollars") at token `k`: the plural and how many tokens it takes.
fn money_after(lower: &[String], k: usize) -> Option<(&'static str, usize)> {
    let at = |n: usize| lower.get(k + n).map(String::as_str);
    let country = match (at(0)?, at(1)) {
        ("us" | "u.s." | "american" | "australian" | "canadian" | "singapore" | "taiwan", _) => 1,
        ("hong", Some("kong")) | ("new", Some("zealand")) => 2,
        _ => return None,
    };
    matches!(at(country), Some("dollars" | "dollar")).then_some(("dollars", country + 1))
}

/// A currency's code in capitals right after a figure, at token `k`
/// ("5 million USD"), that no plural noun follows ("5 CAD drawings"
/// counts drawings): what the figure counts.
fn code_after(toks: &[Token], lower: &[String], k: usize) -> Option<String> {
    let noun_after = lower.get(k + 1).is_some_and(|n| is_plural_noun(n));
    let rupees = lower.get(k).is_some_and(|w| w.starts_with("rs"));
    if noun_after || rupees {
        return None;
    }
    currency_code(toks.get(k)?, &lower[k])
}

/// What a currency's code as a word (`lower`, of the token `tok`) makes a
/// figure count: a code in capitals ("USD", "KSh"), or "Rs" as written.
fn currency_code(tok: &Token, lower: &str) -> Option<String> {
    let written = tok.text.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && tok.text.chars().skip(1).any(|c| c.is_uppercase())
        || matches!(tok.text, "Rs" | "Rs." | "Ksh");
    let (_, unit) = CURRENCY_CODES.iter().find(|(code, _)| *code == lower)?;
    written.then(|| stem(same_thing(unit)))
}

/// Words after "who is 65 and" that make the figure a bound, not an age:
/// "anyone who is 65 and over", "who was 6 and a half".
const AGE_BOUNDS: &[&str] = &[
    "over", "older", "under", "younger", "above", "below", "a half",
];

/// "Luis Ortega, 34, a forklift driver", "Marcus Kessling, 61.", "Yelena
/// Drabik, sixty-three, died", "Ivo Radek (45)": a whole number between
/// commas or in brackets right after a name is the person's age.
fn is_age(text: &str, offset: usize, toks: &[Token], i: usize, value: f64) -> bool {
    let Some(before) = i.checked_sub(1).map(|k| &toks[k]) else {
        return false;
    };
    let t = &toks[i];
    let gap = text
        .get(before.span.end - offset..t.span.start - offset)
        .unwrap_or_default();
    let after = text.get(t.span.end - offset..).unwrap_or_default();
    let whole = value.fract() == 0.0
        && (1.0..=120.0).contains(&value)
        && (t.text.bytes().all(|b| b.is_ascii_digit())
            || t.text.chars().all(|c| c.is_alphabetic() || c == '-'));
    // "The guide, Sonia Marek, was 27 and not 29": a figure set right ends
    // what is said of the person, as a comma does.
    let ends = after.is_empty() || after.starts_with([',', '.', ';']) || replaced_bare(after);
    // "His first officer, Mila Sarkis, was 29.", "The arrested man, Luka
    // Sarrin, is twenty-four.": a named person is that old.
    let named_is = || {
        // A person's two names: not "The capital, Korsa, was 12".
        matches!(before.text, "is" | "was")
            && i >= 3
            && toks[i - 2].is_capitalized()
            && toks[i - 3].is_capitalized()
            && text
                .get(toks[i - 2].span.end - offset..before.span.start - offset)
                .is_some_and(|g| g.trim() == ",")
    };
    // "his daughter, who is four, had been in intensive care", "the boy,
    // who was six,", "Lena Marsk, who was twenty-nine and had worked at
    // the resort", "Lieutenant Andrei Sorel of Marren, who was
    // twenty-six.": what someone is, before a comma, the sentence's end
    // or another clause of theirs, is their age.
    let who_is = || {
        matches!(before.text, "is" | "was")
            && i >= 2
            && toks[i - 2].text.eq_ignore_ascii_case("who")
            && (after.starts_with([',', ')', '—', '–', '.', ';'])
                || after.starts_with(" and ")
                    && !AGE_BOUNDS.iter().any(|b| after[5..].starts_with(b)))
    };
    if whole && ends && named_is() || whole && who_is() {
        return true;
    }
    whole
        && before.is_capitalized()
        && match gap.trim() {
            "," => after.is_empty() || after.starts_with([',', '.', ')', ';']),
            // "Bogdan Selim (29) and Ivo Radek (45) died": a person's two
            // names, not "Smith (12)", "the Social Democrats (41)".
            "(" => {
                let named = i >= 2
                    && toks[i - 2].is_capitalized()
                    && (i < 3 || !toks[i - 3].text.eq_ignore_ascii_case("the"));
                named && after.starts_with(')') && t.text.bytes().all(|b| b.is_ascii_digit())
            }
            _ => false,
        }
}

/// A span of time told in two units, the larger first, as one figure in
/// the larger: "10 hours 18 minutes" is 10.3 hours, "one hour and 44
/// minutes" 1.73 hours (not 44 minutes), "6 minutes 40 seconds" 6.67
/// minutes. The smaller must be a plain figure ("10 hours and about 20
/// minutes" stays two), and neither counts people.
fn join_spans_of_time(text: &str, offset: usize, out: &mut Vec<Quantity>) {
    // "an hour and 44 minutes", "a minute and 40 seconds": the larger
    // unit is no figure of its own ("one hour" is, and is dropped below).
    // Not after a word of `NOT_A_SPAN_AFTER` or a figure ("150 kilometres
    // an hour and 20 minutes later", "half an hour and 10 minutes"; "more
    // than an hour" is a figure the loop after this one joins).
    let mut joined: Vec<Span> = Vec::new();
    for q in out.iter_mut() {
        let (larger, per, unit) = match q.counts.as_deref() {
            Some("minut") => (["one hour and", "an hour and"], 60.0, "hours"),
            Some("second") => (["one minute and", "a minute and"], 60.0, "minut"),
            _ => continue,
        };
        if q.op != Op::Eq || q.role.is_some() || q.vague {
            continue;
        }
        let Some(before) = text.get(..q.span.start.saturating_sub(offset)) else {
            continue;
        };
        let before = before.trim_end();
        let ends_with = |p: &str| {
            before.len() >= p.len()
                && before.is_char_boundary(before.len() - p.len())
                && before[before.len() - p.len()..].eq_ignore_ascii_case(p)
        };
        let Some(phrase) = larger.iter().find(|p| ends_with(p)) else {
            continue;
        };
        let lead = before[..before.len() - phrase.len()].trim_end();
        let word_before = lead
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or_default()
            .to_lowercase();
        let part_of = NOT_A_SPAN_AFTER.contains(&word_before.as_str())
            || digits_value(&word_before).is_some()
            || word_value(&word_before).is_some();
        if part_of {
            continue;
        }
        q.value = 1.0 + q.value / per;
        q.counts = Some(unit.into());
        q.exact = None;
        q.span = Span::new(offset + before.len() - phrase.len(), q.span.end);
        joined.push(q.span);
    }
    // "one hour" is read as a figure of its own too: within the joined
    // span it is no more.
    out.retain(|q| {
        !joined
            .iter()
            .any(|s| s.start <= q.span.start && q.span.end < s.end)
    });
    let mut k = 0;
    while k + 1 < out.len() {
        let (a, b) = (&out[k], &out[k + 1]);
        let per = match (a.counts.as_deref(), b.counts.as_deref()) {
            (Some("hours"), Some("minut")) | (Some("minut"), Some("second")) => 60.0,
            (Some("hours"), Some("second")) => 3600.0,
            _ => {
                k += 1;
                continue;
            }
        };
        let between = text
            .get(a.span.end.saturating_sub(offset)..b.span.start.saturating_sub(offset))
            .map(str::trim);
        // "two hours, seven minutes and thirty-one seconds": a comma too.
        let joined = matches!(between, Some("" | "and" | ","))
            && b.op == Op::Eq
            && a.role.is_none()
            && b.role.is_none()
            && !a.vague
            && !b.vague;
        if !joined {
            k += 1;
            continue;
        }
        // Joined in place: "2 hours 3 minutes 23 seconds" joins on.
        let (value, end) = (b.value, b.span.end);
        let a = &mut out[k];
        a.value += value / per;
        a.exact = None;
        a.span = Span::new(a.span.start, end);
        out.remove(k + 1);
    }
}

/// Words after which "an hour and 20 minutes" is no span of its own: a
/// part of an hour ("half an hour", "a quarter of an hour"), a speed ("150
/// kilometres an hour"), or a qualifier: "more than an hour" is a figure
/// of its own (see `a_span_of`), which the minutes after it join with its
/// qualifier kept.
const NOT_A_SPAN_AFTER: &[&str] = &[
    "half",
    "quarter",
    "of",
    "per",
    "than",
    "about",
    "around",
    "nearly",
    "almost",
    "over",
    "under",
    "roughly",
    "some",
    "just",
    "least",
    "most",
    "to",
    "approximately",
    "barely",
    "only",
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "metres",
    "meters",
    "knots",
    "feet",
];

/// Does the text after a figure set it right against a bare figure, as
/// an age is: " and not 29, as earlier reported", " and not 58 as first
/// reported"; not " and not 4 points behind", " and not 15 seconds".
fn replaced_bare(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(" and not ") else {
        return false;
    };
    let figure = rest
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .unwrap_or_default();
    let past = rest[figure.len()..].trim_start();
    (digits_value(figure).is_some() || word_value(&figure.to_lowercase()).is_some())
        && (past.is_empty() || past.starts_with([',', '.', ';']) || past.starts_with("as "))
}

/// How many words a place between a count and its verb may take: "on Halm
/// Island", "living in the surrounding blocks".
const PLACE_REACH: usize = 6;

/// The role a bare figure has as the subject of a verb of harm: "64 were
/// hurt", "11 died", "nine have been killed".
fn role_of_subject(lower: &[String], after: usize) -> Option<Role> {
    let rest = &lower[after.min(lower.len())..];
    // "At least sixty more are unaccounted for", "three more died".
    let rest = rest.strip_prefix(&["more".to_string()]).unwrap_or(rest);
    // "Eleven people in all lost their lives".
    let rest = match rest {
        [a, b, tail @ ..] if a == "in" && matches!(b.as_str(), "all" | "total") => tail,
        _ => rest,
    };
    // "Thousands of people on Halm Island have had to leave their homes",
    // "200 people living in the surrounding blocks have had to leave": past
    // a place, to the verb.
    let rest = match rest.first().map(String::as_str) {
        Some("on" | "at" | "near" | "from" | "across" | "living" | "working" | "staying") => rest
            .iter()
            .take(PLACE_REACH)
            .position(|w| matches!(w.as_str(), "have" | "has" | "had" | "were" | "was" | "are"))
            .map_or(rest, |k| &rest[k..]),
        _ => rest,
    };
    let aux = |w: &String| {
        matches!(
            w.as_str(),
            "were"
                | "was"
                | "have"
                | "has"
                | "had"
                | "been"
                | "being"
                | "are"
                | "remain"
                | "still"
                | "now"
                | "also"
        )
    };
    // "Eleven suspects, including the four alleged gunmen, have been
    // detained": past the people the count includes, to its verb.
    let rest = match rest.first().map(String::as_str) {
        Some("including" | "among") => rest
            .iter()
            .take(INCLUDED_REACH)
            .position(|w| matches!(w.as_str(), "were" | "was" | "have" | "had" | "are"))
            .map_or(rest, |k| &rest[k..]),
        _ => rest,
    };
    let at = rest.iter().take(4).position(|w| !aux(w))?;
    let at = past_hedge(rest, at, aux);
    // "have had to leave", "has had to flee".
    let at = if rest[at] == "to"
        && at > 0
        && matches!(rest[at - 1].as_str(), "had" | "have" | "has")
        && at + 1 < rest.len()
    {
        at + 1
    } else {
        at
    };
    let verb = &rest[at];
    // "were held", "are being held": people held; "a vigil for the 93
    // victims was held" holds the vigil.
    let plural = rest
        .iter()
        .take_while(|w| aux(w))
        .any(|w| matches!(w.as_str(), "were" | "are" | "being" | "have"));
    // "were caught", "have been caught": done to them, not by them ("have
    // caught the virus").
    let passive = rest
        .iter()
        .take_while(|w| aux(w))
        .any(|w| matches!(w.as_str(), "were" | "are" | "was" | "is" | "been" | "being"));
    let then_ill = || {
        rest.get(at + 1)
            .is_some_and(|w| matches!(w.as_str(), "ill" | "sick"))
    };
    match verb.as_str() {
        "died" | "killed" | "dead" | "perished" => Some(Role::Dead),
        // "had fallen ill", "became sick", "have been made ill", "73 are
        // ill", "were sickened", "were poisoned".
        "fell" | "fallen" | "became" | "become" | "got" | "made" if then_ill() => Some(Role::Ill),
        "ill" | "sick" => Some(Role::Ill),
        "sickened" | "poisoned" if passive => Some(Role::Ill),
        // "At least eight people drowned"; not "drowned out".
        "drowned" if rest.get(at + 1).is_none_or(|w| w != "out") => Some(Role::Dead),
        // "Four people are still listed as missing".
        "listed" if rest.get(at + 1).is_some_and(|w| w == "as") => {
            match rest.get(at + 2).map(String::as_str) {
                Some("missing" | "unaccounted") => Some(Role::Missing),
                Some("dead") => Some(Role::Dead),
                Some("injured" | "wounded") => Some(Role::Injured),
                _ => None,
            }
        }
        // "have lost their lives".
        "lost"
            if rest.get(at + 1).is_some_and(|w| w == "their")
                && rest.get(at + 2).is_some_and(|w| w == "lives") =>
        {
            Some(Role::Dead)
        }
        "hurt" | "injured" | "wounded" | "hospitalized" | "hospitalised" => Some(Role::Injured),
        // "44 were taken to hospital", "have been admitted to hospitals in
        // the capital": hospitalised, told in three words. (As still in
        // hospital, these counts are right less often.) A headline leaves
        // out the auxiliary ("Dozens taken to hospital"), where a verb
        // that is no simple past says so: "40 nurses rushed to the
        // hospital to help" rushed there themselves. Not the dead ("12
        // bodies were taken to a local hospital").
        v if CARRIED_TO_HOSPITAL.contains(&v)
            && (passive || (at == 0 && matches!(v, "taken" | "flown")))
            && to_hospital(&rest[at + 1..])
            && !after
                .checked_sub(1)
                .and_then(|k| lower.get(k))
                .is_some_and(|w| matches!(w.as_str(), "bodies" | "body" | "remains" | "dead")) =>
        {
            Some(Role::Injured)
        }
        // "have been treated in hospitals for their injuries".
        "treated" if injury_treated(&rest[at + 1..]) => Some(Role::Injured),
        // "have been treated for gas poisoning"; a headline's "hundreds
        // treated"; "needed treatment". Not "were treated as suspects",
        // "treated unfairly", "treated to a meal".
        "treated" if (passive || at == 0) && treated_by_medics(rest.get(at + 1)) => {
            Some(Role::Treated)
        }
        "needed" | "received" | "required" | "sought" | "needing" | "requiring"
            if rest.get(at + 1).is_some_and(|w| w == "treatment") =>
        {
            Some(Role::Treated)
        }
        "missing" | "unaccounted" | "trapped" => Some(Role::Missing),
        // "were buried by the slide", "are still buried under the snow",
        // "were buried in the rubble"; not "were buried on Friday" or "in
        // the village cemetery" at their funerals, nor "had buried the
        // story".
        "buried" if passive && buried_alive_or_trapped(&rest[at + 1..]) => Some(Role::Missing),
        // "About 450 people cannot return to their homes", "no longer have
        // a home to go to".
        _ if kept_from_home(rest, at) => Some(Role::Displaced),
        // "74 inmates escaped", "broke out of the prison"; not "escaped
        // the flames", "got out alive" (see below).
        "escaped" | "escape" | "escapes" if escapes_custody(rest, at + 1) => Some(Role::Escaped),
        "got" | "broke"
            if rest.get(at + 1).is_some_and(|w| w == "out")
                && !rest.get(at + 2).is_some_and(|w| {
                    matches!(
                        w.as_str(),
                        "before" | "through" | "safely" | "unhurt" | "in"
                    )
                })
                && (rest.get(at + 2).is_none_or(|w| w != "of")
                    || escapes_custody(rest, at + 2))
                && !rest
                    .iter()
                    .skip(at + 2)
                    .take(ALIVE_REACH)
                    .any(|w| w == "alive") =>
        {
            Some(Role::Escaped)
        }
        "rescued" | "survived" | "freed" => Some(Role::Rescued),
        // "Twelve hostages were released", "were set free"; not "released
        // from hospital" nor "released on bail".
        "released"
            if passive
                && !rest.get(at + 1).is_some_and(|w| {
                    matches!(w.as_str(), "from" | "on" | "without" | "under" | "pending")
                        || w == "after" && rest.get(at + 2).is_some_and(|v| v == "questioning")
                }) =>
        {
            Some(Role::Rescued)
        }
        "set" if rest.get(at + 1).is_some_and(|w| w == "free") => Some(Role::Rescued),
        // "were pulled out of the rubble alive", "brought out alive",
        // "were found alive".
        "pulled" | "brought" | "dug" | "carried" | "got" | "found"
            if rest
                .iter()
                .skip(at + 1)
                .take(ALIVE_REACH)
                .take_while(|w| !matches!(w.as_str(), "and" | "but"))
                .any(|w| w == "alive") =>
        {
            Some(Role::Rescued)
        }
        "homeless" | "displaced" => Some(Role::Displaced),
        "evacuated" => Some(Role::Displaced),
        // "have been moved out of the valley": moved out by others, from
        // where they live; "50 staff moved out of the old office" moved.
        "moved" if at > 0 && rest.get(at + 1).is_some_and(|w| w == "out") => Some(Role::Displaced),
        _ if cut_off(rest, at) => Some(Role::WithoutPower),
        // "forced to flee", "forced from their homes", "had to leave their
        // homes"; not "forced to wait" nor "forced out of the building by
        // smoke".
        _ if leaves_home(rest, at) => Some(Role::Displaced),
        // "four crew members were being held"; "held" alone is too often
        // a meeting or a vigil.
        "arrested" | "detained" | "apprehended" | "recaptured" => Some(Role::Arrested),
        // "five escaped inmates have been caught"; not "caught in the
        // crush", "caught fire", "caught up".
        "caught"
            if passive
                && !rest.get(at + 1).is_some_and(|w| {
                    matches!(
                        w.as_str(),
                        "in" | "up" | "fire" | "on" | "out" | "off" | "unawares" | "the"
                    )
                })
                // "caught by the avalanche"; "caught by police", "by
                // Monday evening" are arrests.
                && !(rest.get(at + 1).is_some_and(|w| w == "by")
                    && rest.get(at + 2).is_some_and(|w| matches!(w.as_str(), "the" | "a" | "an"))) =>
        {
            Some(Role::Arrested)
        }
        // Not "held hostage", "held inside the bank", "held for six
        // hours"; "held for questioning" is.
        "held"
            if plural
                && !rest.get(at + 1).is_some_and(|w| {
                    matches!(w.as_str(), "hostage" | "hostages" | "captive" | "inside")
                        || w == "for" && rest.get(at + 2).is_none_or(|v| v != "questioning")
                }) =>
        {
            Some(Role::Arrested)
        }
        "rounded" if rest.get(at + 1).is_some_and(|w| w == "up") => Some(Role::Arrested),
        _ => None,
    }
}

/// How many words an "including" after a count may run before its verb:
/// "including the four alleged gunmen, have been" is six.
const INCLUDED_REACH: usize = 8;

/// How many words after "treated" the hospital or the injuries that make
/// its people injured may stand: "treated at two hospitals" is three.
const TREATED_REACH: usize = 4;

/// Words by which news says how sure a count is, before the verb that
/// says what befell the people counted: "are now known to have died",
/// "are feared dead", "were believed to have been killed".
const HEDGES: &[&str] = &[
    "known",
    "believed",
    "feared",
    "thought",
    "reported",
    "confirmed",
    "presumed",
    "understood",
    "said",
];

/// Where the verb stands after a hedge at `at` (see [`HEDGES`]): past "to"
/// and the auxiliaries after it ("known to have died"), or at the state
/// right after it ("feared dead"); `at` itself where there is no hedge.
fn past_hedge(rest: &[String], at: usize, aux: impl Fn(&String) -> bool) -> usize {
    if !HEDGES.contains(&rest[at].as_str()) {
        return at;
    }
    match rest.get(at + 1).map(String::as_str) {
        Some("to") => {
            let verb =
                (at + 2..rest.len().min(at + 5)).find(|&k| !aux(&rest[k]) && rest[k] != "be");
            verb.unwrap_or(at)
        }
        Some("dead" | "killed" | "missing" | "trapped") => at + 1,
        _ => at,
    }
}

/// How many words after a count of people, ending before token `end`, the
/// verb it shares with a count joined to it by "and" stands: "Six inmates
/// and one guard were killed" (three), "three hostages and one of the
/// gunmen died", "Five hostages and police officer killed" (a headline
/// drops the article); past no comma nor a "who" clause. Zero where no
/// count is joined.
fn joined_count(text: &str, offset: usize, toks: &[Token], lower: &[String], end: usize) -> usize {
    let counted = |w: &String| {
        matches!(w.as_str(), "a" | "an")
            || word_value(w).is_some()
            || w.starts_with(|c: char| c.is_ascii_digit())
    };
    if lower.get(end).is_none_or(|w| w != "and") {
        return 0;
    }
    let first = match lower.get(end + 1) {
        Some(w) if counted(w) => 3,
        Some(w) if names_one_person(w) => 2,
        _ => return 0,
    };
    (end + first..lower.len().min(end + 2 + JOINED_REACH))
        .take_while(|&k| {
            !comma_before(text, offset, toks, k)
                && !matches!(lower[k].as_str(), "who" | "which" | "that" | "whose")
        })
        .find(|&k| {
            matches!(
                lower[k].as_str(),
                "were" | "was" | "have" | "had" | "are" | "lost"
            ) || DEATH_WORDS.contains(&lower[k].as_str())
                || INJURY_WORDS.contains(&lower[k].as_str())
        })
        .map_or(3, |k| k - end)
}

/// How many words after a joining "and" another count of people may take
/// before the verb both share: "and one of the gunmen died" is five.
const JOINED_REACH: usize = 5;

/// How many words after "pulled" or "brought" an "alive" may stand and
/// still say the people were rescued: "pulled out of the rubble alive" is
/// five.
const ALIVE_REACH: usize = 6;

/// What a supply is cut off from: "without power", "without
/// electricity".
const SUPPLIES: &[&str] = &["power", "electricity"];

/// Does token `k` start a statement that its subject has no electricity:
/// "without power", "without electricity", "in the dark", "lost power"?
fn cut_off(lower: &[String], k: usize) -> bool {
    let at = |n: usize| word_after(lower, k, n).unwrap_or("");
    (matches!(at(0), "without" | "lost" | "lose") && SUPPLIES.contains(&at(1)))
        || (at(0) == "in" && at(1) == "the" && at(2) == "dark")
        // "have no electricity", "had no power".
        || (matches!(at(0), "have" | "has" | "had" | "with")
            && at(1) == "no"
            && SUPPLIES.contains(&at(2)))
}

/// Do the words before token `start` cut a supply to what it counts:
/// "knocked out power to 250,000 homes", "cut electricity to 40,000
/// customers", "cutting off power to"? Not "restored power to": those
/// are homes whose power is back.
fn power_cut_to(lower: &[String], start: usize) -> bool {
    let at = |k: usize| word_before(lower, start, k).unwrap_or("");
    let verb = if matches!(at(3), "out" | "off") { 4 } else { 3 };
    let cut = if verb == 4 {
        matches!(
            at(4),
            "knocked" | "knocking" | "knocks" | "knock" | "cut" | "cuts" | "cutting"
        )
    } else {
        matches!(
            at(3),
            "cut" | "cuts" | "cutting" | "disrupted" | "disrupting" | "severed" | "severing"
        )
    };
    // "warned the storm could cut power to 300,000 homes", "threatened to
    // knock out power to": a cut that has not happened.
    let unrealised = MAY_MOVE.contains(&at(verb + 1)) || at(verb + 1) == "will";
    at(1) == "to" && SUPPLIES.contains(&at(2)) && cut && !unrealised
}

/// How many words after a count of homes or customers the words that cut
/// them off may start: "homes across the region were without power" is
/// four.
const CUT_OFF_REACH: usize = 6;

/// The role of the people a verb of harm counts when a figure follows it
/// ("killing 17", "injures 40").
fn verb_role(w: &str) -> Option<Role> {
    match w {
        "killing" | "kills" | "killed" | "kill" => Some(Role::Dead),
        "injuring" | "injures" | "injured" | "wounding" | "wounds" | "wounded" => {
            Some(Role::Injured)
        }
        "arrested" | "detained" | "apprehended" | "arresting" | "detaining" | "recaptured" => {
            Some(Role::Arrested)
        }
        "evacuated" | "evacuating" | "evacuates" | "evacuate" => Some(Role::Displaced),
        // "Coastguards rescued 40 people".
        "rescued" | "rescuing" | "rescues" => Some(Role::Rescued),
        // "the hospital has treated 38 people".
        "treated" => Some(Role::Treated),
        // "the syrup has sickened 64 children".
        "sickened" | "sickening" | "sickens" | "poisoned" | "poisoning" | "poisons" => {
            Some(Role::Ill)
        }
        // "the virus has infected 1,200 people".
        "infected" | "infecting" | "infects" => Some(Role::Infected),
        _ => None,
    }
}

/// How many words back from a bare figure a "toll" may stand and still be
/// what the figure counts: "the death toll in Friday's attack now stands at
/// 115" is seven; a lead names the event in full between them ("the death
/// toll from Friday's attack on the Rosmer Theatre in Halvora has risen to
/// 115" is twelve; "the death toll from Saturday's crash of an Aeroval
/// passenger plane in fog near the town of Pellin has risen to 61" is
/// nineteen). Another figure or a new clause between them still cuts the
/// reach (see `lead_before` and [`TOLL_BREAKS`]).
const TOLL_REACH: usize = 22;

/// Is the figure starting at token `start` what a preceding "toll" counts?
/// Only within [`TOLL_REACH`] words.
fn toll_before(lower: &[String], start: usize) -> bool {
    let toll = |w: &str| w == "toll" || w == "tally";
    let before = |k: usize| word_before(lower, start, k);
    // "The toll rose by 15 to 133": 15 is how much it rose, and 133 the
    // toll, past the rise.
    if before(1) == Some("by") {
        return false;
    }
    let start = if before(1) == Some("to")
        && before(3) == Some("by")
        && start >= 2
        && number_at(lower, start - 2).is_some()
    {
        start - 3
    } else {
        start
    };
    lead_before(lower, start, TOLL_REACH, toll)
        .or_else(|| toll_of_two_causes(lower, start, toll))
        .is_some_and(|k| {
            // "the toll is expected to rise as rescuers reach villages home
            // to some 12,000": a clause after the toll tells of something
            // else.
            !lower[k + 1..start]
                .iter()
                .any(|w| TOLL_BREAKS.contains(&w.as_str()))
        })
}

/// Words that make what follows a toll a clause of its own ("the toll is
/// still unclear", "no toll was given").
const TOLL_CLAUSE_VERBS: &[&str] = &[
    "is", "was", "are", "were", "has", "have", "had", "remains", "remained", "not", "given",
    "unclear", "known", "still", "be", "been",
];

/// Verbs that bring a toll to its figure: "has risen to nine", "stands at
/// 40".
const RISING: &[&str] = &[
    "risen",
    "rose",
    "rises",
    "climbed",
    "climbs",
    "reached",
    "reaches",
    "stands",
    "stood",
    "jumped",
    "increased",
];

/// A toll whose event is named with an "and" before its figure: "the death
/// toll from Storm Idrena and the floods that followed it has risen to
/// nine". The "and" joins two causes, not two statements, when only the
/// verb that raises the toll follows it and nothing there counts anything
/// else ("the toll stood at 40 and the number of injured rose to 300" is
/// two counts). Its position, as [`lead_before`] gives it.
fn toll_of_two_causes(
    lower: &[String],
    start: usize,
    toll: impl Fn(&str) -> bool,
) -> Option<usize> {
    let and = (start.saturating_sub(TOLL_REACH)..start)
        .rev()
        .find(|&k| lower[k] == "and")?;
    // The "and" must stand in the toll's own noun phrase: "the toll from
    // the storm and the floods", with no verb between the toll and it ("the
    // toll is still unclear and the water has reached 3" is two clauses).
    let toll_at = (and.saturating_sub(TOLL_REACH)..and)
        .rev()
        .find(|&k| toll(&lower[k]))?;
    if !matches!(word_after(lower, toll_at, 1), Some("from" | "of" | "in"))
        || lower[toll_at + 1..and]
            .iter()
            .any(|w| TOLL_CLAUSE_VERBS.contains(&w.as_str()))
    {
        return None;
    }
    let after = &lower[and + 1..start];
    let raised = after.iter().any(|w| RISING.contains(&w.as_str()));
    let counts_else = after
        .iter()
        .any(|w| role_word(w).is_some() || matches!(w.as_str(), "number" | "count" | "figure"));
    if !raised || counts_else || after.iter().any(|w| w == "said") {
        return None;
    }
    lead_before(lower, and, TOLL_REACH - (start - and), toll)
}

/// Words after a "toll" that start a clause about something else: the
/// figure after them is not the toll's.
const TOLL_BREAKS: &[&str] = &[
    "as", "because", "after", "before", "when", "while", "since", "until", "if", "where", "which",
    "who", "though", "although", "but",
];

/// The people of a protest crowd: "20,000 marchers". Not "mourners": a
/// story of a crackdown tells of the march and of the funerals after it,
/// two crowds.
const CROWD_NOUNS: &[&str] = &["marchers", "protesters", "protestors", "demonstrators"];

/// Verbs whose subject is a protest crowd: "20,000 people marched", "tens
/// of thousands had rallied". Not "gathered" nor "attended": a funeral's
/// crowd gathers and attends too.
const CROWD_VERBS: &[&str] = &["marched", "rallied", "protested", "demonstrated"];

/// Words that make a gathering one of mourners: "gathered for the
/// funeral", "gathered to remember the dead", "to pray for the dead".
const MOURNING: &[&str] = &[
    "funeral",
    "funerals",
    "vigil",
    "mourn",
    "mourning",
    "mourners",
    "remember",
    "memorial",
    "coffin",
    "pray",
    "prayers",
    "commemorate",
];

/// How many words either side of a count of people who gathered the words
/// that make it a protest or a mourning may stand.
const GATHERING_REACH: usize = 30;

/// Words that make a gathering a protest's: "gathered in Liberty Square
/// in support of the opposition", "and dispersed peacefully".
const PROTEST_WORDS: &[&str] = &[
    "protest",
    "protests",
    "protesters",
    "protestors",
    "rally",
    "march",
    "demonstration",
    "demonstrators",
    "opposition",
    "dispersed",
    "chanting",
];

/// Verbs that put a figure on a crowd: "police counted about 20,000
/// marchers", "estimated the crowd at".
const ESTIMATING: &[&str] = &["counted", "estimated", "put", "puts", "numbered"];

/// Is the figure at tokens `start..end` (its own words end at `after`) the
/// size of a protest crowd: the subject of a crowd's verb ("tens of
/// thousands of people marched", "20,000 protesters took part"), a crowd's
/// noun a figure is put on ("police counted about 20,000 marchers"), or
/// what the crowd is put at ("estimated the crowd at about 20,000", "a
/// crowd of 5,000")? A count of protesters alone is not: "lawyers for 12
/// protesters said".
fn crowd(lower: &[String], start: usize, after: usize, end: usize) -> bool {
    let counted = &lower[after..end];
    let noun = counted.iter().any(|w| CROWD_NOUNS.contains(&w.as_str()));
    let people = counted.last().is_none_or(|w| w == "people") || noun;
    let aux = |w: &str| matches!(w, "had" | "have" | "has" | "were" | "was" | "are" | "is");
    let rest = &lower[end.max(after)..];
    let verb = rest.iter().position(|w| !aux(w)).is_some_and(|k| {
        let next = rest.get(k + 1).map(String::as_str);
        match rest[k].as_str() {
            // "turned out", "took part".
            "turned" => next == Some("out"),
            "took" | "taken" | "take" | "taking" => next == Some("part"),
            // "2,000 people gathered in the square" at a protest; not
            // "gathered for the funeral", "gathered in the hall when the
            // roof collapsed", "gathered at the hospital": a gathering is
            // a crowd where the sentence tells of a protest, and no one
            // mourns.
            // "organisers said more than 2,000 had come".
            "gathered" | "assembled" | "came" | "come" => {
                // Near the count: a sentence may be a whole unpunctuated
                // page.
                let near = &lower[start.saturating_sub(GATHERING_REACH)
                    ..(end + GATHERING_REACH).min(lower.len())];
                near.iter().any(|w| PROTEST_WORDS.contains(&w.as_str()))
                    && !near.iter().any(|w| MOURNING.contains(&w.as_str()))
            }
            w => CROWD_VERBS.contains(&w),
        }
    });
    let before = |k: usize| word_before(lower, start, k);
    let estimated = noun && before(1).is_some_and(|w| ESTIMATING.contains(&w));
    // "a crowd of 5,000"; "estimated the crowd at about 20,000".
    let crowd_of = before(1) == Some("of") && before(2) == Some("crowd");
    let crowd_at = before(1) == Some("at")
        && before(2) == Some("crowd")
        && (3..=4).any(|k| before(k).is_some_and(|w| ESTIMATING.contains(&w)));
    (people && verb) || estimated || crowd_of || crowd_at
}

/// Do the words from token `from` grade a part of a count of the injured
/// ("of them seriously", "of whom badly")?
fn graded(lower: &[String], from: usize) -> bool {
    let at = |k: usize| word_after(lower, from, k);
    at(0) == Some("of")
        && matches!(at(1), Some("them" | "whom"))
        && matches!(at(2), Some("seriously" | "badly" | "severely" | "gravely"))
}

/// Do the words from token `from` make the figure before them a part of a
/// count ("of the dead", "of those injured")?
fn part_of_count(lower: &[String], from: usize) -> bool {
    let at = |k: usize| word_after(lower, from, k);
    at(0) == Some("of")
        && matches!(at(1), Some("the" | "those"))
        && at(2).is_some_and(|w| canonical_count(w).is_some_and(|c| c.2.is_some()))
}

/// Words between a group and its verb that say when or how badly:
/// "two of the injured later died", "three of the critically injured
/// died", "two of them have since died".
const DIED_SINCE: &[&str] = &[
    "later",
    "since",
    "subsequently",
    "then",
    "also",
    "now",
    "have",
    "has",
    "had",
    "critically",
    "seriously",
    "badly",
];

/// Do the words after a figure at token `from` say that those of a group
/// of the living died: "of the injured later died", "of the wounded died
/// in hospital", "of them died", "of whom died weeks later"? Such a count
/// is of the dead, a part of the toll ("Two of the injured died in
/// hospital" against "three people died of their injuries in hospital").
/// Not a part of the dead ("fourteen of the victims died in the hospital
/// itself", see [`part_of_count`]) nor of another group ("two of the
/// climbers died" counts climbers).
fn died_of_group(lower: &[String], from: usize) -> bool {
    let at = |k: usize| word_after(lower, from, k);
    // Past the words of `DIED_SINCE` from token `k` on.
    let past_since = |k: usize| (k..).find(|&k| !at(k).is_some_and(|w| DIED_SINCE.contains(&w)));
    if at(0) != Some("of") {
        return false;
    }
    let verb_from = match at(1) {
        Some("them" | "whom") => 2,
        Some("the" | "those") => {
            let Some(k) = past_since(2) else {
                return false;
            };
            let injured = at(k).and_then(canonical_count).and_then(|c| c.2);
            if injured != Some(Role::Injured) {
                return false;
            }
            k + 1
        }
        _ => return false,
    };
    past_since(verb_from).is_some_and(|k| matches!(at(k), Some("died" | "succumbed")))
}

/// Words a part's telling passes over to the word that tells it: "were",
/// "had been", "remain in".
const PART_TELLING: &[&str] = &[
    "were",
    "was",
    "are",
    "is",
    "had",
    "have",
    "has",
    "been",
    "being",
    "be",
    "remain",
    "remained",
    "remains",
    "still",
    "all",
    "also",
    "now",
    "later",
    "reportedly",
    "confirmed",
    "believed",
    "identified",
    "thought",
    "known",
    "said",
    "as",
    "to",
    "killed",
    "died",
];

/// How many words after its group a part's telling word may stand: "had
/// been" before "released", "remain in" before "critical".
const PART_TELLING_REACH: usize = 4;

/// The group a figure is a part of, from the words after it at token
/// `from`: "of the dead", "of the victims" give "dead", "of the wounded"
/// gives "injured", "of those detained"... None but for a group of people
/// ("of the 30 injured" names none).
fn partitive_group(lower: &[String], from: usize) -> Option<&str> {
    let at = |k: usize| word_after(lower, from, k);
    if at(0) != Some("of") || !matches!(at(1), Some("the" | "those")) {
        return None;
    }
    let group = at(2)?;
    Some(match canonical_count(group)? {
        (_, _, Some(Role::Dead)) => "dead",
        (_, _, Some(Role::Injured)) => "injured",
        ("people", _, _) if group == "victims" => "dead",
        ("people", _, role) if role.is_some() || is_plural(group) => group,
        _ => return None,
    })
}

/// A part of a count of people told by who they were or what became of
/// them, from the words after its figure at token `from`: "of the dead
/// were Ustravian citizens" gives "dead ustravian", "of the injured remain
/// in critical condition" gives "injured critic". None without the group
/// ("of the 30 injured") or the telling word in the same clause.
fn part_told(
    text: &str,
    offset: usize,
    toks: &[Token],
    lower: &[String],
    from: usize,
) -> Option<String> {
    let group = partitive_group(lower, from)?;
    let first = from + 3;
    (first..lower.len().min(first + PART_TELLING_REACH))
        .take_while(|&k| !comma_before(text, offset, toks, k))
        .map(|k| lower[k].as_str())
        .find(|w| !PART_TELLING.contains(w) && !is_stop_word(w))
        .filter(|w| w.chars().all(char::is_alphabetic))
        .map(|w| format!("{group} {}", stem(w)))
}

/// How many words after a figure an "alone" that restricts its count to a
/// place may stand: "at least 40 dead on the Kettu Islands alone" is six.
const ALONE_REACH: usize = 8;

/// The last word of a place that an "alone" in the clause after token
/// `from` closes, restricting the count before it to a part of the event
/// ("in his province alone", "on the Kettu Islands alone"): "province",
/// "islands". None where it says how people lived or died ("died alone in
/// their homes", "elderly people who live alone").
fn alone_after<'a>(
    text: &str,
    offset: usize,
    toks: &[Token],
    lower: &'a [String],
    from: usize,
) -> Option<&'a str> {
    let mut place = false;
    for k in from..lower.len().min(from + ALONE_REACH) {
        if k > from && comma_before(text, offset, toks, k) {
            return None;
        }
        match lower[k].as_str() {
            "in" | "on" | "at" | "across" => place = true,
            // The place's last word stands before it, not a verb ("died
            // alone", "who live alone").
            "alone" => {
                let last = lower[k - 1].as_str();
                let lived = last.ends_with("ed") || matches!(last, "live" | "lives" | "living");
                return (place && !lived).then_some(last);
            }
            _ => {}
        }
    }
    None
}

/// Do the words after a verb of carrying take people to a hospital it
/// does not name: "to hospital", "to hospitals in the capital", "to a
/// hospital in Trevin", "to the city's hospitals"? Not a named one ("to
/// Brestova District Hospital": its own intake), nor the mortuary.
fn to_hospital(after: &[String]) -> bool {
    after.first().is_some_and(|w| w == "to")
        && after
            .iter()
            .skip(1)
            .take(3)
            .position(|w| matches!(w.as_str(), "hospital" | "hospitals"))
            .is_some_and(|k| {
                after[1..1 + k].iter().all(|w| {
                    matches!(
                        w.as_str(),
                        "a" | "the" | "local" | "nearby" | "city's" | "area"
                    )
                }) && !to_the_dead(&after[k + 2..])
            })
}

/// Verbs by which people are carried to a hospital: "were taken to
/// hospital", "was rushed to St. Maren Hospital".
const CARRIED_TO_HOSPITAL: &[&str] = &[
    "taken",
    "admitted",
    "rushed",
    "brought",
    "sent",
    "airlifted",
    "flown",
];

/// Do the words after a hospital's name say its mortuary ("Halsk
/// Hospital's mortuary", "the hospital morgue")? Those taken there are the
/// dead.
fn to_the_dead(words: &[String]) -> bool {
    words
        .iter()
        .take(2)
        .any(|w| matches!(w.as_str(), "mortuary" | "morgue"))
}

/// Verbs a hospital takes people in with: "received 31 injured", "was
/// treating seven patients".
const TAKING_IN: &[&str] = &[
    "received",
    "receiving",
    "admitted",
    "admitting",
    "treated",
    "treating",
];

/// How many words before a count a hospital and its verb may stand:
/// "Halsk General Hospital said it had received more than a dozen" is
/// nine.
const HOSPITAL_REACH: usize = 10;

/// Is a count a hospital's intake: a hospital takes people in right
/// before it ("Brestova District Hospital said it had received 31 injured
/// people", "the hospital says it treated 34", "St. Maren University
/// Hospital, which has treated twenty-six")? One hospital's count is a
/// part of those hurt, set against another hospital's, not the toll of the
/// injured. Not "taken to hospital", which counts no intake.
fn hospital_intake(lower: &[String], start: usize) -> bool {
    let from = start.saturating_sub(HOSPITAL_REACH);
    let Some(verb) = (from..start)
        .rev()
        .find(|&k| TAKING_IN.contains(&lower[k].as_str()))
    else {
        return false;
    };
    // The verb's object is the count, past its qualifier only.
    let object = (verb + 1..start).all(|k| {
        matches!(
            lower[k].as_str(),
            "more"
                | "than"
                | "about"
                | "at"
                | "least"
                | "some"
                | "nearly"
                | "almost"
                | "over"
                | "a"
                | "dozen"
        )
    });
    object && (from..verb).any(|k| lower[k] == "hospital")
}

/// How many words after its verb a named hospital may end: "were taken to
/// Brestova District Hospital" is four.
const NAMED_HOSPITAL_REACH: usize = 5;

/// Is a count, ending at token `end`, of people a hospital it names took
/// in: "Thirty-one injured people were taken to Brestova District
/// Hospital", "34 people were treated at Kesterby General Hospital"? The
/// hospital's own intake, as "the hospital said it received 31" is. Not
/// "taken to hospital", "taken to hospitals in the capital": no hospital
/// named.
fn named_hospital_took_in(toks: &[Token], lower: &[String], end: usize) -> bool {
    // "were treated at", or carried there: "were taken to", "were
    // admitted to".
    let taken_in = |w: &str| w == "treated" || CARRIED_TO_HOSPITAL.contains(&w);
    let Some(verb) = (end..lower.len().min(end + 4)).find(|&k| taken_in(&lower[k])) else {
        return false;
    };
    let auxiliaries = (end..verb).all(|k| {
        matches!(
            lower[k].as_str(),
            "were" | "was" | "have" | "had" | "has" | "been" | "being" | "are" | "people"
        )
    });
    // "taken to Halsk Hospital's mortuary" counts the dead.
    let mortuary = |k: usize| to_the_dead(&lower[(k + 1).min(lower.len())..]);
    auxiliaries
        && verb > end
        && matches!(
            lower.get(verb + 1).map(String::as_str),
            Some("to" | "at" | "in")
        )
        && (verb + 2..lower.len().min(verb + 2 + NAMED_HOSPITAL_REACH))
            .take_while(|&k| toks[k].text.starts_with(char::is_uppercase))
            .any(|k| toks[k].text == "Hospital" && !mortuary(k))
}

/// Is token `k` a possessive ("Tavrin's", "the victims'")? Its ending is
/// not part of the token (see `words::tokens`). A quote mark after a word
/// not ending in "s" closes a quotation ("17 'innocent' bystanders").
fn possessive(text: &str, offset: usize, toks: &[Token], k: usize) -> bool {
    let t = &toks[k];
    let after = &text[t.span.end - offset..];
    after.starts_with("'s")
        || after.starts_with("’s")
        || (t.text.ends_with('s') && (after.starts_with('\'') || after.starts_with('’')))
}

/// Is there a comma (or a semicolon, a colon) between token `k` and the
/// one before it?
pub(super) fn comma_before(text: &str, offset: usize, toks: &[Token], k: usize) -> bool {
    gap_before(text, offset, toks, k).contains([',', ';', ':'])
}

/// How many words back from "risen to 31" the count it gives may begin:
/// "the number of people confirmed dead in the sinking of the ferry Santa
/// Brisa has risen to 31" is fourteen.
const COUNT_REACH: usize = 16;

/// "The number of people confirmed dead ... has risen to 31", "the number of
/// injured was revised down to 174", "the number of missing stood at 22",
/// "revised its count of the injured on Friday to 212": the figure a count
/// of the dead, the injured or the missing comes to.
fn count_before(lower: &[String], start: usize) -> Option<Role> {
    // "The dead now number nine", "the injured number more than 300":
    // the group is the verb's subject.
    if start >= 2
        && matches!(
            lower[start - 1].as_str(),
            "number" | "numbered" | "total" | "totalled" | "totaled"
        )
    {
        // The group before the verb, past a "now", and "the" before it.
        let subject = match start - 2 {
            k if lower[k] == "now" => k.checked_sub(1)?,
            k => k,
        };
        let the = subject.checked_sub(1).is_some_and(|k| lower[k] == "the");
        return canonical_count(&lower[subject])
            .and_then(|c| c.2)
            .filter(|_| the);
    }
    // "has risen to 31", "stood at 22", "has reached 137".
    if start == 0
        || !matches!(
            lower[start - 1].as_str(),
            "to" | "at" | "reached" | "reaches" | "reach" | "hit" | "hits"
        )
    {
        return None;
    }
    let counted = |w: &str| {
        matches!(
            w,
            "dead" | "deaths" | "killed" | "fatalities" | "injured" | "wounded" | "injuries"
        ) || MISSING_WORDS.contains(&w)
            || ARREST_WORDS.contains(&w)
    };
    let k = lead_before(lower, start, COUNT_REACH, counted)?;
    // "Cholera deaths reach 41", "the dead have risen to 40": the count
    // itself rises, with nothing between it and the rise.
    let rises = lower[k + 1..start].iter().all(|w| {
        RISEN.contains(&w.as_str())
            || matches!(
                w.as_str(),
                "reach" | "rise" | "climb" | "hit" | "hits" | "to" | "has" | "have" | "now"
            )
    });
    if !rises
        && !lower[..k]
            .iter()
            .rev()
            .take(4)
            .any(|w| matches!(w.as_str(), "number" | "count" | "tally"))
    {
        return None;
    }
    role_word(&lower[k])
}

/// How many words before a figure "the number of" may stand: "the number
/// of homes destroyed in the region is put at" is nine; "the number of
/// inmates who escaped from Drummock Hill prison during Sunday night's riot
/// is" fourteen; a lead names the event in full ("the number of children
/// who have died after taking a contaminated cough syrup made by Brennar
/// Pharma has risen to" is seventeen), as far as a toll may reach
/// ([`TOLL_REACH`]).
const NUMBER_OF_REACH: usize = TOLL_REACH;

/// Words right before a figure that make it what a number before comes
/// to: "rose to 720", "stands at 11", "could reach 8,000", "is 40".
const COMES_TO: &[&str] = &[
    "to", "at", "reach", "reached", "reaches", "hit", "hits", "is", "was", "exceeded", "tops",
    "topped",
];

/// Words that may stand between "of" and the noun it counts: "the number
/// of confirmed cases", "of those newly infected".
const NUMBER_OF_FILLER: &[&str] = &[
    "the",
    "new",
    "confirmed",
    "suspected",
    "reported",
    "registered",
];

/// The thing a figure counts where "the number of" that thing comes to it
/// ("the number of cases could reach 8,000"; "the total of homes destroyed
/// stands at 2,400"), with no other figure and no break between.
fn number_of_before(lower: &[String], start: usize) -> Option<(String, Option<Role>)> {
    if !lower
        .get(start.checked_sub(1)?)
        .is_some_and(|w| COMES_TO.contains(&w.as_str()))
    {
        return None;
    }
    let k = lead_before(lower, start, NUMBER_OF_REACH, |w| w == "of")?;
    if !matches!(word_before(lower, k, 1), Some("number" | "total")) {
        return None;
    }
    // "the number of escaped inmates", "the number of inmates who
    // escaped", "the number of people who died": what befell them, told
    // by a word before the noun or a clause after it.
    let befalls = |w: &str| {
        if w == "escaped" {
            Some(Role::Escaped)
        } else {
            verb_role(w)
        }
    };
    let words = &lower[k + 1..start];
    let at = words
        .iter()
        .take(3)
        .position(|w| !NUMBER_OF_FILLER.contains(&w.as_str()) && befalls(w).is_none())?;
    let noun = &words[at];
    let noun_at = k + 1 + at;
    let befell = words[..at]
        .iter()
        .rev()
        .find_map(|w| befalls(w))
        .or_else(|| {
            matches!(
                lower.get(noun_at + 1).map(String::as_str),
                Some("who" | "that")
            )
            .then(|| role_of_subject(lower, noun_at + 2))
            .flatten()
        });
    match canonical_count(noun) {
        Some((c, _, role)) => Some((c.to_string(), role.or(befell))),
        None if is_plural_noun(noun) && befell.is_some() => Some(("people".into(), befell)),
        None if is_plural_noun(noun) => Some((stem(same_thing(noun)), None)),
        None => None,
    }
}

/// Words that may stand between a count of people and the state it is in:
/// "82 of whom remained in hospital", "nine of them in a critical
/// condition", "12 people are still being treated in hospital".
const STATE_FILLER: &[&str] = &[
    "of", "them", "whom", "people", "patients", "were", "was", "are", "is", "in", "a", "an", "had",
    "have", "been", "being", "treated", "listed", "now", "remain", "remained", "remains", "still",
    "back", "may", "might", "could", "be",
];

/// What befell all those aboard, told right after "on board": "were
/// killed", "died", "perished".
const DIED_ABOARD: &[&str] = &["killed", "died", "dead", "perished"];

/// Do the words from token `from`, right after "on board" or "aboard",
/// say those aboard died ("were killed", "have all died")?
fn died_aboard(lower: &[String], from: usize) -> bool {
    lower
        .iter()
        .skip(from)
        .take(4)
        .take_while(|w| {
            matches!(w.as_str(), "were" | "was" | "have" | "had" | "been" | "all")
                || DIED_ABOARD.contains(&w.as_str())
        })
        .any(|w| DIED_ABOARD.contains(&w.as_str()))
}

/// How many words after a count of people its state may be told: "12
/// people are still being treated in hospital" takes seven, all of them
/// [`STATE_FILLER`] but the last.
const STATE_REACH: usize = 8;

/// The state a count of people is in, from the words right after it: in a
/// critical condition or intensive care, still in hospital, in custody, on
/// board. Being taken or treated in hospital is being injured (see
/// [`role_near`]); being or remaining there is a count of its own, which
/// outlets report apart and revise ("seven of them were in hospital on
/// Sunday", "five are still in hospital", "seven are being treated in
/// hospital").
fn state_after(lower: &[String], from: usize) -> Option<Role> {
    let (mut still, mut is, mut treated, mut now) = (false, false, false, false);
    // "may still be under the rubble": a modal holds only for that state;
    // "could be in custody by Friday" is no count of the held.
    let mut modal = false;
    // "Nine of the injured were in critical condition": the group the
    // count is part of stands between it and its state.
    let at = |n: usize| word_after(lower, from, n);
    let from = if at(0) == Some("of")
        && matches!(at(1), Some("the" | "those"))
        && at(2).is_some_and(|w| canonical_count(w).is_some())
    {
        from + 3
    } else {
        from
    };
    for (k, w) in lower.iter().enumerate().skip(from).take(STATE_REACH) {
        let next = lower.get(k + 1).map(String::as_str);
        match (w.as_str(), next) {
            // "serious" is a grade of its own: outlets give both figures.
            ("critical", Some("condition" | "conditions")) => {
                return (!modal).then_some(Role::Critical);
            }
            ("intensive", Some("care")) => return (!modal).then_some(Role::Critical),
            ("custody", _) => return (!modal).then_some(Role::Arrested),
            // "Up to 60 people may still be under the rubble".
            ("under", Some("the"))
                if k + 2 < lower.len()
                    && matches!(
                        lower[k + 2].as_str(),
                        "rubble" | "debris" | "snow" | "mud" | "ruins"
                    ) =>
            {
                return Some(Role::Missing);
            }
            ("critically", Some("injured" | "wounded" | "hurt" | "ill")) => {
                return (!modal).then_some(Role::Critical);
            }
            ("hospital" | "hospitals" | "hospitalized" | "hospitalised", _)
                if still || (is && (!treated || now) && k > 0 && lower[k - 1] == "in") =>
            {
                return (!modal).then_some(Role::Hospitalized);
            }
            // "All 141 people on board were killed": the dead, all of
            // those aboard.
            ("aboard", _) | ("on", Some("board")) => {
                let past = k + if w == "on" { 2 } else { 1 };
                let role = if died_aboard(lower, past) {
                    Role::Dead
                } else {
                    Role::Aboard
                };
                return (!modal).then_some(role);
            }
            (w, _) if STATE_FILLER.contains(&w) => {
                still |= matches!(w, "still" | "remain" | "remained" | "remains");
                modal |= matches!(w, "may" | "might" | "could" | "be");
                is |= matches!(w, "were" | "was" | "are" | "is");
                treated |= w == "treated";
                // "are being treated in hospital", "were being treated
                // in hospital": there now, or there then.
                now |= matches!(w, "are" | "is" | "being");
            }
            _ => return None,
        }
    }
    None
}

/// The nearest word `leads` accepts within `reach` words before token
/// `start`, with no other figure and no clause break between (a word ending
/// a clause is cut from its comma in `lower`, so the check is on figures and
/// on words that start a new statement): its position.
fn lead_before(
    lower: &[String],
    start: usize,
    reach: usize,
    leads: impl Fn(&str) -> bool,
) -> Option<usize> {
    for k in (start.saturating_sub(reach)..start).rev() {
        let w = lower[k].as_str();
        if leads(w) {
            return Some(k);
        }
        if number_at(lower, k).is_some() || matches!(w, "and" | "but" | "while" | "said") {
            return None;
        }
    }
    None
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
    // "48 per cent", as British outlets write it: two words.
    if word_after(lower, from, 0) == Some("per") && word_after(lower, from, 1) == Some("cent") {
        return (Some("percent".into()), 1.0, None, from + 2);
    }
    // "5 million US dollars", "5 million Hong Kong dollars": a country's
    // dollars (a code after the figure is read with its case: see
    // `code_after`).
    if let Some((unit, used)) = money_after(lower, from) {
        return (Some(stem(same_thing(unit))), 1.0, None, from + used);
    }
    if let Some((_, tail)) = number
        .split_once('-')
        .filter(|_| fraction_word(number).is_none())
        .filter(|(_, tail)| {
            !QUALIFYING_TAILS.iter().any(|(t, _)| t == tail) && scale(tail).is_none()
        })
    {
        // "a 1,000-strong crowd", "a 300-strong force": people.
        if tail == "strong" {
            return (Some("people".into()), 1.0, None, from);
        }
        if let Some((c, f, r)) =
            canonical_count(tail).or_else(|| canonical_count(&format!("{tail}s")))
        {
            return (Some(c.into()), f, r, from);
        }
        // "a 34-year-old forklift driver" gives an age, as "Ortega, 34," does.
        if tail == "year-old" || tail == "years-old" {
            return (Some("age".into()), 1.0, None, from);
        }
        // "the 6.3-magnitude quake", "a 10-metre wall": the unit's own
        // measure, as "magnitude 6.3" and "10 metres" give it.
        if let Some((unit, 1, factor)) = unit_at(&[tail.to_string()], 0) {
            return (Some(unit.into()), factor, None, from);
        }
        // "a 180,000-square-foot warehouse": the unit is the rest (not
        // in "sixty-four", one number).
        // A one-word unit is stemmed as a plural after a figure is: "the
        // eight-carriage train" and "four carriages" count one thing.
        if tail.chars().next().is_some_and(char::is_alphabetic) && word_value(tail).is_none() {
            let unit = if tail.contains('-') {
                tail.to_string()
            } else {
                // "a seven-floor block" and "an eight-storey block" count
                // one thing, as "seven floors" and "eight storeys" do.
                // "story" makes "stories", as "storey" makes "storeys".
                let plural = match tail.strip_suffix('y') {
                    Some(stem) if !stem.ends_with(['a', 'e', 'o', 'u']) => format!("{stem}ies"),
                    _ => format!("{tail}s"),
                };
                match same_thing(&plural) {
                    thing if thing != plural => stem(thing),
                    _ => stem(tail),
                }
            };
            return (Some(unit), 1.0, None, from);
        }
    }
    // "Twelve were foreigners", "five were children": what the figure
    // counts is the noun after the verb ("64 were hurt" says what befell
    // them: see `role_of_subject`).
    // "Twelve of the passengers were foreign nationals", "three of the
    // injured are children": a part of a group, counted by the noun after
    // the verb as well.
    let of_group = word_after(lower, from, 0) == Some("of")
        && matches!(
            word_after(lower, from, 1),
            Some("the" | "its" | "their" | "those")
        )
        && word_after(lower, from, 2)
            .is_some_and(|n| is_plural_noun(n) || canonical_count(n).is_some());
    let subject = if of_group { from + 3 } else { from };
    if matches!(lower.get(subject).map(String::as_str), Some("were" | "are")) {
        if lower.get(subject + 1).is_some_and(|w| w == "foreign")
            && lower
                .get(subject + 2)
                .is_some_and(|n| FOREIGN_PEOPLE.contains(&n.as_str()))
        {
            return (Some("foreigners".into()), 1.0, None, subject + 3);
        }
        if let Some(noun) = lower.get(subject + 1)
            && canonical_count(noun).is_none_or(|c| c.2.is_none())
            && is_plural_noun(noun)
        {
            let counts =
                canonical_count(noun).map_or_else(|| stem(same_thing(noun)), |c| c.0.to_string());
            return (Some(counts), 1.0, None, subject + 2);
        }
    }
    for (k, w) in lower.iter().enumerate().skip(from).take(4) {
        if let Some((unit, n, factor)) = unit_at(lower, k) {
            return (Some(unit.into()), factor, None, k + n);
        }
        // "80 square metres" is no count of metres, and "3 cubic feet" no
        // length.
        if matches!(w.as_str(), "square" | "sq" | "cubic") {
            break;
        }
        // "11 foreign nationals", "twelve foreigners": one count.
        if w == "foreign"
            && lower
                .get(k + 1)
                .is_some_and(|n| FOREIGN_PEOPLE.contains(&n.as_str()))
        {
            return (Some("foreigners".into()), 1.0, None, k + 2);
        }

        if let Some((c, f, r)) = canonical_count(w) {
            // "dozens of dead cattle", "40 injured horses": animals, not
            // people, whatever befell them.
            // Not "two dead fish sellers": there the animal names the trade.
            if r.is_some()
                && let Some(animals) = lower.get(k + 1).filter(|n| names_animals(n))
                && !lower.get(k + 2).is_some_and(|n| is_plural_noun(n))
            {
                return (Some(stem(animals)), 1.0, None, k + 2);
            }
            // "60 people dead": the role may follow the noun.
            let after = lower
                .get(k + 1)
                .and_then(|n| canonical_count(n))
                .and_then(|x| x.2);
            // "four crew members": the noun is two words.
            let end = if w == "crew" && lower.get(k + 1).is_some_and(|n| n == "members") {
                k + 2
            } else {
                k + 1
            };
            return match (r, after) {
                (None, Some(role)) => (Some(c.into()), f, Some(role), k + 2),
                _ => (Some(c.into()), f, r, end),
            };
        }
        // "14 other people", "two more bodies", "three additional suspects".
        if matches!(
            w.as_str(),
            "other" | "more" | "additional" | "further" | "new"
        ) {
            continue;
        }
        if is_stop_word(w) || w.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            break;
        }
        // "400 sheep farmers", "12 aircraft passengers": a noun used as
        // a modifier of the plural after it.
        if UNCHANGED_PLURALS.contains(&w.as_str())
            && lower
                .get(k + 1)
                .is_some_and(|n| is_plural(n) || canonical_count(n).is_some())
        {
            continue;
        }
        let plural = is_plural_noun(w);
        if plural {
            // "five armed men" are gunmen, as "four gunmen" are.
            let w = if w == "men" && k > from && lower[k - 1] == "armed" {
                "gunmen"
            } else {
                w.as_str()
            };
            return (Some(stem(same_thing(w))), 1.0, None, k + 1);
        }
    }
    (None, 1.0, None, from)
}

/// A unit of speed, distance, length, weight, area or strength that
/// outlets write several ways ("80 kilometers per hour", "90 km/h",
/// "56 mph"; "kilometres", "km", "miles"; "metres", "feet"), at token `k`:
/// the one name its measure is compared in, how many tokens it takes, and
/// what a figure in it is multiplied by to be in that one (1 for the
/// unit's own names; a conversion for another system's: "15 pounds" is
/// 6.8 kg, "121 mph" is 194.7 km/h).
fn unit_at(lower: &[String], k: usize) -> Option<(&'static str, usize, f64)> {
    let at = |n: usize| lower.get(k + n).map(String::as_str);
    // "per hour", "an hour", "a hour".
    let per_hour = matches!(at(1), Some("per" | "an" | "a")) && at(2) == Some("hour");
    const MILE: f64 = 1.609_344;
    Some(match at(0)? {
        "km" if at(1) == Some("h") => ("km/h", 2, 1.0),
        "kph" | "kmh" => ("km/h", 1, 1.0),
        "km" | "kilometers" | "kilometres" | "kilometer" | "kilometre" if per_hour => {
            ("km/h", 3, 1.0)
        }
        "km" | "kilometers" | "kilometres" | "kilometer" | "kilometre" => ("km", 1, 1.0),
        "mph" => ("km/h", 1, MILE),
        "miles" | "mile" if per_hour => ("km/h", 3, MILE),
        // The singular writes a figure as an adjective: "40-knot winds",
        // "a 2-inch layer", "a 500-acre farm", "one inch of rain".
        "knots" | "knot" => ("km/h", 1, 1.852),
        // A nautical mile is 1.852 km, not a mile.
        "nautical" if matches!(at(1), Some("miles" | "mile")) => ("km", 2, 1.852),
        "miles" | "mile" => ("km", 1, MILE),
        "metres" | "meters" | "metre" | "meter" => ("metre", 1, 1.0),
        // "6 feet 8 inches", "7 pounds 4 ounces": a measure of two units,
        // compared with nothing rather than by its first.
        "feet" | "foot" | "ft" | "pounds" | "pound" | "lb" | "lbs"
            if at(1).is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()))
                && matches!(
                    at(2),
                    Some("inches" | "inch" | "in" | "ounces" | "ounce" | "oz")
                ) =>
        {
            ("two units", 3, 1.0)
        }
        "feet" | "foot" | "ft" => ("metre", 1, 0.3048),
        "yards" | "yard" => ("metre", 1, 0.9144),
        "kg" | "kilograms" | "kilogrammes" | "kilogram" | "kilos" => ("kg", 1, 1.0),
        // "1.2 tonnes of cocaine" is "1,200 kilograms", and so are 1.2
        // metric tons; a ton alone may be a short ton, a measure of its own.
        "tonnes" | "tonne" => ("kg", 1, 1000.0),
        "metric" if matches!(at(1), Some("tons" | "ton" | "tonnes" | "tonne")) => ("kg", 2, 1000.0),
        "grams" | "gram" | "grammes" | "gramme" => ("kg", 1, 0.001),
        // Gold and silver are weighed in troy ounces ("1 million ounces of
        // gold" is 31.1 tonnes).
        "troy" if matches!(at(1), Some("ounces" | "ounce" | "oz")) => ("kg", 2, TROY_OUNCE),
        "ounces" | "ounce" | "oz" if of_a_metal(lower, k + 1) => ("kg", 1, TROY_OUNCE),
        "ounces" | "ounce" | "oz" => ("kg", 1, OUNCE),
        "litres" | "liters" | "litre" | "liter" => ("litre", 1, 1.0),
        // A US gallon, as most copy that gives gallons means.
        "us" if matches!(at(1), Some("gallons" | "gallon")) => ("litre", 2, US_GALLON),
        "gallons" | "gallon" => ("litre", 1, US_GALLON),
        // "900 megawatts" is "0.9 GW" ("MW" is left alone: "6.4 Mw" is a
        // quake's magnitude).
        "megawatts" | "megawatt" => ("megawatt", 1, 1.0),
        "gw" | "gigawatts" | "gigawatt" => ("megawatt", 1, 1000.0),
        "lb" | "lbs" => ("kg", 1, POUND),
        // "Pounds" are money as often: a weight where a verb of weighing
        // comes before the figure ("weighed about 15 pounds").
        "pounds" | "pound" if weighed(lower, k) => ("kg", 1, POUND),
        "mm" | "millimetres" | "millimeters" | "millimetre" | "millimeter" => ("mm", 1, 1.0),
        "cm" | "centimetres" | "centimeters" | "centimetre" | "centimeter" => ("mm", 1, 10.0),
        "inches" | "inch" => ("mm", 1, 25.4),
        "hectares" | "hectare" | "ha" => ("hectare", 1, 1.0),
        "acres" | "acre" => ("hectare", 1, 0.404_686),
        "square" | "sq" => match at(1)? {
            "km" | "kilometers" | "kilometres" => ("hectare", 2, 100.0),
            "miles" => ("hectare", 2, 258.999),
            "metres" | "meters" | "m" => ("hectare", 2, 1e-4),
            "feet" | "ft" | "foot" => ("hectare", 2, 9.290_304e-6),
            "yards" => ("hectare", 2, 8.361_274e-5),
            _ => return None,
        },
        "cubic" => match at(1)? {
            "metres" | "meters" | "metre" | "meter" | "m" => ("cubic metre", 2, 1.0),
            "feet" | "ft" => ("cubic metre", 2, 0.028_316_846_592),
            _ => return None,
        },
        "magnitude" => ("magnitude", 1, 1.0),
        _ => return None,
    })
}

/// A pound in kilograms.
const POUND: f64 = 0.453_592_37;

/// An ounce in kilograms.
const OUNCE: f64 = 0.028_349_523_125;

/// A troy ounce, of gold or silver, in kilograms.
const TROY_OUNCE: f64 = 0.031_103_476_8;

/// A US gallon in litres.
const US_GALLON: f64 = 3.785_411_784;

/// Does "of" and a precious metal follow token `k` ("ounces of gold")?
fn of_a_metal(lower: &[String], k: usize) -> bool {
    lower.get(k).is_some_and(|w| w == "of")
        && lower
            .get(k + 1)
            .is_some_and(|w| matches!(w.as_str(), "gold" | "silver" | "platinum" | "palladium"))
}

/// How many words before a unit a verb of weighing may stand: "weighed
/// an estimated 15 pounds" is four.
const WEIGHED_REACH: usize = 4;

/// Words between a verb of weighing and its figure: "weighed in at about",
/// "weighs more than", "weighing an estimated".
const WEIGHED_LINKS: &[&str] = &[
    "about",
    "around",
    "roughly",
    "some",
    "nearly",
    "almost",
    "an",
    "estimated",
    "in",
    "at",
    "more",
    "less",
    "than",
    "over",
    "under",
    "up",
    "to",
];

/// Does a verb of weighing come shortly before the unit at `k`, with only
/// the figure and its qualifier between ("weighed about 15 pounds"), and
/// no price after it ("weighed bids of 250 pounds a share")?
fn weighed(lower: &[String], k: usize) -> bool {
    let Some(p) = (k.saturating_sub(WEIGHED_REACH)..k).find(|&p| lower[p].starts_with("weigh"))
    else {
        return false;
    };
    let linked = (p + 1..k)
        .all(|q| WEIGHED_LINKS.contains(&lower[q].as_str()) || number_at(lower, q).is_some());
    let priced = lower
        .get(k + 1)
        .is_some_and(|w| matches!(w.as_str(), "a" | "per" | "each" | "apiece"));
    linked && !priced
}

/// Words between "magnitude" and its figure: "a magnitude of 6.8", "put
/// the magnitude at 6.8", "gives its magnitude as 6.9".
const MAGNITUDE_LINKS: &[&str] = &["of", "at", "as", "was", "is", "to"];

/// Does "magnitude" lead to the figure at token `start` ("magnitude 5.9",
/// "a magnitude of 6.8", "revised the magnitude to 6.9")?
fn magnitude_before(lower: &[String], start: usize) -> bool {
    let before = |n: usize| start.checked_sub(n).map(|k| lower[k].as_str());
    before(1) == Some("magnitude")
        || (before(1).is_some_and(|w| MAGNITUDE_LINKS.contains(&w))
            && before(2) == Some("magnitude"))
}

/// Spans of time "over" may run through: "over three days".
const SPAN_UNITS: &[&str] = &[
    "hours", "days", "weeks", "months", "years", "decades", "nights", "weekends",
];

/// Words before "over" and a span that make it "more than": "for over 20
/// hours", "lasted over three days", "after over a week".
const OVER_IS_MORE: &[&str] = &[
    "for", "after", "lasted", "lasting", "lasts", "last", "took", "taking", "take", "takes",
    "spent", "than", "in", "within", "of", "been", "is", "was", "are", "were", "be",
];

/// Verbs before "up to" that move a figure to a new value: "revised up
/// to 70", "edges up to 4.1%", "went up to 4.20 euros" ("go" only with
/// the figure it moves from after: see `qualifier`).
const MOVES_UP: &[&str] = &[
    "revised", "raised", "went", "gone", "edge", "edges", "edged", "edging", "climb", "climbs",
    "climbed", "climbing", "jump", "jumps", "jumped", "tick", "ticks", "ticked", "inch", "inches",
    "inched", "creep", "creeps", "crept", "step", "steps", "stepped", "bump", "bumps", "bumped",
];

/// Words before a verb of [`MOVES_UP`] that make where it moves to a
/// ceiling still: "could even climb up to 40 degrees", "are expected to
/// climb up to", "would be revised up to".
const MAY_MOVE: &[&str] = &["could", "can", "may", "might", "would", "to"];

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
            // "the toll was revised up to 70", "unemployment edged up to
            // 4.1%", "prices went up to 4.20 euros": where a figure moves
            // to, not at most it. "Temperatures could even climb up to 40
            // degrees" is a ceiling, and so is a range: "fines go up to 5
            // million", "moved up to 300 people out".
            // "The pension goes up to 21,400 lodars a month from 20,340":
            // "go" moves a figure where the one it moves from follows.
            let from_after = || lower.iter().skip(i + 1).take(5).any(|w| w == "from");
            if words == &["up", "to"]
                && word_before(lower, i - n, 1).is_some_and(|w| {
                    MOVES_UP.contains(&w) || (matches!(w, "go" | "goes" | "going") && from_after())
                })
                && !(2..=4)
                    .any(|k| word_before(lower, i - n, k).is_some_and(|w| MAY_MOVE.contains(&w)))
            {
                return (Op::Eq, i);
            }
            // "61 hearings over 14 months", "620 flights over three days":
            // the span the figure before took, not more than it; "held for
            // over 20 hours", "lasted over three days" are more.
            if words == &["over"]
                && lower
                    .get(i + 1)
                    .is_some_and(|w| SPAN_UNITS.contains(&w.as_str()))
                && !word_before(lower, i - n, 1).is_some_and(|w| OVER_IS_MORE.contains(&w))
            {
                return (Op::Eq, i);
            }
            // "twice as many as 40", "nearly as many as 40 did last year":
            // a comparison, no ceiling.
            if words[0] == "as"
                && word_before(lower, i - n, 1).is_some_and(|w| COMPARING.contains(&w))
            {
                return (Op::Eq, i);
            }
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

/// How many words before a count a word that says what befell its people
/// may stand: "were killed or injured, among them 40 people" is six.
const ROLE_REACH: usize = 6;

/// Dead or injured, from the nearest such word around the quantity.
fn role_near(lower: &[String], start: usize, end: usize) -> Option<Role> {
    // A count with a relative clause after it takes the clause's main verb.
    if let Some(role) = role_after_clause(lower, end) {
        return Some(role);
    }
    let lo = start.saturating_sub(ROLE_REACH);
    let hi = (end + 4 + coordinated(lower, end)).min(lower.len());
    let mut best: Option<(usize, Role)> = None;
    for (k, w) in lower.iter().enumerate().take(hi).skip(lo) {
        // "taken to hospitals", "in hospital": news counts the injured so;
        // "staff at the hospital" are no injured; "brought to safety"
        // are the rescued, "safety inspectors" not.
        let after_to = k > 0 && matches!(lower[k - 1].as_str(), "to" | "in");
        let role = match w.as_str() {
            "hospital" | "hospitals" if after_to => Role::Injured,
            "safety" if after_to => Role::Rescued,
            // "left without a home", "forced from their homes", "forced to
            // flee": the displaced; "12 homes" counts homes, and people
            // who "returned to their homes" or were "pulled from their
            // homes" were not driven out.
            "homes" | "home" if driven_from_home(lower, k) => Role::Displaced,
            _ if leaves_home(lower, k) => Role::Displaced,
            // "on board" is aboard; "the board has twelve staff" is not.
            "board" if k == 0 || lower[k - 1] != "on" => continue,
            // "All 141 people on board were killed": the dead.
            "board" | "aboard" if died_aboard(lower, k + 1) => Role::Dead,
            // "died of their wounds": what they died of.
            _ if died_of(lower, k) => Role::Dead,
            // "saved the lives of 40 workers": no one died.
            "lives" if (1..=2).any(|j| k >= j && SAVING.contains(&lower[k - j].as_str())) => {
                continue;
            }
            w => match role_word(w) {
                Some(role) => role,
                None => continue,
            },
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

/// Words that say people were driven out of the home up to
/// [`DRIVEN_REACH`] words after them ("forced from their homes", "lost their homes", "left without
/// a home").
const DRIVING_OUT: &[&str] = &[
    "forced", "forces", "forcing", "fled", "flee", "leave", "driven", "lost", "without", "left",
];

/// How many words before "their homes" a word of [`DRIVING_OUT`] may
/// stand: "forced 3,000 people from their homes" is four.
const DRIVEN_REACH: usize = 4;

/// Is the "home" or "homes" at token `k` one people were driven from?
fn driven_from_home(lower: &[String], k: usize) -> bool {
    // "left their homes to watch the parade": out for a purpose.
    k >= 2
        && lower.get(k + 1).is_none_or(|w| w != "to")
        && matches!(lower[k - 1].as_str(), "their" | "a" | "from")
        && lower[k.saturating_sub(DRIVEN_REACH + 1)..k - 1]
            .iter()
            .any(|w| DRIVING_OUT.contains(&w.as_str()))
}

/// Words that make the people just counted an outlet's sources: "eleven
/// survivors interviewed by the Courier said", "two survivors told
/// reporters".
const SPEAKING: &[&str] = &[
    "said",
    "say",
    "says",
    "told",
    "tell",
    "interviewed",
    "described",
    "recalled",
    "spoke",
];

/// How many words after a count of people a verb of speaking may make them
/// sources: "eleven survivors interviewed by the Courier said" is one.
const SPEAKING_REACH: usize = 3;

/// Does a verb of speaking follow the count ending at token `end`?
fn speaking(lower: &[String], end: usize) -> bool {
    lower
        .iter()
        .skip(end)
        .take(SPEAKING_REACH)
        .any(|w| SPEAKING.contains(&w.as_str()))
}

/// Does a count ending at token `end` say how many a year ("1.9 million
/// passengers last year", "a year", "annually")?
fn yearly(lower: &[String], end: usize) -> bool {
    let at = |n: usize| word_after(lower, end, n).unwrap_or("");
    matches!(
        (at(0), at(1)),
        ("last" | "a" | "per" | "each" | "every", "year")
    ) || matches!(at(0), "annually" | "yearly")
}

/// Verbs that say people went or were sent away from where they live, when
/// a dwelling follows them: "forced from their homes", "had to leave their
/// flats", "left their homes", "moved out of the village".
const LEAVING: &[&str] = &[
    "forced",
    "fled",
    "flee",
    "fleeing",
    "leave",
    "left",
    "abandon",
    "abandoned",
    "driven",
    "moved",
];

/// Where people live, as news names what they were driven from.
const DWELLINGS: &[&str] = &["home", "homes", "houses", "flats", "apartments"];

/// Words that may stand between a verb of [`LEAVING`] and the dwelling:
/// "forced to leave their homes", "moved out of their flats".
const LEAVING_GLUE: &[&str] = &[
    "to", "leave", "flee", "from", "out", "of", "their", "his", "her", "the",
];

/// Does a singular noun name one person by what they do or are, as a
/// headline joins it to a count ("Five hostages and police officer
/// killed")?
fn names_one_person(w: &str) -> bool {
    matches!(
        w,
        "police"
            | "officer"
            | "guard"
            | "soldier"
            | "firefighter"
            | "rescuer"
            | "child"
            | "man"
            | "woman"
            | "boy"
            | "girl"
            | "gunman"
            | "attacker"
            | "pilot"
            | "driver"
            | "nurse"
            | "doctor"
            | "teacher"
            | "journalist"
            | "miner"
            | "worker"
            | "passenger"
    )
}

/// Do the words after "treated" name a hospital or injuries within
/// [`TREATED_REACH`] words: "treated in hospitals for their injuries"?
fn injury_treated(after: &[String]) -> bool {
    after.iter().take(TREATED_REACH).any(|w| {
        matches!(
            w.as_str(),
            "hospital" | "hospitals" | "injuries" | "wounds" | "burns"
        )
    })
}

/// Does the word after "treated" leave it a medic's treatment ("treated
/// for burns", "treated at the scene", "have been treated, most for
/// breathing problems")? Not "as suspects", "like criminals", "to a meal",
/// "with suspicion", "unfairly".
fn treated_by_medics(next: Option<&String>) -> bool {
    next.is_none_or(|w| {
        let adverb = w.ends_with("ly") && w.len() > 4;
        let manner = matches!(
            w.as_str(),
            "as" | "like" | "to" | "with" | "well" | "differently"
        );
        !(adverb || manner)
    })
}

/// The role a verb of harm right before a figure gives it ("killing 17",
/// "injures 40"; "were killed, three of them children"), unless the word is
/// what someone died of ("eight died of their wounds, one of them in
/// hospital").
fn verb_before(lower: &[String], start: usize) -> Option<Role> {
    let k = start.checked_sub(1)?;
    if died_of(lower, k) {
        return None;
    }
    verb_role(&lower[k])
}

/// Is the word at `k` what someone died of ("died of their wounds",
/// "died from his injuries")?
fn died_of(lower: &[String], k: usize) -> bool {
    let before = |j: usize| k.checked_sub(j).map(|i| lower[i].as_str());
    let det = usize::from(matches!(before(1), Some("their" | "his" | "her" | "the")));
    matches!(before(1 + det), Some("of" | "from"))
        && matches!(before(2 + det), Some("died" | "dies" | "die" | "dying"))
}

/// The people a part is made of, after "of them" or "of whom" ("four of
/// them police officers", "three of whom were children"): a noun of
/// people within three words, past an adjective.
fn people_of_them(lower: &[String], end: usize) -> Option<&str> {
    let at = |k: usize| lower.get(end + k).map(String::as_str);
    if at(0) != Some("of") || !matches!(at(1), Some("them" | "whom")) {
        return None;
    }
    let from = 2 + usize::from(matches!(at(2), Some("were" | "are" | "was")));
    (from..from + 3)
        .map_while(at)
        .take_while(|w| !is_stop_word(w) || matches!(*w, "police"))
        .find(|w| names_people(w))
}

/// Does the text before a figure end in a group of people and "included"
/// ("the dead hostages included", "the victims include"), or in a count
/// and "includes" where the figure's people are told apart by a clause
/// after it (`after`: "three people who died in hospital")?
fn group_included(before: &str, after: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    let verb = words.next().map(str::to_ascii_lowercase);
    if !matches!(verb.as_deref(), Some("included" | "include" | "includes")) {
        return false;
    }
    let told_apart = || {
        after
            .split_whitespace()
            .take(3)
            .any(|w| matches!(w, "who" | "whose" | "that"))
    };
    // Within the sentence, read from its end only: "Four were injured.
    // The convoy included 12 trucks" includes no injured.
    words
        .take(3)
        .map_while(|w| (!w.ends_with(['.', '!', '?'])).then_some(w))
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase()
        })
        .any(|w| {
            GROUP_INCLUDED.contains(&w.as_str())
                || names_people(&w)
                || COUNT_INCLUDED.contains(&w.as_str()) && told_apart()
        })
}

/// Does a plural noun name people by what they do or are ("miners",
/// "firefighters", "journalists", "men")? Nouns that count as people
/// already ("workers", "passengers", "protesters": see `canonical_count`)
/// are not listed.
fn names_people(w: &str) -> bool {
    IRREGULAR_PLURALS.contains(&w)
        // "gunmen", "policemen", "fishermen", "firemen".
        || w.len() > 5 && (w.ends_with("men") && !w.ends_with("ments"))
        || matches!(
            w,
            "miners"
                | "firefighters"
                | "soldiers"
                | "troops"
                | "officers"
                | "guards"
                | "prisoners"
                | "inmates"
                | "convicts"
                | "hostages"
                | "students"
                | "pupils"
                | "journalists"
                | "tourists"
                | "pilgrims"
                | "climbers"
                | "hikers"
                | "sailors"
                | "rescuers"
                | "volunteers"
                | "nurses"
                | "doctors"
                | "patients"
                | "migrants"
                | "refugees"
                | "villagers"
                | "farmers"
                | "drivers"
                | "pilots"
                | "contractors"
                | "teenagers"
                | "babies"
                | "infants"
                | "spectators"
                | "fans"
                | "relatives"
                | "visitors"
                | "guests"
                | "shoppers"
                | "commuters"
                | "swimmers"
                | "attackers"
                | "assailants"
                | "militants"
                | "fighters"
                | "bystanders"
                | "customers"
                | "worshippers"
                | "runners"
                | "athletes"
                | "players"
                | "competitors"
                | "participants"
                | "cyclists"
                | "motorists"
                | "skiers"
        )
}

/// Is a word as written (`text`, `lower` its lower case) the name of a
/// people in the plural: "Palestinians", "Israelis", "Britons",
/// "Afghans", "Kurds"? A capital and the endings such names take ("the
/// Lebanese" ends in "-ese" and is no plural to count).
fn names_a_people(text: &str, lower: &str) -> bool {
    let capital = text.starts_with(|c: char| c.is_uppercase())
        && text.chars().skip(1).all(|c| c.is_lowercase());
    capital
        && lower.len() > 4
        && (["ians", "ans", "is", "ons"]
            .iter()
            .any(|e| lower.ends_with(e))
            || PEOPLES.contains(&lower))
}

/// Is a sentence written in title case, as some headlines are ("Storm
/// Kills 40 Lions At Vesk Safari Park"): three words in four of more than
/// three letters capitalised? There a capital says nothing of a name.
fn in_title_case(toks: &[Token]) -> bool {
    let words = toks
        .iter()
        .filter(|t| t.text.len() > 3 && t.text.chars().all(char::is_alphabetic));
    let (all, capital) = words.fold((0, 0), |(a, c), t| {
        (a + 1, c + usize::from(t.is_capitalized()))
    });
    all >= 3 && 4 * capital >= 3 * all
}

/// Peoples whose plural takes no ending [`names_a_people`] reads.
const PEOPLES: &[&str] = &[
    "turks",
    "kurds",
    "arabs",
    "poles",
    "greeks",
    "czechs",
    "danes",
    "swedes",
    "finns",
    "scots",
    "serbs",
    "croats",
    "filipinos",
    "uzbeks",
    "kazakhs",
    "tajiks",
    "slovaks",
];

/// Does what follows a verb of escape, from token `k`, leave it an escape
/// from custody: nothing it escaped, or a place people are held ("escaped
/// from the prison", "broke out of jail"), not "escaped the flames" nor
/// "got out before the building collapsed"?
fn escapes_custody(rest: &[String], k: usize) -> bool {
    let held = |w: &str| {
        matches!(
            w,
            "prison"
                | "jail"
                | "gaol"
                | "custody"
                | "cell"
                | "cells"
                | "camp"
                | "detention"
                | "wing"
                | "compound"
        )
    };
    let near = |from: usize| rest.iter().skip(from).take(4).any(|w| held(w));
    match rest.get(k).map(String::as_str) {
        // "escaped the flames", "escaped with their lives", "escaped
        // death": what they got away from is no custody.
        Some("the" | "a" | "an" | "their" | "his" | "her" | "its") => near(k + 1),
        Some("with" | "death" | "injury" | "unhurt" | "unharmed" | "serious") => false,
        // "escaped from the prison", "broke out of Drummock Hill"; not
        // "got out of the building".
        Some("from" | "of") => match rest.get(k + 1).map(String::as_str) {
            Some("the" | "a" | "an" | "their" | "his" | "her" | "its") => near(k + 2),
            _ => true,
        },
        _ => true,
    }
}

/// Words before a verb of [`LEAVING`] that say people stayed: "refused to
/// leave", "would not leave", "unwilling to leave".
const STAYING: &[&str] = &[
    "refused",
    "refuse",
    "refusing",
    "declined",
    "unwilling",
    "reluctant",
    "not",
    "never",
];

/// How many words after a verb of [`LEAVING`] the dwelling may stand:
/// "forced to leave their homes" is four.
const LEAVING_REACH: usize = 4;

/// Does token `k` start a statement that people left or were driven from
/// their homes ("forced to flee", "had to leave their homes", "moved out",
/// "moved to shelters")? Not "forced to wait", "forced out of the building
/// by smoke", "left the hospital".
fn leaves_home(lower: &[String], k: usize) -> bool {
    // "had to leave": the subject's auxiliaries end before "to".
    let k = if word_after(lower, k, 0) == Some("to") {
        k + 1
    } else {
        k
    };
    let at = |n: usize| word_after(lower, k, n).unwrap_or("");
    if !LEAVING.contains(&at(0)) {
        return false;
    }
    // "refused to leave their homes", "did not want to leave": they stayed.
    let refused = (1..=3)
        .filter_map(|n| word_before(lower, k, n))
        .any(|w| STAYING.contains(&w));
    if refused {
        return false;
    }
    if (at(0) == "forced" && at(1) == "to" && at(2) == "flee")
        || (at(0) == "moved" && at(1) == "to" && at(2) == "shelters")
    {
        return true;
    }
    // The dwelling, and no purpose after it: "left their homes to watch
    // the parade" went out, and will be back.
    dwelling_after(lower, k).is_some_and(|n| at(n + 1) != "to")
}

/// How many words after token `k` the dwelling stands that people left
/// ("forced to leave their homes": four), where only [`LEAVING_GLUE`]
/// stands between and within [`LEAVING_REACH`].
fn dwelling_after(lower: &[String], k: usize) -> Option<usize> {
    (1..=LEAVING_REACH)
        .map_while(|n| word_after(lower, k, n).map(|w| (n, w)))
        .find(|(_, w)| !LEAVING_GLUE.contains(w))
        .filter(|(_, w)| DWELLINGS.contains(w))
        .map(|(n, _)| n)
}

/// Words that open an aside on a count, between commas, before its verb:
/// "About 60,000 households, most of them on the islands, are still
/// without power".
const ASIDE_OPENERS: &[&str] = &["most", "many", "some", "all", "half", "several", "mostly"];

/// How many words an aside after a count may run to its closing comma.
const ASIDE_REACH: usize = 12;

/// The token after an aside that follows a count ending before token
/// `end` ("households, most of them on the islands, are"): where its verb
/// stands. `end` where no aside follows.
fn past_aside(text: &str, offset: usize, toks: &[Token], lower: &[String], end: usize) -> usize {
    let opens = end < toks.len()
        && comma_before(text, offset, toks, end)
        && word_after(lower, end, 0).is_some_and(|w| ASIDE_OPENERS.contains(&w));
    if !opens {
        return end;
    }
    (end + 1..toks.len().min(end + 1 + ASIDE_REACH))
        .find(|&k| comma_before(text, offset, toks, k))
        .unwrap_or(end)
}

/// What befell the people of a count ending before token `end`, told by
/// the verb after an aside between commas ("Twelve miners, most of them
/// from Brodnik, were killed"); None where no aside follows.
fn role_past_aside(
    text: &str,
    offset: usize,
    toks: &[Token],
    lower: &[String],
    end: usize,
) -> Option<Role> {
    let past = past_aside(text, offset, toks, lower, end);
    (past > end).then(|| role_of_subject(lower, past)).flatten()
}

/// Are the people at `start..end` those a verb before them drove from
/// their homes ("forces 15,000 from their homes", "drove thousands out of
/// their houses", "forcing about 15,000 people to flee", "forced 300
/// residents to leave their homes")?
fn forced_from_home(lower: &[String], start: usize, end: usize) -> bool {
    let forcing = start.checked_sub(1).is_some_and(|k| {
        matches!(
            lower[k].as_str(),
            "forces" | "forced" | "forcing" | "drove" | "drives" | "driving" | "moved" | "moving"
        )
    });
    if !forcing {
        return false;
    }
    let at = |n: usize| word_after(lower, end, n);
    let driven_out = matches!(at(0), Some("from" | "out")) && dwelling_after(lower, end).is_some();
    // "to flee" with nothing after it, or from their homes; "to leave"
    // their homes ("forced 300 workers to leave the building", "to flee
    // the factory floor" are no displacement).
    let home = dwelling_after(lower, end + 1).is_some();
    let sent_away = at(0) == Some("to")
        && match at(1) {
            Some("flee") => home || !matches!(at(2), Some("the" | "a" | "an")),
            Some("leave" | "abandon") => home,
            _ => false,
        };
    driven_out || sent_away
}

/// What may bury people who are then missing: "buried in the rubble",
/// "in the mud".
const BURYING: &[&str] = &[
    "rubble",
    "mud",
    "snow",
    "debris",
    "ruins",
    "landslide",
    "slide",
    "avalanche",
    "wreckage",
];

/// Do the words after "buried" say people were buried by what struck
/// them: "by the slide", "under the snow", "alive", "in the rubble"?
fn buried_alive_or_trapped(after: &[String]) -> bool {
    match after.first().map(String::as_str) {
        Some("by" | "under" | "beneath" | "alive") => true,
        Some("in") => after
            .iter()
            .skip(1)
            .take(3)
            .any(|w| BURYING.contains(&w.as_str())),
        _ => false,
    }
}

/// Do the words from `at` say people cannot go back to their homes:
/// "cannot return to their homes", "could not go home", "no longer have
/// a home to go to"?
fn kept_from_home(rest: &[String], at: usize) -> bool {
    let w = |n: usize| rest.get(at + n).map(String::as_str).unwrap_or("");
    let (cannot, from) = match (w(0), w(1)) {
        ("cannot" | "can't", _) => (true, 1),
        ("could" | "can", "not") => (true, 2),
        ("no", "longer") => (false, 2),
        _ => return false,
    };
    if cannot {
        matches!(w(from), "return" | "go")
            && (w(from + 1) == "home"
                || (w(from + 1) == "to" && matches!(w(from + 3), "home" | "homes" | "houses")))
    } else {
        matches!(w(from), "have" | "has")
            && (matches!(w(from + 1), "home" | "homes") || matches!(w(from + 2), "home" | "homes"))
    }
}

/// How many words after a count of people join others to it ("220
/// passengers and crew were on board", "312 passengers and five crew
/// members were aboard"): the verb after them says what befell all.
fn coordinated(lower: &[String], end: usize) -> usize {
    if lower.get(end).map(String::as_str) != Some("and") {
        return 0;
    }
    let mut k = end + 1;
    if lower.get(k).is_some_and(|_| number_at(lower, k).is_some()) {
        k += 1;
    }
    let people = |k: usize| {
        lower
            .get(k)
            .and_then(|w| canonical_count(w))
            .is_some_and(|c| c.0 == "people" && c.2.is_none())
    };
    if !people(k) {
        return 0;
    }
    k += 1;
    if lower.get(k).is_some_and(|w| w == "members") {
        k += 1;
    }
    k - end
}

/// Words that say what befell people: missing, rescued.
const MISSING_WORDS: &[&str] = &["missing", "unaccounted", "trapped"];
const DISPLACED_WORDS: &[&str] = &[
    "homeless",
    "displaced",
    "evacuated",
    "evacuation",
    "evacuees",
];
/// Words that say people were brought out alive: "rescued", "pulled alive
/// from the rubble", "freed".
const RESCUE_WORDS: &[&str] = &[
    "rescued",
    "survivors",
    "survived",
    "saved",
    "alive",
    "freed",
];
const ABOARD_WORDS: &[&str] = &["aboard", "board", "carrying", "carried"];
const ARREST_WORDS: &[&str] = &["arrested", "detained", "apprehended", "custody", "arrests"];

/// The role a word gives a count of people near it.
fn role_word(w: &str) -> Option<Role> {
    [
        (DEATH_WORDS, Role::Dead),
        (INJURY_WORDS, Role::Injured),
        (MISSING_WORDS, Role::Missing),
        (RESCUE_WORDS, Role::Rescued),
        (ABOARD_WORDS, Role::Aboard),
        (ARREST_WORDS, Role::Arrested),
        (DISPLACED_WORDS, Role::Displaced),
    ]
    .into_iter()
    .find(|(words, _)| words.contains(&w))
    .map(|(_, role)| role)
}

/// Is the verb right after a count "drowned", past its auxiliaries ("have
/// drowned", "had drowned")?
fn drowned_after(lower: &[String], from: usize) -> bool {
    lower
        .iter()
        .skip(from)
        .take(3)
        .find(|w| !matches!(w.as_str(), "have" | "had" | "has" | "were" | "are" | "all"))
        .is_some_and(|w| w == "drowned")
}

/// Verbs that bring people out of where they were trapped: "pulled 14
/// people out of the mud alive".
const BROUGHT_OUT: &[&str] = &["pulled", "dug", "brought", "carried", "got", "lifted"];

/// Is a count of people, from token `start` to `end`, the object of a
/// verb that brought them out, alive: "rescuers had pulled 14 people out
/// of the mud alive by nightfall"? Not "pulled 14 bodies out", nor an
/// "alive" past "and" or "but".
fn brought_out_alive(lower: &[String], start: usize, end: usize) -> bool {
    word_before(lower, start, 1).is_some_and(|w| BROUGHT_OUT.contains(&w))
        && lower
            .iter()
            .skip(end)
            .take(ALIVE_REACH)
            .take_while(|w| !matches!(w.as_str(), "and" | "but"))
            .any(|w| w == "alive")
}

/// Where the main verb's auxiliary stands when a participle right after a
/// group tells which of them are counted: "97 of the pupils abducted last
/// week were freed", "12 of the miners trapped underground were rescued".
/// None where the word after the group is no participle, or no auxiliary
/// follows within [`CLAUSE_REACH`] words before a break.
fn auxiliary_after_participle(lower: &[String], after: usize) -> Option<usize> {
    let participle = lower.get(after)?;
    if !(participle.ends_with("ed") || matches!(participle.as_str(), "taken" | "held" | "hurt")) {
        return None;
    }
    (after + 1..lower.len().min(after + CLAUSE_REACH))
        .take_while(|&m| !matches!(lower[m].as_str(), "and" | "but" | "said" | "says"))
        .find(|&m| {
            matches!(
                lower[m].as_str(),
                "were" | "was" | "are" | "is" | "have" | "has" | "had" | "remain" | "remained"
            )
        })
}

/// How many words a relative clause after a count of people may run before
/// the verb that says what befell them.
const CLAUSE_REACH: usize = 16;

/// "Seven people who were working the overnight shift at the warehouse
/// died": the count is the subject of the verb after its relative clause.
/// Stops at a word that starts a new statement.
fn role_after_clause(lower: &[String], end: usize) -> Option<Role> {
    if !matches!(lower.get(end).map(String::as_str), Some("who" | "that")) {
        return None;
    }
    // The last such word before the clause ends is the main verb's: "400
    // people who were aboard died" counts the dead.
    let mut found = None;
    let mut prev = "";
    for w in lower.iter().skip(end + 1).take(CLAUSE_REACH) {
        let w = w.as_str();
        // "three people who died of their injuries": the injuries are what
        // they died of, not what befell them.
        let cause = found == Some(Role::Dead)
            && matches!(prev, "of" | "from" | "their" | "his" | "her" | "the");
        match role_word(w) {
            Some(role) if !cause => found = Some(role),
            _ => {}
        }
        prev = w;
        if matches!(w, "and" | "but" | "while" | "said" | "says") {
            break;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (text, value, op, counts, role, latest) of a quantity.
    type Read = (String, f64, Op, Option<String>, Option<Role>, bool);

    fn quantities(s: &str) -> Vec<Read> {
        extract(s, 0, &[])
            .into_iter()
            .map(|q| {
                (
                    q.text(s).to_string(),
                    q.value,
                    q.op,
                    q.counts.map(String::from),
                    q.role,
                    q.latest,
                )
            })
            .collect()
    }

    fn one(s: &str) -> Read {
        let q = quantities(s);
        assert_eq!(q.len(), 1, "{s}: {q:?}");
        q.into_iter().next().unwrap()
    }

    /// The first figure of `s` as (value, measure, qualifier).
    fn first_figure(s: &str) -> Option<(f64, Option<String>, Op)> {
        quantities(s).first().map(|q| (q.1, q.3.clone(), q.2))
    }

    /// What [`first_figure`] gives for `v` of `unit`, qualified by `op`.
    fn figure(v: f64, unit: &str, op: Op) -> Option<(f64, Option<String>, Op)> {
        Some((v, Some(unit.to_string()), op))
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
                "more than a dozen people were taken to hospitals",
                (
                    "more than a dozen people",
                    12.0,
                    MoreThan,
                    p.clone(),
                    Some(Role::Injured),
                ),
            ),
            (
                "and dozens missing",
                (
                    "dozens missing",
                    24.0,
                    AtLeast,
                    p.clone(),
                    Some(Role::Missing),
                ),
            ),
            (
                "Dozens of people were injured",
                (
                    "Dozens of people",
                    24.0,
                    AtLeast,
                    p.clone(),
                    Some(Role::Injured),
                ),
            ),
            (
                "left hundreds of thousands of homes without power",
                (
                    "hundreds of thousands of homes",
                    200_000.0,
                    AtLeast,
                    Some("households".into()),
                    Some(Role::WithoutPower),
                ),
            ),
            (
                "Two dozen homes burned",
                ("Two dozen homes", 24.0, Eq, Some("homes".into()), None),
            ),
            (
                "leaving about 40 missing",
                (
                    "about 40 missing",
                    40.0,
                    About,
                    p.clone(),
                    Some(Role::Missing),
                ),
            ),
            (
                "22 others remain unaccounted for",
                ("22 others", 22.0, Eq, p.clone(), Some(Role::Missing)),
            ),
            (
                "crews pulled 163 survivors from the water",
                ("163 survivors", 163.0, Eq, p.clone(), Some(Role::Rescued)),
            ),
            (
                "Rescuers brought 163 people to safety",
                ("163 people", 163.0, Eq, p.clone(), Some(Role::Rescued)),
            ),
            (
                "The 180,000-square-foot warehouse stores batteries",
                (
                    "180,000-square-foot",
                    180_000.0,
                    Eq,
                    Some("square-foot".into()),
                    None,
                ),
            ),
            (
                "The company paid a $41,000 fine.",
                ("$41,000", 41_000.0, Eq, Some("dollar".into()), None),
            ),
            (
                "Among the dead was Luis Ortega, 36, a forklift driver.",
                ("36", 36.0, Eq, Some("age".into()), None),
            ),
            (
                "a 34-year-old forklift driver",
                ("34-year-old", 34.0, Eq, Some("age".into()), None),
            ),
            (
                "Yelena Drabik, sixty-three, died in hospital.",
                ("sixty-three", 63.0, Eq, Some("age".into()), None),
            ),
            (
                "A fish seller aged 64 died on Tuesday.",
                ("64", 64.0, Eq, Some("age".into()), None),
            ),
            (
                "Family members identified him as Luis Ortega, 34.",
                ("34", 34.0, Eq, Some("age".into()), None),
            ),
            (
                "Ivo Radek (45) died on Monday night.",
                ("45", 45.0, Eq, Some("age".into()), None),
            ),
            (
                "The arrested man, Luka Sarrin, is twenty-four.",
                ("twenty-four", 24.0, Eq, Some("age".into()), None),
            ),
            ("The capital, Korsa, was 12.", ("12", 12.0, Eq, None, None)),
            (
                "His daughter, who is four, had been in intensive care.",
                ("four", 4.0, Eq, Some("age".into()), None),
            ),
            (
                "Lena Marsk, who was twenty-nine and had worked at the resort, was killed.",
                ("twenty-nine", 29.0, Eq, Some("age".into()), None),
            ),
            (
                "Among the dead is Andrei Sorel of Marren, who was twenty-six.",
                ("twenty-six", 26.0, Eq, Some("age".into()), None),
            ),
            (
                "Those who were 12 left the shelter.",
                ("12", 12.0, Eq, None, None),
            ),
            (
                "The train was carrying about 310 passengers.",
                (
                    "about 310 passengers",
                    310.0,
                    About,
                    p.clone(),
                    Some(Role::Aboard),
                ),
            ),
            (
                "Two passengers died in hospital",
                ("Two passengers", 2.0, Eq, p.clone(), Some(Role::Dead)),
            ),
            (
                "In all, sixty-four were hurt.",
                ("sixty-four", 64.0, Eq, p.clone(), Some(Role::Injured)),
            ),
            (
                "and about 40 are still missing, the coast guard said",
                ("about 40", 40.0, About, p.clone(), Some(Role::Missing)),
            ),
            (
                "Fourteen other people were hurt",
                (
                    "Fourteen other people",
                    14.0,
                    Eq,
                    p.clone(),
                    Some(Role::Injured),
                ),
            ),
            (
                "the blast injured 12 others",
                ("12 others", 12.0, Eq, p.clone(), Some(Role::Injured)),
            ),
            (
                "apprehended four suspects from Tajikistan",
                ("four suspects", 4.0, Eq, p.clone(), Some(Role::Arrested)),
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
            let (t, v, o, c, r, _) = one(input);
            assert_eq!(
                (t, v, o, c, r),
                (text.to_string(), value, op, counts, role),
                "input: {input}"
            );
        }
    }

    #[test]
    fn a_count_of_people_takes_the_verb_after_its_relative_clause() {
        let role = |s: &str| quantities(s).first().and_then(|q| q.4);
        assert_eq!(
            role(
                "Seven people who were working the overnight shift at a Route 9 warehouse died when fire swept through it."
            ),
            Some(Role::Dead)
        );
        assert_eq!(
            role("Twelve residents who had stayed behind were hurt."),
            Some(Role::Injured)
        );
        assert_eq!(role("400 people who were aboard died."), Some(Role::Dead));
        // What they died of is no role of theirs.
        assert_eq!(
            role("The figure includes three people who died of their injuries in hospital."),
            Some(Role::Dead)
        );
        // The clause ends at "and": what follows is a new statement, and
        // its injured are not the forty.
        assert_eq!(
            role(
                "Forty people who live on the street were evacuated and two officers were injured."
            ),
            Some(Role::Displaced)
        );
        assert_eq!(
            role("Forty people who live on the street left and two officers were injured."),
            None
        );
    }

    #[test]
    fn a_headline_of_two_counts() {
        let q = quantities("Kestria train derailment kills 11, injures 64");
        let got: Vec<(f64, Option<&str>, Option<Role>)> =
            q.iter().map(|q| (q.1, q.3.as_deref(), q.4)).collect();
        assert_eq!(
            got,
            [
                (11.0, Some("people"), Some(Role::Dead)),
                (64.0, Some("people"), Some(Role::Injured))
            ]
        );
    }

    #[test]
    fn amounts_in_words_count_what_befell_people_and_nothing_else() {
        let got = |s: &str| -> Vec<(String, f64, Option<Role>, bool)> {
            let q = quantities(s);
            q.into_iter()
                .map(|q| (q.0, q.1, q.4, q.2 == Op::AtLeast))
                .collect()
        };
        assert_eq!(
            got("The gunmen stormed the venue, causing a significant number of injuries."),
            [(
                "a significant number of injuries".to_string(),
                2.0,
                Some(Role::Injured),
                true
            )]
        );
        assert_eq!(
            got("Several people were killed and many injured."),
            [
                ("Several people".to_string(), 3.0, Some(Role::Dead), true),
                ("many injured".to_string(), 2.0, Some(Role::Injured), true)
            ]
        );
        for s in [
            "Many residents said they had heard the blast.",
            "The search went on for several hours.",
            "Many of them had come from the suburbs.",
            "Several survivors said the ship was packed.",
            "It is not clear how many people were killed.",
        ] {
            assert!(got(s).is_empty(), "{s}: {:?}", got(s));
        }
    }

    #[test]
    fn people_held_are_one_count_whatever_the_noun() {
        for (s, n) in [
            ("Police arrested four suspects near the border.", 4.0),
            ("Seven people were in custody on Sunday.", 7.0),
            ("In total, eleven people are now in custody.", 11.0),
            ("The captain and four crew members were being held.", 4.0),
            ("Police detained him and two members of his crew.", 2.0),
            ("Police made 40 arrests after the match.", 40.0),
            ("Police detained four men near the border.", 4.0),
            (
                "The police say 212 people were rounded up overnight.",
                212.0,
            ),
            ("Lawyers say more than 300 people have been held.", 300.0),
            (
                "Police raised the number of people detained since Tuesday to 260.",
                260.0,
            ),
        ] {
            let q = quantities(s);
            assert_eq!(
                q.iter()
                    .map(|q| (q.1, q.3.as_deref(), q.4))
                    .collect::<Vec<_>>(),
                [(n, Some("people"), Some(Role::Arrested))],
                "{s}"
            );
        }
        let q = quantities("A vigil for the 93 victims was held on Sunday.");
        assert!(q.iter().all(|q| q.4 != Some(Role::Arrested)), "{q:?}");
    }

    #[test]
    fn a_figure_counts_no_noun_past_a_possessive_nor_a_grade_of_the_injured() {
        // The thousands are mourners, not the dead.
        let q = quantities("Thousands bury Tavrin's dead as rights group names 11 victims.");
        let dead: Vec<_> = q.iter().filter(|q| q.4 == Some(Role::Dead)).collect();
        assert_eq!(dead.len(), 1, "{q:?}");
        assert_eq!(dead[0].1, 11.0);
        // A closing quote mark is no possessive.
        let q = one("Police said 17 'innocent' bystanders were killed.");
        assert_eq!((q.1, q.3.as_deref()), (17.0, Some("bystand")));
        // Nine of the 47 are the seriously injured, a count of its own.
        let q = quantities("He said 47 people had been injured, nine of them seriously.");
        assert_eq!(
            q.iter().map(|q| (q.1, q.4)).collect::<Vec<_>>(),
            [(47.0, Some(Role::Injured)), (9.0, None)]
        );
    }

    #[test]
    fn the_size_of_a_crowd_however_written() {
        for (s, n) in [
            ("Police estimated the crowd at about 20,000.", 20_000.0),
            ("Police counted about 20,000 marchers.", 20_000.0),
            (
                "Tens of thousands of people had marched through the city.",
                20_000.0,
            ),
            (
                "Some twenty thousand people took part in the march.",
                20_000.0,
            ),
            ("A crowd of 5,000 gathered outside the court.", 5_000.0),
            (
                "About 5,000 people gathered in Liberty Square and dispersed peacefully.",
                5_000.0,
            ),
        ] {
            let q = quantities(s);
            assert_eq!(
                q.iter().map(|q| (q.1, q.4)).collect::<Vec<_>>(),
                [(n, Some(Role::Crowd))],
                "{s}"
            );
        }
        // A disaster claims its dead, not a party's figure.
        let q = quantities("Police said 30 people were injured in the fire, which claimed 12.");
        assert_ne!(q[1].4, Some(Role::Injured), "{q:?}");
        // Another party's figure, claimed, is another size of the crowd.
        let q =
            quantities("Police said 15,000 people took part, while organisers claimed 100,000.");
        assert_eq!(
            q.iter().map(|q| (q.1, q.4)).collect::<Vec<_>>(),
            [
                (15_000.0, Some(Role::Crowd)),
                (100_000.0, Some(Role::Crowd))
            ]
        );
        // A count of protesters alone is no crowd; nor is a crowd at a
        // time or a place.
        for s in [
            "Lawyers for 12 protesters said police had beaten them.",
            "Police said the crowd dispersed at 11 after officers fired tear gas.",
            "About 3,000 people gathered for the funeral of the students.",
            "About 2,000 people gathered in the square to remember the dead.",
            "Some 400 people had gathered in the hall when the roof collapsed.",
        ] {
            assert!(
                quantities(s).iter().all(|q| q.4 != Some(Role::Crowd)),
                "{s}"
            );
        }
        // What befell the crowd's people says what they count.
        let q = one("Hundreds of protesters were hurt by rubber bullets.");
        assert_eq!(q.4, Some(Role::Injured));
        // Mourners are another crowd than the march's.
        let q = one("Thousands of mourners followed the coffin.");
        assert_ne!(q.4, Some(Role::Crowd));
    }

    #[test]
    fn a_scale_shortened_to_a_letter() {
        let q = one("The group said it had taken 1.2m records.");
        assert_eq!((q.1, q.3.as_deref()), (1_200_000.0, Some("record")));
        assert_eq!(one("The insurer put the damage at $41m.").1, 41_000_000.0);
        assert_eq!(one("The company lost 1.2bn euros.").1, 1_200_000_000.0);
        // A qualifying word may stand between the figure and its noun; a
        // "k" is a thousand as an "m" is a million.
        assert_eq!(one("They took 1.2m patient records.").1, 1_200_000.0);
        assert_eq!(one("The post had 2.5k followers.").1, 2_500.0);
        for s in [
            "Floodwater reached 1.5m inside homes.",
            "It has 2.5m thick walls.",
            "They fitted 1.2m square panels.",
        ] {
            assert!(extract(s, 0, &[]).iter().all(|q| q.value < 1_000.0), "{s}");
        }
        assert!(extract("She ran a 5k race.", 0, &[]).is_empty());
        // A sum counts money, whatever words follow it.
        let q = one("The fund reached £3bn last year.");
        assert_eq!(
            (q.0.as_str(), q.3.as_deref()),
            ("£3bn", one("£5").3.as_deref())
        );
        assert_eq!(one("It raised $5 million dollars.").3, one("$5").3);
        // Metres, not millions.
        for s in [
            "A 10m wall collapsed.",
            "The climber fell 20m onto rocks.",
            "Flames came within 500m of homes.",
            "Waves up to 10m swept houses away.",
            "People ran 100m towards the exits.",
        ] {
            assert!(quantities(s).iter().all(|q| q.1 < 1e5), "{s}");
        }
        // A scaled decimal is the whole number written.
        let q = one("Losses reached $4.1m.");
        assert_eq!((q.1, q.2), (4_100_000.0, Op::Eq));
        assert_eq!(
            extract("Losses of $4.1 million.", 0, &[])[0].exact(),
            Some(4_100_000)
        );
    }

    #[test]
    fn foreigners_however_written_are_one_count() {
        for s in [
            "Twelve were foreigners, the foreign ministry said.",
            "The ministry said 11 foreign nationals were among the passengers.",
            "Twelve foreigners were on board.",
            "Twelve were foreign nationals, from three countries.",
            "Twelve of the passengers were foreign nationals, five of them from Aldessa.",
            "Nine of the victims were foreigners.",
        ] {
            let q = quantities(s);
            assert_eq!(
                q.first().and_then(|q| q.3.as_deref()),
                Some("foreigners"),
                "{s}"
            );
        }
        // A count of what befell people keeps its role.
        assert_eq!(one("In all, sixty-four were hurt.").4, Some(Role::Injured));
    }

    #[test]
    fn currencies_are_known_by_their_measure() {
        for s in [
            "5 million US dollars",
            "8 million euros",
            "£3 million",
            "Rs 5 lakh",
        ] {
            let q = quantities(s);
            assert!(q[0].3.as_deref().is_some_and(is_currency), "{s}: {q:?}");
        }
        assert!(!is_currency("soldier"));
        assert!(!is_currency("people"));
    }

    #[test]
    fn taken_to_a_hospital_it_does_not_name_is_hospitalised() {
        for s in [
            "427 runners were treated on the course and 44 were taken to hospital.",
            "The ambulance service says 26 runners have now been taken to hospital.",
            "Five people were rushed to a hospital in Trevin.",
            "Nine were airlifted to hospitals in the capital.",
            "They say 29 runners were sent to hospital, well below that count.",
            "Dozens taken to hospital as heat hits Sorvanne marathon",
            "Three people were taken to a hospital in Trevin.",
        ] {
            let q = quantities(s);
            assert_eq!(q.last().and_then(|q| q.4), Some(Role::Injured), "{s}");
        }
        // A hospital named counts its own intake, and the mortuary the dead.
        let named = quantities("Thirty-one people were taken to Brestova District Hospital.");
        assert_ne!(named[0].4, Some(Role::Injured));
        let dead = quantities("Twelve bodies were taken to the hospital mortuary.");
        assert_ne!(dead[0].4, Some(Role::Injured));
        // Nor the dead carried there, nor people who go there themselves.
        for s in [
            "Twelve bodies were taken to a local hospital.",
            "Officials said 40 off-duty nurses rushed to the hospital to help.",
        ] {
            assert_ne!(quantities(s)[0].4, Some(Role::Injured), "{s}");
        }
        // Taking a vote, or taking people elsewhere, is no harm.
        assert_eq!(quantities("Forty were taken to a shelter.")[0].4, None);
    }

    #[test]
    fn spans_of_time_however_written() {
        let days = |s: &str| {
            let q = quantities(s);
            q.first().map(|q| (q.1, q.3.clone()))
        };
        let week = Some((7.0, Some("days".to_string())));
        assert_eq!(
            days("The government declared a week of national mourning."),
            week
        );
        assert_eq!(days("Matches were suspended for a week."), week);
        assert_eq!(days("It lasted seven days."), week);
        assert_eq!(
            days("The league suspended all matches for a fortnight."),
            days("The league suspended all matches for two weeks.")
        );
        for s in [
            "He was arrested a week ago.",
            "They meet once a year.",
            "A year earlier, it flooded.",
            "It collapsed on a day of heavy rain.",
        ] {
            assert!(quantities(s).is_empty(), "{s}");
        }
    }

    #[test]
    fn a_time_taken_is_a_span_of_time() {
        let q = quantities("Haravan won the race in 2:07:31, breaking the record of 2:08:14.");
        assert_eq!(q.len(), 2, "{q:?}");
        // Under three hours, weighed in minutes (see `SHORT_HOURS`).
        assert_eq!(q[0].3.as_deref(), Some("minut"), "{q:?}");
        assert!(
            (q[0].1 - 60.0 * (2.0 + 7.0 / 60.0 + 31.0 / 3600.0)).abs() < 1e-9,
            "{q:?}"
        );
        // In words, its units joined past commas: the same figure.
        let w = quantities("He won in two hours, seven minutes and thirty-one seconds.");
        assert_eq!(w.len(), 1, "{w:?}");
        assert!((w[0].1 - q[0].1).abs() < 1e-9, "{w:?}");
        // A time of day, or a clock past 59, is no time taken.
        for s in [
            "The train left at 10:45 on Monday.",
            "The code read 4:75:10.",
        ] {
            assert!(
                quantities(s)
                    .iter()
                    .all(|q| q.3.as_deref() != Some("hours")),
                "{s}: {:?}",
                quantities(s)
            );
        }
    }

    #[test]
    fn temperatures_are_degrees_celsius() {
        let q = quantities("A sensor recorded 35.2°C (95.4°F) at the finish.");
        assert_eq!(q.len(), 2, "{q:?}");
        assert!(q.iter().all(|q| q.3 == Some(stem("degrees"))), "{q:?}");
        assert!(
            (q[0].1 - 35.2).abs() < 1e-9 && (q[1].1 - 35.2).abs() < 0.1,
            "{q:?}"
        );
        let q = quantities("The office recorded 34 degrees Celsius (93 degrees Fahrenheit).");
        assert!(
            (q[0].1 - 34.0).abs() < 1e-9 && (q[1].1 - 33.9).abs() < 0.1,
            "{q:?}"
        );
        // Fahrenheit is converted, and so the same figure as the Celsius.
        let e = extract("It was 93 degrees Fahrenheit.", 0, &[]);
        let c = extract("It was 34 degrees.", 0, &[]);
        assert!(e[0].same_value(&c[0]), "{e:?} {c:?}");
        // A bare scale letter is not read: "50c" is as often a price.
        assert!(quantities("The drink costs 50c a glass.").is_empty());
        assert!(quantities("It is already 29C on the course.").is_empty());
    }

    #[test]
    fn readings_a_review_found_wrong_stay_right() {
        let first = |s: &str| quantities(s).first().map(|q| (q.1, q.3.clone(), q.4));
        // A part with a unit of its own keeps it.
        assert_eq!(
            first("After 36 hours of the city's three-day curfew, shops reopened."),
            Some((36.0, Some("hours".into()), None))
        );
        // Fahrenheit near freezing, a change, and "minus".
        let c = |s: &str| first(s).map(|q| q.0).unwrap_or(f64::NAN);
        assert!((c("The temperature fell to 28°F overnight.") + 2.22).abs() < 0.01);
        assert!((c("Temperatures dropped 20°F in an hour.") - 11.11).abs() < 0.01);
        assert_eq!(c("It was minus 5°C at dawn."), -5.0);
        let f = extract("It fell to 28°F overnight.", 0, &[]);
        let g = extract("It fell to -2°C overnight.", 0, &[]);
        assert!(f[0].same_value(&g[0]), "{f:?} {g:?}");
        // A harm past a comma is no count's.
        assert_eq!(
            first("The death toll rose to 31, injured survivors told reporters.").and_then(|q| q.2),
            Some(Role::Dead)
        );
        // "one day" as "some day", and a half of something else.
        for s in [
            "Villagers in Karsk hope one day to return.",
            "One day, she said, they would rebuild.",
            "Cameras recorded the car from 1:02:11 to 1:05:40 GMT.",
            "The footage reads 23:59:58.",
            "Mix them in the ratio 1:2:4.",
            "It was the worst drought in more than a decade.",
        ] {
            assert!(quantities(s).is_empty(), "{s}: {:?}", quantities(s));
        }
        assert_eq!(
            first("He ran 3 km and a half marathon.").map(|q| q.0),
            Some(3.0)
        );
        // A clause after a comma and "and" is no part of the span.
        assert_eq!(
            quantities("It was contained after two hours, and 30 minutes later the road reopened.")
                .len(),
            2
        );
    }

    #[test]
    fn a_tally_of_another_harm_is_no_toll() {
        let q = quantities("The organisers' tally is lower: 312 treated and 29 taken to hospital.");
        assert_ne!(q[0].4, Some(Role::Dead), "{q:?}");
        let q = quantities("The tally rose to 40 on Monday.");
        assert_eq!(q[0].4, Some(Role::Dead), "{q:?}");
    }

    #[test]
    fn one_of_a_unit_after_a_qualifier_is_a_figure() {
        assert_eq!(
            first_figure("The strike lasted more than a week."),
            figure(7.0, "days", Op::MoreThan)
        );
        assert_eq!(
            first_figure("The slide was more than a kilometre long."),
            figure(1.0, "km", Op::MoreThan)
        );
        assert_eq!(
            first_figure("The hearing lasted less than an hour."),
            figure(60.0, "minut", Op::LessThan)
        );
        // The half after the unit is of it.
        assert_eq!(
            first_figure("The gunfire lasted about an hour and a half."),
            figure(90.0, "minut", Op::About)
        );
        assert_eq!(
            first_figure("The talks lasted two hours and a half."),
            figure(150.0, "minut", Op::Eq)
        );
        // "one" before a unit is a figure, and no figure beside the span it
        // opens.
        assert_eq!(
            first_figure("The hearing took less than one hour."),
            figure(60.0, "minut", Op::LessThan)
        );
        let q = quantities("The sirens sounded one hour and 44 minutes after the alarm.");
        assert_eq!(q.len(), 1, "{q:?}");
        for s in [
            // A comparison after a figure, and the span a record is set in.
            "Prices were 2 percent more than a year earlier.",
            "The shares closed at their lowest level in more than a decade.",
            // The qualifier is before "half".
            "The talks lasted more than half an hour.",
            // It says when.
            "The ferry overturned less than an hour before it was due.",
            "Firefighters arrived about an hour later.",
        ] {
            assert!(
                quantities(s)
                    .iter()
                    .all(|q| q.1 != 1.0 && q.1 != 7.0 && q.1 != 10.0),
                "{s}: {:?}",
                quantities(s)
            );
        }
    }

    #[test]
    fn a_short_span_in_hours_is_one_in_minutes() {
        let halt = |s: &str| first_figure(s).map(|(v, u, _)| (v, u));
        assert_eq!(
            halt("Trading resumed after a halt of about half an hour."),
            halt("Trading resumed after a halt of 30 minutes.")
        );
        assert_eq!(
            halt("The sirens sounded one hour and 44 minutes after the alarm."),
            halt("The sirens sounded 104 minutes after the alarm.")
        );
        // A long span stays in hours.
        assert_eq!(
            first_figure("The standoff lasted 36 hours."),
            figure(36.0, "hours", Op::Eq)
        );
    }

    #[test]
    fn a_half_or_a_quarter_of_one_unit_is_a_figure() {
        assert_eq!(
            first_figure("Trading resumed after a halt of about half an hour."),
            figure(30.0, "minut", Op::About)
        );
        assert_eq!(
            first_figure("The strike shut the port for half a day."),
            figure(0.5, "days", Op::Eq)
        );
        let (miles, unit, _) = first_figure("The funnel was half a mile wide.").expect("a length");
        assert_eq!(unit.as_deref(), Some("km"));
        assert!((miles - 0.8).abs() < 0.01, "{miles}");
        assert_eq!(
            first_figure("The sirens sounded one and a half hours after the alarm."),
            figure(90.0, "minut", Op::Eq)
        );
        // A quarter and three quarters join the figure before them as a
        // half does.
        assert_eq!(
            first_figure("The loan carries a rate of four and a quarter percent."),
            figure(4.25, "percent", Op::Eq)
        );
        assert_eq!(
            first_figure("The search took two and three quarters hours."),
            figure(165.0, "minut", Op::Eq)
        );
        assert_eq!(
            first_figure("Two and a quarter million people voted."),
            figure(2_250_000.0, "people", Op::Eq)
        );
        // A part of something else, or of a clock, is no part of the
        // figure before it.
        for (s, value) in [
            (
                "The index fell 3 percent and a quarter of listed firms fell.",
                3.0,
            ),
            (
                "The rate rose to 7 percent, and three quarters of them were young.",
                7.0,
            ),
            ("Savers queued from nine and a quarter past ten.", 9.0),
        ] {
            assert_eq!(quantities(s).first().map(|q| q.1), Some(value), "{s}");
        }
        // It says when; and a half of a scale is a figure of its own.
        assert_eq!(first_figure("Half an hour later the police arrived."), None);
        assert_eq!(first_figure("Buses run every half an hour."), None);
        assert_eq!(
            first_figure("The company lost half a million euros."),
            figure(500_000.0, "euro", Op::Eq)
        );
    }

    #[test]
    fn a_count_revised_or_opened_by_a_qualifier() {
        let q = one("The ministry revised its count of the injured on Friday to 212.");
        assert_eq!((q.1, q.4), (212.0, Some(Role::Injured)));
        let q = one("Some one hundred and eighty were injured.");
        assert_eq!((q.1, q.4), (180.0, Some(Role::Injured)));
        // A figure in a name still counts nothing.
        let q = quantities("Building 7 collapsed.");
        assert!(q.iter().all(|q| q.4.is_none()), "{q:?}");
    }

    #[test]
    fn a_part_of_a_count_is_not_the_count() {
        let q = quantities("The agency said eleven of the dead had drowned.");
        assert!(q.iter().all(|q| q.4.is_none()), "{q:?}");
        let q = one("Three of the injured are children.");
        assert_eq!(q.4, None);
        assert_eq!(q.3, one("three children").3);
    }

    #[test]
    fn those_of_the_injured_who_died_since_are_dead() {
        for s in [
            "Two of the injured died in hospital.",
            "Two of the injured later died.",
            "Two of the wounded died in hospital on Friday.",
            "Two of them have since died in hospital.",
            "Two of the critically injured died overnight.",
            "One of whom died weeks later.",
            "One of the injured has since died.",
        ] {
            let q = one(s);
            assert_eq!(
                (q.3.as_deref(), q.4),
                (Some("people"), Some(Role::Dead)),
                "{s}"
            );
        }
        // Still in hospital is a state, not a death; a part of the dead
        // and one of another group are as they were.
        assert_eq!(
            one("Two of the injured were in hospital.").4,
            Some(Role::Hospitalized)
        );
        let q = quantities("The agency said eleven of the dead had drowned.");
        assert!(q.iter().all(|q| q.4.is_none()), "{q:?}");
        // Beside a toll the part is told as its part: the toll is the
        // sentence's count of the dead.
        let q = quantities("The ministry put the toll at 23, saying two of the injured had died.");
        let dead: Vec<f64> = q
            .iter()
            .filter(|q| q.4 == Some(Role::Dead))
            .map(|q| q.1)
            .collect();
        assert_eq!(dead, vec![23.0], "{q:?}");
    }

    #[test]
    fn homes_a_storm_cut_the_power_to_are_without_power() {
        for s in [
            "The storm knocked out power to 250,000 homes.",
            "The storm cut power to about 40,000 customers on Monday.",
            "Gales cut off electricity to 12,000 households.",
        ] {
            let q = one(s);
            assert_eq!(
                (q.3.as_deref(), q.4),
                (Some("households"), Some(Role::WithoutPower)),
                "{s}"
            );
        }
        // Power back is not power cut, nor one that may come.
        assert_eq!(one("Crews restored power to 90,000 homes.").4, None);
        assert_eq!(
            one("Officials warned the storm could cut power to 300,000 homes.").4,
            None
        );
        assert_eq!(
            one("The union threatened to knock out power to 20,000 homes.").4,
            None
        );
    }

    #[test]
    fn all_on_board_killed_are_the_dead() {
        for s in [
            "All 141 people on board were killed.",
            "All four people on board were killed, an official said.",
            "All 141 passengers and crew on board died.",
        ] {
            assert_eq!(one(s).4, Some(Role::Dead), "{s}");
        }
        assert_eq!(
            one("The ferry had 120 people on board.").4,
            Some(Role::Aboard)
        );
        assert_eq!(
            one("There were 83 people aboard when it sank.").4,
            Some(Role::Aboard)
        );
    }

    #[test]
    fn one_thing_under_two_names_is_one_count() {
        let counts = |s: &str| one(s).3;
        assert_eq!(
            counts("Six navy ships joined the search."),
            counts("The navy sent four vessels.")
        );
        assert_eq!(
            counts("Four carriages left the rails."),
            counts("Three coaches derailed.")
        );
        assert_eq!(
            counts("It named 14 journalists."),
            counts("It named 12 reporters.")
        );
        assert_ne!(
            counts("Six navy ships joined."),
            counts("Four carriages left.")
        );
        // A unit glued to its figure, or joined by a hyphen, is its unit.
        for (s, unit) in [
            ("The quake hit 40km north-west of Herat.", "km"),
            ("The bomb weighed about 5kg.", "kg"),
            ("Winds reached 120km/h.", "km/h"),
            ("The 6.3-magnitude quake hit.", "magnitude"),
        ] {
            assert_eq!(one(s).3.as_deref(), Some(unit), "{s}");
        }
        // The room a venue has is its seats.
        for s in [
            "The league sets the capacity at 38,000.",
            "The venue, which can hold more than 6,000 people, was sold out.",
            "The stadium has room for 38,000 spectators.",
        ] {
            assert_eq!(one(s).3.as_deref(), Some("seat"), "{s}");
        }
        // No venue seats a quarter of a million.
        assert_eq!(one("The fund holds 12 million in cash.").3, None);
        assert_eq!(one("The pension fund holds 800,000 in cash.").3, None);
        // A currency whose plural is its singular is what a sum counts.
        assert_eq!(
            one("The bank lost 2 billion yen.").3.as_deref(),
            Some("yen")
        );
        assert_eq!(
            one("Regulators fined it 40 million kronor.").3.as_deref(),
            Some("kronor")
        );
    }

    #[test]
    fn per_cent_in_two_words_and_more_of_a_count() {
        let q = one("He got only 48 per cent of the vote.");
        assert_eq!(
            (q.0.as_str(), q.3.as_deref()),
            ("48 per cent", Some("percent"))
        );
        // Not a time or a size: "two hours fifty-eight", "six feet two".
        for s in [
            "The winner finished in two hours fifty-eight.",
            "He is six feet two.",
        ] {
            assert_eq!(extract(s, 0, &[]).len(), 2, "{s}");
        }
        // A scale after decimals in words multiplies the whole figure.
        for (s, v) in [
            (
                "It values the company at six point eight billion dorins.",
                6.8e9,
            ),
            ("The magnitude was five point nine.", 5.9),
            (
                "Revenue was down to one point four two billion euros.",
                1.42e9,
            ),
            // "At one point" is no decimal.
            ("At one point four hostages were seen at a window.", 4.0),
        ] {
            let q = extract(s, 0, &[]);
            assert_eq!(q.len(), 1, "{s}");
            assert!((q[0].value - v).abs() < 1e-6, "{s}");
        }
        // A sum in words with its hundredths after the unit.
        for (s, v) in [
            ("Shares closed at thirteen dorins eighty-eight.", 13.88),
            ("It offers fourteen dorins and twenty cents a share.", 14.2),
            (
                "Korrin had offered eight dorins seventy-five a share.",
                8.75,
            ),
        ] {
            let q = extract(s, 0, &[]);
            assert_eq!(q.len(), 1, "{s}");
            assert!((q[0].value - v).abs() < 1e-9, "{s}");
        }
        // A hospital's intake is a count of its own.
        let q = one("Brestova District Hospital said it had received 31 injured people.");
        assert_eq!(q.3.as_deref(), Some("people at a hospital"));
        let q = one("Thirty-one injured people were taken to hospital.");
        assert_eq!(q.3.as_deref(), Some("people"));
        // A hospital named after the count took them in.
        let q = one("Thirty-one injured people were taken to Brestova District Hospital.");
        assert_eq!(q.3.as_deref(), Some("people at a hospital"));
        let q = one("Twelve people were taken to hospitals in the capital.");
        assert_eq!(q.3.as_deref(), Some("people"));
        let q = one("Twelve people were taken to Halsk Hospital's mortuary.");
        assert_eq!(q.3.as_deref(), Some("people"));
        // Received, admitted or treated, injured or not, it is one intake.
        for s in [
            "The hospital said it had admitted 52 of the injured.",
            "The hospital says it treated 34.",
            "Brestova District Hospital said it had received 31 injured people.",
        ] {
            let q = one(s);
            assert_eq!(q.3.as_deref(), Some("people at a hospital"), "{s}");
            assert_eq!(q.4, Some(Role::Treated), "{s}");
        }
        // Past a participle that says which of them, the main verb says
        // what befell the part.
        assert_eq!(
            one("Twelve of the miners trapped underground were rescued on Friday.").4,
            Some(Role::Rescued)
        );
        assert_eq!(
            one("Twelve of the miners trapped underground.").4,
            Some(Role::Missing)
        );
        // Those who drowned are a count of their own beside the toll, and
        // one count whether told as a part of the dead or on its own.
        assert_eq!(
            one("At least eight people drowned when the river burst its banks.").3,
            one("Seven of the dead drowned in their homes.").3
        );
        assert_eq!(one("Eleven have drowned.").4, None);
        assert_eq!(one("Eleven have drowned.").3.as_deref(), Some("dead drown"));
        // Rescued, whether the sentence says so or says they were brought
        // out alive; missing where listed so.
        for s in [
            "Coastguards rescued 40 people from the water.",
            "Rescuers had pulled 14 people out of the mud alive by nightfall.",
        ] {
            assert_eq!(one(s).4, Some(Role::Rescued), "{s}");
        }
        assert_eq!(one("Rescuers pulled 14 people out of the mud.").4, None);
        assert_eq!(
            one("Four people are still listed as missing.").4,
            Some(Role::Missing)
        );
        // Under the rubble or buried is missing; kept from home is
        // displaced; buried at a funeral is neither.
        for (s, role) in [
            (
                "Up to 60 people may still be under the rubble.",
                Some(Role::Missing),
            ),
            (
                "Twelve people were buried by the slide.",
                Some(Role::Missing),
            ),
            ("Twelve victims were buried on Friday.", None),
            (
                "Twelve victims were buried Friday in the village cemetery.",
                None,
            ),
            (
                "Twelve people were buried in the landslide.",
                Some(Role::Missing),
            ),
            (
                "The editor said 3 people had buried the story for months.",
                None,
            ),
            (
                "Three people no longer have homes after the fire.",
                Some(Role::Displaced),
            ),
            (
                "About 450 people cannot return to their homes.",
                Some(Role::Displaced),
            ),
            (
                "Some 25,000 people no longer have a home to go to.",
                Some(Role::Displaced),
            ),
            (
                "The agency moved about 2,100 people out of their homes.",
                Some(Role::Displaced),
            ),
            ("The firm moved about 300 staff to a new office.", None),
        ] {
            assert_eq!(one(s).4, role, "{s}");
        }
        // A crowd's size, bare, where the verb after it tells of a protest.
        for s in [
            "Organisers from the protest movement said more than 2,000 had come.",
            "The movement said twelve thousand had taken part.",
        ] {
            assert_eq!(one(s).4, Some(Role::Crowd), "{s}");
        }
        assert_eq!(one("About 300 people came to the funeral.").4, None);
        // A part of a count told by who its people were.
        let part = |s: &str| one(s).3;
        assert_eq!(
            part("At least 14 of the dead were Ustravian nationals, she said."),
            part("The embassy said 18 of the dead were Ustravian citizens.")
        );
        assert_eq!(
            part("Five of the victims were Velsian tourists.").as_deref(),
            Some("dead velsian")
        );
        assert_ne!(
            part("Five of the dead were Velsian tourists."),
            part("Five of the dead were children.")
        );
        // Past a hedge to who they were.
        assert_eq!(
            part("Fourteen of the dead were confirmed Ustravian nationals.").as_deref(),
            Some("dead ustravian")
        );
        // Not where the clause stops before the telling word, nor out of
        // a counted group.
        assert_eq!(part("Four of the dead, police said, were guards."), None);
        // A figure that writes its unit keeps it before a comma.
        let q = one("Core inflation stood at 9.6%, the bank said.");
        assert_eq!(q.3.as_deref(), Some("percent"));
        let q = one("At least sixty more are unaccounted for.");
        assert_eq!(q.4, Some(Role::Missing));
        let q = one("Three more were injured.");
        assert_eq!(q.4, Some(Role::Injured));
    }

    #[test]
    fn a_figure_that_splits_a_count_is_a_part() {
        let parts =
            |s: &str| -> Vec<bool> { extract(s, 0, &[]).iter().map(|q| q.is_part(s)).collect() };
        assert_eq!(
            parts("Eleven of the dead had drowned and two were killed by falling trees."),
            [true, false]
        );
        assert_eq!(parts("Two others were killed by falling trees."), [true]);
        assert_eq!(
            parts("It killed 12 people, including three children."),
            [false, true]
        );
        assert_eq!(parts("Twelve of its 90 residents died."), [true, false]);
        assert_eq!(
            parts("It gives a toll of 41 for the valley, counting four people killed upstream."),
            [false, true]
        );
        assert_eq!(
            parts("Police said the dead hostages included at least two bank employees."),
            [true]
        );
        assert_eq!(parts("The victims include three children."), [true]);
        assert_eq!(
            parts("The ministry's figure includes three people who died in hospital."),
            [true]
        );
        assert_eq!(parts("The ministry's tally now includes 12 dead."), [false]);
        assert_eq!(
            parts("Four were injured. The convoy included 12 trucks."),
            [false, false]
        );
        assert_eq!(parts("The evacuation included 4,000 residents."), [false]);
        assert_eq!(parts("The storm killed 14 people."), [false]);
    }

    #[test]
    fn a_count_given_as_the_latest() {
        let latest = |s: &str| one(s).5;
        assert!(latest("The agency now says at least 46 people have died."));
        assert!(latest("The death toll has risen to 61."));
        assert!(latest("The toll now stands at 115."));
        assert!(!latest("At least 30 people were killed on Saturday."));
        // The river rose; the count after it is no update. Nor is an
        // earlier event's risen toll.
        for s in [
            "In 1987 the river rose to 5.9 metres and killed 40 people.",
            "Residents still remember 1987, when the river rose and killed 48 people.",
            "The toll from that flood had risen to 61 by the spring.",
        ] {
            let q = quantities(s);
            assert!(
                q.iter().all(|q| !(q.5 && q.4 == Some(Role::Dead))),
                "{s}: {q:?}"
            );
        }
        assert!(latest("The death toll was revised up to 70."));
        // A demand or an offer revised is its latest figure too.
        assert!(latest("On Friday the union lowered its demand to 11%."));
        assert!(latest("Valdstrom raised its offer to 15.60 dorins."));
        // A bare figure a count is revised to takes that count.
        let q = quantities("The toll, initially put at 40, was later raised to 60.");
        assert_eq!((q[1].1, q[1].4, q[1].5), (60.0, Some(Role::Dead), true));
        let q = quantities("It first gave a magnitude of 6.8, then revised its figure to 6.9.");
        assert_eq!((q[1].3.as_deref(), q[1].5), (q[0].3.as_deref(), true));
        // "bringing the death toll to 34" gives the toll now.
        let q = quantities("Eight more died in hospital, bringing the death toll to 34.");
        assert_eq!((q[1].1, q[1].4, q[1].5), (34.0, Some(Role::Dead), true));
        assert!(!q[0].5);
        // Not another thing raised, nor an earlier revision.
        for s in [
            "Police killed 12 people and raised the alert level to 3.",
            "Two people died as the mercury climbed to 47.",
            "The bombing killed 12 people, bringing to 40 the number killed this month.",
            "The eruption killed 9 hikers, and officials raised it to 4.",
        ] {
            let q = quantities(s);
            assert_eq!((q[1].3.as_deref(), q[1].4), (None, None), "{s}");
        }
        // The number of another thing counts that thing.
        let q =
            quantities("Three more people died, and the number of confirmed cases rose to 2,000.");
        assert_eq!((q[1].3.as_deref(), q[1].4), (Some("case"), None));
        let q = quantities("The toll of 40 had been raised to 60 by Friday.");
        assert!(!q[1].5, "{q:?}");
        assert!(latest("Storm toll rises to nine."));
    }

    #[test]
    fn a_plural_without_an_s_is_counted() {
        // What the last figure of a sentence counts, and what befell them.
        let read = |s: &str| {
            extract(s, 0, &[])
                .pop()
                .map(|q| (q.counts.map(String::from), q.role))
        };
        for (s, unit) in [
            (
                "Some 1,200 firefighters and 14 water-bombing aircraft were at work.",
                "aircraft",
            ),
            ("About 4,000 sheep died in the fire.", "sheep"),
            // Before a plural, the noun is a modifier of it.
            ("About 400 sheep farmers protested.", "farmer"),
            // The people a part is made of count them among the others.
            (
                "Twelve people were killed, three of them children.",
                "children",
            ),
            (
                "Twenty-three people were injured, four of whom were police officers.",
                "offic",
            ),
            (
                "Twelve people were killed, three of them in hospital.",
                "people",
            ),
        ] {
            assert_eq!(read(s).and_then(|r| r.0).as_deref(), Some(unit), "{s}");
        }
        // An hour is no count.
        assert!(extract("The alarm sounded at five o'clock.", 0, &[]).is_empty());
        assert!(extract("It began at 7 o’clock.", 0, &[]).is_empty());
        // Dead animals are no dead people; lives saved are no toll.
        assert_eq!(
            read("Farmers reported dozens of dead cattle."),
            Some((Some("cattl".into()), None))
        );
        for (s, animals) in [
            (
                "Officers counted 140 dead seabirds on the shore.",
                "seabird",
            ),
            ("Eleven dead seals have been found.", "seal"),
            ("At least 40 injured swans were treated.", "swan"),
        ] {
            assert_eq!(read(s), Some((Some(animals.into()), None)), "{s}");
        }
        assert_eq!(
            read("He is credited with saving dozens of lives."),
            Some((Some("lives saved".into()), None))
        );
        assert_eq!(
            read("At least 40 lives were saved by the evacuation."),
            Some((Some("lives saved".into()), None))
        );
        assert_ne!(
            read("Firefighters saved the lives of 40 workers.")
                .unwrap()
                .1,
            Some(Role::Dead)
        );
        // Two people dead, who sold fish.
        assert_eq!(
            read("Two dead fish sellers were found."),
            Some((Some("people".into()), Some(Role::Dead)))
        );
        assert_eq!(
            read("The storm claimed 40 lives."),
            Some((Some("people".into()), Some(Role::Dead)))
        );
    }

    #[test]
    fn the_seats_of_a_venue_however_written() {
        for s in [
            "The 2,400-seat theatre opened in 1912.",
            "The theatre, which opened in 1912, seats 2,400.",
            "The venue holds about 2,400 people.",
            "The hall has a capacity of 2,400.",
        ] {
            let q: Vec<_> = quantities(s)
                .into_iter()
                .filter(|q| q.1 >= 2000.0)
                .collect();
            assert_eq!(q.len(), 1, "{s}: {q:?}");
            assert_eq!(q[0].3.as_deref(), Some("seat"), "{s}");
        }
    }

    #[test]
    fn numbers_in_words_add_up() {
        for (s, want) in [
            ("A hundred and forty-five people were hurt.", 145.0),
            ("one hundred twenty people were hurt", 120.0),
            ("two thousand five hundred people were evacuated", 2500.0),
            ("One hundred and fifty thousand people fled", 150_000.0),
            ("three hundred and two passengers", 302.0),
            ("a hundred people were hurt", 100.0),
        ] {
            let q = quantities(s);
            assert_eq!(q.first().map(|q| q.1), Some(want), "{s}: {q:?}");
        }
        // "and" between a figure and another count is no sum.
        let q = quantities("Police detained a hundred and released three the next day.");
        assert_eq!(q.first().map(|q| q.1), Some(100.0), "{q:?}");
        let q = quantities("The blast killed a hundred, and five more people died later.");
        assert_eq!(q.first().map(|q| q.1), Some(100.0), "{q:?}");
    }

    #[test]
    fn passengers_and_crew_share_the_verb_after_them() {
        let read = |s: &str| -> Vec<(f64, Option<String>, Option<Role>)> {
            quantities(s).into_iter().map(|q| (q.1, q.3, q.4)).collect()
        };
        let aboard = |v: f64| (v, Some("people".to_string()), Some(Role::Aboard));
        assert_eq!(
            read("Roughly 140 passengers and crew were on board the coach."),
            [aboard(140.0)]
        );
        assert_eq!(
            read("Booking records list 95 passengers and four crew members aboard."),
            [aboard(95.0), aboard(4.0)]
        );
        // "and" before something else joins nothing.
        assert_eq!(
            read("About 60 passengers and their luggage were later put on board a bus.")[0].2,
            None
        );
    }

    #[test]
    fn a_half_after_a_number_in_words() {
        let read = |s: &str| -> Vec<(f64, Option<String>)> {
            quantities(s).into_iter().map(|q| (q.1, q.3)).collect()
        };
        assert_eq!(
            read("They asked for two and a half million dollars."),
            [(2_500_000.0, Some("dollar".to_string()))]
        );
        assert_eq!(
            read("The search lasted three and a half hours."),
            [(3.5, Some("hours".to_string()))]
        );
        // Half a scale is half of it, from "half" on.
        let q = quantities("Nearly half a million people were evacuated.");
        assert_eq!(
            (q[0].0.as_str(), q[0].1, q[0].2),
            ("Nearly half a million people", 500_000.0, Op::Nearly),
            "{q:?}"
        );
        assert_eq!(
            read("Half a dozen treatment centres have been set up."),
            [(6.0, Some(stem("centres")))]
        );
    }

    #[test]
    fn a_share_of_a_whole_is_a_percentage() {
        let share = |s: &str| -> Vec<(String, f64, Option<String>)> {
            quantities(s)
                .into_iter()
                .map(|q| (q.0, (q.1 * 10.0).round() / 10.0, q.3))
                .collect()
        };
        let percent = Some("percent".to_string());
        for (s, text, value) in [
            (
                "About one in five houses stands on the flood plain.",
                "About one in five",
                20.0,
            ),
            (
                "Around seven in ten home loans are on variable rates.",
                "Around seven in ten",
                70.0,
            ),
            (
                "One building in four has a floor never approved.",
                "One building in four",
                25.0,
            ),
            (
                "Nearly three-quarters of the 1.1 million mortgages are variable.",
                "Nearly three-quarters",
                75.0,
            ),
            ("The fire was one-third contained.", "one-third", 33.3),
            (
                "A third of the candidates saw the questions.",
                "A third",
                33.3,
            ),
            (
                "The offer needs more than half of the shares.",
                "more than half",
                50.0,
            ),
        ] {
            assert_eq!(
                share(s)[0],
                (text.to_string(), value, percent.clone()),
                "{s}"
            );
        }
        // An ordinal, a half of a period, a time: no share.
        for s in [
            "A third person has died.",
            "The airline lost 96 million euros in the first half of the year.",
            "He scored 3 in 10 minutes.",
            "It took a quarter of an hour.",
        ] {
            assert!(
                share(s).iter().all(|q| q.2 != percent),
                "{s}: {:?}",
                share(s)
            );
        }
        // A quarter of a scale is a figure.
        assert_eq!(
            share("A quarter of a million homes were in the dark.")[0].1,
            250_000.0
        );
        assert_eq!(
            share("Three-quarters of a million people fled.")[0],
            (
                "Three-quarters of a million people".to_string(),
                750_000.0,
                Some("people".to_string())
            )
        );
        // A whole past a hundred; "every" and "out of".
        for (s, value) in [
            ("One in 150 people carry the gene.", 0.7),
            ("One in every five houses was empty.", 20.0),
            ("One out of five houses was empty.", 20.0),
        ] {
            assert_eq!(share(s)[0].1, value, "{s}");
        }
        // No share: a harm or a thing counted after the whole, a time
        // written singular, a threshold, a half of a place, half of a
        // figure.
        for s in [
            "One killed in two blasts in Kelmora.",
            "He scored one goal in four games.",
            "It was a one in 100 year flood.",
            "It won a two-thirds majority in parliament.",
            "Fighting spread across the northern half of the country.",
            "Prices rose by half of one percent.",
        ] {
            assert!(
                share(s).iter().all(|q| q.2 != percent),
                "{s}: {:?}",
                share(s)
            );
        }
        assert!(share("It won a two-thirds majority in parliament.").is_empty());
    }

    #[test]
    fn units_written_several_ways_are_one() {
        let unit = |s: &str| quantities(s)[0].3.clone();
        let kmh = Some("km/h".to_string());
        assert_eq!(unit("The limit there is 60 km/h."), kmh);
        assert_eq!(unit("Gusts of seventy kilometres an hour."), kmh);
        assert_eq!(unit("Winds of 40 miles an hour."), kmh);
        assert_eq!(unit("Winds of 121 mph."), kmh);
        assert_eq!(unit("Winds of 105 knots."), kmh);
        assert_eq!(unit("It was doing 75 kilometres per hour."), kmh);
        assert_eq!(unit("It was doing 75 kilometers per hour."), kmh);
        assert_eq!(
            unit("The town lies 40 kilometres away."),
            unit("It is 38 km away.")
        );
        // Armed men are gunmen.
        assert_eq!(
            unit("At least five armed men burst in."),
            unit("Four gunmen burst in.")
        );
        let magnitude = Some("magnitude".to_string());
        assert_eq!(unit("A magnitude 5.7 aftershock followed."), magnitude);
        // A decimal that ends the sentence is read, its full stop is not.
        assert_eq!(unit("The survey gave a magnitude of 6.2."), magnitude);
        assert_eq!(
            unit("It revised the magnitude to 6.4 on Friday."),
            magnitude
        );
        assert_eq!(unit("A 6.2 magnitude quake struck."), magnitude);
    }

    #[test]
    fn none_and_one_arrested_are_counts() {
        let read = |s: &str| -> Vec<(f64, Option<Role>)> {
            extract(s, 0, &[])
                .into_iter()
                .map(|q| (q.value, q.role))
                .collect()
        };
        let arrested = |n: f64| vec![(n, Some(Role::Arrested))];
        assert_eq!(read("No arrests have been made."), arrested(0.0));
        assert_eq!(read("No immediate arrests were made."), arrested(0.0));
        assert_eq!(read("Nobody has been arrested so far."), arrested(0.0));
        assert_eq!(read("No one has been detained."), arrested(0.0));
        assert_eq!(read("No one was killed."), [(0.0, Some(Role::Dead))]);
        assert_eq!(
            read("There were no survivors."),
            [(0.0, Some(Role::Rescued))]
        );
        assert_eq!(read("Police arrested a 23-year-old man."), arrested(1.0));
        assert_eq!(read("Officers detained a suspect."), arrested(1.0));
        // Not a "no" of anything else, nor one who is no subject of harm,
        // nor a while with no rescue.
        assert!(read("No buses ran.").is_empty());
        assert!(read("No one knows how many people died.").is_empty());
        assert!(read("No one has been rescued since.").is_empty());
        // "No further arrests", "no other injuries": none more, no total.
        assert!(read("No further arrests have been made.").is_empty());
        assert!(read("No other injuries were reported.").is_empty());
        // Not one alone where more are told, nor another one; "a man of
        // 38" is an age.
        let one = (1.0, Some(Role::Arrested));
        assert!(!read("Police arrested a man and two women.").contains(&one));
        assert!(!read("Police arrested a man, a woman and a teenager.").contains(&one));
        assert!(!read("Police have arrested a second man.").contains(&one));
        assert_eq!(read("A man of 38 was detained."), [(38.0, None)]);
        // The harm befell none of the 56, one of the 12.
        assert_eq!(read("None of its 56 passengers was hurt.")[0].1, None);
        assert_eq!(read("One of the 12 has died in hospital.")[0].1, None);
        // All accounted for: none missing; not all is no count.
        let missing = vec![(0.0, Some(Role::Missing))];
        assert_eq!(
            read("All of those reported missing have now been accounted for."),
            missing
        );
        assert_eq!(
            read("Everyone has been accounted for, police said."),
            missing
        );
        assert!(read("Not all of the guests have been accounted for.").is_empty());
        assert!(read("All of them have yet to be accounted for.").is_empty());
    }

    #[test]
    fn the_number_of_a_thing_comes_to_its_figure() {
        let unit = |s: &str| extract(s, 0, &[]).remove(0).counts.map(String::from);
        let case = unit("The IHA says 300 cases were recorded.");
        assert!(case.is_some());
        assert_eq!(
            unit("The number of cases could reach 8,000 by December."),
            case
        );
        assert_eq!(unit("The number of confirmed cases rose to 720."), case);
        // A relative clause and a place between the noun and its figure.
        let q = extract(
            "The number of inmates who escaped from the prison during Sunday night's riot is 87.",
            0,
            &[],
        )
        .remove(0);
        assert_eq!(
            (q.counts.as_deref(), q.role),
            (Some("people"), Some(Role::Escaped))
        );
        assert_eq!(
            unit("The number of homes destroyed is put at 2,400."),
            unit("It destroyed 2,400 homes.")
        );
        // Not a figure the number is not said to come to, nor past another.
        assert_eq!(unit("The number of cases fell by 12 over the week."), None);
        let last = extract("The number of cases, 40 of them new, rose to 720.", 0, &[]).pop();
        assert_eq!(last.map(|q| (q.value, q.counts)), Some((720.0, None)));
    }

    #[test]
    fn a_figure_in_another_system_of_units_is_converted() {
        let q = |s: &str| extract(s, 0, &[]).remove(0);
        let unit = |s: &str| q(s).counts.map(String::from);
        let kg = Some("kg".to_string());
        assert_eq!(unit("The bomb weighed about 15 pounds."), kg);
        assert_eq!(unit("It carried 500 lb of explosives."), kg);
        // Pounds not weighed are money.
        assert_ne!(unit("They were fined 50,000 pounds."), kg);
        assert_eq!(unit("The wave was 12 feet high."), Some("metre".into()));
        assert_eq!(unit("It fell 40 miles from the coast."), Some("km".into()));
        let hull = q("The hull lies about 2.5 nautical miles offshore.");
        assert_eq!(
            (hull.counts.as_deref(), hull.shown_value()),
            (Some("km"), 4.63)
        );
        assert_eq!(unit("Rain reached 12 inches in places."), Some("mm".into()));
        assert_eq!(unit("Rain reached 31 cm in places."), Some("mm".into()));
        assert_eq!(unit("It burned 19,800 acres."), Some("hectare".into()));
        assert_eq!(q("It burned 80 square kilometres.").value, 8000.0);
        // Rounded conversions agree; two estimates do not.
        let weight = q("The device weighed about 15 pounds.");
        assert!(weight.converted() && weight.exact().is_none());
        assert!(weight.same_value(&q("The device weighed about 7 kilograms.")));
        assert!(!weight.same_value(&q("The device weighed about 8 kilograms.")));
        assert!(!weight.same_value(&q("The device weighed about 5 kilograms.")));
        assert!(q("Winds of 121 mph.").same_value(&q("Winds of 195 km/h.")));
        assert!(q("It burned 19,800 acres.").same_value(&q("It burned 8,000 hectares.")));
        assert!(q("Nearly 12 feet of water.").compatible(&q("Nearly 3.6 metres of water.")));
        // A converted figure allows the figures that round to it; two
        // units converted are compared with the tolerance too.
        assert!(weight.compatible(&q("It weighed 7.1 kilograms.")));
        assert!(!q("It weighed 15 pounds.").compatible(&q("It weighed 7.5 kilograms.")));
        assert!(q("Winds of 115 mph.").same_value(&q("Winds of 100 knots.")));
        assert!(q("A wave of 12 feet.").same_value(&q("A wave of 4 yards.")));
        // Areas are not lengths; two units in one figure are not compared
        // by the first; a price is not a weight.
        assert_eq!(
            unit("It covers 180,000 square feet."),
            Some("hectare".into())
        );
        assert!(
            q("It covers 180,000 square feet.").same_value(&q("It covers 16,700 square metres."))
        );
        assert_ne!(unit("The flat has 80 square metres."), Some("metre".into()));
        assert_ne!(unit("It holds 3 cubic feet."), Some("metre".into()));
        assert_eq!(
            unit("He stands 6 feet 8 inches tall."),
            Some("two units".into())
        );
        assert_ne!(unit("The board weighed bids of 250 pounds a share."), kg);
        assert_ne!(unit("It weighs offers at 250 pounds a share."), kg);
        // Shown to two decimals.
        assert_eq!(q("The wave was 12 feet high.").shown_value(), 3.66);
        // Figures in one unit keep their exact comparison.
        assert!(!q("It weighed 100 kg.").same_value(&q("It weighed 101 kg.")));
        assert!(!q("It burned 29,700 acres.").same_value(&q("It burned 30,000 acres.")));
    }

    #[test]
    fn a_unit_after_a_hyphen_is_the_unit_of_its_plural() {
        let unit = |s: &str| quantities(s)[0].3.clone();
        assert_eq!(
            unit("The six-carriage train left at noon."),
            unit("Two carriages left the rails.")
        );
        // Storeys however spelt, and floors.
        let storeys = unit("A six-storey block collapsed.");
        for s in [
            "A five-story block collapsed.",
            "The seven-floor building came down.",
            "It had eight floors.",
            "It had eight stories.",
        ] {
            assert_eq!(unit(s), storeys, "{s}");
        }
    }

    #[test]
    fn a_toll_counts_the_dead() {
        for s in [
            "The death toll has risen to 9, the medical examiner said.",
            "the death toll in Friday's attack now stands at 115",
            "The death toll from Monday's collapse of the Varno mine shaft near Keszt has climbed to 46.",
            "The death toll from Friday's attack on the Rosmer Theatre in Halvora has risen to 115, officials said on Sunday, as rescue teams recovered more bodies from the burnt-out hall.",
            "The toll climbed to 40 on Sunday.",
            "The death toll from Saturday's crash of a passenger plane in fog near the town of Pellin has risen to 61.",
            "The number of people confirmed dead in the sinking has risen to 31 since Saturday.",
            "The number of people confirmed dead in the sinking of the ferry Santa Brisa has \
             risen to 31, the coast guard said.",
            "Ferry capsizes after gale warning, killing 17",
            "The death toll from the storm and the floods that followed it has risen to nine.",
            "Cholera deaths reach 41 as cases double",
            "Flood deaths have risen to 12.",
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
        for s in [
            "The toll is expected to rise, and 3 hospitals are full.",
            "The death toll is expected to rise as rescuers search the wreckage of Flight 302.",
            "The toll rose again on Monday as crews reached villages home to some 12,000.",
            "The final toll is likely to be higher because the clinic has room for only 40.",
            "The toll is high, and the number of cases has risen to 90.",
            "The death toll is still unclear and the water has reached 3.",
            "The full toll is not yet known and aid convoys have reached 12 of the villages.",
            "No toll was given and the river stood at 9 on Monday.",
        ] {
            let q = quantities(s);
            assert!(q.iter().all(|q| q.4 != Some(Role::Dead)), "{s}: {q:?}");
        }
        // An "and" that starts a count of something else ends the toll's.
        let q = quantities("The toll stood at 40 and the number of injured rose to 300.");
        assert_eq!(
            q.iter().map(|q| (q.1, q.4)).collect::<Vec<_>>(),
            [(40.0, Some(Role::Dead)), (300.0, Some(Role::Injured))]
        );
    }

    #[test]
    fn the_injured_still_in_hospital_and_in_critical_condition_are_counts_of_their_own() {
        let roles = |s: &str| -> Vec<(f64, Option<Role>)> {
            quantities(s).into_iter().map(|q| (q.1, q.4)).collect()
        };
        use Role::*;
        type Case<'a> = (&'a str, &'a [(f64, Option<Role>)]);
        let cases: &[Case] = &[
            (
                "Two hundred and twelve patients are in hospital.",
                &[(212.0, Some(Hospitalized))],
            ),
            (
                "Six miners remain in a critical condition.",
                &[(6.0, Some(Critical))],
            ),
            (
                "Four of the injured remain in hospital, one in a critical condition.",
                &[(4.0, Some(Hospitalized)), (1.0, Some(Critical))],
            ),
            ("It was one of the deadliest attacks.", &[]),
            (
                "The ministry said 145 people were injured, 82 of whom remained in hospital, \
                 19 in a critical condition.",
                &[
                    (145.0, Some(Injured)),
                    (82.0, Some(Hospitalized)),
                    (19.0, Some(Critical)),
                ],
            ),
            (
                "It revised the number of injured down to 174, and said 61 were still in \
                 hospital, nine of them in a critical condition.",
                &[
                    (174.0, Some(Injured)),
                    (61.0, Some(Hospitalized)),
                    (9.0, Some(Critical)),
                ],
            ),
            (
                "Six people are in intensive care and 12 remain hospitalized.",
                &[(6.0, Some(Critical)), (12.0, Some(Hospitalized))],
            ),
            // Taken to hospital is injured, not still there.
            (
                "More than a dozen people were taken to hospitals.",
                &[(12.0, Some(Injured))],
            ),
            (
                "The number of missing stood at 22 on Monday.",
                &[(22.0, Some(Missing))],
            ),
            // Being in hospital is a state, as remaining there is; a figure
            // after a comma is in no name ("on Sunday, two …").
            (
                "Nine people survived the crash, and seven of them were in hospital on \
                 Sunday, two in critical condition.",
                &[
                    (9.0, Some(Rescued)),
                    (7.0, Some(Hospitalized)),
                    (2.0, Some(Critical)),
                ],
            ),
            (
                "Plane with dozens on board crashes in fog.",
                &[(24.0, Some(Aboard))],
            ),
        ];
        for (s, want) in cases {
            assert_eq!(roles(s), *want, "{s}");
        }
        // Decimals in words.
        let q = quantities("an aftershock of magnitude five point nine struck");
        assert_eq!(
            q.first().map(|q| (q.1, q.3.clone())),
            Some((5.9, Some("magnitude".into())))
        );
        // The whole a count is part of is no count of the harmed.
        assert_eq!(
            roles("All 40 houses were flattened, and 11 of its 90 residents were killed."),
            [(40.0, None), (11.0, Some(Dead)), (90.0, None)]
        );
        // What befell people a noun names is told of them: "four miners
        // were killed" counts dead miners (not the toll: "two firefighters
        // died" may be two of seven dead).
        let q = quantities("At least four miners were killed in the blast.");
        assert_eq!(
            (q[0].3.as_deref(), q[0].4),
            (Some("miner"), Some(Dead)),
            "{q:?}"
        );
        // Past an aside between commas to the verb.
        let q = quantities("Twelve miners, most of them from Brodnik, were killed.");
        assert_eq!(q[0].4, Some(Dead), "{q:?}");
        let q = quantities("Seven containers were damaged.");
        assert_eq!(q[0].4, None, "{q:?}");
        // Escaping a fire or getting out alive is no escape from custody;
        // having caught a virus is no arrest.
        for text in [
            "Forty residents escaped the flames by climbing onto the roof.",
            "Four miners got out alive after the blast.",
            "Twelve residents got out before the building collapsed.",
            "Twelve people have caught the virus, officials said.",
            "Two hikers were caught by the avalanche near the pass.",
        ] {
            let q = roles(text);
            assert!(
                q.iter().all(|q| !matches!(q.1, Some(Escaped | Arrested))),
                "{text}: {q:?}"
            );
        }
        // Escapes and recaptures, whatever the escaped are called.
        for (text, role) in [
            ("Seventy-four inmates escaped during the riot.", Escaped),
            (
                "More than 90 prisoners had got out, the union said.",
                Escaped,
            ),
            ("The union puts the number of escapees at 103.", Escaped),
            (
                "The union says the number of escaped inmates is around 100.",
                Escaped,
            ),
            ("The number of inmates who escaped is 87, not 74.", Escaped),
            (
                "The number of children who have died after taking a cough syrup made by \
                 Brennar Pharma has risen to 14, the ministry said.",
                Dead,
            ),
            ("Police said 12 inmates had been recaptured.", Arrested),
            (
                "Police say five escaped inmates have been caught so far.",
                Arrested,
            ),
            (
                "Twelve of the escapees had been caught by Monday evening.",
                Arrested,
            ),
            (
                "By Wednesday morning 41 of the escapees were back in custody.",
                Arrested,
            ),
            (
                "Police said 12 of the escaped inmates had been recaptured.",
                Arrested,
            ),
            ("Five of the trapped miners were killed.", Dead),
            ("Velmark says seven of its soldiers were killed.", Dead),
            ("Nine of our soldiers lost their lives on the ridge.", Dead),
        ] {
            let q = roles(text);
            assert_eq!(
                q.iter().find(|q| q.0 > 1.0).map(|q| q.1),
                Some(Some(role)),
                "{text}: {q:?}"
            );
        }
        // Two counts joined take the verb after both.
        let q = roles("Six inmates and one guard were killed in the riot.");
        assert_eq!(
            q.first().map(|q| (q.0, q.1)),
            Some((6.0, Some(Dead))),
            "{q:?}"
        );
        let q = roles("Six inmates and a guard lost their lives, the ministry said.");
        assert_eq!(
            q.first().map(|q| (q.0, q.1)),
            Some((6.0, Some(Dead))),
            "{q:?}"
        );
        // Past a longer second count, to the verb both share.
        for text in [
            "Five hostages and a police officer were killed when police stormed the bank.",
            "Three hostages and one of the gunmen died in the siege.",
            "Five hostages and a police officer lost their lives on Friday.",
            "Police put the final toll at five hostages, one officer and two gunmen.",
            "Five hostages and police officer killed as police storm bank",
        ] {
            let q = roles(text);
            assert_eq!(q.first().map(|q| q.1), Some(Some(Dead)), "{text}: {q:?}");
        }
        // People a noun ending in "-men" names; "in all" and "also" before
        // the verb.
        for text in [
            "Two gunmen were also killed.",
            "Eleven people in all lost their lives.",
        ] {
            let q = roles(text);
            assert_eq!(q.first().map(|q| q.1), Some(Some(Dead)), "{text}: {q:?}");
        }
        // Hostages released or set free; not a patient released from
        // hospital.
        for text in [
            "Twelve hostages were released at about 3:30 p.m.",
            "Twelve hostages were set free in the afternoon.",
        ] {
            let q = roles(text);
            assert_eq!(q.first().map(|q| q.1), Some(Some(Rescued)), "{text}: {q:?}");
        }
        for text in [
            "Four patients were released from hospital on Friday.",
            "Two people were released after questioning on Saturday.",
            "Four customers and a security guard were held for six hours inside the bank.",
            "Twenty worshippers were held inside the mosque.",
        ] {
            let q = roles(text);
            assert!(q.iter().all(|q| q.1.is_none()), "{text}: {q:?}");
        }
        // The verb both counts share is not one of a clause about the
        // second.
        let q = roles(
            "Five hostages and a police officer who was wounded in the exchange of fire were taken to hospital.",
        );
        assert!(q.iter().all(|q| q.1 != Some(Injured)), "{q:?}");
        // The hour and minutes of "half past three", "twenty past six"
        // count nothing; "ten to fifteen people" is a range.
        assert!(roles("They came out at half past three.").is_empty());
        assert!(roles("It began at twenty past six.").is_empty());
        assert_eq!(roles("Ten to fifteen people were hurt.").len(), 1);
        assert_eq!(the("Ten to fifteen people were hurt.").op, Op::Between);
        let q = roles("Two payments were also made.");
        assert!(q.iter().all(|q| q.1.is_none()), "{q:?}");
        // "The dead now number nine": nine dead.
        let q = roles("The dead now number nine.");
        assert_eq!(
            q.first().map(|q| (q.0, q.1)),
            Some((9.0, Some(Dead))),
            "{q:?}"
        );
        // Caught in a crush is no arrest.
        let q = roles("Twelve people were caught in the crush at the gate.");
        assert!(q.iter().all(|q| q.1 != Some(Arrested)), "{q:?}");
        // "A third person has died": three dead.
        let q = roles("A third person has died, the hospital said.");
        assert_eq!(
            q.first().map(|q| (q.0, q.1)),
            Some((3.0, Some(Dead))),
            "{q:?}"
        );
        // People who refused to leave their homes stayed.
        let q = roles("Many others refused to leave their homes and boats.");
        assert!(q.iter().all(|q| q.1 != Some(Displaced)), "{q:?}");
        // An amount in words of a group told elsewhere counts no one.
        let q = quantities("Falling trees and walls killed many of the victims.");
        assert!(q.iter().all(|q| q.4.is_none()), "{q:?}");
        // A count in one place "alone" is no count of the whole; how
        // people live is no place.
        let q = quantities("The governor said 30 people had died in his province alone.");
        assert_eq!(q[0].3.as_deref(), Some("people in province alone"), "{q:?}");
        assert_eq!(q[0].4, Some(Dead), "{q:?}");
        // Another part is another count.
        let q = quantities("Volunteers counted at least 40 dead on the Kettu Islands alone.");
        assert_eq!(q[0].3.as_deref(), Some("people in islands alone"), "{q:?}");
        let q = quantities("Twelve people died, most of them elderly people who live alone.");
        assert_eq!(q[0].3.as_deref(), Some("people"), "{q:?}");
        // The part counts what the whole does, past an owner's name.
        for (text, part) in [
            (
                "Hackers shut eight of the network's nine hospitals.",
                "eight",
            ),
            (
                "It hit seven of the Saren Valley Network's nine hospitals.",
                "seven",
            ),
            ("It hit six of the health network's nine hospitals.", "six"),
            // A name's, with no determiner; planes are aircraft.
            ("Four of Solvair's 42 planes are grounded.", "Four"),
            // A part of words, ending with its scale.
            (
                "Eighteen thousand of the union's twenty-one thousand members walked out.",
                "Eighteen thousand",
            ),
        ] {
            let q = quantities(text);
            assert_eq!(q[0].0, part, "{q:?}");
            assert_eq!(q[0].3, q[1].3, "{q:?}");
            assert!(q[0].3.is_some(), "{q:?}");
        }
        // "all 38 of its buses" is the whole, counted by the noun after.
        let q = quantities("The minister ordered checks on all 38 of its buses.");
        assert_eq!(q[0].3, quantities("It runs about 40 buses.")[0].3, "{q:?}");
        let q = quantities("Five aircraft are grounded.");
        assert_eq!(
            q[0].3,
            quantities("Four of Solvair's 42 planes are grounded.")[0].3
        );
        assert_eq!(
            roles("Three of the 40 dead were children."),
            [(3.0, None), (40.0, Some(Dead))]
        );
        // Left homeless, displaced, forced from home: one count, however
        // written; homes are counted apart, and not every "forced" flees.
        for s in [
            "About 25,000 people have been left homeless.",
            "About 52,000 people are now displaced.",
            "More than 40,000 people have been forced from their homes.",
            "One hundred dead in the quake, thousands homeless",
            "Wildfire kills three, forces 15,000 from their homes",
            "Around forty-five thousand had to leave their homes.",
            "More than 15,000 people were forced to leave their homes.",
            "Some 20,000 residents have been moved out of the valley.",
            "About 12,000 people have been evacuated from the town.",
            "Authorities evacuated 5,000 residents on Monday.",
            "The fire forced the evacuation of 3,000 people.",
            "The fire burned hundreds of homes, forcing about 15,000 people to flee.",
            "Some 400 people, most of them elderly, were evacuated on foot.",
        ] {
            assert!(roles(s).iter().any(|q| q.1 == Some(Displaced)), "{s}");
        }
        for s in [
            "Twelve homes were destroyed.",
            "Five workers were forced to wait.",
            "The blast forced 300 workers to leave the building.",
            "The strike forced 300 workers to flee the factory floor.",
            "About 3,000 people returned to their homes on Sunday.",
            "Rescuers pulled 12 people from their homes.",
            "About 60 workers were forced out of the building by smoke.",
            "Homes of 40 people were destroyed by the flood.",
            "Home to 5,000 people, the village was cut off.",
            "Forty people left the hospital on Monday.",
            "The blast forced 12 shops to close.",
            "Some 300 patients were moved to another ward.",
            "Thousands of people left their homes to watch the parade.",
            "About 50 staff moved out of the old office.",
        ] {
            assert!(roles(s).iter().all(|q| q.1 != Some(Displaced)), "{s}");
        }
        assert_eq!(
            roles("Nine of the injured were in critical condition, she said."),
            [(9.0, Some(Critical))]
        );
        // Survivors who speak are sources, not the count of the rescued.
        for s in [
            "Eleven survivors interviewed by the Courier said the gate was locked.",
            "Two survivors told reporters the ship listed badly.",
        ] {
            assert!(roles(s).iter().all(|q| q.1 != Some(Rescued)), "{s}");
        }
        assert_eq!(
            roles("Nine people survived the crash, rescuers said."),
            [(9.0, Some(Rescued))]
        );
        // Homes or customers cut off from electricity count households.
        for s in [
            "More than 150,000 homes were without electricity on Monday.",
            "At the height of the storm 210,000 customers were in the dark.",
            "About 90,000 were still in the dark on Tuesday evening.",
            "Some 1,500 households were left without power.",
            "Around 1.2 million households have no electricity, the utility said.",
            "About 60,000 households, most of them on the islands, are still without power.",
        ] {
            let q = quantities(s);
            assert_eq!(
                (q[0].3.as_deref(), q[0].4),
                (Some("households"), Some(WithoutPower)),
                "{s}"
            );
        }
        assert_eq!(roles("Two people died in the dark."), [(2.0, Some(Dead))]);
        // "Over" a span the figure before took is no "more than"; "for
        // over" is.
        let q = quantities("The trial ran to 61 hearings over 14 months.");
        assert_eq!((q[1].0.as_str(), q[1].2), ("14 months", Op::Eq), "{q:?}");
        let q = quantities("He was held for over 20 hours.");
        assert_eq!(
            (q[0].0.as_str(), q[0].2),
            ("over 20 hours", Op::MoreThan),
            "{q:?}"
        );
        // A ceiling, not "more than" the words it ends with; a little
        // under, not "under".
        let q = quantities("It had been allowed to keep no more than 2 tonnes.");
        assert_eq!(
            (q[0].0.as_str(), q[0].2),
            ("no more than 2 tonnes", Op::AtMost),
            "{q:?}"
        );
        let q = quantities("Turnout was just under 60 percent.");
        assert_eq!(
            (q[0].0.as_str(), q[0].2),
            ("just under 60 percent", Op::Nearly),
            "{q:?}"
        );
        for (s, op) in [
            ("Turnout was not more than 40 percent.", Op::AtMost),
            ("It employs not less than 300 workers.", Op::AtLeast),
            ("Turnout was just below 60 percent.", Op::Nearly),
            // Where a figure moves to; a ceiling after "could", and a range.
            (
                "The minimum pension went up to 21,400 lodars a month.",
                Op::Eq,
            ),
            ("Unemployment edges up to 4.1 percent.", Op::Eq),
            (
                "Temperatures could even climb up to 40 degrees.",
                Op::AtMost,
            ),
            (
                "Temperatures are expected to climb up to 40 degrees.",
                Op::AtMost,
            ),
            ("Fines go up to 5 million lodars.", Op::AtMost),
            (
                "The pension goes up to 21,400 lodars a month from 20,340.",
                Op::Eq,
            ),
            (
                "Officials moved up to 300 people out of the zone.",
                Op::AtMost,
            ),
            ("Winds of up to 150 km/h hit the coast.", Op::AtMost),
        ] {
            assert_eq!(quantities(s)[0].2, op, "{s}");
        }
        // Fallen ill, made ill, poisoned: the ill, whatever the noun.
        for s in [
            "The ministry said 64 children had fallen ill.",
            "More than 150 have been made ill.",
            "About 300 people were poisoned.",
            "Seventy-three are sick.",
            "The syrup has sickened 64 children.",
            "Altogether seventy-three have fallen ill.",
        ] {
            assert_eq!(roles(s)[0].1, Some(Ill), "{s}");
        }
        // The infected, a count of their own, not the dead the verb after
        // tells of; machines infected are no people.
        let q = roles("The virus has infected 1,200 people and killed 40.");
        assert_eq!((q[0].1, q[1].1), (Some(Infected), Some(Dead)), "{q:?}");
        let q = roles("Hackers infected 2,000 of the bank's machines.");
        assert_eq!(q[0].1, None, "{q:?}");
        // Not a fall, nor what made something else.
        assert_eq!(roles("Shares fell 12 percent.")[0].1, None);
        assert_eq!(roles("The company made 40 million euros.")[0].1, None);
        let q = roles("Officials say 58 people have been treated in hospitals for their injuries.");
        assert_eq!(q[0].1, Some(Injured), "{q:?}");
        // What they died of is no harm of their own.
        let q = roles("Eight hostages died of their wounds, one of them in hospital.");
        assert_eq!(q[1].1, None, "{q:?}");
        let q = roles("Ferry capsizes, killing 17");
        assert_eq!(q[0].1, Some(Dead), "{q:?}");
        // Treated for what is no injury: treated, a count of its own.
        let q = roles("About 300 people were treated for the flu at home.");
        assert_eq!(q[0].1, Some(Treated), "{q:?}");
        let q = roles("Ammonia leak kills at least nine, hundreds treated");
        assert_eq!(q[1].1, Some(Treated), "{q:?}");
        let q = roles("More than 300 needed treatment after the gas leaked.");
        assert_eq!(q[0].1, Some(Treated), "{q:?}");
        let q = roles("The hospital has treated 38 people since the blast.");
        assert_eq!(q[0].1, Some(Treated), "{q:?}");
        // A part after its qualifier takes the harm; a clause on the whole
        // says what befell all of them.
        let q = roles("About 12 of its 90 residents died.");
        assert_eq!((q[0].1, q[1].1), (Some(Dead), None), "{q:?}");
        let q = roles("About 9,000 of the 21,500 people who were evacuated may go home.");
        assert_eq!(
            (q[0].1, q[1].1),
            (Some(Displaced), Some(Displaced)),
            "{q:?}"
        );
        // Past a place or what they were doing, to the verb.
        let q = roles("Thousands of people on Halm Island have had to leave their homes.");
        assert_eq!(q[0].1, Some(Displaced), "{q:?}");
        let q = roles("Some 200 people living in the nearby blocks have had to leave their homes.");
        assert_eq!(q[0].1, Some(Displaced), "{q:?}");
        // Treated as what they are not patients.
        let q = roles("Police said three employees were treated as suspects.");
        assert_eq!(q[0].1, None, "{q:?}");
        let q = roles("Twelve workers were treated unfairly.");
        assert_eq!(q[0].1, None, "{q:?}");
        // Not a count that treated others.
        let q = roles("Twelve medics treated the wounded.");
        assert_ne!(q.first().and_then(|r| r.1), Some(Treated), "{q:?}");
        // A verb of harm before a qualified count is its own, however near
        // the next count's verb stands.
        for s in [
            "Gunmen opened fire on a concert hall, killing at least 60 people and wounding 145.",
            "The blast killed at least 60 people and wounded 145.",
            "The blast killed more than 60 people and injured 145 others.",
        ] {
            let q = roles(s);
            assert_eq!(q[0], (60.0, Some(Dead)), "{s}: {q:?}");
            assert_eq!(q[1].1, Some(Injured), "{s}: {q:?}");
        }
        let q = roles("Dozens more are missing, and some 15,000 residents have been evacuated.");
        assert_eq!(q[1].1, Some(Displaced), "{q:?}");
        // A number in brackets after a party or a single name is no age.
        for s in [
            "The Social Democrats (41) and the Greens (14) will form a coalition.",
            "Smith (12) scored twice.",
        ] {
            assert!(roles(s).iter().all(|q| q.1.is_none()), "{s}");
            assert!(
                quantities(s).iter().all(|q| q.3.as_deref() != Some("age")),
                "{s}"
            );
        }
        let q = roles("Eleven suspects, including the four alleged gunmen, have been detained.");
        assert_eq!(q[0], (11.0, Some(Arrested)), "{q:?}");
        let q = roles(
            "The number of people killed in Friday's attack has reached 137, officials said.",
        );
        assert_eq!(q[0], (137.0, Some(Dead)), "{q:?}");
        // A figure of a count is of the count right before it.
        let q = roles(
            "Police said 12 people were detained during the march, which drew a crowd the \
             organisers put at 5,000 against a police estimate of 2,000.",
        );
        assert!(
            q.iter().all(|q| q.0 == 12.0 || q.1 != Some(Arrested)),
            "{q:?}"
        );
        // How much a toll rose is no toll; what it rose to is.
        let q = roles("The toll from Friday's attack rose by 15 to 133.");
        assert_eq!(
            q.iter().map(|q| q.1).collect::<Vec<_>>(),
            [None, Some(Dead)],
            "{q:?}"
        );
        // A figure of the count before it in the sentence is that count.
        let q = roles(
            "The toll has risen to 11, more than twice the figure of five given by the ministry.",
        );
        assert_eq!(q[1], (5.0, Some(Dead)), "{q:?}");
        let q = roles("The figure of 40 came from the ministry.");
        assert_eq!(q[0].1, None, "{q:?}");
        // How sure the count is stands between it and what befell them.
        for (s, role) in [
            ("Fourteen people are now known to have died.", Dead),
            ("Eleven people are known to have lost their lives.", Dead),
            ("At least 40 people are feared dead.", Dead),
            ("Six were believed to have been killed.", Dead),
            ("Nine people are thought to be trapped.", Missing),
            ("Twelve people perished in the fire.", Dead),
        ] {
            assert_eq!(roles(s)[0].1, Some(role), "{s}");
        }
        // A hedge before anything else says nothing of harm.
        let q = roles("Forty people are known to live in the village.");
        assert!(q.iter().all(|q| q.1.is_none()), "{q:?}");
        // Brought out alive, however the sentence orders it.
        for s in [
            "By 7 a.m. four people had been pulled alive from the rubble.",
            "Rescuers have so far pulled seven people alive from the ruins.",
            "More than three hundred people had been pulled out of the rubble alive.",
            "Twelve were freed on Friday.",
            "Four people were found alive in the rubble on Tuesday.",
        ] {
            assert!(roles(s).iter().any(|q| q.1 == Some(Rescued)), "{s}");
        }
        assert!(
            roles("Four people were pulled from the rubble, and none was alive.")
                .iter()
                .all(|q| q.1 != Some(Rescued))
        );
        // A year's traffic is no count of those aboard.
        let q = roles("The airline carried about 1.9 million passengers last year.");
        assert!(q.iter().all(|q| q.1 != Some(Aboard)), "{q:?}");
        // "On board" is aboard; an investigation board is not.
        let q = roles("The board has twelve staff.");
        assert!(q.iter().all(|q| q.1 != Some(Aboard)), "{q:?}");
        // Treated in hospital is injured, not a count of those still there;
        // being treated there now is being there.
        let q = roles("Forty people were treated in hospital.");
        assert!(q.iter().all(|q| q.1 != Some(Hospitalized)), "{q:?}");
        for s in [
            "Seven of them are being treated in hospital, two in a critical condition.",
            "Five people are being treated in hospital.",
            "Twelve people are still being treated in hospital.",
            "Nine of the injured were in hospital on Sunday.",
            "He said that 212 people were being treated in hospital.",
        ] {
            assert_eq!(
                roles(s).first().map(|q| q.1),
                Some(Some(Hospitalized)),
                "{s}"
            );
        }
        // "Serious" is a grade of its own.
        let q = roles("Twenty people are in serious condition.");
        assert!(q.iter().all(|q| q.1 != Some(Critical)), "{q:?}");
        // A year after "the" is no year when a plural follows.
        let c = crate::claim::extract(
            "The 1900 passengers were rescued by fishing boats.",
            0,
            &crate::claim::Aliases::default(),
        );
        assert!(c.dates.is_empty(), "{:?}", c.dates);
        assert_eq!(c.quantities.first().map(|q| q.value), Some(1900.0));
        // A critical figure that counts no people.
        let q = roles("Engineers found 3 critical faults in the hull.");
        assert!(q.iter().all(|q| q.1 != Some(Critical)), "{q:?}");
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
    fn a_bare_figure_after_not_is_the_count_before_it_corrected() {
        let q = quantities(
            "Sixteen people were dug out alive, the service said, not 17 as first reported.",
        );
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!((q[1].1, q[1].3.as_deref()), (17.0, q[0].3.as_deref()));
        assert_eq!(q[1].4, q[0].4);
        // Not one after another figure, nor one someone wanted.
        for s in [
            "Twelve people were injured when the fire spread to Block 4, not 6 as first reported.",
            "Twelve people were injured when the fire spread to the fourth floor, not 6 as first reported.",
            "He was sentenced to 12 years, not 15 as prosecutors had sought.",
        ] {
            let q = quantities(s);
            assert!(q.last().is_some_and(|r| r.3.is_none()), "{s}: {q:?}");
        }
        // A person's age set right, and the one it replaces.
        let q = quantities("The suspect, Davor Reska, is 28 and not 29 as the police first said.");
        let ages: Vec<_> = q.iter().map(|r| (r.1, r.3.as_deref())).collect();
        assert_eq!(ages, [(28.0, Some("age")), (29.0, Some("age"))]);
        // Nor where the figure replaced has a unit of its own.
        for s in [
            "The leader, Luka Sarrin, was 3 and not 4 points behind.",
            "The winner, Ana Voss, was 12 and not 15 seconds ahead.",
        ] {
            assert!(
                quantities(s).iter().all(|r| r.3.as_deref() != Some("age")),
                "{s}"
            );
        }
        // A span of time in two units is one figure, in the larger.
        for (s, text, value, unit) in [
            (
                "The system was down for 10 hours 18 minutes.",
                "10 hours 18 minutes",
                10.3,
                "hours",
            ),
            (
                "The sirens sounded one hour and 44 minutes after the alarm.",
                "one hour and 44 minutes",
                104.0,
                "minut",
            ),
            (
                "The gang was inside for 6 minutes 40 seconds.",
                "6 minutes 40 seconds",
                6.0 + 40.0 / 60.0,
                "minut",
            ),
        ] {
            let q = quantities(s);
            assert_eq!(q.len(), 1, "{s}: {q:?}");
            assert_eq!(
                (q[0].0.as_str(), q[0].3.as_deref()),
                (text, Some(unit)),
                "{s}"
            );
            assert!((q[0].1 - value).abs() < 1e-9, "{s}: {q:?}");
        }
        let q = quantities("The race took 2 hours 3 minutes 23 seconds.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert!((q[0].1 - (120.0 + 3.0 + 23.0 / 60.0)).abs() < 1e-9, "{q:?}");
        // Not a smaller span that is not a plain figure, nor an hour that
        // is part of something else.
        assert_eq!(
            quantities("It took 10 hours and about 20 minutes.").len(),
            2
        );
        let s = "Winds reached 150 kilometres an hour and 20 minutes later the roof fell.";
        let q = quantities(s);
        assert!(
            q.iter().all(|r| r.3.as_deref() != Some("hours")),
            "{s}: {q:?}"
        );
        // The hour of "half an hour" is a half: forty minutes, not seventy.
        let q = quantities("The sirens sounded half an hour and 10 minutes later.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert!((q[0].1 - 40.0).abs() < 1e-9, "{q:?}");
        // A qualified hour is a figure, and the minutes join it with its
        // qualifier kept.
        let q = quantities("The sirens sounded more than an hour and 10 minutes later.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].2, q[0].3.as_deref()), (Op::MoreThan, Some("minut")));
        assert!((q[0].1 - 70.0).abs() < 1e-9, "{q:?}");
        // "Several thousand residents" is thousands, not several.
        let q = quantities("Several thousand residents were evacuated.");
        assert_eq!(q[0].1, 2000.0, "{q:?}");
        // Not where no person is named: "The toll was 27 and not 29".
        let q = quantities("The toll was 27 and not 29.");
        assert!(q.iter().all(|r| r.3.as_deref() != Some("age")), "{q:?}");
        // Not a figure of another size, nor one with its own noun.
        let q = quantities("Sixteen people were dug out alive, not 1,700 as first reported.");
        assert!(q.iter().all(|r| r.1 != 1700.0 || r.3.is_none()), "{q:?}");
    }

    #[test]
    fn a_bare_figure_after_and_counts_the_things_before_it() {
        for (s, value) in [
            (
                "Nine buildings were destroyed and about 60 were damaged.",
                60.0,
            ),
            (
                "71 homes were destroyed and 34 damaged in the valley.",
                34.0,
            ),
            (
                "About 300 flights were cancelled and 471 delayed on Friday.",
                471.0,
            ),
        ] {
            let q = quantities(s);
            let first = q[0].3.clone();
            assert!(first.is_some(), "{s}: {q:?}");
            assert!(q.iter().any(|r| r.1 == value && r.3 == first), "{s}: {q:?}");
        }
        // Not past another clause, nor after a verb that tells nothing
        // done to them.
        for s in [
            "71 homes were destroyed in the storm that swept the valley on Sunday night and 34 damaged.",
            "71 homes were destroyed and 34 need repairs.",
            "Police raided 71 bars and 34 were fined.",
            "About 71 flights were cancelled and 34 stranded.",
        ] {
            let q = quantities(s);
            assert!(
                !q.iter().any(|r| r.1 == 34.0 && r.3 == q[0].3),
                "{s}: {q:?}"
            );
        }
    }

    #[test]
    fn a_bare_figure_by_a_party_s_count_counts_the_fate_named_before_it() {
        let q = quantities(
            "The two agencies counting the dead still do not agree: 29 by the fire service's count and 31 by the health ministry's.",
        );
        let dead: Vec<f64> = q
            .iter()
            .filter(|r| r.4 == Some(Role::Dead))
            .map(|r| r.1)
            .collect();
        assert_eq!(dead, [29.0, 31.0], "{q:?}");
        // No fate named: no count of the dead.
        for s in [
            "The crowd was 5,000 by the organisers' count.",
            // Another figure stands between.
            "Among the dead were three children, and 40 homes burned, 25 by the fire service's count.",
            // No count past the clause.
            "Turnout rose to 62 by March, the commission's count shows.",
        ] {
            let q = quantities(s);
            assert!(
                q.iter()
                    .all(|r| r.1 != 25.0 && r.1 != 5000.0 && r.1 != 62.0 || r.4.is_none()),
                "{s}: {q:?}"
            );
        }
    }

    #[test]
    fn compatibility_of_intervals() {
        let q = |s: &str| extract(s, 0, &[]).remove(0);
        assert!(q("144 people").compatible(&q("over 130 people")));
        assert!(q("144 people").compatible(&q("at least 133 people")));
        assert!(!q("144 people").compatible(&q("133 people")));
        assert!(q("nearly 150 injured").compatible(&q("140 injured")));
        assert!(!q("nearly 150 injured").compatible(&q("150 injured")));
        assert!(q("over 130 lives").same_measure(&q("more than 60 people dead")));
        assert!(!q("60 people dead").same_measure(&q("150 injured")));
    }

    /// (text, value) of every quantity of `s`.
    fn figures(s: &str) -> Vec<(String, f64)> {
        quantities(s).into_iter().map(|q| (q.0, q.1)).collect()
    }

    #[test]
    fn a_minus_sign_keeps_the_figure_below_zero() {
        let cases: &[(&str, (&str, f64))] = &[
            (
                "temperatures of -40 degrees overnight",
                ("-40 degrees", -40.0),
            ),
            ("exports fell −5% in March", ("−5%", -5.0)),
            ("a loss of -$5 billion this year", ("-$5 billion", -5e9)),
            (
                "the index closed at (-12 points) lower",
                ("-12 points", -12.0),
            ),
            ("-3 degrees at dawn", ("-3 degrees", -3.0)),
            ("from -10 to -20 degrees", ("-10", -10.0)),
        ];
        for (input, (text, value)) in cases {
            let got = figures(input);
            assert_eq!(got[0], (text.to_string(), *value), "input: {input}");
        }
        assert_eq!(
            figures("from -10 to -20 degrees")[1],
            ("-20 degrees".into(), -20.0)
        );
        let q = quantities("exports fell −5% in March");
        assert_eq!(q[0].3.as_deref(), Some("percent"));
    }

    #[test]
    fn a_bound_is_no_age() {
        let q = quantities("Anyone who is 65 and over will be offered the vaccine.");
        assert_ne!(q[0].3.as_deref(), Some("age"), "{q:?}");
    }

    #[test]
    fn a_figure_in_a_name_is_no_count_of_the_harm_after_it() {
        let q = quantities("The fire at the warehouse on Route 9 killed seven workers.");
        assert_eq!(q[0].0, "9");
        assert_eq!((q[0].3.as_deref(), q[0].4), (None, None));
        assert_eq!(q[1].0, "seven workers");
        assert_eq!(q[1].4, Some(Role::Dead));
        // A headline's capitals are no name, nor is a day.
        let q = quantities("Market Blast Leaves 12 Injured");
        assert_eq!(q[0].4, Some(Role::Injured), "{q:?}");
        let q = quantities("Floods in Ostreva 40 Dead");
        assert_eq!(q[0].4, Some(Role::Dead), "{q:?}");
        let q = quantities("Officials said that as of Monday 112 injured remained in hospital.");
        assert_eq!(q[0].4, Some(Role::Injured), "{q:?}");
    }

    #[test]
    fn a_hyphen_is_no_minus_sign() {
        // (sentence, the first figure read, if any)
        let cases: &[(&str, Option<f64>)] = &[
            // Ranges: the second figure is not below zero; a range is
            // held as its high end.
            ("between 10-20 people were hurt", Some(20.0)),
            ("between 10 - 20 people were hurt", Some(20.0)),
            ("between 10 -20 people were hurt", Some(20.0)),
            // Hyphenated names and models.
            ("a COVID-19 outbreak", None),
            ("a Boeing 737-800 jet", Some(737.0)),
            ("an F-16 crashed", None),
            ("the MH-370 search", None),
            // Scores and phone-like runs.
            ("they won 3-2 on Sunday", Some(3.0)),
            ("call -555-1234 today", Some(555.0)),
            // A dash of punctuation before a figure.
            ("a crowd of --40 people cheered", Some(40.0)),
        ];
        for (input, value) in cases {
            let got = figures(input);
            assert!(
                got.iter().all(|(_, v)| *v >= 0.0),
                "input: {input}: {got:?}"
            );
            assert_eq!(got.first().map(|f| f.1), *value, "input: {input}: {got:?}");
        }
    }

    #[test]
    fn signed_ranges_compare_on_their_magnitude() {
        let q = |s: &str| extract(s, 0, &[]).remove(0);
        // The sign survives in the exact integer too (kept in two halves).
        assert_eq!(q("-40 degrees").exact(), Some(-40));
        assert_eq!(
            q("-1234567890123456789012 tokens").exact(),
            Some(-1_234_567_890_123_456_789_012)
        );
        assert!(!q("-40 degrees").compatible(&q("40 degrees")));
        assert!(!q("-40 degrees").same_value(&q("40 degrees")));
        assert!(q("about -40 degrees").compatible(&q("-42 degrees")));
        assert!(!q("about -40 degrees").compatible(&q("-50 degrees")));
        assert!(q("nearly -40 degrees").compatible(&q("-38 degrees")));
        assert!(!q("nearly -40 degrees").compatible(&q("-40 degrees")));
    }

    #[test]
    fn big_counts_compare_exactly() {
        let q = |s: &str| extract(s, 0, &[]).remove(0);
        let a = q("1234567890123456789012 tokens");
        let b = q("1234567890123456789013 tokens");
        // As doubles the two are one value; as integers they differ.
        assert_eq!(a.value, b.value);
        assert_eq!(a.exact(), Some(1_234_567_890_123_456_789_012));
        assert!(!a.same_value(&b));
        assert!(!a.compatible(&b));
        assert!(a.same_value(&q("1,234,567,890,123,456,789,012 tokens")));
        assert!(q("at least 1234567890123456789012 tokens").compatible(&b));
        assert!(!q("more than 1234567890123456789013 tokens").compatible(&b));
        // Scale words multiply exactly; small figures agree as before.
        assert_eq!(q("5 billion dollars").exact(), Some(5_000_000_000));
        assert!(q("144 people").same_value(&q("144 individuals")));
        assert!(q("two decades").same_value(&q("20 years")));
        // Digits past what an integer holds are never called equal.
        let huge = "1".repeat(45);
        let h = q(&format!("{huge} atoms"));
        assert_eq!(h.exact(), None);
        assert!(!h.same_value(&h.clone()));
    }

    #[test]
    fn a_people_named_in_the_plural_are_people_harm_befalls() {
        let role = |s: &str| one(s).4;
        assert_eq!(
            role("Strikes killed at least 60 Palestinians on Monday."),
            Some(Role::Dead)
        );
        assert_eq!(
            role("Two Britons were injured in the crash."),
            Some(Role::Injured)
        );
        assert_eq!(role("Nine Afghans are still missing."), Some(Role::Missing));
        // Held, a people stay their own count, not one of all those held.
        let held = one("The guards detained 58 Dashkiris at the border.");
        assert_eq!((held.3.as_deref(), held.4), (Some("dashkiri"), None));
        // Lower case, or no people's ending, is no people.
        assert_eq!(role("Strikes destroyed 60 bridges on Monday."), None);
    }

    #[test]
    fn a_qualifier_after_a_figure_or_its_noun_qualifies_it() {
        let dead = |v: f64, op: Op| figure(v, "people", op);
        for (s, op) in [
            ("The blast killed 40-odd people.", Op::About),
            ("The blast killed 40-something people.", Op::About),
            ("The blast killed 40 or so people.", Op::About),
            ("The blast killed 40-plus people.", Op::AtLeast),
            ("The blast killed 40 or more people.", Op::AtLeast),
            ("The blast killed 40 people or more.", Op::AtLeast),
            ("The blast killed 40 people or fewer.", Op::AtMost),
            ("As many as 40 people died in the blast.", Op::AtMost),
            ("Upward of 40 people died in the blast.", Op::MoreThan),
            ("More or less 40 people died in the blast.", Op::About),
            // Another figure's qualifier, and a comparison, qualify none.
            (
                "The blast killed 40 people or more than half the crew.",
                Op::Eq,
            ),
            ("Twice as many as 40 people died in the blast.", Op::Eq),
        ] {
            assert_eq!(first_figure(s), dead(40.0, op), "{s}");
        }
    }

    #[test]
    fn as_high_as_a_size_is_its_most() {
        for s in [
            "The sea was rough, with waves as high as 3 metres.",
            "Snow lay as deep as 3 metres on the run.",
        ] {
            assert_eq!(first_figure(s), figure(3.0, "metre", Op::AtMost), "{s}");
        }
        // A comparison is no ceiling.
        assert_eq!(
            first_figure("The waves were twice as high as 3 metres."),
            figure(3.0, "metre", Op::Eq)
        );
    }

    #[test]
    fn weights_and_volumes_in_any_unit_are_one_measure() {
        let kg = |s: &str| first_figure(s).map(|(v, u, _)| ((v * 1000.0).round() / 1000.0, u));
        let tonnes = Some((1_200.0, Some("kg".to_string())));
        for s in [
            "Police seized 1.2 tonnes of cocaine.",
            "Police seized 1.2 metric tons of cocaine.",
            "Police seized 1,200 kilograms of cocaine.",
        ] {
            assert_eq!(kg(s), tonnes, "{s}");
        }
        assert_eq!(
            kg("Police seized 12 grams of heroin."),
            Some((0.012, Some("kg".into())))
        );
        let q = extract("Police seized 12 grams of heroin.", 0, &[]).remove(0);
        assert_eq!(q.shown_value(), 0.012);
        let litres = |s: &str| first_figure(s).map(|(v, u, _)| (v.round(), u));
        assert_eq!(
            litres("The tank held 10,000 liters."),
            litres("The tank held 10,000 litres.")
        );
        assert_eq!(
            litres("The tank held 2,641 gallons."),
            Some((9997.0, Some("litre".into())))
        );
        let power = |s: &str| first_figure(s).map(|(v, u, _)| (v.round(), u));
        assert_eq!(power("It makes 900 megawatts."), power("It makes 0.9 GW."));
        // "Mw" is a quake's magnitude as often: left alone.
        assert_eq!(power("The 6.4 Mw quake hit at dawn."), Some((6.0, None)));
        assert_eq!(
            power("It makes 900 megawatts."),
            Some((900.0, Some("megawatt".into())))
        );
        let stored = first_figure("The reservoir holds 3 million cubic metres.");
        assert_eq!(stored, figure(3e6, "cubic metre", Op::Eq));
    }

    #[test]
    fn what_only_looks_like_money_a_unit_a_people_or_a_qualifier() {
        // A car, a computer, a drawing: no rupees, percent or dollars.
        assert!(quantities("The new Audi RS6 costs more than the RS3 did.").is_empty());
        assert_eq!(one("He bought a Windows 10 PC.").3.as_deref(), Some("pc"));
        assert_eq!(
            one("The 5 CAD drawings were sold.").3.as_deref(),
            Some("draw")
        );
        // Rupees as Indian papers write them, a scale hyphenated.
        let aid = figure(200_000.0, "rupe", Op::Eq);
        assert_eq!(first_figure("Each family gets Rs 2,00,000 in aid."), aid);
        assert_eq!(
            first_figure("It cost Rs 1,20,00,000."),
            figure(12e6, "rupe", Op::Eq)
        );
        assert_eq!(first_figure("It is 1,5 metres."), None);
        assert_eq!(first_figure("Each family gets Rs. 2 lakh in aid."), aid);
        assert_eq!(first_figure("Each family gets a Rs 2-lakh payment."), aid);
        // Gold in troy ounces; a ton alone is no tonne.
        let gold = first_figure("The mine produced 1 million ounces of gold.");
        assert_eq!(
            gold.map(|(v, u, _)| (v.round(), u)),
            Some((31_103.0, Some("kg".into())))
        );
        assert_eq!(
            one("The silo holds 40,000 tons of grain.").3.as_deref(),
            Some("ton")
        );
        // A title-case headline's capitals name no people.
        assert_eq!(one("Storm Kills 40 Lions At Vesk Safari Park.").4, None);
        // "or so" of a clause, "as many as" of a comparison.
        assert_eq!(
            one("The strike killed 12 militants, or so the army claimed.").2,
            Op::Eq
        );
        let q = quantities("About 38 died, nearly as many as 40 did last year.");
        assert_eq!(q[1].2, Op::Eq, "{q:?}");
    }

    #[test]
    fn figures_in_the_shorthand_of_business_and_british_copy() {
        let people = |v: f64, op: Op| figure(v, "people", op);
        assert_eq!(
            first_figure("Some 3m people were affected."),
            people(3e6, Op::About)
        );
        assert_eq!(
            first_figure("Around 2.5mn people were affected."),
            people(2.5e6, Op::About)
        );
        assert_eq!(
            first_figure("A 1,000-strong crowd gathered."),
            people(1000.0, Op::Eq)
        );
        assert_eq!(
            first_figure("Prices rose 5pc in March."),
            figure(5.0, "percent", Op::Eq)
        );
        let fine = figure(1.5e6, "dollar", Op::Eq);
        assert_eq!(first_figure("The firm paid a $1.5-million fine."), fine);
        assert_eq!(first_figure("The firm paid a fine of $1.5mn."), fine);
        // A length is no million.
        let wall = first_figure("The wall is 3m high.");
        assert!(wall.as_ref().is_none_or(|(v, _, _)| *v < 1e6), "{wall:?}");
    }

    #[test]
    fn money_of_any_currency_is_one_measure_however_written() {
        let rupees = first_figure("The damage was put at 20 million rupees.");
        assert_eq!(rupees, figure(20_000_000.0, "rupe", Op::Eq));
        // South Asian scales, after a sign, a code or no currency at all.
        for s in [
            "Each family will get Rs 2 crore in aid.",
            "Each family will get Rs.2 crore in aid.",
            "Each family will get ₹200 lakh in aid.",
            "Each family will get INR 2 crore in aid.",
        ] {
            assert_eq!(first_figure(s), figure(20_000_000.0, "rupe", Op::Eq), "{s}");
        }
        let crowd = first_figure("About 1.5 lakh people attended the rally.");
        assert_eq!(crowd, figure(150_000.0, "people", Op::About));
        // Dollars by a sign, a country's sign, a code or a country's name.
        let dollars = first_figure("The bank lent $5 million to the firm.");
        assert_eq!(dollars, figure(5_000_000.0, "dollar", Op::Eq));
        for s in [
            "The bank lent US$5 million to the firm.",
            "The bank lent USD 5 million to the firm.",
            "The bank lent 5 million US dollars to the firm.",
            "The bank lent 5 million USD to the firm.",
        ] {
            assert_eq!(first_figure(s), dollars, "{s}");
        }
        // Brazil's reais are no dollars; a trillion is a scale.
        let reais = first_figure("The fund lent R$5 million.");
        assert_eq!(reais, figure(5_000_000.0, "reai", Op::Eq));
        let budget = first_figure("Spending will reach $1.2 trillion next year.");
        assert_eq!(budget, figure(1.2e12, "dollar", Op::Eq));
        assert_eq!(first_figure("It is worth $1.2tn."), budget);
        // A code before a figure is one in capitals: "Chf" is a name.
        let named = first_figure("Chf 20 million was paid.");
        assert_ne!(named, first_figure("CHF 20 million was paid."));
        assert_eq!(
            first_figure("The wage rose to 17,002 lira."),
            figure(17_002.0, "lira", Op::Eq)
        );
    }

    #[test]
    fn big_counts_are_read_exactly() {
        let s = "1234567890123456789013 tokens";
        let q = extract(s, 0, &[]).remove(0);
        assert_eq!(q.exact(), Some(1_234_567_890_123_456_789_013));
        assert_eq!(q.text(s), s, "the text is the span of the sentence");
        let s = "It was -40 degrees.";
        let q = extract(s, 0, &[]).remove(0);
        assert_eq!((q.text(s), q.value), ("-40 degrees", -40.0));
    }

    #[test]
    fn number_words() {
        assert_eq!(word_value("twenty-one"), Some(21.0));
        assert_eq!(word_value("ninety"), Some(90.0));
        assert_eq!(word_value("twentyone"), None);
    }

    /// The one quantity of `s`, as read.
    fn the(s: &str) -> Quantity {
        let q = extract(s, 0, &[]);
        assert_eq!(q.len(), 1, "{s}: {q:?}");
        q.into_iter().next().unwrap()
    }

    #[test]
    fn a_range_of_figures_is_one_quantity() {
        for (s, text, low, high, unit) in [
            (
                "Between 20 and 25 people died in the floods.",
                "Between 20 and 25 people",
                20.0,
                25.0,
                "people",
            ),
            (
                "Officials said 20-25 people died.",
                "20-25 people",
                20.0,
                25.0,
                "people",
            ),
            (
                "Officials said 20\u{2013}25 people died.",
                "20\u{2013}25 people",
                20.0,
                25.0,
                "people",
            ),
            (
                "Losses of $8 billion to $12 billion were forecast.",
                "$8 billion to $12 billion",
                8e9,
                12e9,
                "dollar",
            ),
            (
                "Losses of between 8 and 12 billion dollars were forecast.",
                "between 8 and 12 billion dollars",
                8e9,
                12e9,
                "dollar",
            ),
            (
                "Most stones were two or three centimetres across.",
                "two or three centimetres",
                20.0,
                30.0,
                "mm",
            ),
            (
                "Some 10 to 15 percent were lost.",
                "Some 10 to 15 percent",
                10.0,
                15.0,
                "percent",
            ),
            (
                "Between 1 million and 1.5 million people fled.",
                "Between 1 million and 1.5 million people",
                1e6,
                1.5e6,
                "people",
            ),
            (
                "It expects to lose between a hundred and eighty and two hundred and twenty million euros.",
                "between a hundred and eighty and two hundred and twenty million euros",
                1.8e8,
                2.2e8,
                "euro",
            ),
            (
                "Each had paid three to five thousand dollars.",
                "three to five thousand dollars",
                3000.0,
                5000.0,
                "dollar",
            ),
            (
                "Roughly 20-30 people were hurt.",
                "Roughly 20-30 people",
                20.0,
                30.0,
                "people",
            ),
            (
                "Estimates ranged from 20 to 30 people.",
                "20 to 30 people",
                20.0,
                30.0,
                "people",
            ),
        ] {
            let q = the(s);
            assert_eq!(q.op, Op::Between, "{s}");
            assert_eq!(q.text(s), text, "{s}");
            assert_eq!(q.counts.as_deref(), Some(unit), "{s}");
            assert!(
                (q.low - low).abs() < 1e-6 * high && (q.value - high).abs() < 1e-6 * high,
                "{s}: {q:?}"
            );
        }
        // A bare low end takes the high end's unit: 2 to 3 inches in mm.
        let q = the("Forecasters expect 2 to 3 inches of rain.");
        assert!(
            (q.low - 50.8).abs() < 1e-9 && (q.value - 76.2).abs() < 1e-9,
            "{q:?}"
        );
        // A bare high end takes what the low one counts.
        let q = the("Storm kills 20 to 25 in coastal towns");
        assert_eq!(
            (q.op, q.low, q.value, q.role),
            (Op::Between, 20.0, 25.0, Some(Role::Dead))
        );
    }

    #[test]
    fn a_unit_in_the_singular_is_the_unit() {
        for (s, unit, value) in [
            ("Gusts of 40-knot winds hit the coast.", "km/h", 74.08),
            ("A 2-inch layer of hail covered the road.", "mm", 50.8),
            ("Only 1 inch of rain fell overnight.", "mm", 25.4),
            ("The fire burned a 500-acre farm.", "hectare", 202.343),
            ("A 100-yard stretch was closed.", "metre", 91.44),
            ("A 5-centimetre stone fell.", "mm", 50.0),
        ] {
            let q = the(s);
            assert_eq!(q.counts.as_deref(), Some(unit), "{s}");
            assert!((q.value - value).abs() < 1e-3 * value, "{s}: {q:?}");
        }
    }

    #[test]
    fn changes_scores_and_alternatives_are_no_ranges() {
        for s in [
            "The toll rose from 20 to 25 people.",
            "The vote was 20 to 25 against.",
            "Five years or ten years, the furnaces are old.",
            "Cases rose to 30 and 40 more were suspected.",
            "The toll rose by 15 to 133.",
            "The currency gained 2.3 percent to 24.15 per euro.",
            "The index closed up 40 to 1,250.",
            "The unemployment rate fell 0.2 percent to 3.8 percent.",
            "The death toll climbed 12 to 30 overnight.",
            "Membership climbed from a low of 20 to 35 people.",
            "The 9-11 attacks changed everything.",
            "Two 737-800 jets landed.",
            "A Boeing 737-800 jet landed.",
            "Temperatures were 50-60 degrees Fahrenheit.",
            "Temperatures were between 50 and 60 degrees Fahrenheit.",
            "They won 3 to 1 in the final.",
        ] {
            assert!(
                extract(s, 0, &[]).iter().all(|q| q.op != Op::Between),
                "{s}: {:?}",
                quantities(s)
            );
        }
    }

    #[test]
    fn a_range_allows_its_figures_and_is_not_one_of_them() {
        let range = the("Between 20 and 30 new cases were reported.");
        let inside = the("The agency reported 30 new cases.");
        let outside = the("The agency reported 45 new cases.");
        assert!(range.compatible(&inside) && !range.same_value(&inside));
        assert!(!range.compatible(&outside));
        assert!(the("The agency reported 20 to 30 new cases.").same_value(&range));
        assert!(!the("The agency reported 25 to 30 new cases.").same_value(&range));
        // Converted ends are each compared within their own rounding.
        let inches = the("Forecasters expect 2 to 10 inches of rain.");
        assert!(!inches.same_value(&the("Forecasters expect 60 to 250 mm of rain.")));
        assert!(inches.same_value(&the("Forecasters expect 51 to 254 mm of rain.")));
        assert_eq!(range.point(), 25.0);
    }
}
