//! The rows a reader scrolls: pairs told in the same order share a row, one
//! sided sentences get an empty partner, and pairs out of that order are
//! marked moved. `similar` finds the longest run of pairs in the same order
//! by diffing the pairs alone, in each side's order: one-sided sentences
//! never match, and keying every sentence cost memory in proportion to the
//! longer article (6 MB of the peak on 16 MB against a seed).

use similar::{Algorithm, DiffTag, capture_diff_slices};

use super::{Link, Row};
use crate::span::Pair;

/// Lay out rows and mark each link `moved` when its sentences do not share one.
pub fn rows(links: &mut [Link], lens: Pair<usize>) -> Vec<Row> {
    // The primary pairs as each side tells them.
    let mut told = Pair::new(Vec::new(), Vec::new());
    for (id, l) in links.iter().enumerate().filter(|(_, l)| l.primary) {
        told.left.push((l.sentences.left, id));
        told.right.push((l.sentences.right, id));
    }
    let order = told.map(|mut t| {
        t.sort_unstable();
        t.into_iter().map(|(_, id)| id).collect::<Vec<usize>>()
    });
    let mut out = Vec::with_capacity(lens.left.max(lens.right));
    let mut on_a_row = vec![false; links.len()];
    // The next sentence of each side not yet on a row.
    let mut next = Pair::new(0, 0);
    // The sentences before `upto`: the left's one-sided rows, then the right's.
    let one_sided = |out: &mut Vec<Row>, next: &mut Pair<usize>, upto: Pair<usize>| {
        out.extend((next.left..upto.left).map(|i| Row {
            cells: Pair::new(Some(i), None),
            link: None,
        }));
        out.extend((next.right..upto.right).map(|j| Row {
            cells: Pair::new(None, Some(j)),
            link: None,
        }));
        *next = upto;
    };
    for op in capture_diff_slices(Algorithm::Patience, &order.left, &order.right) {
        let (tag, old, _) = op.as_tag_tuple();
        if tag != DiffTag::Equal {
            continue;
        }
        for k in old {
            let id = order.left[k];
            let s = links[id].sentences;
            one_sided(&mut out, &mut next, s);
            out.push(Row {
                cells: Pair::new(Some(s.left), Some(s.right)),
                link: Some(id),
            });
            on_a_row[id] = true;
            next = Pair::new(s.left + 1, s.right + 1);
        }
    }
    one_sided(&mut out, &mut next, lens);
    for (l, shared) in links.iter_mut().zip(on_a_row) {
        l.moved = !shared;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::Relation;
    use crate::align::score::Evidence;

    fn link(l: usize, r: usize) -> Link {
        Link {
            sentences: Pair::new(l, r),
            relation: Relation::Match,
            score: 1.0,
            moved: false,
            primary: true,
            differences: vec![],
            changes: Pair::default(),
            evidence: Evidence::default(),
        }
    }

    #[test]
    fn in_order_pairs_share_rows_and_a_swap_is_moved() {
        // Left 0,1,2 pair with right 0,2,1: 0 and one of the crossed pair stay, the other moves.
        let mut links = vec![link(0, 0), link(1, 2), link(2, 1)];
        let rows = rows(&mut links, Pair::new(3, 3));
        let moved = links.iter().filter(|l| l.moved).count();
        assert_eq!(moved, 1);
        assert!(!links[0].moved);
        // Every sentence appears exactly once per side.
        for side in [crate::span::Side::Left, crate::span::Side::Right] {
            let mut seen: Vec<usize> = rows.iter().filter_map(|r| *r.cells.get(side)).collect();
            seen.sort();
            assert_eq!(seen, [0, 1, 2]);
        }
    }

    #[test]
    fn between_two_rows_the_left_goes_first() {
        // Left 1 and right 2 lie between the pairs (0, 0) and (2, 3); right 1 too.
        let mut links = vec![link(0, 0), link(2, 3)];
        let rows = rows(&mut links, Pair::new(3, 4));
        let cells: Vec<_> = rows.iter().map(|r| (r.cells.left, r.cells.right)).collect();
        assert_eq!(
            cells,
            [
                (Some(0), Some(0)),
                (Some(1), None),
                (None, Some(1)),
                (None, Some(2)),
                (Some(2), Some(3)),
            ]
        );
    }

    #[test]
    fn one_sided_sentences_get_empty_partners() {
        let mut links = vec![link(1, 0)];
        let rows = rows(&mut links, Pair::new(2, 2));
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0].cells, Pair::new(Some(0), None));
        assert_eq!(rows[1].cells, Pair::new(Some(1), Some(0)));
        assert_eq!(rows[2].cells, Pair::new(None, Some(1)));
    }
}
