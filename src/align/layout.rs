//! The rows a reader scrolls: `similar` diffs the two sentence sequences keyed
//! by their primary pair, so pairs in the same order share a row, one-sided
//! sentences get an empty partner, and pairs out of order are marked moved.

use similar::{Algorithm, DiffTag, capture_diff_slices};

use super::{Link, Row};
use crate::span::Pair;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Key {
    Link(usize),
    Alone(usize),
}

/// Lay out rows and mark each link `moved` when its sentences do not share one.
pub fn rows(links: &mut [Link], lens: Pair<usize>) -> Vec<Row> {
    let mut keys = lens.map(|n| (0..n).map(Key::Alone).collect::<Vec<_>>());
    for (id, l) in links.iter().enumerate().filter(|(_, l)| l.primary) {
        keys.left[l.sentences.left] = Key::Link(id);
        keys.right[l.sentences.right] = Key::Link(id);
    }
    // One-sided keys must never compare equal across sides.
    let right: Vec<Key> = keys
        .right
        .iter()
        .map(|k| {
            if let Key::Alone(j) = k {
                Key::Alone(usize::MAX - j)
            } else {
                *k
            }
        })
        .collect();

    let mut out = Vec::with_capacity(lens.left.max(lens.right));
    for op in capture_diff_slices(Algorithm::Patience, &keys.left, &right) {
        let (tag, old, new) = op.as_tag_tuple();
        match tag {
            DiffTag::Equal => {
                for (i, j) in old.zip(new) {
                    let link = match keys.left[i] {
                        Key::Link(id) => Some(id),
                        Key::Alone(_) => None,
                    };
                    out.push(Row {
                        cells: Pair::new(Some(i), Some(j)),
                        link,
                    });
                }
            }
            _ => {
                out.extend(old.map(|i| Row {
                    cells: Pair::new(Some(i), None),
                    link: None,
                }));
                out.extend(new.map(|j| Row {
                    cells: Pair::new(None, Some(j)),
                    link: None,
                }));
            }
        }
    }
    let mut on_a_row = vec![false; links.len()];
    for id in out.iter().filter_map(|r| r.link) {
        on_a_row[id] = true;
    }
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
    fn one_sided_sentences_get_empty_partners() {
        let mut links = vec![link(1, 0)];
        let rows = rows(&mut links, Pair::new(2, 2));
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0].cells, Pair::new(Some(0), None));
        assert_eq!(rows[1].cells, Pair::new(Some(1), Some(0)));
        assert_eq!(rows[2].cells, Pair::new(None, Some(1)));
    }
}
