//! British and American spellings of one word read as one: a wire story
//! in American spelling and a British outlet's ("the defense ministry
//! canceled the program" / "the defence ministry cancelled the
//! programme") share their words. Applied to every word before it is
//! stemmed, so a rule that also rewrites a word spelled the same on both
//! sides ("rise" to "rize") changes nothing, as long as it makes no other
//! word.

use std::borrow::Cow;

/// Words whose two spellings no rule below joins.
const WORDS: &[(&str, &str)] = &[
    ("programme", "program"),
    ("programmes", "programs"),
    ("defence", "defense"),
    ("defences", "defenses"),
    ("offence", "offense"),
    ("offences", "offenses"),
    ("licence", "license"),
    ("licences", "licenses"),
    ("pretence", "pretense"),
    ("grey", "gray"),
    ("tyre", "tire"),
    ("tyres", "tires"),
    ("kerb", "curb"),
    ("aluminium", "aluminum"),
    ("jewellery", "jewelry"),
    ("sceptical", "skeptical"),
    ("sceptic", "skeptic"),
    ("sceptics", "skeptics"),
    ("plough", "plow"),
    ("mould", "mold"),
    ("smoulder", "smolder"),
    ("smouldering", "smoldering"),
    ("manoeuvre", "maneuver"),
    ("manoeuvres", "maneuvers"),
    ("foetus", "fetus"),
    ("diarrhoea", "diarrhea"),
    ("anaemia", "anemia"),
    ("leukaemia", "leukemia"),
    ("haemorrhage", "hemorrhage"),
    ("paediatric", "pediatric"),
    ("paediatrician", "pediatrician"),
    ("orthopaedic", "orthopedic"),
    ("oestrogen", "estrogen"),
    ("anaesthetic", "anesthetic"),
    ("catalogue", "catalog"),
    ("dialogue", "dialog"),
    ("analogue", "analog"),
    ("judgement", "judgment"),
    ("judgements", "judgments"),
    ("acknowledgement", "acknowledgment"),
    ("ageing", "aging"),
    ("practise", "practice"),
    ("practised", "practiced"),
    ("practising", "practicing"),
    ("enquiry", "inquiry"),
    ("enquiries", "inquiries"),
    ("gaol", "jail"),
    ("gaoled", "jailed"),
    ("sulphur", "sulfur"),
    ("moustache", "mustache"),
    ("enrol", "enroll"),
    ("fulfil", "fulfill"),
    ("instal", "install"),
    ("skilful", "skillful"),
    ("wilful", "willful"),
];

/// Words ending in "our" that are one word on both sides, as the root of
/// a longer one ("scoured" is no "scored").
const OUR_WORDS: &[&str] = &[
    "hour",
    "four",
    "your",
    "pour",
    "tour",
    "flour",
    "sour",
    "dour",
    "scour",
    "amour",
    "contour",
    "detour",
    "devour",
    "troubadour",
];

/// What may follow "our" in a word that is "or" in American spelling
/// ("colour", "honoured", "labourers", "favourite").
const OUR_ENDINGS: &[&str] = &[
    "", "s", "ed", "ing", "ite", "ites", "able", "ful", "er", "ers", "hood", "hoods", "ly",
];

/// British endings and their American spelling: "centre", "fibre" (not
/// "acre", "genre"), "organised", "organisation", "analysed".
const ENDINGS: &[(&str, &str)] = &[
    ("tre", "ter"),
    ("tres", "ters"),
    ("bre", "ber"),
    ("bres", "bers"),
    ("isation", "ization"),
    ("isations", "izations"),
    ("ise", "ize"),
    ("ised", "ized"),
    ("ises", "izes"),
    ("ising", "izing"),
    ("iser", "izer"),
    ("isers", "izers"),
    ("yse", "yze"),
    ("ysed", "yzed"),
    ("yses", "yzes"),
    ("ysing", "yzing"),
];

/// Words with a single "l" in American spelling before "-ed", "-ing" or
/// "-er" and a double one in British ("travelled", "cancelling").
const DOUBLED_L: &[&str] = &[
    "travel", "cancel", "label", "model", "fuel", "signal", "total", "counsel", "level", "marvel",
    "channel", "tunnel", "quarrel", "dial", "equal", "jewel", "duel", "libel", "rival", "shovel",
    "panel", "parcel", "pedal", "pencil", "grovel", "funnel", "refuel",
];

/// The American spelling of a lower-case word, where British differs.
pub fn american(lower: &str) -> Cow<'_, str> {
    if let Some(&(_, us)) = WORDS.iter().find(|(gb, _)| *gb == lower) {
        return Cow::Borrowed(us);
    }
    // "colour", "honoured", "labourers", "neighbours", "favourite".
    if let Some(at) = lower.find("our")
        && at >= 2
        && !OUR_WORDS.contains(&&lower[..at + 3])
        && OUR_ENDINGS.contains(&&lower[at + 3..])
    {
        return Cow::Owned(format!("{}or{}", &lower[..at], &lower[at + 3..]));
    }
    // "centre", "theatres", "organised", "organisation", "analysed".
    for (gb, us) in ENDINGS {
        if lower.len() > gb.len() + 2 && lower.ends_with(gb) {
            return Cow::Owned(format!("{}{us}", &lower[..lower.len() - gb.len()]));
        }
    }
    // "travelled", "cancelling", "modellers".
    for root in DOUBLED_L {
        if let Some(rest) = lower.strip_prefix(root)
            && let Some(ending) = rest.strip_prefix('l')
            && matches!(ending, "ed" | "ing" | "er" | "ers")
        {
            return Cow::Owned(format!("{root}{ending}"));
        }
    }
    Cow::Borrowed(lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn british_and_american_spellings_are_one() {
        for (gb, us) in [
            ("defence", "defense"),
            ("programme", "program"),
            ("colour", "color"),
            ("honoured", "honored"),
            ("neighbours", "neighbors"),
            ("favourite", "favorite"),
            ("centre", "center"),
            ("theatres", "theaters"),
            ("organised", "organized"),
            ("organisation", "organization"),
            ("analysed", "analyzed"),
            ("travelled", "traveled"),
            ("cancelling", "canceling"),
            ("enquiry", "inquiry"),
            ("practised", "practiced"),
        ] {
            assert_eq!(american(gb), american(us), "{gb}");
        }
    }

    #[test]
    fn words_spelled_alike_stay_apart() {
        // The same word on both sides, and words no rule may join.
        for w in [
            "hour",
            "hours",
            "four",
            "your",
            "tour",
            "acre",
            "genre",
            "filled",
            "killed",
            "called",
            "scoured",
            "journal",
            "resources",
        ] {
            assert_eq!(american(w), w, "{w}");
        }
        assert_ne!(american("filled"), american("filed"));
        assert_ne!(american("scoured"), american("scored"));
        assert_ne!(american("four"), american("for"));
    }
}
