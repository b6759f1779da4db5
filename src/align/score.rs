//! How alike two sentences are: the weighted overlap of what they state.
//!
//! Every word, phrase, name, figure, day, event, measure ("people:dead") and
//! kind of date is a feature weighted by its rarity over the two sources
//! compared (see [`super::index`]); names, events and quantities weigh more.
//! The value of a measure never keeps two sentences apart: "40 killed" and
//! "the death toll now stands at 115" state one fact, and that divergence
//! is what the reader came for.
//!
//! Candidates come from an inverted index over rare features, each sentence
//! keeping its best few, so a pair that shares only common words ("attack",
//! "Russia") is never even scored and long documents stay fast. A pair also
//! needs evidence that says what, not only who or when (see
//! [`SPECIFIC_EVIDENCE`]).

use rustc_hash::FxHashMap as HashMap;

use rayon::prelude::*;
use serde::Serialize;

use super::SourceView;
use super::disputes::{DENIAL_FLOOR, Fact, Values};
use super::index::{Feature, Index, SentenceFeatures, Weights};
use super::restate::in_lead;
use super::spellings::Spellings;
use super::verdict;
use crate::claim::dates::When;
use crate::claim::numbers::{Role, SPANS_OF_TIME};
use crate::claim::states::StateKind;
use crate::claim::{Claims, Quantity};
use crate::span::{Pair, Side};

/// A shared name says more than a shared word: names are few and precise.
const NAME_WEIGHT: f32 = 1.5;
/// A pair of neighbouring words counts as much again as its words: "claim
/// responsibility" says more than "claim" and "responsibility" apart.
const PHRASE_WEIGHT: f32 = 1.0;
/// Who did what ("warn>united states") adds to its event and its doer's
/// name what neither says alone: that the same party did the same thing.
const DEED_WEIGHT: f32 = EVENT_WEIGHT;
/// A shared measure ("people:dead") weighs most: it is the fact itself,
/// whatever the two figures are.
const MEASURE_WEIGHT: f32 = 4.0;
/// A kind of date ("month:3") weighs as a word: that two sentences date
/// something in March says little about what.
const DATE_WEIGHT: f32 = 1.0;
/// The class of what happened ("arrest": "apprehended", "detained") weighs
/// twice a word: it is how reworded sentences about one event meet.
const EVENT_WEIGHT: f32 = 2.0;
/// How far two values of one measure count as shared when they contradict
/// and lie far apart (40 against 133): almost fully, so the same fact is
/// found whatever its figure, but a closer figure wins a tie.
const FAR_VALUES: f32 = 0.8;
/// Evidence share of a measure whose two values lie far apart.
const FAR_EVIDENCE: f32 = 0.5;
/// Two dates of one kind that cannot both be true (March 22 against March
/// 23) still date the same kind of thing.
const CONFLICTING_DATES: f32 = 0.4;
/// The weight (idf) of rare shared features a pair needs as evidence: one
/// feature that about one sentence in twenty has (e^3 ≈ 20), or two rarer
/// than one in eight. Names and dates count half (they say who and when,
/// not what); words of a name and phrases add nothing here (the name and
/// the words count already).
pub const SPECIFIC_EVIDENCE: f32 = 3.0;
/// The share of [`SPECIFIC_EVIDENCE`] a pair needs when it fills a gap
/// between two pairs told in the same order.
const ANCHORED_EVIDENCE: f32 = 0.5;
/// How far apart two times of day may lie and still be one moment told by
/// two outlets: the first call and the outbreak of a fire, "shortly before
/// 9 p.m." and "8:47 p.m.".
const NEAR_MINUTES: u32 = 30;
/// A moment both sentences name weighs as a measure does: when the fire
/// broke out is a fact of the event as its toll is, and the minute is
/// what outlets give differently ("shortly before 3 a.m.", "2:45 a.m.").
/// Measured on the fire and derailment sets: divergences found 0.68 and
/// 0.48 at the weight of a date, 0.73 and 0.50 at this; the theatre set
/// 0.64 and 0.62.
const MOMENT_WEIGHT: f32 = MEASURE_WEIGHT / DATE_WEIGHT;
/// Measures that say how long or how much of something, not how many of
/// a thing: "five days", "40 percent" count nothing an outlet reports of
/// the event itself.
fn span_or_share(measure: &str) -> bool {
    SPANS_OF_TIME.contains(&measure) || measure == "percent"
}
/// Measures that count no one thing of an event: people with nothing said
/// of them ("hundreds of people attended"), and ages, each a person's.
const NO_ONE_THING: &[&str] = &["people", "age"];
/// Measures an article gives of many things, however seldom: a distance
/// ("25 km south of Selvo", "a convoy 70 km long"), a speed (of the wind,
/// of a train), a family's members ("a farmer, his wife and their two
/// grown sons"), a sum of money (a fine, the cost of a plant). An
/// article's only distance or sum is no one fact of the event, as its only
/// count of soldiers is.
const OF_MANY_THINGS: &[&str] = &[
    "km",
    "metre",
    "km/h",
    "son",
    "daughter",
    "children",
    "child",
    "brother",
    "sister",
    "grandchildren",
    "dollar",
    "euro",
    "pound",
    "roubl",
    "rubl",
    "yuan",
    "rupe",
    "yen",
    "franc",
];
/// Evidence share of a shared name or date.
const WHO_OR_WHEN_EVIDENCE: f32 = 0.5;
/// A feature proposes candidates and counts as evidence only when at most
/// one sentence in this many has it (and always when two or fewer do): a
/// word in every eighth sentence of the two articles is the topic, not a fact.
const RARITY: u32 = 8;
/// What happened ("arrest", "claim") counts as evidence while at most one
/// sentence in this many reports it: a story of one arrest tells of it in
/// several sentences, each stating the fact (more than one in eight); an
/// event in most sentences is the story's topic ("attack"), not a fact.
const EVENT_RARITY: u32 = 4;
/// A measure counts as evidence while at most half the sentences give it.
const MEASURE_RARITY: u32 = 2;
/// A thing one outlet states and another denies counts while at most one
/// sentence in this many has it: the thing two parties dispute ("tear
/// gas", "the gate") is told in many sentences of each account, in a
/// short story in every third or fourth; only a thing in most sentences is
/// the story's topic, as a measure is.
const DISPUTE_RARITY: u32 = MEASURE_RARITY;
/// How much the shorter sentence's total counts in the denominator (0.5 is
/// the plain geometric mean, cosine-like; more favours a short sentence
/// whose facts a long one states too).
const SHORT_SIDE: f32 = 0.7;
/// A feature that more sentences than this of the other document have does
/// not propose candidates (it still counts in the score): long repetitive
/// texts would otherwise score every sentence against thousands.
const POSTINGS_CAP: usize = 256;
/// Candidates kept per sentence for exact scoring.
const CANDIDATES_PER_SENTENCE: usize = 24;
/// How many sentences giving the opposite state of a thing a sentence
/// pairs with at most (see `Scorer::contested`): an article tells a
/// party's account in a few sentences.
const CONTESTED_PER_SENTENCE: usize = 4;
/// How many of the sentences that tell of a disputed thing, the nearest
/// first, a sentence is weighed against: in a long text of many open and
/// shut doors, each sentence costs this many comparisons at most.
const CONTESTED_SCAN: usize = 64;

/// Why two sentences were paired.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Evidence {
    pub words: Vec<String>,
    pub phrases: Vec<String>,
    pub names: Vec<String>,
    pub quantities: Vec<String>,
    pub dates: Vec<String>,
    /// What both report happened ("die", "arrest").
    pub events: Vec<String>,
}

/// A thing two parties' accounts dispute (see `Scorer::contested`): a
/// thing and the kind of state given of it, or a phrase denied, by its
/// feature id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Contested<'a> {
    State(&'a str, StateKind),
    Phrase(u32),
}

/// What two sentences share (see `Scorer::overlap`).
struct Overlap {
    /// The weight of all they share.
    shared: f32,
    /// The weight of what they share that is rare and says what.
    evidence: f32,
    /// How many features they share.
    count: usize,
    /// Whether one is a count of the event or the seats of its venue.
    event_count: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Candidate {
    pub sentences: Pair<usize>,
    pub score: f32,
    /// Found between two pairs told in the same order (see
    /// `anchor_gaps` in the module root).
    pub anchored: bool,
}

/// A candidate pair of left sentence `l` and right sentence `r`, not
/// anchored: the cases of the matching tests.
#[cfg(test)]
pub(crate) fn candidate(l: usize, r: usize, score: f32) -> Candidate {
    Candidate {
        sentences: Pair::new(l, r),
        score,
        anchored: false,
    }
}

/// How close two quantities of one measure are, as evidence that they
/// count the same thing: 1 when both can be true and the figures are near,
/// less as the figures draw apart (an open range like "over 130" is
/// compatible with 330, but a reader would not take them for one count).
pub fn closeness(a: &Quantity, b: &Quantity) -> f32 {
    let (x, y) = (a.point().abs(), b.point().abs());
    let ratio = x.max(y) / x.min(y).max(1e-9);
    match (a.compatible(b), ratio) {
        (true, r) if r <= 1.5 => 1.0,
        (true, r) if r <= 3.0 => 0.6,
        (false, r) if r <= 1.25 => 0.7,
        (false, r) if r <= 2.0 => 0.25,
        _ => 0.0,
    }
}

/// A value of a toll as [`Values`] hold it: (value × 1000, qualifier); a
/// range by its middle, so that "20 to 30" and "25 to 30" are two values.
fn toll_value(q: &Quantity) -> (i64, u8) {
    ((q.point() * 1000.0).round() as i64, q.op as u8)
}

/// How far apart two values of a count of a thing may be for sentences
/// that pair with nothing else to join on it (see
/// [`Scorer::within_free_ratio`]): measured on the coverage sets, the
/// wrong such pairs were mostly three times apart or more ("can carry
/// 110,000 tonnes" / "2,900 tonnes had escaped").
pub(crate) const FREE_RATIO: f64 = 3.0;

/// The most values of the toll a side gives that [`Scorer::toll_pairs`]
/// sets against the other's: a story gives a handful (the first report,
/// each update, each party's count); a long text of many events could
/// give thousands, and each two would be a pair.
const TOLL_VALUES: usize = 32;

/// Scores sentence pairs of two sources with the weights of those two.
pub struct Scorer<'a> {
    index: &'a Index,
    weights: Weights,
    views: Pair<SourceView<'a>>,
    features: Pair<&'a [SentenceFeatures]>,
    /// Per sentence: the weight of all it states, the denominator of its scores.
    totals: Pair<Vec<f32>>,
    /// Per sentence: does it give what its article leads with (see
    /// [`Scorer::leads`])?
    leading: Pair<Vec<bool>>,
    /// Names the two sources spell differently: shared, as one name.
    spellings: Spellings,
}

impl<'a> Scorer<'a> {
    pub fn new(index: &'a Index, sources: Pair<usize>, views: Pair<SourceView<'a>>) -> Scorer<'a> {
        let weights = index.weights(sources);
        let features = sources.map(|s| index.sentences(s));
        let mut scorer = Scorer {
            index,
            weights,
            views,
            features,
            totals: Pair::new(Vec::new(), Vec::new()),
            leading: views.map(|v| {
                let n = v.sentences.len();
                (0..n)
                    .map(|i| in_lead(i, n) || v.claims[i].tells_latest_toll())
                    .collect()
            }),
            spellings: Spellings::new(index, sources),
        };
        let totals = features.map(|fs| fs.iter().map(|f| scorer.total(&f.ids)).collect());
        scorer.totals = totals;
        scorer
    }

    fn feature(&self, id: u32) -> Option<&'a Feature> {
        self.index.feature(id)
    }

    /// Rare enough to propose a candidate pair and to count as evidence.
    pub fn is_specific(&self, id: u32) -> bool {
        let rarity = match self.feature(id) {
            // A measure is the fact itself ("people:dead"): in a story of
            // one fire, the toll is given in many sentences, and every one
            // of them states that fact. Only a measure in most sentences
            // says nothing.
            Some(Feature::Measure(_)) => MEASURE_RARITY,
            Some(Feature::Event(_) | Feature::Deed(_)) => EVENT_RARITY,
            _ => RARITY,
        };
        self.rare_enough(id, rarity)
    }

    /// Is feature `id` in at most one sentence in `rarity` (or in two or
    /// fewer)?
    fn rare_enough(&self, id: u32, rarity: u32) -> bool {
        let df = self.weights.df(id);
        df <= 2 || df * rarity <= self.weights.sentences()
    }

    /// The seats of the venue ("holds 6,200 people", "a capacity of more
    /// than 6,000"): a fact of the event outlets give in sentences that
    /// share nothing else, as a count of the dead is.
    fn is_capacity(&self, id: u32) -> bool {
        matches!(self.feature(id), Some(Feature::Measure(m)) if m == "seat")
    }

    /// A count tied to an event ("people:dead"): one fact whatever its
    /// figure, stated in full by every sentence that gives it.
    fn is_event_count(&self, id: u32) -> bool {
        matches!(self.feature(id), Some(Feature::Measure(m)) if m.contains(':'))
    }

    pub fn base_weight(&self, id: u32) -> f32 {
        let idf = self.weights.idf(id);
        idf * match self.feature(id) {
            Some(Feature::Word(_) | Feature::Figure(_) | Feature::Day(_)) | None => 1.0,
            Some(Feature::Phrase(_)) => PHRASE_WEIGHT,
            Some(Feature::Name(_)) => NAME_WEIGHT,
            Some(Feature::Measure(_)) => MEASURE_WEIGHT,
            Some(Feature::DateKind(_)) => DATE_WEIGHT,
            Some(Feature::Event(_)) => EVENT_WEIGHT,
            Some(Feature::Deed(_)) => DEED_WEIGHT,
        }
    }

    /// The weight of all a sentence states. A phrase no other sentence has
    /// counts for nothing: phrases multiply with length, and a long sentence
    /// should not be punished for being wordy. Exact figures and days count
    /// only when shared: two sentences that give the same fact different
    /// figures are not less alike for it (the measure is in the total).
    fn total(&self, ids: &[u32]) -> f32 {
        ids.iter()
            .filter(|&&id| match self.feature(id) {
                Some(Feature::Phrase(_)) => self.weights.df(id) > 1,
                Some(Feature::Figure(_) | Feature::Day(_)) => false,
                // A deed is its event and its doer's name, both counted.
                Some(Feature::Deed(_)) => false,
                _ => true,
            })
            .map(|&id| self.base_weight(id))
            .sum()
    }

    /// How far a shared feature is shared: 1 for words and names; for
    /// measures, nearly 1 whatever the values; for kinds of dates, less when
    /// the dates conflict.
    fn part(&self, s: Pair<usize>, id: u32) -> f32 {
        match self.feature(id) {
            // A count tied to an event (the dead, the injured) is one fact
            // whatever its figure, unless the two date their events in
            // different years (then only as far as the figures are close)
            // or give the dead of two events (see `other_events`); a bare
            // count of years or homes is one fact only as far as the
            // figures are close ("twenty years" is not "more than two
            // years").
            Some(Feature::Measure(_)) if self.is_event_count(id) => {
                if self.kin_apart(s, id) {
                    return 0.0;
                }
                let close = self.closeness(s, id);
                if self.other_events(s, id, close) {
                    0.0
                } else if self.same_years(s) {
                    close.max(FAR_VALUES)
                } else {
                    close
                }
            }
            Some(Feature::Measure(_)) => self.closeness(s, id),
            Some(Feature::DateKind(_)) => self
                .dates_of_kind(s, id)
                .map(|(a, b)| match a.compatible(b) {
                    Some(true) => 1.0,
                    Some(false) => CONFLICTING_DATES,
                    None => 0.0,
                })
                .fold(0.0, f32::max),
            _ => 1.0,
        }
    }

    /// Do two sentences that share a count of the dead give the dead of
    /// two events? They do when one of them gives no lead toll (it stands
    /// outside its article's lead and does not give its toll as the latest:
    /// see [`Scorer::leads`]) and they date what they tell in different years ("the 2009
    /// bombing killed 52") or their figures lie far apart (see
    /// [`closeness`]): news gives this event's toll first, and a toll deep
    /// in a story far from the lead's is another event's ("the attack
    /// killed five people and left a million homes without power", in a
    /// paragraph on the war). Two leads' tolls are the divergence a reader
    /// came for (40 against 133, "the second flood this year" or not);
    /// counts of the injured or the held far apart are one fact told at
    /// two times (12 injured, then 31).
    /// `close` is the measure's [`Scorer::closeness`] in the pair.
    fn other_events(&self, s: Pair<usize>, id: u32, close: f32) -> bool {
        self.is_toll(id) && !self.leads(s) && (!self.same_years(s) || close == 0.0)
    }

    /// Do both sentences of a pair give what their articles lead with: each
    /// stands in its article's lead (see [`in_lead`]) or gives its toll as
    /// the latest ([`crate::claim::Claims::tells_latest_toll`]), as a live
    /// story's update at its end does?
    pub fn leads(&self, s: Pair<usize>) -> bool {
        self.leading.left[s.left] && self.leading.right[s.right]
    }

    /// How much more a kind of date weighs in a pair that names one moment
    /// by it (see [`MOMENT_WEIGHT`]); 1 for every other feature.
    fn moment(&self, s: Pair<usize>, id: u32) -> f32 {
        if matches!(self.feature(id), Some(Feature::DateKind(_))) && self.near_moments(s, id) {
            MOMENT_WEIGHT
        } else {
            1.0
        }
    }

    /// Do two sentences give times of day at most [`NEAR_MINUTES`] apart,
    /// each pinned down to within an hour?
    fn near_moments(&self, s: Pair<usize>, id: u32) -> bool {
        // A time in either half of the day is near in the half nearer.
        let clock = |w: &When| {
            let ranges = w.clock_ranges();
            (ranges.first().is_some_and(|(f, l)| l - f <= 60)).then_some(ranges)
        };
        self.dates_of_kind(s, id)
            .any(|(a, b)| match (clock(a), clock(b)) {
                (Some(a), Some(b)) => a.iter().any(|&(a0, a1)| {
                    b.iter().any(|&(b0, b1)| {
                        a0.saturating_sub(b1).max(b0.saturating_sub(a1)) <= NEAR_MINUTES
                    })
                }),
                _ => false,
            })
    }

    /// Every two dates of one kind (`id`, a [`Feature::DateKind`]) that the
    /// pair's sentences give, one from each.
    fn dates_of_kind(&self, s: Pair<usize>, id: u32) -> impl Iterator<Item = (&When, &When)> {
        let claims = Pair::new(
            &self.views.left.claims[s.left],
            &self.views.right.claims[s.right],
        );
        let f = Pair::new(&self.features.left[s.left], &self.features.right[s.right]);
        let of_kind = move |kinds: &'a [(u32, u32)]| kinds.iter().filter(move |m| m.0 == id);
        of_kind(&f.left.date_kinds).flat_map(move |&(_, da)| {
            of_kind(&f.right.date_kinds).map(move |&(_, db)| {
                (
                    &claims.left.dates[da as usize].when,
                    &claims.right.dates[db as usize].when,
                )
            })
        })
    }

    /// Do two sentences share a count of a fate only as a count that names
    /// its people on one side ("three children have died") and one that
    /// does not, or names others, on the other ("16 deaths"), with figures
    /// the verdict does not set against each other (see
    /// `verdict::kin_counts`: "three children" are a part of 16, not a
    /// figure for them)? Then the shared fate says nothing: the pair would
    /// show as agreeing.
    fn kin_apart(&self, s: Pair<usize>, id: u32) -> bool {
        let docs = Pair::new(self.views.left.text, self.views.right.text);
        !self.values(Side::Left, s.left, id).any(|a| {
            self.values(Side::Right, s.right, id).any(|b| {
                a.counts == b.counts || verdict::kin_counts((a, docs.left), (b, docs.right))
            })
        })
    }

    /// The figures sentence `i` of `side` gives of measure `id`.
    fn values(&self, side: Side, i: usize, id: u32) -> impl Iterator<Item = &Quantity> + '_ {
        let claims = &self.views.get(side).claims[i];
        self.features.get(side)[i]
            .measures
            .iter()
            .filter(move |m| m.0 == id)
            .map(move |&(_, q)| &claims.quantities[q as usize])
    }

    /// The closeness of the nearest two values of a shared measure.
    fn closeness(&self, s: Pair<usize>, id: u32) -> f32 {
        self.closest(s, id).map_or(0.0, |c| c.0)
    }

    /// The nearest two values of a shared measure: their closeness and
    /// their indexes in each sentence's quantities (the first such pair on
    /// a tie).
    fn closest(&self, s: Pair<usize>, id: u32) -> Option<(f32, usize, usize)> {
        let claims = Pair::new(
            &self.views.left.claims[s.left],
            &self.views.right.claims[s.right],
        );
        let f = Pair::new(&self.features.left[s.left], &self.features.right[s.right]);
        let mut best: Option<(f32, usize, usize)> = None;
        for &(_, qa) in f.left.measures.iter().filter(|m| m.0 == id) {
            for &(_, qb) in f.right.measures.iter().filter(|m| m.0 == id) {
                let (qa, qb) = (qa as usize, qb as usize);
                let c = closeness(&claims.left.quantities[qa], &claims.right.quantities[qb]);
                if best.is_none_or(|(bc, _, _)| c > bc) {
                    best = Some((c, qa, qb));
                }
            }
        }
        best
    }

    /// How much a shared feature says what (not who or when) is stated.
    fn says_what(&self, s: Pair<usize>, id: u32) -> f32 {
        let name_word = (
            self.features.left[s.left]
                .name_words
                .binary_search(&id)
                .is_ok(),
            self.features.right[s.right]
                .name_words
                .binary_search(&id)
                .is_ok(),
        );
        match self.feature(id) {
            // A word of a name on either side says who.
            Some(Feature::Word(_)) if name_word != (false, false) => 0.0,
            Some(Feature::Phrase(_)) => 0.0,
            // Far-apart figures of one measure (144 dead against 330 at
            // Beslan) may be one fact or two: they pair a sentence only with
            // other evidence beside them.
            Some(Feature::Measure(_)) if self.closeness(s, id) == 0.0 => FAR_EVIDENCE,
            // Two outlets that name nearly the same minute ("about 2:40
            // a.m.", "2:45 a.m.") tell of one moment of the event: a time
            // is rarer than a day, and what happened then is the fact.
            Some(Feature::DateKind(_)) if self.near_moments(s, id) => 1.0,
            Some(Feature::Name(_) | Feature::Day(_) | Feature::DateKind(_)) => WHO_OR_WHEN_EVIDENCE,
            _ => 1.0,
        }
    }

    /// The names two sentences give in two spellings ("Kessling" /
    /// "Kesling"), as (left name, right name), each left name once: one
    /// name, shared as if spelled alike (the verdict shows the spellings).
    /// A name both sentences also spell alike is shared already.
    fn misspelt(&self, s: Pair<usize>) -> impl Iterator<Item = (u32, u32)> + '_ {
        let (a, b) = (
            &self.features.left[s.left].ids,
            &self.features.right[s.right].ids,
        );
        a.iter().filter_map(move |&id| {
            let spelt = self.spellings.of(id);
            if spelt.is_empty() || b.binary_search(&id).is_ok() {
                return None;
            }
            let r = spelt
                .iter()
                .find(|r| b.binary_search(r).is_ok() && a.binary_search(r).is_err())?;
            Some((id, *r))
        })
    }

    /// Do two sentences give a count of one thing of the event ("at least
    /// 93 killed", "the number of dead had risen to at least 61"; "seven
    /// hospitals hit", "at least five hospitals were left without
    /// computers"), whatever the figures? They share a measure tied to an
    /// event, or a rare measure of anything but a span of time or a share,
    /// and neither dates itself in a year the other does not give: "the
    /// 2009 bombing of the station killed 52" counts another event's dead.
    pub fn same_count(&self, s: Pair<usize>) -> bool {
        let (a, b) = (
            &self.features.left[s.left].ids,
            &self.features.right[s.right].ids,
        );
        shared_ids(a, b).any(|id| self.counts_a_thing(id)) && self.same_years(s)
    }

    /// Is a feature a count of one thing of the event: a measure tied to an
    /// event, or a rare measure of anything but a span of time or a share?
    fn counts_a_thing(&self, id: u32) -> bool {
        match self.feature(id) {
            Some(Feature::Measure(m)) => {
                self.is_event_count(id) || (!span_or_share(m) && self.is_specific(id))
            }
            _ => false,
        }
    }

    /// Is feature `id` a measure of one of `measures`?
    fn measure_in(&self, id: u32, measures: &[&str]) -> bool {
        matches!(self.feature(id), Some(Feature::Measure(m)) if measures.contains(&m.as_str()))
    }

    /// Is feature `id` a count of people `role` (":dead", ":displaced")
    /// befell?
    fn counts_role(&self, id: u32, role: &str) -> bool {
        matches!(self.feature(id), Some(Feature::Measure(m)) if m.ends_with(role))
    }

    /// Is feature `id` a count of the dead (a toll)?
    fn is_toll(&self, id: u32) -> bool {
        self.counts_role(id, ":dead")
    }

    /// Does sentence `i` of `side` split a toll into parts ("eleven of the
    /// dead had drowned, two were killed by falling trees")? It gives
    /// parts of a toll, not values of it. A part of something else ("11
    /// people had died, two of them after being admitted") leaves the toll
    /// whole.
    fn splits(&self, side: Side, i: usize) -> bool {
        let view = self.views.get(side);
        view.claims[i]
            .quantities
            .iter()
            .any(|q| q.role == Some(Role::Dead) && q.is_part(view.text))
    }

    /// The facts two sentences give two values of: each shared count of a
    /// thing (see [`Scorer::same_count`]; not a bare count of people nor
    /// an age, which count no one thing of the event) whose nearest values
    /// differ, or span of time both say is of one thing ("three days of
    /// national mourning" / "a week of national mourning"), each name
    /// they spell two ways, and each deed both tell (a
    /// shared [`Feature::Deed`]). Each as its feature id (a misspelt name
    /// by its left spelling) and kind. Below the count floor, only each
    /// article's only count of a thing (see [`Scorer::only_counts`]), and
    /// from the free floor each shared count of a thing whose two values
    /// are within three times of each other (`Fact::FreeCount`: "12
    /// batches" / "27 batches", which joins only where neither sentence
    /// pairs with anything). A pair of one fact's two values is what a
    /// reader compares outlets for.
    pub fn disputed(&self, s: Pair<usize>, score: f32) -> Vec<(u32, Fact)> {
        let mut out: Vec<(u32, Fact)> = Vec::new();
        // Most candidates score below all floors but a denial's: only what
        // they may join as is weighed.
        if score >= Fact::Denial.floor() {
            out.extend(self.denied(s).into_iter().map(|id| (id, Fact::Denial)));
        }
        let free = score < Fact::Count.floor();
        if free && score >= Fact::OnlyCount.floor() {
            out.extend(self.only_counts(s).map(|id| (id, Fact::OnlyCount)));
        }
        if score < Fact::FreeCount.floor() {
            return out;
        }
        let (a, b) = (
            &self.features.left[s.left].ids,
            &self.features.right[s.right].ids,
        );
        let claims = Pair::new(
            &self.views.left.claims[s.left],
            &self.views.right.claims[s.right],
        );
        // "three days of national mourning" / "a week of national
        // mourning": a span of one thing, which the words after it name.
        let spent_alike = |id: u32| {
            self.measure_in(id, SPANS_OF_TIME)
                && self.closest(s, id).is_some_and(|(_, qa, qb)| {
                    let of = verdict::spent_on(&claims.left.quantities[qa], self.views.left.text);
                    let other =
                        verdict::spent_on(&claims.right.quantities[qb], self.views.right.text);
                    of.is_some() && verdict::one_thing_spent(of.as_deref(), other.as_deref())
                })
        };
        out.extend(
            shared_ids(a, b)
                .filter(|&id| {
                    (self.counts_a_thing(id)
                        && !self.measure_in(id, NO_ONE_THING)
                        && (if free {
                            self.within_free_ratio(s, id)
                        } else {
                            self.part(s, id) > 0.0
                        }))
                        || spent_alike(id)
                })
                .filter(|&id| {
                    self.closest(s, id).is_some_and(|(_, qa, qb)| {
                        let qs = (&claims.left.quantities[qa], &claims.right.quantities[qb]);
                        !verdict::equal(qs.0, qs.1)
                            && verdict::one_period(
                                qs.0,
                                self.views.left.text,
                                qs.1,
                                self.views.right.text,
                            )
                    })
                })
                .map(|id| (id, if free { Fact::FreeCount } else { Fact::Count })),
        );
        if free {
            return out;
        }
        out.extend(self.misspelt(s).map(|(l, _)| (l, Fact::Name)));
        out.extend(
            shared_ids(a, b)
                .filter(|&id| matches!(self.feature(id), Some(Feature::Deed(_))))
                .map(|id| (id, Fact::Deed)),
        );
        out
    }

    /// Are the nearest values two sentences give of a count of a thing
    /// within [`FREE_RATIO`] of each other ("12 batches" / "27 batches";
    /// not "2,140 men" in a prison / "480 men" in one wing)? Only so do
    /// sentences that pair with nothing else join on it (see
    /// [`Fact::FreeCount`]).
    fn within_free_ratio(&self, s: Pair<usize>, id: u32) -> bool {
        self.closest(s, id).is_some_and(|(_, qa, qb)| {
            let a = self.views.left.claims[s.left].quantities[qa].value.abs();
            let b = self.views.right.claims[s.right].quantities[qb].value.abs();
            a.max(b) < FREE_RATIO * a.min(b)
        })
    }

    /// The pairs of sentences that are each their article's only count of
    /// one thing, with values that differ (see [`Scorer::only_counts`]):
    /// such sentences may share nothing else, too little to be proposed
    /// as a pair ("The army said about 600 soldiers had been sent" / "the
    /// cabinet declared a disaster area and deployed some eight hundred
    /// troops"). Each is scored at least
    /// [`super::disputes::ONLY_COUNT_FLOOR`]; not a pair that counts the
    /// dead of two events. One pair per thing: linear in the articles.
    pub fn only_count_pairs(&self) -> Vec<Candidate> {
        let views = self.views;
        // Each measure's one sentence on the left.
        let mut left: HashMap<u32, usize> = HashMap::default();
        for (i, f) in self.features.left.iter().enumerate() {
            if views.left.sentences[i].boilerplate {
                continue;
            }
            for &id in &f.ids {
                if self.weights.df(id) == 2 && matches!(self.feature(id), Some(Feature::Measure(_)))
                {
                    left.insert(id, i);
                }
            }
        }
        let mut out = Vec::new();
        for (j, f) in self.features.right.iter().enumerate() {
            if views.right.sentences[j].boilerplate {
                continue;
            }
            for &id in &f.ids {
                let Some(&i) = left.get(&id) else { continue };
                let s = Pair::new(i, j);
                if !self.only_counts(s).any(|only| only == id) {
                    continue;
                }
                let Some(o) = self.overlap(s) else { continue };
                out.push(Candidate {
                    sentences: s,
                    score: self
                        .scaled(s, o.shared)
                        .max(super::disputes::ONLY_COUNT_FLOOR),
                    anchored: false,
                });
            }
        }
        out.sort_by_key(|c| (c.sentences.left, c.sentences.right));
        out.dedup_by_key(|c| c.sentences);
        out
    }

    /// A pair for each two values of the event's toll the two articles
    /// give ("at least 12 were killed" / "the toll has risen to 16";
    /// "four dead" / "Civic Shield says 11"), of the first sentences that
    /// give them, scored at least [`super::disputes::COUNT_FLOOR`]: such
    /// sentences share little but the toll, and the toll is what a reader
    /// compares outlets for. Whether each joins is the disputes' to say
    /// (see [`Scorer::toll_again`]). Not a sentence that splits the toll
    /// into parts, nor two sentences of different years; at most
    /// [`TOLL_VALUES`] values a side.
    pub fn toll_pairs(&self) -> Vec<Candidate> {
        let views = self.views;
        // Each side's first sentence for each (toll feature, value).
        let firsts = |side: Side| {
            let (view, features) = (views.get(side), self.features.get(side));
            let mut seen: Vec<(u32, (i64, u8), usize)> = Vec::new();
            for (i, f) in features.iter().enumerate() {
                let mut tolls = f.measures.iter().filter(|m| self.is_toll(m.0)).peekable();
                // Only a sentence with a toll is read for its parts.
                if view.sentences[i].boilerplate || tolls.peek().is_none() || self.splits(side, i) {
                    continue;
                }
                for &(id, q) in tolls {
                    let value = toll_value(&view.claims[i].quantities[q as usize]);
                    if seen.len() < TOLL_VALUES && !seen.iter().any(|e| e.0 == id && e.1 == value) {
                        seen.push((id, value, i));
                    }
                }
            }
            seen
        };
        let (left, right) = (firsts(Side::Left), firsts(Side::Right));
        let mut out = Vec::new();
        for &(id, a, i) in &left {
            for &(_, _, j) in right.iter().filter(|e| e.0 == id && e.1 != a) {
                let s = Pair::new(i, j);
                if !self.same_years(s) || self.kin_apart(s, id) {
                    continue;
                }
                let Some(o) = self.overlap(s) else { continue };
                out.push(Candidate {
                    sentences: s,
                    score: self.scaled(s, o.shared).max(super::disputes::COUNT_FLOOR),
                    anchored: false,
                });
            }
        }
        out.sort_by_key(|c| (c.sentences.left, c.sentences.right));
        out.dedup_by_key(|c| c.sentences);
        out
    }

    /// The counts of a thing that each sentence of a pair is its article's
    /// only sentence to give, with values that differ (see
    /// [`super::disputes::ONLY_COUNT_FLOOR`]): as measure feature ids.
    pub fn only_counts(&self, s: Pair<usize>) -> impl Iterator<Item = u32> + '_ {
        let claims = Pair::new(
            &self.views.left.claims[s.left],
            &self.views.right.claims[s.right],
        );
        shared_ids(
            &self.features.left[s.left].ids,
            &self.features.right[s.right].ids,
        )
        // In two sentences of the two articles, and both share it: one
        // each.
        .filter(move |&id| self.weights.df(id) == 2)
        .filter(move |&id| {
            self.counts_a_thing(id)
                && !self.measure_in(id, NO_ONE_THING)
                && !self.measure_in(id, OF_MANY_THINGS)
                && self.part(s, id) > 0.0
        })
        .filter(move |&id| {
            self.closest(s, id).is_some_and(|(_, qa, qb)| {
                let (a, b) = (&claims.left.quantities[qa], &claims.right.quantities[qb]);
                // "In 1994 a fire blackened some 100,000 acres" counts
                // another event's.
                !verdict::equal(a, b)
                    && Claims::years_agree(&claims.left.years_of(a), &claims.right.years_of(b))
            })
        })
    }

    /// The rare phrases one sentence of a pair says are not so and the
    /// other states ("no tear gas had been used inside the stadium" /
    /// "police had fired tear gas toward the north stand"), as phrase
    /// feature ids, and the things the two give opposite states of ("the
    /// gate was locked" / "the gate was open"), as word feature ids: a
    /// claim and its denial, which outlets report from the two parties. A
    /// single word denied, outside a state, is too common a thing to set
    /// two accounts against each other: "none of its 56 passengers was
    /// hurt" and "1.9 million passengers last year" dispute nothing.
    pub fn denied(&self, s: Pair<usize>) -> Vec<u32> {
        let claims = Pair::new(
            &self.views.left.claims[s.left],
            &self.views.right.claims[s.right],
        );
        // "The gate was locked" / "all exit gates had been open": the thing
        // two sentences give opposite states of.
        let opposite: Vec<&str> = claims
            .left
            .states
            .iter()
            .filter(|a| claims.right.states.iter().any(|b| a.contradicts(b)))
            .map(|a| a.thing.as_str())
            .collect();
        let negated = claims.left.is_negated() || claims.right.is_negated();
        // "cited in 2022 for an emergency exit blocked by inventory" is
        // another year's account than "denied that any exit had been
        // blocked".
        if !negated && opposite.is_empty() || !self.same_years(s) {
            return Vec::new();
        }
        let told_often = |id: u32| self.rare_enough(id, DISPUTE_RARITY);
        shared_ids(
            &self.features.left[s.left].ids,
            &self.features.right[s.right].ids,
        )
        .filter(|&id| match self.feature(id) {
            Some(Feature::Phrase(p)) => {
                let denies = |a: &Claims, b: &Claims| {
                    p.split_once(' ')
                        .is_some_and(|(first, second)| a.disputes_phrase(b, first, second))
                };
                told_often(id)
                    && (denies(claims.left, claims.right) || denies(claims.right, claims.left))
            }
            Some(Feature::Word(w)) => told_often(id) && opposite.contains(&w.as_str()),
            _ => false,
        })
        .collect()
    }

    /// The two values a pair gives of a toll `id` that its sentences'
    /// partners (`partners`: the left sentence's on the right, the right
    /// sentence's on the left) state already, where none of them gives the
    /// value the other sentence of the pair gives: the ministry's five, the
    /// rights group's eleven and the surgeon's eight each differ from a
    /// lead's four, and a reader wants each beside it. Only where one of
    /// the pair gives its article's lead toll, both date it in the same
    /// years and neither of the two splits the toll into parts (a partner
    /// that splits it does not keep them apart). So for a count of the
    /// displaced, which parties and days give as differently ("about 14,000
    /// moved out" / "the Red Cross's 23,000" / "21,500 evacuated"). `None`
    /// for any other count: an article gives the magnitudes of a quake,
    /// its aftershock and one decades ago, and only one of them is this
    /// quake's; counts of the detained, so joined, were right half the
    /// time. Each value as (value × 1000, qualifier).
    pub fn toll_again(&self, s: Pair<usize>, partners: Pair<&[usize]>, id: u32) -> Option<Values> {
        let leading = self.leading.left[s.left] || self.leading.right[s.right];
        let revised = self.is_toll(id) || self.counts_role(id, ":displaced");
        if !revised || !leading || !self.same_years(s) {
            return None;
        }
        let split = self.splits(Side::Left, s.left) || self.splits(Side::Right, s.right);
        if split {
            return None;
        }
        let alike = |side: Side, a: usize, b: usize| {
            self.values(side, a, id)
                .any(|x| self.values(side, b, id).any(|y| verdict::equal(x, y)))
        };
        let shown = partners
            .left
            .iter()
            .any(|&k| alike(Side::Right, k, s.right))
            || partners.right.iter().any(|&k| alike(Side::Left, k, s.left));
        if shown {
            return None;
        }
        let (_, qa, qb) = self.closest(s, id)?;
        Some((
            toll_value(&self.views.left.claims[s.left].quantities[qa]),
            toll_value(&self.views.right.claims[s.right].quantities[qb]),
        ))
    }

    /// Does sentence `i` of `side` have feature `id` (or, for a name, a
    /// spelling of it)?
    pub fn states(&self, side: Side, i: usize, id: u32) -> bool {
        let ids = &self.features.get(side)[i].ids;
        ids.binary_search(&id).is_ok()
            || self
                .spellings
                .of(id)
                .iter()
                .any(|r| ids.binary_search(r).is_ok())
    }

    /// Do two sentences tell that one party did one thing: a rare event
    /// ("claim_responsibility", "arrest") and a name both give ("Islamic
    /// State" for "ISIS-K" too), whatever else either says?
    pub fn same_deed(&self, s: Pair<usize>) -> bool {
        let (a, b) = (
            &self.features.left[s.left].ids,
            &self.features.right[s.right].ids,
        );
        let event = shared_ids(a, b)
            .any(|id| matches!(self.feature(id), Some(Feature::Event(_))) && self.is_specific(id));
        let name = shared_ids(a, b).any(|id| matches!(self.feature(id), Some(Feature::Name(_))))
            || self.misspelt(s).next().is_some();
        // "also claimed responsibility for a bombing in 2019" is another deed.
        event && name && self.same_years(s)
    }

    /// Do two sentences date what they tell in the same years (or neither
    /// in any)? A count of the dead beside "2009" is another event's than
    /// one beside no year, in an article about this week's attack.
    fn same_years(&self, s: Pair<usize>) -> bool {
        self.views.left.claims[s.left].same_years(&self.views.right.claims[s.right])
    }

    /// The weight of a name spelled two ways: as one name that the
    /// sentences of both spellings have (the same both ways round).
    fn spelt_weight(&self, a: u32, b: u32) -> f32 {
        NAME_WEIGHT * self.weights.idf_of(self.weights.df(a) + self.weights.df(b))
    }

    /// Score one pair of sentences; `None` when they share too little that
    /// is rare and says what.
    pub fn score(&self, s: Pair<usize>) -> Option<f32> {
        self.score_with(s, SPECIFIC_EVIDENCE)
    }

    /// Score a pair that stands between two pairs told in the same order
    /// in both sources: its neighbours vouch for half its evidence.
    pub fn score_between_anchors(&self, s: Pair<usize>) -> Option<f32> {
        self.score_with(s, SPECIFIC_EVIDENCE * ANCHORED_EVIDENCE)
    }

    fn score_with(&self, s: Pair<usize>, needed: f32) -> Option<f32> {
        let o = self.overlap(s)?;
        if o.evidence < needed || (o.count < 2 && !o.event_count) {
            return None;
        }
        Some(self.scaled(s, o.shared))
    }

    /// What two sentences share, weighed; `None` where they count the dead
    /// of two events.
    fn overlap(&self, s: Pair<usize>) -> Option<Overlap> {
        let (a, b) = (
            &self.features.left[s.left].ids,
            &self.features.right[s.right].ids,
        );
        let (mut shared, mut evidence, mut count) = (0.0f32, 0.0f32, 0);
        // A count of the event alone ("thousands homeless", "more than
        // 40,000 people have been forced from their homes") or the seats of
        // its venue is a fact both state, where one shared word is not.
        let mut event_count = false;
        for id in shared_ids(a, b) {
            let p = self.part(s, id);
            if p <= 0.0 {
                // Two sentences that count the dead of two events state
                // two facts: what else they share ("people", "died") is
                // the kind of fact, not the fact.
                if self.is_event_count(id) && self.other_events(s, id, self.closeness(s, id)) {
                    return None;
                }
                continue;
            }
            count += 1;
            event_count |= self.is_event_count(id) || self.is_capacity(id);
            let w = self.base_weight(id) * p * self.moment(s, id);
            shared += w;
            if self.is_specific(id) {
                evidence += w * self.says_what(s, id);
            }
        }
        for (id, r) in self.misspelt(s) {
            count += 1;
            let w = self.spelt_weight(id, r);
            shared += w;
            // A name spelled two ways says what as well as who: which
            // spelling is right is a fact the two outlets dispute ("Marcus
            // Kessling" / "Marcus Kesling"). Measured: divergences found on
            // the fire set 0.82 -> 0.84, theatre 0.68 -> 0.69 against half
            // this; nothing else moved.
            if self.is_specific(id) {
                evidence += w;
            }
        }
        Some(Overlap {
            shared,
            evidence,
            count,
            event_count,
        })
    }

    /// The weight two sentences share as a score between 0 and 1.
    fn scaled(&self, s: Pair<usize>, shared: f32) -> f32 {
        // A weighted mean of the two totals leaning to the shorter sentence: a
        // short sentence whose facts a long one states too scores well, as one
        // article often says in one sentence what another says in two.
        let (ta, tb) = (self.totals.left[s.left], self.totals.right[s.right]);
        let (lo, hi) = (ta.min(tb), ta.max(tb));
        (shared / (lo.powf(SHORT_SIDE) * hi.powf(1.0 - SHORT_SIDE)).max(1e-6)).min(1.0)
    }

    /// Pairs whose sentences set two parties' accounts of one thing
    /// against each other: opposite states of it ("the gate was locked" /
    /// "all exit gates had been open"), or a denial of what the other
    /// states ("no tear gas had been used inside the stadium" / "police
    /// fired tear gas"; see [`Scorer::denied`]). The two accounts share the
    /// thing and little else, too little to be proposed as a pair, and the
    /// dispute is what a reader compares outlets for: each is scored at
    /// least [`DENIAL_FLOOR`]. Each sentence takes at most
    /// [`CONTESTED_PER_SENTENCE`] such partners per thing, the nearest
    /// first, so that a long text of many open and shut doors stays linear.
    pub fn contested(&self) -> Vec<Candidate> {
        let views = self.views;
        let lens = views.map(|v| v.sentences.len());
        let counted = |side: Side, i: usize| !views.get(side).sentences[i].boilerplate;
        // Each thing disputed, by the key both sides give it: a state's
        // thing and kind, or a phrase denied (as its feature id).
        let mut by_key: HashMap<Contested, Pair<Vec<usize>>> = HashMap::default();
        let mut denied_ids: Vec<u32> = Vec::new();
        for side in [Side::Left, Side::Right] {
            for (i, c) in views.get(side).claims.iter().enumerate() {
                if !counted(side, i) {
                    continue;
                }
                for st in c.states.iter() {
                    let at = by_key
                        .entry(Contested::State(st.thing.as_str(), st.kind))
                        .or_default();
                    at.get_mut(side).push(i);
                }
                if !c.is_negated() {
                    continue;
                }
                for (x, y) in c.phrases() {
                    if !c.is_disputed(x) || !c.is_disputed(y) {
                        continue;
                    }
                    if let Some(id) = self.index.id(&Feature::Phrase(format!("{x} {y}"))) {
                        denied_ids.push(id);
                    }
                }
            }
        }
        denied_ids.sort_unstable();
        denied_ids.dedup();
        // The sentences that state or deny each phrase denied somewhere.
        for side in [Side::Left, Side::Right] {
            for (i, f) in self.features.get(side).iter().enumerate() {
                if !counted(side, i) {
                    continue;
                }
                for id in shared_ids(&f.ids, &denied_ids) {
                    by_key
                        .entry(Contested::Phrase(id))
                        .or_default()
                        .get_mut(side)
                        .push(i);
                }
            }
        }
        let mut keys: Vec<_> = by_key.into_iter().collect();
        keys.sort_by(|a, b| a.0.cmp(&b.0));
        let mut out = Vec::new();
        let opposes = |key: Contested, s: Pair<usize>| match key {
            Contested::State(thing, _) => self
                .denied(s)
                .iter()
                .any(|&w| matches!(self.feature(w), Some(Feature::Word(t)) if t == thing)),
            Contested::Phrase(id) => self.denied(s).contains(&id),
        };
        // A thing in more than one sentence in DISPUTE_RARITY is the
        // story's topic (`denied` would refuse each pair): no pair is
        // weighed.
        let topic = |sentences: &Pair<Vec<usize>>| {
            (sentences.left.len() + sentences.right.len()) as u32 * DISPUTE_RARITY
                > self.weights.sentences()
        };
        for (key, sentences) in keys {
            if topic(&sentences) {
                continue;
            }
            // From each side's sentences in turn, so that the pairs are the
            // same both ways round: each takes the nearest few of the
            // other side's, as far into their articles as it is into its
            // own (|i·m − j·n| is the same measured from either side).
            for side in [Side::Left, Side::Right] {
                let (own, other) = (sentences.get(side), sentences.get(side.other()));
                let (n_own, n_other) = (*lens.get(side), *lens.get(side.other()));
                for &i in own {
                    let apart = |j: usize| (i * n_other).abs_diff(j * n_own);
                    // `other` is in text order: the window around where
                    // `i` stands, then nearest first.
                    let at = other.partition_point(|&j| j * n_own < i * n_other);
                    let window = &other[at.saturating_sub(CONTESTED_SCAN / 2)
                        ..(at + CONTESTED_SCAN / 2).min(other.len())];
                    let mut near: Vec<usize> = window.to_vec();
                    near.sort_by_key(|&j| (apart(j), j));
                    let pair = |j: usize| match side {
                        Side::Left => Pair::new(i, j),
                        Side::Right => Pair::new(j, i),
                    };
                    let opposed = near.into_iter().map(pair).filter(|&s| opposes(key, s));
                    for s in opposed.take(CONTESTED_PER_SENTENCE) {
                        let score = self
                            .overlap(s)
                            .map_or(0.0, |o| self.scaled(s, o.shared))
                            .max(DENIAL_FLOOR);
                        out.push(Candidate {
                            sentences: s,
                            score,
                            anchored: false,
                        });
                    }
                }
            }
        }
        out.sort_by_key(|c| (c.sentences.left, c.sentences.right));
        out.dedup_by_key(|c| c.sentences);
        out
    }

    /// The evidence an extra pair adds to its primary: what the extra pair's
    /// two sentences share, rare and saying what, that the primary partner
    /// does not also share. The two pairs have one sentence in common;
    /// `primary` is the other pair of that sentence.
    pub fn added_evidence(&self, extra: Pair<usize>, primary: Pair<usize>) -> f32 {
        let besides = if extra.left == primary.left {
            &self.features.right[primary.right].ids
        } else {
            &self.features.left[primary.left].ids
        };
        let (a, b) = (
            &self.features.left[extra.left].ids,
            &self.features.right[extra.right].ids,
        );
        let shared: f32 = shared_ids(a, b)
            .filter(|id| {
                (besides.binary_search(id).is_err() || self.is_event_count(*id))
                    && self.is_specific(*id)
            })
            .map(|id| self.base_weight(id) * self.part(extra, id) * self.says_what(extra, id))
            .sum();
        let misspelt: f32 = self
            .misspelt(extra)
            .filter(|&(l, r)| {
                besides.binary_search(&l).is_err()
                    && besides.binary_search(&r).is_err()
                    && self.is_specific(l)
            })
            .map(|(l, r)| self.spelt_weight(l, r) * WHO_OR_WHEN_EVIDENCE)
            .sum();
        shared + misspelt
    }

    /// What two paired sentences share, for the reader.
    pub fn evidence(&self, s: Pair<usize>) -> Evidence {
        let mut ev = Evidence::default();
        let (a, b) = (
            &self.features.left[s.left].ids,
            &self.features.right[s.right].ids,
        );
        for id in shared_ids(a, b) {
            if self.part(s, id) <= 0.0 {
                continue;
            }
            match self.feature(id) {
                Some(Feature::Word(w)) => ev.words.push(w.clone()),
                Some(Feature::Phrase(p)) => ev.phrases.push(p.clone()),
                Some(Feature::Name(n)) => ev.names.push(n.clone()),
                Some(Feature::Event(e)) => ev.events.push((*e).to_string()),
                Some(Feature::Measure(m)) => ev
                    .quantities
                    .push(self.shown_quantities(s, id).unwrap_or_else(|| m.clone())),
                Some(Feature::DateKind(_)) | Some(Feature::Day(_)) => {
                    if let Some(d) = self.shown_dates(s)
                        && !ev.dates.contains(&d)
                    {
                        ev.dates.push(d);
                    }
                }
                // The event and the name of a deed are listed already.
                Some(Feature::Figure(_) | Feature::Deed(_)) | None => {}
            }
        }
        for (l, r) in self.misspelt(s) {
            if let (Some(Feature::Name(a)), Some(Feature::Name(b))) =
                (self.feature(l), self.feature(r))
            {
                ev.names.push(format!("{a} ~ {b}"));
            }
        }
        ev
    }

    fn shown_quantities(&self, s: Pair<usize>, id: u32) -> Option<String> {
        let (_, qa, qb) = self.closest(s, id)?;
        Some(format!(
            "{} ~ {}",
            self.views.left.claims[s.left].quantities[qa].text(self.views.left.text),
            self.views.right.claims[s.right].quantities[qb].text(self.views.right.text)
        ))
    }

    fn shown_dates(&self, s: Pair<usize>) -> Option<String> {
        let (a, b) = (
            &self.views.left.claims[s.left],
            &self.views.right.claims[s.right],
        );
        let da = a.dates.first()?;
        let db = b
            .dates
            .iter()
            .find(|d| d.universal == da.universal && d.when.compatible(&da.when).is_some())?;
        Some(format!(
            "{} ~ {}",
            da.text(self.views.left.text),
            db.text(self.views.right.text)
        ))
    }

    /// The scored candidate pairs of the two sources, in left order.
    pub fn candidates(&self) -> Vec<Candidate> {
        let views = self.views;
        let n_right = views.right.sentences.len();
        let postings = Postings::new(self);
        let per_sentence =
            |i: usize, acc: &mut Vec<f32>, touched: &mut Vec<u32>| -> Vec<Candidate> {
                if views.left.sentences[i].boilerplate {
                    return Vec::new();
                }
                for &id in &self.features.left[i].ids {
                    let js = postings.of(id);
                    if js.is_empty() {
                        continue;
                    }
                    let w = self.weights.idf(id);
                    for &j in js {
                        if acc[j as usize] == 0.0 {
                            touched.push(j);
                        }
                        acc[j as usize] += w;
                    }
                }
                // The best few by rare shared weight, ties by position.
                let by_weight =
                    |x: &u32, y: &u32| acc[*y as usize].total_cmp(&acc[*x as usize]).then(x.cmp(y));
                if touched.len() > CANDIDATES_PER_SENTENCE {
                    touched.select_nth_unstable_by(CANDIDATES_PER_SENTENCE, by_weight);
                }
                let keep = touched.len().min(CANDIDATES_PER_SENTENCE);
                touched[..keep].sort_unstable_by(by_weight);
                let out = touched[..keep]
                    .iter()
                    .filter_map(|&j| {
                        let s = Pair::new(i, j as usize);
                        self.score(s).map(|score| Candidate {
                            sentences: s,
                            score,
                            anchored: false,
                        })
                    })
                    .collect();
                for &j in touched.iter() {
                    acc[j as usize] = 0.0;
                }
                touched.clear();
                out
            };
        // In left order however the work is spread over threads: rayon
        // collects into a vector in the order of the sentences.
        (0..views.left.sentences.len())
            .into_par_iter()
            .map_init(
                || (vec![0.0f32; n_right], Vec::new()),
                |(acc, touched), i| per_sentence(i, acc, touched),
            )
            .flatten_iter()
            .collect()
    }
}

/// The right sentences that state each feature able to propose a pair:
/// specific, stated on both sides, and in at most [`POSTINGS_CAP`] right
/// sentences. One list cut by feature: a map of lists cost a list and a map
/// entry for every feature of the right source, most of them seen once and
/// never looked up (a 4 MB article against a seed: 8 MB of the peak went to
/// it).
struct Postings {
    /// Feature id → its number among the specific features both sides
    /// state.
    slot: HashMap<u32, u32>,
    /// Where each slot's sentences start in `sentences` (one more entry
    /// than slots: the last is the end).
    start: Vec<u32>,
    /// Right sentences, by slot, each slot's in text order.
    sentences: Vec<u32>,
}

impl Postings {
    fn new(scorer: &Scorer) -> Postings {
        // (sentence, its feature ids) of one side, page furniture left out.
        let counted = |side: Side| {
            let sentences = &scorer.views.get(side).sentences;
            scorer
                .features
                .get(side)
                .iter()
                .enumerate()
                .filter(move |&(j, _)| !sentences[j].boilerplate)
                .map(|(j, f)| (j as u32, &f.ids[..]))
        };
        // Slots for the specific features both sides state, numbered in the
        // left's order. The shorter side's features are gathered first, so
        // neither table grows with the longer article.
        let lens = scorer.views.map(|v| v.sentences.len());
        let mut shorter: rustc_hash::FxHashSet<u32> = Default::default();
        let short = if lens.left <= lens.right {
            Side::Left
        } else {
            Side::Right
        };
        for (_, ids) in counted(short) {
            shorter.extend(ids.iter().copied().filter(|&id| scorer.is_specific(id)));
        }
        let mut slot: HashMap<u32, u32> = HashMap::default();
        for (_, ids) in counted(Side::Left) {
            for &id in ids {
                if shorter.contains(&id) && !slot.contains_key(&id) {
                    slot.insert(id, slot.len() as u32);
                }
            }
        }
        drop(shorter);
        let mut count = vec![0u32; slot.len()];
        for (_, ids) in counted(Side::Right) {
            for id in ids {
                if let Some(&k) = slot.get(id) {
                    count[k as usize] += 1;
                }
            }
        }
        let mut start = Vec::with_capacity(count.len() + 1);
        let mut at = 0u32;
        for &c in &count {
            start.push(at);
            if c as usize <= POSTINGS_CAP {
                at += c;
            }
        }
        start.push(at);
        drop(count);
        let mut next = start.clone();
        let mut sentences = vec![0u32; at as usize];
        for (j, ids) in counted(Side::Right) {
            for id in ids {
                if let Some(&k) = slot.get(id) {
                    let k = k as usize;
                    // A slot over the cap has no room.
                    if next[k] < start[k + 1] {
                        sentences[next[k] as usize] = j;
                        next[k] += 1;
                    }
                }
            }
        }
        Postings {
            slot,
            start,
            sentences,
        }
    }

    /// The right sentences that state feature `id`, if it may propose pairs.
    fn of(&self, id: u32) -> &[u32] {
        match self.slot.get(&id) {
            Some(&k) => {
                let k = k as usize;
                &self.sentences[self.start[k] as usize..self.start[k + 1] as usize]
            }
            None => &[],
        }
    }
}

/// The ids two sorted id lists share, in order.
fn shared_ids<'x>(a: &'x [u32], b: &'x [u32]) -> impl Iterator<Item = u32> + 'x {
    let (mut i, mut j) = (0, 0);
    std::iter::from_fn(move || {
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    let id = a[i];
                    i += 1;
                    j += 1;
                    return Some(id);
                }
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;
    use crate::document::Document;

    /// Two short reports that share their topic but no other fact, with
    /// one sentence of the case in each.
    fn reports(left: &str, right: &str) -> Corpus {
        let left = format!(
            "Residents of the river district gathered outside the town hall.\n\n\
             {left}\n\n\
             The regional governor is expected to visit later in the week.\n\n\
             Schools in the district will stay closed until Monday.\n"
        );
        let right = format!(
            "Local radio carried live coverage through the night.\n\n\
             {right}\n\n\
             A fund for the families has raised money from thousands of donors.\n\n\
             Traffic on the main bridge was diverted for several hours.\n"
        );
        Corpus::new(vec![
            Document::from_text("left.txt", &left),
            Document::from_text("right.txt", &right),
        ])
    }

    /// What `ask` says of the case's two sentences (the second of each
    /// report).
    fn of_case<T>(left: &str, right: &str, ask: impl Fn(&Scorer, Pair<usize>) -> T) -> T {
        let corpus = reports(left, right);
        let sources = Pair::new(0, 1);
        let scorer = Scorer::new(
            &corpus.index,
            sources,
            sources.map(|i| corpus.sources[i].view()),
        );
        ask(&scorer, Pair::new(1, 1))
    }

    /// The score of the case's two sentences.
    fn score_of(left: &str, right: &str) -> Option<f32> {
        of_case(left, right, |scorer, s| scorer.score(s))
    }

    #[test]
    fn a_count_of_the_event_alone_pairs_whatever_its_figure() {
        let homeless = "Dozens dead in the mountain quake, more than 30,000 homeless";
        assert!(
            score_of(
                homeless,
                "Officials say 40,000 people were forced from their homes."
            )
            .is_some()
        );
        // One shared word is no fact.
        assert!(score_of(homeless, "Officials say the mountain road is closed.").is_none());
        // The seats of the venue are a fact of it.
        let holds = "The concert hall, which holds 6,200 people, was packed for a sold-out show.";
        assert!(score_of(holds, "The venue has a capacity of more than 6,000.").is_some());
    }

    #[test]
    fn the_same_doer_of_an_event_counts_beyond_its_name_and_event() {
        let told = "The Harbour Union warned the council of flooding in March.";
        let by_it = score_of(
            told,
            "Despite warnings from the Harbour Union, the council went on.",
        );
        let at_it = score_of(
            told,
            "Despite warnings at the Harbour Union, the council went on.",
        );
        assert!(
            by_it.unwrap_or(0.0) > at_it.unwrap_or(0.0),
            "{by_it:?} {at_it:?}"
        );
    }

    #[test]
    fn the_same_party_doing_the_same_thing_is_one_deed() {
        let deed = |left: &str, right: &str| of_case(left, right, |scorer, s| scorer.same_deed(s));
        assert!(deed(
            "The Red Hand Brigade claimed responsibility in a post online.",
            "Analysts doubt that the claim of responsibility by the Red Hand Brigade is genuine."
        ));
        // Another party, or the party doing something else.
        assert!(!deed(
            "The Red Hand Brigade claimed responsibility in a post online.",
            "The Free Coast Front claimed responsibility for a bombing last year."
        ));
        assert!(!deed(
            "The Red Hand Brigade claimed responsibility in a post online.",
            "The Red Hand Brigade has been banned since 2019."
        ));
        assert!(!deed(
            "The Red Hand Brigade claimed responsibility in a post online.",
            "The Red Hand Brigade also claimed responsibility for a bombing in 2019."
        ));
    }

    #[test]
    fn sentence_pairs_that_must_pair_and_must_not() {
        // (left, right, pairs, why)
        let cases: &[(&str, &str, bool, &str)] = &[
            (
                "Seven workers were killed in the warehouse fire on Tuesday.",
                "The death toll from the warehouse fire has risen to nine.",
                true,
                "one toll of one fire: the figure differs, the fact is the same",
            ),
            (
                "Ukraine has denied any involvement in the attack.",
                "Ukraine has repeatedly denied any role in the attack.",
                true,
                "the same denial by the same party, reworded",
            ),
            (
                "Police arrested four suspects near the northern border crossing.",
                "Four men were detained near the northern border crossing.",
                true,
                "arrested and detained are one event, at one place",
            ),
            (
                "The blaze broke out shortly before midnight on March 12.",
                "Firefighters from three towns responded on March 12.",
                false,
                "a shared date says when, not what",
            ),
            (
                "The mayor of Brenton visited the hospital on Friday.",
                "The mayor of Brenton spoke to reporters on Sunday.",
                false,
                "the same person on different days doing different things",
            ),
            (
                "The first emergency call about the blaze came in at about 1:15 a.m., the county said.",
                "Neighbours saw smoke over the depot shortly before 1:30 a.m. on Sunday.",
                true,
                "one moment of the event, told by two outlets",
            ),
            (
                "The first emergency call about the blaze came in at about 1:15 a.m., the county said.",
                "Neighbours were allowed back into their homes at 9 p.m. on Sunday.",
                false,
                "two times of the day far apart are two moments",
            ),
        ];
        for &(left, right, pairs, why) in cases {
            let got = score_of(left, right).filter(|&s| s >= super::super::matching::MIN_SCORE);
            assert_eq!(
                got.is_some(),
                pairs,
                "{why}: {left:?} / {right:?} scored {got:?}"
            );
        }
    }

    #[test]
    fn an_extra_partner_adds_what_the_primary_lacks() {
        // Left 1 states the toll and the cause; right 1 the toll, right 2
        // the cause. Right 2 adds the cause to 1–1; right 1 adds nothing
        // rare to 1–2 but the toll, which every sentence that gives it
        // states in full.
        let corpus = reports(
            "Nine workers died in the blaze, which investigators traced to lithium batteries.",
            "Nine workers died in the blaze at the depot.\n\n\
             Investigators traced the fire to lithium batteries stored on pallets.",
        );
        let sources = Pair::new(0, 1);
        let scorer = Scorer::new(
            &corpus.index,
            sources,
            sources.map(|i| corpus.sources[i].view()),
        );
        let cause = scorer.added_evidence(Pair::new(1, 2), Pair::new(1, 1));
        assert!(cause >= SPECIFIC_EVIDENCE / 2.0, "the cause adds {cause}");
        let toll = scorer.added_evidence(Pair::new(1, 1), Pair::new(1, 2));
        assert!(toll > 0.0, "the toll is a fact of its own: {toll}");
    }
}
