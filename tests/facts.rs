//! Facts grouped by the event they count, on articles composed for the
//! purpose: three outlets report one explosion with different tolls, one in
//! words only.

use claimdiff::corpus::Corpus;
use claimdiff::document::Document;
use claimdiff::facts::{self, Fact, Topic};
use claimdiff::report::{json, text};

const WIRE: &str = "Seven people were killed when a gas explosion tore through the covered market in Dunmore on Saturday.
Dozens of people were injured, officials said.
Police arrested four men on Sunday.
The market hall holds 2,000 people.
Fire inspectors had warned the owners on March 3 about leaking gas lines.
The building was 40 years old.
";

const DAILY: &str = "Nine people died after an explosion at the Dunmore market on Saturday.
At least 40 people were injured in the blast.
Eleven suspects were arrested, police said.
The owners were warned on March 3 that the gas lines were unsafe.
The market hall, which was 40 years old, reopened in 2019.
";

const RADIO: &str = "Several people were killed in the Dunmore market explosion on Friday.
Many injured were taken to the regional hospital.
Several arrests were made overnight.
Traders said the hall was crowded with shoppers.
";

fn corpus() -> Corpus {
    Corpus::new(vec![
        Document::from_text("wire.txt", WIRE),
        Document::from_text("daily.txt", DAILY),
        Document::from_text("radio.txt", RADIO),
    ])
}

fn topic(found: &[Fact], t: Topic) -> &Fact {
    found
        .iter()
        .find(|f| f.topic == Some(t))
        .unwrap_or_else(|| panic!("no {t:?} in {found:#?}"))
}

/// (source, text, in words, sources it contradicts) of each value.
fn values(f: &Fact) -> Vec<(usize, &str, bool, Vec<usize>)> {
    f.values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            (
                v.source,
                v.text.as_str(),
                v.qualitative,
                f.contradicts(i).collect(),
            )
        })
        .collect()
}

#[test]
fn every_outlet_stating_the_toll_is_in_its_row() {
    let c = corpus();
    let found = facts::gather(&c);
    let deaths = topic(&found, Topic::Deaths);
    assert_eq!(deaths.label, "deaths");
    assert_eq!(deaths.measure, "people:dead");
    assert_eq!(
        values(deaths),
        [
            (0, "Seven people", false, vec![1]),
            (1, "Nine people", false, vec![0]),
            // "Several" fits both seven and nine: stated, contradicting none.
            (2, "Several", true, vec![]),
        ]
    );
    let injured = topic(&found, Topic::Injured);
    assert_eq!(
        values(injured),
        [
            // "Dozens of people" is at least 24: it fits "at least 40".
            (0, "Dozens of people", false, vec![]),
            (1, "At least 40 people", false, vec![]),
            (2, "Many", true, vec![]),
        ]
    );
    let arrests = topic(&found, Topic::Arrests);
    assert_eq!(
        values(arrests),
        [
            (0, "four men", false, vec![1]),
            (1, "Eleven suspects", false, vec![0]),
            (2, "Several", true, vec![]),
        ]
    );
}

#[test]
fn the_dates_of_the_event_and_of_the_warning_are_rows_of_their_own() {
    let found = facts::gather(&corpus());
    let day = topic(&found, Topic::EventDate);
    assert_eq!(
        values(day),
        [
            (0, "Saturday", false, vec![2]),
            (1, "Saturday", false, vec![2]),
            (2, "Friday", false, vec![0, 1]),
        ]
    );
    let warning = topic(&found, Topic::WarningDate);
    assert_eq!(
        values(warning),
        [(0, "March 3", false, vec![]), (1, "March 3", false, vec![])]
    );
    // The facts of the event come first, in a fixed order; the rest after.
    let order: Vec<Option<Topic>> = found.iter().map(|f| f.topic).collect();
    let first_other = order
        .iter()
        .position(Option::is_none)
        .unwrap_or(order.len());
    assert!(
        order[first_other..].iter().all(Option::is_none),
        "{order:?}"
    );
    assert!(order[..first_other].is_sorted(), "{order:?}");
}

#[test]
fn a_figure_of_no_event_is_a_fact_where_comparisons_link_it() {
    let found = facts::gather(&corpus());
    let age = found
        .iter()
        .find(|f| f.measure == "years")
        .unwrap_or_else(|| panic!("the hall's age in {found:#?}"));
    assert_eq!(age.topic, None);
    assert_eq!(
        values(age),
        [
            (0, "40 years", false, vec![]),
            (1, "40 years", false, vec![])
        ]
    );
}

#[test]
fn every_comparison_and_the_blocked_ones_find_the_same_facts() {
    let c = corpus();
    assert_eq!(facts::gather(&c), facts::facts(&c, &c.compare_all()));
    let seeds = Corpus::new(Document::seeds());
    assert_eq!(
        facts::gather(&seeds),
        facts::facts(&seeds, &seeds.compare_all())
    );
}

#[test]
fn reports_show_words_and_contradictions() {
    let c = corpus();
    let found = facts::gather(&c);
    let report = text::facts(&c, &found);
    assert!(
        report.contains("  wire     Seven people  [sentence 0]   ≠ contradicts daily\n"),
        "{report}"
    );
    assert!(
        report.contains("  radio    Several  [sentence 0]   (in words)\n"),
        "{report}"
    );
    let out = json::facts(&c, &found);
    let deaths = out.facts.iter().find(|f| f.label == "deaths").unwrap();
    assert_eq!(deaths.event.as_deref(), Some("die"));
    assert_eq!(deaths.values[0].contradicts, [1]);
    assert!(deaths.values[2].qualitative);
    assert_eq!(deaths.values[2].value, None);
    let md = text::facts_markdown(&c, &found);
    assert!(md.contains("| deaths | ≠ Seven people (sentence 0) | ≠ Nine people (sentence 0) | Several *in words* (sentence 0) |"), "{md}");
}

/// With many sources that disagree, each value names a few of them and
/// counts the rest: the report grows with the sources, not their square.
#[test]
fn many_contradicting_sources_are_counted_not_all_named() {
    let docs: Vec<Document> = (0..12)
        .map(|k| {
            Document::from_text(
                &format!("outlet{k:02}.txt"),
                &format!("The fire killed {} people on Tuesday.\n", 10 + 3 * k),
            )
        })
        .collect();
    let c = Corpus::new(docs);
    let found = facts::gather(&c);
    let out = json::facts(&c, &found);
    let deaths = out.facts.iter().find(|f| f.label == "deaths").unwrap();
    assert_eq!(deaths.values.len(), 12);
    for v in &deaths.values {
        assert_eq!(v.contradicts.len(), 8, "{v:?}");
        assert_eq!(v.contradicts_more, 3, "{v:?}");
    }
    let report = text::facts(&c, &found);
    assert!(
        report.contains("≠ contradicts outlet01, outlet02, outlet03, outlet04, outlet05, outlet06, outlet07, outlet08 and 3 more\n"),
        "{report}"
    );
}

/// Two outlets give the count of one thing in 22 digits: as doubles the two
/// figures below are the same number, but they are not the same count.
fn grains(left: &str, right: &str) -> Corpus {
    Corpus::new(vec![
        Document::from_text(
            "survey.txt",
            &format!(
                "The survey of the Dunmore dunes counted {left} grains of sand on the beach.\n\
                 Volunteers from three schools helped.\n"
            ),
        ),
        Document::from_text(
            "gazette.txt",
            &format!(
                "Surveyors of the Dunmore dunes counted {right} grains of sand on the beach.\n\
                 The council paid for the work.\n"
            ),
        ),
    ])
}

fn grain_fact(found: &[Fact]) -> &Fact {
    found
        .iter()
        .find(|f| f.values.iter().any(|v| v.text.contains("grains")))
        .unwrap_or_else(|| panic!("no count of grains in {found:#?}"))
}

#[test]
fn different_22_digit_counts_contradict() {
    let c = grains("1234567890123456789012", "1234567890123456789013");
    let found = facts::gather(&c);
    let f = grain_fact(&found);
    assert_eq!(
        values(f),
        [
            (0, "1234567890123456789012 grains", false, vec![1]),
            (1, "1234567890123456789013 grains", false, vec![0]),
        ]
    );
    let report = text::facts(&c, &found);
    assert!(
        report.contains("1234567890123456789013 grains  [sentence 0]   ≠ contradicts survey\n"),
        "{report}"
    );
}

#[test]
fn equal_22_digit_counts_agree() {
    let c = grains("1234567890123456789012", "1,234,567,890,123,456,789,012");
    let found = facts::gather(&c);
    let f = grain_fact(&found);
    assert_eq!(
        values(f),
        [
            (0, "1234567890123456789012 grains", false, vec![]),
            (1, "1,234,567,890,123,456,789,012 grains", false, vec![]),
        ]
    );
    assert!(f.values.iter().all(|v| !v.contradicted && !v.outlier));
}

/// JSON carries a count past 2^53 exactly where a 64-bit integer holds it:
/// as a double, 12345678901234567 would be written 12345678901234568.
#[test]
fn json_writes_counts_past_2_53_exactly() {
    let c = grains("12,345,678,901,234,567", "12345678901234569");
    let found = facts::gather(&c);
    let out = json::facts(&c, &found);
    let text = serde_json::to_string(&out).unwrap();
    assert!(text.contains("\"value\":12345678901234567,"), "{text}");
    assert!(text.contains("\"value\":12345678901234569,"), "{text}");
}
