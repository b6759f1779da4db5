//! Readable golden files: the alignment of seed pairs and the sentences of
//! each seed, as a person reviews them (`tests/snapshots/`). A change to the
//! engine that moves a pair shows up here as a diff to read, not a hash.
//!
//! Update after a reviewed change with `INSTA_UPDATE=always cargo test --test golden`
//! (or `cargo insta review`).

use claimdiff::corpus::Corpus;
use claimdiff::document::Document;
use claimdiff::report::text;

/// The seeds as the interface loads them: all five in one corpus.
fn corpus() -> Corpus {
    Corpus::new(Document::seeds())
}

fn alignment(a: usize, b: usize) -> String {
    let c = corpus();
    text::compare(&c, &c.compare(a, b))
}

#[test]
fn alignment_000_001() {
    insta::assert_snapshot!(alignment(0, 1));
}

#[test]
fn alignment_000_003() {
    insta::assert_snapshot!(alignment(0, 3));
}

#[test]
fn alignment_001_004() {
    insta::assert_snapshot!(alignment(1, 4));
}

#[test]
fn alignment_002_004() {
    insta::assert_snapshot!(alignment(2, 4));
}

#[test]
fn facts_of_the_seeds() {
    let c = corpus();
    insta::assert_snapshot!(text::facts(
        &c,
        &claimdiff::facts::facts(&c, &c.compare_all())
    ));
}

#[test]
fn sentences_of_every_seed() {
    let c = corpus();
    let all: Vec<String> = c
        .sources
        .iter()
        .map(|s| format!("== {}\n{}", s.doc.source, text::sentences(s)))
        .collect();
    insta::assert_snapshot!(all.join("\n"));
}
