//! Long article pairs whose correspondence is known, for benchmarks and
//! scale tests: the same facts told twice in different words and order,
//! some figures changed, some facts told by one side only.
//!
//! Deterministic for a seed. Each fact is one sentence on each side that
//! tells it; [`Synthetic::truth`] lists which sentence of the left
//! corresponds to which of the right and whether a figure was changed.

/// A small deterministic generator (SplitMix64): the same seed gives the
/// same documents on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

const SYLLABLES: &[&str] = &[
    "ka", "lo", "mir", "ven", "tas", "dor", "ri", "bel", "zan", "qui", "mor", "el", "sta", "fen",
    "gra", "hul", "ix", "jo", "par", "sun", "tel", "vor", "wil", "yen", "bra", "cor", "dal", "esk",
    "fir", "gol",
];
const ROLES: &[&str] = &[
    "minister",
    "mayor",
    "governor",
    "spokesman",
    "commander",
    "director",
    "envoy",
    "prosecutor",
];
const ORGS: &[&str] = &[
    "Ministry",
    "Council",
    "Agency",
    "Authority",
    "Commission",
    "Institute",
    "Company",
    "Alliance",
];
const VERBS: &[(&str, &str)] = &[
    ("announced", "said"),
    ("approved", "signed off on"),
    ("rejected", "turned down"),
    ("proposed", "put forward"),
    ("ordered", "instructed"),
    ("confirmed", "acknowledged"),
    ("postponed", "delayed"),
    ("funded", "paid for"),
];
const THINGS: &[(&str, &str)] = &[
    ("a plan to rebuild", "a scheme to reconstruct"),
    ("new rules for", "fresh regulations on"),
    ("an inquiry into", "an investigation of"),
    ("emergency aid for", "urgent relief to"),
    ("a budget for", "spending on"),
    ("talks about", "negotiations over"),
];
const COUNTS: &[(&str, &str)] = &[
    ("people", "residents"),
    ("homes", "houses"),
    ("schools", "schools"),
    ("workers", "employees"),
    ("families", "households"),
    ("vehicles", "vehicles"),
];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
];
const FILLER_A: &[&str] = &[
    "after weeks of pressure from local groups",
    "in a statement released on the same day",
    "despite objections from several officials",
    "as part of a wider effort in the region",
    "following a long debate in the chamber",
];
const FILLER_B: &[&str] = &[
    "after local groups had pressed for weeks",
    "according to a statement issued that day",
    "although several officials had objected",
    "within a broader push across the region",
    "once a lengthy debate had ended",
];

fn word(rng: &mut Rng, syllables: usize) -> String {
    let mut w: String = (0..syllables).map(|_| rng.pick(SYLLABLES)).collect();
    if let Some(f) = w.get_mut(0..1) {
        f.make_ascii_uppercase();
    }
    w
}

/// One fact: who did what about what, where, when, with a figure.
struct Fact {
    person: String,
    role: &'static str,
    org: String,
    place: String,
    project: String,
    verb: usize,
    thing: usize,
    count: usize,
    figure: u32,
    month: &'static str,
    day: u32,
    filler: usize,
}

/// A generated pair of documents and how their sentences correspond.
pub struct Synthetic {
    pub left: String,
    pub right: String,
    /// (left sentence, right sentence, a figure was changed on the right).
    pub truth: Vec<(usize, usize, bool)>,
}

/// How well a comparison of a generated pair found its correspondence.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quality {
    /// Share of corresponding sentence pairs found.
    pub recall: f64,
    /// Share of the pairs found that correspond.
    pub precision: f64,
    /// Share of changed figures flagged as divergences.
    pub divergence_recall: f64,
    /// Share of divergences flagged on a changed figure.
    pub divergence_precision: f64,
    /// How many figures were changed.
    pub changed: usize,
    /// Share of primary pairs (those that place a sentence in the rows) that
    /// correspond, and how many there are.
    pub primary_precision: f64,
    pub primaries: usize,
    /// Share of extra pairs (a second partner of a split fact) that
    /// correspond, and how many there are.
    pub extra_precision: f64,
    pub extras: usize,
}

impl Synthetic {
    pub fn score(&self, cmp: &crate::align::Comparison) -> Quality {
        use std::collections::BTreeSet;
        let truth: BTreeSet<(usize, usize)> = self.truth.iter().map(|t| (t.0, t.1)).collect();
        let found: BTreeSet<(usize, usize)> = cmp
            .links
            .iter()
            .map(|l| (l.sentences.left, l.sentences.right))
            .collect();
        let changed: BTreeSet<(usize, usize)> = self
            .truth
            .iter()
            .filter(|t| t.2)
            .map(|t| (t.0, t.1))
            .collect();
        let flagged: BTreeSet<(usize, usize)> = cmp
            .links
            .iter()
            .filter(|l| l.relation == crate::align::Relation::Diverge)
            .map(|l| (l.sentences.left, l.sentences.right))
            .collect();
        let share = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
        let hit = truth.intersection(&found).count();
        let of_kind = |primary: bool| {
            let links: Vec<_> = cmp.links.iter().filter(|l| l.primary == primary).collect();
            let right = links
                .iter()
                .filter(|l| truth.contains(&(l.sentences.left, l.sentences.right)))
                .count();
            (share(right, links.len()), links.len())
        };
        let (primary_precision, primaries) = of_kind(true);
        let (extra_precision, extras) = of_kind(false);
        let div_hit = changed.intersection(&flagged).count();
        Quality {
            recall: share(hit, truth.len()),
            precision: share(hit, found.len()),
            divergence_recall: share(div_hit, changed.len()),
            divergence_precision: share(div_hit, flagged.len()),
            changed: changed.len(),
            primary_precision,
            primaries,
            extra_precision,
            extras,
        }
    }
}

fn left_sentence(f: &Fact) -> String {
    format!(
        "The {org} {role} {person} {verb} {thing} the {project} project in {place} on {month} {day}, affecting {figure} {count}, {filler}.",
        org = f.org,
        role = f.role,
        person = f.person,
        verb = VERBS[f.verb].0,
        thing = THINGS[f.thing].0,
        project = f.project,
        place = f.place,
        month = f.month,
        day = f.day,
        figure = f.figure,
        count = COUNTS[f.count].0,
        filler = FILLER_A[f.filler],
    )
}

fn right_sentence(f: &Fact, figure: u32, rng: &mut Rng) -> String {
    // Reworded: synonyms, another order of clauses, the role after the name.
    if rng.chance(50) {
        format!(
            "In {place}, {person}, {role} at the {org}, {verb} {thing} the {project} project, which touches {figure} {count}, {filler}, on {month} {day}.",
            place = f.place,
            person = f.person,
            role = f.role,
            org = f.org,
            verb = VERBS[f.verb].1,
            thing = THINGS[f.thing].1,
            project = f.project,
            figure = figure,
            count = COUNTS[f.count].1,
            filler = FILLER_B[f.filler],
            month = f.month,
            day = f.day,
        )
    } else {
        format!(
            "On {month} {day} {person} of the {org} {verb} {thing} the {project} project in {place}; {figure} {count} are affected, {filler}.",
            month = f.month,
            day = f.day,
            person = f.person,
            org = f.org,
            verb = VERBS[f.verb].1,
            thing = THINGS[f.thing].1,
            project = f.project,
            place = f.place,
            figure = figure,
            count = COUNTS[f.count].1,
            filler = FILLER_B[f.filler],
        )
    }
}

/// Generate a pair of about `bytes` bytes a side.
///
/// Of the facts, about 8% are told by one side only, 10% have a changed
/// figure on the right, and the right tells the rest in blocks moved about
/// (a fifth of the blocks leave their place).
pub fn generate(bytes: usize, seed: u64) -> Synthetic {
    let mut rng = Rng(seed);
    let names: Vec<String> = (0..4000)
        .map(|_| format!("{} {}", word(&mut rng, 2), word(&mut rng, 3)))
        .collect();
    let places: Vec<String> = (0..1500).map(|_| word(&mut rng, 3)).collect();
    let projects: Vec<String> = (0..6000)
        .map(|_| {
            let syllables = 2 + rng.below(2);
            word(&mut rng, syllables)
        })
        .collect();
    let orgs: Vec<String> = (0..300)
        .map(|_| format!("{} {}", word(&mut rng, 2), rng.pick(ORGS)))
        .collect();

    // Which side tells each fact: both (most), left only or right only.
    let mut facts = Vec::new();
    let mut sides: Vec<u8> = Vec::new();
    let mut size = 0;
    while size < bytes {
        let f = Fact {
            person: names[rng.below(names.len())].clone(),
            role: rng.pick(ROLES),
            org: orgs[rng.below(orgs.len())].clone(),
            place: places[rng.below(places.len())].clone(),
            project: projects[rng.below(projects.len())].clone(),
            verb: rng.below(VERBS.len()),
            thing: rng.below(THINGS.len()),
            count: rng.below(COUNTS.len()),
            figure: 20 + rng.below(5000) as u32,
            month: rng.pick(MONTHS),
            day: 1 + rng.below(28) as u32,
            filler: rng.below(FILLER_A.len()),
        };
        let side = if rng.chance(4) {
            1
        } else if rng.chance(4) {
            2
        } else {
            3
        };
        if side & 1 != 0 {
            size += left_sentence(&f).len() + 1;
        }
        sides.push(side);
        facts.push(f);
    }
    let mut left = String::with_capacity(bytes + 1024);
    let mut left_index = vec![usize::MAX; facts.len()];
    let mut n = 0;
    for (i, f) in facts.iter().enumerate() {
        if sides[i] & 1 != 0 {
            left.push_str(&left_sentence(f));
            left.push(if n % 5 == 4 { '\n' } else { ' ' });
            left_index[i] = n;
            n += 1;
        }
    }

    // The right side: blocks of facts, a fifth of them moved elsewhere.
    let mut order: Vec<usize> = (0..facts.len()).filter(|&i| sides[i] & 2 != 0).collect();
    let mut blocks: Vec<Vec<usize>> = order.chunks(8).map(<[usize]>::to_vec).collect();
    for k in 0..blocks.len() {
        if rng.chance(20) {
            let to = rng.below(blocks.len());
            blocks.swap(k, to);
        }
    }
    order = blocks.concat();
    let mut right = String::with_capacity(bytes + 1024);
    let mut truth = Vec::new();
    for (m, &i) in order.iter().enumerate() {
        let f = &facts[i];
        let changed = rng.chance(10);
        let figure = if changed {
            f.figure + 1 + rng.below(f.figure as usize / 2 + 1) as u32
        } else {
            f.figure
        };
        right.push_str(&right_sentence(f, figure, &mut rng));
        right.push(if m % 5 == 4 { '\n' } else { ' ' });
        if left_index[i] != usize::MAX {
            truth.push((left_index[i], m, changed));
        }
    }
    truth.sort_unstable();
    Synthetic { left, right, truth }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_pair() {
        let a = generate(20_000, 7);
        let b = generate(20_000, 7);
        assert_eq!(
            (a.left.as_str(), a.right.as_str()),
            (b.left.as_str(), b.right.as_str())
        );
        assert!(a.left.len() >= 20_000 && a.left.len() < 22_000);
    }

    #[test]
    fn sentences_split_as_generated() {
        let s = generate(30_000, 1);
        let left = crate::sentence::split(&s.left);
        let right = crate::sentence::split(&s.right);
        let max_left = s.truth.iter().map(|t| t.0).max().unwrap();
        let max_right = s.truth.iter().map(|t| t.1).max().unwrap();
        assert!(left.len() > max_left && right.len() > max_right);
        assert!(left.iter().all(|sp| sp.of(&s.left).ends_with('.')));
        // Every truth pair is two sentences about one project.
        for &(l, r, _) in &s.truth {
            let project = left[l]
                .of(&s.left)
                .split(" the ")
                .nth(1)
                .unwrap()
                .split(' ')
                .next()
                .unwrap()
                .to_string();
            assert!(right[r].of(&s.right).contains(&project));
        }
    }
}
