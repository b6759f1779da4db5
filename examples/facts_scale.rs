//! Cost of `claimdiff facts` over many sources, on short articles composed
//! here (deterministic, in memory): `cargo run --release --example
//! facts_scale -- N [--all-pairs] [--rare=K]` (default N = 1000). Prints the time to
//! analyse the articles, the time to gather the facts, the peak memory of
//! the process, how many pairs of sources were compared, the size of the
//! vocabulary, and how many values the facts hold and how many of them are
//! contradicted. With
//! `--all-pairs` the facts come from a comparison of every pair of sources
//! held at once, as before the pairs were blocked, for reference on small N.
//! With `--rare=K` each article also names K made-up words, so that the
//! vocabulary grows with the corpus as it does with real articles. One N
//! per run: the peak memory is the process's.

// The binary's allocator, so the figures match `claimdiff facts`.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::time::Instant;

use claimdiff::corpus::Corpus;
use claimdiff::document::Document;
use claimdiff::facts;

mod common;
use common::peak_rss_mb;

/// A small linear congruential generator: the same articles on every run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.next(from.len())]
    }
}

const TOWNS: &[&str] = &[
    "Dunmore",
    "Kestrel Bay",
    "Harlow",
    "Marsden",
    "Ostby",
    "Valloria",
    "Brenton",
    "Linfield",
];
const PLACES: &[&str] = &[
    "covered market",
    "textile warehouse",
    "railway depot",
    "concert hall",
    "ferry terminal",
    "chemical plant",
];
const DAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const KILLED: &[&str] = &["were killed", "died", "lost their lives"];
const VERBS: &[&str] = &["said", "confirmed", "told reporters", "announced"];
const WHO: &[&str] = &[
    "officials",
    "the mayor",
    "police",
    "a fire chief",
    "a witness",
];
const WORDS: &[&str] = &[
    "Residents",
    "gathered",
    "outside",
    "the",
    "building",
    "while",
    "crews",
    "searched",
    "rubble",
    "for",
    "hours",
    "and",
    "traders",
    "counted",
    "losses",
    "near",
    "station",
    "after",
    "smoke",
    "rose",
    "over",
    "harbour",
    "roads",
    "closed",
    "until",
    "evening",
];

/// One short article: a toll (in figures or words), the injured, perhaps
/// arrests, an age and a crew size (figures of no event, found by links), a
/// line of other words.
fn article(rng: &mut Lcg, rare: usize) -> String {
    let town = rng.pick(TOWNS);
    let place = rng.pick(PLACES);
    let day = rng.pick(DAYS);
    let mut out = String::new();
    if rng.next(5) == 0 {
        out += &format!(
            "Several people {} at the {place} in {town} on {day}.\n",
            rng.pick(KILLED)
        );
    } else {
        let dead = 3 + rng.next(40);
        out += &format!(
            "{dead} people {} when fire swept through the {place} in {town} on {day}.\n",
            rng.pick(KILLED)
        );
    }
    if rng.next(3) == 0 {
        out += &format!(
            "Dozens of people were injured, {} {}.\n",
            rng.pick(WHO),
            rng.pick(VERBS)
        );
    } else {
        out += &format!("At least {} people were injured.\n", 10 + rng.next(90));
    }
    if rng.next(2) == 0 {
        out += &format!("Police arrested {} suspects.\n", 2 + rng.next(9));
    }
    out += &format!(
        "The {place} was {} years old and about {} firefighters fought the blaze.\n",
        20 + rng.next(60),
        30 + rng.next(120)
    );
    let filler: Vec<&str> = (0..12).map(|_| rng.pick(WORDS)).collect();
    out += &format!("{}.\n", filler.join(" "));
    if rare > 0 {
        let words: Vec<String> = (0..rare).map(|_| rare_word(rng)).collect();
        out += &format!("Witnesses named {}.\n", words.join(" and "));
    }
    out
}

const SYLLABLES: &[&str] = &[
    "ka", "lo", "mir", "dun", "vel", "os", "tra", "ben", "quo", "rix", "sal", "te", "gor", "nim",
    "pa", "lun", "ed", "fis", "ar", "zo", "hal", "ri", "mon", "cet",
];

/// A made-up word of three or four syllables (some 350,000 of them): names
/// and rare words, which real articles bring many of, so that the
/// vocabulary grows with the corpus.
fn rare_word(rng: &mut Lcg) -> String {
    let n = 3 + rng.next(2);
    (0..n).map(|_| rng.pick(SYLLABLES)).collect()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let all_pairs = args.iter().any(|a| a == "--all-pairs");
    let n: usize = args.iter().find_map(|a| a.parse().ok()).unwrap_or(1000);
    let rare: usize = args
        .iter()
        .find_map(|a| a.strip_prefix("--rare=")?.parse().ok())
        .unwrap_or(0);
    let mut rng = Lcg(42);
    let docs: Vec<Document> = (0..n)
        .map(|i| Document::from_text(&format!("article-{i:05}.txt"), &article(&mut rng, rare)))
        .collect();
    let t0 = Instant::now();
    let corpus = Corpus::new(docs);
    let t_corpus = t0.elapsed();
    let rss_corpus = peak_rss_mb();
    // Features the index numbered over all sources.
    let vocabulary = (0..)
        .take_while(|&id| corpus.index.feature(id).is_some())
        .count();
    let t1 = Instant::now();
    let found = if all_pairs {
        facts::facts(&corpus, &corpus.compare_all())
    } else {
        facts::gather(&corpus)
    };
    let t_facts = t1.elapsed();
    let values: usize = found.iter().map(|f| f.values.len()).sum();
    let contradicted = found
        .iter()
        .flat_map(|f| &f.values)
        .filter(|v| v.contradicted)
        .count();
    let compared = if all_pairs {
        n * n.saturating_sub(1) / 2
    } else {
        facts::pairs_compared(&corpus)
    };
    println!(
        "| sources | pairs | analysis | facts | peak RSS after analysis | peak RSS | pairs compared | vocabulary | facts found | values | contradicted |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|");
    println!(
        "| {n} | {} | {:.2}s | {:.2}s | {rss_corpus:.0} MB | {:.0} MB | {compared} | {vocabulary} | {} | {values} | {contradicted} |",
        if all_pairs { "every pair" } else { "blocked" },
        t_corpus.as_secs_f64(),
        t_facts.as_secs_f64(),
        peak_rss_mb(),
        found.len(),
    );
}
