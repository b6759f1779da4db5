//! Facts across all sources: sentences linked by comparisons form groups;
//! within a group, each quantity measure or kind of date that two or more
//! sources give is a fact, with the value each source gives and the outliers.

use std::collections::BTreeMap;

use crate::align::Comparison;
use crate::align::index::{date_key, measure_key};
use crate::align::score::closeness;
use crate::claim::{Claims, Op, When};
use crate::corpus::Corpus;

/// One fact and the value each source gives for it.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    pub kind: FactKind,
    /// What is measured: "people:dead", "years", "month:3".
    pub measure: String,
    pub label: String,
    pub values: Vec<FactValue>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FactKind {
    Number,
    Date,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FactValue {
    pub source: usize,
    pub sentence: usize,
    pub text: String,
    /// The number (for a quantity), for sorting and outliers.
    pub value: Option<f64>,
    pub op: Option<Op>,
    pub when: Option<When>,
    pub outlier: bool,
}

/// How far from the middle value a figure may lie before it is an outlier.
const OUTLIER_SPREAD: f64 = 0.25;

/// Union-find over (what is measured, sentence) nodes.
#[derive(Default)]
struct Groups {
    parent: BTreeMap<(String, usize), (String, usize)>,
}

impl Groups {
    fn find(&mut self, x: &(String, usize)) -> (String, usize) {
        let mut cur = x.clone();
        while let Some(p) = self.parent.get(&cur) {
            if *p == cur {
                break;
            }
            cur = p.clone();
        }
        cur
    }

    fn join(&mut self, a: (String, usize), b: (String, usize)) {
        let (ra, rb) = (self.find(&a), self.find(&b));
        // The smaller node leads, so groups do not depend on link order.
        let (lo, hi) = if ra <= rb { (ra, rb) } else { (rb, ra) };
        self.parent.entry(lo.clone()).or_insert_with(|| lo.clone());
        self.parent.insert(hi, lo);
    }
}

/// The measures two paired sentences both give a value for, close enough
/// to be one figure ("20 years" and "two decades", not "two years"):
/// quantity measures ("q:people:dead") and kinds of dates ("d:month:3").
fn shared_measures(a: &Claims, b: &Claims) -> Vec<String> {
    let mut m: Vec<String> = Vec::new();
    for qa in &a.quantities {
        let Some(k) = measure_key(qa) else { continue };
        if b.quantities
            .iter()
            .any(|qb| measure_key(qb).as_deref() == Some(k.as_str()) && closeness(qa, qb) > 0.0)
        {
            m.push(format!("q:{k}"));
        }
    }
    for da in a.dates.iter().filter(|d| !d.of_statement) {
        if b.dates
            .iter()
            .any(|db| da.when.compatible(&db.when).is_some())
        {
            m.push(format!("d:{}", date_key(&da.when)));
        }
    }
    m.sort();
    m.dedup();
    m
}

/// Facts over all sources, given every pairwise comparison. Two sentences
/// give the same fact when a comparison paired them and both give a value
/// for the same measure; a fact is what such links join, per measure, so
/// that unrelated figures are never chained together through a third
/// sentence. Deterministic: ordered by how many sources give the fact,
/// then by where it first appears.
pub fn facts<'a>(
    corpus: &Corpus,
    comparisons: impl IntoIterator<Item = &'a Comparison>,
) -> Vec<Fact> {
    let offsets: Vec<usize> = corpus
        .sources
        .iter()
        .scan(0, |acc, s| {
            let o = *acc;
            *acc += s.sentences.len();
            Some(o)
        })
        .collect();
    let mut groups = Groups::default();
    for cmp in comparisons {
        let (a, b) = (
            &corpus.sources[cmp.sources.left],
            &corpus.sources[cmp.sources.right],
        );
        for l in &cmp.links {
            for m in shared_measures(&a.claims[l.sentences.left], &b.claims[l.sentences.right]) {
                let na = (m.clone(), offsets[cmp.sources.left] + l.sentences.left);
                let nb = (m.clone(), offsets[cmp.sources.right] + l.sentences.right);
                groups.join(na, nb);
            }
        }
    }
    // (group, measure) → values; BTreeMap keeps the order fixed.
    let mut found: BTreeMap<(String, usize), Vec<FactValue>> = BTreeMap::new();
    for (si, src) in corpus.sources.iter().enumerate() {
        for (i, claims) in src.claims.iter().enumerate() {
            let quantities = claims.quantities.iter().filter_map(|q| {
                let m = measure_key(q)?;
                Some((
                    format!("q:{m}"),
                    q.text.clone(),
                    Some((q.value, q.op)),
                    None,
                ))
            });
            let dates = claims.dates.iter().filter(|d| !d.of_statement).map(|d| {
                (
                    format!("d:{}", date_key(&d.when)),
                    d.text.clone(),
                    None,
                    Some(d.when),
                )
            });
            for (measure, text, number, when) in quantities.chain(dates) {
                let key = (measure, offsets[si] + i);
                // Only values that a link joined to another source's value.
                if groups.parent.contains_key(&key) {
                    let root = groups.find(&key);
                    found.entry(root).or_default().push(FactValue {
                        source: si,
                        sentence: i,
                        text,
                        value: number.map(|n| n.0),
                        op: number.map(|n| n.1),
                        when,
                        outlier: false,
                    });
                }
            }
        }
    }
    let mut out: Vec<Fact> = found
        .into_iter()
        .filter_map(|((measure, _), mut values)| {
            // One value per source: the first it gives.
            values.sort_by_key(|v| (v.source, v.sentence));
            values.dedup_by_key(|v| v.source);
            if values.len() < 2 {
                return None;
            }
            let (kind, measure) = match measure.split_once(':') {
                Some(("d", m)) => (FactKind::Date, m.to_string()),
                Some((_, m)) => (FactKind::Number, m.to_string()),
                None => (FactKind::Number, measure),
            };
            mark_outliers(kind, &mut values);
            Some(Fact {
                kind,
                label: label(&measure),
                measure,
                values,
            })
        })
        .collect();
    out.sort_by_key(|f| {
        (
            std::cmp::Reverse(f.values.len()),
            f.values[0].source,
            f.values[0].sentence,
        )
    });
    out
}

fn label(measure: &str) -> String {
    if let Some(m) = measure.strip_prefix("month:") {
        let month = m
            .parse::<usize>()
            .ok()
            .and_then(|i| crate::claim::dates::MONTHS.get(i.wrapping_sub(1)));
        let mut name = month.map_or("a month".to_string(), |m| m.to_string());
        if let Some(first) = name.get_mut(0..1) {
            first.make_ascii_uppercase();
        }
        return format!("date in {name}");
    }
    measure.replace(':', " ")
}

fn mark_outliers(kind: FactKind, values: &mut [FactValue]) {
    match kind {
        FactKind::Number => {
            let mut points: Vec<f64> = values.iter().filter_map(|v| v.value).collect();
            points.sort_by(f64::total_cmp);
            let median = points[points.len() / 2];
            if values.len() < 3 || median == 0.0 {
                return;
            }
            for v in values.iter_mut() {
                v.outlier = v
                    .value
                    .is_some_and(|x| ((x - median) / median).abs() > OUTLIER_SPREAD);
            }
        }
        FactKind::Date => {
            if values.len() < 3 {
                return;
            }
            let whens: Vec<When> = values.iter().filter_map(|v| v.when).collect();
            for v in values.iter_mut() {
                let Some(w) = v.when else { continue };
                let agree = whens
                    .iter()
                    .filter(|o| o.compatible(&w) == Some(true))
                    .count();
                v.outlier = agree * 2 <= whens.len();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;

    #[test]
    fn the_death_toll_is_one_fact_with_an_outlier() {
        let corpus = Corpus::new(Document::seeds());
        let facts = facts(&corpus, &corpus.compare_all());
        let toll = facts
            .iter()
            .find(|f| f.measure == "people:dead")
            .expect("a death-toll fact");
        assert_eq!(toll.values.len(), 5, "{toll:?}");
        let outliers: Vec<&str> = toll
            .values
            .iter()
            .filter(|v| v.outlier)
            .map(|v| v.text.as_str())
            .collect();
        assert_eq!(outliers, ["more than 60 people dead"]);
    }
}
