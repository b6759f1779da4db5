//! Bounds on hostile sizes, measured: `cargo run --release --example bounds`.
//!
//! 1. Text without a full stop (1 MB and 2 MB on one line): time to split it
//!    into sentences and to compare it with a seed, in process. Before the
//!    splitter gave a sentence a maximum length, 1 MB took 12 s and 2 MB 48 s
//!    (one sentence; claim extraction walks it once per token).
//! 2. With `BOUNDS_WRITE=DIR`, writes the articles the peak-memory figures
//!    come from: `dense-N.txt` (N MB on one line, no full stop) and
//!    `stops-N.txt` (N MB of sentences), for N in 1 4 16 64, or the sizes
//!    given as arguments. Measure the binary on them with
//!    `/usr/bin/time -v claimdiff compare DIR/stops-16.txt seeds/000_eb0554e51823464c.txt --format json > /dev/null`
//!    ("Maximum resident set size").

use std::alloc::{GlobalAlloc, Layout};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Instant;

/// The binary's allocator, so the figures match `claimdiff compare`,
/// counting the bytes asked for and not yet given back: resident memory
/// also holds what the allocator keeps after it is freed, which this does
/// not.
struct Counted;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static LIVE_PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(by: usize) {
    let now = LIVE.fetch_add(by, Relaxed) + by;
    LIVE_PEAK.fetch_max(now, Relaxed);
}

// SAFETY: every call is passed on to mimalloc unchanged; the counters are
// only read.
unsafe impl GlobalAlloc for Counted {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        grew(layout.size());
        // SAFETY: as the caller promised for `layout`.
        unsafe { mimalloc::MiMalloc.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        grew(layout.size());
        // SAFETY: as the caller promised for `layout`.
        unsafe { mimalloc::MiMalloc.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Relaxed);
        // SAFETY: `ptr` came from this allocator with `layout`.
        unsafe { mimalloc::MiMalloc.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // Counted as held at once, as a move to a new block holds both.
        grew(new_size);
        LIVE.fetch_sub(layout.size(), Relaxed);
        // SAFETY: `ptr` came from this allocator with `layout`.
        unsafe { mimalloc::MiMalloc.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counted = Counted;

use claimdiff::corpus::Corpus;
use claimdiff::document::Document;
use claimdiff::report::json;
use claimdiff::sentence;
use claimdiff::synth;

mod common;
use common::peak_rss_mb;

/// `bytes` of generated news prose, sentences and paragraphs as written.
fn with_stops(bytes: usize) -> String {
    let mut s = synth::generate(bytes, 7).left;
    let mut end = bytes.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.truncate(end);
    s
}

/// The same prose on one line with no sentence end: no `.`, `!`, `?` or
/// line break anywhere, one space between words (two would read as a row
/// of menu items).
fn dense(bytes: usize) -> String {
    with_stops(bytes)
        .replace(['.', '!', '?'], "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// (resident now, peak so far) in MB.
fn rss_mb() -> (f64, f64) {
    (common::status_mb("VmRSS:"), common::status_mb("VmHWM:"))
}

/// (allocated now, most allocated so far) in MB.
fn live_mb() -> (f64, f64) {
    let mb = |n: usize| n as f64 / (1 << 20) as f64;
    (mb(LIVE.load(Relaxed)), mb(LIVE_PEAK.load(Relaxed)))
}

/// Where the memory of `compare FILE seed --format json` goes, stage by
/// stage: `cargo run --release --example bounds -- --memory FILE`. The
/// allocated columns count what the program holds; resident memory adds
/// what the allocator keeps of what was freed (the claims measured alone
/// stay resident after they are dropped, so later stages start higher than
/// in the binary).
fn memory(path: &str) {
    let show = |stage: &str| {
        let (now, peak) = rss_mb();
        let (live, live_peak) = live_mb();
        println!("| {stage} | {now:.0} MB | {peak:.0} MB | {live:.0} MB | {live_peak:.0} MB |");
    };
    println!(
        "| after | resident | resident peak | allocated | allocated peak |\n|---|---|---|---|---|"
    );
    show("start");
    let doc = claimdiff::document::load(path).unwrap().remove(0);
    show("reading and decoding");
    let sentences = sentence::sentences(&doc);
    show(&format!("splitting ({} sentences)", sentences.len()));
    // The claims alone (what the analysis keeps per sentence), then freed:
    // the allocator keeps the pages, so later stages reuse them.
    let mut aliases = claimdiff::claim::Aliases::default();
    aliases.learn(&doc.text);
    let claims: Vec<_> = sentences
        .iter()
        .map(|s| claimdiff::claim::extract(s.span.of(&doc.text), s.span.start, &aliases))
        .collect();
    show("claims of every sentence, alone");
    let per = |n: usize| n as f64 / claims.len().max(1) as f64;
    let count = |f: &dyn Fn(&claimdiff::claim::Claims) -> usize| per(claims.iter().map(f).sum());
    println!(
        "| (a sentence has {:.1} words, {:.1} phrases, {:.2} names, {:.2} quantities, {:.2} dates, {:.2} events, {:.2} attributions) | | | | |",
        count(&|c| c.words.len()),
        count(&|c| c.phrases().count()),
        count(&|c| c.names.len()),
        count(&|c| c.quantities.len()),
        count(&|c| c.dates.len()),
        count(&|c| c.events.len()),
        count(&|c| c.attributions.len()),
    );
    drop(claims);
    drop(sentences);
    let corpus = Corpus::new(vec![doc, Document::seeds().remove(0)]);
    show("analysis (sentences, claims, features, weights)");
    println!(
        "| ({} features in the vocabulary) | | | | |",
        corpus.index.vocabulary()
    );
    let cmp = corpus.compare(0, 1);
    show("comparison");
    let sink = || std::io::BufWriter::new(std::io::sink());
    json::write(sink(), &json::compare_stream(&corpus, &cmp), false).unwrap();
    show("JSON written as it is made (the binary)");
    json::write(sink(), &json::compare(&corpus, &cmp), false).unwrap();
    show("JSON built whole, then written (before)");
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(path) = args
        .iter()
        .position(|a| a == "--memory")
        .and_then(|i| args.get(i + 1))
    {
        memory(path);
        return;
    }
    let sizes: Vec<f64> = args.iter().filter_map(|a| a.parse().ok()).collect();
    if let Some(dir) = std::env::var_os("BOUNDS_WRITE") {
        let dir = std::path::PathBuf::from(dir);
        let sizes = if sizes.is_empty() {
            vec![1.0, 4.0, 16.0, 64.0]
        } else {
            sizes
        };
        for mb in sizes {
            let n = (mb * 1_000_000.0) as usize;
            std::fs::write(dir.join(format!("stops-{mb}.txt")), with_stops(n)).unwrap();
            std::fs::write(dir.join(format!("dense-{mb}.txt")), dense(n)).unwrap();
            eprintln!("wrote {mb} MB");
        }
        return;
    }
    let seed = Document::seeds().remove(0);
    println!(
        "| text without a full stop | sentences | split | compare with a seed (split, claims, weights, matching) | peak RSS |"
    );
    println!("|---|---|---|---|---|");
    let sizes = if sizes.is_empty() {
        vec![1.0, 2.0]
    } else {
        sizes
    };
    for mb in sizes {
        let text = dense((mb * 1_000_000.0) as usize);
        let t = Instant::now();
        let spans = sentence::split(&text);
        let split = t.elapsed();
        let t = Instant::now();
        let corpus = Corpus::new(vec![Document::from_text("dense", &text), seed.clone()]);
        let cmp = corpus.compare(0, 1);
        let compared = t.elapsed();
        std::hint::black_box(&cmp);
        println!(
            "| {mb} MB | {} | {:.3} s | {:.2} s | {:.0} MB |",
            spans.len(),
            split.as_secs_f64(),
            compared.as_secs_f64(),
            peak_rss_mb()
        );
    }
}
