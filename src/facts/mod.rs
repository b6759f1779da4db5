//! Facts across all sources, grouped by what they count.
//!
//! A figure or a date that counts something of the event the articles
//! report (the dead, the injured, the arrested, the attackers, a capacity,
//! the day of the event or of a warning: see [`Topic`]) is one fact however
//! each source words it, and a source that gives it only in words
//! ("several dead", "dozens injured") is listed with those words. Any other
//! figure or date is a fact where comparisons paired the sentences that give
//! it: within a group of linked sentences, each measure or kind of date that
//! two or more sources give. Values that cannot both be true are marked as
//! contradicting each other.
//!
//! [`gather`] finds the links without holding a comparison of every pair of
//! sources: only sources that give a value of the same measure are compared,
//! each against a bounded number of others, and each comparison is reduced
//! to its links at once.

mod blocking;
pub mod qualitative;
mod topic;

use std::collections::BTreeMap;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::align::Comparison;
use crate::align::index::{date_key, measure_key};
use crate::align::score::closeness;
use crate::claim::words::tokens;
use crate::claim::{Claims, Op, Quantity, When};
use crate::corpus::Corpus;

pub use topic::Topic;

/// One fact and the value each source gives for it.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    pub kind: FactKind,
    /// What is measured: "people:dead", "years", "month:3", "date:event".
    pub measure: String,
    pub label: String,
    /// The fact of the event it is, when it is one.
    pub topic: Option<Topic>,
    pub values: Vec<FactValue>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FactKind {
    Number,
    Date,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FactValue {
    pub source: usize,
    pub sentence: usize,
    pub text: String,
    /// The number (for a quantity), for sorting and outliers.
    pub value: Option<f64>,
    pub op: Option<Op>,
    /// The quantity as the claim read it, with its exact integer where the
    /// text writes one: past 2^53 two figures are compared on it.
    pub quantity: Option<Quantity>,
    pub when: Option<When>,
    /// The figures the value allows, when it allows a range: "at least 133"
    /// is 133 and up, "several" a handful, "many" anything.
    pub range: Option<(f64, f64)>,
    /// Given in words, not as a figure ("several", "dozens of").
    pub qualitative: bool,
    pub outlier: bool,
    /// Some other source's value for the fact cannot be true with this one
    /// (7 against 9 dead; Tuesday against Friday); [`Fact::contradicts`]
    /// lists them. Only the mark is kept: with thousands of sources the
    /// lists together grow with the square of their number.
    pub contradicted: bool,
}

impl Fact {
    /// The sources whose value for the fact cannot be true with the value at
    /// `index` of [`Fact::values`], in order. Each call reads every value.
    pub fn contradicts(&self, index: usize) -> impl Iterator<Item = usize> + '_ {
        let v = self.values.get(index).filter(|v| v.contradicted);
        self.values
            .iter()
            .filter(move |o| v.is_some_and(|v| o.source != v.source && contradict(v, o)))
            .map(|o| o.source)
    }
}

/// How many contradicting sources a report names for one value; past it, it
/// says how many more. With thousands of sources that disagree, naming every
/// one beside every value would print the square of their number.
pub const CONTRADICTS_NAMED: usize = 8;

/// How far from the middle value a figure may lie before it is an outlier.
const OUTLIER_SPREAD: f64 = 0.25;

/// Union-find over (what is measured, sentence) nodes.
#[derive(Default)]
struct Groups {
    parent: BTreeMap<(String, usize), (String, usize)>,
}

impl Groups {
    fn find(&mut self, x: &(String, usize)) -> (String, usize) {
        let mut cur = x.clone();
        while let Some(p) = self.parent.get(&cur) {
            if *p == cur {
                break;
            }
            cur = p.clone();
        }
        cur
    }

    fn join(&mut self, a: (String, usize), b: (String, usize)) {
        let (ra, rb) = (self.find(&a), self.find(&b));
        // The smaller node leads, so groups do not depend on link order.
        let (lo, hi) = if ra <= rb { (ra, rb) } else { (rb, ra) };
        self.parent.entry(lo.clone()).or_insert_with(|| lo.clone());
        self.parent.insert(hi, lo);
    }
}

/// The measures two paired sentences both give a value for, close enough
/// to be one figure ("20 years" and "two decades", not "two years"):
/// quantity measures ("q:people:dead") and kinds of dates ("d:month:3").
fn shared_measures(a: &Claims, b: &Claims) -> Vec<String> {
    let mut m: Vec<String> = Vec::new();
    for qa in &a.quantities {
        let Some(k) = measure_key(qa) else { continue };
        if b.quantities
            .iter()
            .any(|qb| measure_key(qb).as_deref() == Some(k.as_str()) && closeness(qa, qb) > 0.0)
        {
            m.push(format!("q:{k}"));
        }
    }
    for da in a.dates.iter().filter(|d| !d.of_statement) {
        if b.dates
            .iter()
            .any(|db| da.when.compatible(&db.when).is_some())
        {
            m.push(format!("d:{}", date_key(&da.when)));
        }
    }
    m.sort();
    m.dedup();
    m
}

/// A value a sentence gives, before it is placed in a fact.
#[derive(Debug, Clone)]
struct Given {
    /// "q:people:dead", "d:weekday", or for a word amount "w:die".
    key: String,
    topic: Option<Topic>,
    text: String,
    number: Option<(f64, Op)>,
    quantity: Option<Quantity>,
    when: Option<When>,
    range: Option<(f64, f64)>,
    qualitative: bool,
}

/// Every value each sentence of each source gives: `[source][sentence]`.
fn given(corpus: &Corpus) -> Vec<Vec<Vec<Given>>> {
    corpus
        .sources
        .par_iter()
        .map(|src| {
            src.claims
                .iter()
                .enumerate()
                .map(|(i, claims)| sentence_values(src, i, claims))
                .collect()
        })
        .collect()
}

fn sentence_values(src: &crate::corpus::Source, i: usize, claims: &Claims) -> Vec<Given> {
    let mut out: Vec<Given> = Vec::new();
    // "many injured" is read below, as an amount in words.
    for q in claims.quantities.iter().filter(|q| !q.qualitative) {
        let topic = topic::of_quantity(q, claims);
        let Some(m) = measure_key(q).or_else(|| topic.map(|t| t.measure().to_string())) else {
            continue;
        };
        out.push(Given {
            key: format!("q:{m}"),
            topic,
            text: q.text(&src.doc.text).to_string(),
            number: Some((q.value, q.op)),
            quantity: Some(q.clone()),
            when: None,
            range: Some(q.interval()),
            qualitative: false,
        });
    }
    for d in claims.dates.iter().filter(|d| !d.of_statement) {
        out.push(Given {
            key: format!("d:{}", date_key(&d.when)),
            topic: topic::of_date(d, claims),
            text: d.text(&src.doc.text).to_string(),
            number: None,
            quantity: None,
            when: Some(d.when),
            range: None,
            qualitative: false,
        });
    }
    if !claims.events.is_empty() {
        let Some(s) = src.sentences.get(i) else {
            return out;
        };
        let toks = tokens(s.span.of(&src.doc.text), s.span.start);
        for a in qualitative::amounts(&toks, claims) {
            let Some(topic) = Topic::of_event(a.event) else {
                continue;
            };
            // A figure for the same count says more than words around it.
            if out.iter().any(|g| g.topic == Some(topic)) {
                continue;
            }
            out.push(Given {
                key: format!("w:{}", a.event.name()),
                topic: Some(topic),
                text: a.text,
                number: None,
                quantity: None,
                when: None,
                range: a.range,
                qualitative: true,
            });
        }
    }
    out
}

/// Two sentences' values of one measure joined by a comparison's link:
/// (measure, sentence, sentence), sentences numbered across the corpus.
type Join = (String, usize, usize);

/// Where each source's sentences start in the corpus-wide numbering.
fn offsets(corpus: &Corpus) -> Vec<usize> {
    corpus
        .sources
        .iter()
        .scan(0, |acc, s| {
            let o = *acc;
            *acc += s.sentences.len();
            Some(o)
        })
        .collect()
}

/// The joins a comparison's links make between values that are no fact of
/// the event (those need no link).
fn joins(
    corpus: &Corpus,
    given: &[Vec<Vec<Given>>],
    offsets: &[usize],
    cmp: &Comparison,
) -> Vec<Join> {
    let (sa, sb) = (cmp.sources.left, cmp.sources.right);
    let (a, b) = (&corpus.sources[sa], &corpus.sources[sb]);
    let mut out = Vec::new();
    for l in &cmp.links {
        let (ia, ib) = (l.sentences.left, l.sentences.right);
        let of_event = |g: &[Vec<Given>], i: usize, m: &str| {
            g.get(i)
                .is_some_and(|v| v.iter().any(|x| x.key == m && x.topic.is_some()))
        };
        for m in shared_measures(&a.claims[ia], &b.claims[ib]) {
            if of_event(&given[sa], ia, &m) || of_event(&given[sb], ib, &m) {
                continue;
            }
            out.push((m, offsets[sa] + ia, offsets[sb] + ib));
        }
    }
    out
}

/// Facts over all sources, given comparisons of the pairs of sources (every
/// pair, or at least every pair [`gather`] would compare). Two sentences
/// give the same fact when a comparison paired them and both give a value
/// for the same measure; a fact is what such links join, per measure, so
/// that unrelated figures are never chained together through a third
/// sentence. Facts of the event come first, in [`Topic`] order, then the
/// rest by how many sources give them and where they first appear.
pub fn facts<'a>(
    corpus: &Corpus,
    comparisons: impl IntoIterator<Item = &'a Comparison>,
) -> Vec<Fact> {
    let given = given(corpus);
    let offsets = offsets(corpus);
    let all = comparisons
        .into_iter()
        .flat_map(|c| joins(corpus, &given, &offsets, c))
        .collect();
    build(&given, &offsets, all)
}

/// Facts over all sources, comparing only the pairs of sources that give a
/// value of the same measure, each source against a bounded number of
/// others ([`blocking::pairs`]), and keeping of each comparison only the
/// joins it makes. Memory and time grow with the number of sources, not
/// its square. On a few sources it finds what [`facts`] finds from every
/// comparison.
pub fn gather(corpus: &Corpus) -> Vec<Fact> {
    let given = given(corpus);
    let offsets = offsets(corpus);
    let pairs = blocking::pairs(&given);
    let all: Vec<Join> = pairs
        .into_par_iter()
        .flat_map_iter(|(a, b)| joins(corpus, &given, &offsets, &corpus.compare(a, b)))
        .collect();
    build(&given, &offsets, all)
}

/// How many pairs of sources [`gather`] compares.
pub fn pairs_compared(corpus: &Corpus) -> usize {
    blocking::pairs(&given(corpus)).len()
}

fn build(given: &[Vec<Vec<Given>>], offsets: &[usize], all: Vec<Join>) -> Vec<Fact> {
    let mut groups = Groups::default();
    for (m, a, b) in all {
        groups.join((m.clone(), a), (m, b));
    }
    // Facts of the event, and (group, measure) → values; BTreeMaps keep the
    // order fixed.
    let mut of_event: BTreeMap<Topic, Vec<FactValue>> = BTreeMap::new();
    let mut found: BTreeMap<(String, usize), Vec<FactValue>> = BTreeMap::new();
    for (si, sentences) in given.iter().enumerate() {
        for (i, values) in sentences.iter().enumerate() {
            for g in values {
                let value = FactValue {
                    source: si,
                    sentence: i,
                    text: g.text.clone(),
                    value: g.number.map(|n| n.0),
                    op: g.number.map(|n| n.1),
                    quantity: g.quantity.clone(),
                    when: g.when,
                    range: g.range,
                    qualitative: g.qualitative,
                    outlier: false,
                    contradicted: false,
                };
                if let Some(t) = g.topic {
                    of_event.entry(t).or_default().push(value);
                    continue;
                }
                let key = (g.key.clone(), offsets[si] + i);
                // Only values that a link joined to another source's value.
                if groups.parent.contains_key(&key) {
                    let root = groups.find(&key);
                    found.entry(root).or_default().push(value);
                }
            }
        }
    }
    let events = of_event.into_iter().filter_map(|(topic, mut values)| {
        // One value per source: its first figure, else its first words.
        values.sort_by_key(|v| (v.source, v.qualitative, v.sentence));
        values.dedup_by_key(|v| v.source);
        let kind = match topic {
            Topic::EventDate | Topic::WarningDate => FactKind::Date,
            _ => FactKind::Number,
        };
        fact(kind, topic.measure().to_string(), Some(topic), values)
    });
    let mut rest: Vec<Fact> = found
        .into_iter()
        .filter_map(|((measure, _), mut values)| {
            // One value per source: the first it gives.
            values.sort_by_key(|v| (v.source, v.sentence));
            values.dedup_by_key(|v| v.source);
            let (kind, measure) = match measure.split_once(':') {
                Some(("d", m)) => (FactKind::Date, m.to_string()),
                Some((_, m)) => (FactKind::Number, m.to_string()),
                None => (FactKind::Number, measure),
            };
            fact(kind, measure, None, values)
        })
        .collect();
    rest.sort_by_key(|f| {
        (
            std::cmp::Reverse(f.values.len()),
            f.values[0].source,
            f.values[0].sentence,
        )
    });
    events.chain(rest).collect()
}

/// A fact of values, one per source, if two or more sources give it.
fn fact(
    kind: FactKind,
    measure: String,
    topic: Option<Topic>,
    mut values: Vec<FactValue>,
) -> Option<Fact> {
    if values.len() < 2 {
        return None;
    }
    mark_outliers(kind, &mut values);
    mark_contradictions(&mut values);
    Some(Fact {
        kind,
        label: topic.map_or_else(|| label(&measure), |t| t.label().to_string()),
        measure,
        topic,
        values,
    })
}

/// Whether two values of a fact cannot both be true: two dates that
/// cannot be one day, two figures that cannot both hold (exactly, past
/// 2^53), a figure outside what words allow ("several" against 400).
fn contradict(a: &FactValue, b: &FactValue) -> bool {
    if let (Some(x), Some(y)) = (a.when, b.when) {
        return x.compatible(&y) == Some(false);
    }
    if let (Some(x), Some(y)) = (&a.quantity, &b.quantity) {
        return !x.compatible(y);
    }
    match (a.range, b.range) {
        (Some((a0, a1)), Some((b0, b1))) => a1 < b0 || b1 < a0,
        _ => false,
    }
}

/// Past this magnitude (2^53) a double no longer tells neighbouring
/// integers apart, and figures are compared on their exact integers.
const EXACT_PAST: f64 = 9_007_199_254_740_992.0;

/// Marks each value that another source's value contradicts, in time near
/// linear in the values: a fact of ten thousand sources must not compare
/// every value with every other.
fn mark_contradictions(values: &mut [FactValue]) {
    let mut marked = vec![false; values.len()];
    // Dates: per distinct date, whether another date cannot be the same
    // day. Articles about one event give few distinct dates. (A date
    // clashes with itself only when another source gives it too.)
    let dates = date_counts(values);
    let clashing: FxHashMap<When, bool> = dates
        .keys()
        .map(|w| {
            let clash = dates
                .iter()
                .any(|(o, &n)| (o != w || n > 1) && w.compatible(o) == Some(false));
            (*w, clash)
        })
        .collect();
    // Figures and amounts in words: two closed intervals are disjoint when
    // one ends before the other begins, so a value is contradicted when the
    // least end of the others lies below its start or the greatest start
    // above its end. Figures past 2^53 are compared one by one, exactly.
    let huge = |v: &FactValue| {
        v.when.is_none()
            && v.quantity
                .as_ref()
                .is_some_and(|q| q.value.abs() >= EXACT_PAST)
    };
    let ranged = |v: &FactValue| v.when.is_none() && v.range.is_some() && !huge(v);
    let (mut ends, mut starts) = (Extremes::default(), Extremes::default());
    for (i, v) in values.iter().enumerate() {
        if let (true, Some((lo, hi))) = (ranged(v), v.range) {
            ends.least(i, hi);
            starts.least(i, -lo);
        }
    }
    for (i, v) in values.iter().enumerate() {
        if let Some(w) = v.when {
            marked[i] = clashing.get(&w).copied().unwrap_or(false);
        } else if let (true, Some((lo, hi))) = (ranged(v), v.range) {
            let below = ends.other_than(i).is_some_and(|e| e < lo);
            let above = starts.other_than(i).is_some_and(|s| -s > hi);
            marked[i] = below || above;
        }
    }
    for (i, v) in values.iter().enumerate().filter(|(_, v)| huge(v)) {
        for (j, o) in values.iter().enumerate() {
            if j != i && o.source != v.source && contradict(v, o) {
                marked[i] = true;
                marked[j] = true;
            }
        }
    }
    for (v, m) in values.iter_mut().zip(marked) {
        v.contradicted = m;
    }
}

/// How many values give each distinct date.
fn date_counts(values: &[FactValue]) -> FxHashMap<When, usize> {
    let mut dates: FxHashMap<When, usize> = FxHashMap::default();
    for w in values.iter().filter_map(|v| v.when) {
        *dates.entry(w).or_default() += 1;
    }
    dates
}

/// The two least numbers seen and where they were, so that the least of
/// all but one is known.
#[derive(Default)]
struct Extremes {
    first: Option<(usize, f64)>,
    second: Option<(usize, f64)>,
}

impl Extremes {
    fn least(&mut self, at: usize, x: f64) {
        // A bound that is not a number is below and above nothing.
        if x.is_nan() {
            return;
        }
        match self.first {
            Some((_, f)) if f <= x => {
                if self.second.is_none_or(|(_, s)| x < s) {
                    self.second = Some((at, x));
                }
            }
            _ => {
                self.second = self.first;
                self.first = Some((at, x));
            }
        }
    }

    /// The least number seen anywhere but at `at`.
    fn other_than(&self, at: usize) -> Option<f64> {
        match self.first {
            Some((i, _)) if i == at => self.second.map(|s| s.1),
            f => f.map(|f| f.1),
        }
    }
}

fn label(measure: &str) -> String {
    if let Some(m) = measure.strip_prefix("month:") {
        let month = m
            .parse::<usize>()
            .ok()
            .and_then(|i| crate::claim::dates::MONTHS.get(i.wrapping_sub(1)));
        let mut name = month.map_or("a month".to_string(), |m| m.to_string());
        if let Some(first) = name.get_mut(0..1) {
            first.make_ascii_uppercase();
        }
        return format!("date in {name}");
    }
    if measure == "clock" {
        return "time of day".into();
    }
    measure.replace(':', " ")
}

fn mark_outliers(kind: FactKind, values: &mut [FactValue]) {
    match kind {
        FactKind::Number => {
            // Figures only: words ("several") have no point to measure
            // from. A range is measured from its middle.
            let point = |v: &FactValue| v.quantity.as_ref().map(Quantity::point).or(v.value);
            let mut points: Vec<f64> = values.iter().filter_map(point).collect();
            if points.len() < 3 {
                return;
            }
            points.sort_by(f64::total_cmp);
            let median = points[points.len() / 2];
            if median == 0.0 {
                return;
            }
            for v in values.iter_mut() {
                v.outlier =
                    point(v).is_some_and(|x| ((x - median) / median).abs() > OUTLIER_SPREAD);
            }
        }
        FactKind::Date => {
            if values.len() < 3 {
                return;
            }
            // Per distinct date, how many values can be the same day.
            let dates = date_counts(values);
            let whens = dates.values().sum::<usize>();
            let agreeing: FxHashMap<When, usize> = dates
                .keys()
                .map(|w| {
                    let n = dates
                        .iter()
                        .filter(|(o, _)| o.compatible(w) == Some(true))
                        .map(|(_, &n)| n)
                        .sum();
                    (*w, n)
                })
                .collect();
            for v in values.iter_mut() {
                let Some(w) = v.when else { continue };
                let agree = agreeing.get(&w).copied().unwrap_or(0);
                v.outlier = agree * 2 <= whens;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;

    #[test]
    fn the_death_toll_is_one_fact_with_an_outlier() {
        let corpus = Corpus::new(Document::seeds());
        let facts = facts(&corpus, &corpus.compare_all());
        let toll = facts
            .iter()
            .find(|f| f.measure == "people:dead")
            .expect("a death-toll fact");
        assert_eq!(toll.values.len(), 5, "{toll:?}");
        let outliers: Vec<&str> = toll
            .values
            .iter()
            .filter(|v| v.outlier)
            .map(|v| v.text.as_str())
            .collect();
        assert_eq!(outliers, ["more than 60 people dead"]);
    }

    fn quantity(text: &str) -> Quantity {
        let c = crate::claim::extract(text, 0, &crate::claim::Aliases::default());
        c.quantities
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no quantity in {text:?}"))
    }

    fn value(source: usize, q: Option<Quantity>, range: Option<(f64, f64)>) -> FactValue {
        FactValue {
            source,
            sentence: 0,
            text: String::new(),
            value: q.as_ref().map(|q| q.value),
            op: q.as_ref().map(|q| q.op),
            range: q.as_ref().map(Quantity::interval).or(range),
            quantity: q,
            when: None,
            qualitative: false,
            outlier: false,
            contradicted: false,
        }
    }

    fn date(source: usize, when: When) -> FactValue {
        FactValue {
            when: Some(when),
            ..value(source, None, None)
        }
    }

    /// The marks agree with comparing every value with every other.
    #[test]
    fn contradiction_marks_are_the_pairwise_ones() {
        let day = |first, last| When::Days {
            year: None,
            month: 3,
            first,
            last,
        };
        let cases: Vec<Vec<FactValue>> = vec![
            // 7 and 9 dead, "several" between them.
            vec![
                value(0, Some(quantity("7 people died.")), None),
                value(1, Some(quantity("9 people died.")), None),
                value(2, None, Some((3.0, 9.0))),
            ],
            // Open ranges: "at least 40" fits 45 but not 12.
            vec![
                value(0, Some(quantity("at least 40 people were hurt.")), None),
                value(1, Some(quantity("45 people were hurt.")), None),
                value(2, Some(quantity("12 people were hurt.")), None),
                value(3, Some(quantity("fewer than 50 people were hurt.")), None),
            ],
            // All agree.
            vec![
                value(0, Some(quantity("about 100 people died.")), None),
                value(1, Some(quantity("100 people died.")), None),
            ],
            // 22-digit counts: one apart, equal, and a small figure.
            vec![
                value(0, Some(quantity("1234567890123456789012 grains.")), None),
                value(1, Some(quantity("1234567890123456789013 grains.")), None),
                value(2, Some(quantity("1234567890123456789012 grains.")), None),
                value(3, Some(quantity("40 grains.")), None),
                value(4, None, Some((3.0, 9.0))),
            ],
            // Dates: a day, an overlapping span, another day, twice.
            vec![
                date(0, day(22, 22)),
                date(1, day(21, 23)),
                date(2, day(25, 25)),
                date(3, day(25, 25)),
                date(4, When::Weekday(5)),
            ],
        ];
        for mut values in cases {
            mark_contradictions(&mut values);
            for (i, v) in values.iter().enumerate() {
                let pairwise = values
                    .iter()
                    .any(|o| o.source != v.source && contradict(v, o));
                assert_eq!(v.contradicted, pairwise, "value {i} of {values:#?}");
            }
        }
    }

    #[test]
    fn counts_past_2_pow_53_contradict_exactly() {
        let mut values = vec![
            value(0, Some(quantity("1234567890123456789012 grains.")), None),
            value(1, Some(quantity("1234567890123456789013 grains.")), None),
            value(2, Some(quantity("1234567890123456789012 grains.")), None),
        ];
        mark_contradictions(&mut values);
        let fact = Fact {
            kind: FactKind::Number,
            measure: "grain".into(),
            label: "grain".into(),
            topic: None,
            values,
        };
        let lists: Vec<Vec<usize>> = (0..3).map(|i| fact.contradicts(i).collect()).collect();
        assert_eq!(lists, [vec![1], vec![0, 2], vec![1]]);
    }
}
