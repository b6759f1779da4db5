//! What a sentence reports happened: events, whatever the words.
//!
//! "killed", "the death toll", "lives were lost" and "fatalities" all report
//! that people died; "apprehended", "detained" and "taken into custody" that
//! someone was arrested. Outlets reword each other, so two sentences about
//! one event often share no content word but the trigger's class. The
//! classes follow the well-known news event inventories (ACE 2005:
//! Life:Die, Life:Injure, Justice:Arrest-Jail, Conflict:Attack,
//! Contact:Statement, …), split where news tells statements apart (warn,
//! deny, condemn, blame). The trigger lists are written by hand from the
//! inflections and common synonyms of each class; a word belongs to at most
//! one class.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;
use serde::Serialize;

use super::words::Token;
use crate::span::Span;

/// A kind of event a news sentence reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EventClass {
    Die,
    Injure,
    Arrest,
    Charge,
    Attack,
    ClaimResponsibility,
    Warn,
    Deny,
    /// A warning or a finding brushed aside: "dismissed", "ignored",
    /// "unheeded".
    Dismiss,
    Condemn,
    Blame,
    Criticize,
    Fail,
    Investigate,
    Mourn,
    Evacuate,
    Rescue,
    Missing,
    Sanction,
    Destroy,
    Pledge,
    Retaliate,
    Resign,
    /// Who did it, as others say: "believes ISIS-K to be behind the
    /// assault", "identified the group as the likely perpetrator".
    Attribute,
    /// Getting away, or trying to: "tried to escape to Ukraine", "had been
    /// heading towards the border", "were on their way to".
    Flee,
}

impl EventClass {
    /// The class's name, as the JSON writes it.
    pub fn name(self) -> &'static str {
        match self {
            EventClass::Die => "die",
            EventClass::Injure => "injure",
            EventClass::Arrest => "arrest",
            EventClass::Charge => "charge",
            EventClass::Attack => "attack",
            EventClass::ClaimResponsibility => "claim_responsibility",
            EventClass::Warn => "warn",
            EventClass::Deny => "deny",
            EventClass::Dismiss => "dismiss",
            EventClass::Condemn => "condemn",
            EventClass::Blame => "blame",
            EventClass::Criticize => "criticize",
            EventClass::Fail => "fail",
            EventClass::Investigate => "investigate",
            EventClass::Mourn => "mourn",
            EventClass::Evacuate => "evacuate",
            EventClass::Rescue => "rescue",
            EventClass::Missing => "missing",
            EventClass::Sanction => "sanction",
            EventClass::Destroy => "destroy",
            EventClass::Pledge => "pledge",
            EventClass::Retaliate => "retaliate",
            EventClass::Resign => "resign",
            EventClass::Attribute => "attribute",
            EventClass::Flee => "flee",
        }
    }
}

/// One event a sentence reports, with the words that say so.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub class: EventClass,
    /// Where the trigger is written ([`Event::text`]).
    pub span: Span,
    /// Token index of the trigger's first word in the sentence.
    pub token: usize,
    /// Who did it, as an index into the sentence's names, where the
    /// sentence says (see [`super::agents`]).
    pub doer: Option<u32>,
    /// The country the doer acts for where the sentence says so ("the
    /// Ukrainian government", "Ukrainian President Volodymyr Zelenskyy"):
    /// see [`super::governments::country_of_doer`].
    pub country: Option<&'static str>,
}

impl Event {
    /// The words that say so ("taken into custody"), out of the text of the
    /// document the event was read from.
    pub fn text<'t>(&self, doc: &'t str) -> &'t str {
        self.span.of(doc)
    }
}

use EventClass::*;

/// Triggers of more than one word, matched first; each word is lower case.
const PHRASES: &[(&[&str], EventClass)] = &[
    (&["death", "toll"], Die),
    (&["lives", "lost"], Die),
    (&["lost", "their", "lives"], Die),
    (&["lost", "his", "life"], Die),
    (&["lost", "her", "life"], Die),
    (&["claimed", "the", "lives"], Die),
    (&["took", "the", "lives"], Die),
    (&["opened", "fire"], Attack),
    (&["open", "fire"], Attack),
    (&["taken", "into", "custody"], Arrest),
    (&["took", "into", "custody"], Arrest),
    (&["in", "custody"], Arrest),
    (&["under", "arrest"], Arrest),
    (&["took", "responsibility"], ClaimResponsibility),
    (&["take", "responsibility"], ClaimResponsibility),
    (&["claimed", "responsibility"], ClaimResponsibility),
    (&["claiming", "responsibility"], ClaimResponsibility),
    (&["claim", "responsibility"], ClaimResponsibility),
    (&["claims", "responsibility"], ClaimResponsibility),
    (&["claim", "of", "responsibility"], ClaimResponsibility),
    (&["tipped", "off"], Warn),
    (&["brushed", "aside"], Dismiss),
    (&["brushed", "off"], Dismiss),
    (&["shrugged", "off"], Dismiss),
    (&["pointed", "the", "finger"], Blame),
    (&["pointing", "fingers"], Blame),
    (&["pointed", "fingers"], Blame),
    (&["under", "fire"], Criticize),
    (&["came", "under", "fire"], Criticize),
    // Commentary's way of finding fault: "raised questions about the
    // efficiency of the security services", "raising concerns".
    (&["raised", "questions"], Criticize),
    (&["raises", "questions"], Criticize),
    (&["raising", "questions"], Criticize),
    (&["raised", "concerns"], Criticize),
    (&["raises", "concerns"], Criticize),
    (&["raising", "concerns"], Criticize),
    (&["laid", "bare"], Fail),
    (&["stepped", "down"], Resign),
    (&["step", "down"], Resign),
    (&["hunt", "down"], Retaliate),
    (&["burned", "down"], Destroy),
    // Whom others hold to have done it: "believed to be behind the
    // attack", "was behind it", "identified as the likely perpetrator".
    (&["be", "behind"], Attribute),
    (&["was", "behind"], Attribute),
    (&["were", "behind"], Attribute),
    (&["is", "behind"], Attribute),
    (&["are", "behind"], Attribute),
    (&["likely", "perpetrator"], Attribute),
    (&["likely", "perpetrators"], Attribute),
    (&["probable", "perpetrator"], Attribute),
    (&["likely", "culprit"], Attribute),
    (&["burnt", "down"], Destroy),
    // Not "fled" nor "escaped" alone: "thousands fled their homes" are
    // the displaced, "he escaped serious injury" got away from nothing.
    (&["tried", "to", "escape"], Flee),
    (&["trying", "to", "escape"], Flee),
    (&["escape", "route"], Flee),
    (&["heading", "towards"], Flee),
    (&["heading", "toward"], Flee),
    (&["on", "their", "way", "to"], Flee),
    (&["trying", "to", "flee"], Flee),
    (&["tried", "to", "flee"], Flee),
    (&["fleeing", "towards"], Flee),
    (&["fleeing", "toward"], Flee),
];

/// Single-word triggers, in the forms news text uses them.
const WORDS: &[(&[&str], EventClass)] = &[
    (
        &[
            "killed",
            "kill",
            "kills",
            "killing",
            "killings",
            "dead",
            "died",
            "die",
            "dies",
            "dying",
            "death",
            "deaths",
            "fatalities",
            "fatality",
            "toll",
            "perished",
            "slain",
            "lives",
        ],
        Die,
    ),
    (
        &[
            "injured",
            "injuring",
            "injure",
            "injuries",
            "injury",
            "wounded",
            "wounding",
            "wounds",
            "hurt",
            "hospitalized",
            "hospitalised",
        ],
        Injure,
    ),
    (
        &[
            "arrested",
            "arrest",
            "arrests",
            "arresting",
            "detained",
            "detain",
            "detains",
            "detaining",
            "detention",
            "apprehended",
            "apprehend",
            "apprehension",
            "captured",
            "custody",
            "jailed",
            "imprisoned",
        ],
        Arrest,
    ),
    (
        &[
            "charged",
            "charges",
            "indicted",
            "indictment",
            "prosecuted",
            "prosecution",
            "convicted",
            "sentenced",
            // Brought before a court: "appeared in a Moscow court",
            // "brought before a judge", "remanded in custody".
            "court",
            "judge",
            "arraigned",
            "remanded",
            "pleaded",
            "trial",
        ],
        Charge,
    ),
    (
        &[
            "attack",
            "attacks",
            "attacked",
            "attacking",
            "stormed",
            "storming",
            "assault",
            "assaulted",
            "shooting",
            "bombing",
            "bombings",
            "massacre",
            "rampage",
            "raid",
            "raided",
        ],
        Attack,
    ),
    (&["responsibility"], ClaimResponsibility),
    (
        &[
            "warned",
            "warn",
            "warns",
            "warning",
            "warnings",
            "alerted",
            "alert",
            "alerts",
            "advisory",
            "advisories",
            "cautioned",
            "forewarned",
        ],
        Warn,
    ),
    (
        &[
            "denied", "deny", "denies", "denying", "denial", "denials", "rejected", "rejects",
            "refuted", "refutes",
        ],
        Deny,
    ),
    (
        // Not "dismiss": "refused to dismiss the security chief" fires no one.
        &[
            "dismissed",
            "dismisses",
            "dismissing",
            "ignored",
            "ignoring",
            "ignores",
            "unheeded",
            "disregarded",
            "downplayed",
        ],
        Dismiss,
    ),
    (
        &[
            "condemned",
            "condemn",
            "condemns",
            "condemning",
            "condemnation",
            "denounced",
            "denounce",
            "denounces",
        ],
        Condemn,
    ),
    (
        &[
            "blamed",
            "blame",
            "blames",
            "blaming",
            "accused",
            "accuse",
            "accuses",
            "accusing",
            "accusation",
            "accusations",
        ],
        Blame,
    ),
    (
        &[
            "criticism",
            "criticized",
            "criticised",
            "criticize",
            "criticise",
            "criticizing",
            "criticising",
            "scrutiny",
            "scrutinized",
            "scrutinised",
            "questioned",
        ],
        Criticize,
    ),
    (
        &[
            "lapse",
            "lapses",
            "failure",
            "failures",
            "failed",
            "fail",
            "failing",
            "oversight",
            "shortcomings",
            "vulnerabilities",
            "vulnerability",
        ],
        Fail,
    ),
    (
        &[
            "investigation",
            "investigations",
            "investigating",
            "investigate",
            "investigated",
            "investigators",
            "probe",
            "inquiry",
        ],
        Investigate,
    ),
    (
        &[
            "mourning",
            "mourn",
            "mourns",
            "mourned",
            "vigil",
            "vigils",
            "condolences",
        ],
        Mourn,
    ),
    (
        &["evacuated", "evacuate", "evacuation", "evacuations", "fled"],
        Evacuate,
    ),
    (
        &["rescued", "rescue", "rescues", "rescuers", "rescuing"],
        Rescue,
    ),
    (&["missing", "unaccounted"], Missing),
    (
        &[
            "fined",
            "fines",
            "penalty",
            "penalties",
            "penalized",
            "penalised",
            "cited",
            "citation",
            "citations",
            "violations",
        ],
        Sanction,
    ),
    (
        &[
            "destroyed",
            "destroy",
            "destroying",
            "collapsed",
            "collapse",
            "razed",
            "gutted",
            "leveled",
            "levelled",
        ],
        Destroy,
    ),
    (
        &[
            "pledged", "pledge", "pledges", "vowed", "vow", "vows", "promised", "promises",
        ],
        Pledge,
    ),
    (
        &[
            "retaliation",
            "retaliate",
            "retaliatory",
            "revenge",
            "punish",
            "punished",
            "punishment",
            "reprisal",
            "reprisals",
        ],
        Retaliate,
    ),
    (&["resigned", "resign", "resignation", "resigns"], Resign),
    (
        // Not "perpetrator" alone: "identifying the perpetrators" names
        // no one.
        &[
            "orchestrated",
            "orchestration",
            "masterminded",
            "mastermind",
        ],
        Attribute,
    ),
];

/// Every single-word trigger and its class, looked up once per token.
static WORD_CLASS: LazyLock<FxHashMap<&'static str, EventClass>> = LazyLock::new(|| {
    let mut map = FxHashMap::default();
    for &(words, class) in WORDS {
        for w in words {
            // A word belongs to one class: the first list that has it.
            map.entry(*w).or_insert(class);
        }
    }
    map
});

/// A phrase trigger: its words and the class they trigger.
type Phrase = (&'static [&'static str], EventClass);

/// The phrases by their first word, each list in the order of [`PHRASES`]
/// (the first that matches wins).
static PHRASES_BY_FIRST: LazyLock<FxHashMap<&'static str, Vec<Phrase>>> = LazyLock::new(|| {
    let mut map: FxHashMap<&'static str, Vec<Phrase>> = FxHashMap::default();
    for &(words, class) in PHRASES {
        map.entry(words[0]).or_default().push((words, class));
    }
    map
});

/// The class a lower-case word triggers alone, if any.
pub fn class_of_word(lower: &str) -> Option<EventClass> {
    WORD_CLASS.get(lower).copied()
}

/// The phrase trigger that starts at token `i`, if any.
fn phrase_at(lower: &[String], i: usize) -> Option<Phrase> {
    PHRASES_BY_FIRST
        .get(lower[i].as_str())?
        .iter()
        .find(|(words, _)| {
            lower.len() >= i + words.len()
                && lower[i + 1..i + words.len()]
                    .iter()
                    .map(String::as_str)
                    .eq(words[1..].iter().copied())
        })
        .copied()
}

/// The events of a sentence, in text order. `lower[i]` is the normalised
/// form of `toks[i]`.
/// How many words may stand between "claimed" and the attack it claims:
/// "claimed Friday's deadly attack" is two.
const CLAIMED_REACH: usize = 3;

/// Does token `i` claim an attack ("IS claimed the attack", "the group
/// claimed Friday's bombing"), as wire copy writes a claim of
/// responsibility? Not a claim that something is so: "Moscow claimed the
/// attack was planned in Kyiv".
fn claims_an_attack(lower: &[String], i: usize) -> bool {
    let claim = matches!(
        lower[i].as_str(),
        "claimed" | "claims" | "claim" | "claiming"
    );
    let attack = (i + 1..lower.len())
        .take(CLAIMED_REACH)
        .find(|&k| class_of_word(&lower[k]) == Some(Attack));
    let clause = |k: usize| {
        lower.get(k + 1).is_some_and(|w| {
            matches!(
                w.as_str(),
                "was" | "were" | "is" | "are" | "had" | "has" | "would" | "could" | "will"
            )
        })
    };
    claim && attack.is_some_and(|k| !clause(k))
}

/// How many words from a trigger of [`Attribute`] the attack it lays at
/// someone's door may stand: "was behind Friday's deadly attack" is three.
const ATTRIBUTED_REACH: usize = 4;

/// Words after "behind" that stand for the attack: "was behind it".
const ATTACK_PRONOUNS: &[&str] = &["it", "them", "this", "that"];

/// Is the [`Attribute`] trigger at `i` (`used` words) about an attack?
/// "Was behind" only with the attack or a pronoun for it after it ("the
/// group was behind the bombing", "believed to be behind it"; not "was
/// behind the wheel", "is behind in the polls"); "orchestrated" and the
/// others only with an attack near ("masterminded a comeback" is none), as
/// "the likely perpetrator" is always.
fn attributes_an_attack(lower: &[String], i: usize, used: usize) -> bool {
    let attack = |k: usize| class_of_word(&lower[k]) == Some(Attack);
    let end = i + used;
    let after = end..(end + ATTRIBUTED_REACH).min(lower.len());
    match lower[end - 1].as_str() {
        "behind" => after
            .clone()
            .any(|k| attack(k) || ATTACK_PRONOUNS.contains(&lower[k].as_str())),
        "perpetrator" | "perpetrators" | "culprit" => true,
        _ => (i.saturating_sub(ATTRIBUTED_REACH)..i)
            .chain(after)
            .any(attack),
    }
}

/// Words before "court" that make it a place, not a court of law: "the
/// food court", "a tennis court", "Centre Court".
const NOT_A_LAW_COURT: &[&str] = &[
    "food",
    "tennis",
    "basketball",
    "squash",
    "volleyball",
    "netball",
    "badminton",
    "handball",
    "clay",
    "grass",
    "centre",
    "center",
];

/// Words before "trial" that make it a test, not a trial of anyone: "a
/// clinical trial", "a time trial", "a field trial".
const NOT_A_COURT_TRIAL: &[&str] = &["clinical", "vaccine", "time", "field"];

/// Words after "trial" that make it a test: "a trial run", "on a trial
/// basis", "a trial period".
const TRIAL_AS_TEST: &[&str] = &["run", "runs", "basis", "period", "version", "balloon"];

/// Is the word at `i` a "court" or "trial" of another kind: a place to
/// eat or play, a test? (Only the singulars are triggers of a charge.)
fn no_law_court(lower: &[String], i: usize) -> bool {
    let before = i.checked_sub(1).map(|k| lower[k].as_str());
    let after = lower.get(i + 1).map(String::as_str);
    match lower[i].as_str() {
        "court" => before.is_some_and(|w| NOT_A_LAW_COURT.contains(&w)),
        "trial" => {
            before.is_some_and(|w| NOT_A_COURT_TRIAL.contains(&w))
                || after.is_some_and(|w| TRIAL_AS_TEST.contains(&w))
        }
        _ => false,
    }
}

pub fn extract(toks: &[Token], lower: &[String]) -> Vec<Event> {
    let mut out: Vec<Event> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let (class, used) = match phrase_at(lower, i) {
            Some((words, class)) => (Some(class), words.len()),
            None => (class_of_word(&lower[i]), 1),
        };
        // "Responsibility" alone is a claim of it only beside a word of
        // claiming ("responsibility for the attack was claimed by"): "she
        // took full responsibility for the failings" claims no attack.
        let claimed = || lower.iter().any(|w| w.starts_with("claim"));
        let class = class
            .filter(|_| used > 1 || lower[i] != "responsibility" || claimed())
            .or_else(|| claims_an_attack(lower, i).then_some(ClaimResponsibility));
        let class = class.filter(|&c| c != Attribute || attributes_an_attack(lower, i, used));
        let class = class.filter(|&c| c != Charge || !no_law_court(lower, i));
        let Some(class) = class else {
            i += 1;
            continue;
        };
        let span = Span::new(toks[i].span.start, toks[i + used - 1].span.end);
        // One event of a class per sentence is enough to say it happened;
        // "killed … the death toll" is still one death event.
        if !out.iter().any(|e| e.class == class) {
            out.push(Event {
                class,
                span,
                token: i,
                doer: None,
                country: None,
            });
        }
        i += used;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::words::{normalize, tokens};
    use super::*;

    fn classes(s: &str) -> Vec<EventClass> {
        let toks = tokens(s, 0);
        let lower: Vec<String> = toks.iter().map(|t| normalize(t.text)).collect();
        extract(&toks, &lower)
            .into_iter()
            .map(|e| e.class)
            .collect()
    }

    #[test]
    fn getting_away_is_fleeing_but_not_every_escape() {
        for s in [
            "Putin said the attackers had tried to escape to Ukraine.",
            "The gunmen had been heading towards the border when they were caught.",
            "The suspects were on their way to an escape route.",
        ] {
            assert!(classes(s).contains(&Flee), "{s}: {:?}", classes(s));
        }
        for s in [
            "He escaped serious injury.",
            "Thousands fled their homes as the water rose.",
        ] {
            assert!(!classes(s).contains(&Flee), "{s}: {:?}", classes(s));
        }
    }

    #[test]
    fn one_event_whatever_the_words() {
        let cases: &[(&str, &[EventClass])] = &[
            ("Gunmen killed at least 133 people.", &[Die]),
            ("The death toll now stands at 115.", &[Die]),
            ("Over 130 lives were lost.", &[Die]),
            ("Nine workers died in the fire.", &[Die]),
            ("Security forces apprehended four suspects.", &[Arrest]),
            ("Eleven people were detained.", &[Arrest]),
            ("The owner was taken into custody on Friday.", &[Arrest]),
            ("ISIS-K has claimed responsibility.", &[ClaimResponsibility]),
            (
                "ISIS-K has claimed Friday's attack.",
                &[ClaimResponsibility, Attack],
            ),
            ("Moscow claimed the attack was planned in Kyiv.", &[Attack]),
            ("Four suspects appeared in a Moscow court.", &[Charge]),
            ("Diners were eating in the food court.", &[]),
            ("The vaccine trial was halted.", &[]),
            ("The scheme began on a trial basis.", &[]),
            ("He appeared before a drug court.", &[Charge]),
            (
                "Responsibility for the bombing was claimed by the group.",
                &[ClaimResponsibility, Attack],
            ),
            ("She took full responsibility for the failings.", &[]),
            ("The U.S. had alerted Russia.", &[Warn]),
            ("despite prior warnings from the U.S.", &[Warn]),
            ("Ukraine has denied any involvement.", &[Deny]),
            ("Kyiv rejected the claim.", &[Deny]),
            ("He ignored US warnings.", &[Dismiss, Warn]),
            (
                "The president dismissed the warning as scaremongering.",
                &[Dismiss, Warn],
            ),
            ("He refused to dismiss the security chief.", &[]),
            ("The services have faced criticism.", &[Criticize]),
            (
                "The blast raised questions about the port's safety.",
                &[Criticize],
            ),
            ("The flood laid bare the weakness of the levees.", &[Fail]),
            ("Terrorists stormed the concert hall.", &[Attack]),
            ("The company was fined in 2019.", &[Sanction]),
            ("The warehouse was cited in 2021.", &[Sanction]),
            (
                "The U.S. believes ISIS-K to be behind the assault.",
                &[Attribute, Attack],
            ),
            (
                "Officials identified the group as the likely perpetrator.",
                &[Attribute],
            ),
            ("Putin spoke of identifying the perpetrators.", &[]),
            ("The gunman was behind the wheel of a van.", &[]),
            ("The party is behind in the polls.", &[]),
            ("He masterminded a comeback.", &[]),
            ("The group was behind it, officials said.", &[Attribute]),
            (
                "The attack's orchestration by ISIS-K shocked the city.",
                &[Attack, Attribute],
            ),
        ];
        for (s, want) in cases {
            assert_eq!(&classes(s), want, "{s}");
        }
    }

    #[test]
    fn several_events_in_text_order_once_each() {
        assert_eq!(
            classes("The attack killed 40 and injured 100; the toll of the dead rose."),
            [Attack, Die, Injure]
        );
    }

    #[test]
    fn the_lookup_tables_hold_every_trigger() {
        for &(words, class) in WORDS {
            for w in words {
                assert_eq!(class_of_word(w), Some(class), "{w}");
            }
        }
        for &(words, class) in PHRASES {
            let lower: Vec<String> = words.iter().map(|w| w.to_string()).collect();
            assert_eq!(phrase_at(&lower, 0), Some((words, class)), "{words:?}");
        }
        assert_eq!(class_of_word("concert"), None);
    }

    #[test]
    fn no_event_in_plain_description() {
        assert!(classes("The concert hall seats 6,000 people.").is_empty());
        assert!(classes("Fire crews responded to the call.").is_empty());
    }

    #[test]
    fn spans_cover_the_trigger() {
        let s = "Ten people were taken into custody.";
        let toks = tokens(s, 5);
        let lower: Vec<String> = toks.iter().map(|t| normalize(t.text)).collect();
        let e = &extract(&toks, &lower)[0];
        assert_eq!(e.text(&format!("{:5}{s}", "")), "taken into custody");
        assert_eq!(e.span.start, 5 + s.find("taken").unwrap());
    }
}
