//! The JSON contract: wire types kept apart from the engine's own, so the
//! engine can change without the output changing. Versioned by
//! [`SCHEMA_VERSION`]; fields may be added, never removed.

use std::io::{self, Write};

use serde::ser::{SerializeStruct, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::ser::{CompactFormatter, Formatter, PrettyFormatter};

use crate::align::{Comparison, Link, Relation, Row};
use crate::claim::Claim;
use crate::corpus::{Corpus, Source};
use crate::facts::{CONTRADICTS_NAMED, Fact, FactKind};
use crate::span::{Side, Span};

pub const SCHEMA_VERSION: u32 = 1;

/// Write `value` as JSON, indented or compact, with every character that
/// could act on a terminal or hide text escaped as `\uXXXX`
/// ([`crate::visible::escaped_in_json`]): JSON is printed to terminals too.
/// serde_json escapes only the C0 controls; the rest goes through
/// [`Escaping`]. Every JSON the program prints is written here.
pub fn write<W: Write, T: Serialize + ?Sized>(out: W, value: &T, pretty: bool) -> io::Result<()> {
    if pretty {
        let mut ser = serde_json::Serializer::with_formatter(out, Escaping(PrettyFormatter::new()));
        value.serialize(&mut ser).map_err(io::Error::from)
    } else {
        let mut ser = serde_json::Serializer::with_formatter(out, Escaping(CompactFormatter));
        value.serialize(&mut ser).map_err(io::Error::from)
    }
}

/// A serde_json formatter that writes what [`crate::visible::escaped_in_json`]
/// names as `\uXXXX` escapes (a surrogate pair above U+FFFF) and leaves the
/// layout to the formatter it wraps.
pub struct Escaping<F>(pub F);

impl<F: Formatter> Formatter for Escaping<F> {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut start = 0;
        for (i, c) in fragment.char_indices() {
            if !crate::visible::escaped_in_json(c) {
                continue;
            }
            w.write_all(&fragment.as_bytes()[start..i])?;
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                write!(w, "\\u{u:04x}")?;
            }
            start = i + c.len_utf8();
        }
        w.write_all(&fragment.as_bytes()[start..])
    }

    // The layout: whatever the wrapped formatter does.
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn end_object_key<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_key(w)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

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
    /// The low end of a range (`op` "between"); `value` is its high end.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub low: Option<serde_json::Value>,
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
    /// What both sentences report happened ("die", "arrest").
    #[serde(default)]
    pub events: Vec<String>,
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

/// Scores are rounded so that the output is the same on every machine,
/// and both ways round: a score sums its features in the order the index
/// numbered them, which with the sides swapped can differ in its last bit
/// (0.57149996 / 0.57150003), so it is first snapped to five decimals.
fn round(x: f32) -> f64 {
    let snapped = (f64::from(x) * 100_000.0).round() / 100_000.0;
    (snapped * 1000.0).round() / 1000.0
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

/// A claim of a sentence of the document `doc`, as the wire writes it.
pub fn claim(c: &Claim, doc: &str) -> ClaimOut {
    let mut out = ClaimOut {
        kind: String::new(),
        text: c.text(doc).to_string(),
        value: None,
        op: None,
        low: None,
        counts: None,
        role: None,
        canonical: None,
    };
    match c {
        Claim::Number(q) => {
            out.kind = "number".into();
            out.value = Some(quantity_value(q));
            out.op = Some(label(q.op));
            out.low = q.shown_low().map(number);
            out.counts = q.counts.as_deref().map(String::from);
            out.role = q.role.map(label);
        }
        Claim::Date(d) => {
            out.kind = "date".into();
            out.value = Some(serde_json::Value::String(d.value()));
        }
        Claim::Name(n) => {
            out.kind = "name".into();
            out.canonical = Some(n.canonical().to_string());
        }
        Claim::Attribution(_) => {
            out.kind = "attribution".into();
        }
        Claim::Event(e) => {
            out.kind = "event".into();
            out.value = Some(serde_json::Value::String(e.class.name().into()));
        }
    }
    out
}

fn sentence_with_claims(
    corpus: &Corpus,
    cmp: &Comparison,
    side: Side,
    i: usize,
) -> SentenceWithClaims {
    let src = &corpus.sources[*cmp.sources.get(side)];
    SentenceWithClaims {
        sentence: sentence(src, i),
        state: format!("{:?}", cmp.state(side, i)).to_lowercase(),
        claims: src.claims[i]
            .list()
            .iter()
            .map(|c| claim(c, &src.doc.text))
            .collect(),
    }
}

/// A side without its sentences, which [`side`] and [`CompareStream`] add.
fn side_head(corpus: &Corpus, cmp: &Comparison, side: Side) -> SideOut {
    let src = &corpus.sources[*cmp.sources.get(side)];
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
        sentences: Vec::new(),
    }
}

fn side(corpus: &Corpus, cmp: &Comparison, side: Side) -> SideOut {
    let n = corpus.sources[*cmp.sources.get(side)].sentences.len();
    SideOut {
        sentences: (0..n)
            .map(|i| sentence_with_claims(corpus, cmp, side, i))
            .collect(),
        ..side_head(corpus, cmp, side)
    }
}

fn byte_ranges(src: &Source, spans: &[Span]) -> Vec<[usize; 2]> {
    spans
        .iter()
        .map(|s| [src.doc.byte_offset(s.start), src.doc.byte_offset(s.end)])
        .collect()
}

fn pair(corpus: &Corpus, cmp: &Comparison, l: &Link) -> PairOut {
    let srcs = cmp.sources.map(|i| &corpus.sources[i]);
    PairOut {
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
            events: l.evidence.events.clone(),
        },
    }
}

fn row(r: &Row) -> RowOut {
    RowOut {
        left: r.cells.left,
        right: r.cells.right,
        pair: r.link,
    }
}

pub fn compare(corpus: &Corpus, cmp: &Comparison) -> CompareOut {
    CompareOut {
        schema_version: SCHEMA_VERSION,
        left: side(corpus, cmp, Side::Left),
        right: side(corpus, cmp, Side::Right),
        pairs: cmp.links.iter().map(|l| pair(corpus, cmp, l)).collect(),
        rows: cmp.rows.iter().map(row).collect(),
    }
}

/// The JSON of [`compare`], made one sentence and one pair at a time as it
/// is written: the same bytes, without a copy of every sentence's text and
/// claims held at once (on a 64 MB article, most of the memory the JSON
/// took).
pub struct CompareStream<'a> {
    corpus: &'a Corpus,
    cmp: &'a Comparison,
}

pub fn compare_stream<'a>(corpus: &'a Corpus, cmp: &'a Comparison) -> CompareStream<'a> {
    CompareStream { corpus, cmp }
}

/// A sequence serialized from a fresh iterator, item by item.
struct Lazy<F>(F);

impl<F, I> Serialize for Lazy<F>
where
    F: Fn() -> I,
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq((self.0)())
    }
}

/// One side, its sentences made as they are written.
struct SideStream<'a> {
    corpus: &'a Corpus,
    cmp: &'a Comparison,
    side: Side,
}

impl Serialize for SideStream<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (corpus, cmp, side) = (self.corpus, self.cmp, self.side);
        let head = side_head(corpus, cmp, side);
        let n = corpus.sources[*cmp.sources.get(side)].sentences.len();
        // The fields of SideOut, in its order.
        let mut m = s.serialize_struct("SideOut", 7)?;
        m.serialize_field("source", &head.source)?;
        m.serialize_field("name", &head.name)?;
        m.serialize_field("title", &head.title)?;
        m.serialize_field("date", &head.date)?;
        m.serialize_field("outlet", &head.outlet)?;
        m.serialize_field("spans_index", &head.spans_index)?;
        m.serialize_field(
            "sentences",
            &Lazy(|| (0..n).map(|i| sentence_with_claims(corpus, cmp, side, i))),
        )?;
        m.end()
    }
}

impl Serialize for CompareStream<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (corpus, cmp) = (self.corpus, self.cmp);
        // The fields of CompareOut, in its order.
        let mut m = s.serialize_struct("CompareOut", 5)?;
        m.serialize_field("schema_version", &SCHEMA_VERSION)?;
        for (key, side) in [("left", Side::Left), ("right", Side::Right)] {
            m.serialize_field(key, &SideStream { corpus, cmp, side })?;
        }
        m.serialize_field(
            "pairs",
            &Lazy(|| cmp.links.iter().map(|l| pair(corpus, cmp, l))),
        )?;
        m.serialize_field("rows", &Lazy(|| cmp.rows.iter().map(row)))?;
        m.end()
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
    /// The low end of a range (`op` "between"); `value` is its high end.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub low: Option<serde_json::Value>,
    /// Given in words ("several", "dozens of"), with no figure.
    #[serde(skip_serializing_if = "is_false", default)]
    pub qualitative: bool,
    pub outlier: bool,
    /// The sources whose value for the fact cannot be true with this one,
    /// the first few of them (see `contradicts_more`).
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub contradicts: Vec<usize>,
    /// How many more sources contradict it than `contradicts` names.
    #[serde(skip_serializing_if = "is_zero", default)]
    pub contradicts_more: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

fn is_false(b: &bool) -> bool {
    !*b
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FactOut {
    pub kind: String,
    pub measure: String,
    pub label: String,
    /// The event the fact counts or dates ("die", "arrest", "warn").
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub event: Option<String>,
    pub values: Vec<FactValueOut>,
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FactsOut {
    pub schema_version: u32,
    pub sources: Vec<SourceOut>,
    pub facts: Vec<FactOut>,
}

/// A date fact's value as the claim normalised it ("2024-03-22", "friday"),
/// found on the claim the fact was read from.
fn date_value(corpus: &Corpus, v: &crate::facts::FactValue) -> Option<String> {
    let when = v.when?;
    let src = corpus.sources.get(v.source)?;
    let claims = src.claims.get(v.sentence)?;
    claims
        .dates
        .iter()
        .find(|d| d.when == when && d.text(&src.doc.text) == v.text)
        .or_else(|| claims.dates.iter().find(|d| d.when == when))
        .map(|d| d.value())
}

/// A figure as JSON: a whole number as an integer, a fraction as a float.
fn number(x: f64) -> serde_json::Value {
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        serde_json::Value::from(x as i64)
    } else {
        serde_json::Value::from(x)
    }
}

/// A quantity's value as JSON: its exact integer where the text writes one
/// and a 64-bit integer holds it (past 2^53 a float would round it), else
/// the figure. Past 2^64 JSON here carries the nearest float; the text of
/// the claim keeps every digit.
fn quantity_value(q: &crate::claim::Quantity) -> serde_json::Value {
    let exact = q.exact().and_then(|x| {
        i64::try_from(x)
            .map(serde_json::Value::from)
            .or_else(|_| u64::try_from(x).map(serde_json::Value::from))
            .ok()
    });
    exact.unwrap_or_else(|| number(q.shown_value()))
}

pub fn facts(corpus: &Corpus, facts: &[Fact]) -> FactsOut {
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
                event: f
                    .topic
                    .and_then(|t| t.event())
                    .map(|e| e.name().to_string()),
                values: f
                    .values
                    .iter()
                    .enumerate()
                    .map(|(i, v)| FactValueOut {
                        source: v.source,
                        sentence: v.sentence,
                        text: v.text.clone(),
                        value: v
                            .quantity
                            .as_ref()
                            .map(quantity_value)
                            .or_else(|| v.value.map(number))
                            .or_else(|| date_value(corpus, v).map(serde_json::Value::from)),
                        // A date's value is the day or the range itself.
                        op: v.op.map(label).or_else(|| v.when.map(|_| "=".to_string())),
                        low: v.quantity.as_ref().and_then(|q| q.shown_low()).map(number),
                        qualitative: v.qualitative,
                        outlier: v.outlier,
                        contradicts: f.contradicts(i).take(CONTRADICTS_NAMED).collect(),
                        contradicts_more: f.contradicts(i).skip(CONTRADICTS_NAMED).count(),
                    })
                    .collect(),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compact(v: &impl Serialize) -> String {
        let mut out = Vec::new();
        write(&mut out, v, false).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_score_a_last_bit_apart_rounds_alike() {
        let below = f32::from_bits(0.5715f32.to_bits() - 1);
        let above = f32::from_bits(0.5715f32.to_bits() + 1);
        assert_eq!(round(below), round(above));
        assert_eq!(round(0.5714), 0.571);
    }

    #[test]
    fn hidden_and_terminal_characters_are_escaped() {
        let s = "a\u{9b}31m b\u{202e}c\u{2067}d\u{200f}e\u{1b}f\u{7f}g \u{E0041}";
        let out = compact(&s);
        assert_eq!(
            out,
            r#""a\u009b31m b\u202ec\u2067d\u200fe\u001bf\u007fg \udb40\udc41""#
        );
        let back: String = serde_json::from_str(&out).unwrap();
        assert_eq!(back, s, "the escapes read back as the same text");
    }

    #[test]
    fn the_stream_writes_what_the_wire_types_write() {
        let corpus = Corpus::new(crate::document::Document::seeds());
        for (a, b) in [(0, 3), (2, 4)] {
            let cmp = corpus.compare(a, b);
            for pretty in [false, true] {
                let (mut built, mut streamed) = (Vec::new(), Vec::new());
                write(&mut built, &compare(&corpus, &cmp), pretty).unwrap();
                write(&mut streamed, &compare_stream(&corpus, &cmp), pretty).unwrap();
                assert!(built.len() > 1000);
                assert_eq!(
                    String::from_utf8(streamed).unwrap(),
                    String::from_utf8(built).unwrap()
                );
            }
        }
    }

    #[test]
    fn claims_are_written_as_the_contract_says() {
        let doc = "The blast was on Friday. It was -40 degrees, killing at least 133 people.";
        let c = crate::claim::extract(&doc[25..], 25, &crate::claim::Aliases::default());
        let out: Vec<serde_json::Value> = c
            .list()
            .iter()
            .map(|c| serde_json::to_value(claim(c, doc)).unwrap())
            .collect();
        assert_eq!(
            out,
            [
                serde_json::json!({"kind": "number", "text": "-40 degrees", "value": -40, "op": "=", "counts": "degre"}),
                serde_json::json!({"kind": "event", "text": "killing", "value": "die"}),
                serde_json::json!({"kind": "number", "text": "at least 133 people", "value": 133, "op": ">=", "counts": "people", "role": "dead"}),
            ]
        );
    }

    #[test]
    fn plain_text_and_layout_are_as_serde_json_writes_them() {
        let v = serde_json::json!({"text": "“Quoted” — Москва, 144 😀", "n": [1, 2.5, null]});
        assert_eq!(compact(&v), serde_json::to_string(&v).unwrap());
        let mut pretty = Vec::new();
        write(&mut pretty, &v, true).unwrap();
        assert_eq!(
            String::from_utf8(pretty).unwrap(),
            serde_json::to_string_pretty(&v).unwrap()
        );
    }
}
