//! How alike two sentences are: the weighted overlap of what they state.
//!
//! Every word, name, measure ("people:dead") and kind of date is a feature
//! weighted by its rarity over all loaded sources; names and quantities weigh
//! more. Quantities and dates count as shared only as far as their values are
//! close. Candidates come from an inverted index over rare features, so a pair
//! that shares only common words ("attack", "Russia") is never even scored.

use std::collections::HashMap;

use serde::Serialize;

use crate::claim::{Claims, Quantity};
use crate::corpus::{Corpus, Feature, Source, date_key, measure_key};
use crate::span::Pair;

/// Names weigh more than words, quantities most.
const NAME_WEIGHT: f32 = 1.5;
const PHRASE_WEIGHT: f32 = 1.0;
/// The weight (idf) of rare shared words, figures or dates a pair needs:
/// one word that few sentences have (about one in twenty), or two rarer
/// than one in eight. Names do not count (they say who, not what), nor do
/// phrases (their words are already counted).
const SPECIFIC_EVIDENCE: f32 = 3.0;
/// How much the shorter sentence's total counts in the denominator (0.5 is
/// the plain geometric mean, cosine-like).
const SHORT_SIDE: f32 = 0.7;
const MEASURE_WEIGHT: f32 = 4.0;
const DATE_WEIGHT: f32 = 1.0;

/// Why two sentences were paired.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Evidence {
    pub words: Vec<String>,
    pub phrases: Vec<String>,
    pub names: Vec<String>,
    pub quantities: Vec<String>,
    pub dates: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub sentences: Pair<usize>,
    pub score: f32,
    pub evidence: Evidence,
}

/// A feature is rare enough to propose a candidate pair, and to count as
/// evidence, when at most one sentence in eight has it (and always when two
/// or fewer do).
fn is_specific(corpus: &Corpus, id: u32) -> bool {
    let df = corpus.weights.df(id);
    df <= 2 || df * 8 <= corpus.weights.sentences()
}

fn base_weight(corpus: &Corpus, id: u32) -> f32 {
    let idf = corpus.weights.idf(id);
    match corpus.weights.feature(id) {
        Some(Feature::Word(_)) | None => idf,
        Some(Feature::Phrase(_)) => PHRASE_WEIGHT * idf,
        Some(Feature::Name(_)) => NAME_WEIGHT * idf,
        Some(Feature::Measure(_)) => MEASURE_WEIGHT * idf,
        Some(Feature::Date(_)) => DATE_WEIGHT * idf,
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

/// Score one pair of sentences; `None` when they share nothing specific
/// beyond names (a rare word, a close quantity or date).
pub fn score_pair(
    corpus: &Corpus,
    claims: Pair<&Claims>,
    features: Pair<&[u32]>,
    totals: Pair<f32>,
) -> Option<(f32, Evidence)> {
    let mut shared = 0.0f32;
    let mut specific = 0.0f32;
    let mut count = 0;
    let mut ev = Evidence::default();
    let (a, b) = (features.left, features.right);
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if a[i] < b[j] {
            i += 1;
            continue;
        }
        if a[i] > b[j] {
            j += 1;
            continue;
        }
        let id = a[i];
        let w = base_weight(corpus, id);
        // Sharing who is named says little about what is said of them: a
        // word that is part of a name on both sides is already counted by
        // the name, and a phrase with a name in it ("Russian officials")
        // says who, not what.
        let mut says_what = true;
        let name_word = |w: &str| {
            [claims.left, claims.right]
                .iter()
                .any(|c| c.name_words.binary_search_by(|x| x.as_str().cmp(w)).is_ok())
        };
        let part = match corpus.weights.feature(id) {
            Some(Feature::Word(word)) => {
                ev.words.push(word.clone());
                says_what = !name_word(word);
                1.0
            }
            Some(Feature::Phrase(p)) => {
                ev.phrases.push(p.clone());
                says_what = !p.split(' ').any(name_word);
                1.0
            }
            Some(Feature::Name(name)) => {
                ev.names.push(name.clone());
                says_what = false;
                1.0
            }
            Some(Feature::Measure(m)) => {
                let (c, shown) = best_quantities(claims, m);
                if c > 0.0 {
                    ev.quantities.push(shown);
                }
                c
            }
            Some(Feature::Date(k)) => {
                let (c, shown) = best_dates(claims, k);
                if c > 0.0 {
                    ev.dates.push(shown);
                }
                c
            }
            None => 0.0,
        };
        if part > 0.0 {
            count += 1;
            if says_what && is_specific(corpus, id) {
                // A phrase of common words ("terrorist attack") is a
                // collocation more than a fact: it supports, it does not decide.
                let support = if matches!(corpus.weights.feature(id), Some(Feature::Phrase(_))) {
                    0.0
                } else {
                    1.0
                };
                specific += w * part * support;
            }
            shared += w * part;
        }
        i += 1;
        j += 1;
    }
    if specific < SPECIFIC_EVIDENCE || count < 2 {
        return None;
    }

    // A weighted mean of the two totals leaning to the shorter sentence: a
    // short sentence whose facts a long one states too scores well, as one
    // article often says in one sentence what another says in two.
    let (lo, hi) = (totals.left.min(totals.right), totals.left.max(totals.right));
    let score = shared / (lo.powf(SHORT_SIDE) * hi.powf(1.0 - SHORT_SIDE)).max(1e-6);
    Some((score.min(1.0), ev))
}

fn best_quantities(claims: Pair<&Claims>, measure: &str) -> (f32, String) {
    let mut best = (0.0, String::new());
    for qa in claims
        .left
        .quantities
        .iter()
        .filter(|q| measure_key(q).as_deref() == Some(measure))
    {
        for qb in claims
            .right
            .quantities
            .iter()
            .filter(|q| measure_key(q).as_deref() == Some(measure))
        {
            let c = closeness(qa, qb);
            if c > best.0 {
                best = (c, format!("{} ~ {}", qa.text, qb.text));
            }
        }
    }
    best
}

fn best_dates(claims: Pair<&Claims>, key: &str) -> (f32, String) {
    let mut best = (0.0, String::new());
    for da in claims
        .left
        .dates
        .iter()
        .filter(|d| date_key(&d.when) == key)
    {
        for db in claims
            .right
            .dates
            .iter()
            .filter(|d| date_key(&d.when) == key)
        {
            let c = match da.when.compatible(&db.when) {
                Some(true) => 1.0,
                Some(false) => 0.4,
                None => 0.0,
            };
            if c > best.0 {
                best = (c, format!("{} ~ {}", da.text, db.text));
            }
        }
    }
    best
}

/// The weight of all a sentence states, the denominator of its scores. A
/// phrase no other sentence has counts for nothing: phrases multiply with
/// length, and a long sentence should not be punished for being wordy.
fn totals(corpus: &Corpus, src: &Source) -> Vec<f32> {
    let counts = |id: u32| {
        !matches!(corpus.weights.feature(id), Some(Feature::Phrase(_))) || corpus.weights.df(id) > 1
    };
    src.features
        .iter()
        .map(|f| {
            f.iter()
                .filter(|&&id| counts(id))
                .map(|&id| base_weight(corpus, id))
                .sum()
        })
        .collect()
}

/// Every pair of sentences that shares a rare feature, scored.
pub fn candidates(corpus: &Corpus, src: Pair<&Source>) -> Vec<Candidate> {
    let mut index: HashMap<u32, Vec<usize>> = HashMap::new();
    for (j, f) in src.right.features.iter().enumerate() {
        if src.right.sentences[j].boilerplate {
            continue;
        }
        for &id in f {
            if is_specific(corpus, id) {
                index.entry(id).or_default().push(j);
            }
        }
    }
    let tot = Pair::new(totals(corpus, src.left), totals(corpus, src.right));
    let mut out = Vec::new();
    let mut seen: Vec<usize> = Vec::new();
    for (i, f) in src.left.features.iter().enumerate() {
        if src.left.sentences[i].boilerplate {
            continue;
        }
        seen.clear();
        for id in f {
            if let Some(js) = index.get(id) {
                seen.extend_from_slice(js);
            }
        }
        seen.sort_unstable();
        seen.dedup();
        for &j in &seen {
            let claims = Pair::new(&src.left.claims[i], &src.right.claims[j]);
            let features = Pair::new(
                src.left.features[i].as_slice(),
                src.right.features[j].as_slice(),
            );
            if let Some((score, evidence)) = score_pair(
                corpus,
                claims,
                features,
                Pair::new(tot.left[i], tot.right[j]),
            ) {
                out.push(Candidate {
                    sentences: Pair::new(i, j),
                    score,
                    evidence,
                });
            }
        }
    }
    out
}
