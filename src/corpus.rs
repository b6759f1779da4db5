//! Many sources at once: each article analysed once, word weights shared
//! across all of them, comparisons of any two on demand.

use std::collections::HashMap;

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
}

impl Source {
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

/// What a feature stands for. Words, names, measures of quantities and
/// kinds of dates are all features; quantities and dates are shared only
/// as far as their values agree.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Feature {
    Word(String),
    Phrase(String),
    Name(String),
    Measure(String),
    Date(String),
}

/// Document frequencies over every sentence of every loaded source.
#[derive(Debug, Clone, Default)]
pub struct Weights {
    ids: HashMap<Feature, u32>,
    features: Vec<Feature>,
    df: Vec<u32>,
    sentences: u32,
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
        let df = self.df.get(id as usize).copied().unwrap_or(1).max(1) as f32;
        (self.sentences.max(2) as f32 / df).ln().max(0.05)
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

/// The features of one sentence's claims.
fn features_of(c: &Claims) -> Vec<Feature> {
    let mut f: Vec<Feature> = c.words.iter().cloned().map(Feature::Word).collect();
    f.extend(c.phrases.iter().cloned().map(Feature::Phrase));
    f.extend(
        c.names
            .iter()
            .flat_map(|n| std::iter::once(&n.canonical).chain(&n.broader))
            .cloned()
            .map(Feature::Name),
    );
    f.extend(
        c.quantities
            .iter()
            .filter_map(measure_key)
            .map(Feature::Measure),
    );
    f.extend(c.dates.iter().map(|d| Feature::Date(date_key(&d.when))));
    f
}

/// "people:dead", "years": what a quantity measures.
pub fn measure_key(q: &claim::Quantity) -> Option<String> {
    let counts = q.counts.as_ref()?;
    Some(match q.role {
        Some(r) => format!("{counts}:{}", serde_json::to_value(r).ok()?.as_str()?),
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

/// All loaded sources and the weights shared between them.
#[derive(Debug, Clone)]
pub struct Corpus {
    pub sources: Vec<Source>,
    pub weights: Weights,
    pub aliases: Aliases,
}

impl Corpus {
    pub fn new(docs: Vec<Document>) -> Corpus {
        let mut aliases = Aliases::default();
        for d in &docs {
            aliases.learn(&d.text);
        }
        let mut weights = Weights::default();
        let sources = docs
            .into_iter()
            .map(|doc| {
                let sentences = sentence::sentences(&doc);
                let claims: Vec<Claims> = sentences
                    .iter()
                    .map(|s| {
                        if s.boilerplate {
                            Claims::default()
                        } else {
                            claim::extract(s.span.of(&doc.text), s.span.start, &aliases)
                        }
                    })
                    .collect();
                let features = claims
                    .iter()
                    .map(|c| {
                        let mut ids: Vec<u32> =
                            features_of(c).into_iter().map(|f| weights.id(f)).collect();
                        ids.sort_unstable();
                        ids.dedup();
                        ids
                    })
                    .collect();
                Source {
                    doc,
                    sentences,
                    claims,
                    features,
                }
            })
            .collect::<Vec<_>>();
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
        Corpus {
            sources,
            weights,
            aliases,
        }
    }

    /// Every pair of sources compared, in order (0–1, 0–2, …, 1–2, …).
    pub fn compare_all(&self) -> Vec<Comparison> {
        let n = self.sources.len();
        (0..n)
            .flat_map(|a| (a + 1..n).map(move |b| (a, b)))
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
