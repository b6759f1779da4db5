//! Which scored candidates become pairs.
//!
//! Best pairs first, each sentence gets one primary pair: the one that places
//! it in the rows. A sentence pairs with a second partner only where the
//! other article splits the fact, the way sentence aligners admit a 1–2
//! link: the extra pair scores close to the sentence's best, its partner
//! stands next to the primary partner in its article (a fact split in two is
//! told in neighbouring sentences; a sentence that merely shares a few rare
//! words with one far away is not its other half), and the two partners
//! together explain the sentence better than the primary alone: the extra
//! partner shares something rare with it that the primary partner does not.
//! Where the extra partner has a partner of its own next to the sentence
//! (the extra pair crosses two neighbouring pairs), the pair must explain
//! both sentences better than their own partners do.
//!
//! Position plays a small part only: where two candidates of a sentence
//! score nearly alike, the one whose neighbours pair along its diagonal
//! wins (see [`NEIGHBOUR_BONUS`]). In two long texts told in one order (a
//! translation, a rewrite that keeps the order) the neighbours weigh more
//! (`ORDERED_NEIGHBOUR_BONUS`), and the last choice ([`settle`]) lets go
//! of a pair no neighbour vouches for unless it is near certain
//! (`ISOLATED_SCORE`). Articles, too short to show an order, keep the
//! small weight and every pair their scores find.

use super::score::{Candidate, SPECIFIC_EVIDENCE};
use crate::span::Pair;

/// Below this, two sentences do not state the same fact.
pub const MIN_SCORE: f32 = 0.2;
/// An extra pair must score at least this share of each of its sentences'
/// best pair.
const EXTRA_SHARE: f32 = 0.6;
/// How many sentences away from the primary partner an extra partner may
/// stand: the two halves of a split fact are told in neighbouring
/// sentences. Measured: on a long translation pair, extra pairs within one
/// sentence are 96% right, within three 91%, within five 87%; news pairs
/// lose one gold pair in a hundred going from five to three.
const EXTRA_REACH: usize = 3;

#[derive(Debug, Clone, PartialEq)]
pub struct Chosen {
    pub sentences: Pair<usize>,
    pub score: f32,
    pub primary: bool,
}

/// What an extra pair must add to its sentence's primary pair: rare shared
/// features, saying what, that the primary partner lacks, worth half the
/// evidence a pair needs at all (one rare word). Two sentences that
/// together explain a sentence no better than one of them are not its two
/// halves: in a long text that tells of one family, a neighbouring verse
/// shares its names with every other.
const EXTRA_EVIDENCE: f32 = SPECIFIC_EVIDENCE / 2.0;

/// What an anchored extra pair must add: the evidence a pair needs at all.
/// Its neighbours let it in on a weaker score (see [`ANCHORED_BONUS`]); to
/// stand beside a sentence's primary partner it must say something of its
/// own. Measured on two Bible translations (first 1 MB): extra pairs 90.4%
/// right at half this, 90.9% at this, verses found 0.977 and 0.976; the
/// whole book finds as many verses either way (0.892); the news sets do not
/// change.
const ANCHORED_EXTRA_EVIDENCE: f32 = SPECIFIC_EVIDENCE;

/// `added(extra, primary)`: the evidence an extra pair adds to the primary
/// pair of the sentence they have in common.
pub fn choose(
    candidates: &[Candidate],
    lens: Pair<usize>,
    added: impl Fn(Pair<usize>, Pair<usize>) -> f32,
) -> Vec<Chosen> {
    choose_with(candidates, lens, added, Isolated::Keep)
}

/// The last choice of a comparison: as [`choose`], but where two texts are
/// told in one order, a primary pair none of whose neighbours pair along
/// its diagonal must score close to certain on its own (see
/// `ISOLATED_SCORE`). Earlier rounds keep such pairs: they still tell
/// the sentences around them where to look.
pub fn settle(
    candidates: &[Candidate],
    lens: Pair<usize>,
    added: impl Fn(Pair<usize>, Pair<usize>) -> f32,
) -> Vec<Chosen> {
    choose_with(candidates, lens, added, Isolated::Drop)
}

/// Whether a choice lets go of isolated pairs in a text told in one order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Isolated {
    Keep,
    Drop,
}

fn choose_with(
    candidates: &[Candidate],
    lens: Pair<usize>,
    added: impl Fn(Pair<usize>, Pair<usize>) -> f32,
    isolated: Isolated,
) -> Vec<Chosen> {
    // Each sentence's best score: a pair must come close to both.
    let mut best = lens.map(|n| vec![0.0f32; n]);
    for c in candidates {
        let (l, r) = (c.sentences.left, c.sentences.right);
        best.left[l] = best.left[l].max(c.score);
        best.right[r] = best.right[r].max(c.score);
    }
    // An anchored candidate meets the share with its bonus counted (against
    // the sentences' best raw scores), so that the bonus can decide later.
    let close_to_best = |c: &Candidate| {
        let weight = c.score * (1.0 + anchored_bonus(c));
        weight >= EXTRA_SHARE * best.left[c.sentences.left]
            && weight >= EXTRA_SHARE * best.right[c.sentences.right]
    };
    let order: Vec<&Candidate> = candidates
        .iter()
        .filter(|c| c.score >= MIN_SCORE && close_to_best(c))
        .collect();
    // Deterministic: score, then position, never hash order.
    let by_score = |a: &(&Candidate, f32), b: &(&Candidate, f32)| {
        b.1.total_cmp(&a.1)
            .then(a.0.sentences.left.cmp(&b.0.sentences.left))
            .then(a.0.sentences.right.cmp(&b.0.sentences.right))
    };
    let mut order: Vec<(&Candidate, f32)> = order.into_iter().map(|c| (c, c.score)).collect();
    order.sort_by(by_score);
    // Primaries first, over the whole list: an extra pair is judged against
    // the final primary partners, not against whichever came first. A first
    // choice on the scores alone; then each pair gains a little where its
    // neighbours pair along its diagonal, and the choice is made anew.
    let (first, first_primary) = primaries(&order, lens);
    let ordered = order_share(
        order
            .iter()
            .zip(&first_primary)
            .filter(|(_, p)| **p)
            .map(|((c, _), _)| c.sentences),
        &first,
    );
    // Where the texts are told in one order, a candidate between pairs told
    // in that order needs less of a score of its own: its neighbours vouch
    // for it, as much as its bonus says.
    if ordered > 0.0 {
        let least = MIN_SCORE / (1.0 + ANCHORED_BONUS * ordered);
        order.extend(
            candidates
                .iter()
                .filter(|c| {
                    c.anchored && c.score < MIN_SCORE && c.score >= least && close_to_best(c)
                })
                .map(|c| (c, c.score)),
        );
    }
    let bonus = NEIGHBOUR_BONUS + (ORDERED_NEIGHBOUR_BONUS - NEIGHBOUR_BONUS) * ordered;
    for (c, w) in order.iter_mut() {
        *w = c.score * (1.0 + bonus * support(c.sentences, &first) + anchored_bonus(c));
    }
    order.sort_by(by_score);
    let (mut partner, mut primary) = primaries(&order, lens);
    // The last choice, in a text told in one order: a pair no neighbour
    // vouches for lets go of its sentences unless it is near certain.
    if isolated == Isolated::Drop && ordered > 0.0 {
        let least = MIN_SCORE + (ISOLATED_SCORE - MIN_SCORE) * ordered;
        let let_go: Vec<bool> = order
            .iter()
            .zip(&primary)
            .map(|((c, _), &p)| p && c.score < least && support(c.sentences, &partner) == 0.0)
            .collect();
        for (k, (c, _)) in order.iter().enumerate() {
            if let_go[k] {
                primary[k] = false;
                partner.left[c.sentences.left] = None;
                partner.right[c.sentences.right] = None;
            }
        }
        // A sentence let go takes its next candidate that its neighbours
        // vouch for, best first.
        for (k, (c, _)) in order.iter().enumerate() {
            let (l, r) = (c.sentences.left, c.sentences.right);
            if !let_go[k]
                && partner.left[l].is_none()
                && partner.right[r].is_none()
                && support(c.sentences, &partner) > 0.0
            {
                partner.left[l] = Some(r);
                partner.right[r] = Some(l);
                primary[k] = true;
            }
        }
    }
    let near = |a: usize, b: Option<usize>| b.is_some_and(|b| a.abs_diff(b) <= EXTRA_REACH);
    // Which of `order` are extra pairs. The extra pair splits the left
    // sentence's fact over right neighbours, or the right sentence's over
    // left neighbours, and its partner states a part of the fact the
    // primary partner does not. Where both its sentences have partners of
    // their own, it must come close to their best on its own score: the
    // anchored bonus lets a sentence left alone join its neighbour's
    // partner, not a paired sentence gain a second one.
    //
    // Where both sentences' primary partners stand near (left 5 with right
    // 8, right 9 with left 6: the extra pair 5–9 crosses two neighbouring
    // pairs), the pair claims to split both facts, and must add to both
    // primaries: right 9's own partner, left 6, may already explain all
    // that right 9 shares with left 5, as a neighbouring verse repeats the
    // names and words of the one before. A primary partner far away is
    // another fact's pair and asks nothing: in news, the headline's toll
    // pairs with the lead's across the article while its own partner is
    // another headline. Measured on two Bible translations (first 1 MB,
    // right's chapters shuffled): of extra pairs whose partner had a
    // primary pair next to the split sentence, 11 right and 110 wrong;
    // asking both, extra pairs 91.3% right -> 94.4%, all pairs 96.9% ->
    // 97.9%, verses found 0.980 either way; the news sets do not change.
    let splits = |partner: &Pair<Vec<Option<usize>>>, l: usize, r: usize, needed: f32| {
        let left = partner.left[l].filter(|&p| p != r && near(r, Some(p)));
        let right = partner.right[r].filter(|&p| p != l && near(l, Some(p)));
        let adds_left = left.map(|p| added(Pair::new(l, r), Pair::new(l, p)) >= needed);
        let adds_right = right.map(|p| added(Pair::new(l, r), Pair::new(p, r)) >= needed);
        (left.is_some() || right.is_some())
            && adds_left.unwrap_or(true)
            && adds_right.unwrap_or(true)
    };
    let needed = |c: &Candidate| {
        if c.anchored {
            ANCHORED_EXTRA_EVIDENCE
        } else {
            EXTRA_EVIDENCE
        }
    };
    let mut extra: Vec<bool> = order
        .iter()
        .zip(&primary)
        .map(|((c, _), &p)| {
            let (l, r) = (c.sentences.left, c.sentences.right);
            let paired = partner.left[l].is_some() && partner.right[r].is_some();
            let own =
                c.score >= EXTRA_SHARE * best.left[l] && c.score >= EXTRA_SHARE * best.right[r];
            !p && (!c.anchored || !paired || own) && splits(&partner, l, r, needed(c))
        })
        .collect();
    // A sentence with no primary partner that is the extra partner of two
    // neighbouring sentences: its best extra pair stands for its primary,
    // and the others must add to it as a crossing pair must add to both
    // primaries. Measured on the same first 1 MB: of extra pairs whose
    // partner had no primary, two pairs and this not its best, 18 right and
    // 79 wrong; asking them to add, extra pairs 94.4% right -> 97.8%, all
    // pairs 97.9% -> 99.0%, verses found 0.980 either way; the news sets
    // do not change.
    let mut stand_in = partner.clone();
    for ((c, _), _) in order.iter().zip(&extra).filter(|(_, x)| **x) {
        let (l, r) = (c.sentences.left, c.sentences.right);
        stand_in.left[l].get_or_insert(r);
        stand_in.right[r].get_or_insert(l);
    }
    for ((c, _), x) in order.iter().zip(extra.iter_mut()) {
        let (l, r) = (c.sentences.left, c.sentences.right);
        *x = *x && splits(&stand_in, l, r, needed(c));
    }
    let mut chosen: Vec<Chosen> = order
        .iter()
        .zip(primary.iter().zip(&extra))
        .filter(|(_, (p, x))| **p || **x)
        .map(|((c, _), (&p, _))| Chosen {
            sentences: c.sentences,
            score: c.score,
            primary: p,
        })
        .collect();
    chosen.sort_by_key(|c| (c.sentences.left, c.sentences.right));
    chosen
}

/// Each sentence's primary partner, best pairs first, and which of
/// `order` are primaries.
fn primaries(
    order: &[(&Candidate, f32)],
    lens: Pair<usize>,
) -> (Pair<Vec<Option<usize>>>, Vec<bool>) {
    let mut partner = lens.map(|n| vec![None::<usize>; n]);
    let mut primary = vec![false; order.len()];
    for (k, (c, _)) in order.iter().enumerate() {
        let (l, r) = (c.sentences.left, c.sentences.right);
        if partner.left[l].is_none() && partner.right[r].is_none() {
            partner.left[l] = Some(r);
            partner.right[r] = Some(l);
            primary[k] = true;
        }
    }
    (partner, primary)
}

/// How much a pair gains when its neighbours pair with its partner's
/// neighbours: at most this share again of its score. A prior, not a rule:
/// it decides between near-equal candidates (a verse repeated through a
/// book, a formula every report repeats) and lets a fact moved paragraphs
/// away pair on its own score. Measured: on a long translation pair,
/// primary pairs 94% right without it, 96.5% at 0.15; at 0.3 and above
/// the lead sentences of two news reports that both give the toll lose
/// each other to a neighbour's partner.
const NEIGHBOUR_BONUS: f32 = 0.15;
/// What an isolated primary pair must score to stay where two texts are
/// told in one order (growing from [`MIN_SCORE`] with the order): in a long
/// translation, a pair none of whose neighbours pair along its diagonal is
/// almost always a repeated formula paired with the wrong copy. Measured on
/// the whole of two Bible translations: of such pairs, 1735 wrong against
/// 69 right, wrong at every score up to 0.9 (13 wrong, 1 right at 0.8).
/// Letting them go, their sentences free to take a candidate their
/// neighbours vouch for, took all pairs from 92.8% right to 98.0% and the
/// verses found from 0.888 to 0.897 (first 1 MB: 96.4% to 97.0%, 0.976 to
/// 0.977).
const ISOLATED_SCORE: f32 = 0.9;
/// What a candidate found between two pairs told in the same order gains
/// (see `anchor_gaps` in the module root): it outweighs a pair with no
/// neighbours of its own that scores up to twice as much. An isolated pair
/// needs stronger evidence than one its neighbours vouch for. Measured on
/// a long translation pair: primary pairs 87.6% right with the gaps scored
/// but no gain, 89.4% with this; the news sets do not change.
const ANCHORED_BONUS: f32 = 1.0;
/// How much the neighbours weigh where two texts are told in one order: in
/// a long translation or a rewrite that keeps the order, where most first
/// choices have neighbours pairing along their diagonal, the neighbourhood
/// is the better witness. Measured on a long translation pair (first 1 MB):
/// all pairs right 0.965 at 0.15, 0.969 at 0.5, 0.971 at 1.0 and 2.0;
/// verses found 0.946, 0.951, 0.953, 0.953. News articles have too few
/// pairs to be judged ([`ORDER_SAMPLE`]) and keep [`NEIGHBOUR_BONUS`].
const ORDERED_NEIGHBOUR_BONUS: f32 = 1.0;
/// The mean support of first choices around which two texts count as told
/// in one order: the bonus grows from none at `ORDERED - ORDER_RAMP` to
/// full at `ORDERED + ORDER_RAMP`.
const ORDERED: f32 = 0.6;
const ORDER_RAMP: f32 = 0.1;
/// First choices a text needs before its order is judged; the bonus grows
/// to full over as many again, so that one sentence more never re-pairs a
/// whole document.
const ORDER_SAMPLE: usize = 200;

/// How far two texts are told in one order, from 0 (articles, or texts
/// whose pairs mostly stand alone) to 1 (many pairs, most of them in
/// runs): the share of the way from [`NEIGHBOUR_BONUS`] to
/// [`ORDERED_NEIGHBOUR_BONUS`] the neighbours weigh. `primaries` are the
/// primary pairs of a choice and `partner` each sentence's partner in it.
fn order_share(
    primaries: impl Iterator<Item = Pair<usize>>,
    partner: &Pair<Vec<Option<usize>>>,
) -> f32 {
    let supports: Vec<f32> = primaries.map(|s| support(s, partner)).collect();
    if supports.len() <= ORDER_SAMPLE {
        return 0.0;
    }
    let mean = supports.iter().sum::<f32>() / supports.len() as f32;
    let by_count = ((supports.len() - ORDER_SAMPLE) as f32 / ORDER_SAMPLE as f32).min(1.0);
    let by_order = ((mean - ORDERED + ORDER_RAMP) / (2.0 * ORDER_RAMP)).clamp(0.0, 1.0);
    by_count * by_order
}

/// Whether chosen pairs show two texts told in one order (see
/// `order_share`): where they do, the neighbours' pairs propose
/// candidates of their own (`anchor_gaps` in the module root).
pub fn told_in_order(chosen: &[Chosen], lens: Pair<usize>) -> bool {
    let partner = partners(chosen, lens);
    let primaries = chosen.iter().filter(|c| c.primary).map(|c| c.sentences);
    order_share(primaries, &partner) > 0.0
}

/// What a candidate gains for being found between two anchors.
fn anchored_bonus(c: &Candidate) -> f32 {
    if c.anchored { ANCHORED_BONUS } else { 0.0 }
}

/// How many sentences before and after a sentence count as its neighbours.
pub const NEIGHBOUR_REACH: usize = 2;
/// How far a neighbour's partner may stray from the diagonal through the
/// pair and still count: one article may split a fact into sentences the
/// other tells in one.
pub const NEIGHBOUR_SLACK: usize = 2;

/// Each sentence's primary partner among chosen pairs.
pub fn partners(chosen: &[Chosen], lens: Pair<usize>) -> Pair<Vec<Option<usize>>> {
    let mut partner = lens.map(|n| vec![None::<usize>; n]);
    for c in chosen.iter().filter(|c| c.primary) {
        partner.left[c.sentences.left] = Some(c.sentences.right);
        partner.right[c.sentences.right] = Some(c.sentences.left);
    }
    partner
}

/// Of the four sides of a pair (sentences before and after it, on the left
/// and on the right), the share whose neighbours pair close to the pair's
/// diagonal: 1 inside a run of pairs told in the same order, 0 for a pair
/// alone among others.
pub fn support(s: Pair<usize>, partner: &Pair<Vec<Option<usize>>>) -> f32 {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every extra partner states a part of the fact the primary lacks.
    fn adds_much(_: Pair<usize>, _: Pair<usize>) -> f32 {
        SPECIFIC_EVIDENCE
    }

    use crate::align::score::candidate as cand;

    #[test]
    fn best_first_one_primary_each() {
        let c = [cand(0, 0, 0.5), cand(0, 1, 0.9), cand(1, 1, 0.6)];
        let got: Vec<(usize, usize, bool)> = choose(&c, Pair::new(2, 2), adds_much)
            .iter()
            .map(|c| (c.sentences.left, c.sentences.right, c.primary))
            .collect();
        // 0–1 wins; 1–1 comes close to right 1's best (0.6 ≥ 0.6 × 0.9) and
        // stays as an extra pair; 0–0 is too weak beside 0–1.
        assert_eq!(got, [(0, 1, true), (1, 1, false)]);
    }

    #[test]
    fn weak_pairs_are_dropped() {
        assert!(choose(&[cand(0, 0, MIN_SCORE / 2.0)], Pair::new(1, 1), adds_much).is_empty());
    }

    #[test]
    fn a_far_extra_pair_is_dropped() {
        // Left 0 pairs with right 0; right 9 shares some of it but stands
        // far away: not the other half of a split fact.
        let got = choose(
            &[cand(0, 0, 0.5), cand(0, 9, 0.45)],
            Pair::new(1, 10),
            adds_much,
        );
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].sentences, Pair::new(0, 0));
    }

    #[test]
    fn a_split_fact_pairs_twice() {
        // Left 0 states what right 0 and right 1 each state in part.
        let got = choose(
            &[cand(0, 0, 0.5), cand(0, 1, 0.4)],
            Pair::new(1, 2),
            adds_much,
        );
        assert_eq!(got.len(), 2);
        assert!(got[0].primary && !got[1].primary);
    }

    #[test]
    fn an_extra_partner_that_adds_nothing_is_dropped() {
        // Right 1 stands next to right 0 and scores close, but all it shares
        // with left 0 right 0 shares too: a neighbour, not the other half.
        let adds_nothing = |_: Pair<usize>, _: Pair<usize>| 0.0;
        let got = choose(
            &[cand(0, 0, 0.5), cand(0, 1, 0.45)],
            Pair::new(1, 2),
            adds_nothing,
        );
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].sentences, Pair::new(0, 0));
    }

    #[test]
    fn the_extra_pair_is_weighed_against_its_own_primary() {
        // Left 0's primary is right 0, right 3's is left 2: the extra pair
        // 0–1 is asked what it adds to 0–0, and 1–3 what it adds to 2–3.
        let asked = std::cell::RefCell::new(Vec::new());
        let added = |extra: Pair<usize>, primary: Pair<usize>| {
            asked.borrow_mut().push((extra, primary));
            SPECIFIC_EVIDENCE
        };
        let c = [
            cand(0, 0, 0.5),
            cand(0, 1, 0.45),
            cand(1, 3, 0.45),
            cand(2, 3, 0.5),
        ];
        let got = choose(&c, Pair::new(3, 4), added);
        assert_eq!(got.len(), 4);
        let asked = asked.into_inner();
        assert!(asked.contains(&(Pair::new(0, 1), Pair::new(0, 0))));
        assert!(asked.contains(&(Pair::new(1, 3), Pair::new(2, 3))));
    }

    #[test]
    fn a_crossing_extra_pair_must_add_to_both_primaries() {
        // Left 0 pairs with right 0 and left 1 with right 1; right 1 also
        // shares with left 0 what right 0 lacks, but left 1 already
        // explains all of right 1 that left 0 states: a neighbour's
        // sentence, not the other half of left 0's fact.
        let added = |_: Pair<usize>, primary: Pair<usize>| {
            if primary == Pair::new(0, 0) {
                SPECIFIC_EVIDENCE
            } else {
                0.0
            }
        };
        let c = [cand(0, 0, 0.6), cand(0, 1, 0.45), cand(1, 1, 0.6)];
        let got = choose(&c, Pair::new(2, 2), added);
        assert!(!got.iter().any(|k| k.sentences == Pair::new(0, 1)));
        // Where it adds to both, it is the other half of both facts.
        let got = choose(&c, Pair::new(2, 2), adds_much);
        assert!(
            got.iter()
                .any(|k| k.sentences == Pair::new(0, 1) && !k.primary)
        );
        // Right 1's own partner stands far away, left 9: another fact's
        // pair, which the extra pair need not add to.
        let c = [cand(0, 0, 0.6), cand(0, 1, 0.45), cand(9, 1, 0.6)];
        let got = choose(&c, Pair::new(10, 2), added);
        assert!(
            got.iter()
                .any(|k| k.sentences == Pair::new(0, 1) && !k.primary)
        );
    }

    #[test]
    fn a_sentence_without_a_primary_is_the_other_half_of_one_neighbour() {
        // Right 1 has no primary partner; left 0 and left 1, its
        // neighbours' partners, each take it as an extra partner. Left 1
        // scores best with it, and explains all that right 1 shares with
        // left 0: right 1 is left 1's other half, not left 0's.
        let added = |extra: Pair<usize>, primary: Pair<usize>| {
            if extra == Pair::new(0, 1) && primary == Pair::new(1, 1) {
                0.0
            } else {
                SPECIFIC_EVIDENCE
            }
        };
        let c = [
            cand(0, 0, 0.6),
            cand(0, 1, 0.4),
            cand(1, 1, 0.55),
            cand(1, 2, 0.6),
        ];
        let extras = |got: Vec<Chosen>| -> Vec<(usize, usize)> {
            got.iter()
                .filter(|k| !k.primary)
                .map(|k| (k.sentences.left, k.sentences.right))
                .collect()
        };
        assert_eq!(extras(choose(&c, Pair::new(2, 3), added)), [(1, 1)]);
        // Where left 0 adds to it too, right 1 is split over both.
        assert_eq!(
            extras(choose(&c, Pair::new(2, 3), adds_much)),
            [(0, 1), (1, 1)]
        );
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
        let got = choose(&c, Pair::new(3, 9), adds_much);
        let primary: Vec<(usize, usize)> = got
            .iter()
            .filter(|c| c.primary)
            .map(|c| (c.sentences.left, c.sentences.right))
            .collect();
        assert_eq!(primary, [(0, 0), (1, 1), (2, 2)]);
    }

    #[test]
    fn neighbours_do_not_outweigh_a_clearly_better_pair() {
        // The same, but right 8 scores clearly higher: a fact moved away
        // from its neighbours still pairs where it is stated best.
        let c = [
            cand(0, 0, 0.6),
            cand(1, 1, 0.5),
            cand(1, 8, 0.7),
            cand(2, 2, 0.6),
        ];
        let got = choose(&c, Pair::new(3, 9), adds_much);
        assert!(
            got.iter()
                .any(|c| c.sentences == Pair::new(1, 8) && c.primary)
        );
    }

    #[test]
    fn in_a_long_text_told_in_order_the_neighbours_weigh_more() {
        // 500 sentences paired along the diagonal; sentence 100 scores
        // clearly higher with a repeated line far away (0.8 against 0.5).
        // In two short texts that far pair would win; in a long text told
        // in one order the neighbours decide.
        let mut c: Vec<Candidate> = (0..500)
            .filter(|&i| i != 100)
            .map(|i| cand(i, i, 0.6))
            .collect();
        c.push(cand(100, 100, 0.5));
        c.push(cand(100, 290, 0.8));
        c.push(cand(290, 100, 0.1));
        c.sort_by_key(|c| (c.sentences.left, c.sentences.right));
        let got = choose(&c, Pair::new(500, 500), adds_much);
        assert!(
            got.iter()
                .any(|c| c.sentences == Pair::new(100, 100) && c.primary)
        );
        assert!(
            got.iter()
                .any(|c| c.sentences == Pair::new(290, 290) && c.primary)
        );
    }

    #[test]
    fn an_anchored_candidate_outweighs_an_isolated_pair() {
        // Left 1 scores 0.5 with right 9, far from where its neighbours
        // pair, and 0.3 with right 1, which lies between its neighbours'
        // partners: anchored, it wins.
        let mut between = cand(1, 1, 0.3);
        between.anchored = true;
        let c = [cand(0, 0, 0.6), between, cand(1, 9, 0.5), cand(2, 2, 0.6)];
        let got = choose(&c, Pair::new(3, 10), adds_much);
        assert!(
            got.iter()
                .any(|c| c.sentences == Pair::new(1, 1) && c.primary)
        );
        // Anchored, it counts even below the share of the best a pair
        // needs (0.28 < 0.6 × 0.5): it weighs with its bonus.
        let mut between = cand(1, 1, 0.28);
        between.anchored = true;
        let c = [cand(0, 0, 0.6), between, cand(1, 9, 0.5), cand(2, 2, 0.6)];
        let got = choose(&c, Pair::new(3, 10), adds_much);
        assert!(
            got.iter()
                .any(|c| c.sentences == Pair::new(1, 1) && c.primary)
        );
        // Not anchored, the better score wins.
        let c = [
            cand(0, 0, 0.6),
            cand(1, 1, 0.3),
            cand(1, 9, 0.5),
            cand(2, 2, 0.6),
        ];
        let got = choose(&c, Pair::new(3, 10), adds_much);
        assert!(
            got.iter()
                .any(|c| c.sentences == Pair::new(1, 9) && c.primary)
        );
    }
    /// `n` sentences a side paired along the diagonal, but for `except`.
    fn diagonal(n: usize, except: &[usize]) -> Vec<Candidate> {
        (0..n)
            .filter(|i| !except.contains(i))
            .map(|i| cand(i, i, 0.6))
            .collect()
    }

    fn is_primary(got: &[Chosen], l: usize, r: usize) -> bool {
        got.iter()
            .any(|c| c.sentences == Pair::new(l, r) && c.primary)
    }

    #[test]
    fn in_a_long_text_told_in_order_the_last_choice_lets_an_isolated_pair_go() {
        // Left 100 and right 100 each pair only far away (with right 550
        // and left 450), where no neighbour pairs: a repeated formula
        // paired with the wrong copy. The rounds keep them; the last
        // choice lets them go, but keeps an isolated pair that is near
        // certain (left 200 with right 580, scoring 0.95).
        let mut c = diagonal(500, &[100, 200]);
        c.extend([
            cand(100, 550, 0.5),
            cand(200, 580, 0.95),
            cand(450, 100, 0.5),
        ]);
        c.sort_by_key(|c| (c.sentences.left, c.sentences.right));
        let lens = Pair::new(500, 600);
        assert!(is_primary(&choose(&c, lens, adds_much), 100, 550));
        let last = settle(&c, lens, adds_much);
        assert!(!last.iter().any(|k| k.sentences.left == 100));
        assert!(is_primary(&last, 200, 580));
        assert!(is_primary(&last, 99, 99) && is_primary(&last, 450, 450));
    }

    #[test]
    fn a_sentence_let_go_takes_the_candidate_its_neighbours_vouch_for() {
        // Left 100 scores 0.6 with right 550, alone but anchored (its own
        // neighbours, once, pointed there), and 0.4 with right 100, between
        // its neighbours' partners: the rounds pair it far away (0.4 with
        // its neighbours' weight is less than 0.6 with the anchor's); the
        // last choice lets that pair go and gives it right 100.
        let mut far = cand(100, 550, 0.6);
        far.anchored = true;
        let mut c = diagonal(500, &[100]);
        c.extend([cand(100, 100, 0.4), far]);
        c.sort_by_key(|c| (c.sentences.left, c.sentences.right));
        let lens = Pair::new(500, 600);
        assert!(is_primary(&choose(&c, lens, adds_much), 100, 550));
        assert!(is_primary(&settle(&c, lens, adds_much), 100, 100));
    }

    #[test]
    fn only_many_pairs_mostly_in_runs_show_a_text_told_in_order() {
        let chosen = |c: &[Candidate]| choose(c, Pair::new(600, 600), adds_much);
        // 500 pairs along the diagonal: told in order.
        assert!(told_in_order(
            &chosen(&diagonal(500, &[])),
            Pair::new(600, 600)
        ));
        // 100 pairs: an article's worth, too few to judge.
        assert!(!told_in_order(
            &chosen(&diagonal(100, &[])),
            Pair::new(600, 600)
        ));
        // 500 pairs scattered (each sentence with one seven places on,
        // wrapping): no runs.
        let scattered: Vec<Candidate> = (0..500).map(|i| cand(i, i * 7 % 500, 0.6)).collect();
        assert!(!told_in_order(&chosen(&scattered), Pair::new(600, 600)));
    }

    #[test]
    fn in_a_short_text_the_last_choice_keeps_an_isolated_pair() {
        // The same in an article of a few sentences: a fact moved paragraphs
        // away pairs on its own score.
        let c = [
            cand(0, 0, 0.6),
            cand(1, 9, 0.5),
            cand(2, 2, 0.6),
            cand(3, 3, 0.6),
        ];
        assert!(is_primary(&settle(&c, Pair::new(4, 10), adds_much), 1, 9));
    }

    #[test]
    fn in_a_long_text_told_in_order_an_anchored_candidate_needs_less_score() {
        // Left 100 and right 100 share too little to pair on their own
        // (0.15 < MIN_SCORE), but stand between pairs told in order.
        let mut between = cand(100, 100, 0.15);
        between.anchored = true;
        let mut c = diagonal(500, &[100]);
        c.push(between);
        c.sort_by_key(|c| (c.sentences.left, c.sentences.right));
        assert!(is_primary(
            &choose(&c, Pair::new(500, 500), adds_much),
            100,
            100
        ));
        // In an article, the same candidate is too weak.
        let short = [
            cand(0, 0, 0.6),
            Candidate {
                sentences: Pair::new(1, 1),
                ..between
            },
            cand(2, 2, 0.6),
        ];
        let got = choose(&short, Pair::new(3, 3), adds_much);
        assert!(!got.iter().any(|k| k.sentences == Pair::new(1, 1)));
    }

    #[test]
    fn an_anchored_extra_pair_joins_a_sentence_left_alone_not_a_paired_one() {
        // Right 1 is paired with left 1; left 0 has no partner of its own
        // and an anchored candidate with right 1 that adds a pair's
        // evidence: it joins right 1 as the other half of its fact.
        let mut joined = cand(0, 1, 0.25);
        joined.anchored = true;
        let c = [joined, cand(1, 1, 0.6)];
        let got = choose(&c, Pair::new(2, 2), adds_much);
        assert!(
            got.iter()
                .any(|k| k.sentences == Pair::new(0, 1) && !k.primary)
        );
        // Adding only half a pair's evidence, it does not.
        let adds_half = |_: Pair<usize>, _: Pair<usize>| EXTRA_EVIDENCE;
        let got = choose(&c, Pair::new(2, 2), adds_half);
        assert!(!got.iter().any(|k| k.sentences == Pair::new(0, 1)));
        // Left 0 paired with right 0: the anchored candidate scores too
        // little beside right 1's best (0.25 < 0.6 × 0.6) to be a second
        // partner, its bonus not counted.
        let c = [cand(0, 0, 0.6), joined, cand(1, 1, 0.6)];
        let got = choose(&c, Pair::new(2, 2), adds_much);
        assert!(!got.iter().any(|k| k.sentences == Pair::new(0, 1)));
    }
}
