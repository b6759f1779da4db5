//! Page furniture: the parts of a saved web page that are not the article
//! (menus, copyright lines, "follow this author", a leading date label).
//! Found by general rules, never by listing a site's strings, and read for
//! the metadata they carry (date, outlet).

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use crate::span::{Span, is_space};

/// What an article says about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Metadata {
    /// A headline line at the top (a line without a full stop), if any.
    pub title: Option<String>,
    /// A publication date from a date label, as written (ISO where it was ISO).
    pub date: Option<String>,
    /// The outlet, from a copyright line.
    pub outlet: Option<String>,
}

pub struct Found {
    pub spans: Vec<Span>,
    pub meta: Metadata,
}

/// A line: its span in the text without the line break.
fn lines(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            out.push(Span::new(start, i));
            start = i + 1;
        }
    }
    out.push(Span::new(start, text.len()));
    out
}

static DATE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:date|published|posted|updated|dateline)\s*:?\s*(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4})",
    )
    .expect("date label pattern")
});

static COPYRIGHT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*([^.©]*?)\s*(?:\.|,|$)",
    )
    .expect("copyright pattern")
});

/// The most words of a line with a full stop that a chrome phrase still
/// makes furniture: "Sign up here.", "Click here to subscribe."
const CHROME_SENTENCE_WORDS: usize = 4;

/// Phrases that only page chrome uses; a line without final punctuation that
/// holds one is furniture wherever it stands.
const CHROME_PHRASES: [&str; 16] = [
    "more on this story",
    "related topics",
    "follow this author",
    "follow us",
    "share this",
    "share on",
    "sign up",
    "subscribe",
    "newsletter",
    "advertisement",
    "read more",
    "click here",
    "related articles",
    "cookie",
    "all rights reserved",
    "skip to content",
];

fn ends_sentence(line: &str) -> bool {
    let t = line.trim_end_matches(is_space);
    t.ends_with(['.', '!', '?', '"', '”', '’', '\'', ')', '…', ':'])
}

fn word_count(line: &str) -> usize {
    line.split(is_space)
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Words set apart by runs of two or more spaces: a row of menu items.
fn is_menu_row(line: &str) -> bool {
    let t = line.trim_matches(is_space);
    let mut gaps = 0;
    let mut run = 0;
    for c in t.chars() {
        if is_space(c) {
            run += 1;
        } else {
            if run >= 2 {
                gaps += 1;
            }
            run = 0;
        }
    }
    gaps >= 1 && !ends_sentence(t)
}

// The tests that copy a line in lower case come after those that bound its
// length: a text on one line (megabytes without a line break) is never copied.

fn is_copyright(line: &str) -> bool {
    word_count(line) <= 20 && {
        let lower = line.to_lowercase();
        line.contains('©')
            || lower.contains("all rights reserved")
            || lower.starts_with("copyright")
    }
}

fn has_chrome_phrase(line: &str) -> bool {
    // "Sign up here.": a call to the reader too short to be a sentence of
    // the story; "Sign up for our newsletter to get the latest updates."
    // opens with the call.
    let words = word_count(line);
    words <= 12 && {
        let lower = line.to_lowercase();
        let lower = lower.trim_start_matches(is_space);
        let short = !ends_sentence(line) || words <= CHROME_SENTENCE_WORDS;
        (short && CHROME_PHRASES.iter().any(|p| lower.contains(p)))
            || CHROME_CALLS.iter().any(|p| lower.starts_with(p))
    }
}

/// Calls to the reader that open a line of page chrome of twelve words or
/// fewer, whatever its stop: "Sign up for our newsletter to get the latest
/// updates.", "Follow us on Twitter and Facebook."
const CHROME_CALLS: [&str; 6] = [
    "sign up",
    "subscribe to",
    "follow us",
    "click here",
    "download our",
    "get our",
];

/// Labels of a link to another story set in an article ("Related: Who are
/// the Ashen Front?", "Read more: ..."): the line is a headline of another
/// page, whatever its punctuation.
const TEASER_LABELS: [&str; 8] = [
    "related",
    "read more",
    "read also",
    "also read",
    "see also",
    "watch",
    "listen",
    "recommended",
];

fn is_teaser(line: &str) -> bool {
    word_count(line) <= 16 && {
        let t = line.trim_start_matches(is_space);
        t.split_once(':').is_some_and(|(label, rest)| {
            !rest.trim().is_empty()
                && TEASER_LABELS
                    .iter()
                    .any(|l| label.trim_end().eq_ignore_ascii_case(l))
        })
    }
}

/// An outlet's name and when it published, as a line of its own above the
/// story ("The Dorvan Chronicle | Wednesday, November 18, 2026", "Vesmaria
/// Herald — Friday, 20 November 2026, 09:30", "V1 News | Published
/// 16/11/2026, 08:47 | Updated 11:20", "Last updated 15:40 · Oda Kvernes
/// and Tomas Lundmark"): parts set apart by bars, dashes or dots, one a
/// time stamp, the others short capitalised names.
fn is_outlet_stamp(line: &str) -> bool {
    if ends_sentence(line) || word_count(line) > MAX_STAMP_WORDS + 4 {
        return false;
    }
    let parts: Vec<&str> = line
        .split(['|', '—', '–', '·', '•'])
        .map(|p| p.trim_matches(is_space))
        .filter(|p| !p.is_empty())
        .collect();
    // A name: capitalised words and the small words between them ("Oda
    // Kvernes and Tomas Lundmark", "Vessa Online"), not a clause
    // ("Rescuers reach the village").
    let named = |p: &str| {
        word_count(p) <= 6
            && p.split(is_space).filter(|w| !w.is_empty()).all(|w| {
                w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                    || matches!(w, "and" | "of" | "the" | "&" | "de")
            })
    };
    parts.len() >= 2
        && parts.iter().any(|p| is_time_stamp(p))
        && parts.iter().all(|p| is_time_stamp(p) || named(p))
}

/// An editor's note on the page ("This page will be updated.", "This
/// article was updated at 16:05 with comment from the minister", "This is
/// a developing story", "Check back for updates", "Based on reporting by
/// Norlith Press", "With reporting by Norrow Press"): about the page, not
/// the event. Each form ends the line but the first, which goes on to say
/// what was added.
static UPDATE_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:this (?:live )?(?:article|story|page|post|blog|piece) (?:will be|was|has been|had been|is being|is|may be) updated\b|this is a (?:developing|breaking) (?:news )?story(?: and will be updated)?[.!]?$|check back (?:later |soon )?for (?:updates|more)[.!]?$|(?:this (?:story|article) is )?based on reporting by (?-i:[A-Z])[^,;]*$|with (?:additional )?reporting by (?-i:[A-Z])[^,;]*$)",
    )
    .expect("update note pattern")
});

/// A clock time ("16:05", "9.40").
static CLOCK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b\d{1,2}[:.]\d{2}\b").expect("clock pattern"));

/// An editor's note (see [`UPDATE_NOTE`]), short, that gives no figure
/// but a time and sets nothing right: "This story has been updated to
/// correct the death toll, which is 14" is the story's.
fn is_update_note(line: &str) -> bool {
    let t = line.trim_matches(is_space);
    word_count(t) <= 20
        && UPDATE_NOTE.is_match(t)
        && !t.to_lowercase().contains("correct")
        && !CLOCK
            .replace_all(t, "")
            .contains(|c: char| c.is_ascii_digit())
}

/// A teaser label on a line of its own ("Related:", "READ MORE"): the line
/// after it is another page's headline.
fn is_teaser_label(line: &str) -> bool {
    let label = line.trim_matches(is_space).trim_end_matches(':').trim_end();
    TEASER_LABELS.iter().any(|l| label.eq_ignore_ascii_case(l))
}

/// The headline a bare teaser label introduces: short, and not a sentence
/// of the story (no full stop).
fn is_teaser_headline(line: &str) -> bool {
    word_count(line) <= 16 && !line.trim_end_matches(is_space).ends_with('.')
}

/// A byline: "By" and a capitalised name, as a line of its own ("By Carla
/// Ventresca", "By Theo Marchetti | Harlan City Ledger", "By Buckeye Now
/// staff"), or with when it was published after a bar, which may end as a
/// sentence does ("By Henrik Solvang | Tuesday, Nov. 17, 2026, 7:05 a.m.",
/// "By Ola Grund | Saturday 14 November 2026, 10:20 (updated 16:05)").
fn is_byline(line: &str) -> bool {
    let mut words = line.split(is_space).filter(|w| !w.is_empty());
    let stamped = || {
        line.split_once('|').is_some_and(|(_, rest)| {
            is_time_stamp(&rest.replace(['(', ')'], " ").replace('|', ","))
        })
    };
    words.next().is_some_and(|w| w.eq_ignore_ascii_case("by"))
        && words
            .next()
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
        && word_count(line) <= 16
        && (!ends_sentence(line) && word_count(line) <= 12 || stamped())
}

/// Words that label a time stamp, or name a day or a month: what a stamp
/// heading must have (see [`is_stamp_heading`]).
const STAMP_LABELS: &str = r"updated?|published|posted|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*";

static STAMP_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?:last|on|at|and|\d+(?:[:.]\d+)*(?:st|nd|rd|th)?|[ap]\.?m\.?|{STAMP_LABELS}|[a-z]{{2,4}}t|utc|gmt)$"
    ))
    .expect("time stamp word pattern")
});

static STAMP_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^(?:{STAMP_LABELS})$")).expect("stamp label pattern")
});

/// A time stamp heading a live page's entries, anywhere in the article
/// ("Update, 10:45", "Wednesday 18 November"): a stamp (see
/// [`is_time_stamp`]) with a label, a day or a month, no full stop, no
/// "at" or "on" (a sentence's date: "Monday, March 3, at 10:45."), and
/// no figure but a clock time, a day of the month or a year ("January
/// 3.1" is a row of figures).
fn is_stamp_heading(line: &str) -> bool {
    let t = line.trim_matches(is_space);
    let words: Vec<&str> = t
        .split(|c: char| is_space(c) || matches!(c, ',' | '|' | '·' | '-' | '—' | '–' | '/'))
        .filter(|w| !w.is_empty())
        .take(MAX_STAMP_WORDS + 1)
        .collect();
    let figure_ok = |w: &&str| {
        !w.contains(|c: char| c.is_ascii_digit())
            || CLOCK.is_match(w)
            || w.parse::<u32>()
                .is_ok_and(|n| (1..=31).contains(&n) || (1900..=2100).contains(&n))
    };
    !t.ends_with('.')
        && is_time_stamp(t)
        && words
            .iter()
            .any(|w| STAMP_LABEL.is_match(w.trim_end_matches(':')))
        && !words
            .iter()
            .any(|w| w.eq_ignore_ascii_case("at") || w.eq_ignore_ascii_case("on"))
        && words.iter().all(figure_ok)
}

/// The most words a time stamp has.
const MAX_STAMP_WORDS: usize = 14;

/// A time stamp of its own ("Published 7:12 a.m. Tuesday | Updated 9:40
/// a.m.", "Saturday, Oct. 18, 2025", "Last updated: Saturday 11:48 PM"):
/// every word a day, a month, a figure, a time or a word that labels one.
fn is_time_stamp(line: &str) -> bool {
    // One word past the most a stamp has is enough to say no: a line of
    // megabytes is not listed word by word.
    let words: Vec<&str> = line
        .split(|c: char| is_space(c) || matches!(c, ',' | '|' | ':' | '·' | '-' | '—' | '–' | '/'))
        .map(|w| w.trim_end_matches('.'))
        .filter(|w| !w.is_empty())
        .take(MAX_STAMP_WORDS + 1)
        .collect();
    !words.is_empty()
        && words.len() <= MAX_STAMP_WORDS
        && !ends_sentence(line.trim_end_matches('.'))
        && words.iter().all(|w| STAMP_WORD.is_match(w))
        && words
            .iter()
            .any(|w| w.chars().any(|c| c.is_ascii_digit()) || w.len() > 4)
}

/// A line of running prose: at least six words and a final stop.
/// A line that credits the people or the pictures of a story rather than
/// telling it: "(Reporting by Ana Lee; Editing by Tom Hart)", "Additional
/// reporting by ...", "Our Standards: ...", a photo credit
/// ("REUTERS/Maxim Petrov/File Photo", "(AP Photo/Ivan Sokol)", "Image
/// source, Getty Images", "Photograph: Ana Lee/Reuters") or a caption's
/// label ("Image caption, ...", "FILE PHOTO: ..."). Two outlets' credit
/// lines are alike and state no fact of the event.
fn is_credit(line: &str) -> bool {
    let t = line.trim_matches(is_space);
    // The patterns are asked only of a line short enough to be a credit:
    // asked of every line of a long text they cost a fifth of its time.
    if word_count(t) > MAX_CREDIT_WORDS {
        return false;
    }
    // "Reporting by the state broadcaster showed ..." is a sentence; a
    // credit is bracketed or ends without one's full stop.
    // "Additional reporting by AFP." credits names alone after "by".
    let names_only = t.split_once(" by ").is_some_and(|(_, who)| {
        who.split(is_space)
            .filter(|w| !w.is_empty())
            .all(|w| w.starts_with(char::is_uppercase) || matches!(w, "and" | "in" | "from"))
    });
    let credited =
        CREDITED_BY.is_match(t) && (t.starts_with('(') || !ends_sentence(t) || names_only);
    credited || PICTURE_OR_STANDARDS.is_match(t)
}

/// The longest credit line: a wire story's reporters, writers and editors
/// in one bracket.
const MAX_CREDIT_WORDS: usize = 30;

static CREDITED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\(?(?:additional )?(?:reporting|writing|editing|compiled|produced|research)(?: and \w+)? by\b",
    )
    .expect("a valid pattern")
});

static PICTURE_OR_STANDARDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:our standards:|image (?:caption|source),|photograph:|file photo:|photo:)|/file photo\)?\.?$|^\(?(?:ap|afp|reuters|getty) (?:photo|images)/|^reuters/\S+",
    )
    .expect("a valid pattern")
});

fn is_prose(line: &str) -> bool {
    word_count(line) >= 6 && ends_sentence(line) && !is_time_stamp(line) && !is_byline(line)
}

pub fn find(text: &str) -> Found {
    let mut spans = Vec::new();
    let mut meta = Metadata::default();
    let all = lines(text);
    let nonblank: Vec<Span> = all
        .iter()
        .map(|l| l.trim(text))
        .filter(|l| !l.is_empty())
        .collect();

    // A headline that asks a question ("Who let these buildings stand?")
    // ends as a sentence does; the story starts after it.
    let question_headline = nonblank
        .first()
        .is_some_and(|l| l.of(text).trim_end_matches(is_space).ends_with('?'));
    let first_prose = nonblank
        .iter()
        .enumerate()
        .position(|(i, l)| !(i == 0 && question_headline) && is_prose(l.of(text)))
        .unwrap_or(nonblank.len());
    let last_prose = nonblank
        .iter()
        .rposition(|l| is_prose(l.of(text)))
        .map_or(0, |i| i + 1);

    let mut after_label = false;
    for (i, &line) in nonblank.iter().enumerate() {
        let s = line.of(text);
        let at_edge = i < first_prose || i >= last_prose;
        let headline_of_teaser = std::mem::take(&mut after_label) && is_teaser_headline(s);
        if is_teaser_label(s) {
            after_label = true;
            spans.push(line);
        } else if headline_of_teaser {
            spans.push(line);
        } else if is_copyright(s) {
            if meta.outlet.is_none() {
                meta.outlet = outlet_of(s);
            }
            spans.push(line);
        } else if has_chrome_phrase(s)
            || is_credit(s)
            || is_teaser(s)
            || (at_edge && (is_menu_row(s) || (!ends_sentence(s) && word_count(s) <= 3)))
            || is_outlet_stamp(s)
            || is_update_note(s)
            || is_stamp_heading(s)
            || (i < first_prose && (is_byline(s) || is_time_stamp(s)))
        {
            spans.push(line);
        } else if i <= first_prose {
            if let Some(m) = DATE_LABEL.captures(s) {
                let whole = m.get(0).map_or(0, |g| g.end());
                meta.date.get_or_insert_with(|| m[1].to_string());
                spans.push(Span::new(line.start, line.start + whole));
            } else if meta.title.is_none()
                && i < first_prose
                && !ends_sentence(s)
                && (4..=20).contains(&word_count(s))
            {
                meta.title = Some(s.to_string());
            }
        }
    }
    spans.sort();
    Found { spans, meta }
}

fn outlet_of(line: &str) -> Option<String> {
    let caps = COPYRIGHT.captures(line)?;
    let name = caps.get(1)?.as_str().trim();
    let looks_like_name = !name.is_empty()
        && word_count(name) <= 6
        && !name.to_lowercase().contains("rights")
        && name.chars().next().is_some_and(char::is_uppercase);
    looks_like_name.then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn furniture_of(text: &str) -> Vec<&str> {
        find(text).spans.iter().map(|s| s.of(text)).collect()
    }

    #[test]
    fn edges_menus_and_copyright() {
        let text = "Smiley face\nWeather\u{a0}\u{a0} \u{a0} Live Markets\n\nISIS has claimed responsibility for a deadly attack in Moscow.\n\n© 2024 Globe Echo. All Rights Reserved.";
        assert_eq!(
            furniture_of(text),
            [
                "Smiley face",
                "Weather\u{a0}\u{a0} \u{a0} Live Markets",
                "© 2024 Globe Echo. All Rights Reserved."
            ]
        );
        assert_eq!(find(text).meta.outlet.as_deref(), Some("Globe Echo"));
    }

    #[test]
    fn leading_date_label_is_set_apart_from_the_sentence_on_its_line() {
        let text =
            " date 2024-03-29 On a day that was supposed to be marked by music, tragedy struck.";
        let found = find(text);
        assert_eq!(furniture_of(text), ["date 2024-03-29"]);
        assert_eq!(found.meta.date.as_deref(), Some("2024-03-29"));
    }

    #[test]
    fn an_editors_note_on_the_page_and_an_update_stamp_with_names_are_furniture() {
        let text = "NEWS LIVE\n\nLast updated 15:40 · Oda Kvernes and Tomas Lundmark\n\nThe budget cuts company tax to 22%.\n\nThis page will be updated.\n\nThe vote is on Thursday.\n\nThis article was updated at 16:05 with comment from the finance minister.\n\nThis article was corrected: the rate is 22%, not 21%.";
        assert_eq!(
            furniture_of(text),
            [
                "NEWS LIVE",
                "Last updated 15:40 · Oda Kvernes and Tomas Lundmark",
                "This page will be updated.",
                "This article was updated at 16:05 with comment from the finance minister."
            ]
        );
        // Lines of the story that look alike stay.
        let story = "The toll rose to 14 on Monday.\n\nThis story has been updated to correct the death toll, which is 14, not 41.\n\nThis is a developing story for the 40,000 commuters who cross the bridge every day, the mayor said.\n\nBased on reporting by Ulmara TV, the ministry raised the toll to 12.\n\nMonday, March 3, at 10:45\n\nJanuary 3.1\n\n10:45 · Rescuers reach the village\n\nThe search for the missing goes on tonight.";
        assert!(furniture_of(story).is_empty(), "{:?}", furniture_of(story));
        let text = "Pay deal ends rail strike\n\nBy Henrik Solvang | Tuesday, Nov. 17, 2026, 7:05 a.m.\n\nThe union accepted a rise of 7 percent on Friday.\n\nUpdate, 10:45\n\nTrains will run from Saturday.\n\nThis is a developing story and will be updated.\n\nBased on reporting by Norlith Press.\n\nBy the end of the week, 1,240 trains ran.";
        assert_eq!(
            furniture_of(text),
            [
                "By Henrik Solvang | Tuesday, Nov. 17, 2026, 7:05 a.m.",
                "Update, 10:45",
                "This is a developing story and will be updated.",
                "Based on reporting by Norlith Press."
            ]
        );
    }

    #[test]
    fn chrome_phrase_in_the_middle() {
        let text = "One sentence of the article is here.\nEditorial board opinions that follow this author\nAnother sentence of the article is here.";
        assert_eq!(
            furniture_of(text),
            ["Editorial board opinions that follow this author"]
        );
    }

    #[test]
    fn a_link_to_another_story_is_furniture() {
        let text = "The attack killed 93 people on Friday.\n\nRelated: Who are the Ashen Front?\n\nRead more: Timeline of the country's deadliest attacks\n\nWatch: the minister said the search would go on.\n\nPolice said they were looking for a white van.";
        assert_eq!(
            furniture_of(text),
            [
                "Related: Who are the Ashen Front?",
                "Read more: Timeline of the country's deadliest attacks",
                "Watch: the minister said the search would go on."
            ]
        );
        // A label inside prose is prose.
        let text = "The minister said the two were related: one had ordered the other.";
        assert!(furniture_of(text).is_empty());
    }

    #[test]
    fn an_outlet_and_when_it_published_are_furniture() {
        for stamp in [
            "The Harbour Gazette | Wednesday, May 6, 2026",
            "Coast Herald — Friday, 8 May 2026, 09:30",
            "K7 News | Published 06/05/2026, 08:47 | Updated 11:20",
            "Valley Post | 07.05.2026 21:05",
        ] {
            let text = format!(
                "Storm floods harbour town\n\n{stamp}\n\nThe storm flooded the harbour on Tuesday night, officials said."
            );
            assert_eq!(furniture_of(&text), [stamp], "{stamp}");
        }
        // Under a headline that asks a question, it is no less a stamp, and
        // the byline under it a byline.
        let text = "Who let the harbour flood?\n\nThe Harbour Gazette | Wednesday, May 6, 2026\n\nBy Ana Reyes and Tom Hale\n\nThe storm flooded the harbour on Tuesday night, officials said.";
        assert_eq!(
            furniture_of(text),
            [
                "The Harbour Gazette | Wednesday, May 6, 2026",
                "By Ana Reyes and Tom Hale"
            ]
        );
        // A headline with a dash is a headline.
        let text = "Storm floods harbour — dozens evacuated\n\nThe storm flooded the harbour on Tuesday night, officials said.";
        assert!(furniture_of(text).is_empty());
    }

    #[test]
    fn a_bare_label_and_the_headline_under_it_are_furniture() {
        let text = "The storm cut power to 40,000 homes on Monday.

RELATED:

How the grid failed in the last big storm

Crews worked through the night to restore it.";
        assert_eq!(
            furniture_of(text),
            ["RELATED:", "How the grid failed in the last big storm"]
        );
        // A sentence of the story after the label stays.
        let text = "The storm cut power on Monday.

Read more

Crews worked through the night to restore it.

The utility said most homes had power by noon.";
        assert_eq!(furniture_of(text), ["Read more"]);
    }

    #[test]
    fn section_headings_and_headlines_stay() {
        let text = "Putin vows to hunt down the attackers\n\nThe president spoke on Saturday about the attack.\n\nUnheeded Warnings and Security Oversights\n\nThe warnings came from the United States weeks before.";
        assert!(furniture_of(text).is_empty());
        assert_eq!(
            find(text).meta.title.as_deref(),
            Some("Putin vows to hunt down the attackers")
        );
    }

    #[test]
    fn credits_and_photo_labels_are_furniture() {
        let text = "Gunmen kill dozens at concert hall\n\n\
            Gunmen opened fire on a concert hall on Friday, killing at least 60 people, officials said.\n\n\
            FILE PHOTO: Smoke rises above the burning concert hall.\n\n\
            REUTERS/Maxim Petrov/File Photo\n\n\
            Image caption, Firefighters worked through the night\n\n\
            The Islamic State group claimed responsibility for the attack on its news channel.\n\n\
            (Reporting by Ana Lee and Ivan Sokol; Editing by Tom Hart)\n\n\
            Our Standards: The Trust Principles.\n\n\
            Sign up here.\n\n\
            Sign up for our newsletter to get the latest updates.\n\n\
            Follow us on Twitter and Facebook.\n\n\
            Additional reporting by AFP.\n\n\
            More on this story\n";
        assert_eq!(
            furniture_of(text),
            [
                "FILE PHOTO: Smoke rises above the burning concert hall.",
                "REUTERS/Maxim Petrov/File Photo",
                "Image caption, Firefighters worked through the night",
                "(Reporting by Ana Lee and Ivan Sokol; Editing by Tom Hart)",
                "Our Standards: The Trust Principles.",
                "Sign up here.",
                "Sign up for our newsletter to get the latest updates.",
                "Follow us on Twitter and Facebook.",
                "Additional reporting by AFP.",
                "More on this story",
            ]
        );
        // Prose that tells of reporting, of a photograph or of signing up
        // stays.
        let prose = "Reporting by the state broadcaster showed the hall in flames on Friday night.\n\n\
            A photograph of the gunmen was published by the security service on Saturday.\n\n\
            Thousands of volunteers have signed up to help clear the debris, the mayor said.\n";
        assert!(furniture_of(prose).is_empty(), "{:?}", furniture_of(prose));
    }

    #[test]
    fn prose_mentioning_copyright_is_not_furniture() {
        let text = "The court ruled on the copyright case last week and the label said it would appeal the ruling in the spring, as it has done before in other cases.";
        assert!(furniture_of(text).is_empty());
    }

    #[test]
    fn bylines_and_time_stamps_above_the_article() {
        let text = "Ferry sinks near the cape, at least 9 dead\n\
            Last updated: Saturday 11:48 PM\n\
            By Theo Marchetti | Harlan City Ledger\n\
            Published 7:12 a.m. Tuesday | Updated 9:40 a.m.\n\
            Saturday, Oct. 18, 2025\n\
            By the county newsroom staff\n\
            At least nine people died after the ferry overturned on Saturday evening.\n\
            By noon the coast guard had called off the search for the night.\n";
        assert_eq!(
            furniture_of(text),
            [
                "Last updated: Saturday 11:48 PM",
                "By Theo Marchetti | Harlan City Ledger",
                "Published 7:12 a.m. Tuesday | Updated 9:40 a.m.",
                "Saturday, Oct. 18, 2025",
            ]
        );
        assert_eq!(
            find(text).meta.title.as_deref(),
            Some("Ferry sinks near the cape, at least 9 dead")
        );
    }

    #[test]
    fn a_headline_with_a_date_is_not_a_time_stamp() {
        assert!(!is_time_stamp("Storm hits the coast on Saturday"));
        assert!(!is_time_stamp("Ferry toll climbs to 31"));
        assert!(is_time_stamp("March 12, 2025"));
        assert!(!is_byline("By the numbers: the ferry and its passengers"));
    }
}
