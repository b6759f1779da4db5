//! Negation: which words of a sentence a "not", a "no" or a denial
//! governs, which it says are not so, and what it speaks of.

use super::{TELLING, dates, events, numbers, words};

/// "It was not clear why the ferry had been allowed to leave", "it is not
/// known how many", "it has not said how many doses": what news does not
/// yet know, or was not told, not what it denies.
const UNKNOWN: &[&str] = &[
    "clear",
    "known",
    "certain",
    "sure",
    "immediately",
    "said",
    "say",
    "disclosed",
    "disclose",
    "specified",
    "specify",
];

/// Nouns a negation bears on in set phrases that deny no fact: "now is
/// not the time", "this is not the place", "it is not the case".
const IDIOMS: &[&str] = &["time", "moment", "place", "point", "case", "way"];

/// Words that tie what follows to the word before: "involvement in the
/// attack", "charged with murder".
const PREPOSITIONS: &[&str] = &[
    "in", "of", "on", "at", "by", "for", "with", "from", "to", "into", "about", "over", "against",
];

/// Modal verbs before a negation that make it say what ought to have been,
/// not what was: "should never have been detained".
pub(super) const COUNTERFACTUALS: &[&str] = &["should", "must", "might"];

/// Words that deny what the sentence's verb says. "nothing" is left out: it
/// denies a thing, not the event ("there is nothing to celebrate"), and it
/// turns up in titles ("Much Ado About Nothing").
pub(super) const NEGATIONS: &[&str] = &[
    "not", "no", "never", "neither", "nor", "n't", "cannot", "none", "nobody",
];

/// Does the sentence open with a name that starts "No" or "Never", its
/// capitalised words followed by a verb that carries the clause or by a
/// comma: "Never Dry has been cut off for two days", "Never Fall, on its
/// ridge, …". Not "No British nationals were among the dead", where a noun
/// follows, nor "Never again".
fn opens_with_a_name(text: &str, offset: usize, toks: &[words::Token], lower: &[String]) -> bool {
    let run = toks
        .iter()
        .skip(1)
        .take(PLACE_NAME_REACH)
        .take_while(|t| t.is_capitalized())
        .count();
    let after = run + 1;
    // "No Americans were among the dead": a people, not a name.
    let people = run > 0 && toks[run].text.ends_with('s');
    run > 0
        && !people
        && after < toks.len()
        && (AUXILIARIES.contains(&lower[after].as_str())
            || words::gap_before(text, offset, toks, after).contains(','))
}

/// Words that end the name of a place ("Never Sleep Street", "No Name
/// Crossing"): a "No" or "Never" that opens such a name denies nothing.
const PLACE_WORDS: &[&str] = &[
    "Street", "Road", "Lane", "Avenue", "Square", "Crossing", "Bridge", "Way", "Park", "Hill",
    "Close", "Gate", "Stand", "Place",
];

/// How many capitalised words after an opening "No" or "Never" may make
/// the name of a place.
const PLACE_NAME_REACH: usize = 3;

/// Verbs after "denied that …" whose subject is the thing denied: "denied
/// that tear gas had been used" denies the tear gas, where "denied that
/// the north stand had been overcrowded" does not deny the stand.
const USING: &[&str] = &[
    "used", "fired", "deployed", "involved", "present", "carried", "stored", "thrown", "launched",
    "found", "detected",
];

/// Verbs that deny the clause they govern: "denied that the vessel had been
/// overloaded" says what "the vessel was not overloaded" says, and the two
/// agree; "rejected any involvement" what "was not involved" says.
const DENIALS: &[&str] = &[
    "denied",
    "denies",
    "deny",
    "denying",
    "rejected",
    "rejects",
    "reject",
    "rejecting",
];

/// Nouns for what someone else said, between a denial and the clause it
/// denies: "denied reports that it planned to sell aircraft", "rejected a
/// claim by the union that checks were skipped".
const CLAIM_NOUNS: &[&str] = &[
    "report",
    "reports",
    "claim",
    "claims",
    "suggestion",
    "suggestions",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
];

/// How many words after a denial the "that" of the clause it denies may
/// stand: "rejected a claim by the union that" is six.
const DENIED_CLAUSE_REACH: usize = 6;

/// Words that may stand between a verb of denial and the clause it
/// denies, besides the days of the week: "denied on Friday that",
/// "denied again that", "denied yesterday that".
const DENIAL_ASIDES: &[&str] = &[
    "on",
    "again",
    "repeatedly",
    "yesterday",
    "today",
    "strongly",
    "flatly",
    "firmly",
    "also",
    "previously",
    "earlier",
    "morning",
    "afternoon",
    "evening",
    "night",
];

/// The token of the "that" whose clause a denial at token `i` governs:
/// right after it ("denied that the vessel had been overloaded") or after
/// a noun of what someone else said ("denied reports that", "rejected any
/// suggestion that", "rejected a claim by the union that").
fn denied_clause(lower: &[String], i: usize) -> Option<usize> {
    if !DENIALS.contains(&lower[i].as_str()) {
        return None;
    }
    if lower.get(i + 1).is_some_and(|w| w == "that") {
        return Some(i + 1);
    }
    // "denied on Friday that", "flatly denied again that": when, or how
    // firmly, before the clause.
    let at = |k: usize| lower.get(k).map(String::as_str);
    let aside = (1..=3).find(|&n| {
        at(i + n + 1) == Some("that")
            && (i + 1..=i + n).all(|k| {
                at(k).is_some_and(|w| DENIAL_ASIDES.contains(&w) || dates::WEEKDAYS.contains(&w))
            })
    });
    if let Some(n) = aside {
        return Some(i + n + 1);
    }
    // "denied it had cut corners", "denies he was involved": a clause
    // without its "that", opened by a pronoun and its verb.
    if lower
        .get(i + 1)
        .is_some_and(|w| matches!(w.as_str(), "it" | "he" | "she" | "they" | "we"))
        && lower
            .get(i + 2)
            .is_some_and(|w| AUXILIARIES.contains(&w.as_str()))
    {
        return Some(i);
    }
    // A noun phrase only: determiners, a word that says whose or what
    // claim ("the union's claim", "the false claim"), the noun, and who
    // made the claim ("by the union"); "denied the report but admitted
    // that …" and "rejected the report, saying that …" deny no clause.
    let claim = |k: usize| at(k).is_some_and(|w| CLAIM_NOUNS.contains(&w));
    let mut k = i + 1;
    while at(k).is_some_and(|w| CLAIM_DETERMINERS.contains(&w)) {
        k += 1;
    }
    if !claim(k) && claim(k + 1) {
        k += 1;
    }
    if !claim(k) {
        return None;
    }
    k += 1;
    if matches!(at(k), Some("by" | "from")) {
        k += 1;
        while at(k).is_some_and(|w| CLAIM_DETERMINERS.contains(&w)) {
            k += 1;
        }
        // The claimant's name, of a word or two.
        k = (k + 1..=k + 2).find(|&e| at(e) == Some("that"))?;
    }
    (at(k) == Some("that") && k <= i + DENIED_CLAUSE_REACH).then_some(k)
}

/// Words before a noun of what someone said: "any suggestion", "a claim
/// by the union", "earlier reports".
const CLAIM_DETERMINERS: &[&str] = &[
    "a", "an", "the", "any", "all", "these", "those", "such", "its", "their", "earlier", "media",
    "press", "new",
];

/// Words of a comparison: "no attack has claimed more lives" and "never
/// has the city seen a worse night" say "the deadliest", "the worst"; the
/// "no" denies nothing.
const COMPARATIVES: &[&str] = &[
    "more", "than", "worse", "deadlier", "greater", "bigger", "higher", "larger",
];

/// How far after a negation a comparison may make it a superlative.
const COMPARISON_REACH: usize = 10;

/// Words that carry a clause's verb: what follows them is what it says
/// happened.
const AUXILIARIES: &[&str] = &[
    "had", "has", "have", "was", "were", "is", "are", "been", "would", "could", "will", "did",
];

/// How many words after a negation it may govern.
const NEGATION_REACH: usize = 6;

/// How many words past what a negation governs its clause may run on, not
/// stated by the sentence (see `scope_read`).
const CLAUSE_REST_REACH: usize = 8;

/// Words that start a new clause: a negation before them does not reach
/// past them ("has not been charged and remains free").
const CLAUSE_STARTS: &[&str] = &[
    "and", "but", "while", "although", "though", "because", "whereas", "who", "which", "that",
    "before", "after", "when", "as", "since", "until", "if", "where", "so", "then",
];

/// The first auxiliary of the clause a denial takes after its "that" (or
/// the word standing for it) at token `that`, within [`NEGATION_REACH`]:
/// "had" of "denied that the vessel had been overloaded". The words
/// between are the clause's subject.
fn clause_verb(lower: &[String], that: usize) -> Option<usize> {
    (that + 1..lower.len().min(that + 1 + NEGATION_REACH))
        .find(|&k| AUXILIARIES.contains(&lower[k].as_str()))
}

/// The tokens the negation at token `i` governs: those after it, up to
/// [`NEGATION_REACH`], a punctuation mark between clauses, or a word that
/// starts a new clause.
pub(super) fn negation_scope(
    text: &str,
    offset: usize,
    toks: &[words::Token],
    lower: &[String],
    i: usize,
) -> std::ops::Range<usize> {
    // A denial governs the verb of the clause it takes: "denied that the
    // vessel had been overloaded" denies "overloaded", as "the vessel was
    // not overloaded" does, not the vessel.
    let first = if let Some(that) = denied_clause(lower, i) {
        clause_verb(lower, that).unwrap_or(that + 1)
    } else {
        i + 1
    };
    // "too early to say how many died": the question is asked, not denied.
    if lower[i] == "to"
        && lower
            .get(i + 2)
            .is_some_and(|w| QUESTION_WORDS.contains(&w.as_str()))
    {
        return first..first + 1;
    }
    let last = toks.len().min(first + NEGATION_REACH);
    let end = (first..last)
        .find(|&k| clause_break(text, offset, toks, lower, first - 1, k))
        .unwrap_or(last);
    first..end.max(first)
}

/// Does token `k` start a new clause after the clause that token `from`
/// is in: a punctuation mark between clauses before it (not right after
/// `from`), or a word that starts a clause?
fn clause_break(
    text: &str,
    offset: usize,
    toks: &[words::Token],
    lower: &[String],
    from: usize,
    k: usize,
) -> bool {
    (k > from + 1 && punctuated(text, offset, toks, k))
        || CLAUSE_STARTS.contains(&lower[k].as_str())
}

/// Does a punctuation mark between clauses stand before token `k`?
fn punctuated(text: &str, offset: usize, toks: &[words::Token], k: usize) -> bool {
    words::gap_before(text, offset, toks, k).contains([',', ';', ':', '—', '–', '(', '"', '“', '”'])
}

/// Words that open a question a clause asks ("too early to say how many").
const QUESTION_WORDS: &[&str] = &[
    "how", "whether", "if", "what", "who", "why", "when", "where", "which",
];

/// Does token `i` deny what its clause says: "not", "never", "no", "denied
/// that", "rejected any", "failed to"? Not where it is part of a title, sets
/// one thing against another, says what ought to have been, or makes a
/// superlative.
pub(super) fn negates(
    text: &str,
    offset: usize,
    toks: &[words::Token],
    lower: &[String],
    i: usize,
) -> bool {
    let w = lower[i].as_str();
    let next = lower.get(i + 1).map(String::as_str);
    // A capitalised "No" or "Never" inside a sentence is part of a title.
    // So is one that opens a sentence and the name of a place: "Never
    // Sleep Street takes its name from …", "No Name Crossing lies …"; not
    // "No British nationals were among the dead".
    let titled = toks[i].is_capitalized()
        && (i > 0
            || toks
                .iter()
                .skip(1)
                .take(PLACE_NAME_REACH)
                .take_while(|t| t.is_capitalized())
                .any(|t| PLACE_WORDS.contains(&t.text))
            || opens_with_a_name(text, offset, toks, lower));
    // A denial of a clause or of "any" thing says "not": "denied that it
    // was overloaded", "rejected any involvement". One of a thing says no
    // more than that ("rejected the accusation" does not deny that an
    // accusation was made).
    let denial = (DENIALS.contains(&w) && next == Some("any"))
        || denied_clause(lower, i).is_some()
        // "has ruled out new money" says there will be none.
        || (w == "ruled" && next == Some("out"));
    // "failed to enforce the code" says it was not enforced.
    let failed = matches!(w, "failed" | "failing" | "fails" | "fail") && next == Some("to");
    // "too early to determine the cause" says it is not determined, as
    // "not to speculate" says no one should ("too early to say how many
    // died" denies only the saying: see `negation_scope`).
    let too_early = w == "to"
        && i >= 2
        && lower[i - 2] == "too"
        && matches!(lower[i - 1].as_str(), "early" | "soon");
    let negation =
        !titled && (NEGATIONS.contains(&w) || w.ends_with("n't") || denial || failed || too_early);
    // "not only … but also" asserts both halves; "recovery, not rescue"
    // and "a cracked rail, not speed, caused it" set one thing against
    // another and deny no event. "The gunman, not yet identified, …" and
    // ", not a single survivor" deny all the same.
    let contrast = i > 0
        && words::gap_before(text, offset, toks, i).contains([',', '—', '–', ';'])
        && !matches!(next, Some("yet" | "a" | "one" | "all" | "until"));
    let asserts = w == "not" && (matches!(next, Some("only" | "just")) || contrast);
    // "should never have been detained" says that he was.
    let counterfactual = i > 0 && COUNTERFACTUALS.contains(&lower[i - 1].as_str());
    // The comparison must stand in the negation's own clause: "no one was
    // injured, though more than 40 homes …" denies.
    let compares = matches!(w, "no" | "never" | "none" | "nobody")
        && (i + 1..lower.len().min(i + 1 + COMPARISON_REACH))
            .take_while(|&k| !clause_break(text, offset, toks, lower, i, k))
            .any(|k| COMPARATIVES.contains(&lower[k].as_str()));
    // "a doctor who asked not to be named": the formula of a source's
    // anonymity denies nothing of the event.
    let anonymous = w == "not"
        && matches!(next, Some("to"))
        && lower.get(i + 2).is_some_and(|w| w == "be")
        && lower
            .get(i + 3)
            .is_some_and(|w| matches!(w.as_str(), "named" | "identified" | "quoted"));
    // "the worst may not be over", "can kill within hours if the patient is
    // not rehydrated": what may be, or would be if, is not what is.
    let guessed = i > 0 && matches!(lower[i - 1].as_str(), "may" | "might");
    let supposed = (i.saturating_sub(CONDITION_REACH)..i)
        .rev()
        .take_while(|&k| {
            !punctuated(text, offset, toks, k + 1)
                && !CLAUSE_STARTS.contains(&lower[k + 1].as_str())
        })
        .any(|k| matches!(lower[k].as_str(), "if" | "unless"));
    // "did not call civil protection until 2:55 a.m.", "was not recalled
    // until Nov. 2": it was done, late.
    let not_until = (w == "not" || w.ends_with("n't"))
        && (i + 1..lower.len().min(i + 1 + UNTIL_REACH))
            .find(|&k| clause_break(text, offset, toks, lower, i, k))
            .is_some_and(|k| lower[k] == "until");
    negation
        && !asserts
        && !compares
        && !counterfactual
        && !anonymous
        && !guessed
        && !supposed
        && !not_until
}

/// How far after "not" an "until" may say when the thing was done at last:
/// "did not call the provincial civil protection service until" is seven.
const UNTIL_REACH: usize = 9;

/// How far before a negation an "if" may open the clause it stands in.
const CONDITION_REACH: usize = 6;

/// How a negation bears on a word in its reach ("no immediate word from
/// the water authority" bears on none but "immediate").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) struct Bearing {
    /// It says the word is not so ("tear" of "no tear gas", "claimed" of
    /// "no group claimed responsibility").
    pub(super) denied: bool,
    /// The word names the thing it says is not so: the word it bears on,
    /// unless an event, and the word after it ("no tear gas"), or the
    /// subject of a denied clause ("denied that tear gas had been used").
    pub(super) about: bool,
    /// The word it says is not so tells an event ("charged" of "no one has
    /// been charged"; see `events::class_of_word`).
    pub(super) event: bool,
}

/// The tokens the negation at token `i` governs, each with how it bears on
/// it. What a negation denies, for a reader comparing outlets, is the
/// word it bears on ("was not involved", "denied that it had been
/// overloaded") and any event in its reach ("no group had claimed
/// responsibility"). The other words in its reach are the things around
/// it: "no immediate word from the water authority" does not deny that the
/// authority spoke elsewhere, nor "not one of its houses was left standing"
/// that the houses exist.
pub(super) fn scope_read<'a>(
    text: &str,
    offset: usize,
    toks: &[words::Token],
    lower: &'a [String],
    stems: &[Option<String>],
    i: usize,
) -> impl Iterator<Item = (usize, Bearing)> + 'a {
    let scope = negation_scope(text, offset, toks, lower, i);
    let reach = &lower[scope.clone()];
    // "not seriously hurt": a manner adverb is not what is denied; "now is
    // not the time to" names no fact; "not one of its houses was left
    // standing" denies that any stands, not that there were houses.
    let quantified = match reach {
        [w, ..] if w == "one" || w == "single" => true,
        [a, b, ..] => a == "a" && b == "single",
        _ => false,
    };
    let first = scope
        .clone()
        .find(|&k| stems[k].is_some() && !lower[k].ends_with("ly"));
    // "it was not clear whether anyone was killed": what news does not yet
    // know denies nothing in its reach.
    let unknown = first.is_some_and(|k| UNKNOWN.contains(&lower[k].as_str()));
    // "denied any involvement" is a party's word on itself: set against
    // "the group's involvement" it is mostly another party's, and outlets
    // report both.
    let head = first
        .filter(|&k| !IDIOMS.contains(&lower[k].as_str()) && !quantified && lower[k - 1] != "any");
    // "denied any involvement in the attack": an event named after a
    // preposition is what the denied thing is about.
    let about = scope
        .clone()
        .find(|&k| PREPOSITIONS.contains(&lower[k].as_str()))
        .unwrap_or(scope.end);
    // "denied that tear gas had been used": the subject of the denied
    // clause is in the denial's reach, not what it denies (see
    // `negation_scope`), so the sentence does not state it either.
    let subject = if let Some(that) = denied_clause(lower, i) {
        (that + 1).min(scope.start)..scope.start
    } else {
        scope.start..scope.start
    };
    let of_subject = Bearing {
        about: !unknown && !quantified && head.is_some_and(|k| USING.contains(&lower[k].as_str())),
        ..Bearing::default()
    };
    // "no tear gas": the thing is the head and the word after it; "did not
    // kill these people" names no thing, and events pair as events.
    let thing = head.filter(|&k| events::class_of_word(&lower[k]).is_none());
    let after = thing.and_then(|h| scope.clone().find(|&k| k > h && stems[k].is_some()));
    // "it never received a complaint about cracks in the building": the rest
    // of the negation's clause is not stated either, though it is not
    // what the negation denies. "No complaint about cracks had ever been
    // received" does not deny a complaint that it states.
    let reach = toks.len().min(scope.end + CLAUSE_REST_REACH);
    let rest_end = (scope.end..reach)
        .find(|&k| clause_break(text, offset, toks, lower, i, k))
        .unwrap_or(reach);
    let rest = (scope.end..rest_end).map(|k| (k, Bearing::default()));
    // "it had received no written warning", "found no faults": the verb
    // whose object is denied is not stated, as in "never received it".
    let verb = (matches!(lower[i].as_str(), "no" | "none") && i > 0)
        .then(|| i - 1)
        .filter(|&k| stems[k].is_some() && !numbers::comma_before(text, offset, toks, i))
        .map(|k| (k, Bearing::default()));
    subject
        .map(move |k| (k, of_subject))
        .chain(scope.map(move |k| {
            let tells_event = events::class_of_word(&lower[k]).is_some();
            let event = k < about && tells_event;
            let denied = !unknown && (Some(k) == head || event);
            let bearing = Bearing {
                denied,
                about: !unknown && (Some(k) == thing || Some(k) == after),
                event: denied && tells_event,
            };
            (k, bearing)
        }))
        .chain(rest)
        .chain(verb)
}

/// The most content words before a negation that may say what it speaks
/// of (see [`spoken_of`]): "sale", "plant" of "the sale of the plant had
/// not been approved".
const SPOKEN_OF_REACH: usize = 3;

/// The tokens that say what the negation at token `i` speaks of (see
/// [`Denial`](super::Denial)): the subject of the clause a denial takes, up
/// to its verb ("tear gas" of "denied that tear gas had been used"), else
/// the content words of its clause before it, up to [`SPOKEN_OF_REACH`],
/// past an aside between commas and not a word of telling ("ferry" of "the
/// ferry, the operator said, was not overloaded"; "association" of "the
/// association said it was too early to estimate the cost": not the
/// negation's own words). A denial whose clause names no subject ("denied
/// that it was negligent") speaks of what is before the denial ("the
/// company"). A relative clause speaks of the word before it ("passengers
/// who were not on the manifest"), and so does a clause after "said that"
/// ("the ministry said that it had not been told"). Nothing for "no",
/// "none", "nobody" or "neither": "promised that no jobs would be lost"
/// speaks of jobs only as lost, so of nothing another sentence could write
/// of them without the words around (a thing named in two words, "no tear
/// gas", is weighed as a phrase). `None` where a second verb of a clause
/// leaves its subject out ("had been stolen from a club, and was not the
/// one registered to his uncle", "at 11:14 a.m., and not at 11:20"): what
/// it speaks of is somewhere before.
pub(super) fn spoken_of(
    text: &str,
    offset: usize,
    toks: &[words::Token],
    lower: &[String],
    stems: &[Option<String>],
    i: usize,
) -> Option<Vec<usize>> {
    if matches!(lower[i].as_str(), "no" | "none" | "nobody" | "neither") {
        return Some(Vec::new());
    }
    if let Some(that) = denied_clause(lower, i) {
        let reach = lower.len().min(that + 1 + NEGATION_REACH);
        let subject: Vec<usize> = (that + 1..clause_verb(lower, that).unwrap_or(reach))
            .filter(|&k| stems[k].is_some())
            .collect();
        if !subject.is_empty() {
            return Some(subject);
        }
    }
    // "too early to estimate": the negation's own words are not what it
    // speaks of.
    let mut start = if lower[i] == "to" {
        i.saturating_sub(2)
    } else {
        i
    };
    let mut auxiliaries = 0;
    while start > 0 && AUXILIARIES.contains(&lower[start - 1].as_str()) {
        start -= 1;
        auxiliaries += 1;
    }
    let comma_before = |k: usize| k > 0 && words::gap_before(text, offset, toks, k).contains(',');
    if start > 0
        && matches!(lower[start - 1].as_str(), "and" | "but")
        && (auxiliaries > 0 || comma_before(start - 1))
    {
        return None;
    }
    // "The ferry, the operator said, was not": past the aside.
    if comma_before(start)
        && let Some(open) = (1..start - 1).rev().find(|&k| comma_before(k))
    {
        start = open;
    }
    let mut out = Vec::new();
    for k in (0..start).rev() {
        // "passengers who were not on the manifest": a relative clause
        // speaks of the word before it.
        let relative = out.is_empty() && matches!(lower[k].as_str(), "who" | "which" | "that");
        if (CLAUSE_STARTS.contains(&lower[k].as_str()) && !relative)
            || (k + 1 < start && comma_before(k + 1))
        {
            break;
        }
        if stems[k].as_deref().is_some_and(|s| !TELLING.contains(&s)) {
            out.push(k);
        }
        if out.len() == SPOKEN_OF_REACH {
            break;
        }
    }
    Some(out)
}
