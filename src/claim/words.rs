//! Tokens and normalised content words.

use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::UnicodeNormalization;

use crate::span::{Span, is_space};

/// A word of a sentence with its span (offsets into the text it came from).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub span: Span,
    pub text: &'a str,
}

impl Token<'_> {
    pub fn lower(&self) -> String {
        self.text.to_lowercase()
    }

    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

/// Function words: dropped from the content words. Negations, qualifiers
/// ("least", "over", "nearly") and number words are deliberately absent: a
/// fact turns on them.
pub const STOP_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "if",
    "then",
    "so",
    "as",
    "of",
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "to",
    "from",
    "into",
    "onto",
    "upon",
    "out",
    "off",
    "within",
    "without",
    "through",
    "during",
    "before",
    "after",
    "since",
    "until",
    "while",
    "because",
    "though",
    "although",
    "whether",
    "also",
    "too",
    "very",
    "just",
    "only",
    "even",
    "still",
    "yet",
    "already",
    "such",
    "both",
    "each",
    "either",
    "neither",
    "other",
    "another",
    "any",
    "all",
    "some",
    "many",
    "much",
    "most",
    "own",
    "same",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "which",
    "who",
    "whom",
    "whose",
    "what",
    "when",
    "where",
    "why",
    "how",
    "it",
    "its",
    "he",
    "him",
    "his",
    "she",
    "her",
    "hers",
    "they",
    "them",
    "their",
    "theirs",
    "we",
    "us",
    "our",
    "you",
    "your",
    "i",
    "me",
    "my",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "am",
    "has",
    "have",
    "had",
    "having",
    "do",
    "does",
    "did",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "s",
    "t",
    "than",
    "further",
    "again",
    "per",
    "via",
    "against",
    "among",
    "between",
    "across",
    "toward",
    "towards",
    "including",
    "ve",
    "ll",
    "re",
    "d",
    "m",
];

/// [`STOP_WORDS`] as a set: asked once for nearly every token.
static STOP_SET: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| STOP_WORDS.iter().copied().collect());

pub fn is_stop_word(lower: &str) -> bool {
    STOP_SET.contains(lower)
}

static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// Signs of money written before a figure ("$5", "₹1,200"), each with the
/// plural its figures count, as a figure followed by that word does.
pub const CURRENCY_SIGNS: &[(char, &str)] = &[
    ('$', "dollars"),
    ('€', "euros"),
    ('£', "pounds"),
    ('₹', "rupees"),
    ('₦', "naira"),
    ('₩', "won"),
    ('₱', "pesos"),
    ('₽', "rubles"),
    ('₪', "shekels"),
    ('₴', "hryvnias"),
    ('₺', "lira"),
    // Written for yen and for yuan alike: a sum, of neither.
    ('¥', ""),
];

/// Is `c` one of the [`CURRENCY_SIGNS`]?
pub fn is_currency_sign(c: char) -> bool {
    CURRENCY_SIGNS.iter().any(|&(sign, _)| sign == c)
}

/// Split on white space and dashes; strip surrounding punctuation but keep
/// what belongs to the word: "U.S." keeps its dots, "300,000" its comma,
/// "ISIS-K" its hyphen, "90%" its sign.
pub fn tokens(text: &str, offset: usize) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    let is_break = |c: char| is_space(c) || matches!(c, '—' | '–' | '/' | '…');
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if is_break(c) {
            if let Some(s) = start.take() {
                push_token(text, s, i, offset, &mut out);
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    out
}

/// The text between token `k` and the one before it (`toks` of `text`,
/// which starts at `offset` in its document): spaces and punctuation.
pub fn gap_before<'a>(text: &'a str, offset: usize, toks: &[Token], k: usize) -> &'a str {
    text.get(toks[k - 1].span.end - offset..toks[k].span.start - offset)
        .unwrap_or_default()
}

fn push_token<'a>(
    text: &'a str,
    start: usize,
    end: usize,
    offset: usize,
    out: &mut Vec<Token<'a>>,
) {
    let raw = &text[start..end];
    let lead = raw.len()
        - raw
            .trim_start_matches(|c: char| !c.is_alphanumeric() && !is_currency_sign(c))
            .len();
    let mut body = &raw[lead..];
    // Trailing punctuation goes, except the last dot of a dotted abbreviation
    // ("U.S.", not "6.9." at the end of a sentence) and a percent sign.
    let trimmed = body.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '%');
    let dotted = body.len() > trimmed.len()
        && body[trimmed.len()..].starts_with('.')
        && trimmed.len() >= 3
        && trimmed.as_bytes().get(trimmed.len() - 2) == Some(&b'.')
        && trimmed.ends_with(char::is_alphabetic);
    body = if dotted {
        &body[..trimmed.len() + 1]
    } else {
        trimmed
    };
    // Possessives: "Putin's" and "country’s" are the word.
    for suffix in ["'s", "’s", "'", "’"] {
        if let Some(b) = body.strip_suffix(suffix)
            && !b.is_empty()
        {
            body = b;
            break;
        }
    }
    if body.is_empty() {
        return;
    }
    let s = start + lead;
    // "40km", "5kg", "25mph": a figure and its unit, as "40 km" is.
    if let Some(at) = glued_unit(body) {
        out.push(Token {
            span: Span::new(offset + s, offset + s + at),
            text: &body[..at],
        });
        out.push(Token {
            span: Span::new(offset + s + at, offset + s + body.len()),
            text: &body[at..],
        });
        return;
    }
    out.push(Token {
        span: Span::new(offset + s, offset + s + body.len()),
        text: body,
    });
}

/// Units news writes right after a figure with no space: "40km", "5kg",
/// "310mm", "25mph". Not "m" nor "k", which may scale a figure ("1.2m
/// records") as well as measure it.
const GLUED_UNITS: &[&str] = &[
    "km", "kg", "mm", "cm", "mph", "kmh", "kph", "ft", "lb", "lbs", "mi", "pc",
];

/// Where the unit starts in a token that is a figure and a unit glued
/// together (see [`GLUED_UNITS`]).
fn glued_unit(body: &str) -> Option<usize> {
    if !body.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let at = body.find(|c: char| c.is_ascii_alphabetic())?;
    let figure = &body[..at];
    let figure_ok = figure.ends_with(|c: char| c.is_ascii_digit())
        && figure
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',');
    let unit = &body[at..];
    (figure_ok && GLUED_UNITS.iter().any(|u| u.eq_ignore_ascii_case(unit))).then_some(at)
}

/// Unicode-normalised, lower-cased form of a word.
pub fn normalize(word: &str) -> String {
    // Most words are ASCII, where NFKC changes nothing.
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    word.nfkc()
        .flat_map(char::to_lowercase)
        .map(|c| if c == '’' { '\'' } else { c })
        .collect()
}

/// The stem of a normalised word ("attackers" → "attack").
pub fn stem(lower: &str) -> String {
    // Words repeat (Zipf): remember stems per thread, within bounds.
    thread_local! {
        static STEMS: std::cell::RefCell<rustc_hash::FxHashMap<String, String>> = Default::default();
    }
    STEMS.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some(s) = cache.get(lower) {
            return s.clone();
        }
        let s = STEMMER.stem(&super::spelling::american(lower)).into_owned();
        if cache.len() > 200_000 {
            cache.clear();
        }
        cache.insert(lower.to_string(), s.clone());
        s
    })
}

/// The content words of a sentence: normalised, stemmed, stop words and bare
/// numbers dropped; sorted and without repeats.
pub fn content_words(toks: &[Token]) -> Vec<String> {
    let mut out = content_sequence(toks);
    out.sort();
    out.dedup();
    out
}

/// The stem of a token if it is a content word.
pub fn content_stem(t: &Token) -> Option<String> {
    content_stem_of(&normalize(t.text))
}

/// [`content_stem`] of a word already normalised.
pub fn content_stem_of(n: &str) -> Option<String> {
    let letters = n.chars().filter(|c| c.is_alphabetic()).take(2).count();
    if letters < 2 || is_stop_word(n) || crate::claim::numbers::word_value(n).is_some() {
        return None;
    }
    if n.contains('.') {
        Some(stem(&n.replace('.', "")))
    } else {
        Some(stem(n))
    }
}

/// Content-word stems in text order, repeats kept.
pub fn content_sequence(toks: &[Token]) -> Vec<String> {
    toks.iter().filter_map(content_stem).collect()
}

/// Neighbouring content words as phrases ("claim respons", "concert hall"):
/// a phrase says what is done far more precisely than its two words apart.
pub fn phrases(toks: &[Token]) -> Vec<String> {
    phrases_of(&content_sequence(toks))
}

/// Phrases of a content-word sequence, sorted, no repeats.
pub fn phrases_of(seq: &[String]) -> Vec<String> {
    let mut out: Vec<String> = seq
        .windows(2)
        .filter(|w| w[0] != w[1])
        .map(|w| format!("{} {}", w[0], w[1]))
        .collect();
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokens(s, 0).iter().map(|t| t.text).collect()
    }

    #[test]
    fn token_table() {
        let cases: &[(&str, &[&str])] = &[
            ("the U.S. government.", &["the", "U.S.", "government"]),
            (
                "killing at least 133 people.",
                &["killing", "at", "least", "133", "people"],
            ),
            (
                "up to 300,000 Russian soldiers",
                &["up", "to", "300,000", "Russian", "soldiers"],
            ),
            ("ISIS-K, as it is", &["ISIS-K", "as", "it", "is"]),
            (
                "Putin's reaction (FSB), “provocative”",
                &["Putin", "reaction", "FSB", "provocative"],
            ),
            ("Russia – having", &["Russia", "having"]),
            ("almost 90% of", &["almost", "90%", "of"]),
            // A unit glued to its figure is a word of its own; a scale
            // stays with its figure.
            ("hit 40km north", &["hit", "40", "km", "north"]),
            ("about 5.5kg.", &["about", "5.5", "kg"]),
            ("1.2m records", &["1.2m", "records"]),
            ("the G7 summit", &["the", "G7", "summit"]),
        ];
        for (input, want) in cases {
            assert_eq!(&texts(input), want, "input: {input}");
        }
    }

    #[test]
    fn spans_point_into_the_text() {
        let s = "He said “yes”.";
        for t in tokens(s, 10) {
            assert_eq!(&s[t.span.start - 10..t.span.end - 10], t.text);
        }
    }

    #[test]
    fn content_words_keep_negation_and_qualifiers() {
        let toks = tokens("The attackers did not kill at least 133 people", 0);
        let words = content_words(&toks);
        assert!(words.contains(&"not".to_string()));
        assert!(words.contains(&"least".to_string()));
        assert!(words.contains(&"attack".to_string()), "{words:?}");
        assert!(!words.iter().any(|w| w == "the" || w == "133"));
    }

    #[test]
    fn normalization_folds_width_and_case() {
        assert_eq!(normalize("ＲＵＳＳＩＡ"), "russia");
        assert_eq!(normalize("country’s"), "country's");
    }
}
