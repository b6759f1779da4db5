//! Many sources at once: each article analysed and indexed once,
//! comparisons of any two on demand.

use rayon::prelude::*;

use crate::align::{self, Comparison, Index, SourceView};
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
        }
    }

    /// What a comparison reads of this source.
    pub fn view(&self) -> SourceView<'_> {
        SourceView {
            text: &self.doc.text,
            sentences: &self.sentences,
            claims: &self.claims,
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

/// Reports how far loading has come: (articles analysed, articles).
pub type Progress<'a> = &'a (dyn Fn(usize, usize) + Sync);

/// All loaded sources, and the index of what their sentences state.
#[derive(Debug, Clone)]
pub struct Corpus {
    pub sources: Vec<Source>,
    pub index: Index,
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
        let mut index = Index::default();
        let names = claim::NameTable::default();
        let mut sources = Vec::with_capacity(total);
        for (n, doc) in docs.into_iter().enumerate() {
            let sentences = sentence::sentences(&doc);
            let mut claims: Vec<Claims> = sentences
                .par_iter()
                .map(|s| {
                    if s.boilerplate {
                        Claims::default()
                    } else {
                        let mut c = claim::extract(s.span.of(&doc.text), s.span.start, &aliases);
                        names.share(&mut c);
                        c
                    }
                })
                .collect();
            claim::carry_counts(&mut claims);
            // The dates of bylines and time lines date the story.
            let furniture_dates: Vec<_> = sentences
                .iter()
                .filter(|s| s.boilerplate)
                .flat_map(|s| claim::dates::extract(s.span.of(&doc.text), s.span.start))
                .collect();
            claim::recall_other_months(&mut claims, &furniture_dates);
            let furniture: Vec<bool> = sentences.iter().map(|s| s.boilerplate).collect();
            index.add(&claims, &furniture);
            sources.push(Source {
                doc,
                sentences,
                claims,
            });
            progress(n + 1, total);
        }
        Corpus {
            sources,
            index,
            aliases,
        }
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
    /// The judgement depends on the two sources alone, not on what else is
    /// loaded (see [`Index::weights`]).
    pub fn compare(&self, a: usize, b: usize) -> Comparison {
        let (sa, sb) = (&self.sources[a], &self.sources[b]);
        let swapped = (sa.doc.text.as_str(), sa.doc.source.as_str(), a)
            > (sb.doc.text.as_str(), sb.doc.source.as_str(), b);
        let (first, second) = if swapped { (b, a) } else { (a, b) };
        let pair = Pair::new(first, second);
        let cmp = align::compare(&self.index, pair, pair.map(|i| self.sources[i].view()));
        if swapped { cmp.mirror() } else { cmp }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shorten_cuts_at_a_word() {
        assert_eq!(
            shorten("President Vladimir Putin has pledged to hunt down", 30),
            "President Vladimir Putin has…"
        );
        assert_eq!(shorten("Short.", 30), "Short.");
    }
}
