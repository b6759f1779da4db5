//! Amounts in words: "several dead", "dozens of people were hurt", "a
//! significant number of injuries", "many injured". Outlets that give no
//! figure still state the fact, and a reader wants to see that they did.
//!
//! Read from a sentence's tokens and the events its claims found: a word
//! amount counts an event when it stands next to the event's trigger, or
//! before people-like words that lead to it ("dozens of people were
//! injured").

use crate::claim::words::{Token, normalize};
use crate::claim::{Claims, Event, EventClass};

/// A word amount tied to an event of its sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Amount {
    /// The words as the article writes them ("Dozens of", "several").
    pub text: String,
    /// The figures the words allow, when they allow a range at all:
    /// "several" is a handful, "many" could be anything.
    pub range: Option<(f64, f64)>,
    pub event: EventClass,
}

/// The figures a value allows, least and most.
type Range = (f64, f64);

/// Word amounts, longest first so "a significant number of" wins over
/// "number of"; the ranges are what a reader would accept for the words.
const AMOUNTS: &[(&[&str], Option<Range>)] = &[
    (&["a", "significant", "number", "of"], None),
    (&["a", "large", "number", "of"], None),
    (&["a", "small", "number", "of"], Some((2.0, 20.0))),
    (&["a", "number", "of"], None),
    (&["a", "handful", "of"], Some((2.0, 6.0))),
    (&["a", "few"], Some((2.0, 5.0))),
    (&["dozens", "of"], Some((24.0, 199.0))),
    (&["scores", "of"], Some((40.0, 199.0))),
    (&["hundreds", "of"], Some((200.0, 1999.0))),
    (&["thousands", "of"], Some((2000.0, f64::INFINITY))),
    (&["several"], Some((3.0, 19.0))),
    (&["dozens"], Some((24.0, 199.0))),
    (&["scores"], Some((40.0, 199.0))),
    (&["hundreds"], Some((200.0, 1999.0))),
    (&["thousands"], Some((2000.0, f64::INFINITY))),
    (&["many"], None),
    (&["numerous"], None),
    (&["multiple"], Some((2.0, f64::INFINITY))),
];

/// The events a word amount can count.
const COUNTED: &[EventClass] = &[
    EventClass::Die,
    EventClass::Injure,
    EventClass::Arrest,
    EventClass::Attack,
];

/// Words for people, as they begin ("suspects", "workers", "residents").
const PEOPLE: &[&str] = &[
    "people",
    "person",
    "individual",
    "suspect",
    "men",
    "man",
    "women",
    "woman",
    "worker",
    "employee",
    "victim",
    "resident",
    "civilian",
    "passenger",
    "child",
    "student",
    "officer",
    "soldier",
    "firefighter",
    "gunm",
    "attacker",
    "assailant",
    "militant",
    "others",
];

/// Whether a lower-case word names people.
pub fn is_people(word: &str) -> bool {
    PEOPLE.iter().any(|p| word.starts_with(p))
}

/// How many tokens may stand between a word amount and its event's trigger.
const REACH: usize = 4;

fn word(t: &Token) -> String {
    normalize(t.text.trim_matches(|c: char| !c.is_alphanumeric()))
}

/// The word amounts of a sentence (its tokens and claims) that count one of
/// its events, in text order, one per event.
pub fn amounts(toks: &[Token], claims: &Claims) -> Vec<Amount> {
    let lower: Vec<String> = toks.iter().map(word).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lower.len() {
        let Some((len, range)) = AMOUNTS.iter().find_map(|(words, range)| {
            let fits = lower.len() >= i + words.len()
                && words.iter().zip(&lower[i..]).all(|(w, l)| w == l);
            fits.then_some((words.len(), *range))
        }) else {
            i += 1;
            continue;
        };
        let after = i + len;
        if let Some(event) = counted_event(&lower, after, i, claims) {
            out.push(Amount {
                text: text_between(toks, i, after),
                range,
                event,
            });
        }
        i = after;
    }
    out.dedup_by_key(|a| a.event);
    out
}

/// The words of tokens `from..to`, joined as they were (single spaces).
fn text_between(toks: &[Token], from: usize, to: usize) -> String {
    toks[from..to]
        .iter()
        .map(|t| t.text.trim_end_matches([',', ';', ':', '.']))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The event a word amount ending before token `after` (starting at
/// `at`) counts: the trigger right after it ("several arrests", "dozens
/// injured"), or after people-like words ("dozens of people were
/// injured"), or right before it ("injured dozens").
fn counted_event(lower: &[String], after: usize, at: usize, claims: &Claims) -> Option<EventClass> {
    let counted = |e: &&Event| COUNTED.contains(&e.class);
    // Forwards: people-like words, then the trigger within reach.
    let leads = lower
        .get(after)
        .is_some_and(|next| is_people(next) || claims.events.iter().any(|e| e.token == after));
    if leads
        && let Some(e) = claims
            .events
            .iter()
            .filter(counted)
            .find(|e| e.token >= after && e.token <= after + REACH)
    {
        return Some(e.class);
    }
    // Backwards: "the blast injured dozens".
    claims
        .events
        .iter()
        .filter(counted)
        .find(|e| e.token < at && at - e.token <= 2)
        .map(|e| e.class)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::words::tokens;
    use crate::claim::{Aliases, extract};

    fn of(text: &str) -> Vec<(String, EventClass)> {
        let claims = extract(text, 0, &Aliases::default());
        amounts(&tokens(text, 0), &claims)
            .into_iter()
            .map(|a| (a.text, a.event))
            .collect()
    }

    #[test]
    fn word_amounts_count_the_event_they_stand_by() {
        use EventClass::*;
        let cases: &[(&str, &[(&str, EventClass)])] = &[
            ("Several people were killed.", &[("Several", Die)]),
            (
                "Dozens of people were injured, officials said.",
                &[("Dozens of", Injure)],
            ),
            (
                "A significant number of injuries were reported.",
                &[("A significant number of", Injure)],
            ),
            ("Several arrests were made.", &[("Several", Arrest)]),
            ("Many injured were taken to hospital.", &[("Many", Injure)]),
            ("The blast injured dozens.", &[("dozens", Injure)]),
            // Not a count of the event: hours, homes, or no event at all.
            ("Several hours later, two people died.", &[]),
            ("Many residents left the town.", &[]),
            ("Dozens of homes burned.", &[]),
        ];
        for (text, want) in cases {
            let want: Vec<(String, EventClass)> =
                want.iter().map(|(t, e)| (t.to_string(), *e)).collect();
            assert_eq!(of(text), want, "{text}");
        }
    }
}
