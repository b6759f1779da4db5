//! The engine on the seeds: analysing the five articles, comparing one pair,
//! comparing every pair, and the facts. `cargo bench --bench engine`.

use std::hint::black_box;

use claimdiff::corpus::Corpus;
use claimdiff::document::Document;
use claimdiff::facts;
use criterion::{Criterion, criterion_group, criterion_main};

fn engine(c: &mut Criterion) {
    let seeds = Document::seeds();
    c.bench_function("corpus of the five seeds (split + extract)", |b| {
        b.iter(|| Corpus::new(black_box(seeds.clone())))
    });
    let corpus = Corpus::new(seeds);
    c.bench_function("compare one seed pair", |b| {
        b.iter(|| corpus.compare(black_box(0), black_box(3)))
    });
    c.bench_function("compare all ten seed pairs", |b| {
        b.iter(|| corpus.compare_all())
    });
    let all = corpus.compare_all();
    c.bench_function("facts across the seeds", |b| {
        b.iter(|| facts::facts(&corpus, black_box(&all)))
    });

    // A generated 200 KB pair (known correspondence): the whole pipeline.
    let s = claimdiff::synth::generate(200_000, 42);
    let docs = vec![
        Document::from_text("left", &s.left),
        Document::from_text("right", &s.right),
    ];
    let mut group = c.benchmark_group("200 KB pair");
    group.sample_size(20);
    group.bench_function("analyse + compare", |b| {
        b.iter(|| {
            let corpus = Corpus::new(black_box(docs.clone()));
            corpus.compare(0, 1)
        })
    });
    group.finish();
}

criterion_group!(benches, engine);
criterion_main!(benches);
