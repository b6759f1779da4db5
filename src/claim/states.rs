//! The state a sentence says a thing is in: "the gate was locked", "all
//! exit gates had been open", "the dam was intact", "the levee was
//! overtopped".
//!
//! Outlets that take their account from different parties give opposite
//! states of one thing with no figure to set apart: survivors say the gate
//! was locked, the club that it was open. Each state here belongs to a
//! kind (whether a way through is open, whether a structure is whole), and
//! two states of one kind are either the same or opposite. Only a state
//! told of its thing is read: after a verb of being ("was locked", "had
//! been open", "remained closed"), or before the thing ("a locked gate").
//! "Police opened fire" and "the gate was opened at 9:51" tell of deeds,
//! not states.

use super::dates::WEEKDAYS;
use super::words::{Token, content_stem_of};
use crate::span::Span;

/// What a state says of its thing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StateKind {
    /// Whether a way through (a gate, an exit, a road) is open.
    Access,
    /// Whether a structure (a dam, a levee, a wall) is whole.
    Integrity,
}

/// A state read from a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    /// The word that gives the state ("locked"), negation included ("not
    /// locked").
    pub span: Span,
    /// The stem of the thing the state is of ("gate").
    pub thing: String,
    pub kind: StateKind,
    /// Open, or whole: the state's side of its kind. Two states of one
    /// kind and one thing contradict when their sides differ.
    pub positive: bool,
}

impl State {
    /// The words, out of the text of the document they were read from.
    pub fn text<'t>(&self, doc: &'t str) -> &'t str {
        self.span.of(doc)
    }

    /// Do the two say opposite states of one thing?
    pub fn contradicts(&self, other: &State) -> bool {
        self.kind == other.kind && self.thing == other.thing && self.positive != other.positive
    }
}

/// The states words give: (word, kind, side).
const STATES: &[(&str, StateKind, bool)] = &[
    ("open", StateKind::Access, true),
    ("reopened", StateKind::Access, true),
    ("unlocked", StateKind::Access, true),
    ("closed", StateKind::Access, false),
    ("locked", StateKind::Access, false),
    ("shut", StateKind::Access, false),
    ("padlocked", StateKind::Access, false),
    ("chained", StateKind::Access, false),
    ("blocked", StateKind::Access, false),
    ("sealed", StateKind::Access, false),
    ("intact", StateKind::Integrity, true),
    ("undamaged", StateKind::Integrity, true),
    ("damaged", StateKind::Integrity, false),
    ("cracked", StateKind::Integrity, false),
    ("breached", StateKind::Integrity, false),
    ("overtopped", StateKind::Integrity, false),
];

/// States a word before its thing gives ("a locked gate", "the blocked
/// exits"); not "open", which before a noun is as often a deed ("open
/// fire") or a kind ("open day").
const BEFORE_THE_THING: &[&str] = &["locked", "closed", "blocked", "padlocked", "damaged"];

/// Words between a thing and its state: verbs of being, and words that
/// say when or how fully ("had still been firmly shut").
const LINKS: &[&str] = &[
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "being",
    "had",
    "has",
    "have",
    "remained",
    "remains",
    "stayed",
    "stays",
    "still",
    "already",
    "fully",
    "partly",
    "completely",
    "firmly",
    "all",
    "not",
    "never",
];

/// Prepositions that place a thing ("schools in the area", "the gate of the
/// north stand"): the thing is the noun before them.
const PLACING: &[&str] = &[
    "in", "of", "at", "on", "near", "across", "around", "above", "below",
];

/// How many words before the verb of being a placing preposition may
/// stand: "schools in the area" is three.
const PLACING_REACH: usize = 3;

/// Words after a state that make it last a while: "closed until 8 p.m.",
/// "open again", "closed for three hours", "shut by noon".
const FOR_A_WHILE: &[&str] = &["until", "till", "again", "for", "by", "after", "before"];

/// Words that may follow a reopening with no object: when, where or how
/// far ("reopened on Friday", "reopened to traffic", "reopened in part"),
/// and the days of the week ("reopened Monday").
const AFTER_REOPENING: &[&str] = &[
    "on",
    "in",
    "at",
    "after",
    "to",
    "for",
    "this",
    "last",
    "early",
    "late",
    "yesterday",
    "today",
    "and",
    "but",
    "as",
    "with",
    "partly",
    "fully",
];

/// Verbs of being: a state after one of them is told of the thing before.
const BEING: &[&str] = &[
    "was", "were", "is", "are", "be", "been", "remained", "remains", "stayed", "stays",
];

/// Structures that hold back water or earth: "the dam held" says one is
/// whole, as "intact" does.
const STRUCTURES: &[&str] = &[
    "dam",
    "dams",
    "levee",
    "levees",
    "dyke",
    "dykes",
    "dike",
    "dikes",
    "embankment",
    "embankments",
];

/// How many words before "held" the structure it tells of may stand: "the
/// Skellan Dam, which holds back a reservoir on the river about 20 km
/// upstream of the town, had held" is seventeen.
const HELD_REACH: usize = 24;

/// Words that may follow a structure's "held" with no object: when, how
/// long, on whose word ("held through the night", "held, according to the
/// authority", "was holding but was being watched").
const HELD_THEN: &[&str] = &[
    "firm",
    "through",
    "throughout",
    "overnight",
    "for",
    "until",
    "during",
    "despite",
    "according",
    "but",
    "and",
    "as",
];

/// Words that end a structure's hold before "held" ("the dam burst and
/// the police held a briefing"): another clause.
const CLAUSE_BREAKS: &[&str] = &["and", "but", "while", "after", "before", "when", "as"];

/// Words over which water goes when a structure is overtopped: "poured
/// over the top of the dam", "spilled over the crest of the levee".
const TOPS: &[&str] = &["top", "crest", "rim"];

/// Words before a structure that make it no subject of "held": "a vigil
/// for the victims of the dam breach was held", "a hearing on the levee".
const STRUCTURE_OBJECTS: &[&str] = &[
    "of", "on", "at", "about", "near", "for", "over", "to", "from", "in", "by", "with",
];

/// A structure said to hold ("the dam held", "had held", "was holding"):
/// whole. Not "held back the water", "held a meeting", "held up by
/// courts", nor what "was held" (a vigil, a hearing).
fn held(toks: &[Token], lower: &[String], k: usize) -> Option<State> {
    if !matches!(lower[k].as_str(), "held" | "holding") {
        return None;
    }
    let passive = lower[k] == "held"
        && k > 0
        && matches!(
            lower[k - 1].as_str(),
            "was" | "were" | "been" | "being" | "is" | "are" | "be"
        );
    if passive {
        return None;
    }
    if lower
        .get(k + 1)
        .is_some_and(|n| !HELD_THEN.contains(&n.as_str()))
    {
        return None;
    }
    let from = k.saturating_sub(HELD_REACH);
    let t = (from..k)
        .rev()
        .take_while(|&t| !CLAUSE_BREAKS.contains(&lower[t].as_str()))
        .find(|&t| STRUCTURES.contains(&lower[t].as_str()))?;
    // The structure heads its noun phrase as the subject: not after a
    // preposition ("the victims of the dam breach"), past its name and
    // article ("the Skellan Dam").
    let head = (t.saturating_sub(3)..t)
        .rev()
        .find(|&p| !toks[p].is_capitalized() && lower[p] != "the")
        .unwrap_or(0);
    if t > 0 && STRUCTURE_OBJECTS.contains(&lower[head].as_str()) {
        return None;
    }
    Some(State {
        span: toks[k].span,
        thing: content_stem_of(&lower[t])?,
        kind: StateKind::Integrity,
        positive: true,
    })
}

/// Words before "over" that say water went over: "poured over the top of
/// the dam", "water had gone over the top".
const WATER_WORDS: &[&str] = &[
    "water",
    "waters",
    "poured",
    "spilled",
    "spill",
    "spilling",
    "ran",
    "flowed",
    "flowing",
    "surged",
    "washed",
    "gushed",
    "overflowed",
    "floodwater",
    "floodwaters",
];

/// How many words before "over" a word of water may stand: "water had gone
/// over" is three.
const WATER_REACH: usize = 3;

/// Water over the top of a structure ("poured over the top of the
/// dam", "spilled over the crest of the Skellan Dam"): overtopped. Not
/// "hung banners over the top of the dam".
fn over_the_top(toks: &[Token], lower: &[String], k: usize) -> Option<State> {
    let at = |n: usize| lower.get(k + n).map(String::as_str);
    if lower[k] != "over"
        || at(1) != Some("the")
        || !at(2).is_some_and(|w| TOPS.contains(&w))
        || at(3) != Some("of")
    {
        return None;
    }
    let water =
        (k.saturating_sub(WATER_REACH)..k).any(|p| WATER_WORDS.contains(&lower[p].as_str()));
    if !water {
        return None;
    }
    let t = (k + 4..lower.len().min(k + 8)).find(|&t| STRUCTURES.contains(&lower[t].as_str()))?;
    Some(State {
        span: Span::new(toks[k].span.start, toks[t].span.end),
        thing: content_stem_of(&lower[t])?,
        kind: StateKind::Integrity,
        positive: false,
    })
}

/// How many words after a crack the structure it is in may stand: "cracks
/// have appeared in the wall of the Hollin Dam" is eight.
const CRACK_REACH: usize = 9;

/// Words between "in" and the structure a crack is in: its part and
/// article ("in the wall of the dam", "on the face of the levee").
const CRACK_PATH: &[&str] = &[
    "the", "a", "an", "its", "wall", "walls", "of", "face", "base", "crest", "body", "main",
    "concrete", "earthen",
];

/// A crack in a structure ("cracks have appeared in the wall of the
/// dam", "engineers found a crack in the levee"): damaged, as "cracked"
/// is; "no cracks were found in the dam" says it is whole. The structure
/// must come after "in" or "on", in the same clause.
fn crack_in(toks: &[Token], lower: &[String], k: usize) -> Option<State> {
    if !matches!(lower[k].as_str(), "crack" | "cracks") {
        return None;
    }
    let end = lower.len().min(k + 1 + CRACK_REACH);
    let clause = (k + 1..end)
        .take_while(|&t| !CLAUSE_BREAKS.contains(&lower[t].as_str()))
        .collect::<Vec<_>>();
    let placed = clause
        .iter()
        .position(|&t| matches!(lower[t].as_str(), "in" | "on"))?;
    // Past the part of the structure and its name only: "in the wall of
    // the Hollin Dam", not "in the government's account of the dam".
    let t = *clause[placed + 1..]
        .iter()
        .take_while(|&&t| {
            STRUCTURES.contains(&lower[t].as_str())
                || CRACK_PATH.contains(&lower[t].as_str())
                || toks[t].is_capitalized()
        })
        .find(|&&t| STRUCTURES.contains(&lower[t].as_str()))?;
    let none = k > 0 && lower[k - 1] == "no";
    let start = if none { k - 1 } else { k };
    Some(State {
        span: Span::new(toks[start].span.start, toks[k].span.end),
        thing: content_stem_of(&lower[t])?,
        kind: StateKind::Integrity,
        positive: none,
    })
}

/// The states `lower` (the normalised tokens of a sentence) tells of.
pub fn extract(toks: &[Token], lower: &[String]) -> Vec<State> {
    let mut out: Vec<State> = (0..lower.len())
        .filter_map(|k| {
            held(toks, lower, k)
                .or_else(|| over_the_top(toks, lower, k))
                .or_else(|| crack_in(toks, lower, k))
        })
        .collect();
    for (k, w) in lower.iter().enumerate() {
        let Some(&(word, kind, positive)) = STATES.iter().find(|s| s.0 == w) else {
            continue;
        };
        // After a verb of being: the thing is the content word before the
        // links ("Gate 9 was locked": past the gate's number).
        let mut j = k;
        let (mut being, mut negated) = (false, false);
        while j > 0 && LINKS.contains(&lower[j - 1].as_str()) {
            j -= 1;
            being |= BEING.contains(&lower[j].as_str());
            negated ^= matches!(lower[j].as_str(), "not" | "never");
        }
        // "The market reopened on Friday", "the line has partly
        // reopened": with no object after it, a reopening leaves its
        // thing open ("police reopened the inquiry", "the bank reopened
        // talks" are deeds).
        being |= word == "reopened"
            && lower.get(k + 1).is_none_or(|n| {
                AFTER_REOPENING.contains(&n.as_str()) || WEEKDAYS.contains(&n.as_str())
            });
        let mut before = if j > 0 && lower[j - 1].bytes().all(|b| b.is_ascii_digit()) {
            j.checked_sub(2)
        } else {
            j.checked_sub(1)
        };
        // "Schools in the area were closed": the thing stands before the
        // words that place it.
        if let Some(t) = before
            && let Some(p) = (t.saturating_sub(PLACING_REACH)..t)
                .rev()
                .find(|&p| PLACING.contains(&lower[p].as_str()))
            && p > 0
        {
            before = Some(p - 1);
        }
        // "closed until 8 p.m.", "open again", "closed for three hours": a
        // state for a while, which another may follow.
        if lower
            .get(k + 1)
            .is_some_and(|n| FOR_A_WHILE.contains(&n.as_str()))
        {
            continue;
        }
        let thing = if being {
            before.and_then(|t| content_stem_of(&lower[t]))
        } else if BEFORE_THE_THING.contains(&word)
            && k > 0
            && matches!(lower[k - 1].as_str(), "a" | "an" | "the")
        {
            lower.get(k + 1).and_then(|n| content_stem_of(n))
        } else {
            None
        };
        let Some(thing) = thing else { continue };
        let start = if negated { j } else { k };
        out.push(State {
            span: Span::new(toks[start].span.start, toks[k].span.end),
            thing,
            kind,
            positive: positive != negated,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::words::{normalize, tokens};

    fn states(s: &str) -> Vec<(String, String, bool)> {
        let toks = tokens(s, 0);
        let lower: Vec<String> = toks.iter().map(|t| normalize(t.text)).collect();
        extract(&toks, &lower)
            .into_iter()
            .map(|st| (st.text(s).to_string(), st.thing, st.positive))
            .collect()
    }

    fn stem(w: &str) -> String {
        content_stem_of(w).unwrap()
    }

    #[test]
    fn a_state_told_of_its_thing() {
        // (sentence, the state's words, its thing, open or whole)
        let cases = [
            (
                "Survivors said the gate was locked when the crowd reached it.",
                "locked",
                "gate",
                false,
            ),
            (
                "The club said all exit gates had been open since the 80th minute.",
                "open",
                "gates",
                true,
            ),
            ("Gate 9 was still locked.", "locked", "gate", false),
            (
                "The club insists the gate was not locked.",
                "was not locked",
                "gate",
                true,
            ),
            ("Fans found a locked gate.", "locked", "gate", false),
            (
                "The water authority said the dam was intact.",
                "intact",
                "dam",
                true,
            ),
            (
                "The Hollin Dam above Ulvar has not been damaged.",
                "has not been damaged",
                "dam",
                true,
            ),
            (
                "Cracks have appeared in the wall of the Hollin Dam, officials said.",
                "Cracks",
                "dam",
                false,
            ),
            (
                "Engineers found no cracks in the levee.",
                "no cracks",
                "levee",
                true,
            ),
            (
                "Schools in the area were closed on Monday.",
                "closed",
                "schools",
                false,
            ),
            (
                "The town's market reopened on Friday morning.",
                "reopened",
                "market",
                true,
            ),
            ("The line has partly reopened.", "reopened", "line", true),
        ];
        for (s, text, thing, positive) in cases {
            assert_eq!(
                states(s),
                [(text.to_string(), stem(thing), positive)],
                "{s}"
            );
        }
        // A structure that held is whole; water over its top, not.
        for (s, text, thing, positive) in [
            (
                "The authority said the Skellan Dam, which holds back a reservoir on the river \
                 about 20 km upstream of the town, had held.",
                "held",
                "dam",
                true,
            ),
            (
                "The Skellan Dam, twenty kilometres upstream, held, according to the authority.",
                "held",
                "dam",
                true,
            ),
            (
                "The mayor said water had poured over the top of the Skellan Dam on Monday.",
                "over the top of the Skellan Dam",
                "dam",
                false,
            ),
        ] {
            assert_eq!(
                states(s),
                [(text.to_string(), stem(thing), positive)],
                "{s}"
            );
        }
        for s in [
            "The dam operator held a briefing on Monday.",
            "Police held two men near the levee.",
            "The river rose and the mayor held a meeting.",
            // Another clause: the structure is no subject of this "held".
            "The dam burst and the army held firm.",
            // Too far from the structure to be its hold.
            "The dam, which the regional water authority built in the 1960s to store water for \
             three towns, two power plants, several farms, a brewery on the river, was inspected \
             by officials who held firm.",
            // What was held, what the dam is the object of, what is held up.
            "A vigil for the victims of the dam breach was held during the evening.",
            "An emergency meeting about the Fennow levee was held through the night.",
            "The dam project held up by courts will cost more.",
            "Protesters at the dam held up banners.",
            // Over the top with no water.
            "Protesters hung banners over the top of the Orla dam.",
            // A crack in something else, or no structure in its clause.
            "Cracks appeared in the government's account of the dam.",
            "Police will crack down on looting, and the dam was inspected.",
        ] {
            assert!(states(s).is_empty(), "{s}: {:?}", states(s));
        }
        // A state for a while is no state to set against another.
        for s in [
            "Polls were open until 8 p.m.",
            "The road was closed for three hours while it was cleared.",
            "By evening the road was open again.",
        ] {
            assert!(states(s).is_empty(), "{s}: {:?}", states(s));
        }
    }

    #[test]
    fn deeds_are_no_states() {
        for s in [
            "Police opened fire on the crowd.",
            "A steward opened the gate at 9:51 p.m.",
            "The club locked the gate.",
            "They held an open day.",
            "Police reopened the inquiry.",
            "The bank reopened talks with creditors.",
            "Police reopened investigations.",
        ] {
            assert!(states(s).is_empty(), "{s}: {:?}", states(s));
        }
    }

    #[test]
    fn opposite_states_of_one_thing_contradict() {
        let one = |s: &str| {
            let toks = tokens(s, 0);
            let lower: Vec<String> = toks.iter().map(|t| normalize(t.text)).collect();
            extract(&toks, &lower).remove(0)
        };
        let locked = one("The gate was locked.");
        assert!(locked.contradicts(&one("The gates were open.")));
        assert!(!locked.contradicts(&one("The gate was closed.")));
        assert!(!locked.contradicts(&one("The road was open.")));
        assert!(!locked.contradicts(&one("The dam was intact.")));
        assert!(one("The market was closed.").contradicts(&one("The market reopened on Friday.")));
    }
}
