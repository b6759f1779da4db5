//! Which scored candidates become pairs. Order-free: position plays no part.
//!
//! A pair is kept when it scores close to the best pair of each of its two
//! sentences, so a sentence may pair with several when the other article
//! splits the fact. Best pairs first, each sentence gets one primary pair:
//! the one that places it in the rows.

use super::score::Candidate;
use crate::span::Pair;

/// Below this, two sentences do not state the same fact.
pub const MIN_SCORE: f32 = 0.2;
/// A pair must score at least this share of each of its sentences' best pair.
const EXTRA_SHARE: f32 = 0.6;

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
    let mut paired = lens.map(|n| vec![false; n]);
    let mut chosen: Vec<Chosen> = order
        .into_iter()
        .map(|c| {
            let (l, r) = (c.sentences.left, c.sentences.right);
            let primary = !paired.left[l] && !paired.right[r];
            if primary {
                paired.left[l] = true;
                paired.right[r] = true;
            }
            Chosen {
                sentences: c.sentences,
                score: c.score,
                primary,
            }
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
    fn a_split_fact_pairs_twice() {
        // Left 0 states what right 0 and right 1 each state in part.
        let got = choose(&[cand(0, 0, 0.5), cand(0, 1, 0.4)], Pair::new(1, 2));
        assert_eq!(got.len(), 2);
        assert!(got[0].primary && !got[1].primary);
    }
}
