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

/// How much a pair gains when its neighbours pair with its partner's
/// neighbours: at most this share again of its score. A prior, not a rule:
/// it decides between near-equal candidates (a verse repeated through a
/// book, a formula every report repeats) and lets a fact moved paragraphs
/// away pair on its own score.
const NEIGHBOUR_BONUS: f32 = 0.5;
/// How many sentences before and after a sentence count as its neighbours.
const NEIGHBOUR_REACH: usize = 2;
/// How far a neighbour's partner may stray from the diagonal through the
/// pair and still count: one article may split a fact into sentences the
/// other tells in one.
const NEIGHBOUR_SLACK: usize = 2;

/// Primary partners: the best pairs first, each sentence in one.
fn primaries(order: &[(usize, f32)], candidates: &[Candidate], lens: Pair<usize>) -> Partners {
    let mut partner = lens.map(|n| vec![None::<usize>; n]);
    let mut primary = Vec::new();
    for &(k, _) in order {
        let (l, r) = (candidates[k].sentences.left, candidates[k].sentences.right);
        if partner.left[l].is_none() && partner.right[r].is_none() {
            partner.left[l] = Some(r);
            partner.right[r] = Some(l);
            primary.push(k);
        }
    }
    Partners { partner, primary }
}

struct Partners {
    partner: Pair<Vec<Option<usize>>>,
    /// Indexes into the candidates of the pairs chosen as primaries.
    primary: Vec<usize>,
}

/// Of the four sides of a pair (sentences before and after it, on the left
/// and on the right), the share whose neighbours pair close to the pair's
/// diagonal: 1 inside a run of pairs told in the same order, 0 for a pair
/// alone among others.
fn support(s: Pair<usize>, partner: &Pair<Vec<Option<usize>>>) -> f32 {
    let side = |i: usize, j: usize, of: &[Option<usize>]| -> usize {
        let before = (1..=NEIGHBOUR_REACH).any(|d| {
            i.checked_sub(d)
                .and_then(|n| of[n])
                .is_some_and(|p| p <= j && j - p <= d + NEIGHBOUR_SLACK)
        });
        let after = (1..=NEIGHBOUR_REACH).any(|d| {
            of.get(i + d)
                .copied()
                .flatten()
                .is_some_and(|p| p >= j && p - j <= d + NEIGHBOUR_SLACK)
        });
        usize::from(before) + usize::from(after)
    };
    (side(s.left, s.right, &partner.left) + side(s.right, s.left, &partner.right)) as f32 / 4.0
}

/// Candidates worth choosing among, best first by `scores`: above the
/// floor, and close enough to both sentences' best (a pair its neighbours support
/// raises the bar for its sentences' other pairs).
fn ranked(candidates: &[Candidate], scores: &[f32], lens: Pair<usize>) -> Vec<(usize, f32)> {
    let mut best = lens.map(|n| vec![0.0f32; n]);
    for (c, &s) in candidates.iter().zip(scores) {
        let (l, r) = (c.sentences.left, c.sentences.right);
        best.left[l] = best.left[l].max(s);
        best.right[r] = best.right[r].max(s);
    }
    let mut order: Vec<(usize, f32)> = candidates
        .iter()
        .zip(scores)
        .enumerate()
        .filter(|(_, (c, s))| {
            c.score >= MIN_SCORE
                && **s >= EXTRA_SHARE * best.left[c.sentences.left]
                && **s >= EXTRA_SHARE * best.right[c.sentences.right]
        })
        .map(|(k, (_, &s))| (k, s))
        .collect();
    // Deterministic: score, then position, never hash order.
    order.sort_by(|a, b| {
        let (ca, cb) = (&candidates[a.0], &candidates[b.0]);
        b.1.total_cmp(&a.1)
            .then(ca.sentences.left.cmp(&cb.sentences.left))
            .then(ca.sentences.right.cmp(&cb.sentences.right))
    });
    order
}

pub fn choose(candidates: &[Candidate], lens: Pair<usize>) -> Vec<Chosen> {
    // A first choice on the scores alone; then each pair is weighed again
    // with the support of its neighbours in that choice, and the choice
    // made anew. Primaries are chosen over the whole list before any extra
    // pair, so an extra pair is judged against the final primary partners.
    let raw: Vec<f32> = candidates.iter().map(|c| c.score).collect();
    let first = primaries(&ranked(candidates, &raw, lens), candidates, lens);
    let weighed: Vec<f32> = candidates
        .iter()
        .map(|c| c.score * (1.0 + NEIGHBOUR_BONUS * support(c.sentences, &first.partner)))
        .collect();
    let order = ranked(candidates, &weighed, lens);
    let Partners { partner, primary } = primaries(&order, candidates, lens);
    let is_primary: rustc_hash::FxHashSet<usize> = primary.into_iter().collect();
    let near = |a: usize, b: Option<usize>| b.is_some_and(|b| a.abs_diff(b) <= EXTRA_REACH);
    let mut chosen: Vec<Chosen> = order
        .iter()
        .filter_map(|&(k, _)| {
            let c = &candidates[k];
            let (l, r) = (c.sentences.left, c.sentences.right);
            let p = is_primary.contains(&k);
            // The extra pair splits the left sentence's fact over right
            // neighbours, or the right sentence's over left neighbours.
            (p || near(r, partner.left[l]) || near(l, partner.right[r])).then_some(Chosen {
                sentences: c.sentences,
                score: c.score,
                primary: p,
            })
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
        let c = [cand(0, 0, 0.4), cand(0, 1, 0.9), cand(1, 1, 0.6)];
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
    fn neighbours_decide_between_near_equal_candidates() {
        // Left 1 is a formula both texts repeat (right 1 and right 8 score
        // alike, right 8 a little higher); its neighbours pair with right 0
        // and right 2, so it pairs with right 1.
        let c = [
            cand(0, 0, 0.6),
            cand(1, 1, 0.5),
            cand(1, 8, 0.52),
            cand(2, 2, 0.6),
        ];
        let got = choose(&c, Pair::new(3, 9));
        let primary: Vec<(usize, usize)> = got
            .iter()
            .filter(|c| c.primary)
            .map(|c| (c.sentences.left, c.sentences.right))
            .collect();
        assert_eq!(primary, [(0, 0), (1, 1), (2, 2)]);
    }

    #[test]
    fn a_pair_alone_still_pairs() {
        // A fact moved paragraphs away has no neighbours to support it: it
        // pairs on its own score.
        let c = [cand(0, 0, 0.6), cand(1, 1, 0.6), cand(5, 20, 0.3)];
        let got = choose(&c, Pair::new(6, 21));
        assert!(
            got.iter()
                .any(|c| c.sentences == Pair::new(5, 20) && c.primary)
        );
    }

    #[test]
    fn a_split_fact_pairs_twice() {
        // Left 0 states what right 0 and right 1 each state in part.
        let got = choose(&[cand(0, 0, 0.5), cand(0, 1, 0.4)], Pair::new(1, 2));
        assert_eq!(got.len(), 2);
        assert!(got[0].primary && !got[1].primary);
    }
}
