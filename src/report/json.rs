//! The JSON contract: wire types kept apart from the engine's own, so the
//! engine can change without the output changing. Versioned by
//! [`SCHEMA_VERSION`]; fields may be added, never removed.

use serde::{Deserialize, Serialize};

use crate::align::{Comparison, Relation};
use crate::claim::Claim;
use crate::corpus::{Corpus, Source};
use crate::facts::{Fact, FactKind};
use crate::span::{Side, Span};

pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SentenceOut {
    pub index: usize,
    /// Byte offsets, end exclusive: into the file as read, or for a web page
    /// or Markdown into the extracted text `claimdiff text` prints (see
    /// [`SideOut::spans_index`]).
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub boilerplate: bool,
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ClaimOut {
    pub kind: String,
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub value: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub op: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub counts: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub role: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub canonical: Option<String>,
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SentenceWithClaims {
    #[serde(flatten)]
    pub sentence: SentenceOut,
    /// match, diverge, unique or boilerplate.
    pub state: String,
    pub claims: Vec<ClaimOut>,
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SideOut {
    pub source: String,
    pub name: String,
    pub title: String,
    pub date: Option<String>,
    pub outlet: Option<String>,
    /// What `start`/`end` index: `file` (the bytes as read) or `extracted`
    /// (the article's text taken out of a web page or Markdown, as
    /// `claimdiff text SOURCE` prints it).
    pub spans_index: String,
    pub sentences: Vec<SentenceWithClaims>,
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DifferenceOut {
    pub kind: String,
    pub left: String,
    pub right: String,
    pub compatible: bool,
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ChangesOut {
    /// Byte ranges `[start, end)` of the words that differ, per side.
    pub left: Vec<[usize; 2]>,
    pub right: Vec<[usize; 2]>,
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct EvidenceOut {
    pub words: Vec<String>,
    pub phrases: Vec<String>,
    pub names: Vec<String>,
    pub quantities: Vec<String>,
    pub dates: Vec<String>,
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PairOut {
    pub left: usize,
    pub right: usize,
    pub relation: String,
    pub score: f64,
    pub moved: bool,
    pub primary: bool,
    pub differences: Vec<DifferenceOut>,
    pub changes: ChangesOut,
    pub evidence: EvidenceOut,
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RowOut {
    pub left: Option<usize>,
    pub right: Option<usize>,
    /// The pair (index into `pairs`) joining this row's sentences, if any.
    pub pair: Option<usize>,
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CompareOut {
    pub schema_version: u32,
    pub left: SideOut,
    pub right: SideOut,
    pub pairs: Vec<PairOut>,
    pub rows: Vec<RowOut>,
}

/// Scores are rounded so that the output is the same on every machine.
fn round(x: f32) -> f64 {
    (f64::from(x) * 1000.0).round() / 1000.0
}

fn label<T: Serialize>(v: T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

pub fn sentence(src: &Source, i: usize) -> SentenceOut {
    let s = &src.sentences[i];
    SentenceOut {
        index: s.index,
        start: src.doc.byte_offset(s.span.start),
        end: src.doc.byte_offset(s.span.end),
        text: s.span.of(&src.doc.text).to_string(),
        boilerplate: s.boilerplate,
    }
}

pub fn sentences(src: &Source) -> Vec<SentenceOut> {
    (0..src.sentences.len()).map(|i| sentence(src, i)).collect()
}

pub fn claim(c: &Claim) -> ClaimOut {
    let mut out = ClaimOut {
        kind: String::new(),
        text: String::new(),
        value: None,
        op: None,
        counts: None,
        role: None,
        canonical: None,
    };
    match c {
        Claim::Number(q) => {
            out.kind = "number".into();
            out.text = q.text.clone();
            out.value = serde_json::to_value(q)
                .ok()
                .and_then(|v| v.get("value").cloned());
            out.op = Some(label(q.op));
            out.counts = q.counts.clone();
            out.role = q.role.map(label);
        }
        Claim::Date(d) => {
            out.kind = "date".into();
            out.text = d.text.clone();
            out.value = Some(serde_json::Value::String(d.value.clone()));
        }
        Claim::Name(n) => {
            out.kind = "name".into();
            out.text = n.text.clone();
            out.canonical = Some(n.canonical.clone());
        }
        Claim::Attribution(a) => {
            out.kind = "attribution".into();
            out.text = a.text.clone();
        }
    }
    out
}

fn side(corpus: &Corpus, cmp: &Comparison, side: Side) -> SideOut {
    let src = &corpus.sources[*cmp.sources.get(side)];
    let sentences = (0..src.sentences.len())
        .map(|i| SentenceWithClaims {
            sentence: sentence(src, i),
            state: format!("{:?}", cmp.state(corpus, side, i)).to_lowercase(),
            claims: src.claims[i].list().iter().map(claim).collect(),
        })
        .collect();
    SideOut {
        source: src.doc.source.clone(),
        name: src.doc.name.clone(),
        title: src.title(),
        date: src.doc.meta.date.clone(),
        outlet: src.doc.meta.outlet.clone(),
        spans_index: if src.doc.extracted {
            "extracted"
        } else {
            "file"
        }
        .into(),
        sentences,
    }
}

fn byte_ranges(src: &Source, spans: &[Span]) -> Vec<[usize; 2]> {
    spans
        .iter()
        .map(|s| [src.doc.byte_offset(s.start), src.doc.byte_offset(s.end)])
        .collect()
}

pub fn compare(corpus: &Corpus, cmp: &Comparison) -> CompareOut {
    let srcs = cmp.sources.map(|i| &corpus.sources[i]);
    let pairs = cmp
        .links
        .iter()
        .map(|l| PairOut {
            left: l.sentences.left,
            right: l.sentences.right,
            relation: match l.relation {
                Relation::Match => "match".into(),
                Relation::Diverge => "diverge".into(),
            },
            score: round(l.score),
            moved: l.moved,
            primary: l.primary,
            differences: l
                .differences
                .iter()
                .map(|d| DifferenceOut {
                    kind: label(d.kind),
                    left: d.values.left.clone(),
                    right: d.values.right.clone(),
                    compatible: d.compatible,
                })
                .collect(),
            changes: ChangesOut {
                left: byte_ranges(srcs.left, &l.changes.left),
                right: byte_ranges(srcs.right, &l.changes.right),
            },
            evidence: EvidenceOut {
                words: l.evidence.words.clone(),
                phrases: l.evidence.phrases.clone(),
                names: l.evidence.names.clone(),
                quantities: l.evidence.quantities.clone(),
                dates: l.evidence.dates.clone(),
            },
        })
        .collect();
    let rows = cmp
        .rows
        .iter()
        .map(|r| RowOut {
            left: r.cells.left,
            right: r.cells.right,
            pair: r.link,
        })
        .collect();
    CompareOut {
        schema_version: SCHEMA_VERSION,
        left: side(corpus, cmp, Side::Left),
        right: side(corpus, cmp, Side::Right),
        pairs,
        rows,
    }
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SourceOut {
    pub index: usize,
    pub source: String,
    pub name: String,
    pub title: String,
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FactValueOut {
    pub source: usize,
    pub sentence: usize,
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub value: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub op: Option<String>,
    pub outlier: bool,
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FactOut {
    pub kind: String,
    pub measure: String,
    pub label: String,
    pub values: Vec<FactValueOut>,
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FactsOut {
    pub schema_version: u32,
    pub sources: Vec<SourceOut>,
    pub facts: Vec<FactOut>,
}

pub fn facts(corpus: &Corpus, facts: &[Fact]) -> FactsOut {
    let number = |x: f64| {
        if x.fract() == 0.0 && x.abs() < 9.0e15 {
            serde_json::Value::from(x as i64)
        } else {
            serde_json::Value::from(x)
        }
    };
    FactsOut {
        schema_version: SCHEMA_VERSION,
        sources: corpus
            .sources
            .iter()
            .enumerate()
            .map(|(index, s)| SourceOut {
                index,
                source: s.doc.source.clone(),
                name: s.doc.name.clone(),
                title: s.title(),
            })
            .collect(),
        facts: facts
            .iter()
            .map(|f| FactOut {
                kind: match f.kind {
                    FactKind::Number => "number".into(),
                    FactKind::Date => "date".into(),
                },
                measure: f.measure.clone(),
                label: f.label.clone(),
                values: f
                    .values
                    .iter()
                    .map(|v| FactValueOut {
                        source: v.source,
                        sentence: v.sentence,
                        text: v.text.clone(),
                        value: v.value.map(number),
                        op: v.op.map(label),
                        outlier: v.outlier,
                    })
                    .collect(),
            })
            .collect(),
    }
}
