//! Match and divergence quality against the hand annotations in
//! `tests/fixtures/gold/` (see its README).
//!
//! `cargo test --test quality -- --nocapture` prints the figures. The asserted
//! floors sit well below the measured figures: they catch a regression, they
//! are not the target.

use std::collections::BTreeSet;

use claimdiff::align::Relation;
use claimdiff::corpus::{Corpus, Source};
use claimdiff::document::Document;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Gold {
    Match,
    Diverge,
    Maybe,
}

struct Annotation {
    name: String,
    sources: (usize, usize),
    links: Vec<((usize, usize), Gold)>,
}

fn find(src: &Source, prefix: &str) -> usize {
    let hits: Vec<usize> = (0..src.sentences.len())
        .filter(|&i| src.text(i).starts_with(prefix))
        .collect();
    assert_eq!(
        hits.len(),
        1,
        "'{prefix}' must start exactly one sentence of {}",
        src.doc.source
    );
    hits[0]
}

fn annotations(corpus: &Corpus) -> Vec<Annotation> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/gold");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let index_of = |label: &str| {
        corpus
            .sources
            .iter()
            .position(|s| s.doc.name == label)
            .unwrap_or_else(|| panic!("no seed {label}"))
    };
    files
        .iter()
        .map(|path| {
            let name = path.file_stem().unwrap().to_str().unwrap().to_string();
            let (l, r) = name.split_once('-').unwrap();
            let (a, b) = (index_of(l), index_of(r));
            let links = std::fs::read_to_string(path)
                .unwrap()
                .lines()
                .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
                .map(|line| {
                    let parts: Vec<&str> = line.split('|').map(str::trim).collect();
                    let gold = match parts[0] {
                        "match" => Gold::Match,
                        "diverge" => Gold::Diverge,
                        "maybe" => Gold::Maybe,
                        other => panic!("unknown relation {other}"),
                    };
                    (
                        (
                            find(&corpus.sources[a], parts[1]),
                            find(&corpus.sources[b], parts[2]),
                        ),
                        gold,
                    )
                })
                .collect();
            Annotation {
                name,
                sources: (a, b),
                links,
            }
        })
        .collect()
}

#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    found_sure: usize,
    found_wrong: usize,
    sure: usize,
    found_sure_missed: usize,
    div_true: usize,
    div_false: usize,
    div_gold: usize,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

struct Scores {
    match_p: f64,
    match_r: f64,
    div_p: f64,
    div_r: f64,
}

fn evaluate(corpus: &Corpus, verbose: bool) -> Scores {
    let mut t = Tally::default();
    for ann in annotations(corpus) {
        let cmp = corpus.compare(ann.sources.0, ann.sources.1);
        let gold = |l: usize, r: usize| {
            ann.links
                .iter()
                .find(|(p, _)| *p == (l, r))
                .map(|(_, g)| *g)
        };
        let found: BTreeSet<(usize, usize)> = cmp
            .links
            .iter()
            .map(|l| (l.sentences.left, l.sentences.right))
            .collect();
        for l in &cmp.links {
            let (a, b) = (l.sentences.left, l.sentences.right);
            match gold(a, b) {
                Some(Gold::Maybe) => {}
                Some(_) => t.found_sure += 1,
                None => {
                    t.found_wrong += 1;
                    if verbose {
                        println!(
                            "  {} extra pair  L{a} R{b} ({:.2}): {:?}",
                            ann.name, l.score, l.evidence
                        );
                    }
                }
            }
            if l.relation == Relation::Diverge && gold(a, b) != Some(Gold::Maybe) {
                if gold(a, b) == Some(Gold::Diverge) {
                    t.div_true += 1;
                } else {
                    t.div_false += 1;
                    if verbose {
                        println!(
                            "  {} false divergence L{a} R{b}: {:?}",
                            ann.name, l.differences
                        );
                    }
                }
            }
        }
        for &((a, b), g) in &ann.links {
            if g == Gold::Maybe {
                continue;
            }
            t.sure += 1;
            if !found.contains(&(a, b)) {
                t.found_sure_missed += 1;
                if verbose {
                    println!("  {} missed {g:?} L{a} R{b}", ann.name);
                }
            }
            if g == Gold::Diverge {
                t.div_gold += 1;
            }
        }
    }
    Scores {
        match_p: ratio(t.found_sure, t.found_sure + t.found_wrong),
        match_r: ratio(t.sure - t.found_sure_missed, t.sure),
        div_p: ratio(t.div_true, t.div_true + t.div_false),
        div_r: ratio(t.div_true, t.div_gold),
    }
}

#[test]
fn quality_on_annotated_seed_pairs() {
    let corpus = Corpus::new(Document::seeds());
    let s = evaluate(&corpus, true);
    println!(
        "match precision {:.2} recall {:.2} F1 {:.2} · divergence precision {:.2} recall {:.2} F1 {:.2}",
        s.match_p,
        s.match_r,
        f1(s.match_p, s.match_r),
        s.div_p,
        s.div_r,
        f1(s.div_p, s.div_r)
    );
    assert!(f1(s.match_p, s.match_r) >= 0.5, "match F1 fell below 0.5");
    assert!(s.div_r >= 0.6, "divergence recall fell below 0.6");
    assert!(s.div_p >= 0.8, "divergence precision fell below 0.8");
}

/// Every pair of seeds states the death toll; every annotated pair where the
/// tolls differ must pair those sentences and flag the number.
#[test]
fn death_toll_diverges_in_every_pair_that_states_it() {
    let corpus = Corpus::new(Document::seeds());
    let toll = |src: &Source| {
        (0..src.sentences.len())
            .find(|&i| {
                src.claims[i].quantities.iter().any(|q| {
                    q.role == Some(claimdiff::claim::Role::Dead)
                        && q.counts.as_deref() == Some("people")
                })
            })
            .unwrap_or_else(|| panic!("{} states no death toll", src.doc.source))
    };
    for a in 0..corpus.sources.len() {
        for b in a + 1..corpus.sources.len() {
            let (ta, tb) = (toll(&corpus.sources[a]), toll(&corpus.sources[b]));
            let cmp = corpus.compare(a, b);
            let link = cmp
                .links
                .iter()
                .find(|l| l.sentences.left == ta && l.sentences.right == tb);
            let link = link
                .unwrap_or_else(|| panic!("seeds {a} and {b}: death-toll sentences not paired"));
            let qa = &corpus.sources[a].claims[ta].quantities;
            let qb = &corpus.sources[b].claims[tb].quantities;
            let dead =
                |q: &&claimdiff::claim::Quantity| q.role == Some(claimdiff::claim::Role::Dead);
            let same_toll = qa.iter().filter(dead).any(|x| {
                qb.iter()
                    .filter(dead)
                    .any(|y| x.value == y.value && x.op == y.op)
            });
            let flagged = link
                .differences
                .iter()
                .any(|d| d.kind == claimdiff::align::DiffKind::Number);
            assert_eq!(
                flagged, !same_toll,
                "seeds {a} and {b}: {:?}",
                link.differences
            );
        }
    }
}
