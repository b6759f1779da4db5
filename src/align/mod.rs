//! Two sources → a [`Comparison`]: which sentences state the same fact
//! (pairs, with a verdict), and the rows a reader scrolls.
//!
//! index → score → matching → restate → verdict → layout, one file each;
//! score asks `spellings` which names the two sources spell differently. The
//! module takes data (an [`Index`] and two [`SourceView`]s) and returns data;
//! it knows nothing of how sources were loaded.

pub mod disputes;
pub mod index;
pub mod layout;
pub mod matching;
pub mod restate;
pub mod score;
pub mod spellings;
pub mod verdict;

use rayon::prelude::*;
use serde::Serialize;

use crate::claim::Claims;
use crate::sentence::Sentence;
use crate::span::{Pair, Side, Span};

pub use index::Index;
pub use verdict::{DiffKind, Difference};

/// What a comparison reads of one source: its text, its sentences and what
/// each states.
#[derive(Debug, Clone, Copy)]
pub struct SourceView<'a> {
    pub text: &'a str,
    pub sentences: &'a [Sentence],
    pub claims: &'a [Claims],
}

impl<'a> SourceView<'a> {
    /// The text of sentence `i` ("" past the end).
    pub fn sentence_text(&self, i: usize) -> &'a str {
        self.sentences.get(i).map_or("", |s| s.span.of(self.text))
    }
}

/// Whether two paired sentences agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Relation {
    Match,
    Diverge,
}

/// Two sentences, one per side, that state the same fact.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// Sentence indexes, left and right.
    pub sentences: Pair<usize>,
    pub relation: Relation,
    pub score: f32,
    /// The two sentences do not sit on one row.
    pub moved: bool,
    /// The link that placed these sentences in rows (each sentence has at
    /// most one); the others are extra links of a fact one side splits.
    pub primary: bool,
    pub differences: Vec<Difference>,
    /// The words that differ, per side (spans into each document's text).
    pub changes: Pair<Vec<Span>>,
    /// Why they were paired.
    pub evidence: score::Evidence,
}

/// One row of the aligned view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub cells: Pair<Option<usize>>,
    /// The link that joins this row's two sentences, if they are joined.
    pub link: Option<usize>,
}

/// The state of one sentence in a comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum State {
    Match,
    Diverge,
    Unique,
    Boilerplate,
}

/// Everything about two sources side by side.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// Source indexes in the corpus.
    pub sources: Pair<usize>,
    pub links: Vec<Link>,
    pub rows: Vec<Row>,
    /// Per side, per sentence: the links it is part of, primary first.
    pub by_sentence: Pair<Vec<Vec<usize>>>,
    /// Per side, per sentence: its row.
    pub row_of: Pair<Vec<usize>>,
    /// Per side, per sentence: page furniture, never aligned.
    pub furniture: Pair<Vec<bool>>,
    pub counts: Counts,
}

impl Comparison {
    /// The same comparison seen from the other side.
    pub fn mirror(self) -> Comparison {
        let links = self
            .links
            .into_iter()
            .map(|l| Link {
                sentences: l.sentences.swap(),
                differences: l.differences.into_iter().map(Difference::mirror).collect(),
                changes: l.changes.swap(),
                evidence: l.evidence,
                ..l
            })
            .collect();
        let rows = self
            .rows
            .into_iter()
            .map(|r| Row {
                cells: r.cells.swap(),
                link: r.link,
            })
            .collect();
        Comparison {
            sources: self.sources.swap(),
            links,
            rows,
            by_sentence: self.by_sentence.swap(),
            row_of: self.row_of.swap(),
            furniture: self.furniture.swap(),
            counts: self.counts,
        }
    }

    pub fn state(&self, side: Side, sentence: usize) -> State {
        if self.furniture.get(side).get(sentence) == Some(&true) {
            return State::Boilerplate;
        }
        let links = &self.by_sentence.get(side)[sentence];
        if links.is_empty() {
            State::Unique
        } else if links
            .iter()
            .any(|&l| self.links[l].relation == Relation::Diverge)
        {
            State::Diverge
        } else {
            State::Match
        }
    }

    /// The sentence's first link, if its partner is on another row.
    pub fn moved_link(&self, side: Side, sentence: usize) -> Option<&Link> {
        let first = *self.by_sentence.get(side).get(sentence)?.first()?;
        let link = &self.links[first];
        link.moved.then_some(link)
    }

    /// Counts of (match, diverge, unique) sentences over both sides, with
    /// a pair counted once: matches and divergences count links, unique
    /// counts sentences. Kept in [`Comparison::counts`].
    fn count(&self) -> Counts {
        let mut c = Counts::default();
        for l in &self.links {
            match l.relation {
                Relation::Match => c.matches += 1,
                Relation::Diverge => c.diverges += 1,
            }
            if l.moved && l.primary {
                c.moved += 1;
            }
        }
        for side in [Side::Left, Side::Right] {
            for i in 0..self.by_sentence.get(side).len() {
                if self.state(side, i) == State::Unique {
                    c.unique += 1;
                }
            }
        }
        c
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub matches: usize,
    pub diverges: usize,
    pub unique: usize,
    pub moved: usize,
}

/// Sentences that are the same after case and white space (a headline, a
/// wire story's lead copied whole) pair whatever their words weigh: they
/// score 1, so they pair first.
fn identical_first(views: Pair<SourceView>, scored: &mut Vec<score::Candidate>) {
    // A sentence as compared: its words in lower case, one space after each.
    fn key(t: &str) -> impl Iterator<Item = char> + '_ {
        t.split_whitespace()
            .flat_map(|w| w.chars().chain(std::iter::once(' ')))
            .flat_map(char::to_lowercase)
    }
    fn hash(t: &str) -> u64 {
        use std::hash::Hasher;
        let mut h = rustc_hash::FxHasher::default();
        key(t).for_each(|c| h.write_u32(c as u32));
        h.finish()
    }
    // The side with fewer sentences is looked up by the hash of its keys,
    // the other walked: no copy of either text is kept, and a long article
    // against a short one costs a table of the short one.
    let small = if views.left.sentences.len() <= views.right.sentences.len() {
        Side::Left
    } else {
        Side::Right
    };
    let (table, walked) = (views.get(small), views.get(small.other()));
    let mut by_hash: rustc_hash::FxHashMap<u64, Vec<usize>> = Default::default();
    for (j, s) in table.sentences.iter().enumerate() {
        if !s.boilerplate {
            by_hash
                .entry(hash(table.sentence_text(j)))
                .or_default()
                .push(j);
        }
    }
    let mut same = Vec::new();
    for (i, s) in walked.sentences.iter().enumerate() {
        if s.boilerplate {
            continue;
        }
        let text = walked.sentence_text(i);
        let Some(js) = by_hash.get(&hash(text)) else {
            continue;
        };
        for &j in js {
            if key(text).eq(key(table.sentence_text(j))) {
                same.push(match small {
                    Side::Left => Pair::new(j, i),
                    Side::Right => Pair::new(i, j),
                });
            }
        }
    }
    if same.is_empty() {
        return;
    }
    let set: rustc_hash::FxHashSet<(usize, usize)> =
        same.iter().map(|p| (p.left, p.right)).collect();
    scored.retain(|c| !set.contains(&(c.sentences.left, c.sentences.right)));
    scored.extend(same.into_iter().map(|sentences| score::Candidate {
        sentences,
        score: 1.0,
        anchored: false,
    }));
    scored.sort_by_key(|c| (c.sentences.left, c.sentences.right));
}

/// Pairs between anchors: a sentence with no partner, or with a partner
/// far from its neighbours' partners, whose neighbours before and after
/// pair in the same order on the other side, is scored against the
/// sentences between those partners with half the usual evidence, and
/// those candidates are marked anchored. In a long text told in the same
/// order, this finds the sentence whose words the other translation or
/// rewrite changed.
///
/// Where the two texts are told in one order (`in_order`, see
/// [`matching::told_in_order`]), the neighbours say more: the sentence is
/// also scored against its neighbours' partners themselves (one text may
/// tell in one sentence what the other tells in two, and the sentence is
/// then the other half of a neighbour's partner), a neighbour's extra
/// partner counts as its partner, and a neighbour on one side only points
/// to the sentences just after (or before) its partner. All these are
/// anchored too; the choice still weighs them against every other
/// candidate. Returns whether any candidate was added or marked.
fn anchor_gaps(
    scorer: &score::Scorer,
    scored: &mut Vec<score::Candidate>,
    chosen: &[matching::Chosen],
    views: Pair<SourceView>,
    in_order: bool,
) -> bool {
    use matching::{NEIGHBOUR_REACH, NEIGHBOUR_SLACK};
    let sentences = views.map(|v| v.sentences);
    let partner = matching::partners(chosen, sentences.map(<[Sentence]>::len));
    // The partner a neighbour points with: its primary partner, or where
    // the texts are told in one order and it has none, an extra one.
    let mut pointer = partner.clone();
    if in_order {
        for c in chosen.iter().filter(|c| !c.primary) {
            pointer.left[c.sentences.left].get_or_insert(c.sentences.right);
            pointer.right[c.sentences.right].get_or_insert(c.sentences.left);
        }
    }
    let mut gaps = Vec::new();
    for side in [Side::Left, Side::Right] {
        let of = pointer.get(side);
        let others = sentences.get(side.other());
        // A pair of sentence `i` on this side and `j` on the other.
        let pair = |i: usize, j: usize| match side {
            Side::Left => Pair::new(i, j),
            Side::Right => Pair::new(j, i),
        };
        for i in 0..of.len() {
            if sentences.get(side)[i].boilerplate
                || partner.get(side)[i]
                    .is_some_and(|j| matching::support(pair(i, j), &partner) > 0.0)
            {
                continue;
            }
            let before = (1..=NEIGHBOUR_REACH)
                .filter_map(|d| i.checked_sub(d))
                .find_map(|n| of[n].map(|p| (n, p)));
            let after = (1..=NEIGHBOUR_REACH)
                .map(|d| i + d)
                .filter(|&n| n < of.len())
                .find_map(|n| of[n].map(|p| (n, p)));
            // The sentences of the other side this one's neighbours point to.
            let between = match (before, after) {
                (Some((ib, jb)), Some((ia, ja)))
                    if ja > jb && ja - jb <= ia - ib + NEIGHBOUR_SLACK =>
                {
                    if in_order {
                        jb..=ja
                    } else {
                        jb + 1..=ja - 1
                    }
                }
                _ if !in_order => continue,
                // Only one neighbour pairs, or the two do not pair in order:
                // each points to its partner and the sentences that follow
                // (or precede) it as far as the sentence stands from it.
                _ => {
                    let mut js: Vec<usize> = Vec::new();
                    if let Some((ib, jb)) = before {
                        let last = jb + (i - ib) + IMPLIED_SPREAD;
                        js.extend(jb..=last.min(others.len() - 1));
                    }
                    if let Some((ia, ja)) = after {
                        js.extend(ja.saturating_sub(ia - i + IMPLIED_SPREAD)..=ja);
                    }
                    gaps.extend(
                        js.into_iter()
                            .filter(|&j| !others[j].boilerplate)
                            .map(|j| pair(i, j)),
                    );
                    continue;
                }
            };
            gaps.extend(
                between
                    .filter(|&j| !others[j].boilerplate)
                    .map(|j| pair(i, j)),
            );
        }
    }
    if gaps.is_empty() {
        return false;
    }
    // Both sides may find the same gap pair.
    let key = |s: &Pair<usize>| (s.left, s.right);
    gaps.sort_by_key(key);
    gaps.dedup();
    scored.sort_by_key(|c| key(&c.sentences));
    let mut found = Vec::new();
    let mut changed = false;
    for s in gaps {
        match scored.binary_search_by_key(&key(&s), |c| key(&c.sentences)) {
            Ok(k) => {
                scored[k].anchored = true;
                changed = true;
            }
            Err(_) => found.extend(
                scorer
                    .score_between_anchors(s)
                    .map(|score| score::Candidate {
                        sentences: s,
                        score,
                        anchored: true,
                    }),
            ),
        }
    }
    changed |= !found.is_empty();
    scored.extend(found);
    scored.sort_by_key(|c| key(&c.sentences));
    changed
}

/// How many sentences past the diagonal step a lone neighbour's partner
/// points (see `anchor_gaps`): one text may tell in two sentences what the
/// other tells in one.
const IMPLIED_SPREAD: usize = 1;

/// Rounds of candidates from the neighbours' pairs where two texts are
/// told in one order: each round's pairs point to more. Measured on two
/// whole Bible translations: verses found 0.878 after one round, 0.885
/// after two, 0.885 after three. Articles keep one round.
const ORDERED_ROUNDS: usize = 2;

/// Compare two sources in the given order. `sources` are the sources'
/// numbers in `index`; `views` what the comparison reads of them.
pub fn compare(index: &Index, sources: Pair<usize>, views: Pair<SourceView>) -> Comparison {
    let scorer = score::Scorer::new(index, sources, views);
    let mut scored = scorer.candidates();
    identical_first(views, &mut scored);
    let lens = views.map(|s| s.sentences.len());
    let added = |extra, primary| scorer.added_evidence(extra, primary);
    let mut chosen = matching::choose(&scored, lens, added);
    let in_order = matching::told_in_order(&chosen, lens);
    // Articles: once (a second round finds a pair in a thousand more).
    let rounds = if in_order { ORDERED_ROUNDS } else { 1 };
    for round in 1..=rounds {
        if !anchor_gaps(&scorer, &mut scored, &chosen, views, in_order) {
            break;
        }
        // A text told in order makes its last choice below, from the same
        // candidates: a choice here would only feed another round.
        if !in_order || round < rounds {
            chosen = matching::choose(&scored, lens, added);
        }
    }
    // An extra pair that shows only figures that are more often two
    // counts than one told twice is dropped (see
    // `verdict::other_counts_only`).
    let apart = |s: Pair<usize>| {
        let claims = Pair::new(&views.left.claims[s.left], &views.right.claims[s.right]);
        let docs = Pair::new(views.left.text, views.right.text);
        verdict::other_counts_only(&verdict::differences(claims, docs), claims)
    };
    if in_order {
        chosen = matching::settle(&scored, lens, added);
        chosen.retain(|c| c.primary || !apart(c.sentences));
    } else {
        let same_count = |s| scorer.same_count(s);
        let same_deed = |s| scorer.same_deed(s);
        chosen.extend(restate::restatements(
            &scored,
            &chosen,
            lens,
            same_count,
            same_deed,
            |s| scorer.leads(s),
        ));
        chosen.retain(|c| c.primary || !apart(c.sentences));
        // Two parties' accounts of one thing share too little to be
        // proposed, or to score above the disputes' floor: they join from
        // the denial floor, each pair at its higher score. Every other
        // candidate joins from the free count floor or above (a count of a
        // thing in two sentences that pair with nothing else), and those
        // below it are left out here (a long article has a million
        // candidates).
        // So do an article's only count of a thing and the other's (see
        // `Scorer::only_count_pairs`), from their own floor, and the first
        // sentences that give each two values of the toll (see
        // `Scorer::toll_pairs`), from the count floor.
        let counted = disputes::Fact::FreeCount.floor();
        let mut weighed: Vec<score::Candidate> = scored
            .iter()
            .filter(|c| c.score >= counted)
            .copied()
            .chain(scorer.contested())
            .chain(scorer.only_count_pairs())
            .chain(scorer.toll_pairs())
            .collect();
        weighed.sort_by(|a, b| {
            (a.sentences.left, a.sentences.right)
                .cmp(&(b.sentences.left, b.sentences.right))
                .then(b.score.total_cmp(&a.score))
        });
        weighed.dedup_by_key(|c| c.sentences);
        let disputed = |s, score| scorer.disputed(s, score);
        let states = |side, i, id| scorer.states(side, i, id);
        let opposed = |s, id| scorer.denied(s).contains(&id);
        let toll_again = |s, partners: Pair<&[usize]>, id| scorer.toll_again(s, partners, id);
        chosen.extend(disputes::disputes(
            &weighed, &chosen, lens, disputed, states, opposed, toll_again, apart,
        ));
        chosen.sort_by_key(|c| (c.sentences.left, c.sentences.right));
    }
    // A long article has two dozen candidates a sentence: gone before the
    // pairs are judged and laid out.
    drop(scored);
    // Verdicts and word diffs of each pair are independent: both cores.
    let mut links: Vec<Link> = chosen
        .into_par_iter()
        .map(|c| {
            let (l, r) = (c.sentences.left, c.sentences.right);
            let claims = Pair::new(&views.left.claims[l], &views.right.claims[r]);
            let docs = Pair::new(views.left.text, views.right.text);
            let differences = verdict::differences(claims, docs);
            let relation = verdict::relation(&differences);
            let changes = verdict::changed_words(Pair::new(
                (
                    views.left.sentence_text(l),
                    views.left.sentences[l].span.start,
                ),
                (
                    views.right.sentence_text(r),
                    views.right.sentences[r].span.start,
                ),
            ));
            Link {
                sentences: c.sentences,
                relation,
                score: c.score,
                moved: false,
                primary: c.primary,
                differences,
                changes,
                evidence: scorer.evidence(c.sentences),
            }
        })
        .collect();
    let lens = views.map(|s| s.sentences.len());
    let rows = layout::rows(&mut links, lens);
    let mut by_sentence = lens.map(|n| vec![Vec::new(); n]);
    for (i, l) in links.iter().enumerate() {
        by_sentence.left[l.sentences.left].push(i);
        by_sentence.right[l.sentences.right].push(i);
    }
    for side in [Side::Left, Side::Right] {
        for ls in by_sentence.get_mut(side) {
            ls.sort_by_key(|&i| (!links[i].primary, i));
        }
    }
    let mut row_of = lens.map(|n| vec![0; n]);
    for (r, row) in rows.iter().enumerate() {
        for side in [Side::Left, Side::Right] {
            if let Some(s) = *row.cells.get(side) {
                row_of.get_mut(side)[s] = r;
            }
        }
    }
    let mut cmp = Comparison {
        sources,
        links,
        rows,
        by_sentence,
        row_of,
        furniture: views.map(|v| v.sentences.iter().map(|s| s.boilerplate).collect()),
        counts: Counts::default(),
    };
    cmp.counts = cmp.count();
    cmp
}

#[cfg(test)]
mod tests {
    use crate::corpus::Corpus;
    use crate::document::Document;
    use crate::span::Pair;

    /// The relation of the first pair that joins the left sentence `which`
    /// picks to the right sentence `right_sentence` (to any, if `None`).
    fn relation_of(
        left: &str,
        right: &str,
        which: impl Fn(&str) -> bool,
        right_sentence: Option<usize>,
    ) -> Option<super::Relation> {
        let corpus = Corpus::new(vec![
            Document::from_text("left.txt", left),
            Document::from_text("right.txt", right),
        ]);
        let cmp = corpus.compare(0, 1);
        let l = (0..corpus.sources[0].sentences.len())
            .find(|&i| which(corpus.sources[0].text(i)))
            .unwrap();
        cmp.links
            .iter()
            .find(|k| {
                k.sentences.left == l && right_sentence.is_none_or(|r| k.sentences.right == r)
            })
            .map(|k| k.relation)
    }

    #[test]
    fn a_reworded_sentence_between_pairs_told_in_order_pairs() {
        // Two tellings of one chronicle, sentence for sentence. The third
        // is reworded so far that it shares only two names with its
        // counterpart: too little evidence alone, enough between
        // neighbours that pair in the same order.
        let left = "Marek Halloran founded the Ostrava glassworks in a rented barn.\n\n\
            His first kiln cracked within a month and flooded the yard with slag.\n\
            Halloran borrowed from Teodor Vance to rebuild the furnace that spring.\n\
            By winter the glassworks shipped lamp chimneys to Brno and Olomouc.\n\
            A fire in the packing shed destroyed the spring orders.\n";
        let right = "In a rented barn, Marek Halloran set up the Ostrava glassworks.\n\n\
            Within a month his first kiln cracked, flooding the yard with slag.\n\
            Teodor Vance lent Halloran enough to build the furnace again.\n\
            The glassworks was shipping lamp chimneys to Brno and Olomouc by winter.\n\
            The spring orders were lost when fire swept the packing shed.\n";
        let corpus = Corpus::new(vec![
            Document::from_text("left.txt", left),
            Document::from_text("right.txt", right),
        ]);
        let cmp = corpus.compare(0, 1);
        let find = |side: usize, prefix: &str| {
            let s = &corpus.sources[side];
            (0..s.sentences.len())
                .find(|&i| s.text(i).starts_with(prefix))
                .unwrap()
        };
        let (l, r) = (find(0, "Halloran borrowed"), find(1, "Teodor Vance"));
        let sources = Pair::new(0, 1);
        let views = sources.map(|i| corpus.sources[i].view());
        let scorer = super::score::Scorer::new(&corpus.index, sources, views);
        assert_eq!(scorer.score(Pair::new(l, r)), None, "too little alone");
        assert!(
            cmp.links
                .iter()
                .any(|k| k.sentences.left == l && k.sentences.right == r),
            "{:?}",
            cmp.links
        );
    }

    #[test]
    fn those_of_the_injured_who_died_diverge_from_another_count_of_them() {
        let relation = relation_of(
            "Bridge falls into the Lossa\n\n\
             The span fell into the river at rush hour on Tuesday.\n\
             Two of the injured later died in hospital, doctors said.\n\
             Divers searched the river all night.\n",
            "Lossa bridge collapse\n\n\
             The bridge's central span fell into the river on Tuesday evening.\n\
             Three people died of their injuries in hospital on Wednesday.\n\
             Divers searched the water through the night.\n",
            |t| t.starts_with("Two of the injured"),
            Some(2),
        );
        assert_eq!(relation, Some(super::Relation::Diverge));
    }

    #[test]
    fn a_denial_diverges_from_what_it_denies_not_from_another_denial() {
        let relation = |left: &str, right: &str, first: &str| {
            relation_of(left, right, |t| t.starts_with(first), None)
        };
        // "was not overloaded" / "was overloaded": one states what the
        // other denies.
        let overloaded = relation(
            "Ferry sinks off Brisa\n\n\
             The ferry Santa Brisa sank on Saturday night with 120 people on board.\n\
             The ferry was not overloaded, the operator said on Sunday.\n\
             Rescuers pulled 90 people from the water.\n\
             The captain survived.\n",
            "Santa Brisa survivors speak\n\n\
             The Santa Brisa went down late on Saturday carrying 120 people.\n\
             The ferry was overloaded with cars, survivors said.\n\
             Ninety people were rescued from the sea.\n\
             The captain is in hospital.\n",
            "The ferry was not",
        );
        assert_eq!(overloaded, Some(super::Relation::Diverge));
        // Two refusals: each says "not", of the ransom.
        let ransom = relation(
            "Gunmen hold hostages in Kestrow bank\n\n\
             The gunmen demanded a ransom and the release of five prisoners.\n\
             The government said it would not pay any ransom to the gunmen.\n\
             Police sealed off the square around the bank.\n\
             The metro station on the square was shut.\n",
            "Kestrow siege ends\n\n\
             The gunmen had asked for money and for five prisoners to be freed.\n\
             Ministers refused to pay the ransom and would not free the prisoners.\n\
             The square was sealed off by police.\n\
             Trams stopped running on the square.\n",
            "The government said",
        );
        assert_eq!(ransom, Some(super::Relation::Match));
    }

    #[test]
    fn a_live_storys_update_at_its_end_diverges_from_the_other_toll() {
        // The web story's first toll is in its lead; its update, added at
        // the end, gives a far higher one. The paper's lead gives another.
        let web = "Quake hits Daral province overnight.\n\n\
            At least 12 people were killed when a strong earthquake struck Daral province before dawn.\n\
            Rescuers dug through rubble in the market town of Fenn.\n\
            Roads into the valley were blocked by landslides.\n\
            Schools will stay closed until Friday.\n\
            Power lines were down across the north of the province.\n\
            Aid lorries waited at the pass for the roads to be cleared.\n\
            UPDATE: The disaster agency now says at least 57 people have died, most of them in Fenn.\n";
        let paper = "The death toll from the Daral earthquake has reached 193, the disaster agency said.\n\
            Most of the dead were in Fenn, a market town of mud-brick houses.\n\
            The army sent engineers to clear the landslides on the valley road.\n\
            Teachers have opened their schools as shelters.\n\
            Lorries of tents reached the pass on Tuesday.\n\
            The government promised to rebuild every house that fell.\n";
        let update = relation_of(web, paper, |t| t.starts_with("UPDATE"), Some(0));
        assert_eq!(update, Some(super::Relation::Diverge));
    }

    #[test]
    fn a_toll_that_names_its_dead_pairs_with_one_that_does_not() {
        // "17 children have died" and "16 deaths" give one toll: the two
        // sentences share little else, and must still be set side by side.
        let wire = "Cough syrup recalled after children die.\n\n\
            The health ministry said on Saturday that 17 children have now died after taking the syrup.\n\
            The company recalled every batch made since March.\n\
            Pharmacies were told to take the bottles off their shelves.\n\
            Parents queued outside the children's hospital in the capital.\n";
        let paper = "The three hospitals treating most of the victims count 16 deaths between them.\n\
            Every batch made since March has been recalled by the company.\n\
            Bottles were taken off pharmacy shelves across the country.\n\
            Parents waited for news outside the hospital.\n";
        let toll = |wire: &str| relation_of(wire, paper, |t| t.contains("17 children"), Some(0));
        assert_eq!(toll(wire), Some(super::Relation::Diverge));
        // "three children" are a part of 16 deaths, not a figure for them:
        // no pair that would show the two as agreeing.
        let wire = wire.replace("17 children", "three children");
        let part = relation_of(&wire, paper, |t| t.contains("three children"), Some(0));
        assert_eq!(part, None);
    }
}
