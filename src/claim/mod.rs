//! What a sentence states: its content words, quantities, dates, names and
//! who it is attributed to.

pub mod agents;
pub mod dates;
pub mod events;
pub mod governments;
pub mod names;
mod negation;
pub mod numbers;
pub mod spelling;
pub mod states;
pub mod words;

use std::sync::LazyLock;

use regex::Regex;

pub use dates::{DateClaim, When};
pub use events::{Event, EventClass};
pub use names::{Aliases, NameClaim, NameTable};
pub use numbers::{Op, Quantity, Role};
pub use states::State;

use crate::span::Span;
use negation::{
    Bearing, COUNTERFACTUALS, NEGATIONS, negates, negation_scope, scope_read, spoken_of,
};

/// Who a sentence says the claim comes from ("officials said", "according
/// to the Post"): where it is written ([`Attribution::text`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    pub span: Span,
}

impl Attribution {
    /// The words, out of the text of the document they were read from.
    pub fn text<'t>(&self, doc: &'t str) -> &'t str {
        self.span.of(doc)
    }
}

/// One thing a sentence states, as the JSON lists it. No claim keeps a copy
/// of its words: each has a span of its document's text ([`Claim::text`]).
#[derive(Debug, Clone, PartialEq)]
pub enum Claim {
    Number(Quantity),
    Date(DateClaim),
    Name(NameClaim),
    Attribution(Attribution),
    Event(Event),
}

impl Claim {
    pub fn span(&self) -> Span {
        match self {
            Claim::Number(q) => q.span,
            Claim::Date(d) => d.span,
            Claim::Name(n) => n.span,
            Claim::Attribution(a) => a.span,
            Claim::Event(e) => e.span,
        }
    }

    /// What the sentence writes, out of the text of the document the claim
    /// was read from.
    pub fn text<'t>(&self, doc: &'t str) -> &'t str {
        self.span().of(doc)
    }
}

/// A sentence's stemmed content words, sorted, no repeats, kept in one
/// string. The claims of every sentence stay in memory as long as the
/// article is open: a `String` apiece cost four times the words' length.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Words {
    text: Box<str>,
    /// Where each word ends in `text`.
    ends: Ends,
}

/// Where each word ends: two bytes an end where the words come to at most
/// 65,535 bytes (any sentence the splitter makes), else four.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Ends {
    Narrow(Box<[u16]>),
    Wide(Box<[u32]>),
}

impl Default for Ends {
    fn default() -> Ends {
        Ends::Narrow(Box::default())
    }
}

impl Ends {
    fn get(&self, k: usize) -> Option<usize> {
        match self {
            Ends::Narrow(e) => e.get(k).map(|&x| usize::from(x)),
            Ends::Wide(e) => e.get(k).map(|&x| x as usize),
        }
    }

    fn len(&self) -> usize {
        match self {
            Ends::Narrow(e) => e.len(),
            Ends::Wide(e) => e.len(),
        }
    }
}

impl Words {
    fn from_sorted(words: &[String]) -> Words {
        let mut ends = Vec::with_capacity(words.len());
        let mut text = String::with_capacity(words.iter().map(String::len).sum());
        for w in words {
            text.push_str(w);
            ends.push(text.len() as u32);
        }
        let ends = if text.len() <= usize::from(u16::MAX) {
            // Every end is at most the length, so it fits in two bytes.
            Ends::Narrow(ends.iter().map(|&e| e as u16).collect())
        } else {
            Ends::Wide(ends.into_boxed_slice())
        };
        Words {
            text: text.into_boxed_str(),
            ends,
        }
    }

    /// The `k`th word in sorted order.
    pub fn get(&self, k: usize) -> Option<&str> {
        let end = self.ends.get(k)?;
        let start = k.checked_sub(1).map_or(Some(0), |j| self.ends.get(j))?;
        self.text.get(start..end)
    }

    /// The words in sorted order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        (0..self.ends.len()).map(|k| self.get(k).unwrap_or_default())
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.len() == 0
    }

    /// Where `word` is in sorted order, if the sentence has it.
    pub fn position(&self, word: &str) -> Option<usize> {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            match self.get(mid).unwrap_or_default().cmp(word) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Some(mid),
            }
        }
        None
    }
}

/// One negation of a sentence: the words it says are not so, and what it
/// speaks of, as positions in [`Claims::words`], sorted. What it speaks of
/// is the subject of its clause written before it ("ferry" of "the ferry
/// was not overloaded"), or of the clause a denial takes ("vessel" of
/// "denied that the vessel had been overloaded"); nothing for a "no", which
/// speaks of its thing only as what it denies of it; `None` where the
/// clause leaves its subject out ("and was not the one registered").
#[derive(Debug, Clone, PartialEq)]
struct Denial {
    words: Box<[u32]>,
    of: Option<Box<[u32]>>,
}

/// Everything extracted from one sentence.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Claims {
    /// Stemmed content words, sorted, no repeats.
    pub words: Words,
    /// Pairs of neighbouring content words, as positions in `words`, sorted
    /// as the phrases read ("concert hall"), no repeats.
    phrases: Pairs,
    // Boxes, not lists: the claims of every sentence stay in memory as long
    // as the article is open, and a box is a third smaller than a list and
    // holds no room to grow.
    pub quantities: Box<[Quantity]>,
    pub dates: Box<[DateClaim]>,
    pub names: Box<[NameClaim]>,
    pub attributions: Box<[Attribution]>,
    /// What the sentence reports happened, in text order.
    pub events: Box<[Event]>,
    /// The states it says things are in ("the gate was locked").
    pub states: Box<[State]>,
    /// The content words a "not", "no" or "never" governs up to the end
    /// of its clause ("asked not to be named" negates "name", not the
    /// sentence), as positions in `words`, sorted. Empty when nothing is
    /// negated.
    negated: Box<[u32]>,
    /// The words of the sentence's denials (see `denials`) that tell an
    /// event ("charged" of "no one has been charged"), as positions in
    /// `words`, sorted.
    denied_events: Box<[u32]>,
    /// What the sentence says is not so, of [`Claims::negated`]: each
    /// negation's denied words (the word it bears on and any event in its
    /// reach) and what it speaks of (see [`Denial`]).
    denials: Box<[Denial]>,
    /// The thing a negation says is not so, of [`Claims::negated`]: the
    /// word it bears on and the word after ("no tear gas had been used"),
    /// or after "denied that" the subject of the clause ("denied that tear
    /// gas had been used"). See `Bearing`.
    disputed: Box<[u32]>,
    /// Content words that only name someone ("vladimir", "putin", "presid"),
    /// as positions in `words`, sorted: sharing them says who, not what.
    name_words: Box<[u32]>,
    /// Content words the sentence writes only to name who does a thing
    /// ("rescue teams", "arrest warrant"), as positions in `words`, sorted:
    /// "rescue teams were working" says no rescue happened.
    modifiers: Box<[u32]>,
    /// The year a sentence dates what it tells in by words alone:
    /// [`ANOTHER_YEAR`] for another year than the story's ("That year,
    /// seven people were killed", "two blasts last year", "a flood three
    /// years ago"), [`RECALLED_TIME`] for another event's time ("in that
    /// attack", "escaped then"). See [`another_year`].
    elsewhen: Option<i32>,
    /// Does a negation of the sentence deny outright, not only up to the
    /// time of writing ("not yet") nor as "never"?
    outright: bool,
    /// Content words the sentence writes only inside someone's quoted
    /// speech or a question it reports ("asked whether production would
    /// move"): words it does not state as its own, as positions in
    /// `words`, sorted.
    spoken: Box<[u32]>,
}

/// Nouns of an event that "in that …" recalls: another one than the
/// article's (see `another_year`).
const RECALLED_EVENTS: &[&str] = &[
    "attack",
    "siege",
    "bombing",
    "blast",
    "explosion",
    "fire",
    "crash",
    "disaster",
    "riot",
    "earthquake",
    "quake",
    "flood",
    "floods",
    "storm",
    "cyclone",
    "collapse",
    "outbreak",
    "epidemic",
    "shooting",
    "massacre",
    "raid",
    "eruption",
    "avalanche",
    "accident",
    "derailment",
    "stampede",
    "crush",
    "tragedy",
    "incident",
    "sinking",
    "election",
];

/// Does a "then" that ends a clause recall the time of another event the
/// article told before ("Nineteen prisoners escaped then, but all were
/// found", "About 8,000 people were evacuated then.")? Not "since then",
/// "before then", "by then", "and then".
fn recalls_then(text: &str, offset: usize, toks: &[words::Token], lower: &[String]) -> bool {
    (1..lower.len()).any(|k| {
        let ends = k + 1 == toks.len()
            || words::gap_before(text, offset, toks, k + 1).contains([',', ';', ':', '.']);
        lower[k] == "then"
            && ends
            && !matches!(
                lower[k - 1].as_str(),
                "since"
                    | "before"
                    | "until"
                    | "till"
                    | "by"
                    | "and"
                    | "but"
                    | "from"
                    | "even"
                    | "only"
                    | "just"
                    | "right"
                    | "was"
                    | "were"
                    | "is"
                    | "are"
            )
    })
}

/// The year [`Claims::years`] gives a sentence that dates what it tells in
/// another year by words alone: unlike any written year.
const ANOTHER_YEAR: i32 = i32::MIN;

/// The year [`Claims::years`] gives a sentence that tells of the time of
/// another event the article recalled ("Three hostages were killed in
/// that attack", "Nineteen prisoners escaped then"): that event's year,
/// whichever year the other sentence writes, and never the story's own.
const RECALLED_TIME: i32 = i32::MIN + 1;

/// Is a year one a sentence writes, not one it dates by words alone?
fn written(y: i32) -> bool {
    y != ANOTHER_YEAR && y != RECALLED_TIME
}

/// Does the sentence say "last year", "that year", "the previous year",
/// "a year earlier", "three years ago" (not "since last year", which
/// measures this year's event against it): [`ANOTHER_YEAR`]; or recall
/// "that attack": [`RECALLED_TIME`].
fn another_year(lower: &[String]) -> Option<i32> {
    let at = |k: usize| lower.get(k).map(String::as_str);
    // Not in a clause about something else ("the factory, which was
    // inspected last year"; "who moved to the city three years ago").
    let relative = |k: usize| {
        (k.saturating_sub(6)..k).any(|j| matches!(at(j), Some("which" | "who" | "whose" | "where")))
    };
    // "that year", "last year" as the time told: not "since last year",
    // "over the last year", nor in a relative clause.
    let year_told =
        |k: usize| (k == 0 || !matches!(at(k - 1), Some("since" | "than" | "the"))) && !relative(k);
    let recalls = (0..lower.len()).any(|k| match (at(k), at(k + 1)) {
        // "That year, seven people were killed by a bomb": the year the
        // sentence before recalled.
        (Some("that"), Some("year")) => year_told(k),
        // "Three hostages were killed in that attack", "That crash killed
        // 33 people": news calls its own event "the attack"; "that" one is
        // one it recalled before.
        (Some("that"), Some(event)) if RECALLED_EVENTS.contains(&event) => {
            k == 0 || matches!(at(k - 1), Some("in" | "during" | "by"))
        }
        _ => false,
    });
    if recalls {
        return Some(RECALLED_TIME);
    }
    let another = (0..lower.len()).any(|k| match (at(k), at(k + 1)) {
        (Some("last" | "previous"), Some("year")) => year_told(k),
        (Some("year" | "years"), Some("ago" | "earlier" | "before")) => {
            k > 0
                && !relative(k)
                && at(k - 1).is_some_and(|w| {
                    matches!(
                        w,
                        "a" | "the" | "one" | "two" | "three" | "four" | "five" | "ten"
                    ) || w.parse::<u32>().is_ok()
                })
        }
        _ => false,
    });
    another.then_some(ANOTHER_YEAR)
}

impl Claims {
    /// The years the sentence dates something in by the year alone: "the
    /// 2009 bombing", "In 2009, a bomb …". Not "the deadliest since 1998",
    /// and not the year of a date: a lead that writes "On March 22, 2024,
    /// gunmen killed 144" or "In March 2024, gunmen killed 145" tells of
    /// the event as one that writes "on Friday" does; but the year of
    /// another event it recalls ("since February 2021, when …").
    /// A sentence that gives a count of its own event before it recalls
    /// another ("With 34 dead, it is the deadliest since 1989, when 41
    /// fans died") is dated by its own, not the recalled one's year.
    pub fn years(&self) -> impl Iterator<Item = i32> + '_ {
        self.dates
            .iter()
            .filter(|d| !d.of_statement && !d.reference)
            .filter(|d| !d.recalled || !self.counts_before(d.span.start))
            .filter_map(recalled_or_year)
            .chain(self.elsewhen)
    }

    /// The years a count of the sentence is dated in: one in the clause
    /// after a recalled date ("since 1989, when 41 fans died"), or right
    /// before one ("killed 94 people in April 2021"), is that year's; any
    /// other the sentence's own ([`Claims::years`]), sorted.
    pub fn years_of(&self, q: &Quantity) -> Vec<i32> {
        // A date right after the count dates it first: "a wreck off Cape
        // Tirrel killed 94 people in April 2021".
        let right_after =
            |d: &&DateClaim| d.span.start >= q.span.end && d.span.start - q.span.end <= DATED_GAP;
        let mut recalled = self.dates.iter().filter(|d| d.recalled);
        let recalled = recalled
            .clone()
            .find(right_after)
            .or_else(|| recalled.rfind(|d| d.span.end <= q.span.start))
            .and_then(recalled_or_year);
        let mut years: Vec<i32> = match recalled {
            Some(y) => vec![y],
            None => self.years().collect(),
        };
        years.sort_unstable();
        years.dedup();
        years
    }

    /// Are two counts' [`Claims::years_of`] one: the same years, or
    /// another event's time recalled against a year written (see
    /// [`Claims::same_years`]).
    pub fn years_agree(a: &[i32], b: &[i32]) -> bool {
        let recalled =
            |x: &[i32], y: &[i32]| x.contains(&RECALLED_TIME) && y.iter().any(|&v| written(v));
        a == b || recalled(a, b) || recalled(b, a)
    }

    /// Does a count of what befell people stand before `at`?
    fn counts_before(&self, at: usize) -> bool {
        self.quantities
            .iter()
            .any(|q| q.role.is_some() && q.span.start < at)
    }

    /// Do two sentences give the same [`Claims::years`] (or neither any)?
    /// Asked for every scored pair that shares a toll: no list is made.
    /// A sentence that tells of the time of an event it recalled ("in that
    /// attack", "then") may be of any year the other writes: "Three
    /// hostages were killed in that attack" and "the attack on the post
    /// office in March 2019, in which four hostages were killed". "Last
    /// year" is not "in 2019": it may be this story's year.
    pub fn same_years(&self, other: &Claims) -> bool {
        let recalled =
            |a: &Claims, b: &Claims| a.elsewhen == Some(RECALLED_TIME) && b.years().any(written);
        if recalled(self, other) || recalled(other, self) {
            return true;
        }
        self.years().all(|y| other.years().any(|x| x == y))
            && other.years().all(|y| self.years().any(|x| x == y))
    }

    /// Does the sentence give a count of the dead as the latest of several
    /// ("the directorate now says at least 46 people have died", "the toll
    /// has risen to 61")? Such a count is the event's own wherever it
    /// stands: a live story adds each update at its end.
    pub fn tells_latest_toll(&self) -> bool {
        self.quantities
            .iter()
            .any(|q| q.latest && q.role == Some(Role::Dead))
    }

    /// Does a negation of the sentence say a thing is not so outright:
    /// not "has not yet been charged" (so far), nor "was never spent"
    /// (a record), which a later or another account may well say was
    /// done without contradicting it?
    pub fn denies_outright(&self) -> bool {
        self.outright
    }

    /// Does the sentence say anything is not so?
    pub fn is_negated(&self) -> bool {
        !self.negated.is_empty()
    }

    /// Does the sentence write a content word only before a noun it
    /// names a kind of ("rescue teams", "arrest warrant"; see
    /// [`MODIFIED`])?
    pub fn only_names_a_kind(&self, word: &str) -> bool {
        self.words
            .position(word)
            .is_some_and(|k| self.modifiers.binary_search(&(k as u32)).is_ok())
    }

    /// The content words a negation in the sentence governs.
    pub fn negated_words(&self) -> impl Iterator<Item = &str> + '_ {
        self.negated
            .iter()
            .filter_map(|&k| self.words.get(k as usize))
    }

    /// The content words the sentence says are not so.
    pub fn denied_words(&self) -> impl Iterator<Item = &str> + '_ {
        self.denials
            .iter()
            .flat_map(|d| d.words.iter())
            .filter_map(|&k| self.words.get(k as usize))
    }

    /// The words the sentence says are not so that tell an event: "no one
    /// has been charged" denies that anyone was charged.
    pub fn denied_events(&self) -> impl Iterator<Item = &str> + '_ {
        self.denied_events
            .iter()
            .filter_map(|&k| self.words.get(k as usize))
    }

    /// The content words of the sentence that tell what it speaks of: not
    /// a word of negation ("not", "never"), of telling ("said", "told")
    /// or a day ("Tuesday").
    fn things_said(&self) -> impl Iterator<Item = &str> {
        self.words.iter().filter(|w| {
            !NEGATIONS.contains(w) && !TELLING.contains(w) && !names::is_calendar_word(w)
        })
    }

    /// How many things the sentence speaks of (see `things_said`).
    pub fn things(&self) -> usize {
        self.things_said().count()
    }

    /// How many content words the two sentences share, not counting a
    /// word of negation ("not", "never"), of telling ("said", "told") or
    /// a day ("Tuesday"): what both speak of, not how or when it was said.
    pub fn things_shared(&self, other: &Claims) -> usize {
        self.things_said()
            .filter(|w| other.words.position(w).is_some())
            .count()
    }

    /// Does the sentence say `word` is not so where `other` states it ("no
    /// tear gas was used inside" / "police fired tear gas")? Not where the
    /// other writes the word only to name a kind of thing: "No one has
    /// been rescued since" denies no rescue to "rescue teams were working".
    pub fn denies(&self, other: &Claims, word: &str) -> bool {
        self.denied_words().any(|w| w == word) && other.states_word(word)
    }

    /// Does a negation of the sentence deny a word `other` states, where
    /// `other` writes what that negation speaks of too (see `Denial`)?
    /// "The ferry was not overloaded" and "the ferry was overloaded with
    /// cars" speak of one ferry; "the board had not approved the sale"
    /// speaks of the board, which "shareholders approved the sale" does
    /// not write; "promised that no jobs would be lost" speaks of nothing
    /// that "will keep all 14,900 jobs" could write.
    pub fn denies_of_the_same(&self, other: &Claims) -> bool {
        let word = |k: &u32| self.words.get(*k as usize);
        self.denials.iter().any(|d| {
            d.words
                .iter()
                .filter_map(word)
                .any(|w| other.states_word(w))
                && d.of.as_ref().is_none_or(|of| {
                    of.iter()
                        .filter_map(word)
                        .any(|w| other.words.position(w).is_some())
                })
        })
    }

    /// Does the sentence state `word`: write it outside a quotation, not
    /// negated, and not only to name a kind of thing ("rescue teams")?
    fn states_word(&self, word: &str) -> bool {
        self.words.position(word).is_some_and(|k| {
            // Someone's quoted words are their telling, not the sentence's.
            self.spoken.binary_search(&(k as u32)).is_err()
        }) && !self.negated_words().any(|v| v == word)
            && !self.only_names_a_kind(word)
    }

    /// Does the sentence deny the phrase `first second` that `other`
    /// states ("no tear gas had been used inside the stadium", "denied
    /// that tear gas had been used", against "police fired tear gas")?
    /// Here both words name the thing a negation says is not so (see
    /// `Bearing`); there neither is negated, nor written only to name a
    /// kind of thing. Not "no immediate word from the water authority"
    /// against "the water authority said", nor "the earthquake did not kill
    /// these people" against "killed 1,430 people".
    pub fn disputes_phrase(&self, other: &Claims, first: &str, second: &str) -> bool {
        self.is_disputed(first)
            && self.is_disputed(second)
            && other.states_word(first)
            && other.states_word(second)
    }

    /// Does `word` name the thing a negation in the sentence says is not
    /// so (see `Bearing`)?
    pub fn is_disputed(&self, word: &str) -> bool {
        self.words
            .position(word)
            .is_some_and(|k| self.disputed.binary_search(&(k as u32)).is_ok())
    }

    /// Pairs of neighbouring content words ("concert", "hall"), sorted as
    /// the phrases read, no repeats.
    pub fn phrases(&self) -> impl Iterator<Item = (&str, &str)> + '_ {
        self.phrases.iter().map(|[a, b]| {
            let word = |k: usize| self.words.get(k).unwrap_or_default();
            (word(a), word(b))
        })
    }

    /// The content words that are part of a name, as positions in
    /// [`Claims::words`], sorted.
    pub fn name_words(&self) -> &[u32] {
        &self.name_words
    }

    /// All claims in text order, for the JSON and the detail view.
    pub fn list(&self) -> Vec<Claim> {
        let mut all: Vec<Claim> = self
            .quantities
            .iter()
            .cloned()
            .map(Claim::Number)
            .chain(self.dates.iter().cloned().map(Claim::Date))
            .chain(self.names.iter().cloned().map(Claim::Name))
            .chain(self.attributions.iter().cloned().map(Claim::Attribution))
            .chain(self.events.iter().cloned().map(Claim::Event))
            .collect();
        all.sort_by_key(|c| c.span());
        all
    }
}

/// Stems of the words by which a sentence says who told it: shared by two
/// sentences, they say nothing of what both tell.
const TELLING: &[&str] = &["said", "say", "told", "tell", "report", "accord", "ad"];

/// Words without which [`ATTRIBUTION`] cannot match.
const SAYING: &[&str] = &[
    "according",
    "said",
    "says",
    "say",
    "stated",
    "told",
    "claimed",
    "claims",
    "believes",
    "believe",
    "reported",
    "confirmed",
    "warned",
    "acknowledged",
    "suggested",
    "suggest",
    "announced",
    "denied",
];

static ATTRIBUTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        \b(?:according\ to\ (?:the\ )?[\p{Lu}\p{Ll}][\w.’'-]*(?:\ [\p{Lu}][\w.’'-]*){0,3})
        | \b(?:[\p{Lu}][\w.’'-]*\ ){0,3}(?:officials?|authorities|police|sources|analysts?|experts?|critics|investigators|witnesses|reports|intelligence|spokes(?:man|woman|person)|ministry|[\p{Lu}][\w’'-]+)
          \ (?:said|says|say|stated|told|claimed|claims|believes|believe|reported|confirmed|warned|acknowledged|suggested|suggest|announced|denied)\b",
    )
    .expect("attribution pattern")
});

/// The year a date gives alone, or the year of a date that recalls another
/// event ("since February 2021, when …").
fn recalled_or_year(d: &DateClaim) -> Option<i32> {
    match d.when {
        When::Year(y) => Some(y),
        When::Days { year: Some(y), .. } if d.recalled => Some(y),
        _ => None,
    }
}

/// The most bytes between a count and a date right after it that dates
/// it: " in ", " on ".
const DATED_GAP: usize = 4;

/// How many months from the story's own a month-and-year date must stand
/// to date another event: a story told over a week may cross into the next
/// month ("on March 30" / "April 2").
const OTHER_MONTHS: i32 = 1;

/// Dates of other events by their month: in a story whose first date falls
/// in November 2026, "In February 2021, police broke up a week of
/// protests" and "In October 2024 the same plane landed safely" recall
/// other events, and their counts are those events' (see
/// [`Claims::years`]); "In March 2024, gunmen killed 145" in a story of
/// March 2024 is the story's own. A story with no month in it recalls
/// nothing by month; where its first date gives no year ("Nov. 8"), only
/// the month is weighed.
///
/// The story's date is the first date of days its text gives, or the
/// latest with a year that its furniture gives (`furniture`, the dates of
/// its bylines, time lines and captions: "The Valdessa Courier | Friday,
/// 13 November 2026") where that is later: a
/// story whose text names only weekdays is dated by its time line, not by
/// the earlier event it recalls ("In March 2019, 26 soldiers were killed
/// there"), and a caption's old photograph dates no story whose dateline
/// gives its own year or another month.
pub fn recall_other_months(claims: &mut [Claims], furniture: &[DateClaim]) {
    let days = |d: &DateClaim| match d.when {
        When::Days { year, month, .. } => Some((year, month as i32)),
        _ => None,
    };
    let text = claims.iter().flat_map(|c| c.dates.iter()).find_map(days);
    let time_line = furniture
        .iter()
        .filter_map(days)
        .filter_map(|(y, m)| Some((y?, m)))
        .max();
    // Months apart around the calendar, where a year is not known. A text
    // that gives its month without a year ("May 15") takes the year of a
    // time line in that month or the next.
    let months_apart = |a: i32, b: i32| {
        let d = (a - b).abs();
        d.min(12 - d)
    };
    let story = match (text, time_line) {
        (Some((Some(y), m)), Some(latest)) if latest > (y, m) => Some((Some(latest.0), latest.1)),
        (Some((None, m)), Some((y, latest))) if months_apart(m, latest) <= OTHER_MONTHS => {
            Some((Some(y), latest))
        }
        (None, Some((y, m))) => Some((Some(y), m)),
        (text, _) => text,
    };
    let Some((story_year, story_month)) = story else {
        return;
    };
    // Months apart, where the story's first date gives no year ("Nov. 8")
    // around the calendar.
    let apart = |y: i32, m: i32| match story_year {
        Some(y0) => (y * 12 + m - (y0 * 12 + story_month)).abs(),
        None => months_apart(m, story_month),
    };
    for c in claims.iter_mut() {
        for d in c.dates.iter_mut() {
            if let When::Days {
                year: Some(y),
                month,
                ..
            } = d.when
                && apart(y, month as i32) > OTHER_MONTHS
            {
                d.recalled = true;
            }
        }
    }
}

/// How many times larger or smaller than the count before a bare figure
/// may be and still give another value of it: a toll of 12 and a party's
/// 300 are one count; 12 dead and "2 billion" are not.
const CARRIED_SPREAD: f64 = 100.0;

/// Are two figures of one size, near enough that a bare one may be another
/// value of the count the other gives (see [`CARRIED_SPREAD`])?
fn of_one_size(v: f64, w: f64) -> bool {
    let (a, b) = (v.abs().max(1.0), w.abs().max(1.0));
    a.max(b) <= CARRIED_SPREAD * a.min(b)
}

/// Bare figures that take their count from the sentence before: "Civic
/// Shield says 11 people were killed. The government says five." gives
/// five dead. A figure given by a verb of saying, as "the figure of" or
/// "the real number is", with no noun (see [`Quantity::elliptic`]) takes
/// the noun and role of the first count of people with a role in the
/// sentence right before it; where that gives none, of the first death,
/// injury, arrest or disappearance it tells of; where it tells none, the
/// noun of its first count of things (see [`numbers::counts_things`]).
pub fn carry_counts(claims: &mut [Claims]) {
    for i in 1..claims.len() {
        if !claims[i].quantities.iter().any(|q| q.elliptic) {
            continue;
        }
        let before = &claims[i - 1];
        let first = before
            .quantities
            .iter()
            .find(|q| q.role.is_some() && q.counts.is_some());
        let counted = first.map(|q| (q.counts.clone(), q.role));
        // "Nobody can say how many people died. The government says five.":
        // with no count before, what befell people there is counted.
        let befell = || {
            before.events.iter().find_map(|e| {
                let role = match e.class {
                    EventClass::Die => Role::Dead,
                    EventClass::Injure => Role::Injured,
                    EventClass::Arrest => Role::Arrested,
                    EventClass::Missing => Role::Missing,
                    _ => return None,
                };
                Some((Some(Box::from("people")), Some(role)))
            })
        };
        // "More than 200 rescuers were at work. The rescue service gives a
        // figure of 320.": with no count of what befell people nor any harm
        // told, the first count of things (no unit, span of time, share or
        // age: "heard 20 km away. Police say 12." counts no kilometres).
        let thing = || {
            before
                .quantities
                .iter()
                .find(|q| q.counts.as_deref().is_some_and(numbers::counts_things))
        };
        let (told, told_value) = match counted.or_else(befell) {
            Some(told) => (told, first.map(|q| q.value)),
            None => match thing() {
                Some(q) => ((q.counts.clone(), None), Some(q.value)),
                None => continue,
            },
        };
        // "At least 12 people were killed. Insurers put the figure at 2
        // billion.": a figure far from the count before counts something
        // else.
        let near = |v: f64| told_value.is_none_or(|w| of_one_size(v, w));
        for q in claims[i].quantities.iter_mut() {
            if q.elliptic && q.counts.is_none() && near(q.value) {
                q.counts = told.0.clone();
                q.role = told.1;
            }
        }
    }
}

/// Extract what `text` (a sentence starting at `offset` in its document)
/// states.
pub fn extract(text: &str, offset: usize, aliases: &Aliases) -> Claims {
    let toks = words::tokens(text, offset);
    let lower: Vec<String> = toks.iter().map(|t| words::normalize(t.text)).collect();
    let mut dates = dates::extract(text, offset);
    let date_spans: Vec<Span> = dates.iter().map(|d| d.span).collect();
    let quantities = numbers::extract_normalized(text, offset, &toks, &lower, &date_spans);
    // A year counted as a quantity ("in 20 years") is not also a date.
    dates.retain(|d| !quantities.iter().any(|q| q.span.contains(d.span.start)));
    mark_dates(&mut dates, text, offset, &toks, &lower);
    let names = names::extract(&toks, text, offset, aliases);
    let mut events = events::extract(&toks, &lower);
    let states = states::extract(&toks, &lower);
    let name_at = names::of_tokens(&toks, &names);
    agents::find_doers(text, offset, &toks, &lower, &name_at, &mut events);
    // The pattern has no fixed start to search for; most sentences have no
    // verb of saying and skip it.
    let says = lower.iter().any(|w| SAYING.contains(&w.as_str()));
    let attributions = if !says {
        Vec::new()
    } else {
        ATTRIBUTION
            .find_iter(text)
            .map(|m| {
                let t = m.as_str().trim_end_matches(['.', '’', '\'']);
                Attribution {
                    span: Span::new(m.start() + offset, m.start() + t.len() + offset),
                }
            })
            .collect()
    };
    // Each token's stem once; words, phrases and name words come from it.
    let stems: Vec<Option<String>> = lower.iter().map(|l| words::content_stem_of(l)).collect();
    // "were without power", "without naming a country": what "without"
    // reaches is not stated, though it denies nothing ("without power"
    // and "lost power" agree).
    let without = (0..toks.len())
        .filter(|&i| lower[i] == "without")
        .flat_map(|i| negation_scope(text, offset, &toks, &lower, i))
        .map(|k| (k, Bearing::default()));
    let cues: Vec<usize> = (0..toks.len())
        .filter(|&i| negates(text, offset, &toks, &lower, i))
        .collect();
    // "should not approach", "must not be moved": what ought not to be
    // done is neither stated nor denied (against "told not to approach").
    // "should never have been detained" still says that he was.
    let hedged = (1..toks.len())
        .filter(|&i| {
            matches!(lower[i].as_str(), "not" | "never")
                && COUNTERFACTUALS.contains(&lower[i - 1].as_str())
                && lower.get(i + 1).is_none_or(|w| w != "have")
        })
        .flat_map(|i| negation_scope(text, offset, &toks, &lower, i))
        .map(|k| (k, Bearing::default()));
    // "has not yet been charged", "no group has yet claimed it", "the
    // money was never spent": what is not so up to the time of writing,
    // or ever, tells of a time, not of a thing another outlet says was
    // done. See [`Claims::denies_outright`].
    let speech = speech_spans(text);
    let quoted = |i: usize| {
        let at = toks[i].span.start - offset;
        speech.iter().any(|&(from, to)| from <= at && at < to)
    };
    let outright = cues.iter().any(|&i| {
        // "had never been spent", "were never installed", "never came
        // home": a record over time. Even a "never" of one deed ("the
        // sirens never sounded") read as a record: on the coverage sets,
        // keeping only "had never", "never been" and the like as records
        // gave six more divergences, none right.
        let record = lower[i] == "never";
        // "has not yet been charged"; not "did not collapse, yet the town
        // was flooded", where "yet" opens another clause.
        let so_far = (i + 1..lower.len().min(i + 1 + YET_REACH))
            .take_while(|&k| !words::gap_before(text, offset, &toks, k).contains([',', ';', ':']))
            .any(|k| lower[k] == "yet");
        !quoted(i) && !record && !so_far
    });
    // Each negation's reach, read once: what it negates, and what it
    // denies (see `Denial`).
    let reads: Vec<Vec<(usize, Bearing)>> = cues
        .iter()
        .map(|&i| scope_read(text, offset, &toks, &lower, &stems, i).collect())
        .collect();
    let negated_stems: Vec<(&str, Bearing)> = reads
        .iter()
        .flatten()
        .copied()
        .chain(without)
        .chain(hedged)
        .filter_map(|(k, bearing)| Some((stems[k].as_deref()?, bearing)))
        .collect();
    let mut name_stems: Vec<&str> = Vec::new();
    for ((in_name, s), l) in name_at.iter().zip(&stems).zip(&lower) {
        if (in_name.is_some() || names::is_title(l))
            && let Some(s) = s
        {
            name_stems.push(s);
        }
    }
    let mut content: Vec<String> = stems.iter().flatten().cloned().collect();
    content.sort();
    content.dedup();
    let words = Words::from_sorted(&content);
    let at = |w: &str| words.position(w).unwrap_or_default() as u32;
    let mut name_words: Vec<u32> = name_stems.into_iter().map(at).collect();
    name_words.sort_unstable();
    name_words.dedup();
    let sorted = |words: Vec<u32>| {
        let mut words = words;
        words.sort_unstable();
        words.dedup();
        words.into_boxed_slice()
    };
    let negated = sorted(negated_stems.iter().map(|&(w, _)| at(w)).collect());
    let bearing = |on: fn(&Bearing) -> bool| {
        sorted(
            negated_stems
                .iter()
                .filter(|(_, b)| on(b))
                .map(|&(w, _)| at(w))
                .collect(),
        )
    };
    let positions = |ks: &mut dyn Iterator<Item = usize>| {
        sorted(ks.filter_map(|k| stems[k].as_deref()).map(at).collect())
    };
    let denials: Box<[Denial]> = cues
        .iter()
        .zip(&reads)
        .map(|(&i, read)| Denial {
            words: positions(&mut read.iter().filter(|(_, b)| b.denied).map(|&(k, _)| k)),
            of: spoken_of(text, offset, &toks, &lower, &stems, i)
                .map(|ks| positions(&mut ks.into_iter())),
        })
        .filter(|d| !d.words.is_empty())
        .collect();
    let denied_events = bearing(|b| b.event);
    let disputed = bearing(|b| b.about);
    // The stems every one of whose words stands where `here` says.
    let only_where = |here: &dyn Fn(usize) -> bool| {
        let (mut inside, mut outside) = (Vec::new(), Vec::new());
        for (k, st) in stems.iter().enumerate() {
            let Some(st) = st else { continue };
            if here(k) { &mut inside } else { &mut outside }.push(at(st));
        }
        let outside = sorted(outside);
        sorted(
            inside
                .into_iter()
                .filter(|w| outside.binary_search(w).is_err())
                .collect(),
        )
    };
    // A question the sentence reports, from its "whether" to the end of
    // the clause: "Asked whether production would move to Brezno, the
    // company said …" does not say it would.
    // One pass: a "whether" opens the question, a clause's punctuation
    // ends it.
    let mut asking = false;
    let asked: Vec<bool> = (0..toks.len())
        .map(|k| {
            if k > 0 && words::gap_before(text, offset, &toks, k).contains([',', ';', ':', '.']) {
                asking = false;
            }
            let here = asking;
            asking |= lower[k] == "whether";
            here
        })
        .collect();
    // Words written only inside someone's quoted speech or a question.
    let spoken = only_where(&|k| quoted(k) || asked[k]);
    // A stem every one of whose words stands right before a noun of
    // [`MODIFIED`].
    let modifiers = only_where(&|k| {
        lower
            .get(k + 1)
            .is_some_and(|n| MODIFIED.contains(&n.as_str()))
    });
    let sequence: Vec<u32> = stems.iter().flatten().map(|s| at(s)).collect();
    let phrases = phrases_of(&sequence, &words);
    Claims {
        words,
        phrases,
        quantities: quantities.into_boxed_slice(),
        dates: dates.into_boxed_slice(),
        names: names.into_boxed_slice(),
        attributions: attributions.into_boxed_slice(),
        events: events.into_boxed_slice(),
        states: states.into_boxed_slice(),
        negated,
        denied_events,
        denials,
        disputed,
        name_words: name_words.into_boxed_slice(),
        modifiers,
        elsewhen: another_year(&lower)
            .or_else(|| recalls_then(text, offset, &toks, &lower).then_some(RECALLED_TIME)),
        spoken,
        outright,
    }
}

/// How many words after a negation a "yet" may stand and make it one of
/// the time of writing: "no group has yet claimed" is two.
const YET_REACH: usize = 3;

/// The spans of a sentence (byte ranges within it) that quote someone's
/// words: between an opening and a closing quotation mark, three words at
/// least ("'We will rebuild,' she said"), or from the start of the
/// sentence to a closing mark, or from an opening one to its end, where a
/// quotation runs over two sentences ("Nobody listened," he told HRN.).
/// A name or a word in quotation marks ("a group calling itself \"Grey
/// Lantern\"", "called it \"terrifying\"") is no one's speech, nor is an
/// apostrophe ("the company's", "the drivers' union").
fn speech_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // Where the quotation open now begins, and its mark.
    let mut open: Option<(usize, char)> = None;
    let mut prev: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    let mut first_close = true;
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let at_word_start = prev.is_none_or(|p| p.is_whitespace() || "([—–-".contains(p));
        let at_word_end =
            prev.is_some_and(|p| !p.is_whitespace()) && next.is_none_or(|n| !n.is_alphanumeric());
        // Which way the mark faces: opening, closing or either.
        let (opens, closes) = match c {
            '“' | '„' | '«' => (true, false),
            '”' | '»' => (false, true),
            '"' => (
                at_word_start && next.is_some_and(|n| n.is_alphanumeric() || n == '\''),
                !at_word_start && next.is_none_or(|n| !n.is_alphanumeric()),
            ),
            '‘' => (next.is_some_and(char::is_alphabetic), false),
            '’' | '\'' => (
                c == '\'' && at_word_start && next.is_some_and(char::is_alphabetic),
                at_word_end && open.is_some_and(|(_, m)| matches!(m, '‘' | '\'')),
            ),
            _ => (false, false),
        };
        if closes {
            match open.take() {
                Some((o, m))
                    if text[o..i].split_whitespace().count() >= SPEECH_WORDS
                        && !titled(&text[o + m.len_utf8()..i]) =>
                {
                    out.push((o, i + c.len_utf8()));
                }
                Some(_) => {}
                // A closing mark with no opening one: the quotation began
                // in the sentence before.
                None if first_close && c != '’' => out.push((0, i + c.len_utf8())),
                None => {}
            }
        } else if opens {
            open = Some((i, c));
        }
        if matches!(c, '"' | '“' | '”' | '„' | '«' | '»') {
            first_close = false;
        }
        prev = Some(c);
    }
    if let Some((o, _)) = open {
        out.push((o, text.len()));
    }
    out
}

/// Is a quotation written as a title or a name, every word capitalised
/// but the small ones ("Pride of the North", "Operation Iron Gate", "Safe
/// Skies Now")? Such is no one's speech.
fn titled(quoted: &str) -> bool {
    let words: Vec<&str> = quoted
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    !words.is_empty()
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || matches!(
                    *w,
                    "of" | "the" | "and" | "a" | "an" | "in" | "on" | "for" | "to"
                )
        })
}

/// How many words a quotation must have to be someone's speech rather
/// than a name or a word set apart: "'We will rebuild,' she said" has
/// three; a scare-quoted "excessive force" two.
const SPEECH_WORDS: usize = 3;

/// Nouns that a word before them names a kind of, without saying the
/// thing happened: "rescue teams", "arrest warrant", "search dogs".
const MODIFIED: &[&str] = &[
    "team",
    "teams",
    "worker",
    "workers",
    "crew",
    "crews",
    "effort",
    "efforts",
    "operation",
    "operations",
    "service",
    "services",
    "warrant",
    "warrants",
    "dogs",
    "mission",
    "missions",
    "vehicles",
    "helicopters",
    "boats",
    "centre",
    "center",
    "squad",
    "squads",
    "unit",
    "units",
];

/// Pairs of positions in a sentence's words: two bytes a position where the
/// sentence has at most 65,536 words (every sentence the splitter makes has
/// far fewer), else four. Phrases are a sentence's longest list of claims.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Pairs {
    Narrow(Box<[[u16; 2]]>),
    Wide(Box<[[u32; 2]]>),
}

impl Default for Pairs {
    fn default() -> Pairs {
        Pairs::Narrow(Box::default())
    }
}

impl Pairs {
    /// `pairs` of positions into `n` words, as narrow as they fit.
    fn new(pairs: Vec<[u32; 2]>, n: usize) -> Pairs {
        if n <= 1 << 16 {
            // Every position is below `n`, so it fits in two bytes.
            Pairs::Narrow(pairs.iter().map(|p| p.map(|k| k as u16)).collect())
        } else {
            Pairs::Wide(pairs.into_boxed_slice())
        }
    }

    fn len(&self) -> usize {
        match self {
            Pairs::Narrow(p) => p.len(),
            Pairs::Wide(p) => p.len(),
        }
    }

    fn iter(&self) -> impl Iterator<Item = [usize; 2]> + '_ {
        (0..self.len()).map(|i| match self {
            Pairs::Narrow(p) => p[i].map(usize::from),
            Pairs::Wide(p) => p[i].map(|k| k as usize),
        })
    }
}

/// The phrases of a sequence of word positions, as [`words::phrases_of`]
/// makes them from the words themselves: neighbours that differ, sorted as
/// "first second" reads, no repeats.
fn phrases_of(sequence: &[u32], words: &Words) -> Pairs {
    let mut out: Vec<[u32; 2]> = sequence
        .windows(2)
        .filter(|w| w[0] != w[1])
        .map(|w| [w[0], w[1]])
        .collect();
    let read = |p: &[u32; 2]| {
        let word = |k: u32| words.get(k as usize).unwrap_or_default().bytes();
        word(p[0]).chain(std::iter::once(b' ')).chain(word(p[1]))
    };
    out.sort_unstable_by(|a, b| read(a).cmp(read(b)));
    out.dedup();
    Pairs::new(out, words.len())
}

/// Verbs whose date is the date of the saying ("said Thursday", "told
/// reporters on Sunday"), not of the event. A warning or an announcement is
/// an event of its own whose date is a fact ("warned on March 7"), so
/// "warned" and "announced" are not here.
const STATEMENT_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "confirmed",
    "stated",
    "reported",
    "added",
    "announced",
    "released",
    "published",
];

/// Mark what the words around each date say of it: whether it sits next
/// to a verb of saying, within two words after it ("said on Thursday") or
/// right before it ("on Thursday said"), and so is a statement's date; and
/// whether it is the edge of a span (see [`day_edge`]).
fn mark_dates(
    dates: &mut [DateClaim],
    text: &str,
    offset: usize,
    toks: &[words::Token],
    lower: &[String],
) {
    // Tokens are in text order: the first ending after the date's start and
    // the last starting before its end are found by bisection.
    for d in dates.iter_mut() {
        let first = toks.partition_point(|t| t.span.end <= d.span.start);
        d.edge = day_edge(d, text, offset, &lower[..first]);
        // A dateline's day ("BRESTOVA, Halden, Nov. 5 (Stellwire) — A
        // landslide …") is the day the story was filed.
        if dateline(d, text, offset) {
            d.of_statement = true;
            continue;
        }
        if first == toks.len() {
            continue;
        }
        let last = toks
            .partition_point(|t| t.span.start < d.span.end)
            .checked_sub(1)
            .unwrap_or(first);
        let before = lower[first.saturating_sub(2)..first].iter();
        let after = lower[(last + 1).min(lower.len())..(last + 2).min(lower.len())].iter();
        // "said the 1971 eruption killed 52": a date after an article
        // names the thing it stands before, not the time of the saying.
        let attributive = first > 0 && matches!(lower[first - 1].as_str(), "the" | "a" | "an");
        // "The first case was reported on Oct. 14": what was reported
        // happened then; no one's saying is dated. Only "reported": "his
        // death was confirmed on Tuesday" dates the confirming.
        let passive = first >= 3
            && matches!(lower[first - 1].as_str(), "on" | "in")
            && lower[first - 2] == "reported"
            && matches!(lower[first - 3].as_str(), "was" | "were");
        d.of_statement = !attributive
            && !passive
            && before
                .chain(after)
                .any(|w| STATEMENT_VERBS.contains(&w.as_str()));
    }
}

/// How far into its sentence a dateline's day may end: "SAINT-MARTIN-
/// DE-VALLÉE, Pellinor, Nov. 14 (Agency)" is under sixty bytes.
const DATELINE_REACH: usize = 80;

/// Is a date its sentence's dateline: near the sentence's start, after a
/// comma, and followed by a dash, or by an agency's name in brackets and
/// a dash ("TAVRIN, Karsenia, Nov. 4 (Lodestar) —")?
fn dateline(d: &DateClaim, text: &str, offset: usize) -> bool {
    let (Some(before), Some(after)) = (
        text.get(..d.span.start.saturating_sub(offset)),
        text.get(d.span.end.saturating_sub(offset)..),
    ) else {
        return false;
    };
    let after = after.trim_start();
    let after = match after.strip_prefix('(') {
        Some(rest) => rest
            .find(')')
            .filter(|&k| k < 40)
            .map_or("", |k| rest[k + 1..].trim_start()),
        None => after,
    };
    // The place a dateline names is in capitals, or a name of capitalised
    // words: "The plant will close on Friday, March 3 — a week early" is
    // no dateline.
    let place = before
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .all(|w| w.starts_with(char::is_uppercase));
    before.len() <= DATELINE_REACH
        && place
        && before.trim_end().ends_with(',')
        && after.starts_with(['—', '–', '-'])
}

/// The word of [`dates::DAY_EDGES`] a day stands after (`before`: the
/// sentence's words before it), past "at least", "the", "on", "late",
/// "early": "will stay shut until at least Monday", "had held hostages
/// since Thursday morning" ("till" is "until"). Not a day that names an
/// event ("after Tuesday's blast", "by Tuesday's storm"), nor a time of
/// day, which bounds its moment its own way (see `When::clock_bound`).
fn day_edge(d: &DateClaim, text: &str, offset: usize, before: &[String]) -> Option<&'static str> {
    let named = text
        .get(d.span.end.saturating_sub(offset)..)
        .is_some_and(|rest| rest.starts_with("'s") || rest.starts_with("’s"));
    if named || d.when.clock_bound().is_some() {
        return None;
    }
    let word = before
        .iter()
        .rev()
        .find(|w| !matches!(w.as_str(), "at" | "least" | "the" | "on" | "late" | "early"))?;
    let word = if word == "till" {
        "until"
    } else {
        word.as_str()
    };
    dates::DAY_EDGES.iter().copied().find(|&e| e == word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_seed_sentence() {
        let s = "Terrorists armed with assault rifles and bombs stormed a crowded concert hall on the outskirts of Moscow on Friday night, killing at least 133 people.";
        let c = extract(s, 100, &Aliases::default());
        assert_eq!(c.quantities.len(), 1);
        let doc = format!("{:100}{s}", "");
        assert_eq!(c.quantities[0].text(&doc), "at least 133 people");
        assert_eq!(
            c.quantities[0].span.start,
            100 + s.find("at least").unwrap()
        );
        assert_eq!(c.dates[0].value(), "friday");
        assert_eq!(
            c.names.iter().map(|n| n.canonical()).collect::<Vec<_>>(),
            ["moscow"]
        );
        assert!(!c.is_negated());
    }

    #[test]
    fn the_day_someone_spoke_is_not_the_day_of_the_event() {
        let c = extract(
            "The fire killed 7 workers on Tuesday, the medical examiner said Thursday.",
            0,
            &Aliases::default(),
        );
        let marks: Vec<(String, bool)> = c
            .dates
            .iter()
            .map(|d| (d.value(), d.of_statement))
            .collect();
        assert_eq!(
            marks,
            [
                ("tuesday".to_string(), false),
                ("thursday".to_string(), true)
            ]
        );
        // A day after "until", "since", "by" is the edge of a span; a day
        // that names an event ("after Tuesday's blast") is none.
        let edges = |t: &str| -> Vec<Option<&'static str>> {
            extract(t, 0, &Aliases::default())
                .dates
                .iter()
                .map(|d| d.edge)
                .collect()
        };
        assert_eq!(
            edges("The road will stay shut until at least Monday."),
            [Some("until")]
        );
        assert_eq!(
            edges("Schools will stay closed till Friday."),
            [Some("until")]
        );
        assert_eq!(edges("After Tuesday's blast the site was closed."), [None]);
        assert_eq!(edges("The blast on Tuesday closed the site."), [None]);
        // A date standing before its noun names the thing, said or not.
        let c = extract(
            "An earlier report said the 1971 eruption killed 52 people.",
            0,
            &Aliases::default(),
        );
        assert!(!c.dates[0].of_statement);
        // "Was reported on" dates what was reported; "reported on" dates
        // the report.
        let stated = |t: &str| extract(t, 0, &Aliases::default()).dates[0].of_statement;
        assert!(!stated("The first case was reported on Oct. 14."));
        // A dateline's day is the filing's.
        assert!(stated(
            "BRESTOVA, Halden, Nov. 5 (Stellwire) — A landslide tore through the town."
        ));
        assert!(stated(
            "KELMO, Sadra, Nov. 14 — Cholera has killed 61 people."
        ));
        assert!(!stated(
            "The slide struck on Nov. 5, three days after the blasting."
        ));
        assert!(!stated(
            "The plant in Halvik will close on Friday, March 3 — a week earlier than planned."
        ));
        assert!(stated("His death was confirmed on Tuesday by his family."));
        assert!(stated("The ministry reported on Oct. 14 that 11 had died."));
    }

    #[test]
    fn a_quotation_is_told_apart_from_a_name_or_an_apostrophe() {
        let quotes = |s: &str| !speech_spans(s).is_empty();
        for s in [
            "\"We are not buying Brevan to shrink it,\" Mr. Aaslund said.",
            "“Nobody listened to us,” he told HRN.",
            "‘We will rebuild,’ she said.",
            "'Nobody told us anything,' a resident said.",
            // A quotation begun in the sentence before, or going on after.
            "Nobody listened,\" he told HRN.",
            "He said: \"We will not leave",
        ] {
            assert!(quotes(s), "{s}");
        }
        for s in [
            "The company's drivers' union said no one was hurt.",
            "Fans who grew up in the '90s gathered.",
            "A group calling itself \"Grey Lantern\" claimed the attack.",
            "Residents called the fire \"terrifying\" and said it was not set deliberately.",
            "Police did not use 'excessive force', the report said.",
            "The ferry ‘Morning Star’ was not overloaded.",
            "No group has claimed responsibility.",
        ] {
            assert!(!quotes(s), "{s}");
        }
        // The part quoted, and nothing else.
        let s = "« Nous n’avons pas fui », said the mayor, who was not evacuated.";
        let spans = speech_spans(s);
        assert_eq!(spans.len(), 1, "{spans:?}");
        assert!(s[spans[0].0..spans[0].1].ends_with('»'));
    }

    #[test]
    fn a_title_or_a_thing_denied_is_not_a_negated_event() {
        for s in [
            "The band was playing Much Ado About Nothing when the attack began.",
            "There is nothing to celebrate about this incident.",
            "The film No Country For Old Men was showing.",
        ] {
            assert!(!extract(s, 0, &Aliases::default()).is_negated(), "{s}");
        }
    }

    #[test]
    fn a_bare_figure_said_takes_the_count_of_the_sentence_before() {
        // The sentences' claims, bare figures carried.
        let carried = |sentences: &[&str]| {
            let mut claims: Vec<Claims> = sentences
                .iter()
                .map(|s| extract(s, 0, &Aliases::default()))
                .collect();
            carry_counts(&mut claims);
            claims
        };
        let read = |sentences: &[&str]| {
            carried(sentences)
                .last()
                .map(|c| {
                    c.quantities
                        .iter()
                        .map(|q| (q.value, q.role))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        };
        let toll = "A rights group says 11 people were killed on Tuesday.";
        assert_eq!(
            read(&[toll, "The government says five."]),
            [(5.0, Some(Role::Dead))]
        );
        // A party's count brought up to date.
        assert_eq!(
            read(&[toll, "By this morning its count had risen to 14."]),
            [(14.0, Some(Role::Dead))]
        );
        assert_eq!(
            read(&[toll, "By this morning the agency's count had risen to 14."]),
            [(14.0, Some(Role::Dead))]
        );
        // Not a count of nothing named ("the water had risen to 3").
        assert_eq!(
            read(&[toll, "By this morning the water had risen to 3 metres."])[0].1,
            None
        );
        assert_eq!(
            read(&[toll, "On Tuesday night it had spoken of three."]),
            [(3.0, Some(Role::Dead))]
        );
        // "Put the number at", "its own figure of": the count before too.
        let held = "Police said 212 people had been detained.";
        assert_eq!(
            read(&[
                held,
                "A lawyers' group put the number at no fewer than 300, including 14 journalists."
            ])[0],
            (300.0, Some(Role::Arrested))
        );
        assert_eq!(
            read(&[
                toll,
                "The ministry has not updated its own figure of 19 since Wednesday."
            ]),
            [(19.0, Some(Role::Dead))]
        );
        // A figure far from the count before counts something else.
        assert_eq!(
            read(&[toll, "Insurers put the figure at 2 billion."])[0].1,
            None
        );
        // With no count before, what befell people there is counted.
        assert_eq!(
            read(&[
                "Nobody can say how many people died in the crackdown.",
                "The government says five."
            ]),
            [(5.0, Some(Role::Dead))]
        );
        // A figure with its own noun, or with no count before it, keeps its
        // reading.
        assert_eq!(
            read(&[toll, "The government says five buses burned."])[0].1,
            None
        );
        assert_eq!(
            read(&["The talks went well.", "The government says five."])[0].1,
            None
        );
        // Within one sentence, another party's bare figure counts what the
        // count before it counts; one far from it counts something else.
        assert_eq!(
            read(&["Police said 12 people were killed, while hospital officials said 19."]),
            [(12.0, Some(Role::Dead)), (19.0, Some(Role::Dead))]
        );
        assert_eq!(
            read(&[
                "Police counted 212 detained; the lawyers' group counted at least 300, 14 journalists among them."
            ])[1],
            (300.0, Some(Role::Arrested))
        );
        assert_eq!(
            read(&["Twelve people were killed, and insurers said 2 billion."])[1].1,
            None
        );
        // With no count of what befell people before, the count of a
        // thing; "the real number is", "its own count was closer to" give
        // a figure too.
        let counts = |sentences: &[&str]| {
            carried(sentences).last().unwrap().quantities[0]
                .counts
                .as_deref()
                .map(String::from)
        };
        let homes = "Officials said at least 340 homes had been destroyed.";
        for s in [
            "A charity says the real number is above 700.",
            "The Red Cross said its own count was closer to 500.",
            "The council gives a figure of 420.",
        ] {
            assert_eq!(counts(&[homes, s]).as_deref(), Some("homes"), "{s}");
        }
        assert_eq!(
            counts(&[
                "The trial lasted 12 days.",
                "The council gives a figure of 420."
            ]),
            None
        );
        // A unit is no thing, and harm told without a figure comes first.
        assert_eq!(
            counts(&["The blast was heard 20 km away.", "Police say 12."]),
            None
        );
        assert_eq!(
            read(&[
                "Nobody could say how many people died when the 2 trains collided.",
                "The government says five."
            ])[0]
                .1,
            Some(Role::Dead)
        );
        // A label's number is no party's figure.
        assert_eq!(
            counts(&[
                "At least 40 people were injured.",
                "The emergency number is 112."
            ]),
            None
        );
    }

    #[test]
    fn a_month_far_from_the_story_s_dates_another_event() {
        let years = |sentences: &[&str]| -> Vec<Vec<i32>> {
            let mut claims: Vec<Claims> = sentences
                .iter()
                .map(|s| extract(s, 0, &Aliases::default()))
                .collect();
            recall_other_months(&mut claims, &[]);
            claims.iter().map(|c| c.years().collect()).collect()
        };
        let story = "TAVRIN, Nov. 19 — Police fired on a march, killing five.";
        assert_eq!(
            years(&[story, "In February 2021, police killed four protesters."]),
            [Vec::<i32>::new(), vec![2021]]
        );
        // A story dated only in its furniture is dated there, and a count
        // right before a date of another month is that date's.
        let recalled = |furniture: &str, s: &str| -> Vec<i32> {
            let mut claims = vec![Claims::default(), extract(s, 0, &Aliases::default())];
            recall_other_months(&mut claims, &dates::extract(furniture, 0));
            let q = &claims[1].quantities[0];
            claims[1].years_of(q)
        };
        let courier = "The Valdessa Courier | Friday, 13 November 2026";
        assert_eq!(
            recalled(courier, "In March 2019, 26 soldiers were killed there."),
            [2019]
        );
        assert_eq!(
            recalled(
                courier,
                "A wreck off Cape Tirrel killed 94 people in April 2021."
            ),
            [2021]
        );
        assert_eq!(
            recalled(
                "The Courier | 3 April 2021",
                "A wreck killed 94 people in April 2021."
            ),
            Vec::<i32>::new()
        );
        // A date right after a count is its own, before one earlier.
        let two =
            "In March 2019, 26 soldiers were killed, and a flood killed 40 people in April 2021.";
        let mut claims = vec![Claims::default(), extract(two, 0, &Aliases::default())];
        recall_other_months(&mut claims, &dates::extract(courier, 0));
        let dated_each: Vec<Vec<i32>> = claims[1]
            .quantities
            .iter()
            .map(|q| claims[1].years_of(q))
            .collect();
        assert_eq!(dated_each, [vec![2019], vec![2021]]);
        // A caption's old date dates no story whose dateline gives a year.
        let dated = |sentences: &[&str], furniture: &str| -> Vec<Vec<i32>> {
            let mut claims: Vec<Claims> = sentences
                .iter()
                .map(|s| extract(s, 0, &Aliases::default()))
                .collect();
            recall_other_months(&mut claims, &dates::extract(furniture, 0));
            claims.iter().map(|c| c.years().collect()).collect()
        };
        for dateline in [
            "VALDESSA, Nov. 13, 2026 — The toll rose to 11.",
            "VALDESSA, Nov. 13 — The toll rose to 11.",
        ] {
            assert_eq!(
                dated(
                    &[
                        dateline,
                        "In April 2021, a wreck off Cape Tirrel killed 94 people."
                    ],
                    "File photo: rescuers at Cape Tirrel on 12 April 2021."
                ),
                [Vec::<i32>::new(), vec![2021]]
            );
        }
        // A dateline with no year takes its time line's.
        assert_eq!(
            dated(
                &[
                    "AMBRISEL, May 15 — A tornado killed 14 people.",
                    "The deadliest struck Dunholm in June 1998, killing 11 people."
                ],
                "Talmora Herald | 16 May 2026"
            ),
            [Vec::<i32>::new(), vec![1998]]
        );
        // The story's own month, or the next, is the story's.
        assert_eq!(
            years(&[
                "MOSCOW, March 23, 2024 — The toll rose to 133.",
                "In March 2024, gunmen killed 145 people at the hall.",
                "On April 2, 2024, the toll was revised."
            ]),
            [Vec::<i32>::new(), vec![], vec![]]
        );
        // No month in the story: nothing is recalled by month.
        assert_eq!(
            years(&[
                "Police fired on a march on Tuesday.",
                "In February 2021, police killed four."
            ]),
            [Vec::<i32>::new(), vec![]]
        );
    }

    #[test]
    fn the_years_a_sentence_dates_its_event_in() {
        let years = |s: &str| -> Vec<i32> { extract(s, 0, &Aliases::default()).years().collect() };
        assert_eq!(years("The 2011 flood killed 40 people."), [2011]);
        assert_eq!(years("It is the worst flood since 2011."), [] as [i32; 0]);
        // Another year by words alone is unlike any year written; "since
        // last year" measures this year's event.
        for other in [
            "The group set off two small bombs last year.",
            "A flood three years ago killed 19 people.",
        ] {
            assert_eq!(years(other), [ANOTHER_YEAR], "{other}");
        }
        // Another event's time, recalled.
        for other in [
            "That year, seven people were killed by a bomb.",
            "Three hostages were killed in that attack.",
            "Nineteen prisoners escaped then, but all were found within weeks.",
            "Two gunmen held 23 people for nine hours then.",
            // A sentence that opens on "that crash" tells of one recalled.
            "That crash killed 33 people, 29 of them children.",
        ] {
            assert_eq!(years(other), [RECALLED_TIME], "{other}");
        }
        assert_eq!(
            years("It is the worst flood since last year."),
            [] as [i32; 0]
        );
        // Where the clause after a "since" tells of that year, its count
        // is that year's event's: "41 people were killed" in 1979 is no
        // count of this week's dead.
        assert_eq!(
            years("It is the worst flood since 2011, when 40 people died."),
            [2011]
        );
        assert_eq!(
            years("It was the deadliest unrest since February 2021, when police killed four."),
            [2021]
        );
        assert_eq!(
            years("Not since 2021 has it seen such unrest: at that time four people were killed."),
            [2021]
        );
        assert_eq!(
            years("Not since 2021 has it seen such unrest, the ministry said."),
            [] as [i32; 0]
        );
        // "at the time of the attack" is this event's time.
        assert_eq!(
            years(
                "The president, in power since 2014, was abroad at the time of the attack, \
                 which killed 14 people."
            ),
            [] as [i32; 0]
        );
        assert_eq!(
            years("On May 3, 2024, the river burst its banks."),
            [] as [i32; 0]
        );
        assert_eq!(
            years("In March 2024, gunmen killed 145 people at the hall."),
            [] as [i32; 0]
        );
        let claims = |s: &str| extract(s, 0, &Aliases::default());
        let flood = claims("The 2011 flood killed 40.");
        assert!(flood.same_years(&claims("In 2011, a flood killed 43 people.")));
        assert!(!flood.same_years(&claims("In 2013, a flood killed 43 people.")));
        assert!(!flood.same_years(&claims("The flood killed 43 people.")));
        // A year by words alone may be any year written, not this event's.
        let recalled = claims("Three hostages were killed in that siege.");
        assert!(recalled.same_years(&claims("In 2019, gunmen killed four hostages.")));
        assert!(!recalled.same_years(&claims("Gunmen killed five hostages on Friday.")));
        assert!(Claims::years_agree(&[RECALLED_TIME], &[2019]));
        assert!(!Claims::years_agree(&[RECALLED_TIME], &[]));
        // "Last year" may be this story's written year.
        assert!(!Claims::years_agree(&[ANOTHER_YEAR], &[2019]));
        let last = claims("Two years ago, 11 workers were killed in a fire at the plant.");
        assert!(!last.same_years(&claims(
            "In 2026, 17 workers were killed in a fire at the plant."
        )));
        assert!(!Claims::years_agree(&[2011], &[2019]));
        // "said that attack", "the day of the attack": no other event.
        assert_eq!(
            years("Police said that attack was planned."),
            [] as [i32; 0]
        );
        for now in [
            "More than 400 aftershocks have been recorded since then.",
            "Relatives say they want answers before then.",
            "The sea rose, and then the wall gave way.",
        ] {
            assert_eq!(years(now), [] as [i32; 0], "{now}");
        }
    }

    #[test]
    fn a_name_that_opens_a_sentence_denies_nothing() {
        let c = |s: &str| extract(s, 0, &Aliases::default());
        assert!(!c("Never Sleep Street takes its name from its bakeries.").is_negated());
        assert!(!c("No Name Crossing lies north of the airport.").is_negated());
        assert!(c("No one was hurt.").is_negated());
        assert!(c("No British nationals were among the dead.").is_negated());
        assert!(c("No Aldessan troops crossed the border.").is_negated());
        assert!(c("Never again will fans be locked in.").is_negated());
        // A name that opens a sentence, followed by its verb or a comma.
        assert!(!c("Never Dry has been cut off for two days.").is_negated());
        assert!(!c("Never Fall, the hamlet on the ridge, was cut off.").is_negated());
    }

    #[test]
    fn what_may_be_or_would_be_if_and_an_unnamed_source_deny_nothing() {
        let c = |s: &str| extract(s, 0, &Aliases::default());
        for s in [
            "The worst may not be over.",
            "Cholera can kill within hours if the patient is not rehydrated.",
            "A doctor, who asked not to be named, said two had died.",
        ] {
            assert!(!c(s).is_negated(), "{s}");
        }
        // A correction after a dash sets one thing against another.
        assert!(!c("The siege ended at 9:41 a.m. — not at 9:47 a.m. as police said.").is_negated());
        // Not past the end of the condition's clause.
        assert!(c("If it rains, the road will not reopen.").is_negated());
        // "Without" denies nothing: "without power" and "lost power"
        // agree.
        let without = c("Some 900,000 households were without electricity.");
        assert!(without.denied_words().next().is_none());
        assert!(!without.states_word(&words::content_stem_of("electricity").unwrap()));
        assert!(c("No Americans were among the dead.").is_negated());
    }

    #[test]
    fn the_rest_of_a_negated_clause_is_not_stated() {
        let c = |s: &str| extract(s, 0, &Aliases::default());
        let stem = |w: &str| words::content_stem_of(w).unwrap();
        let never = c("City Hall says it never received a complaint about cracks in the building.");
        assert!(!never.states_word(&stem("cracks")));
        assert!(!never.states_word(&stem("building")));
        let no = c("The company said it had received no written warning about gas levels.");
        assert!(!no.states_word(&stem("received")));
        assert!(!no.states_word(&stem("warning")));
        // A new clause is stated again.
        let but = c("No one was arrested, but two men were charged on Friday.");
        assert!(but.states_word(&stem("charged")));
        // What ought not to be done is not stated either, as "told not to
        // approach" denies it: the two say one thing.
        let should = c("Members of the public should not approach any of the men, police said.");
        assert!(!should.states_word(&stem("approach")));
        let told = c("Residents are told not to approach the men under any circumstances.");
        assert!(!told.denies(&should, &stem("approach")));
        let held = c("He should never have been detained, his lawyer said.");
        assert!(held.states_word(&stem("detained")));
        // A denial says when before the clause it denies.
        let received = c("The inspectorate said a complaint had reached it in May.");
        for s in [
            "A spokesman denied on Friday that any complaint had reached the inspectorate.",
            "A spokesman flatly denied again that any complaint had reached the inspectorate.",
        ] {
            let denial = c(s);
            assert!(!denial.states_word(&stem("complaint")), "{s}");
            assert!(denial.denies(&received, &stem("reached")), "{s}");
        }
    }

    #[test]
    fn what_a_denial_speaks_of() {
        let c = |s: &str| extract(s, 0, &Aliases::default());
        let of = |a: &str, b: &str| c(a).denies_of_the_same(&c(b));
        // The subject written before the negation, past words of telling
        // and an aside between commas.
        for a in [
            "The ferry was not overloaded, the operator said.",
            "The ferry, the operator said, was not overloaded.",
        ] {
            assert!(of(a, "Survivors said the ferry was overloaded."), "{a}");
        }
        assert!(!of(
            "Its chairman said the board had not approved the sale.",
            "Shareholders approved the sale on Friday."
        ));
        // The subject of a denied clause, or the party denying where the
        // clause names none.
        assert!(of(
            "The operator denied that the vessel had been overloaded.",
            "Investigators found the vessel was overloaded."
        ));
        assert!(of(
            "The company denied that it was negligent.",
            "The company was negligent, the court found."
        ));
        // Not the negation's own words.
        assert!(of(
            "The insurers' association said it was too early to estimate the cost.",
            "The insurers' association estimates the cost at 900 million crowns."
        ));
        // A second verb of a clause leaves its subject out: any sentence
        // may write it. Not a "not" that sets one thing against another.
        assert!(of(
            "The rifle had been stolen from a shooting club, and was not the one registered to his uncle.",
            "The rifle was registered to his uncle."
        ));
        assert!(!of(
            "Police and not the army guarded the depot.",
            "The army guarded the depot."
        ));
        // A relative clause speaks of the word before it.
        assert!(of(
            "Police said seven passengers who were not on the manifest had boarded.",
            "The manifest lists 48 passengers and two drivers."
        ));
        // A "no" speaks of nothing another sentence writes, whatever
        // another negation of the sentence speaks of.
        assert!(!of(
            "The mayor promised that no homes would be lost.",
            "The mayor promised that all homes would be kept."
        ));
        assert!(!of(
            "The union did not respond, and the company promised that no jobs would be lost at the plant.",
            "The company will keep all jobs at the plant, the union said."
        ));
    }

    #[test]
    fn a_thing_one_sentence_denies_and_another_states() {
        let c = |s: &str| extract(s, 0, &Aliases::default());
        let fired = c("Witnesses said police had fired tear gas toward the north stand.");
        let stem = |w: &str| words::content_stem_of(w).unwrap();
        let (tear, gas) = (stem("tear"), stem("gas"));
        for s in [
            "The police chief denied that tear gas had been used inside the stadium.",
            "He told reporters that no tear gas had been used inside the stadium.",
        ] {
            assert!(c(s).disputes_phrase(&fired, &tear, &gas), "{s}");
            assert!(!fired.disputes_phrase(&c(s), &tear, &gas), "{s}");
        }
        // The subject of a denied clause is the thing denied only where
        // the clause says it was used or there.
        let stand = c("The club denied that the north stand had been overcrowded.");
        let sang = c("Fans in the north stand sang throughout the match.");
        assert!(!stand.disputes_phrase(&sang, &stem("north"), &stem("stand")));
        // Two denials dispute nothing between them.
        let denied = c("He denied that tear gas had been used.");
        assert!(!denied.disputes_phrase(&c("No tear gas was used."), &tear, &gas));
        // What a negation only reaches, or an event it denies, names no
        // thing denied.
        let word = c("There was no immediate word from the water authority.");
        let said = c("The water authority said the dam had held.");
        assert!(!word.disputes_phrase(&said, &stem("water"), &stem("authority")));
        let kill = c("\"The earthquake did not kill these people, bad concrete did,\" he said.");
        let killed = c("The 1979 earthquake killed 1,430 people.");
        assert!(!kill.disputes_phrase(&killed, &stem("kill"), &stem("people")));
    }

    #[test]
    fn attribution_and_negation() {
        let s = "The Kremlin did not respond, officials said, according to the Post.";
        let c = extract(s, 0, &Aliases::default());
        let a: Vec<&str> = c.attributions.iter().map(|a| a.text(s)).collect();
        assert_eq!(a, ["officials said", "according to the Post"]);
        assert!(c.is_negated());
        let c = extract(
            "It has not only brought grief but also raised questions.",
            0,
            &Aliases::default(),
        );
        assert!(!c.is_negated());
    }

    #[test]
    fn phrases_of_a_sentence_of_more_words_than_two_bytes_count_read_back() {
        // More words than two bytes number: the positions take four.
        let many: Vec<String> = (0..70_000).map(|i| format!("w{i:05}")).collect();
        let words = Words::from_sorted(&many);
        let sequence = [69_999, 3, 65_536, 69_999];
        assert!(
            matches!(words.ends, Ends::Wide(_)),
            "420,000 bytes of words"
        );
        assert_eq!(words.get(69_999), Some("w69999"));
        assert_eq!(words.position("w65537"), Some(65_537));
        let phrases = phrases_of(&sequence, &words);
        assert!(matches!(phrases, Pairs::Wide(_)));
        let read: Vec<[usize; 2]> = phrases.iter().collect();
        assert_eq!(
            read,
            [[3, 65_536], [65_536, 69_999], [69_999, 3]],
            "sorted as they read"
        );
        // A short sentence's positions take two bytes and read the same.
        let few = Words::from_sorted(&many[..10]);
        assert!(matches!(few.ends, Ends::Narrow(_)));
        assert_eq!(few.iter().last(), Some("w00009"));
        let phrases = phrases_of(&[9, 3, 9], &few);
        assert!(matches!(phrases, Pairs::Narrow(_)));
        assert_eq!(phrases.iter().collect::<Vec<_>>(), [[3, 9], [9, 3]]);
    }

    #[test]
    fn words_phrases_and_name_words_read_back_as_extracted() {
        let s = "President Vladimir Putin said the concert hall attack, the worst attack in years, shocked Moscow's concert goers.";
        let c = extract(s, 0, &Aliases::default());
        let toks = words::tokens(s, 0);
        assert_eq!(
            c.words.iter().collect::<Vec<_>>(),
            words::content_words(&toks)
        );
        let phrases: Vec<String> = c.phrases().map(|(a, b)| format!("{a} {b}")).collect();
        assert_eq!(phrases, words::phrases(&toks));
        assert!(phrases.contains(&"concert hall".to_string()), "{phrases:?}");
        let names: Vec<&str> = c
            .name_words()
            .iter()
            .map(|&k| c.words.get(k as usize).unwrap())
            .collect();
        assert!(
            names.contains(&"putin") && names.contains(&"vladimir"),
            "{names:?}"
        );
        assert!(!names.contains(&"attack"), "{names:?}");
        for (k, w) in c.words.iter().enumerate() {
            assert_eq!(c.words.position(w), Some(k));
        }
        assert_eq!(c.words.position("zzz"), None);
        assert_eq!(c.words.get(c.words.len()), None);
    }

    #[test]
    fn claims_are_listed_in_text_order_with_their_words() {
        let s = "He said Friday, killing at least 133 people.";
        let doc = format!("{:40}{s}", "");
        let c = extract(s, 40, &Aliases::default());
        let listed: Vec<&str> = c.list().iter().map(|c| c.text(&doc)).collect();
        assert_eq!(
            listed,
            ["He said", "Friday", "killing", "at least 133 people"]
        );
        assert!(matches!(c.list()[0], Claim::Attribution(_)));
        assert!(matches!(c.list()[2], Claim::Event(_)));
        // Out of the wrong text, a claim reads as nothing rather than panicking.
        assert_eq!(c.list()[3].text("short"), "");
    }
}
