//! Quality on a generated pair whose correspondence is known (the same
//! facts reworded, reordered in blocks, some figures changed, some facts on
//! one side only). Time is measured in `benches/` and `examples/scale.rs`,
//! never here.

use std::collections::HashSet;

use claimdiff::align::Relation;
use claimdiff::corpus::Corpus;
use claimdiff::document::Document;
use claimdiff::synth;

#[test]
fn a_generated_pair_is_found_and_its_changed_figures_flagged() {
    let s = synth::generate(150_000, 11);
    let corpus = Corpus::new(vec![
        Document::from_text("left", &s.left),
        Document::from_text("right", &s.right),
    ]);
    let cmp = corpus.compare(0, 1);
    let truth: HashSet<(usize, usize)> = s.truth.iter().map(|t| (t.0, t.1)).collect();
    let found: HashSet<(usize, usize)> = cmp
        .links
        .iter()
        .map(|l| (l.sentences.left, l.sentences.right))
        .collect();
    let hit = truth.intersection(&found).count();
    let recall = hit as f64 / truth.len() as f64;
    let precision = hit as f64 / found.len() as f64;
    assert!(recall >= 0.95, "recall {recall:.3}");
    assert!(precision >= 0.97, "precision {precision:.3}");
    let changed: HashSet<(usize, usize)> =
        s.truth.iter().filter(|t| t.2).map(|t| (t.0, t.1)).collect();
    let flagged: HashSet<(usize, usize)> = cmp
        .links
        .iter()
        .filter(|l| l.relation == Relation::Diverge)
        .map(|l| (l.sentences.left, l.sentences.right))
        .collect();
    let div_recall = changed.intersection(&flagged).count() as f64 / changed.len() as f64;
    assert!(div_recall >= 0.9, "divergence recall {div_recall:.3}");
    // Moved blocks are marked moved, in-order pairs share rows.
    assert!(cmp.links.iter().any(|l| l.moved) && cmp.links.iter().any(|l| !l.moved));
}
