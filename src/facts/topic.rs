//! What a figure or a date is a fact of, when its sentence says: the toll of
//! the dead, the injured, the arrested, the attackers, a venue's capacity,
//! the day of the event, the day of a warning. Every source that gives one
//! of these states the same fact of the one event the articles report,
//! wherever the sentence stands and whatever else it says, so these facts
//! need no comparison of sentences to be found.

use crate::claim::{Claims, DateClaim, EventClass, Quantity, Role, When};

use super::qualitative::is_people;

/// A fact of the event, in the order the facts list them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Topic {
    Deaths,
    Injured,
    /// Of the injured, those still in hospital.
    InHospital,
    /// In a critical condition or intensive care.
    Critical,
    Arrests,
    Attackers,
    Capacity,
    EventDate,
    WarningDate,
}

impl Topic {
    /// What is measured, as facts name measures.
    pub fn measure(self) -> &'static str {
        match self {
            Topic::Deaths => "people:dead",
            Topic::Injured => "people:injured",
            Topic::InHospital => "people:hospitalized",
            Topic::Critical => "people:critical",
            Topic::Arrests => "people:arrested",
            Topic::Attackers => "people:attacking",
            Topic::Capacity => "capacity",
            Topic::EventDate => "date:event",
            Topic::WarningDate => "date:warning",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Topic::Deaths => "deaths",
            Topic::Injured => "injured",
            Topic::InHospital => "still in hospital",
            Topic::Critical => "critical condition",
            Topic::Arrests => "arrests",
            Topic::Attackers => "attackers",
            Topic::Capacity => "capacity",
            Topic::EventDate => "date of the event",
            Topic::WarningDate => "date of the warning",
        }
    }

    /// The event the fact is about.
    pub fn event(self) -> Option<EventClass> {
        match self {
            Topic::Deaths => Some(EventClass::Die),
            Topic::Injured => Some(EventClass::Injure),
            Topic::Arrests => Some(EventClass::Arrest),
            Topic::Attackers => Some(EventClass::Attack),
            Topic::WarningDate => Some(EventClass::Warn),
            Topic::InHospital | Topic::Critical => Some(EventClass::Injure),
            Topic::Capacity | Topic::EventDate => None,
        }
    }

    /// The count of an event (for a word amount that counts it).
    pub fn of_event(class: EventClass) -> Option<Topic> {
        match class {
            EventClass::Die => Some(Topic::Deaths),
            EventClass::Injure => Some(Topic::Injured),
            EventClass::Arrest => Some(Topic::Arrests),
            EventClass::Attack => Some(Topic::Attackers),
            _ => None,
        }
    }
}

/// Whether a sentence speaks of seats or a capacity.
fn of_capacity(claims: &Claims) -> bool {
    claims
        .words
        .iter()
        .any(|w| w.starts_with("capac") || w == "seat")
}

/// The fact of the event a quantity gives, if any: a count of the dead or
/// the injured as the quantity says, else a count of people by the event
/// nearest to it ("police arrested four men", "three gunmen attacked").
pub fn of_quantity(q: &Quantity, claims: &Claims) -> Option<Topic> {
    // "Four miners were killed", "two firefighters died": a count of some
    // of the dead (compare sets it apart from the toll too).
    let of_people = q.counts.as_deref() == Some("people");
    match q.role {
        Some(Role::Dead | Role::Injured) if !of_people => return None,
        Some(Role::Dead) => return Some(Topic::Deaths),
        Some(Role::Injured) => return Some(Topic::Injured),
        Some(Role::Hospitalized) => return Some(Topic::InHospital),
        Some(Role::Arrested) => return Some(Topic::Arrests),
        Some(Role::Critical) => return Some(Topic::Critical),
        Some(
            Role::Missing
            | Role::Rescued
            | Role::Aboard
            | Role::Displaced
            | Role::Crowd
            | Role::Escaped
            | Role::Treated
            | Role::Ill
            | Role::Infected
            | Role::WithoutPower,
        ) => {
            return None;
        }
        None => {}
    }
    let counts = q.counts.as_deref();
    if counts == Some("seat") || (counts.is_some_and(is_people) && of_capacity(claims)) {
        return Some(Topic::Capacity);
    }
    let nearest = claims
        .events
        .iter()
        .filter(|e| Topic::of_event(e.class).is_some())
        .min_by_key(|e| q.span.gap(e.span))?;
    match nearest.class {
        // A count of the dead or injured says so ("people:dead"); a bare
        // figure by "killed" may be a flight number or a year.
        EventClass::Die | EventClass::Injure => None,
        EventClass::Arrest if counts.is_none_or(is_people) => Some(Topic::Arrests),
        // The attackers come before the attack; a figure after it is
        // its target ("attacked a hall holding 6,000").
        EventClass::Attack if counts.is_none_or(is_people) && q.span.end <= nearest.span.start => {
            Some(Topic::Attackers)
        }
        _ => None,
    }
}

/// The fact of the event a date gives: the day of a warning when its
/// sentence reports one, else the day of the event when its sentence
/// reports deaths, injuries, an attack or destruction.
pub fn of_date(d: &DateClaim, claims: &Claims) -> Option<Topic> {
    // A time of day is no day: "11 p.m. Friday" gives the day in "Friday".
    if d.of_statement || matches!(d.when, When::Clock { .. } | When::EitherHalf { .. }) {
        return None;
    }
    let has = |c: EventClass| claims.events.iter().any(|e| e.class == c);
    if has(EventClass::Warn) {
        return Some(Topic::WarningDate);
    }
    [
        EventClass::Die,
        EventClass::Injure,
        EventClass::Attack,
        EventClass::Destroy,
    ]
    .into_iter()
    .any(has)
    .then_some(Topic::EventDate)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::{Aliases, extract};

    fn topics(text: &str) -> Vec<(String, Option<Topic>)> {
        let c = extract(text, 0, &Aliases::default());
        let q = c
            .quantities
            .iter()
            .map(|q| (q.text(text).to_string(), of_quantity(q, &c)));
        let d = c
            .dates
            .iter()
            .map(|d| (d.text(text).to_string(), of_date(d, &c)));
        q.chain(d).collect()
    }

    #[test]
    fn figures_and_dates_are_facts_of_the_event_their_sentence_reports() {
        use Topic::*;
        type Case<'a> = (&'a str, &'a [(&'a str, Option<Topic>)]);
        let cases: &[Case] = &[
            (
                "Seven people were killed on Saturday.",
                &[
                    ("Seven people", Some(Deaths)),
                    ("Saturday", Some(EventDate)),
                ],
            ),
            (
                "At least 40 people were injured.",
                &[("At least 40 people", Some(Injured))],
            ),
            ("Police arrested four men.", &[("four men", Some(Arrests))]),
            (
                "Eleven suspects were arrested.",
                &[("Eleven suspects", Some(Arrests))],
            ),
            (
                "Three gunmen attacked the guards.",
                &[("Three gunmen", Some(Attackers))],
            ),
            (
                "The hall seats 2,000 people.",
                &[("2,000 people", Some(Capacity))],
            ),
            (
                "Officials warned the owners on March 3.",
                &[("March 3", Some(WarningDate))],
            ),
            // Figures and dates of nothing the event counts.
            ("The fire burned for six hours.", &[("six hours", None)]),
            ("The company was founded in 2001.", &[("2001", None)]),
        ];
        for (text, want) in cases {
            let want: Vec<(String, Option<Topic>)> =
                want.iter().map(|(t, k)| (t.to_string(), *k)).collect();
            assert_eq!(topics(text), want, "{text}");
        }
    }
}
