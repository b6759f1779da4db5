//! Two articles from any bytes: compare them both ways; the result mirrors,
//! every sentence sits in one row per side, and the reports render.
#![no_main]

use claimdiff::corpus::Corpus;
use claimdiff::document::Document;
use claimdiff::report::{json, text};
use claimdiff::span::Side;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let cut = data.iter().position(|&b| b == 0xff).unwrap_or(data.len() / 2);
    let (a, b) = data.split_at(cut);
    let corpus = Corpus::new(vec![Document::from_bytes("a", a.to_vec()), Document::from_bytes("b", b.to_vec())]);
    let ab = corpus.compare(0, 1);
    let ba = corpus.compare(1, 0);
    assert_eq!(ab.clone().mirror(), ba);
    for side in [Side::Left, Side::Right] {
        let n = corpus.sources[*ab.sources.get(side)].sentences.len();
        let mut seen: Vec<usize> = ab.rows.iter().filter_map(|r| *r.cells.get(side)).collect();
        seen.sort();
        assert_eq!(seen, (0..n).collect::<Vec<_>>());
    }
    let _ = serde_json::to_string(&json::compare(&corpus, &ab)).unwrap();
    let shown = text::compare(&corpus, &ab) + &text::markdown(&corpus, &ab);
    assert!(!shown.chars().any(|c| c.is_control() && c != '\n'));
});
