//! Why two sentences pair or do not: every sentence of the left article
//! with its scored candidates on the right, best first, and what each pair
//! shares.
//!
//! `cargo run --release --example explain -- LEFT RIGHT [LEFT_SENTENCE...]`
//!
//! Lines starting `*` are the pairs `compare` chose (`P` primary, `x`
//! extra). A right sentence that is not listed for a left one was never
//! proposed, or shares too little that is rare and says what.
//!
//! With `--features`, every sentence of both articles is listed instead,
//! with what the matcher reads in it (measures, events, names, dates).

use claimdiff::align::index::Feature;
use claimdiff::align::score::Scorer;
use claimdiff::corpus::{Corpus, shorten};
use claimdiff::document::Document;
use claimdiff::span::Pair;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 2 {
        eprintln!("usage: explain LEFT RIGHT [LEFT_SENTENCE...]");
        std::process::exit(2);
    }
    let docs: Vec<Document> = args[..2]
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).unwrap_or_else(|e| {
                eprintln!("cannot read {p}: {e}");
                std::process::exit(2)
            });
            Document::from_text(p, &text)
        })
        .collect();
    let only: Vec<usize> = args[2..].iter().filter_map(|a| a.parse().ok()).collect();
    let corpus = Corpus::new(docs);
    if args[2..].iter().any(|a| a == "--features") {
        list_features(&corpus);
        return;
    }
    let cmp = corpus.compare(0, 1);
    let sources = Pair::new(0, 1);
    let views = sources.map(|i| corpus.sources[i].view());
    let scorer = Scorer::new(&corpus.index, sources, views);
    let candidates = scorer.candidates();
    let (left, right) = (&corpus.sources[0], &corpus.sources[1]);
    for i in 0..left.sentences.len() {
        if !only.is_empty() && !only.contains(&i) {
            continue;
        }
        println!("L{i} {}", shorten(left.text(i), 110));
        let mut mine: Vec<_> = candidates
            .iter()
            .filter(|c| c.sentences.left == i)
            .collect();
        mine.sort_by(|a, b| b.score.total_cmp(&a.score));
        for c in mine {
            let j = c.sentences.right;
            let chosen = cmp.links.iter().find(|l| l.sentences == c.sentences);
            let mark = match chosen {
                Some(l) if l.primary => "*P",
                Some(_) => "*x",
                None => "  ",
            };
            let ev = scorer.evidence(c.sentences);
            println!(
                "  {mark} {:.3} R{j} {}",
                c.score,
                shorten(right.text(j), 90)
            );
            println!(
                "         words {:?} names {:?} quantities {:?} dates {:?} events {:?}",
                ev.words, ev.names, ev.quantities, ev.dates, ev.events
            );
        }
        for l in cmp.links.iter().filter(|l| l.sentences.left == i) {
            if !candidates.iter().any(|c| c.sentences == l.sentences) {
                println!(
                    "  *{} {:.3} R{} (found between anchors) {}",
                    if l.primary { "P" } else { "x" },
                    l.score,
                    l.sentences.right,
                    shorten(right.text(l.sentences.right), 80)
                );
            }
        }
    }
}

/// Every sentence of both articles with the features that are not plain
/// words or phrases.
fn list_features(corpus: &Corpus) {
    for (side, source) in corpus.sources.iter().enumerate().take(2) {
        for (i, f) in corpus.index.sentences(side).iter().enumerate() {
            let read: Vec<String> = f
                .ids
                .iter()
                .filter_map(|&id| match corpus.index.feature(id)? {
                    Feature::Word(_) | Feature::Phrase(_) => None,
                    other => Some(format!("{other:?}")),
                })
                .collect();
            let tag = if side == 0 { 'L' } else { 'R' };
            println!("{tag}{i} {}", shorten(source.text(i), 100));
            println!("     {}", read.join(" "));
        }
    }
}
