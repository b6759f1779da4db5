//! A fact an article tells twice.
//!
//! Commentary and follow-up stories restate their key facts: "ISIS-K has
//! claimed responsibility" in the second paragraph, "the subsequent claim of
//! responsibility" in the seventh. The other article states the fact once,
//! and one-to-one matching gives that sentence to one of the two; the other
//! is left looking unique, though it states a fact both articles share.
//!
//! After the choice, a sentence left without any pair joins the partner of
//! its best candidate when that candidate states the fact as well as the
//! partner's own pair does ([`RESTATED_SHARE`]). It is an extra pair, not a
//! primary: the rows stay those of the choice. A sentence in the lead of
//! its article that gives the event's toll (or another count of it: the
//! hospitals hit, the passengers aboard) joins the other article's sentence
//! giving that count on that alone (see [`LEAD_SHARE`]), even where it has a pair
//! already that gives no toll ("the number of dead had risen to at least
//! 61, the health ministry said" won "five children were among the dead,
//! the health ministry said" on its words): the two tolls side by side are
//! what a reader compares outlets for. A sentence left alone that tells
//! what one party did ("Islamic State claimed responsibility for the
//! attack online") joins a paired sentence that tells the same party did
//! the same ("the subsequent claim of responsibility by ISIS-K"), however
//! much else the two say: commentary restates the deed in every other
//! paragraph, and each restatement is the fact the other outlet gives. Only articles get this: in
//! a long text told in one order, a sentence left alone is a verse the
//! other translation words apart, and its best candidate elsewhere is a
//! repeated formula (see `matching::settle`).

use super::matching::{Chosen, MIN_SCORE};
use super::score::Candidate;
use crate::span::{Pair, Side};

/// How close to the partner's own pair a restatement must score: a sentence
/// that shares with the partner nearly what the partner's primary does
/// states the same fact; one that shares a word or two of it does not.
pub const RESTATED_SHARE: f32 = 0.8;

/// A restatement joins a sentence that has a pair already, so it must score
/// well above the least score of a pair ([`MIN_SCORE`]): near that floor,
/// two sentences of commentary on one event share its words ("attack",
/// "security") and not a fact. Measured on the seeds, the fire and the
/// ferry sets: such pairs under 0.26 were wrong 13 times in 17; from 0.3 up
/// right 3 times in 4.
pub const RESTATED_FLOOR: f32 = 1.5 * MIN_SCORE;

/// The share of an article, from its start, that news gives its lead facts
/// in: stories are told as an inverted pyramid, the event's toll first. A
/// toll deep in an article is a detail of its own or another event's
/// ("the attack killed five people and left a million homes without
/// power", in a paragraph on the war).
const LEAD_SHARE: f32 = 1.0 / 3.0;

/// Does sentence `i` of an article of `n` stand in its lead?
pub fn in_lead(i: usize, n: usize) -> bool {
    (i as f32) < (n as f32 * LEAD_SHARE).max(1.0)
}

/// The extra pairs of sentences that restate a fact already paired: for
/// each sentence without any pair in `chosen`, its best candidate whose
/// other sentence is paired, if it scores at least [`RESTATED_SHARE`] of
/// that sentence's primary pair; else, and for a paired sentence none of
/// whose pairs `same_count` accepts, where `leads` says both sentences give
/// what their articles lead with, its best candidate that `same_count` says
/// gives a count of the same event; else, for a sentence
/// without any pair, its best candidate whose other sentence is paired and
/// that `same_deed` says tells the same deed. Deterministic and the same
/// both ways round (ties go to the earlier partner).
pub fn restatements(
    candidates: &[Candidate],
    chosen: &[Chosen],
    lens: Pair<usize>,
    same_count: impl Fn(Pair<usize>) -> bool,
    same_deed: impl Fn(Pair<usize>) -> bool,
    leads: impl Fn(Pair<usize>) -> bool,
) -> Vec<Chosen> {
    let mut paired = lens.map(|n| vec![false; n]);
    let mut counted = lens.map(|n| vec![false; n]);
    let mut primary_score = lens.map(|n| vec![0.0f32; n]);
    for c in chosen {
        let s = c.sentences;
        paired.left[s.left] = true;
        paired.right[s.right] = true;
        if same_count(s) {
            counted.left[s.left] = true;
            counted.right[s.right] = true;
        }
        if c.primary {
            primary_score.left[s.left] = c.score;
            primary_score.right[s.right] = c.score;
        }
    }
    let mut out = Vec::new();
    for side in [Side::Left, Side::Right] {
        let other = side.other();
        // Each lone sentence's best candidate, its best candidate that
        // gives a count of the same event, and its best that tells the same
        // deed.
        let n = *lens.get(side);
        let mut best: Vec<Option<&Candidate>> = vec![None; n];
        let mut best_count: Vec<Option<&Candidate>> = vec![None; n];
        let mut best_deed: Vec<Option<&Candidate>> = vec![None; n];
        let partner = |c: &Candidate| *c.sentences.get(other);
        let better = |b: Option<&Candidate>, c: &Candidate| match b {
            None => true,
            Some(b) => c.score > b.score || (c.score == b.score && partner(c) < partner(b)),
        };
        for c in candidates {
            let own = *c.sentences.get(side);
            if counted.get(side)[own] || c.score < MIN_SCORE {
                continue;
            }
            let lone = !paired.get(side)[own];
            let partner_paired = primary_score.get(other)[partner(c)] > 0.0;
            if lone && c.score >= RESTATED_FLOOR && better(best[own], c) {
                best[own] = Some(c);
            }
            if lone && partner_paired && better(best_deed[own], c) && same_deed(c.sentences) {
                best_deed[own] = Some(c);
            }
            if partner_paired
                && leads(c.sentences)
                && better(best_count[own], c)
                && same_count(c.sentences)
            {
                best_count[own] = Some(c);
            }
        }
        for own in 0..n {
            let restated = best[own].filter(|c| {
                let theirs = primary_score.get(other)[partner(c)];
                theirs > 0.0 && c.score >= RESTATED_SHARE * theirs
            });
            // A count of the event is the fact itself: every sentence that
            // gives it joins one of the other article's that does, however
            // much else the two say (see `score::Scorer::same_count`).
            if let Some(c) = restated.or(best_count[own]).or(best_deed[own]) {
                out.push(Chosen {
                    sentences: c.sentences,
                    score: c.score,
                    primary: false,
                });
            }
        }
    }
    // Two sentences that each give the toll may each pick the other.
    out.sort_by_key(|c| (c.sentences.left, c.sentences.right));
    out.dedup_by_key(|c| c.sentences);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::align::score::candidate as cand;

    /// Both sentences stand in their articles' leads, by position alone.
    fn leads(lens: Pair<usize>) -> impl Fn(Pair<usize>) -> bool {
        move |s| in_lead(s.left, lens.left) && in_lead(s.right, lens.right)
    }

    fn restatements_of(cands: &[Candidate], chosen: &[Chosen], lens: Pair<usize>) -> Vec<Chosen> {
        restatements(cands, chosen, lens, |_| false, |_| false, leads(lens))
    }

    /// (left, right, primary) of each pair, in order.
    fn links(got: &[Chosen]) -> Vec<(usize, usize, bool)> {
        got.iter()
            .map(|c| (c.sentences.left, c.sentences.right, c.primary))
            .collect()
    }

    fn chose(l: usize, r: usize, score: f32) -> Chosen {
        Chosen {
            sentences: Pair::new(l, r),
            score,
            primary: true,
        }
    }

    #[test]
    fn a_lone_sentence_joins_the_partner_it_restates() {
        // Left 0 and 2 both state what right 0 states; left 0 won it.
        let cands = [cand(0, 0, 0.5), cand(2, 0, 0.45), cand(2, 1, 0.21)];
        let got = restatements_of(&cands, &[chose(0, 0, 0.5)], Pair::new(3, 2));
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].sentences, Pair::new(2, 0));
        assert!(!got[0].primary);
    }

    #[test]
    fn a_weaker_echo_is_not_a_restatement() {
        // Left 2 shares a little of right 0's fact: under the share.
        let cands = [cand(0, 0, 0.6), cand(2, 0, 0.3)];
        let got = restatements_of(&cands, &[chose(0, 0, 0.6)], Pair::new(3, 1));
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_paired_sentence_gets_no_restatement() {
        // Left 1 has its own pair: it is not left alone.
        let cands = [cand(0, 0, 0.5), cand(1, 0, 0.5), cand(1, 1, 0.3)];
        let chosen = [chose(0, 0, 0.5), chose(1, 1, 0.3)];
        assert!(restatements_of(&cands, &chosen, Pair::new(2, 2)).is_empty());
    }

    #[test]
    fn a_lead_that_gives_the_toll_joins_the_other_toll_however_little_else_it_shares() {
        // Left 0 (the headline) won right 0; left 1 gives the toll too, and
        // shares little else with right 0. Right 0 is said to give the same
        // count as every left sentence.
        let cands = [cand(0, 0, 0.5), cand(1, 0, 0.22), cand(8, 0, 0.22)];
        let got = restatements(
            &cands,
            &[chose(0, 0, 0.5)],
            Pair::new(9, 9),
            |_| true,
            |_| false,
            leads(Pair::new(9, 9)),
        );
        let pairs: Vec<_> = got
            .iter()
            .map(|c| (c.sentences.left, c.sentences.right))
            .collect();
        // Left 8 lies deep in its article: a detail, or another event's toll.
        assert_eq!(pairs, [(1, 0)]);
        // Without the same count, 0.22 is too little.
        assert!(restatements_of(&cands, &[chose(0, 0, 0.5)], Pair::new(9, 9)).is_empty());
    }

    #[test]
    fn a_lead_toll_paired_on_its_words_still_joins_the_other_toll() {
        // Left 1 gives the toll and won right 1 on shared words; right 0 is
        // the other article's toll. Only (1, 0) and (0, 0) give counts.
        let cands = [cand(0, 0, 0.6), cand(1, 1, 0.7), cand(1, 0, 0.25)];
        let chosen = [chose(0, 0, 0.6), chose(1, 1, 0.7)];
        let counts = |s: Pair<usize>| s.right == 0;
        let got = restatements(
            &cands,
            &chosen,
            Pair::new(9, 9),
            counts,
            |_| false,
            leads(Pair::new(9, 9)),
        );
        assert_eq!(links(&got), [(1, 0, false)]);
        // A sentence whose pair gives the toll already gets no other.
        let got = restatements(
            &cands,
            &chosen,
            Pair::new(9, 9),
            |_| true,
            |_| false,
            leads(Pair::new(9, 9)),
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_lone_sentence_that_tells_the_same_deed_joins_however_little_else_it_shares() {
        // Left 3 tells the deed right 0 tells (said so of (3, 0) alone) and
        // shares little else with it; left 4 scores as much with right 1
        // and tells no deed.
        let cands = [
            cand(0, 0, 0.6),
            cand(1, 1, 0.6),
            cand(3, 0, 0.22),
            cand(4, 1, 0.22),
        ];
        let chosen = [chose(0, 0, 0.6), chose(1, 1, 0.6)];
        let deed = |s: Pair<usize>| s == Pair::new(3, 0);
        let got = restatements(
            &cands,
            &chosen,
            Pair::new(5, 2),
            |_| false,
            deed,
            leads(Pair::new(5, 2)),
        );
        assert_eq!(links(&got), [(3, 0, false)]);
    }

    #[test]
    fn the_same_both_ways_round() {
        let cands = [cand(0, 0, 0.5), cand(0, 2, 0.45), cand(1, 2, 0.44)];
        let chosen = [chose(0, 0, 0.5)];
        let got = restatements_of(&cands, &chosen, Pair::new(2, 3));
        let mirrored: Vec<Candidate> = cands
            .iter()
            .map(|c| cand(c.sentences.right, c.sentences.left, c.score))
            .collect();
        let back = restatements_of(&mirrored, &[chose(0, 0, 0.5)], Pair::new(3, 2));
        let mut a: Vec<_> = got
            .iter()
            .map(|c| (c.sentences.left, c.sentences.right))
            .collect();
        let mut b: Vec<_> = back
            .iter()
            .map(|c| (c.sentences.right, c.sentences.left))
            .collect();
        a.sort();
        b.sort();
        assert_eq!(a, b);
        assert_eq!(a, [(0, 2)]);
    }
}
