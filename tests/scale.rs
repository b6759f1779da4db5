//! Quality on a generated pair whose correspondence is known (the same
//! facts reworded, reordered in blocks, some figures changed, some facts on
//! one side only). Time is measured in `benches/` and `examples/scale.rs`,
//! never here.

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
    let q = s.score(&cmp);
    assert!(q.recall >= 0.95, "recall {:.3}", q.recall);
    assert!(q.precision >= 0.97, "precision {:.3}", q.precision);
    assert!(
        q.divergence_recall >= 0.9,
        "divergence recall {:.3}",
        q.divergence_recall
    );
    // Moved blocks are marked moved, in-order pairs share rows.
    assert!(cmp.links.iter().any(|l| l.moved) && cmp.links.iter().any(|l| !l.moved));
}
