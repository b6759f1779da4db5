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
//! sentences is paired yet with a sentence that gives that fact; for a
//! toll, when neither is paired yet with a sentence that gives the value
//! the other gives (a lead's four beside the ministry's five and the
//! rights group's eleven), once for each two values. So does a
//! candidate whose sentences tell that one party did one thing (a shared
//! doer and event: see `crate::claim::agents`), scoring a little above the
//! floor: "Despite
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

/// The least score of a pair whose sentences are each its article's only
/// count of one thing, with two values: "the defence ministry says about
/// 600 soldiers are being sent" / "the government declared a disaster
/// zone, and some eight hundred troops were deployed". Where each article
/// counts that thing once, the two counts are one fact, however long the
/// sentences around them.
pub const ONLY_COUNT_FLOOR: f32 = 0.5 * MIN_SCORE;

/// The least score of a pair that gives two values of a count of a thing
/// when neither of its sentences pairs with any other: "The company says
/// it is withdrawing 12 batches made at its factory" / "The agency now
/// says 27 batches must be recalled". Each would be shown as told by one
/// article only, though both tell the thing, with two values.
pub const FREE_COUNT_FLOOR: f32 = 0.5 * MIN_SCORE;

/// The least score of a pair that tells the same deed, when its sentences
/// pair with others: commentary on one event shares its actors and its
/// events in many sentences. Measured on the seeds: match F1 0.618 without
/// such pairs, 0.623 with them from this score up (three more right pairs,
/// no wrong one); the seven coverage sets do not move. (Any shared rare event and name as the deed, not the doer,
/// gave 0.64, and paired two sentences of one file set against itself.)
pub const DEED_FLOOR: f32 = 1.25 * MIN_SCORE;

/// The least score of a pair whose sentences state and deny one rare thing
/// ("police had fired tear gas toward the north stand" / "the police chief
/// denied that tear gas had been used inside the stadium"), when its
/// sentences pair with others: each party's account pairs with the same
/// account in the other outlet, and the two accounts share little but
/// the thing disputed.
pub const DENIAL_FLOOR: f32 = 0.5 * MIN_SCORE;

/// The least score of a pair that sets a name against its other spelling
/// when no pair of the two articles does yet: which spelling is right is
/// a fact the outlets dispute, and one pair is enough to show it, but the
/// sentences that name someone both ways are each paired on what they say
/// of them ("Mayor Ester Lind said the city was in shock" / "the mayor,
/// Ester Lindt, said the city would pay for the funerals").
pub const NAME_ONCE_FLOOR: f32 = COUNT_FLOOR;

/// Two values of a toll, a side each, as (value × 1000, qualifier): one
/// pair of the two articles shows them (see `Scorer::toll_again`).
pub type Values = ((i64, u8), (i64, u8));

/// What kind of fact a pair gives two values of, or tells alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fact {
    /// A count of a thing of the event, two values.
    Count,
    /// A count of a thing that each article gives in one sentence only,
    /// two values (see [`ONLY_COUNT_FLOOR`]).
    OnlyCount,
    /// A count of a thing of the event, two values, in sentences that
    /// pair with nothing else (see [`FREE_COUNT_FLOOR`]).
    FreeCount,
    /// A name spelled two ways.
    Name,
    /// One party did one thing ("claim_responsibility>islamic state").
    Deed,
    /// One sentence says is not so what the other states ("police fired
    /// tear gas" / "denied that tear gas had been used"): a word.
    Denial,
}

impl Fact {
    /// The least score a pair giving this fact joins at.
    pub fn floor(self) -> f32 {
        match self {
            Fact::Count => COUNT_FLOOR,
            Fact::OnlyCount => ONLY_COUNT_FLOOR,
            Fact::FreeCount => FREE_COUNT_FLOOR,
            Fact::Name => MIN_SCORE,
            Fact::Deed => DEED_FLOOR,
            Fact::Denial => DENIAL_FLOOR,
        }
    }

    /// The least floor of any kind.
    const LEAST: f32 = DENIAL_FLOOR;
}

/// The extra pairs that set two values of a fact side by side, or two
/// tellings of a deed, or two accounts: for each candidate, best first,
/// each fact `disputed` says it gives at its score (a feature id and its
/// [`Fact`], whose floor the score must reach), if neither sentence has a
/// pair (in `chosen` or added here) whose other sentence `states` that
/// fact (for a toll, unless `toll_again` gives the pair's two values, so
/// that a lead's four joins the ministry's five and the rights group's
/// eleven, once for each two values), or for an account, sets the other
/// account against it (`opposed`); a count in sentences that pair with
/// nothing else ([`Fact::FreeCount`]) only if neither has a pair at all;
/// never a pair that `apart` says shows only figures that are more often
/// two counts than one (see [`super::verdict::other_counts_only`]), asked
/// only of a pair that would join, before it counts as telling anything.
/// `lens` holds the two articles' numbers of sentences.
/// Deterministic and the same both ways round (ties go to the pair
/// nearest the start of the articles).
// Each judgement is a closure of its own, so that the tests can give each
// case's answers without a scorer.
#[allow(clippy::too_many_arguments)]
pub fn disputes(
    candidates: &[Candidate],
    chosen: &[Chosen],
    lens: Pair<usize>,
    disputed: impl Fn(Pair<usize>, f32) -> Vec<(u32, Fact)>,
    states: impl Fn(Side, usize, u32) -> bool,
    opposed: impl Fn(Pair<usize>, u32) -> bool,
    toll_again: impl Fn(Pair<usize>, Pair<&[usize]>, u32) -> Option<Values>,
    apart: impl Fn(Pair<usize>) -> bool,
) -> Vec<Chosen> {
    // Best first. Scores are compared at [`SCORE_GRAIN`]: a score sums its
    // features in the order the index numbered them, which differs by a
    // last bit with the sides swapped. Ties go to the pair nearest the
    // start of the articles, the same both ways round. Each key is made
    // once: a long article has a million candidates.
    let grain = |c: &Candidate| (c.score / SCORE_GRAIN).round() as i64;
    let mut keyed: Vec<(JoinOrder, &Candidate)> = candidates
        .iter()
        .filter(|c| c.score >= Fact::LEAST)
        .map(|c| ((-grain(c), even(c), key(c)), c))
        .collect();
    keyed.sort_unstable_by_key(|(k, _)| *k);
    let order = keyed.into_iter().map(|(_, c)| c);
    // Each sentence's partners, on each side.
    let mut partners: Pair<Vec<Vec<usize>>> = lens.map(|n| vec![Vec::new(); n]);
    for c in chosen {
        partners.left[c.sentences.left].push(c.sentences.right);
        partners.right[c.sentences.right].push(c.sentences.left);
    }
    // The two values of a toll each pair joined again for shows (see
    // [`Values`]).
    let mut shown_again = std::collections::HashSet::new();
    // The names a pair sets against their other spellings.
    let mut names_shown: std::collections::HashSet<u32> = chosen
        .iter()
        .flat_map(|c| disputed(c.sentences, c.score.max(Fact::Name.floor())))
        .filter(|(_, fact)| *fact == Fact::Name)
        .map(|(id, _)| id)
        .collect();
    let mut out = Vec::new();
    for c in order {
        let s = c.sentences;
        if partners.left[s.left].contains(&s.right) {
            continue;
        }
        // Has each sentence a partner that gives this fact already? Two
        // values of a count or a name join where either has none (one
        // pair is enough to see the two values); a deed where one has
        // none (each telling of it wants a partner telling it too).
        let told = |id: u32, fact: Fact| {
            // A denial is told where a sentence's partner already sets the
            // other account against it: a partner telling the same account
            // shows no dispute.
            if fact == Fact::Denial {
                return partners.left[s.left]
                    .iter()
                    .any(|&r| opposed(Pair::new(s.left, r), id))
                    || partners.right[s.right]
                        .iter()
                        .any(|&l| opposed(Pair::new(l, s.right), id));
            }
            // A count in sentences that pair with nothing else is told
            // where either pairs with anything.
            if fact == Fact::FreeCount {
                return !partners.left[s.left].is_empty() || !partners.right[s.right].is_empty();
            }
            let left = partners.left[s.left]
                .iter()
                .any(|&r| states(Side::Right, r, id));
            let right = partners.right[s.right]
                .iter()
                .any(|&l| states(Side::Left, l, id));
            if fact == Fact::Deed {
                left && right
            } else {
                left || right
            }
        };
        // A toll told already joins again with two values no pair shows.
        let mut again = None;
        let facts = disputed(s, c.score);
        let joins = facts.iter().any(|&(id, fact)| {
            if fact == Fact::Name && c.score >= NAME_ONCE_FLOOR && !names_shown.contains(&id) {
                return true;
            }
            if c.score < fact.floor() {
                return false;
            }
            if !told(id, fact) {
                return true;
            }
            let of_pair = Pair::new(
                partners.left[s.left].as_slice(),
                partners.right[s.right].as_slice(),
            );
            let fresh = (fact == Fact::Count)
                .then(|| toll_again(s, of_pair, id))
                .flatten()
                .filter(|&values| !shown_again.contains(&(id, values)));
            again = again.or(fresh.map(|values| (id, values)));
            fresh.is_some()
        });
        if joins && !apart(s) {
            shown_again.extend(again);
            let named = facts.iter().filter(|(_, fact)| *fact == Fact::Name);
            names_shown.extend(named.map(|(id, _)| *id));
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

/// A pair's place that does not depend on which article is left: the
/// nearer of its two sentences to the start, then the farther. Near pairs
/// stay together, as a sentence's candidates do in `key` order.
fn even(c: &Candidate) -> (usize, usize) {
    let (l, r) = (c.sentences.left, c.sentences.right);
    (l.min(r), l.max(r))
}

/// Where a candidate stands in the order pairs join: its score's grain
/// (negated, best first), [`even`], [`key`].
type JoinOrder = (i64, (usize, usize), (usize, usize));

/// Scores closer than this are equal for the order in which pairs join.
const SCORE_GRAIN: f32 = 1e-4;

#[cfg(test)]
mod tests {
    use super::*;

    use crate::align::score::candidate as cand;

    fn chose(l: usize, r: usize) -> Chosen {
        Chosen {
            sentences: Pair::new(l, r),
            score: 0.5,
            primary: true,
        }
    }

    /// The sentences of the two articles of the cases.
    const LENS: Pair<usize> = Pair { left: 1, right: 3 };

    /// Fact 7 is in left 0, right 1 and right 2; left 0 pairs with right 0.
    fn states(side: Side, i: usize, id: u32) -> bool {
        id == 7 && (side == Side::Left && i == 0 || side == Side::Right && i >= 1)
    }

    /// No toll joins again.
    fn never_again(_: Pair<usize>, _: Pair<&[usize]>, _: u32) -> Option<Values> {
        None
    }

    /// No pair shows only figures far apart.
    fn near(_: Pair<usize>) -> bool {
        false
    }

    /// No pair sets a statement against its denial.
    fn unopposed(_: Pair<usize>, _: u32) -> bool {
        false
    }

    /// The disputes of the cases where nothing is opposed and no toll
    /// joins again.
    fn run(
        candidates: &[Candidate],
        chosen: &[Chosen],
        disputed: impl Fn(Pair<usize>, f32) -> Vec<(u32, Fact)>,
    ) -> Vec<Chosen> {
        disputes(
            candidates,
            chosen,
            LENS,
            disputed,
            states,
            unopposed,
            never_again,
            near,
        )
    }

    /// Left 0 and right 1 or 2 give fact 7, of the kind `fact`.
    fn of_kind(fact: Fact) -> impl Fn(Pair<usize>, f32) -> Vec<(u32, Fact)> {
        move |s: Pair<usize>, _| {
            if s.left == 0 && s.right >= 1 {
                vec![(7, fact)]
            } else {
                vec![]
            }
        }
    }

    #[test]
    fn a_fact_paired_nowhere_joins_its_other_value() {
        let cands = [cand(0, 0, 0.5), cand(0, 1, 0.3), cand(0, 2, 0.25)];
        let got = run(&cands, &[chose(0, 0)], of_kind(Fact::Name));
        // The best such pair joins; after it the fact is told beside left 0.
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].sentences, Pair::new(0, 1));
        assert!(!got[0].primary);
    }

    #[test]
    fn a_pair_too_far_apart_joins_not_and_tells_nothing() {
        // Left 0 with right 1 is the best pair for fact 7, but shows only
        // figures too far apart: it stays out, and the fact is not told by
        // it, so right 2 joins.
        let cands = [cand(0, 1, 0.4), cand(0, 2, 0.3)];
        let apart = |s: Pair<usize>| s == Pair::new(0, 1);
        let got = disputes(
            &cands,
            &[chose(0, 0)],
            LENS,
            of_kind(Fact::Count),
            states,
            unopposed,
            never_again,
            apart,
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].sentences, Pair::new(0, 2));
    }

    #[test]
    fn no_pair_joins_where_the_fact_is_paired_or_the_score_is_low() {
        let name = of_kind(Fact::Name);
        // Left 0's partner, right 1, gives fact 7 already.
        let got = run(&[cand(0, 2, 0.4)], &[chose(0, 1)], &name);
        assert!(got.is_empty(), "{got:?}");
        let got = run(&[cand(0, 2, MIN_SCORE / 2.0)], &[], &name);
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn each_kind_of_fact_joins_from_its_own_floor() {
        for fact in [Fact::Count, Fact::Name, Fact::Deed, Fact::Denial] {
            let at = |score: f32| run(&[cand(0, 2, score)], &[], of_kind(fact)).len();
            // A name no pair sets against its other spelling yet joins
            // from a floor of its own.
            let floor = if fact == Fact::Name {
                NAME_ONCE_FLOOR
            } else {
                fact.floor()
            };
            assert_eq!(at(floor), 1, "{fact:?}");
            assert_eq!(at(floor - 0.01), 0, "{fact:?}");
        }
        assert!(NAME_ONCE_FLOOR < Fact::Name.floor());
        assert!(Fact::Denial.floor() < Fact::Count.floor());
        assert!(Fact::Count.floor() < Fact::Name.floor());
        assert!(Fact::Name.floor() < Fact::Deed.floor());
    }

    #[test]
    fn a_count_in_sentences_paired_nowhere_joins_from_the_free_floor() {
        let free = of_kind(Fact::FreeCount);
        // Neither left 0 nor right 2 pairs with anything: shown together.
        let got = run(&[cand(0, 2, FREE_COUNT_FLOOR)], &[], &free);
        assert_eq!(got.len(), 1, "{got:?}");
        let got = run(&[cand(0, 2, FREE_COUNT_FLOOR - 0.01)], &[], &free);
        assert!(got.is_empty(), "{got:?}");
        // Left 0 pairs with right 0, which does not give the count: left 0
        // is shown beside something already, and the pair does not join.
        let got = run(&[cand(0, 2, FREE_COUNT_FLOOR)], &[chose(0, 0)], &free);
        assert!(got.is_empty(), "{got:?}");
        assert!(FREE_COUNT_FLOOR < Fact::Count.floor());
    }

    #[test]
    fn a_name_shown_by_a_pair_joins_no_more_below_the_name_floor() {
        // Left 0 pairs with right 1, which spells the name the other way.
        let name = of_kind(Fact::Name);
        let between = (NAME_ONCE_FLOOR + Fact::Name.floor()) / 2.0;
        let got = run(&[cand(0, 2, between)], &[chose(0, 1)], &name);
        assert!(got.is_empty(), "{got:?}");
        // Shown by no pair, it joins at that score.
        let got = run(&[cand(0, 2, between)], &[chose(0, 0)], &name);
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn a_denial_joins_the_account_it_denies_once() {
        // Left 0 states what right 1 and right 2 deny; left 0 pairs with
        // right 0, which tells the same account.
        let denial = of_kind(Fact::Denial);
        let opposed = |s: Pair<usize>, id: u32| id == 7 && s.left == 0 && s.right >= 1;
        let cands = [cand(0, 1, 0.15), cand(0, 2, 0.12)];
        let got = disputes(
            &cands,
            &[chose(0, 0)],
            LENS,
            &denial,
            states,
            opposed,
            never_again,
            near,
        );
        // The best denial joins; the second is told by then.
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].sentences, Pair::new(0, 1));
        // Where left 0's partner denies it already, none joins.
        let got = disputes(
            &cands,
            &[chose(0, 2)],
            LENS,
            &denial,
            states,
            opposed,
            never_again,
            near,
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_count_joins_each_value_it_has_not_been_set_against() {
        // Left 0 gives a toll of 3; right 1 and right 3 give 5, right 2
        // gives 11. Left 0 pairs with right 1.
        let lens = Pair::new(1, 4);
        let count = |s: Pair<usize>, _| {
            if s.right >= 1 {
                vec![(7, Fact::Count)]
            } else {
                vec![]
            }
        };
        let states = |side: Side, i: usize, id: u32| id == 7 && (side == Side::Left || i >= 1);
        let value = |i: usize| if i == 2 { 11 } else { 5 };
        // Told where a partner of left 0 gives the value the pair's right
        // sentence gives; else told again, with the pair's two values.
        let shown = |s: Pair<usize>, partners: Pair<&[usize]>, _| {
            (!partners.left.iter().any(|&k| value(k) == value(s.right)))
                .then_some(((3000, 0), (value(s.right) * 1000, 0)))
        };
        let cands = [cand(0, 2, 0.3), cand(0, 3, 0.25)];
        let got = disputes(
            &cands,
            &[chose(0, 1)],
            lens,
            count,
            states,
            unopposed,
            shown,
            near,
        );
        // Eleven joins; the second five is shown beside left 0 already.
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].sentences, Pair::new(0, 2));
        // Where another left sentence gives 3 too, the two values join once.
        let lens = Pair::new(2, 4);
        let cands = [cand(0, 2, 0.3), cand(1, 2, 0.25)];
        let twice =
            |s: Pair<usize>, _: Pair<&[usize]>, _| Some(((3000, 0), (value(s.right) * 1000, 0)));
        let got = disputes(
            &cands,
            &[chose(0, 1), chose(1, 3)],
            lens,
            count,
            states,
            unopposed,
            twice,
            near,
        );
        assert_eq!(got.len(), 1, "{got:?}");
    }
}
