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

/// Two reference points on the same annotation, printed beside our figures:
/// pairing sentences by position, and plain TF-IDF cosine over lower-case
/// words (one-to-one, best threshold chosen with hindsight).
#[test]
fn baselines_on_the_same_annotation() {
    let corpus = Corpus::new(Document::seeds());
    let anns = annotations(&corpus);
    let words = |s: &str| -> Vec<String> {
        let mut w: Vec<String> = s
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        w.sort();
        w.dedup();
        w
    };
    let mut df: std::collections::HashMap<String, f64> = Default::default();
    let mut n = 0.0;
    for s in &corpus.sources {
        for i in 0..s.sentences.len() {
            n += 1.0;
            for w in words(s.text(i)) {
                *df.entry(w).or_default() += 1.0;
            }
        }
    }
    let vec_of = |s: &str| -> Vec<(String, f64)> {
        words(s)
            .into_iter()
            .map(|w| {
                let idf = (n / df[&w]).ln();
                (w, idf)
            })
            .collect()
    };
    let cosine = |a: &[(String, f64)], b: &[(String, f64)]| {
        let dot: f64 = a
            .iter()
            .filter_map(|(w, x)| b.iter().find(|(v, _)| v == w).map(|(_, y)| x * y))
            .sum();
        let na: f64 = a.iter().map(|(_, x)| x * x).sum::<f64>().sqrt();
        let nb: f64 = b.iter().map(|(_, x)| x * x).sum::<f64>().sqrt();
        if na * nb == 0.0 { 0.0 } else { dot / (na * nb) }
    };
    let sure = |ann: &Annotation, p: (usize, usize)| {
        ann.links.iter().find(|(q, _)| *q == p).map(|(_, g)| *g)
    };

    // Position: sentence i of one article against the sentence at the same
    // relative place in the other.
    let (mut div_hit, mut div_all) = (0, 0);
    for ann in &anns {
        let (a, b) = (
            &corpus.sources[ann.sources.0],
            &corpus.sources[ann.sources.1],
        );
        let (na, nb) = (a.sentences.len(), b.sentences.len());
        for &((l, r), g) in &ann.links {
            if g == Gold::Diverge {
                div_all += 1;
                if (l * nb) / na.max(1) == r {
                    div_hit += 1;
                }
            }
        }
    }
    println!(
        "position baseline: divergence recall {:.2}",
        ratio(div_hit, div_all)
    );

    let mut best = (0.0, 0.0, 0.0, 0.0);
    for step in 1..40 {
        let threshold = step as f64 * 0.02;
        let (mut found_sure, mut wrong, mut total_sure, mut missed) = (0, 0, 0, 0);
        for ann in &anns {
            let (a, b) = (
                &corpus.sources[ann.sources.0],
                &corpus.sources[ann.sources.1],
            );
            let va: Vec<_> = (0..a.sentences.len()).map(|i| vec_of(a.text(i))).collect();
            let vb: Vec<_> = (0..b.sentences.len()).map(|j| vec_of(b.text(j))).collect();
            let mut cands: Vec<(f64, usize, usize)> = Vec::new();
            for (i, x) in va.iter().enumerate() {
                for (j, y) in vb.iter().enumerate() {
                    let c = cosine(x, y);
                    if c >= threshold {
                        cands.push((c, i, j));
                    }
                }
            }
            cands.sort_by(|x, y| y.0.total_cmp(&x.0));
            let (mut ua, mut ub) = (vec![false; va.len()], vec![false; vb.len()]);
            let mut chosen = Vec::new();
            for (_, i, j) in cands {
                if !ua[i] && !ub[j] {
                    ua[i] = true;
                    ub[j] = true;
                    chosen.push((i, j));
                }
            }
            for &p in &chosen {
                match sure(ann, p) {
                    Some(Gold::Maybe) => {}
                    Some(_) => found_sure += 1,
                    None => wrong += 1,
                }
            }
            for &(p, g) in &ann.links {
                if g != Gold::Maybe {
                    total_sure += 1;
                    if !chosen.contains(&p) {
                        missed += 1;
                    }
                }
            }
        }
        let p = ratio(found_sure, found_sure + wrong);
        let r = ratio(total_sure - missed, total_sure);
        if f1(p, r) > best.0 {
            best = (f1(p, r), p, r, threshold);
        }
    }
    println!(
        "plain TF-IDF baseline: best match F1 {:.2} (precision {:.2} recall {:.2} at cosine ≥ {:.2})",
        best.0, best.1, best.2, best.3
    );
    let ours = evaluate(&corpus, false);
    assert!(
        f1(ours.match_p, ours.match_r) > best.0,
        "the matcher must beat plain TF-IDF on match F1"
    );
}

/// The figures when each pair is compared alone (as `claimdiff compare A B`
/// does: word weights from those two articles only).
#[test]
fn quality_with_two_articles_at_a_time() {
    let seeds = Document::seeds();
    let full = Corpus::new(seeds.clone());
    let mut t = (0, 0, 0, 0, 0, 0, 0);
    for ann in annotations(&full) {
        let corpus = Corpus::new(vec![
            seeds[ann.sources.0].clone(),
            seeds[ann.sources.1].clone(),
        ]);
        let cmp = corpus.compare(0, 1);
        let gold = |p: (usize, usize)| ann.links.iter().find(|(q, _)| *q == p).map(|(_, g)| *g);
        for l in &cmp.links {
            let p = (l.sentences.left, l.sentences.right);
            match gold(p) {
                Some(Gold::Maybe) => {}
                Some(_) => t.0 += 1,
                None => t.1 += 1,
            }
            if l.relation == Relation::Diverge {
                match gold(p) {
                    Some(Gold::Diverge) => t.4 += 1,
                    Some(Gold::Maybe) => {}
                    _ => t.5 += 1,
                }
            }
        }
        for &(p, g) in &ann.links {
            if g == Gold::Maybe {
                continue;
            }
            t.2 += 1;
            if cmp
                .links
                .iter()
                .any(|l| (l.sentences.left, l.sentences.right) == p)
            {
                t.3 += 1;
            }
            if g == Gold::Diverge {
                t.6 += 1;
            }
        }
    }
    let (mp, mr) = (ratio(t.0, t.0 + t.1), ratio(t.3, t.2));
    let (dp, dr) = (ratio(t.4, t.4 + t.5), ratio(t.4, t.6));
    println!(
        "two at a time: match precision {mp:.2} recall {mr:.2} F1 {:.2} · divergence precision {dp:.2} recall {dr:.2}",
        f1(mp, mr)
    );
    assert!(
        f1(mp, mr) >= 0.4 && dr >= 0.5,
        "pairwise quality fell: match F1 {:.2}, divergence recall {dr:.2}",
        f1(mp, mr)
    );
}

/// No pair rests only on words every article about the event uses.
#[test]
fn no_pair_rests_on_common_words_alone() {
    let corpus = Corpus::new(Document::seeds());
    let common = [
        "attack",
        "russia",
        "russian",
        "secur",
        "moscow",
        "terrorist",
        "putin",
        "offici",
    ];
    for cmp in corpus.compare_all() {
        for l in &cmp.links {
            let e = &l.evidence;
            // What both say happened counts, but for the attack itself:
            // "the lapse in security" and "laid bare the vulnerabilities"
            // both tell of a failure.
            let beyond = e.words.iter().any(|w| !common.contains(&w.as_str()))
                || !e.quantities.is_empty()
                || !e.dates.is_empty()
                || e.events.iter().any(|ev| ev != "attack")
                || e.phrases
                    .iter()
                    .any(|p| p.split(' ').any(|w| !common.contains(&w)));
            assert!(
                beyond,
                "{:?} L{} R{} paired on {:?}",
                cmp.sources, l.sentences.left, l.sentences.right, e
            );
        }
    }
}
