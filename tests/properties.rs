//! Invariants over generated input: spans cover text in order, extraction
//! never panics, comparing B with A mirrors A with B, output is deterministic.

use claimdiff::claim::{self, Aliases};
use claimdiff::corpus::Corpus;
use claimdiff::document::Document;
use claimdiff::report::json;
use claimdiff::sentence;
use claimdiff::span::Side;
use proptest::prelude::*;

/// Article-like text: words from a small news vocabulary (so two articles
/// share facts), numbers, qualifiers, names, punctuation and line breaks.
fn article() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        Just("the".to_string()),
        Just("attack".to_string()),
        Just("Moscow".to_string()),
        Just("ISIS-K".to_string()),
        Just("Islamic State".to_string()),
        Just("U.S.".to_string()),
        Just("Mr.".to_string()),
        Just("killed".to_string()),
        Just("at least".to_string()),
        Just("more than".to_string()),
        Just("people".to_string()),
        Just("concert hall".to_string()),
        Just("claimed responsibility".to_string()),
        Just("March 22".to_string()),
        Just("on Friday".to_string()),
        Just("twenty years".to_string()),
        Just("not".to_string()),
        (1u32..400).prop_map(|n| n.to_string()),
        "[a-z]{1,8}",
    ];
    let sentence = (
        prop::collection::vec(word, 1..14),
        prop_oneof![Just("."), Just("!"), Just("?"), Just(""), Just("...")],
    )
        .prop_map(|(ws, end)| {
            let mut s = ws.join(" ");
            if let Some(c) = s.get_mut(0..1) {
                c.make_ascii_uppercase();
            }
            s + end
        });
    prop::collection::vec(
        (
            sentence,
            prop_oneof![Just(" "), Just("\n"), Just("\n\n"), Just("  ")],
        ),
        0..12,
    )
    .prop_map(|v| v.into_iter().map(|(s, sep)| s + sep).collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn spans_are_ordered_on_boundaries_and_inside(text in any::<String>()) {
        let doc = Document::from_text("p", &text);
        let sents = sentence::sentences(&doc);
        let mut last = 0;
        for s in &sents {
            prop_assert!(s.span.start >= last && s.span.start < s.span.end && s.span.end <= doc.text.len());
            prop_assert!(doc.text.is_char_boundary(s.span.start) && doc.text.is_char_boundary(s.span.end));
            last = s.span.end;
        }
    }

    #[test]
    fn spans_cover_every_visible_character(text in article()) {
        let doc = Document::from_text("p", &text);
        let covered: usize = sentence::sentences(&doc).iter().map(|s| s.span.of(&doc.text).chars().filter(|c| !c.is_whitespace()).count()).sum();
        prop_assert_eq!(covered, text.chars().filter(|c| !c.is_whitespace()).count());
    }

    #[test]
    fn extraction_never_panics(text in any::<String>()) {
        let c = claim::extract(&text, 0, &Aliases::default());
        for q in &c.quantities {
            prop_assert!(q.span.end <= text.len());
        }
    }

    #[test]
    fn compare_of_any_strings_mirrors(a in any::<String>(), b in any::<String>()) {
        let corpus = Corpus::new(vec![Document::from_text("a", &a), Document::from_text("b", &b)]);
        prop_assert_eq!(&corpus.compare(0, 1).mirror(), &corpus.compare(1, 0));
    }

    #[test]
    fn compare_mirrors_and_repeats(a in article(), b in article()) {
        let corpus = Corpus::new(vec![Document::from_text("a", &a), Document::from_text("b", &b)]);
        let ab = corpus.compare(0, 1);
        let ba = corpus.compare(1, 0);
        prop_assert_eq!(&ab.clone().mirror(), &ba);
        prop_assert_eq!(&ab, &corpus.compare(0, 1));
        // Every sentence exactly once per side in the rows, in its order.
        for side in [Side::Left, Side::Right] {
            let n = corpus.sources[*ab.sources.get(side)].sentences.len();
            let seen: Vec<usize> = ab.rows.iter().filter_map(|r| *r.cells.get(side)).collect();
            prop_assert_eq!(seen, (0..n).collect::<Vec<_>>());
        }
        // Same input, same JSON.
        let again = Corpus::new(vec![Document::from_text("a", &a), Document::from_text("b", &b)]);
        let j1 = serde_json::to_string(&json::compare(&corpus, &ab)).unwrap();
        let j2 = serde_json::to_string(&json::compare(&again, &again.compare(0, 1))).unwrap();
        prop_assert_eq!(j1, j2);
    }
}
