//! The scoring vocabulary: what each sentence states, as numbered features,
//! and how much each feature weighs when two sources are compared.
//!
//! Every loaded source is indexed once ([`Index::add`]); a comparison asks
//! for the [`Weights`] of its two sources. Weights come from those two
//! sources alone, so a pair of articles gets the same judgement whatever
//! else is loaded: in the interface with ten sources open, in `compare A B`,
//! and in a library call.

use std::fmt::Write;
use std::hash::Hasher;

use rustc_hash::FxHashMap as HashMap;

use crate::claim::{self, Claims};
use crate::span::Pair;

/// What a feature stands for. Words, phrases, names, figures, days,
/// events, measures of quantities and kinds of dates are all features;
/// measures and kinds of dates are shared only as far as their values agree.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Feature {
    Word(String),
    Phrase(String),
    Name(String),
    /// A figure as written ("4853"): the same uncommon number on both sides
    /// is strong evidence of the same fact, whatever it counts.
    Figure(String),
    /// A day of the year ("03-22").
    Day(String),
    /// What a quantity measures ("people:dead", "years").
    Measure(String),
    /// What a date dates ("month:3", "weekday").
    DateKind(String),
    /// What the sentence reports happened ("die", "arrest", "warn").
    Event(&'static str),
    /// What the sentence reports someone did: an event and its doer
    /// ("warn>united states"), one feature for each name of the doer.
    Deed(String),
}

impl Feature {
    /// The feature as a kind and a text, which is how it is hashed and
    /// looked up: a word already known is found without a copy of it.
    fn key(&self) -> (FeatureKind, &str) {
        match self {
            Feature::Word(s) => (FeatureKind::Word, s),
            Feature::Phrase(s) => (FeatureKind::Phrase, s),
            Feature::Name(s) => (FeatureKind::Name, s),
            Feature::Figure(s) => (FeatureKind::Figure, s),
            Feature::Day(s) => (FeatureKind::Day, s),
            Feature::Measure(s) => (FeatureKind::Measure, s),
            Feature::DateKind(s) => (FeatureKind::DateKind, s),
            Feature::Event(s) => (FeatureKind::Event, s),
            Feature::Deed(s) => (FeatureKind::Deed, s),
        }
    }
}

/// The kinds of [`Feature`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FeatureKind {
    Word,
    Phrase,
    Name,
    Figure,
    Day,
    Measure,
    DateKind,
    Event,
    Deed,
}

impl FeatureKind {
    /// The feature of this kind with text `s` (an event's name is one of
    /// [`claim::EventClass::name`], given as `event`).
    fn feature(self, s: &str, event: &'static str) -> Feature {
        match self {
            FeatureKind::Word => Feature::Word(s.into()),
            FeatureKind::Phrase => Feature::Phrase(s.into()),
            FeatureKind::Name => Feature::Name(s.into()),
            FeatureKind::Figure => Feature::Figure(s.into()),
            FeatureKind::Day => Feature::Day(s.into()),
            FeatureKind::Measure => Feature::Measure(s.into()),
            FeatureKind::DateKind => Feature::DateKind(s.into()),
            FeatureKind::Event => Feature::Event(event),
            FeatureKind::Deed => Feature::Deed(s.into()),
        }
    }
}

/// One sentence's features, as ids into the index's vocabulary. The
/// features of every sentence stay as long as the source is loaded: boxes,
/// not lists, hold them (a third smaller, and no room to grow).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SentenceFeatures {
    /// Every feature, sorted, no repeats.
    pub ids: Box<[u32]>,
    /// (measure feature, index of its quantity in the claims).
    pub measures: Box<[(u32, u32)]>,
    /// (kind-of-date feature, index of its date in the claims).
    pub date_kinds: Box<[(u32, u32)]>,
    /// The word features that are part of a name, sorted: sharing them says
    /// who, not what.
    pub name_words: Box<[u32]>,
}

/// Feature ids of every source, and how many sentences of each source have
/// each feature.
#[derive(Debug, Clone, Default)]
pub struct Index {
    /// Feature ids by the hash of the feature. The words of a feature are
    /// kept once, in `features` (a table keyed by the features themselves
    /// held a second copy of every word and phrase).
    by_hash: HashMap<u64, u32>,
    /// The features whose hash an earlier feature already had.
    collided: HashMap<Feature, u32>,
    features: Vec<Feature>,
    sources: Vec<IndexedSource>,
}

#[derive(Debug, Clone, Default)]
struct IndexedSource {
    sentences: Vec<SentenceFeatures>,
    /// Sentences that count for weights (not page furniture).
    counted: Vec<bool>,
    /// (feature, number of counted sentences that have it), sorted by feature.
    df: Vec<(u32, u32)>,
}

impl Index {
    /// Add a source: its sentences' claims, and which sentences are page
    /// furniture (they get no features and do not count for weights).
    /// Returns the source's number.
    pub fn add(&mut self, claims: &[Claims], furniture: &[bool]) -> usize {
        let mut sentences = Vec::with_capacity(claims.len());
        let mut counts: HashMap<u32, u32> = HashMap::default();
        let mut counted = Vec::with_capacity(claims.len());
        for (c, &skip) in claims.iter().zip(furniture) {
            if skip {
                sentences.push(SentenceFeatures::default());
                counted.push(false);
                continue;
            }
            let f = self.features_of(c);
            for &id in &f.ids {
                *counts.entry(id).or_default() += 1;
            }
            sentences.push(f);
            counted.push(true);
        }
        let mut df: Vec<(u32, u32)> = counts.into_iter().collect();
        df.sort_unstable();
        self.sources.push(IndexedSource {
            sentences,
            counted,
            df,
        });
        self.sources.len() - 1
    }

    /// A source's sentences' features.
    pub fn sentences(&self, source: usize) -> &[SentenceFeatures] {
        self.sources
            .get(source)
            .map_or(&[][..], |s| s.sentences.as_slice())
    }

    /// The names a source states (page furniture left out): their feature
    /// ids and canonical forms, in id order.
    pub fn names(&self, source: usize) -> impl Iterator<Item = (u32, &str)> + '_ {
        self.sources
            .get(source)
            .map_or(&[][..], |s| s.df.as_slice())
            .iter()
            .filter_map(|&(id, _)| match self.feature(id) {
                Some(Feature::Name(n)) => Some((id, n.as_str())),
                _ => None,
            })
    }

    /// How many features the loaded sources have between them.
    pub fn vocabulary(&self) -> usize {
        self.features.len()
    }

    pub fn feature(&self, id: u32) -> Option<&Feature> {
        self.features.get(id as usize)
    }

    /// The id of a feature, if any source has it.
    pub fn id(&self, f: &Feature) -> Option<u32> {
        let (kind, s) = f.key();
        let &id = self.by_hash.get(&hash_of(kind, s))?;
        if self.features[id as usize] == *f {
            Some(id)
        } else {
            self.collided.get(f).copied()
        }
    }

    fn intern(&mut self, f: Feature) -> u32 {
        let (kind, s) = f.key();
        let event = match f {
            Feature::Event(e) => e,
            _ => "",
        };
        self.intern_key(kind, s, event)
    }

    /// The id of the feature of `kind` with text `s`, given it if it is new;
    /// only a new feature is copied.
    fn intern_key(&mut self, kind: FeatureKind, s: &str, event: &'static str) -> u32 {
        let id = self.features.len() as u32;
        match self.by_hash.entry(hash_of(kind, s)) {
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(id);
            }
            std::collections::hash_map::Entry::Occupied(slot) => {
                let known = *slot.get();
                if self.features[known as usize].key() == (kind, s) {
                    return known;
                }
                let f = kind.feature(s, event);
                if let Some(&known) = self.collided.get(&f) {
                    return known;
                }
                self.collided.insert(f, id);
            }
        }
        self.features.push(kind.feature(s, event));
        id
    }

    fn features_of(&mut self, c: &Claims) -> SentenceFeatures {
        // Looked up by their text, made in one buffer: a feature is copied
        // only the first time it is seen.
        let mut ids: Vec<u32> = Vec::with_capacity(c.words.len() * 2 + c.names.len());
        let mut buf = String::new();
        for w in c.words.iter() {
            ids.push(self.intern_key(FeatureKind::Word, w, ""));
        }
        for (a, b) in c.phrases() {
            buf.clear();
            let _ = write!(buf, "{a} {b}");
            ids.push(self.intern_key(FeatureKind::Phrase, &buf, ""));
        }
        for n in c.names.iter() {
            for name in n.keys() {
                ids.push(self.intern_key(FeatureKind::Name, name, ""));
            }
        }
        for q in c.quantities.iter() {
            if q.value.abs() >= MIN_TELLING_FIGURE && !q.vague {
                buf.clear();
                let _ = write!(buf, "{}", q.value);
                ids.push(self.intern_key(FeatureKind::Figure, &buf, ""));
            }
        }
        for d in c.dates.iter().filter(|d| !d.of_statement) {
            if let claim::When::Days {
                month, first, last, ..
            } = d.when
                && first == last
            {
                buf.clear();
                let _ = write!(buf, "{month:02}-{first:02}");
                ids.push(self.intern_key(FeatureKind::Day, &buf, ""));
            }
            // A time of day is a moment of the story, as a date is: "9:43
            // p.m." and "just before 10 p.m." fall in one hour and tell of
            // one moment, told two ways. Each hour a time of at most
            // [`CLOCK_SPAN`] minutes touches, as the hour's number.
            // A time in either half of the day touches its hours in both.
            for (first, last) in d.when.clock_ranges() {
                if last - first > CLOCK_SPAN {
                    continue;
                }
                for hour in first / 60..=last / 60 {
                    buf.clear();
                    let _ = write!(buf, "at {hour:02}h");
                    ids.push(self.intern_key(FeatureKind::Day, &buf, ""));
                }
            }
        }
        for e in c.events.iter() {
            let name = e.class.name();
            ids.push(self.intern_key(FeatureKind::Event, name, name));
            let doer = e.doer.and_then(|n| c.names.get(n as usize));
            // "Kyiv denied", "the Kremlin rejected": the country did it, as
            // "Ukraine denied" says; the deed is the country's alone, so
            // that "Kyiv" against "Kyiv" weighs no more than "Ukraine"
            // against "Ukraine". "Ukrainian President Volodymyr Zelenskyy
            // denied": he did, and so did the country he acts for.
            let capital = doer.and_then(|n| claim::governments::country_acting_as(n.canonical()));
            let acting = capital.or(e.country);
            let keys = doer
                .filter(|_| capital.is_none())
                .into_iter()
                .flat_map(|n| n.keys());
            for who in keys.chain(acting) {
                buf.clear();
                let _ = write!(buf, "{name}>{who}");
                ids.push(self.intern_key(FeatureKind::Deed, &buf, ""));
            }
        }
        // The words come first, in the order of the claims' word positions.
        let mut name_words: Vec<u32> = c.name_words().iter().map(|&k| ids[k as usize]).collect();
        name_words.sort_unstable();
        name_words.dedup();
        // A sentence has far fewer than 2^32 quantities or dates.
        // "17 children have died" is also a count of the dead, as "16
        // deaths" is: the two toll sentences share it (see `fate_key`).
        let measures: Vec<(u32, u32)> = c
            .quantities
            .iter()
            .enumerate()
            .flat_map(|(k, q)| {
                [measure_key(q), fate_key(q)]
                    .into_iter()
                    .flatten()
                    .map(move |m| (m, k as u32))
            })
            .map(|(m, k)| (self.intern(Feature::Measure(m)), k))
            .collect();
        let date_kinds: Vec<(u32, u32)> = c
            .dates
            .iter()
            .enumerate()
            .filter(|(_, d)| !d.of_statement)
            .map(|(k, d)| (self.intern(Feature::DateKind(date_key(&d.when))), k as u32))
            .collect();
        ids.extend(measures.iter().map(|m| m.0));
        ids.extend(date_kinds.iter().map(|d| d.0));
        ids.sort_unstable();
        ids.dedup();
        SentenceFeatures {
            ids: ids.into_boxed_slice(),
            measures: measures.into_boxed_slice(),
            date_kinds: date_kinds.into_boxed_slice(),
            name_words: name_words.into_boxed_slice(),
        }
    }

    /// The weights of features when sources `pair` are compared: document
    /// frequencies over the two sources' sentences.
    pub fn weights(&self, pair: Pair<usize>) -> Weights {
        let (a, b) = (&self.sources[pair.left], &self.sources[pair.right]);
        let mut sentences = a.counted.iter().filter(|&&c| c).count() as u32;
        if pair.left != pair.right {
            sentences += b.counted.iter().filter(|&&c| c).count() as u32;
        }
        let b_df: &[(u32, u32)] = if pair.left != pair.right { &b.df } else { &[] };
        let n = self.features.len();
        let table = if (a.df.len() + b_df.len()) * SPARSE_BELOW < n {
            // Two short sources among many: a table over the whole
            // vocabulary would cost more to fill than the pair to score.
            let mut merged: Vec<(u32, u32, f32)> = Vec::with_capacity(a.df.len() + b_df.len());
            let (mut i, mut j) = (0, 0);
            while i < a.df.len() || j < b_df.len() {
                let (id, k) = match (a.df.get(i), b_df.get(j)) {
                    (Some(&(x, kx)), Some(&(y, ky))) if x == y => {
                        (i, j) = (i + 1, j + 1);
                        (x, kx + ky)
                    }
                    (Some(&(x, kx)), Some(&(y, _))) if x < y => {
                        i += 1;
                        (x, kx)
                    }
                    (Some(&(x, kx)), None) => {
                        i += 1;
                        (x, kx)
                    }
                    (_, Some(&(y, ky))) => {
                        j += 1;
                        (y, ky)
                    }
                    (None, None) => break,
                };
                merged.push((id, k, idf(sentences, k)));
            }
            Table::Sparse(merged)
        } else {
            // Dense tables over the vocabulary: scoring looks weights up
            // millions of times on long documents.
            let mut df = vec![0u32; n];
            for &(id, k) in a.df.iter().chain(b_df) {
                df[id as usize] += k;
            }
            let idf = df.iter().map(|&k| idf(sentences, k)).collect();
            Table::Dense { df, idf }
        };
        Weights { table, sentences }
    }
}

/// A feature's hash, the same in every run (ids are given in the order
/// features are first seen, whatever their hashes). The unit tests keep
/// three bits of it, so that most features collide and the way collisions
/// are told apart is tested on every index they build.
fn hash_of(kind: FeatureKind, s: &str) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    h.write_u8(kind as u8);
    h.write(s.as_bytes());
    if cfg!(test) {
        h.finish() & 7
    } else {
        h.finish()
    }
}

/// Figures under ten are too common ("two suspects", "three days") to tell
/// facts apart by their digits alone.
const MIN_TELLING_FIGURE: f64 = 10.0;

/// The least weight a feature has, however common: a word every sentence
/// has still says a little more than a word none has.
const IDF_FLOOR: f32 = 0.05;

fn idf(sentences: u32, df: u32) -> f32 {
    (sentences.max(2) as f32 / df.max(1) as f32)
        .ln()
        .max(IDF_FLOOR)
}

/// Below one feature of the pair in this many of the vocabulary, weights
/// are kept for the pair's features alone.
const SPARSE_BELOW: usize = 16;

/// Document frequencies and inverse document frequencies of the features of
/// two sources.
#[derive(Debug, Clone, Default)]
pub struct Weights {
    table: Table,
    sentences: u32,
}

/// The same numbers, kept one of two ways.
#[derive(Debug, Clone)]
enum Table {
    /// df and idf by feature id, over the whole vocabulary.
    Dense { df: Vec<u32>, idf: Vec<f32> },
    /// (feature, df, idf) of the features the two sources have, by feature.
    Sparse(Vec<(u32, u32, f32)>),
}

impl Default for Table {
    fn default() -> Table {
        Table::Sparse(Vec::new())
    }
}

impl Weights {
    /// Inverse document frequency: rare features weigh more. A feature
    /// neither source has weighs as if one sentence had it.
    pub fn idf(&self, id: u32) -> f32 {
        let known = match &self.table {
            Table::Dense { idf, .. } => idf.get(id as usize).copied(),
            Table::Sparse(t) => t.binary_search_by_key(&id, |e| e.0).ok().map(|i| t[i].2),
        };
        known.unwrap_or_else(|| idf(self.sentences, 1))
    }

    /// How many sentences of the two sources have the feature.
    pub fn df(&self, id: u32) -> u32 {
        let known = match &self.table {
            Table::Dense { df, .. } => df.get(id as usize).copied(),
            Table::Sparse(t) => t.binary_search_by_key(&id, |e| e.0).ok().map(|i| t[i].1),
        };
        known.unwrap_or(0)
    }

    /// The weight of a feature that `df` sentences of the two sources have.
    pub fn idf_of(&self, df: u32) -> f32 {
        idf(self.sentences, df)
    }

    /// How many sentences the two sources have (page furniture not counted).
    pub fn sentences(&self) -> u32 {
        self.sentences
    }
}

/// "people:dead" for a count of people that names them ("17 children
/// have died", "nine inmates were killed"), beside its own measure: what
/// befell them befell people of the event, and an outlet that says "16
/// deaths" gives the same count. Whether the two figures are then set
/// against each other is the verdict's to say (`verdict::kin_counts`), and
/// a pair shares it only where it does (`Scorer::kin_apart`). Not
/// a count of a part named with it ("people at a hospital"), nor of homes
/// cut off from power.
fn fate_key(q: &claim::Quantity) -> Option<String> {
    let counts = q.counts.as_deref()?;
    if counts == "people"
        || counts.contains(' ')
        || matches!(q.role, None | Some(claim::Role::WithoutPower))
    {
        return None;
    }
    Some(format!("people{}", fate_suffix(q.role)))
}

/// "people:dead", "years": what a quantity measures.
pub fn measure_key(q: &claim::Quantity) -> Option<String> {
    let counts = q.counts.as_ref()?;
    Some(format!("{counts}{}", fate_suffix(q.role)))
}

/// What befell the people a count counts, as its measure ends: ":dead",
/// ":without power"; nothing for a count of no fate.
fn fate_suffix(role: Option<claim::Role>) -> &'static str {
    match role {
        Some(claim::Role::Dead) => ":dead",
        Some(claim::Role::Injured) => ":injured",
        Some(claim::Role::Missing) => ":missing",
        Some(claim::Role::Rescued) => ":rescued",
        Some(claim::Role::Aboard) => ":aboard",
        Some(claim::Role::Hospitalized) => ":hospitalized",
        Some(claim::Role::Critical) => ":critical",
        Some(claim::Role::Arrested) => ":arrested",
        Some(claim::Role::Displaced) => ":displaced",
        Some(claim::Role::Crowd) => ":crowd",
        Some(claim::Role::Escaped) => ":escaped",
        Some(claim::Role::Treated) => ":treated",
        Some(claim::Role::Ill) => ":ill",
        Some(claim::Role::Infected) => ":infected",
        Some(claim::Role::WithoutPower) => ":without power",
        None => "",
    }
}

/// The widest time of day, in minutes, that tells a moment ("about 2:40
/// a.m." is half an hour; "by 11 a.m." is a whole morning and tells none).
const CLOCK_SPAN: u32 = 60;

/// Dates are comparable within a kind: a month, a year, a weekday, a time
/// of day.
pub fn date_key(w: &claim::When) -> String {
    match w {
        // "in March 2024" / "in May 2024": a whole month of a year is
        // weighed against another, as a year is.
        w if w.whole_month_of_a_year() => "month of a year".into(),
        claim::When::Days { month, .. } => format!("month:{month}"),
        claim::When::Year(_) => "year".into(),
        claim::When::Weekday(_) => "weekday".into(),
        claim::When::Clock { .. } | claim::When::EitherHalf { .. } => "clock".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::{Aliases, extract};

    fn index(sources: &[&[&str]]) -> Index {
        let mut index = Index::default();
        for s in sources {
            let claims: Vec<Claims> = s
                .iter()
                .map(|t| extract(t, 0, &Aliases::default()))
                .collect();
            index.add(&claims, &vec![false; claims.len()]);
        }
        index
    }

    #[test]
    fn times_of_day_in_one_hour_share_it() {
        let idx = index(&[
            &["The crush began at 9:43 p.m."],
            &[
                "It started just before 10 p.m.",
                "The gates were shut by 11 p.m.",
            ],
        ]);
        let hours = |source: usize, i: usize| -> Vec<String> {
            idx.sentences(source)[i]
                .ids
                .iter()
                .filter_map(|&id| match idx.feature(id) {
                    Some(Feature::Day(d)) if d.starts_with("at ") => Some(d.clone()),
                    _ => None,
                })
                .collect()
        };
        assert_eq!(hours(0, 0), ["at 21h"]);
        assert_eq!(hours(1, 0), ["at 21h", "at 22h"]);
        // A bound that spans the morning tells no moment.
        assert!(hours(1, 1).is_empty(), "{:?}", hours(1, 1));
    }

    #[test]
    fn every_feature_has_one_id_however_the_hashes_collide() {
        let mut index = Index::default();
        let features: Vec<Feature> = (0..300)
            .flat_map(|i| {
                [
                    Feature::Word(format!("w{i}")),
                    Feature::Phrase(format!("w{i}")),
                ]
            })
            .chain([Feature::Event("die"), Feature::Event("arrest")])
            .collect();
        let ids: Vec<u32> = features.iter().map(|f| index.intern(f.clone())).collect();
        assert_eq!(
            ids,
            (0..ids.len() as u32).collect::<Vec<_>>(),
            "in order seen"
        );
        assert!(!index.collided.is_empty(), "eight buckets for 602 features");
        for (f, &id) in features.iter().zip(&ids) {
            assert_eq!(index.intern(f.clone()), id, "{f:?} again");
            assert_eq!(index.id(f), Some(id), "{f:?}");
            assert_eq!(index.feature(id), Some(f));
        }
        assert_eq!(index.vocabulary(), features.len());
        assert_eq!(index.id(&Feature::Word("w300".into())), None);
        assert_eq!(index.id(&Feature::Name("w1".into())), None);
    }

    #[test]
    fn rare_words_weigh_more() {
        let index = index(&[
            &[
                "The attack was in Moscow.",
                "The attack killed many.",
                "Tajikistan suspects were held.",
            ],
            &["The attack shocked Russia.", "Another attack came."],
        ]);
        let w = index.weights(Pair::new(0, 1));
        let id = |word: &str| index.id(&Feature::Word(word.into())).unwrap();
        assert!(w.idf(id("tajikistan")) > w.idf(id("attack")));
        assert_eq!(w.df(id("attack")), 4);
        assert_eq!(w.sentences(), 5);
    }

    #[test]
    fn weights_come_from_the_two_sources_alone() {
        let index = index(&[
            &["Ukraine denied any role."],
            &["Ukraine has denied involvement."],
            &["Ukraine again.", "Ukraine once more.", "Ukraine, Ukraine."],
        ]);
        let ukraine = index.id(&Feature::Word("ukrain".into())).unwrap();
        // A third source full of "Ukraine" does not make it common for 0–1.
        let w01 = index.weights(Pair::new(0, 1));
        assert_eq!(w01.df(ukraine), 2);
        assert_eq!(w01.sentences(), 2);
        let w02 = index.weights(Pair::new(0, 2));
        assert_eq!(w02.df(ukraine), 4, "one sentence of 0, three of 2");
    }

    #[test]
    fn furniture_has_no_features_and_does_not_count() {
        let mut index = Index::default();
        let claims = vec![
            extract("All Rights Reserved.", 0, &Aliases::default()),
            extract("Ukraine denied any role.", 0, &Aliases::default()),
        ];
        let s = index.add(&claims, &[true, false]);
        assert!(index.sentences(s)[0].ids.is_empty());
        assert_eq!(index.weights(Pair::new(s, s)).sentences(), 1);
    }

    /// Sentences of `source` that have feature `id`, counted the long way.
    fn count(index: &Index, source: usize, id: u32) -> u32 {
        index
            .sentences(source)
            .iter()
            .filter(|f| f.ids.contains(&id))
            .count() as u32
    }

    #[test]
    fn weights_of_a_small_pair_in_a_large_vocabulary_are_the_same_numbers() {
        // Two short sources, and a long one that brings hundreds of words
        // the two do not have.
        let long: Vec<String> = (0..300)
            .map(|i| format!("Zorvath{i} blennik{i} quarrel{i} at dawn."))
            .collect();
        let long: Vec<&str> = long.iter().map(String::as_str).collect();
        let index = index(&[
            &["Ukraine denied any role.", "The attack killed 133 people."],
            &["Ukraine has denied involvement in the attack."],
            &long,
        ]);
        for (pair, sparse) in [(Pair::new(0, 1), true), (Pair::new(0, 2), false)] {
            let w = index.weights(pair);
            assert_eq!(matches!(w.table, Table::Sparse(_)), sparse, "{pair:?}");
            let n = (0..).take_while(|&id| index.feature(id).is_some()).count() as u32;
            for id in 0..n + 3 {
                let mut df = count(&index, pair.left, id);
                if pair.left != pair.right {
                    df += count(&index, pair.right, id);
                }
                assert_eq!(w.df(id), df, "{:?}", index.feature(id));
                assert_eq!(w.idf(id), idf(w.sentences(), df), "{:?}", index.feature(id));
            }
        }
        let same = index.weights(Pair::new(1, 1));
        assert!(matches!(same.table, Table::Sparse(_)));
        assert_eq!(same.sentences(), 1);
        let ukraine = index.id(&Feature::Word("ukrain".into())).unwrap();
        assert_eq!(same.df(ukraine), 1, "a source with itself counts once");
    }
}
