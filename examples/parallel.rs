//! Quality on a long real parallel text whose correspondence is known:
//! two translations of one book, one verse a line (`KEY<TAB>TEXT`, as
//! `scripts/parallel_text.py` writes them).
//!
//! `cargo run --release --example parallel -- LEFT.tsv RIGHT.tsv [--bytes N] [--shuffle] [--why [--wrong-extra]]`
//!
//! Each chapter becomes a paragraph. `--bytes N` keeps the first chapters
//! of the left up to N bytes (and the same chapters on the right);
//! `--shuffle` puts the right's paragraphs in a fixed random order. A pair
//! of sentences is right when they share a verse. Prints precision of
//! primary and extra pairs apart, overall precision, and recall: the share
//! of verses present on both sides that some right pair covers. `--why`
//! says, for each wrong primary pair, where its right partner was lost, and
//! where the wrong extra pairs stand (`--wrong-extra` prints each).

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::collections::{BTreeMap, BTreeSet};
use std::time::Instant;

use claimdiff::align::Comparison;
use claimdiff::align::score::Scorer;
use claimdiff::corpus::Corpus;
use claimdiff::document::Document;
use claimdiff::span::Pair;

/// A text built from verses, and where each verse lies in it.
struct Built {
    text: String,
    /// (start, end, verse number), in text order.
    verses: Vec<(usize, usize, usize)>,
}

fn read(path: &str) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("cannot read {path}: {e}; write it with scripts/parallel_text.py");
        std::process::exit(2)
    });
    text.lines()
        .filter_map(|l| l.split_once('\t'))
        .map(|(k, t)| (k.to_string(), t.to_string()))
        .collect()
}

fn chapter(key: &str) -> &str {
    key.rsplit_once('.').map_or(key, |(c, _)| c)
}

/// Chapters in first-seen order, each with its verses.
fn chapters(verses: &[(String, String)]) -> Vec<(String, Vec<(String, String)>)> {
    let mut out: Vec<(String, Vec<(String, String)>)> = Vec::new();
    for (k, t) in verses {
        let c = chapter(k);
        match out.last_mut() {
            Some((name, vs)) if name == c => vs.push((k.clone(), t.clone())),
            _ => out.push((c.to_string(), vec![(k.clone(), t.clone())])),
        }
    }
    out
}

fn build(chs: &[&(String, Vec<(String, String)>)], ids: &mut BTreeMap<String, usize>) -> Built {
    let mut text = String::new();
    let mut verses = Vec::new();
    for (_, vs) in chs {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        for (i, (k, t)) in vs.iter().enumerate() {
            if i > 0 {
                text.push(' ');
            }
            let n = ids.len();
            let id = *ids.entry(k.clone()).or_insert(n);
            verses.push((text.len(), text.len() + t.len(), id));
            text.push_str(t);
        }
    }
    Built { text, verses }
}

/// The verses a span of text overlaps.
fn covered(b: &Built, start: usize, end: usize) -> BTreeSet<usize> {
    let first = b.verses.partition_point(|v| v.1 <= start);
    b.verses[first..]
        .iter()
        .take_while(|v| v.0 < end)
        .map(|v| v.2)
        .collect()
}

/// Why primary pairs are wrong: for each, whether a right partner (a
/// sentence sharing a verse) was a candidate, scored lower, or was taken.
fn why_wrong(corpus: &Corpus, cmp: &Comparison, sets: &[Vec<BTreeSet<usize>>]) {
    let views = Pair::new(corpus.sources[0].view(), corpus.sources[1].view());
    let scorer = Scorer::new(&corpus.index, Pair::new(0, 1), views);
    let mut best: BTreeMap<(usize, usize), f32> = BTreeMap::new();
    for c in scorer.candidates() {
        best.insert((c.sentences.left, c.sentences.right), c.score);
    }
    // Right sentences by verse, to find a sentence's right partners.
    let mut by_verse: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (j, vs) in sets[1].iter().enumerate() {
        for &v in vs {
            by_verse.entry(v).or_default().push(j);
        }
    }
    let [mut unproposed, mut unscored, mut lower, mut lost] = [0; 4];
    for l in cmp.links.iter().filter(|l| l.primary) {
        let (i, j) = (l.sentences.left, l.sentences.right);
        if sets[0][i].intersection(&sets[1][j]).next().is_some() {
            continue;
        }
        let rights: BTreeSet<usize> = sets[0][i]
            .iter()
            .flat_map(|v| by_verse.get(v).into_iter().flatten().copied())
            .collect();
        let proposed = rights.iter().filter_map(|&r| best.get(&(i, r))).copied();
        match proposed.reduce(f32::max) {
            None if rights
                .iter()
                .any(|&r| scorer.score(Pair::new(i, r)).is_some()) =>
            {
                unproposed += 1
            }
            None => unscored += 1,
            Some(s) if s < l.score => lower += 1,
            Some(_) => lost += 1,
        }
    }
    println!(
        "wrong primaries: right partner not proposed but scores {unproposed}; \
         scores too little {unscored}; scores lower {lower}; scores higher, lost in the choice {lost}"
    );
}

/// Why verses on both sides are not found: for each, whether its left
/// sentence was paired elsewhere (wrongly), paired rightly on another verse
/// only, or left alone; and the same of its right sentences. Printed by
/// book, the books that lose most first.
fn why_lost(
    cmp: &Comparison,
    sets: &[Vec<BTreeSet<usize>>],
    lost: &BTreeSet<usize>,
    book: &BTreeMap<usize, String>,
) {
    // Verse → the sentences that cover it, per side.
    let by_verse = |side: usize| {
        let mut m: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for (i, vs) in sets[side].iter().enumerate() {
            for &v in vs {
                m.entry(v).or_default().push(i);
            }
        }
        m
    };
    let (left_of, right_of) = (by_verse(0), by_verse(1));
    let paired = |side: usize, i: usize| {
        cmp.by_sentence.get(if side == 0 {
            claimdiff::span::Side::Left
        } else {
            claimdiff::span::Side::Right
        })[i]
            .iter()
            .map(|&k| {
                let s = cmp.links[k].sentences;
                let other = if side == 0 { s.right } else { s.left };
                sets[side][i]
                    .intersection(&sets[1 - side][other])
                    .next()
                    .is_some()
            })
            .collect::<Vec<bool>>()
    };
    // (left state, right state) → count; a state is "alone", "wrong" (all
    // its pairs wrong) or "right elsewhere" (a right pair on another verse).
    let state = |side: usize, is: &[usize]| {
        let ps: Vec<bool> = is.iter().flat_map(|&i| paired(side, i)).collect();
        if ps.is_empty() {
            "alone"
        } else if ps.iter().any(|&p| p) {
            "right elsewhere"
        } else {
            "wrong"
        }
    };
    let mut kinds: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    let mut books: BTreeMap<&str, usize> = BTreeMap::new();
    for v in lost {
        let l = state(0, left_of.get(v).map_or(&[][..], |x| &x[..]));
        let r = state(1, right_of.get(v).map_or(&[][..], |x| &x[..]));
        *kinds.entry((l, r)).or_default() += 1;
        *books.entry(book[v].as_str()).or_default() += 1;
    }
    let mut totals: BTreeMap<&str, usize> = BTreeMap::new();
    for (v, b) in book {
        if left_of.contains_key(v) && right_of.contains_key(v) {
            *totals.entry(b.as_str()).or_default() += 1;
        }
    }
    for ((l, r), n) in &kinds {
        println!("lost verses: left {l}, right {r}: {n}");
    }
    let mut books: Vec<_> = books.into_iter().collect();
    books.sort_by_key(|b| std::cmp::Reverse(b.1));
    let top: Vec<String> = books
        .iter()
        .map(|(b, n)| format!("{b} {n} of {}", totals[b]))
        .collect();
    println!("lost verses by book: {}", top.join(", "));
}

/// Where wrong extra pairs are: for each extra pair, the sentence it shares
/// with a primary pair (the split sentence) and the extra partner beside
/// the primary partner. Counted right and wrong by whether the extra
/// partner stands in the primary partner's paragraph, by its distance from
/// the primary partner, by whether the extra partner has a primary pair of
/// its own, by its distance to its paragraph's edge, and by score. `show`
/// prints each wrong extra pair with its sentences' other pairs.
fn why_extra(corpus: &Corpus, cmp: &Comparison, sets: &[Vec<BTreeSet<usize>>], show: bool) {
    use claimdiff::span::Side;
    // Each sentence's paragraph: the blank lines before it.
    let paragraphs: Vec<Vec<usize>> = corpus
        .sources
        .iter()
        .map(|s| {
            let text = &s.doc.text;
            let breaks: Vec<usize> = text.match_indices("\n\n").map(|(k, _)| k).collect();
            s.sentences
                .iter()
                .map(|st| breaks.partition_point(|&b| b < st.span.start))
                .collect()
        })
        .collect();
    // A sentence's distance to the nearest edge of its paragraph.
    let edge = |side: usize, i: usize| {
        let p = &paragraphs[side];
        let before = (0..=i).rev().take_while(|&k| p[k] == p[i]).count() - 1;
        let after = (i..p.len()).take_while(|&k| p[k] == p[i]).count() - 1;
        before.min(after)
    };
    let primary_of = |side: Side, i: usize| {
        cmp.by_sentence
            .get(side)
            .get(i)
            .and_then(|ls| ls.first())
            .map(|&k| &cmp.links[k])
            .filter(|l| l.primary)
    };
    let right = |l: usize, r: usize| sets[0][l].intersection(&sets[1][r]).next().is_some();
    // kind → [right, wrong]
    let mut kinds: BTreeMap<String, [usize; 2]> = BTreeMap::new();
    let mut count = |kind: String, ok: bool| kinds.entry(kind).or_default()[usize::from(!ok)] += 1;
    for l in cmp.links.iter().filter(|l| !l.primary) {
        let (a, b) = (l.sentences.left, l.sentences.right);
        let ok = right(a, b);
        // The split sentence and its primary partner, the extra partner
        // on the other side.
        // Where both have primaries, the split is the side whose primary
        // partner stands nearer the extra partner.
        let (split_side, primary_partner, extra) =
            match (primary_of(Side::Left, a), primary_of(Side::Right, b)) {
                (Some(p), Some(q))
                    if q.sentences.left.abs_diff(a) < p.sentences.right.abs_diff(b) =>
                {
                    (1, q.sentences.left, a)
                }
                (Some(p), _) => (0, p.sentences.right, b),
                (None, Some(p)) => (1, p.sentences.left, a),
                (None, None) => {
                    count("split: neither has a primary".into(), ok);
                    continue;
                }
            };
        if show && !ok {
            let text = |side: usize, i: usize| corpus.sources[side].text(i).to_string();
            println!("wrong extra pair L{a}-R{b}, score {:.2}", l.score);
            println!("  L{a}: {}", text(0, a));
            println!("  R{b}: {}", text(1, b));
            for (side, i) in [(Side::Left, a), (Side::Right, b)] {
                for &k in &cmp.by_sentence.get(side)[i] {
                    let s = cmp.links[k].sentences;
                    if s == l.sentences {
                        continue;
                    }
                    let (o, name, other) = match side {
                        Side::Left => (s.right, "R", 1),
                        Side::Right => (s.left, "L", 0),
                    };
                    println!(
                        "    {} also {}{o} ({}, {:.2}): {}",
                        if side == Side::Left { "left" } else { "right" },
                        name,
                        if cmp.links[k].primary {
                            "primary"
                        } else {
                            "extra"
                        },
                        cmp.links[k].score,
                        text(other, o)
                    );
                }
            }
        }
        let other = 1 - split_side;
        count(format!("split on side {split_side}"), ok);
        let same = paragraphs[other][extra] == paragraphs[other][primary_partner];
        count(
            format!("extra partner in primary partner's paragraph: {same}"),
            ok,
        );
        let d = extra.abs_diff(primary_partner);
        count(format!("distance to primary partner: {d}"), ok);
        let own = primary_of(if other == 0 { Side::Left } else { Side::Right }, extra);
        let own = match own {
            None => "none".to_string(),
            Some(o) => {
                let (ol, or) = (o.sentences.left, o.sentences.right);
                let split = if split_side == 0 { a } else { b };
                let theirs = if split_side == 0 { ol } else { or };
                format!(
                    "{} its own partner {} from the split sentence",
                    if right(ol, or) { "right" } else { "wrong" },
                    theirs.abs_diff(split).min(3)
                )
            }
        };
        count(format!("extra partner's own primary: {own}"), ok);
        if own == "none" {
            // The extra partner's other pairs, all extra: is this its best?
            let side = if other == 0 { Side::Left } else { Side::Right };
            let links = &cmp.by_sentence.get(side)[extra];
            let best = links
                .iter()
                .map(|&k| cmp.links[k].score)
                .fold(0.0f32, f32::max);
            count(
                format!(
                    "extra partner without a primary: {} pairs, {}",
                    links.len().min(3),
                    if l.score >= best {
                        "its best"
                    } else {
                        "not its best"
                    }
                ),
                ok,
            );
        }
        count(
            format!(
                "extra partner from paragraph edge: {}",
                edge(other, extra).min(3)
            ),
            ok,
        );
        count(
            format!(
                "split sentence from paragraph edge: {}",
                edge(split_side, if split_side == 0 { a } else { b }).min(3)
            ),
            ok,
        );
        count(format!("score: {:.1}", (l.score * 10.0).floor() / 10.0), ok);
    }
    for (k, [r, w]) in &kinds {
        println!("extra pairs, {k}: {r} right, {w} wrong");
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let files: Vec<&String> = args.iter().filter(|a| a.ends_with(".tsv")).collect();
    if files.len() != 2 {
        eprintln!(
            "usage: parallel LEFT.tsv RIGHT.tsv [--bytes N] [--shuffle] [--why [--wrong-extra]]"
        );
        std::process::exit(2);
    }
    let bytes: Option<usize> = args
        .iter()
        .position(|a| a == "--bytes")
        .and_then(|i| args.get(i + 1)?.parse().ok());
    let shuffle = args.iter().any(|a| a == "--shuffle");

    let (left, right) = (chapters(&read(files[0])), chapters(&read(files[1])));
    let mut size = 0;
    let left: Vec<_> = left
        .iter()
        .take_while(|(_, vs)| {
            let go = bytes.is_none_or(|b| size < b);
            size += vs.iter().map(|v| v.1.len() + 1).sum::<usize>();
            go
        })
        .collect();
    let kept: BTreeSet<&str> = left.iter().map(|(c, _)| c.as_str()).collect();
    let mut right: Vec<_> = right
        .iter()
        .filter(|(c, _)| bytes.is_none() || kept.contains(c.as_str()))
        .collect();
    if shuffle {
        // A fixed order: Fisher-Yates on a small linear congruential generator.
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        for i in (1..right.len()).rev() {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            right.swap(i, (state >> 33) as usize % (i + 1));
        }
    }
    let mut ids = BTreeMap::new();
    let built = [build(&left, &mut ids), build(&right, &mut ids)];

    let t = Instant::now();
    let corpus = Corpus::new(vec![
        Document::from_text("left", &built[0].text),
        Document::from_text("right", &built[1].text),
    ]);
    let cmp = corpus.compare(0, 1);
    let took = t.elapsed();

    let sets: Vec<Vec<BTreeSet<usize>>> = corpus
        .sources
        .iter()
        .zip(&built)
        .map(|(s, b)| {
            s.sentences
                .iter()
                .map(|st| covered(b, st.span.start, st.span.end))
                .collect()
        })
        .collect();
    let mut right_of = [(0usize, 0usize), (0, 0)];
    let mut found: BTreeSet<usize> = BTreeSet::new();
    for l in &cmp.links {
        let (a, b) = (&sets[0][l.sentences.left], &sets[1][l.sentences.right]);
        let shared: Vec<usize> = a.intersection(b).copied().collect();
        let k = usize::from(!l.primary);
        right_of[k].1 += 1;
        if !shared.is_empty() {
            right_of[k].0 += 1;
            found.extend(shared);
        }
    }
    if args.iter().any(|a| a == "--why") {
        why_wrong(&corpus, &cmp, &sets);
        why_extra(
            &corpus,
            &cmp,
            &sets,
            args.iter().any(|a| a == "--wrong-extra"),
        );
    }
    let on_both: BTreeSet<usize> = built[0]
        .verses
        .iter()
        .map(|v| v.2)
        .collect::<BTreeSet<_>>()
        .intersection(&built[1].verses.iter().map(|v| v.2).collect())
        .copied()
        .collect();
    if args.iter().any(|a| a == "--why") {
        let lost: BTreeSet<usize> = on_both.difference(&found).copied().collect();
        let mut book = BTreeMap::new();
        for (k, &id) in &ids {
            book.insert(id, k.split('.').next().unwrap_or("").to_string());
        }
        why_lost(&cmp, &sets, &lost, &book);
        // Lost verses by their distance, in verses, to their chapter's
        // first or last verse: the seams `--shuffle` makes.
        let mut last: BTreeMap<&str, usize> = BTreeMap::new();
        for k in ids.keys() {
            if let Some(n) = k.rsplit('.').next().and_then(|n| n.parse().ok()) {
                let e = last.entry(chapter(k)).or_default();
                *e = (*e).max(n);
            }
        }
        let mut by_edge: BTreeMap<usize, usize> = BTreeMap::new();
        for (k, id) in &ids {
            let n: Option<usize> = k.rsplit('.').next().and_then(|n| n.parse().ok());
            if let (Some(n), true) = (n, lost.contains(id)) {
                let d = n.saturating_sub(1).min(last[chapter(k)] - n).min(3);
                *by_edge.entry(d).or_default() += 1;
            }
        }
        let edges: Vec<String> = by_edge
            .iter()
            .map(|(d, n)| format!("{d}{}: {n}", if *d == 3 { "+" } else { "" }))
            .collect();
        println!(
            "lost verses by distance to their chapter's first or last verse: {}",
            edges.join(", ")
        );
    }
    let share = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    println!(
        "{} / {} bytes, {} / {} sentences{}: {:.1} s",
        built[0].text.len(),
        built[1].text.len(),
        corpus.sources[0].sentences.len(),
        corpus.sources[1].sentences.len(),
        if shuffle { ", right shuffled" } else { "" },
        took.as_secs_f64()
    );
    println!(
        "primary pairs {} precision {:.3}; extra pairs {} precision {:.3}; overall precision {:.3}; verses found {:.3} of {}",
        right_of[0].1,
        share(right_of[0].0, right_of[0].1),
        right_of[1].1,
        share(right_of[1].0, right_of[1].1),
        share(right_of[0].0 + right_of[1].0, right_of[0].1 + right_of[1].1),
        share(found.intersection(&on_both).count(), on_both.len()),
        on_both.len()
    );
}
