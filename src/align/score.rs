//! How alike two sentences are: the weighted overlap of what they state.
//!
//! Every word, phrase, name, figure, day, measure ("people:dead") and kind
//! of date is a feature weighted by its rarity over all loaded sources;
//! names and quantities weigh more. Quantities and dates count as shared only
//! as far as their values are close.
//!
//! Candidates come from an inverted index over rare features, each sentence
//! keeping its best few, so a pair that shares only common words ("attack",
//! "Russia") is never even scored and long documents stay fast. A pair also
//! needs evidence that says what, not only who (see [`SPECIFIC_EVIDENCE`]).

use rustc_hash::FxHashMap as HashMap;

use rayon::prelude::*;
use serde::Serialize;

use crate::claim::Quantity;
use crate::corpus::{Corpus, Feature, Source};
use crate::span::Pair;

/// Names weigh more than words, quantities most.
const NAME_WEIGHT: f32 = 1.5;
const PHRASE_WEIGHT: f32 = 1.0;
const MEASURE_WEIGHT: f32 = 4.0;
const DATE_WEIGHT: f32 = 1.0;
/// The weight (idf) of rare shared words, figures or dates a pair needs:
/// one word that few sentences have (about one in twenty), or two rarer
/// than one in eight. Names count half (they say who, not what); words of a
/// name and phrases add nothing here (the name and the words count already).
pub const SPECIFIC_EVIDENCE: f32 = 3.0;
/// How much the shorter sentence's total counts in the denominator (0.5 is
/// the plain geometric mean, cosine-like).
const SHORT_SIDE: f32 = 0.7;
const NAME_EVIDENCE: f32 = 0.5;
const NAME_EVIDENCE_W: f32 = 0.0;
/// A feature that more sentences than this of the other document have does
/// not propose candidates (it still counts in the score).
const POSTINGS_CAP: usize = 256;
/// Candidates kept per sentence for exact scoring.
const CANDIDATES_PER_SENTENCE: usize = 24;

/// Why two sentences were paired.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Evidence {
    pub words: Vec<String>,
    pub phrases: Vec<String>,
    pub names: Vec<String>,
    pub quantities: Vec<String>,
    pub dates: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Candidate {
    pub sentences: Pair<usize>,
    pub score: f32,
}

/// A feature is rare enough to propose a candidate pair, and to count as
/// evidence, when at most one sentence in eight has it (and always when two
/// or fewer do).
pub fn is_specific(corpus: &Corpus, id: u32) -> bool {
    let df = corpus.weights.df(id);
    df <= 2 || df * 8 <= corpus.weights.sentences()
}

pub fn base_weight(corpus: &Corpus, id: u32) -> f32 {
    let idf = corpus.weights.idf(id);
    match corpus.weights.feature(id) {
        Some(Feature::Word(_) | Feature::Figure(_) | Feature::Day(_)) | None => idf,
        Some(Feature::Phrase(_)) => PHRASE_WEIGHT * idf,
        Some(Feature::Name(_)) => NAME_WEIGHT * idf,
        Some(Feature::Measure(_)) => MEASURE_WEIGHT * idf,
        Some(Feature::DateKind(_)) => DATE_WEIGHT * idf,
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

/// How far a shared feature is shared: 1 for words and names, the
/// closeness of the values for measures and kinds of dates.
fn part(src: Pair<&Source>, s: Pair<usize>, id: u32, feature: Option<&Feature>) -> f32 {
    match feature {
        Some(Feature::Measure(_)) => {
            let (a, b) = (&src.left.claims[s.left], &src.right.claims[s.right]);
            let ma = &src.left.measures[s.left];
            let mb = &src.right.measures[s.right];
            let mut best = 0.0f32;
            for &(ia, qa) in ma.iter().filter(|m| m.0 == id) {
                let _ = ia;
                for &(_, qb) in mb.iter().filter(|m| m.0 == id) {
                    best = best.max(closeness(&a.quantities[qa], &b.quantities[qb]));
                }
            }
            best
        }
        Some(Feature::DateKind(_)) => {
            let (a, b) = (&src.left.claims[s.left], &src.right.claims[s.right]);
            let mut best = 0.0f32;
            for &(_, da) in src.left.date_kinds[s.left].iter().filter(|m| m.0 == id) {
                for &(_, db) in src.right.date_kinds[s.right].iter().filter(|m| m.0 == id) {
                    let c = match a.dates[da].when.compatible(&b.dates[db].when) {
                        Some(true) => 1.0,
                        Some(false) => 0.4,
                        None => 0.0,
                    };
                    best = best.max(c);
                }
            }
            best
        }
        _ => 1.0,
    }
}

/// How much a shared feature says what (not who) is stated.
fn says_what(src: Pair<&Source>, s: Pair<usize>, id: u32, feature: Option<&Feature>) -> f32 {
    let name_word = || {
        (
            src.left.name_ids[s.left].binary_search(&id).is_ok(),
            src.right.name_ids[s.right].binary_search(&id).is_ok(),
        )
    };
    match feature {
        Some(Feature::Word(_)) => match name_word() {
            (false, false) => 1.0,
            (true, true) => 0.0,
            _ => NAME_EVIDENCE_W,
        },
        Some(Feature::Phrase(_)) => 0.0,
        Some(Feature::Name(_)) => NAME_EVIDENCE,
        _ => 1.0,
    }
}

/// Score one pair of sentences; `None` when they share too little that is
/// rare and says what.
pub fn score_pair(corpus: &Corpus, src: Pair<&Source>, s: Pair<usize>) -> Option<f32> {
    let (a, b) = (&src.left.features[s.left], &src.right.features[s.right]);
    let (mut i, mut j) = (0, 0);
    let (mut shared, mut evidence, mut count) = (0.0f32, 0.0f32, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                let id = a[i];
                let feature = corpus.weights.feature(id);
                let p = part(src, s, id, feature);
                if p > 0.0 {
                    count += 1;
                    shared += base_weight(corpus, id) * p;
                    if is_specific(corpus, id) {
                        evidence += base_weight(corpus, id) * p * says_what(src, s, id, feature);
                    }
                }
                i += 1;
                j += 1;
            }
        }
    }
    if evidence < SPECIFIC_EVIDENCE || count < 2 {
        return None;
    }
    // A weighted mean of the two totals leaning to the shorter sentence: a
    // short sentence whose facts a long one states too scores well, as one
    // article often says in one sentence what another says in two.
    let (ta, tb) = (src.left.totals[s.left], src.right.totals[s.right]);
    let (lo, hi) = (ta.min(tb), ta.max(tb));
    Some((shared / (lo.powf(SHORT_SIDE) * hi.powf(1.0 - SHORT_SIDE)).max(1e-6)).min(1.0))
}

/// What two paired sentences share, for the reader.
pub fn evidence(corpus: &Corpus, src: Pair<&Source>, s: Pair<usize>) -> Evidence {
    let mut ev = Evidence::default();
    let (a, b) = (&src.left.features[s.left], &src.right.features[s.right]);
    for id in a.iter().filter(|id| b.binary_search(id).is_ok()) {
        let feature = corpus.weights.feature(*id);
        if part(src, s, *id, feature) <= 0.0 {
            continue;
        }
        match feature {
            Some(Feature::Word(w)) => ev.words.push(w.clone()),
            Some(Feature::Phrase(p)) => ev.phrases.push(p.clone()),
            Some(Feature::Name(n)) => ev.names.push(n.clone()),
            Some(Feature::Measure(m)) => ev
                .quantities
                .push(shown_quantities(src, s, *id).unwrap_or_else(|| m.clone())),
            Some(Feature::DateKind(_)) | Some(Feature::Day(_)) => {
                if let Some(d) = shown_dates(src, s, feature)
                    && !ev.dates.contains(&d)
                {
                    ev.dates.push(d);
                }
            }
            Some(Feature::Figure(_)) | None => {}
        }
    }
    ev
}

fn shown_quantities(src: Pair<&Source>, s: Pair<usize>, id: u32) -> Option<String> {
    let (a, b) = (&src.left.claims[s.left], &src.right.claims[s.right]);
    let mut best: Option<(f32, String)> = None;
    for &(_, qa) in src.left.measures[s.left].iter().filter(|m| m.0 == id) {
        for &(_, qb) in src.right.measures[s.right].iter().filter(|m| m.0 == id) {
            let c = closeness(&a.quantities[qa], &b.quantities[qb]);
            if best.as_ref().is_none_or(|(bc, _)| c > *bc) {
                best = Some((
                    c,
                    format!("{} ~ {}", a.quantities[qa].text, b.quantities[qb].text),
                ));
            }
        }
    }
    best.map(|(_, s)| s)
}

fn shown_dates(src: Pair<&Source>, s: Pair<usize>, _feature: Option<&Feature>) -> Option<String> {
    let (a, b) = (&src.left.claims[s.left], &src.right.claims[s.right]);
    let da = a.dates.first()?;
    let db = b
        .dates
        .iter()
        .find(|d| d.when.compatible(&da.when).is_some())?;
    Some(format!("{} ~ {}", da.text, db.text))
}

/// The scored candidate pairs of two sources, in left order.
pub fn candidates(corpus: &Corpus, src: Pair<&Source>) -> Vec<Candidate> {
    let n_right = src.right.sentences.len();
    let mut postings: HashMap<u32, Vec<u32>> = HashMap::default();
    for (j, f) in src.right.features.iter().enumerate() {
        if src.right.sentences[j].boilerplate {
            continue;
        }
        for &id in f {
            if is_specific(corpus, id) {
                postings.entry(id).or_default().push(j as u32);
            }
        }
    }
    let per_sentence = |i: usize, acc: &mut Vec<f32>, touched: &mut Vec<u32>| -> Vec<Candidate> {
        if src.left.sentences[i].boilerplate {
            return Vec::new();
        }
        for &id in &src.left.features[i] {
            let Some(js) = postings.get(&id) else {
                continue;
            };
            if js.len() > POSTINGS_CAP {
                continue;
            }
            let w = corpus.weights.idf(id);
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
                score_pair(corpus, src, s).map(|score| Candidate {
                    sentences: s,
                    score,
                })
            })
            .collect();
        for &j in touched.iter() {
            acc[j as usize] = 0.0;
        }
        touched.clear();
        out
    };
    // Each sentence's candidates in a vector of its own, so the order is the
    // same however the work is spread over threads.
    let per: Vec<Vec<Candidate>> = (0..src.left.sentences.len())
        .into_par_iter()
        .map_init(
            || (vec![0.0f32; n_right], Vec::new()),
            |(acc, touched), i| per_sentence(i, acc, touched),
        )
        .collect();
    per.into_iter().flatten().collect()
}
