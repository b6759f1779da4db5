//! Cost and quality at scale, on generated pairs whose correspondence is
//! known: `cargo run --release --example scale -- [MB a side ...]`
//! (default 0.25 0.5 1 2 4). Prints time per stage, peak memory, and the
//! share of corresponding sentences found (recall) and of pairs right
//! (precision). With SCALE_WRITE=DIR the pairs are written there too, to
//! time the binary: `/usr/bin/time -v claimdiff compare DIR/left-4.txt
//! DIR/right-4.txt --format json > /dev/null`.

// The binary's allocator, so the figures match `claimdiff compare`.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::time::Instant;

use claimdiff::align::{matching, score};
use claimdiff::claim;
use claimdiff::corpus::Corpus;
use claimdiff::document::Document;
use claimdiff::report::json;
use claimdiff::sentence;
use claimdiff::span::Pair;
use claimdiff::synth;

mod common;
use common::peak_rss_mb;

fn main() {
    let sizes: Vec<f64> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![0.25, 0.5, 1.0, 2.0, 4.0]
    } else {
        sizes
    };
    println!(
        "| MB a side | sentences a side | ingest+split | extraction (sequential) | corpus (split+extract+weights, parallel) | candidates+scoring | matching | verdicts+layout | JSON | total | peak RSS | recall | precision |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    for mb in sizes {
        let s = synth::generate((mb * 1_000_000.0) as usize, 42);
        // SCALE_WRITE=DIR also writes the pair, to time the binary on it.
        if let Some(dir) = std::env::var_os("SCALE_WRITE") {
            let dir = std::path::PathBuf::from(dir);
            std::fs::write(dir.join(format!("left-{mb}.txt")), &s.left).unwrap();
            std::fs::write(dir.join(format!("right-{mb}.txt")), &s.right).unwrap();
        }
        let t0 = Instant::now();
        let docs = vec![
            Document::from_text("left", &s.left),
            Document::from_text("right", &s.right),
        ];
        let sents: Vec<_> = docs.iter().map(sentence::sentences).collect();
        let t_split = t0.elapsed();
        let t1 = Instant::now();
        let aliases = claim::Aliases::default();
        for (d, ss) in docs.iter().zip(&sents) {
            for st in ss {
                std::hint::black_box(claim::extract(st.span.of(&d.text), st.span.start, &aliases));
            }
        }
        let t_extract_alone = t1.elapsed();
        let t2 = Instant::now();
        let corpus = Corpus::new(docs);
        let t_corpus = t2.elapsed();
        let src = Pair::new(&corpus.sources[0], &corpus.sources[1]);
        let t3 = Instant::now();
        let views = src.map(|s| s.view());
        let scorer = score::Scorer::new(&corpus.index, Pair::new(0, 1), views);
        let cands = scorer.candidates();
        let t_cands = t3.elapsed();
        let t4 = Instant::now();
        let chosen = matching::choose(&cands, src.map(|s| s.sentences.len()), |e, p| {
            scorer.added_evidence(e, p)
        });
        let t_match = t4.elapsed();
        let t5 = Instant::now();
        let cmp = corpus.compare(0, 1);
        let t_compare = t5.elapsed();
        let t6 = Instant::now();
        // As the command line writes it to a pipe: compact, streamed.
        let mut sink = std::io::BufWriter::new(std::io::sink());
        serde_json::to_writer(&mut sink, &json::compare(&corpus, &cmp)).unwrap();
        let t_json = t6.elapsed();
        let verdict_layout = t_compare.saturating_sub(t_cands + t_match);
        let total = t_corpus + t_compare + t_json;

        let _ = chosen;
        let q = s.score(&cmp);
        let (recall, precision) = (q.recall, q.precision);
        eprintln!(
            "  {mb} MB: divergence recall {:.3}, precision {:.3} ({} changed figures); primary pairs {} precision {:.3}, extra pairs {} precision {:.3}",
            q.divergence_recall,
            q.divergence_precision,
            q.changed,
            q.primaries,
            q.primary_precision,
            q.extras,
            q.extra_precision
        );
        println!(
            "| {mb} | {} / {} | {:.2}s | {:.2}s | {:.2}s | {:.2}s | {:.2}s | {:.2}s | {:.2}s | {:.2}s | {:.0} MB | {:.3} | {:.3} |",
            corpus.sources[0].sentences.len(),
            corpus.sources[1].sentences.len(),
            t_split.as_secs_f64(),
            t_extract_alone.as_secs_f64(),
            t_corpus.as_secs_f64(),
            t_cands.as_secs_f64(),
            t_match.as_secs_f64(),
            verdict_layout.as_secs_f64(),
            t_json.as_secs_f64(),
            total.as_secs_f64(),
            peak_rss_mb(),
            recall,
            precision
        );
    }
}
