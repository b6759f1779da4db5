//! Who did what a sentence reports: the name that acts in each event.
//!
//! "The U.S. government had alerted Russia", "despite warnings from the
//! United States", "Three days before the attack, he ignored US warnings":
//! three outlets tell that one party warned, and "Putin warned of
//! retaliation" tells that another did. The doer is the name nearest before
//! the trigger in its clause ("ISIS-K has claimed responsibility"), or the
//! name after "by" ("a claim of responsibility by ISIS-K") or, for a
//! statement, after "from" ("warnings from the U.S."). A name after a
//! preposition is where or to whom ("the U.S. Embassy in Moscow had issued a
//! warning"), and the subject of a passive ("Russia was warned") is who it
//! was done to: neither is the doer.

use super::events::{Event, EventClass};
use super::words::{Token, gap_before};

/// How many words before its trigger the doer may stand: a subject, its
/// auxiliaries and an adverb ("Russian officials were already placing
/// blame"); further back, the name is most often another clause's.
const REACH: usize = 6;

/// Forms of "be" that make the trigger after them passive.
const PASSIVE: &[&str] = &["was", "were", "been", "being", "is", "are", "be"];

/// Prepositions whose name is a place, a time or a thing done to, not the
/// doer.
const PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "near",
    "on",
    "of",
    "to",
    "into",
    "from",
    "across",
    "outside",
    "inside",
    "against",
    "with",
    "about",
    "for",
    "over",
    "toward",
    "towards",
    "by",
    "under",
    "regarding",
];

/// Words that open a clause of its own: a name before them is another
/// clause's subject.
const CLAUSE_OPENERS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "while", "but", "because", "after", "before",
    "although", "though", "when", "where", "if", "unless", "since",
];

/// Auxiliaries that make the trigger after them a verb ("has attacked",
/// "will evacuate").
const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "will", "would", "could", "did", "may", "might", "can", "to",
];

/// Words that open a noun phrase: a trigger after them is a noun ("the
/// warnings"), whose doer is not the subject of the verb before it ("the
/// Kremlin ignored the warnings").
const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "his", "her"];

/// Verbs that make a statement of their noun, so that their subject is its
/// doer: "the embassy had issued a warning", "officials were placing blame".
const LIGHT_VERBS: &[&str] = &[
    "issued", "issue", "issues", "issuing", "placed", "placing", "place", "made", "make", "making",
    "gave", "give", "giving", "sent", "send", "sending", "voiced", "lodged", "put", "laid",
    "shifted", "shift", "levelled", "leveled",
];

/// Statements, whose sayer a noun names after "from" ("warnings from the
/// U.S.", "a denial from Kyiv"): for other events "from" is where ("fled
/// from the town").
fn said_from(class: EventClass) -> bool {
    use EventClass::*;
    matches!(
        class,
        Warn | Deny | Condemn | Blame | Criticize | ClaimResponsibility | Pledge
    )
}

/// Set each event's [`Event::doer`]: the name (an index into the
/// sentence's names) of who did it, if the sentence says. `lower[i]` is the
/// normalised form of `toks[i]` and `name_at[i]` the name it is part of
/// (see `names::of_tokens`); `text` starts at byte `offset` of its
/// document.
pub fn find_doers(
    text: &str,
    offset: usize,
    toks: &[Token],
    lower: &[String],
    name_at: &[Option<usize>],
    events: &mut [Event],
) {
    if name_at.iter().all(Option::is_none) {
        return;
    }
    for e in events {
        let last = toks[e.token..]
            .iter()
            .position(|t| t.span.end >= e.span.end)
            .map_or(e.token, |k| e.token + k);
        e.doer = after(lower, name_at, last, e.class)
            .or_else(|| {
                before(
                    text,
                    offset,
                    toks,
                    lower,
                    name_at,
                    e.token,
                    said_from(e.class),
                )
            })
            .or_else(|| coordinated(lower, name_at, e.token, e.class));
        // The doer's tokens, and the country the words around them say it
        // acts for.
        let of_doer = |k: &usize| e.doer.is_some_and(|n| name_at[*k] == Some(n as usize));
        e.country = (0..lower.len()).find(of_doer).and_then(|first| {
            let last = (first..lower.len())
                .take_while(of_doer)
                .last()
                .unwrap_or(first);
            super::governments::country_of_doer(lower, first, last)
        });
    }
}

/// The name after "by" (or a statement's "from") right after the trigger,
/// "the" between them allowed.
fn after(
    lower: &[String],
    name_at: &[Option<usize>],
    last: usize,
    class: EventClass,
) -> Option<u32> {
    let word = lower.get(last + 1)?;
    if word != "by" && !(word == "from" && said_from(class)) {
        return None;
    }
    let mut k = last + 2;
    if lower.get(k).is_some_and(|w| w == "the") {
        k += 1;
    }
    name_at.get(k).copied().flatten().map(|n| n as u32)
}

/// How many words may stand between "and" and a noun trigger in a
/// coordinated noun phrase: its article and an adjective ("and the
/// subsequent claim").
const COORDINATED_REACH: usize = 3;

/// The doer a noun trigger shares with the noun phrase it is coordinated
/// with: "the attack's orchestration by ISIS-K and the subsequent claim of
/// responsibility" is ISIS-K's claim. Only a statement's noun (an article
/// between "and" and the trigger; "the bombing by the Front and the
/// subsequent arrests" are not the Front's arrests) and only the name right
/// after "by" before that "and".
fn coordinated(
    lower: &[String],
    name_at: &[Option<usize>],
    trigger: usize,
    class: EventClass,
) -> Option<u32> {
    if !said_from(class) {
        return None;
    }
    let mut k = trigger;
    let mut article = false;
    let and = loop {
        k = k.checked_sub(1)?;
        if trigger - k > COORDINATED_REACH || name_at[k].is_some() {
            return None;
        }
        match lower[k].as_str() {
            "and" => break k,
            w if DETERMINERS.contains(&w) => article = true,
            w if PREPOSITIONS.contains(&w) || CLAUSE_OPENERS.contains(&w) => return None,
            _ => {}
        }
    };
    let n = name_at[and.checked_sub(1)?]?;
    let first = name_start(name_at, and - 1);
    let mut by = first.checked_sub(1)?;
    if lower[by] == "the" {
        by = by.checked_sub(1)?;
    }
    (article && lower[by] == "by").then_some(n as u32)
}

/// The nearest name before the trigger in its clause that is not after a
/// preposition ("in Moscow", "at the Tarrow plant"), unless the trigger is
/// passive, where the trigger reads as a verb (past tense, a participle,
/// or after an auxiliary: "ISIS attacked", "the group claiming
/// responsibility", "rescuers have evacuated"). A statement's trigger that
/// reads as a noun takes only the name right before it ("the U.S.
/// warning"; not "the Kremlin ignored the warnings"); before any other
/// noun, a name says where or of what ("the Moscow concert hall attack").
fn before(
    text: &str,
    offset: usize,
    toks: &[Token],
    lower: &[String],
    name_at: &[Option<usize>],
    trigger: usize,
    statement: bool,
) -> Option<u32> {
    let passive = |k: usize| PASSIVE.contains(&lower[k].as_str());
    let aux = trigger.checked_sub(1)?;
    if passive(aux) || (aux > 0 && lower[aux].ends_with("ly") && passive(aux - 1)) {
        return None;
    }
    // A name the trigger is part of ("Unheeded Warnings", a headline in
    // title case) is no doer of it.
    let own = name_at[trigger];
    // A statement's sayer right before it ("the U.S. warning", "ISIS
    // claimed"), unless a preposition stands right before that name: "the
    // affiliate in Afghanistan claimed responsibility" is the affiliate's
    // claim ("regarding the U.S. warning" keeps its sayer).
    if let Some(n) = name_at[aux].filter(|&n| statement && Some(n) != own) {
        let first = name_start(name_at, aux);
        let placed = first > 0 && PREPOSITIONS.contains(&lower[first - 1].as_str());
        if !placed {
            return Some(n as u32);
        }
    }
    let w = lower[trigger].as_str();
    let at = |k: usize, words: &[&str]| words.contains(&lower[k].as_str());
    let article = at(aux, DETERMINERS);
    // "had issued a warning", "placing blame": the noun is the verb's.
    let light = at(aux, LIGHT_VERBS) || (article && aux > 0 && at(aux - 1, LIGHT_VERBS));
    let verb =
        w.ends_with("ed") || (w.ends_with("ing") && !article) || at(aux, AUXILIARIES) || light;
    if !verb {
        return None;
    }
    let mut k = trigger;
    while k > 0 && trigger - k < REACH {
        // A break between two words ends the clause ("ISIS-K, the Afghan
        // branch, claimed" loses its doer rather than take a wrong one).
        if gap_before(text, offset, toks, k).contains([',', ';', ':', '(', ')', '—', '–']) {
            return None;
        }
        k -= 1;
        if CLAUSE_OPENERS.contains(&lower[k].as_str()) {
            return None;
        }
        let Some(n) = name_at[k].filter(|&n| Some(n) != own) else {
            continue;
        };
        // What stands before the whole name.
        let first = name_start(name_at, k);
        // "at the Tarrow plant": an article between is still a place's.
        let mut opener = first;
        while opener > 0 && matches!(lower[opener - 1].as_str(), "the" | "a" | "an") {
            opener -= 1;
        }
        let after_preposition = opener > 0 && PREPOSITIONS.contains(&lower[opener - 1].as_str());
        if !after_preposition {
            return Some(n as u32);
        }
        k = first;
    }
    None
}

/// The first token of the name token `k` is part of.
fn name_start(name_at: &[Option<usize>], k: usize) -> usize {
    let mut first = k;
    while first > 0 && name_at[first - 1].is_some() && name_at[first - 1] == name_at[k] {
        first -= 1;
    }
    first
}

#[cfg(test)]
mod tests {
    use super::super::{Aliases, extract};

    /// The canonical name of who did the sentence's event of `class`.
    fn doer(s: &str, class: &str) -> Vec<String> {
        let c = extract(s, 0, &Aliases::default());
        c.events
            .iter()
            .filter(|e| e.class.name() == class)
            .filter_map(|e| e.doer)
            .map(|n| c.names[n as usize].canonical().to_string())
            .collect()
    }

    #[test]
    fn a_doer_may_act_for_a_country_the_words_around_it_name() {
        let country = |s: &str| {
            let c = extract(s, 0, &Aliases::default());
            c.events.iter().find_map(|e| e.country)
        };
        assert_eq!(
            country("Ukrainian President Volodymyr Zelenskyy denied any involvement."),
            Some("ukraine")
        );
        assert_eq!(
            country("The Ukrainian government has denied the allegations."),
            Some("ukraine")
        );
        assert_eq!(country("The French striker rejected the accusation."), None);
    }

    #[test]
    fn the_subject_before_the_trigger_is_the_doer() {
        let us = vec!["united states".to_string()];
        assert_eq!(
            doer(
                "The U.S. government had alerted Russia of an attack.",
                "warn"
            ),
            us
        );
        assert_eq!(
            doer(
                "Three days before the attack, he ignored US warnings.",
                "warn"
            ),
            us
        );
        assert_eq!(
            doer(
                "ISIS-K has claimed responsibility for the attack.",
                "claim_responsibility"
            ),
            ["islamic state khorasan province".to_string()]
        );
        assert_eq!(
            doer(
                "Within hours, Russian officials were already placing blame on Ukraine.",
                "blame"
            ),
            ["russian".to_string()]
        );
    }

    #[test]
    fn by_and_a_statements_from_name_the_doer() {
        assert_eq!(
            doer(
                "It was worsened by prior warnings from the U.S. about a threat.",
                "warn"
            ),
            ["united states".to_string()]
        );
        assert_eq!(
            doer("Moscow was attacked by Islamic State gunmen.", "attack"),
            ["islamic state".to_string()]
        );
        // Fleeing from a town is not the town's doing.
        assert!(doer("Residents evacuated from Dorrin overnight.", "evacuate").is_empty());
    }

    #[test]
    fn a_noun_shares_the_by_of_the_noun_it_is_coordinated_with() {
        assert_eq!(
            doer(
                "The attack's orchestration by ISIS-K and the subsequent claim of responsibility alarmed Russia.",
                "claim_responsibility"
            ),
            ["islamic state khorasan province".to_string()]
        );
        // Not a deed the "by" agent is no doer of.
        assert!(
            doer(
                "The bombing by the Dorrin Front and the subsequent arrests shocked many.",
                "arrest"
            )
            .is_empty()
        );
        // Not where the name is not the "by" agent, nor without one.
        assert!(
            doer(
                "The bombing of Moscow and the subsequent claim of responsibility shocked many.",
                "claim_responsibility"
            )
            .is_empty()
        );
        assert!(
            doer(
                "Officials in Moscow and the group's claim of responsibility differ.",
                "claim_responsibility"
            )
            .is_empty()
        );
    }

    #[test]
    fn a_place_a_passive_subject_or_another_clause_is_not_the_doer() {
        assert_eq!(
            doer("The U.S. Embassy in Moscow had issued a warning.", "warn"),
            ["us embassy".to_string()]
        );
        assert!(doer("Russia was warned in early March.", "warn").is_empty());
        assert!(doer("Unheeded Warnings and Security Oversights", "warn").is_empty());
        // A noun's doer stands right before it; an article's place is a
        // place.
        assert!(doer("The Kremlin ignored the warnings about an attack.", "warn").is_empty());
        assert_eq!(
            doer(
                "The Islamic State affiliate in Afghanistan claimed responsibility.",
                "claim_responsibility"
            ),
            ["islamic state".to_string()]
        );
        assert_eq!(
            doer(
                "Despite skepticism regarding the U.S. warning, officials acted.",
                "warn"
            ),
            ["united states".to_string()]
        );
        assert!(
            doer(
                "An explosion at the Tarrow chemical plant killed six workers.",
                "die"
            )
            .is_empty()
        );
        assert!(doer("Russia was repeatedly warned.", "warn").is_empty());
        assert!(doer("Putin said that officials warned of attacks.", "warn").is_empty());
        assert!(
            doer(
                "ISIS-K, the Afghan branch, claimed responsibility.",
                "claim_responsibility"
            )
            .is_empty()
        );
        // A name in a noun phrase with the trigger says where, but the
        // sayer of a statement.
        assert!(doer("It was the worst Moscow concert hall attack.", "attack").is_empty());
        assert_eq!(
            doer("Kyiv rejected the Moscow accusation.", "blame"),
            ["moscow".to_string()]
        );
    }
}
