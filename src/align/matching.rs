//! Which scored candidates become pairs. Order-free: position plays no part.
//!
//! Best pairs first, each sentence gets one primary pair: the one that places
//! it in the rows. A sentence pairs with a second partner only where the
//! other article splits the fact, the way sentence aligners admit a 1–2
//! link: the extra pair scores close to the sentence's best, and its partner
//! stands next to the primary partner in its article (a fact split in two is
//! told in neighbouring sentences; a sentence that merely shares a few rare
//! words with one far away is not its other half).

use super::score::Candidate;
use crate::span::Pair;

/// Below this, two sentences do not state the same fact.
pub const MIN_SCORE: f32 = 0.2;
/// An extra pair must score at least this share of each of its sentences'
/// best pair.
const EXTRA_SHARE: f32 = 0.6;
/// How many sentences away from the primary partner an extra partner may
/// stand: the two halves of a split fact are told within a paragraph.
const EXTRA_REACH: usize = 5;

#[derive(Debug, Clone, PartialEq)]
pub struct Chosen {
    pub sentences: Pair<usize>,
    pub score: f32,
    pub primary: bool,
}

pub fn choose(candidates: &[Candidate], lens: Pair<usize>) -> Vec<Chosen> {
    // Each sentence's best score: a pair must come close to both.
    let mut best = lens.map(|n| vec![0.0f32; n]);
    for c in candidates {
        let (l, r) = (c.sentences.left, c.sentences.right);
        best.left[l] = best.left[l].max(c.score);
        best.right[r] = best.right[r].max(c.score);
    }
    let mut order: Vec<&Candidate> = candidates
        .iter()
        .filter(|c| {
            c.score >= MIN_SCORE
                && c.score >= EXTRA_SHARE * best.left[c.sentences.left]
                && c.score >= EXTRA_SHARE * best.right[c.sentences.right]
        })
        .collect();
    // Deterministic: score, then position, never hash order.
    order.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(a.sentences.left.cmp(&b.sentences.left))
            .then(a.sentences.right.cmp(&b.sentences.right))
    });
    // Primaries first, over the whole list: an extra pair is judged against
    // the final primary partners, not against whichever came first.
    let mut partner = lens.map(|n| vec![None::<usize>; n]);
    let mut primary = vec![false; order.len()];
    for (k, c) in order.iter().enumerate() {
        let (l, r) = (c.sentences.left, c.sentences.right);
        if partner.left[l].is_none() && partner.right[r].is_none() {
            partner.left[l] = Some(r);
            partner.right[r] = Some(l);
            primary[k] = true;
        }
    }
    let near = |a: usize, b: Option<usize>| b.is_some_and(|b| a.abs_diff(b) <= EXTRA_REACH);
    let mut chosen: Vec<Chosen> = order
        .iter()
        .zip(&primary)
        .filter(|&(c, &p)| {
            let (l, r) = (c.sentences.left, c.sentences.right);
            // The extra pair splits the left sentence's fact over right
            // neighbours, or the right sentence's over left neighbours.
            p || near(r, partner.left[l]) || near(l, partner.right[r])
        })
        .map(|(c, &p)| Chosen {
            sentences: c.sentences,
            score: c.score,
            primary: p,
        })
        .collect();
    chosen.sort_by_key(|c| (c.sentences.left, c.sentences.right));
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cand(l: usize, r: usize, score: f32) -> Candidate {
        Candidate {
            sentences: Pair::new(l, r),
            score,
        }
    }

    #[test]
    fn best_first_one_primary_each() {
        let c = [cand(0, 0, 0.5), cand(0, 1, 0.9), cand(1, 1, 0.6)];
        let got: Vec<(usize, usize, bool)> = choose(&c, Pair::new(2, 2))
            .iter()
            .map(|c| (c.sentences.left, c.sentences.right, c.primary))
            .collect();
        // 0–1 wins; 1–1 comes close to right 1's best (0.6 ≥ 0.6 × 0.9) and
        // stays as an extra pair; 0–0 is too weak beside 0–1.
        assert_eq!(got, [(0, 1, true), (1, 1, false)]);
    }

    #[test]
    fn weak_pairs_are_dropped() {
        assert!(choose(&[cand(0, 0, MIN_SCORE / 2.0)], Pair::new(1, 1)).is_empty());
    }

    #[test]
    fn a_far_extra_pair_is_dropped() {
        // Left 0 pairs with right 0; right 9 shares some of it but stands
        // far away: not the other half of a split fact.
        let got = choose(&[cand(0, 0, 0.5), cand(0, 9, 0.45)], Pair::new(1, 10));
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].sentences, Pair::new(0, 0));
    }

    #[test]
    fn a_split_fact_pairs_twice() {
        // Left 0 states what right 0 and right 1 each state in part.
        let got = choose(&[cand(0, 0, 0.5), cand(0, 1, 0.4)], Pair::new(1, 2));
        assert_eq!(got.len(), 2);
        assert!(got[0].primary && !got[1].primary);
    }
}
