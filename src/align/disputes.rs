//! Two values of one fact, or one party's deed, told in sentences that
//! pair with others.
//!
//! A wire story's "It took off at 1642 GMT and came down about four
//! minutes later, 9 km north of the airport" states three facts; the other
//! outlet tells them in three sentences ("shortly after 6:40 p.m.", "three
//! minutes and 38 seconds after leaving the runway", "about 7 km north").
//! One-to-one matching gives the long sentence one of them, and each of the
//! others pairs elsewhere, so the figures the outlets give differently are
//! never set side by side, though that is what a reader compares outlets
//! for. After the choice, a candidate pair that gives two values of a fact
//! (see `score::Scorer::disputed`) joins as an extra pair when neither of its
//! sentences is paired yet with a sentence that gives that fact. So does a
//! candidate that tells one party did one thing (see
//! `score::Scorer::same_deed`), scoring a little above the floor: "Despite
//! the Islamic State group claiming responsibility for the March 22
//! killings, Putin has persistently attempted to link the incident to
//! Ukraine" pairs on its second fact, and "ISIS has claimed responsibility
//! for a deadly attack" tells its first. Only articles get this, as they
//! get restatements (see `super::restate`).

use super::matching::{Chosen, MIN_SCORE};
use super::score::Candidate;
use crate::span::{Pair, Side};

/// The least score of a pair that gives two values of a count of a thing
/// of the event ("at least 30 people were killed" / "the toll rose to 61";
/// "about 80 firefighters" / "more than 100 firefighters"): the count is
/// the fact itself, however little else the two sentences share. A name
/// spelled two ways needs the score of any pair: a ship's or a town's name
/// is in sentences about everything. Measured on the coverage sets,
/// divergences found at [`MIN_SCORE`] for all / at this for counts: fire
/// 0.75 / 0.82, ferry 0.71 / 0.73, the other five the same; names at this
/// score paired sentences that share no fact.
pub const COUNT_FLOOR: f32 = 0.75 * MIN_SCORE;

/// The least score of a pair that tells the same deed, when its sentences
/// pair with others: commentary on one event shares its actors and its
/// events in many sentences. Measured on the seeds: match F1 0.62 without
/// such pairs, 0.64 from this score up, 0.62 from 0.3 up; the seven coverage
/// sets move by at most 0.01 (one wrong pair on the air crash set, two
/// right on the ransomware set).
pub const DEED_FLOOR: f32 = 1.25 * MIN_SCORE;

/// The extra pairs that set two values of a fact side by side: for each
/// candidate, best first, each fact `disputed` says it gives two values of
/// (with whether it is a count: see [`COUNT_FLOOR`]), if
/// neither sentence has a pair (in `chosen` or added here) whose other
/// sentence `states` that fact; and each candidate from [`DEED_FLOOR`] up
/// that `deed` says tells the same deed, one such pair a sentence.
/// Deterministic and the same both ways round (ties go to the earlier
/// pair).
pub fn disputes(
    candidates: &[Candidate],
    chosen: &[Chosen],
    deed: impl Fn(Pair<usize>) -> bool,
    disputed: impl Fn(Pair<usize>) -> Vec<(u32, bool)>,
    states: impl Fn(Side, usize, u32) -> bool,
) -> Vec<Chosen> {
    let mut order: Vec<&Candidate> = candidates
        .iter()
        .filter(|c| c.score >= COUNT_FLOOR)
        .collect();
    order.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| key(a).cmp(&key(b)))
    });
    // Each sentence's partners, on each side.
    let (n_left, n_right) = candidates
        .iter()
        .map(|c| c.sentences)
        .chain(chosen.iter().map(|c| c.sentences))
        .fold((0, 0), |(l, r), s| (l.max(s.left + 1), r.max(s.right + 1)));
    let mut partners: Pair<Vec<Vec<usize>>> =
        Pair::new(vec![Vec::new(); n_left], vec![Vec::new(); n_right]);
    for c in chosen {
        partners.left[c.sentences.left].push(c.sentences.right);
        partners.right[c.sentences.right].push(c.sentences.left);
    }
    // Sentences given a pair for a deed here: one each, so that a text of
    // many sentences about one party's doings does not pair them all.
    let mut deeded: Pair<Vec<bool>> = Pair::new(vec![false; n_left], vec![false; n_right]);
    let mut out = Vec::new();
    for c in order {
        let s = c.sentences;
        if partners.left[s.left].contains(&s.right) {
            continue;
        }
        // Has a sentence a partner that gives this fact already?
        let told = |id: u32| {
            partners.left[s.left]
                .iter()
                .any(|&r| states(Side::Right, r, id))
                || partners.right[s.right]
                    .iter()
                    .any(|&l| states(Side::Left, l, id))
        };
        let floor = |count: bool| if count { COUNT_FLOOR } else { MIN_SCORE };
        let disputes = || {
            disputed(s)
                .into_iter()
                .any(|(id, count)| c.score >= floor(count) && !told(id))
        };
        let fresh = !deeded.left[s.left] && !deeded.right[s.right];
        let deed_pair = fresh && c.score >= DEED_FLOOR && deed(s);
        if deed_pair || disputes() {
            if deed_pair {
                deeded.left[s.left] = true;
                deeded.right[s.right] = true;
            }
            partners.left[s.left].push(s.right);
            partners.right[s.right].push(s.left);
            out.push(Chosen {
                sentences: s,
                score: c.score,
                primary: false,
            });
        }
    }
    out
}

fn key(c: &Candidate) -> (usize, usize) {
    (c.sentences.left, c.sentences.right)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cand(l: usize, r: usize, score: f32) -> Candidate {
        Candidate {
            sentences: Pair::new(l, r),
            score,
            anchored: false,
        }
    }

    fn chose(l: usize, r: usize) -> Chosen {
        Chosen {
            sentences: Pair::new(l, r),
            score: 0.5,
            primary: true,
        }
    }

    fn no_deed(_: Pair<usize>) -> bool {
        false
    }

    /// Fact 7 is in left 0, right 1 and right 2; left 0 pairs with right 0.
    fn states(side: Side, i: usize, id: u32) -> bool {
        id == 7 && (side == Side::Left && i == 0 || side == Side::Right && i >= 1)
    }

    #[test]
    fn a_fact_paired_nowhere_joins_its_other_value() {
        let cands = [cand(0, 0, 0.5), cand(0, 1, 0.3), cand(0, 2, 0.25)];
        let disputed = |s: Pair<usize>| {
            if s.left == 0 && s.right >= 1 {
                vec![(7, false)]
            } else {
                vec![]
            }
        };
        let got = disputes(&cands, &[chose(0, 0)], no_deed, disputed, states);
        // The best such pair joins; after it the fact is told beside left 0.
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].sentences, Pair::new(0, 1));
        assert!(!got[0].primary);
    }

    #[test]
    fn no_pair_joins_where_the_fact_is_paired_or_the_score_is_low() {
        let disputed = |_: Pair<usize>| vec![(7, false)];
        // Left 0's partner, right 1, gives fact 7 already.
        let got = disputes(
            &[cand(0, 2, 0.4)],
            &[chose(0, 1)],
            no_deed,
            disputed,
            states,
        );
        assert!(got.is_empty(), "{got:?}");
        let got = disputes(
            &[cand(0, 2, MIN_SCORE / 2.0)],
            &[],
            no_deed,
            disputed,
            states,
        );
        assert!(got.is_empty(), "{got:?}");
        // A count joins on less than a name.
        let between = (COUNT_FLOOR + MIN_SCORE) / 2.0;
        let got = disputes(&[cand(0, 2, between)], &[], no_deed, disputed, states);
        assert!(got.is_empty(), "{got:?}");
        let toll = |_: Pair<usize>| vec![(7, true)];
        let got = disputes(&[cand(0, 2, between)], &[], no_deed, toll, states);
        assert_eq!(got.len(), 1);
    }

    #[test]
    fn a_deed_joins_from_its_floor_whatever_else_is_paired() {
        let nothing = |_: Pair<usize>| vec![];
        let deed = |s: Pair<usize>| s == Pair::new(0, 1);
        let cands = [cand(0, 0, 0.5), cand(0, 1, DEED_FLOOR)];
        let got = disputes(&cands, &[chose(0, 0)], deed, nothing, states);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].sentences, Pair::new(0, 1));
        let low = [cand(0, 1, (DEED_FLOOR + MIN_SCORE) / 2.0)];
        assert!(disputes(&low, &[chose(0, 0)], deed, nothing, states).is_empty());
    }
}
