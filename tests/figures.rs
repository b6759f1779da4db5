//! Figures keep their sign and their size through the whole engine: two
//! articles that give "-40" and "40", or two 22-digit counts one apart, are
//! paired as the same fact and called different, never the same figure.

use claimdiff::align::{DiffKind, Relation};
use claimdiff::corpus::Corpus;
use claimdiff::document::Document;

/// A short report around one sentence that carries the figure.
fn article(figure_sentence: &str) -> String {
    format!(
        "Arctic storm grips the northern valley.\n\n\
         The regional weather office issued a red warning for the valley on Monday.\n\n\
         {figure_sentence}\n\n\
         Schools in the valley closed and buses stopped running.\n\n\
         Officials urged residents to stay indoors until the storm passes.\n"
    )
}

/// The relation and differences of the link that pairs the sentences
/// starting with `prefix` on both sides.
fn link_of(left: &str, right: &str, prefix: &str) -> (Relation, Vec<(DiffKind, String, String)>) {
    let corpus = Corpus::new(vec![
        Document::from_text("left.txt", &article(left)),
        Document::from_text("right.txt", &article(right)),
    ]);
    let cmp = corpus.compare(0, 1);
    let find = |side: usize| {
        let src = &corpus.sources[side];
        (0..src.sentences.len())
            .find(|&i| src.text(i).starts_with(prefix))
            .unwrap_or_else(|| panic!("no sentence starts with {prefix:?}"))
    };
    let (l, r) = (find(0), find(1));
    let link = cmp
        .links
        .iter()
        .find(|k| k.sentences.left == l && k.sentences.right == r)
        .unwrap_or_else(|| panic!("the two figure sentences are not paired: {:?}", cmp.links));
    let diffs = link
        .differences
        .iter()
        .map(|d| (d.kind, d.values.left.clone(), d.values.right.clone()))
        .collect();
    (link.relation, diffs)
}

#[test]
fn below_zero_is_not_above_zero() {
    let (relation, diffs) = link_of(
        "Forecasters said temperatures in the valley would fall to -40 degrees overnight.",
        "Forecasters said temperatures in the valley would fall to 40 degrees overnight.",
        "Forecasters",
    );
    assert_eq!(relation, Relation::Diverge, "{diffs:?}");
    assert_eq!(
        diffs,
        [(DiffKind::Number, "-40 degrees".into(), "40 degrees".into())]
    );
}

#[test]
fn a_minus_sign_agrees_with_itself() {
    // The same signed figure, written with a hyphen and with U+2212.
    let (relation, diffs) = link_of(
        "Forecasters said temperatures in the valley would fall to -40 degrees overnight.",
        "Forecasters said temperatures in the valley would fall to \u{2212}40 degrees overnight.",
        "Forecasters",
    );
    assert_eq!((relation, diffs), (Relation::Match, vec![]));
}

#[test]
fn long_counts_differing_in_the_last_digit_diverge() {
    let (relation, diffs) = link_of(
        "Engineers logged 1234567890123456789012 sensor readings during the storm.",
        "Engineers logged 1234567890123456789013 sensor readings during the storm.",
        "Engineers",
    );
    assert_eq!(relation, Relation::Diverge, "{diffs:?}");
    assert_eq!(diffs.len(), 1, "{diffs:?}");
    assert_eq!(diffs[0].0, DiffKind::Number);
}

#[test]
fn long_counts_that_agree_match() {
    let (relation, diffs) = link_of(
        "Engineers logged 1234567890123456789012 sensor readings during the storm.",
        "Engineers logged 1,234,567,890,123,456,789,012 sensor readings during the storm.",
        "Engineers",
    );
    assert_eq!((relation, diffs), (Relation::Match, vec![]));
}

#[test]
fn impossible_dates_are_not_dates_of_the_event() {
    // "February 29, 2023" names no day: it is no date, so it cannot agree
    // with or contradict "February 28, 2023" as a date.
    let corpus = Corpus::new(vec![Document::from_text(
        "a.txt",
        &article("The storm began on February 29, 2023 and on 29 February 1900 records began."),
    )]);
    let src = &corpus.sources[0];
    let dates: Vec<String> = src
        .claims
        .iter()
        .flat_map(|c| c.dates.iter().map(|d| d.text(&src.doc.text).to_string()))
        .collect();
    assert!(dates.iter().all(|d| !d.contains("29")), "{dates:?}");
}
