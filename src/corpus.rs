//! Many sources at once: each article analysed once, word weights shared
//! across all of them, comparisons of any two on demand.

use rustc_hash::FxHashMap as HashMap;

use rayon::prelude::*;

use crate::align::{self, Comparison};
use crate::claim::{self, Aliases, Claims};
use crate::document::Document;
use crate::sentence::{self, Sentence};
use crate::span::Pair;

/// An article with its sentences and what each states.
#[derive(Debug, Clone)]
pub struct Source {
    pub doc: Document,
    pub sentences: Vec<Sentence>,
    pub claims: Vec<Claims>,
    /// Feature ids of each sentence (see [`Weights`]), sorted, no repeats.
    pub features: Vec<Vec<u32>>,
    /// Per sentence: (measure feature, index of its quantity).
    pub measures: Vec<Vec<(u32, usize)>>,
    /// Per sentence: (kind-of-date feature, index of its date).
    pub date_kinds: Vec<Vec<(u32, usize)>>,
    /// Per sentence: the weight of all it states, the denominator of its scores.
    pub totals: Vec<f32>,
    /// Per sentence: the word features that are part of a name, sorted.
    pub name_ids: Vec<Vec<u32>>,
}

/// A phrase no other sentence has counts for nothing in a total: phrases
/// multiply with length, and a long sentence should not be punished for
/// being wordy. Exact figures and days count only when shared: two
/// sentences that give the same fact different figures are not less alike
/// for it (the measure of the figure is in the total).
fn sentence_total(corpus: &Corpus, features: &[u32]) -> f32 {
    features
        .iter()
        .filter(|&&id| match corpus.weights.feature(id) {
            Some(Feature::Phrase(_)) => corpus.weights.df(id) > 1,
            Some(Feature::Figure(_) | Feature::Day(_)) => false,
            _ => true,
        })
        .map(|&id| crate::align::score::base_weight(corpus, id))
        .sum()
}

impl Source {
    /// An article split into sentences, without its claims: all that
    /// `claimdiff sentences` needs.
    pub fn sentences_only(doc: Document) -> Source {
        let sentences = sentence::sentences(&doc);
        let n = sentences.len();
        Source {
            doc,
            sentences,
            claims: vec![Claims::default(); n],
            features: vec![Vec::new(); n],
            measures: vec![Vec::new(); n],
            date_kinds: vec![Vec::new(); n],
            totals: vec![0.0; n],
            name_ids: vec![Vec::new(); n],
        }
    }

    pub fn text(&self, sentence: usize) -> &str {
        self.sentences
            .get(sentence)
            .map_or("", |s| s.span.of(&self.doc.text))
    }

    /// A title for headers: the headline if the article has one, else the
    /// start of its first sentence.
    pub fn title(&self) -> String {
        if let Some(t) = &self.doc.meta.title {
            return t.clone();
        }
        let first = self
            .sentences
            .iter()
            .find(|s| !s.boilerplate)
            .map_or("", |s| s.span.of(&self.doc.text));
        shorten(first, 60)
    }
}

/// The first `max` characters of `s`, cut at a word, with an ellipsis.
pub fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    let at_word = cut
        .rfind(' ')
        .filter(|&i| i > max / 2)
        .map_or(cut.as_str(), |i| &cut[..i]);
    format!("{}…", at_word.trim_end_matches([',', ';', ':', ' ']))
}

/// What a feature stands for. Words, phrases, names, figures, days,
/// measures of quantities and kinds of dates are all features; measures and
/// kinds of dates are shared only as far as their values agree.
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
    Measure(String),
    DateKind(String),
}

/// Document frequencies over every sentence of every loaded source.
#[derive(Debug, Clone, Default)]
pub struct Weights {
    ids: HashMap<Feature, u32>,
    features: Vec<Feature>,
    df: Vec<u32>,
    sentences: u32,
    /// Inverse document frequencies, once `finish` has run.
    idf: Vec<f32>,
}

impl Weights {
    fn id(&mut self, f: Feature) -> u32 {
        if let Some(&id) = self.ids.get(&f) {
            return id;
        }
        let id = self.features.len() as u32;
        self.ids.insert(f.clone(), id);
        self.features.push(f);
        self.df.push(0);
        id
    }

    /// Inverse document frequency: rare features weigh more.
    pub fn idf(&self, id: u32) -> f32 {
        if let Some(&w) = self.idf.get(id as usize) {
            return w;
        }
        let df = self.df.get(id as usize).copied().unwrap_or(1).max(1) as f32;
        (self.sentences.max(2) as f32 / df).ln().max(0.05)
    }

    /// Fix the weights once every sentence is counted: scoring reads them
    /// millions of times on long documents.
    fn finish(&mut self) {
        self.idf = (0..self.df.len() as u32)
            .map(|id| {
                let df = self.df[id as usize].max(1) as f32;
                (self.sentences.max(2) as f32 / df).ln().max(0.05)
            })
            .collect();
    }

    pub fn df(&self, id: u32) -> u32 {
        self.df.get(id as usize).copied().unwrap_or(0)
    }

    pub fn feature(&self, id: u32) -> Option<&Feature> {
        self.features.get(id as usize)
    }

    pub fn sentences(&self) -> u32 {
        self.sentences
    }
}

/// A sentence's features, with the quantity or date each measure and kind
/// of date comes from.
struct SentenceFeatures {
    all: Vec<Feature>,
    measures: Vec<(Feature, usize)>,
    date_kinds: Vec<(Feature, usize)>,
}

/// The features of one sentence's claims.
fn features_of(c: &Claims) -> SentenceFeatures {
    let mut all: Vec<Feature> = c.words.iter().cloned().map(Feature::Word).collect();
    all.extend(c.phrases.iter().cloned().map(Feature::Phrase));
    all.extend(
        c.names
            .iter()
            .flat_map(|n| std::iter::once(&n.canonical).chain(&n.broader))
            .cloned()
            .map(Feature::Name),
    );
    // Figures under ten are too common to tell facts apart.
    all.extend(
        c.quantities
            .iter()
            .filter(|q| q.value.abs() >= 10.0)
            .map(|q| Feature::Figure(format!("{}", q.value))),
    );
    all.extend(c.dates.iter().filter_map(|d| match d.when {
        claim::When::Days {
            month, first, last, ..
        } if first == last => Some(Feature::Day(format!("{month:02}-{first:02}"))),
        _ => None,
    }));
    let measures: Vec<(Feature, usize)> = c
        .quantities
        .iter()
        .enumerate()
        .filter_map(|(k, q)| measure_key(q).map(|m| (Feature::Measure(m), k)))
        .collect();
    let date_kinds: Vec<(Feature, usize)> = c
        .dates
        .iter()
        .enumerate()
        .map(|(k, d)| (Feature::DateKind(date_key(&d.when)), k))
        .collect();
    all.extend(measures.iter().map(|m| m.0.clone()));
    all.extend(date_kinds.iter().map(|d| d.0.clone()));
    SentenceFeatures {
        all,
        measures,
        date_kinds,
    }
}

/// "people:dead", "years": what a quantity measures.
pub fn measure_key(q: &claim::Quantity) -> Option<String> {
    let counts = q.counts.as_ref()?;
    Some(match q.role {
        Some(claim::Role::Dead) => format!("{counts}:dead"),
        Some(claim::Role::Injured) => format!("{counts}:injured"),
        None => counts.clone(),
    })
}

/// Dates are comparable within a kind: a month, a year, a weekday.
pub fn date_key(w: &claim::When) -> String {
    match w {
        claim::When::Days { month, .. } => format!("month:{month}"),
        claim::When::Year(_) => "year".into(),
        claim::When::Weekday(_) => "weekday".into(),
    }
}

/// Reports how far loading has come: (articles analysed, articles).
pub type Progress<'a> = &'a (dyn Fn(usize, usize) + Sync);

/// All loaded sources and the weights shared between them.
#[derive(Debug, Clone)]
pub struct Corpus {
    pub sources: Vec<Source>,
    pub weights: Weights,
    pub aliases: Aliases,
}

impl Corpus {
    pub fn new(docs: Vec<Document>) -> Corpus {
        Corpus::with_progress(docs, &|_, _| {})
    }

    /// Analyse the articles (sentences and claims in parallel, in a fixed
    /// order), reporting progress after each article.
    pub fn with_progress(docs: Vec<Document>, progress: Progress) -> Corpus {
        let mut aliases = Aliases::default();
        for d in &docs {
            aliases.learn(&d.text);
        }
        let total = docs.len();
        let mut weights = Weights::default();
        let mut sources = Vec::with_capacity(total);
        for (n, doc) in docs.into_iter().enumerate() {
            let sentences = sentence::sentences(&doc);
            let analysed: Vec<(Claims, SentenceFeatures)> = sentences
                .par_iter()
                .map(|s| {
                    let c = if s.boilerplate {
                        Claims::default()
                    } else {
                        claim::extract(s.span.of(&doc.text), s.span.start, &aliases)
                    };
                    let f = features_of(&c);
                    (c, f)
                })
                .collect();
            let mut claims = Vec::with_capacity(analysed.len());
            let mut features = Vec::with_capacity(analysed.len());
            let mut name_ids = Vec::with_capacity(analysed.len());
            let mut measures = Vec::with_capacity(analysed.len());
            let mut date_kinds = Vec::with_capacity(analysed.len());
            for (c, f) in analysed {
                let mut ids: Vec<u32> = f.all.into_iter().map(|x| weights.id(x)).collect();
                ids.sort_unstable();
                ids.dedup();
                let mut names: Vec<u32> = c
                    .name_words
                    .iter()
                    .filter_map(|w| weights.ids.get(&Feature::Word(w.clone())).copied())
                    .collect();
                names.sort_unstable();
                name_ids.push(names);
                features.push(ids);
                measures.push(
                    f.measures
                        .into_iter()
                        .map(|(x, k)| (weights.id(x), k))
                        .collect(),
                );
                date_kinds.push(
                    f.date_kinds
                        .into_iter()
                        .map(|(x, k)| (weights.id(x), k))
                        .collect(),
                );
                claims.push(c);
            }
            sources.push(Source {
                doc,
                sentences,
                claims,
                features,
                measures,
                date_kinds,
                totals: Vec::new(),
                name_ids,
            });
            progress(n + 1, total);
        }
        for s in &sources {
            for (sent, ids) in s.sentences.iter().zip(&s.features) {
                if sent.boilerplate {
                    continue;
                }
                weights.sentences += 1;
                for &id in ids {
                    weights.df[id as usize] += 1;
                }
            }
        }
        weights.finish();
        let mut corpus = Corpus {
            sources,
            weights,
            aliases,
        };
        let totals: Vec<Vec<f32>> = corpus
            .sources
            .iter()
            .map(|s| {
                s.features
                    .iter()
                    .map(|f| sentence_total(&corpus, f))
                    .collect()
            })
            .collect();
        for (s, t) in corpus.sources.iter_mut().zip(totals) {
            s.totals = t;
        }
        corpus
    }

    /// Every pair of sources compared, in order (0–1, 0–2, …, 1–2, …).
    pub fn compare_all(&self) -> Vec<Comparison> {
        let n = self.sources.len();
        let pairs: Vec<(usize, usize)> = (0..n)
            .flat_map(|a| (a + 1..n).map(move |b| (a, b)))
            .collect();
        pairs
            .into_par_iter()
            .map(|(a, b)| self.compare(a, b))
            .collect()
    }

    /// Compare two loaded sources. compare(b, a) is always the mirror image of
    /// compare(a, b): the work is done in one canonical order and mirrored.
    pub fn compare(&self, a: usize, b: usize) -> Comparison {
        let (sa, sb) = (&self.sources[a], &self.sources[b]);
        let swapped = (sa.doc.text.as_str(), sa.doc.source.as_str(), a)
            > (sb.doc.text.as_str(), sb.doc.source.as_str(), b);
        if swapped {
            align::compare(self, Pair::new(b, a)).mirror()
        } else {
            align::compare(self, Pair::new(a, b))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rare_words_weigh_more() {
        let corpus = Corpus::new(vec![
            Document::from_text(
                "a",
                "The attack was in Moscow. The attack killed many. Tajikistan suspects were held.",
            ),
            Document::from_text("b", "The attack shocked Russia. Another attack came."),
        ]);
        let id = |w: &str| corpus.weights.ids[&Feature::Word(w.into())];
        assert!(corpus.weights.idf(id("tajikistan")) > corpus.weights.idf(id("attack")));
        assert_eq!(corpus.weights.df(id("attack")), 4);
    }

    #[test]
    fn shorten_cuts_at_a_word() {
        assert_eq!(
            shorten("President Vladimir Putin has pledged to hunt down", 30),
            "President Vladimir Putin has…"
        );
        assert_eq!(shorten("Short.", 30), "Short.");
    }
}
