//! Names two sources spell differently: "Kessling Freight" and "Kesling
//! Freight", "Santa Brisa" and "Santa Briza", "Hilario Banse" and "Ilario
//! Banse".
//!
//! Outlets misspell and transliterate names all the time, and the sentence
//! that names the person or the firm is exactly the one a reader wants
//! beside its counterpart: the verdict then shows the two spellings (see
//! `verdict::names`). As features the two spellings are two names and share
//! nothing, so the scorer asks this table which names of one source are
//! another spelling of a name of the other.
//!
//! Two names are compared only when some word of each lies within one
//! deletion of a word of the other, as written or as it sounds (the words'
//! one-letter-deleted forms meet), so the work grows with the names of the
//! two sources, not with their product; [`spelled_differently`] then
//! decides.

use std::hash::Hasher;

use rustc_hash::{FxHashMap as HashMap, FxHasher};

use super::index::Index;
use crate::claim::names::{SPELLING_MIN_LEN, skeleton, spelled_differently};
use crate::span::Pair;

/// A deleted-letter form shared by more names than this says nothing: it
/// is a common word's, and comparing every pair would cost more than it
/// finds.
const BLOCK_CAP: usize = 64;

/// For each name of the left source, the names of the right source that
/// spell it differently.
#[derive(Debug, Default)]
pub struct Spellings {
    of_left: HashMap<u32, Box<[u32]>>,
    /// One bit per feature id: set for the left names in `of_left`. Scoring
    /// asks about every feature of every pair it scores; a bit answers
    /// most of them without a hash.
    has_left: Box<[u64]>,
}

impl Spellings {
    /// The names of `sources` (left, right) spelled two ways.
    pub fn new(index: &Index, sources: Pair<usize>) -> Spellings {
        if sources.left == sources.right {
            return Spellings::default();
        }
        let names = sources.map(|s| index.names(s).collect::<Vec<_>>());
        // Forms of the side with fewer names go in a table; the other
        // side's names look theirs up. On a tie the lower source number
        // decides, so that a comparison and its mirror build one table.
        let small_is_left = (names.left.len(), sources.left) < (names.right.len(), sources.right);
        let (small, large) = if small_is_left {
            (&names.left, &names.right)
        } else {
            (&names.right, &names.left)
        };
        // Deleted-letter form → (name's position in `small`, the word's hash).
        let mut table: HashMap<u64, Vec<(u32, u64)>> = HashMap::default();
        for (k, (_, name)) in small.iter().enumerate() {
            for (word, form) in forms(name) {
                table.entry(form).or_default().push((k as u32, word));
            }
        }
        let mut found: Vec<(u32, u32)> = Vec::new();
        let mut seen: Vec<u32> = Vec::new();
        for &(id, name) in large.iter() {
            seen.clear();
            for (word, form) in forms(name) {
                let Some(hits) = table.get(&form) else {
                    continue;
                };
                if hits.len() > BLOCK_CAP {
                    continue;
                }
                // The same word on both sides is no misspelling of it.
                seen.extend(hits.iter().filter(|h| h.1 != word).map(|h| h.0));
            }
            seen.sort_unstable();
            seen.dedup();
            for &k in &seen {
                let (other, other_name) = small[k as usize];
                if spelled_differently(name, other_name) {
                    found.push(if small_is_left {
                        (other, id)
                    } else {
                        (id, other)
                    });
                }
            }
        }
        // Two names that both sources write are two names ("Dalfir" and
        // "Dalmir", each in both): a misspelling is one source's way of
        // writing what the other writes otherwise. Each side's names come in
        // id order.
        let writes =
            |side: &[(u32, &str)], id: u32| side.binary_search_by_key(&id, |n| n.0).is_ok();
        found.retain(|&(l, r)| !writes(&names.right, l) || !writes(&names.left, r));
        found.sort_unstable();
        let mut of_left: HashMap<u32, Box<[u32]>> = HashMap::default();
        let words = found.last().map_or(0, |p| p.0 as usize / 64 + 1);
        let mut has_left = vec![0u64; words];
        for chunk in found.chunk_by(|a, b| a.0 == b.0) {
            let id = chunk[0].0;
            has_left[id as usize / 64] |= 1 << (id % 64);
            of_left.insert(id, chunk.iter().map(|p| p.1).collect());
        }
        Spellings {
            of_left,
            has_left: has_left.into(),
        }
    }

    /// The right source's names that spell left name `id` differently.
    pub fn of(&self, id: u32) -> &[u32] {
        let bit = self
            .has_left
            .get(id as usize / 64)
            .is_some_and(|w| w & (1 << (id % 64)) != 0);
        if !bit {
            return &[];
        }
        self.of_left.get(&id).map_or(&[], |v| v)
    }
}

/// (the word's hash, a form's hash) for each word of a name long enough to
/// be misspelt: the word and its [`skeleton`], each whole and with each
/// letter left out. A one-letter change, addition, removal or swap, in the
/// letters or in the sound, leaves two words with a form in common.
fn forms(name: &str) -> impl Iterator<Item = (u64, u64)> + '_ {
    name.split(' ')
        .filter(|w| w.chars().count() >= SPELLING_MIN_LEN)
        .flat_map(|w| {
            let letters: Vec<char> = w.chars().collect();
            let word = hash(&letters, None);
            let sound = skeleton(&letters);
            [letters, sound].into_iter().flat_map(move |l| {
                (0..=l.len()).map(move |skip| (word, hash(&l, (skip < l.len()).then_some(skip))))
            })
        })
}

fn hash(word: &[char], skip: Option<usize>) -> u64 {
    let mut h = FxHasher::default();
    for (k, &c) in word.iter().enumerate() {
        if Some(k) != skip {
            h.write_u32(c as u32);
        }
    }
    // The whole word and its shortened forms never meet by length alone.
    h.write_u8(skip.is_some() as u8);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;
    use crate::document::Document;

    fn corpus(left: &str, right: &str) -> Corpus {
        Corpus::new(vec![
            Document::from_text("left.txt", left),
            Document::from_text("right.txt", right),
        ])
    }

    fn spelled(c: &Corpus, sources: Pair<usize>) -> Vec<(String, String)> {
        let s = Spellings::new(&c.index, sources);
        let name = |id: u32| match c.index.feature(id) {
            Some(crate::align::index::Feature::Name(n)) => n.clone(),
            other => panic!("not a name: {other:?}"),
        };
        let mut out: Vec<(String, String)> = c
            .index
            .names(sources.left)
            .flat_map(|(id, _)| s.of(id).iter().map(move |&r| (id, r)))
            .map(|(l, r)| (name(l), name(r)))
            .collect();
        out.sort();
        out
    }

    #[test]
    fn names_spelled_two_ways_are_found_both_ways_round() {
        let c = corpus(
            "Mayor Ellen Pryce visited the site. The ferry Santa Brisa sank off Cape Dunas. \
             One suspect, Dalerdzhon Mirzoyev, was detained.",
            "Mayor Ellen Price spoke on Monday. The Santa Briza left Port Ilsa at noon. \
             Police named the suspect as Dalerjon Mirzoev.",
        );
        let got = spelled(&c, Pair::new(0, 1));
        let names: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert!(names.contains(&("ellen pryce", "ellen price")), "{names:?}");
        assert!(names.contains(&("santa brisa", "santa briza")), "{names:?}");
        assert!(
            names.contains(&("dalerdzhon mirzoyev", "dalerjon mirzoev")),
            "{names:?}"
        );
        // Cape Dunas and Port Ilsa are different places.
        assert!(names.iter().all(|(a, _)| !a.contains("dunas")), "{names:?}");
        let back = spelled(&c, Pair::new(1, 0));
        let mut swapped: Vec<(String, String)> = back.into_iter().map(|(a, b)| (b, a)).collect();
        swapped.sort();
        assert_eq!(got, swapped);
    }

    #[test]
    fn two_names_both_sources_write_are_two_names() {
        let c = corpus(
            "Anna Kessler and Anna Kessner were hurt. Mayor Ellen Pryce spoke.",
            "Anna Kessner and Anna Kessler were named. Mayor Ellen Price spoke.",
        );
        let got = spelled(&c, Pair::new(0, 1));
        assert!(got.iter().all(|(a, _)| !a.contains("kess")), "{got:?}");
        assert!(
            got.contains(&("ellen pryce".to_string(), "ellen price".to_string())),
            "{got:?}"
        );
    }

    #[test]
    fn one_spelling_on_both_sides_is_no_pair() {
        let c = corpus(
            "Officials in Dunmore Flats met on Friday.",
            "Dunmore Flats officials spoke on Sunday.",
        );
        assert!(spelled(&c, Pair::new(0, 1)).is_empty());
    }
}
