//! Which pairs of sources to compare for facts. Two sentences only give the
//! same fact when they give a value of the same measure, so only sources
//! that share such a measure are worth comparing; and since a fact is what
//! links join, transitively, a source need not be compared with every other
//! that gives the measure: linked to a few of them, it joins the same
//! group. Each source is compared, per measure, with at most [`WINDOW`]
//! sources before it that give the measure too, so the pairs grow with the
//! number of sources, not its square; up to `WINDOW + 1` sources a measure,
//! every pair that could link is compared.

use std::collections::BTreeMap;

use super::Given;

/// How many earlier sources giving a measure each source is compared with.
pub const WINDOW: usize = 16;

/// The pairs of sources (lower index first, in order, no repeats) to compare
/// for the facts that links find. `given[source][sentence]`.
pub(super) fn pairs(given: &[Vec<Vec<Given>>]) -> Vec<(usize, usize)> {
    // measure → the sources giving a value of it that needs a link, in order.
    let mut by_measure: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (si, sentences) in given.iter().enumerate() {
        let mut keys: Vec<&str> = sentences
            .iter()
            .flatten()
            .filter(|g| g.topic.is_none())
            // Dates of different kinds may still be compared ("March 22,
            // 2024" and "2024"), so all dates share one block.
            .map(|g| {
                if g.key.starts_with("d:") {
                    "d:"
                } else {
                    g.key.as_str()
                }
            })
            .collect();
        keys.sort_unstable();
        keys.dedup();
        for k in keys {
            by_measure.entry(k).or_default().push(si);
        }
    }
    let mut out: Vec<(usize, usize)> = Vec::new();
    for sources in by_measure.values() {
        for (i, &b) in sources.iter().enumerate() {
            for &a in &sources[i.saturating_sub(WINDOW)..i] {
                out.push((a, b));
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}
