//! The evidence of a pair names words by their stems ("individu",
//! "orchestr") and names by their canonical form ("islamic state"): the
//! engine's keys. The detail popup shows them as the articles wrote them,
//! found again by tokenising the two sentences the same way the engine does.

use std::collections::BTreeMap;

use crate::claim::NameClaim;
use crate::claim::words::{content_stem, tokens};
use crate::span::Pair;

/// Stems and names of two sentences, each mapped to its first written form.
pub struct Surface {
    words: Pair<BTreeMap<String, String>>,
    names: Pair<BTreeMap<String, String>>,
}

impl Surface {
    /// `text`: the two sentences; `names`: their names, with the text of
    /// the document each name's span points into.
    pub fn of(text: Pair<&str>, names: Pair<(&[NameClaim], &str)>) -> Surface {
        let words = text.map(|t| {
            let mut m = BTreeMap::new();
            for tok in tokens(t, 0) {
                if let Some(stem) = content_stem(&tok) {
                    m.entry(stem).or_insert_with(|| tok.text.to_string());
                }
            }
            m
        });
        let names = names.map(|(ns, doc)| {
            let mut m = BTreeMap::new();
            for n in ns {
                for key in n.keys() {
                    m.entry(key.to_string())
                        .or_insert_with(|| n.text(doc).to_string());
                }
            }
            m
        });
        Surface { words, names }
    }

    /// A stem as written: "individuals", or "attacked / attack" when the
    /// two sentences write it differently. The stem itself if neither has it.
    pub fn word(&self, stem: &str) -> String {
        both(self.words.left.get(stem), self.words.right.get(stem), stem)
    }

    /// A phrase of stems ("claim respons") as written on each side.
    pub fn phrase(&self, phrase: &str) -> String {
        let side = |m: &BTreeMap<String, String>| -> Option<String> {
            phrase
                .split(' ')
                .map(|s| m.get(s).cloned())
                .collect::<Option<Vec<_>>>()
                .map(|w| w.join(" "))
        };
        both(
            side(&self.words.left).as_ref(),
            side(&self.words.right).as_ref(),
            phrase,
        )
    }

    /// A canonical name as written ("Islamic State", "ISIS / IS").
    pub fn name(&self, canonical: &str) -> String {
        both(
            self.names.left.get(canonical),
            self.names.right.get(canonical),
            canonical,
        )
    }
}

fn both(left: Option<&String>, right: Option<&String>, key: &str) -> String {
    match (left, right) {
        (Some(l), Some(r)) if l.to_lowercase() != r.to_lowercase() => format!("{l} / {r}"),
        (Some(w), _) | (None, Some(w)) => w.clone(),
        (None, None) => key.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::words::{normalize, stem};

    fn surface(l: &str, r: &str) -> Surface {
        Surface::of(Pair::new(l, r), Pair::new((&[], ""), (&[], "")))
    }

    #[test]
    fn stems_come_back_as_the_words_written() {
        let s = surface(
            "The attack claimed 144 individuals at the concert.",
            "Gunmen attacked the concert, killing 133 individuals.",
        );
        let st = |w: &str| stem(&normalize(w));
        assert_eq!(s.word(&st("individuals")), "individuals");
        assert_eq!(s.word(&st("concert")), "concert");
        assert_eq!(s.word(&st("attack")), "attack / attacked");
        assert_eq!(s.word("zzz"), "zzz", "an unknown stem stays as it is");
    }

    #[test]
    fn phrases_come_back_word_by_word() {
        let s = surface(
            "The group claimed responsibility on Friday.",
            "Islamic State claims responsibility.",
        );
        let p = format!("{} {}", stem("claimed"), stem("responsibility"));
        assert_eq!(
            s.phrase(&p),
            "claimed responsibility / claims responsibility"
        );
    }
}
