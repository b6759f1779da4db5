//! The interface without a terminal: keys fed as strings to `update`, screens
//! drawn into a `TestBackend` and kept as readable snapshots, styles checked
//! cell by cell.

use claimdiff::align::State;
use claimdiff::corpus::Corpus;
use claimdiff::document::Document;
use claimdiff::span::Side;
use claimdiff::tui::app::{App, Filter, Popup, View};
use claimdiff::tui::keymap::{self, parse_keys};
use claimdiff::tui::theme::Theme;
use claimdiff::tui::{action::Action, ui, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

fn app() -> App {
    app_of(Document::seeds())
}

/// The interface on these articles, 100 by 30, their first pair aligned.
fn app_of(docs: Vec<Document>) -> App {
    let mut app = App::new(Corpus::new(docs), Theme::load(None, false).unwrap());
    app.size = (100, 30);
    app.request_current();
    app
}

fn press(app: &mut App, keys: &str) {
    for k in parse_keys(keys) {
        update::key(app, k);
    }
}

fn draw(app: &App) -> Buffer {
    let mut t = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    t.draw(|f| ui::render(app, f)).unwrap();
    t.backend().buffer().clone()
}

/// The screen as text, one line a row, trailing blanks trimmed.
fn screen(b: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..b.area.height {
        let line: String = (0..b.area.width)
            .map(|x| b[(x, y)].symbol().to_string())
            .collect();
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Where `needle` first starts on screen, below the headers.
fn find(b: &Buffer, needle: &str) -> Option<(u16, u16)> {
    let first = needle.chars().next()?;
    for y in 1..b.area.height {
        for x in 0..b.area.width {
            if b[(x, y)].symbol().starts_with(first) {
                let got: String = (0..needle.chars().count() as u16)
                    .filter(|&i| x + i < b.area.width)
                    .map(|i| b[(x + i, y)].symbol().to_string())
                    .collect();
                if got == needle {
                    return Some((x, y));
                }
            }
        }
    }
    None
}

#[test]
fn opens_on_the_first_two_sources_with_the_toll_divergence_in_view() {
    let app = app();
    let b = draw(&app);
    let s = screen(&b);
    assert!(s.contains("000 ·") && s.contains("001 ·"), "{s}");
    assert!(s.contains("144 individuals") && s.contains("Over 130 lives"));
    assert!(s.contains("≠ number: 144 individuals vs Over 130 lives (compatible)"));
}

#[test]
fn next_divergence_and_unique() {
    let mut app = app();
    press(&mut app, "4<tab>5");
    assert_eq!((app.sides.left, app.sides.right), (3, 4));
    // n visits every diverging row in order, then says there are no more.
    let cmp = app.current().unwrap().clone();
    let diverging: Vec<usize> = app
        .rows()
        .iter()
        .enumerate()
        .filter(|(_, r)| {
            let r = &cmp.rows[**r];
            [Side::Left, Side::Right].iter().any(|&s| {
                r.cells
                    .get(s)
                    .is_some_and(|i| cmp.state(s, i) == State::Diverge)
            })
        })
        .map(|(k, _)| k)
        .collect();
    assert!(diverging.len() >= 2, "{diverging:?}");
    let mut visited = Vec::new();
    if diverging[0] == 0 {
        visited.push(0);
    }
    for _ in 0..diverging.len() + 2 {
        press(&mut app, "n");
        if app.message.is_none() {
            visited.push(app.cursor);
        }
    }
    assert_eq!(visited, diverging);
    assert_eq!(app.message.as_deref(), Some("no more divergences"));
    press(&mut app, "N");
    assert_eq!(app.cursor, diverging[diverging.len() - 2]);
    // u lands on a row with a unique sentence.
    press(&mut app, "gu");
    let cmp = app.current().unwrap().clone();
    let r = &cmp.rows[app.selected_row().unwrap()];
    assert!([Side::Left, Side::Right].iter().any(|&s| {
        r.cells
            .get(s)
            .is_some_and(|i| cmp.state(s, i) == State::Unique)
    }));
}

#[test]
fn sources_cycle_pick_and_swap() {
    let mut app = app();
    press(&mut app, "]");
    assert_eq!(
        (app.sides.left, app.sides.right),
        (2, 1),
        "the right side's source is skipped"
    );
    press(&mut app, "<tab>]");
    assert_eq!(app.focus, Side::Right);
    assert_eq!((app.sides.left, app.sides.right), (2, 3));
    press(&mut app, "[[");
    assert_eq!(
        app.sides.right, 0,
        "[ goes back, skipping the left side's source"
    );
    press(&mut app, "s");
    assert_eq!((app.sides.left, app.sides.right), (0, 2));
    press(&mut app, "h5");
    assert_eq!(app.sides.left, 4);
    press(&mut app, "3");
    assert_eq!(
        (app.sides.left, app.sides.right),
        (2, 4),
        "picking the other side's source swaps"
    );
    assert!(app.current().is_some(), "the new pair is compared at once");
}

#[test]
fn filter_shows_only_that_state() {
    let mut app = app();
    press(&mut app, "f");
    assert_eq!(app.filter, Filter::Diverge);
    let rows = app.rows();
    assert!(!rows.is_empty());
    let cmp = app.current().unwrap().clone();
    for &row in rows.iter() {
        let r = &cmp.rows[row];
        assert!([Side::Left, Side::Right].iter().any(|&s| {
            r.cells
                .get(s)
                .is_some_and(|i| cmp.state(s, i) == State::Diverge)
        }));
    }
    press(&mut app, "fff");
    assert_eq!(app.filter, Filter::All);
}

#[test]
fn search_finds_and_steps_through_hits() {
    let mut app = app();
    press(&mut app, "/ukraine");
    assert!(app.search.as_ref().unwrap().editing);
    let first = app.cursor;
    press(&mut app, "<enter>");
    assert!(!app.search.as_ref().unwrap().editing);
    let text = |app: &App| {
        let cmp = app.current().unwrap();
        let r = &cmp.rows[app.selected_row().unwrap()];
        let corpus = app.corpus.as_ref().unwrap();
        [Side::Left, Side::Right]
            .iter()
            .filter_map(|&s| {
                r.cells
                    .get(s)
                    .map(|i| corpus.sources[*cmp.sources.get(s)].text(i).to_lowercase())
            })
            .collect::<String>()
    };
    assert!(text(&app).contains("ukraine"));
    press(&mut app, "n");
    assert!(
        app.cursor > first && text(&app).contains("ukraine"),
        "n goes to the next hit while searching"
    );
    press(&mut app, "<esc>");
    assert!(app.search.is_none());
    assert!(!app.quit, "esc first clears the search");
}

#[test]
fn partner_of_a_moved_sentence() {
    let mut app = app();
    let cmp = app.current().unwrap().clone();
    // Find a moved sentence on the right side.
    let (sentence, link) = (0..cmp.row_of.right.len())
        .find_map(|i| cmp.moved_link(Side::Right, i).map(|l| (i, l.clone())))
        .expect("the seeds have a moved pair");
    app.focus = Side::Right;
    app.cursor = app
        .rows()
        .iter()
        .position(|&r| r == cmp.row_of.right[sentence])
        .unwrap();
    press(&mut app, "m");
    assert_eq!(app.focus, Side::Left);
    assert_eq!(
        app.selected_sentence(),
        Some((Side::Left, link.sentences.left))
    );
}

#[test]
fn popups_and_quitting() {
    let mut app = app();
    press(&mut app, "?");
    assert_eq!(app.popup, Some(Popup::Help));
    press(&mut app, "<esc>");
    assert_eq!(app.popup, None);
    press(&mut app, "<enter>");
    assert_eq!(app.popup, Some(Popup::Detail));
    press(&mut app, "jj<esc>");
    assert_eq!(app.popup, None);
    assert!(!app.quit);
    press(&mut app, "<esc>");
    assert!(app.quit, "esc with nothing open quits");
    let mut app2 = self::app();
    press(&mut app2, "q");
    assert!(app2.quit);
    let mut app3 = self::app();
    press(&mut app3, "/abc<c-c>");
    assert!(app3.quit, "ctrl-c quits even while typing a search");
}

#[test]
fn views_cycle_and_open() {
    let mut app = app();
    app.compare_everything_now();
    press(&mut app, "v");
    assert_eq!(app.view, View::Facts);
    // The first fact is the death toll; open 004's value.
    let facts = app.facts.clone().unwrap();
    assert_eq!(facts[0].measure, "people:dead");
    press(&mut app, "llll<enter>");
    assert_eq!(app.view, View::Pairs);
    assert_eq!(app.sides.left, 4);
    let v = facts[0].values.iter().find(|v| v.source == 4).unwrap();
    assert_eq!(app.selected_sentence(), Some((Side::Left, v.sentence)));
    press(&mut app, "vv");
    assert_eq!(app.view, View::Matrix);
    // The matrix cursor starts on 000 × 001; down twice, right twice: 002 × 003.
    press(&mut app, "jjll<enter>");
    assert_eq!(app.view, View::Pairs);
    assert_eq!((app.sides.left, app.sides.right), (2, 3));
}

#[test]
fn mouse_click_selects_and_wheel_scrolls() {
    let mut app = app();
    let b = draw(&app);
    let (x, y) = find(&b, "He has urged").expect("second left sentence on screen");
    update::update(&mut app, Action::Click { column: x, row: y });
    assert_eq!(app.selected_sentence(), Some((Side::Left, 1)));
    let before = app.cursor;
    update::update(&mut app, Action::ScrollDown);
    assert_eq!(app.cursor, before + 1);
}

#[test]
fn pair_view_snapshot_and_styles() {
    let app = app();
    let b = draw(&app);
    insta::assert_snapshot!("pair_view", screen(&b));
    let theme = Theme::load(None, false).unwrap();
    // The figures that differ carry the emphasis style on both sides.
    let (x, y) = find(&b, "144").unwrap();
    assert_eq!(
        b[(x, y)].bg,
        theme.emphasis.bg.unwrap(),
        "144 is emphasised"
    );
    let (x, y) = find(&b, "Over 130").unwrap();
    assert_eq!(b[(x, y)].bg, theme.emphasis.bg.unwrap());
    // The glyph of the diverging row is drawn in the diverge colour.
    let (x, y) = find(&b, "≠ President").unwrap();
    assert_eq!(b[(x, y)].fg, theme.diverge.fg.unwrap());
    // A unique sentence in the unique colour.
    let (x, y) = find(&b, "+ He has urged").unwrap();
    assert_eq!(b[(x, y)].fg, theme.unique.fg.unwrap());
}

#[test]
fn no_color_keeps_the_glyphs_and_drops_the_colours() {
    let mut app = app();
    app.theme = Theme::load(None, true).unwrap();
    let b = draw(&app);
    assert!(screen(&b).contains("≠ President"));
    for y in 0..b.area.height {
        for x in 0..b.area.width {
            let c = &b[(x, y)];
            assert!(
                matches!(c.fg, ratatui::style::Color::Reset)
                    && matches!(c.bg, ratatui::style::Color::Reset),
                "colour at {x},{y}"
            );
        }
    }
}

#[test]
fn other_screens_snapshot() {
    let mut app = app();
    app.compare_everything_now();
    press(&mut app, "?");
    insta::assert_snapshot!("help", screen(&draw(&app)));
    press(&mut app, "<esc><enter>");
    insta::assert_snapshot!("detail", screen(&draw(&app)));
    press(&mut app, "<esc>v");
    insta::assert_snapshot!("facts", screen(&draw(&app)));
    press(&mut app, "v");
    insta::assert_snapshot!("matrix", screen(&draw(&app)));
    app.size = (30, 8);
    insta::assert_snapshot!("too_small", screen(&draw(&app)));
}

#[test]
fn any_size_draws_without_panicking() {
    let mut app = app();
    for (w, h) in [
        (1, 1),
        (39, 9),
        (40, 10),
        (41, 11),
        (60, 12),
        (300, 100),
        (120, 40),
    ] {
        update::update(
            &mut app,
            Action::Resize {
                width: w,
                height: h,
            },
        );
        press(&mut app, "jjjn<enter>");
        draw(&app);
        press(&mut app, "<esc>G");
        draw(&app);
    }
}

#[test]
fn keys_in_the_readme_are_generated_from_the_keymap() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).unwrap();
    let (start, end) = ("<!-- keys:start -->\n", "<!-- keys:end -->");
    let a = readme
        .find(start)
        .expect("README has a generated key table")
        + start.len();
    let b = readme.find(end).unwrap();
    let table = keymap::markdown_table();
    if std::env::var_os("UPDATE_README").is_some() {
        std::fs::write(path, format!("{}{}{}", &readme[..a], table, &readme[b..])).unwrap();
        return;
    }
    assert_eq!(
        &readme[a..b],
        table,
        "the README's key table is stale: run UPDATE_README=1 cargo test --test tui keys_in_the_readme"
    );
}

/// 10,000 random actions, each followed by a frame at a random size from
/// 1×1 to 300×100: nothing panics and the cursor stays in range.
#[test]
fn ten_thousand_random_actions() {
    let mut app = app();
    app.compare_everything_now();
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let mut next = |n: u64| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state % n
    };
    let actions = [
        Action::Down,
        Action::Up,
        Action::PageDown,
        Action::PageUp,
        Action::Top,
        Action::Bottom,
        Action::ToggleFocus,
        Action::Focus(Side::Left),
        Action::Focus(Side::Right),
        Action::PrevSource,
        Action::NextSource,
        Action::Swap,
        Action::Next,
        Action::Prev,
        Action::NextUnique,
        Action::PrevUnique,
        Action::Partner,
        Action::StartSearch,
        Action::CycleFilter,
        Action::Open,
        Action::CycleView,
        Action::Help,
        Action::Back,
        Action::SearchBackspace,
        Action::SearchConfirm,
        Action::SearchCancel,
        Action::ScrollDown,
        Action::ScrollUp,
    ];
    let mut terminal = Terminal::new(TestBackend::new(300, 100)).unwrap();
    for _ in 0..10_000 {
        let action = match next(10) {
            0 => Action::Resize {
                width: 1 + next(300) as u16,
                height: 1 + next(100) as u16,
            },
            1 => Action::Click {
                column: next(320) as u16,
                row: next(120) as u16,
            },
            2 => Action::PickSource(next(10) as usize),
            3 => Action::SearchChar(char::from_u32(next(0x3000) as u32).unwrap_or('x')),
            _ => actions[next(actions.len() as u64) as usize],
        };
        update::update(&mut app, action);
        app.quit = false;
        terminal.backend_mut().resize(app.size.0, app.size.1);
        terminal
            .resize(ratatui::layout::Rect::new(0, 0, app.size.0, app.size.1))
            .unwrap();
        terminal.draw(|f| ui::render(&app, f)).unwrap();
        let rows = app.rows().len();
        assert!(
            rows == 0 || app.cursor < rows,
            "cursor {} of {rows}",
            app.cursor
        );
        assert!(app.top <= app.cursor.max(app.top));
    }
}

/// Regression: `s` to an order never shown left "aligning…" on screen for
/// good, because the swap never asked for the comparison.
#[test]
fn swap_from_the_first_screen_shows_the_pair() {
    let mut app = app();
    press(&mut app, "s");
    assert_eq!((app.sides.left, app.sides.right), (1, 0));
    assert!(app.current().is_some(), "the swapped pair is at hand");
    let s = screen(&draw(&app));
    assert!(!s.contains("aligning"), "{s}");
    let header = s.lines().next().unwrap_or_default();
    assert!(
        header.find("001 ·") < header.find("000 ·"),
        "001 now on the left: {header}"
    );
    assert!(s.contains("Over 130 lives"), "{s}");
}

/// The same with the background worker, once it has compared everything:
/// nothing more arrives from it, so the swap must ask by itself.
#[test]
fn swap_after_the_worker_is_done_shows_the_pair() {
    use claimdiff::tui::worker;
    use std::time::{Duration, Instant};
    let (messages, requests) = worker::spawn(Document::seeds());
    let mut app = App::waiting(Theme::load(None, false).unwrap(), Some(requests));
    app.size = (100, 30);
    let deadline = Instant::now() + Duration::from_secs(30);
    let pump = |app: &mut App, until: &dyn Fn(&App) -> bool| {
        while !until(app) {
            let left = deadline.saturating_duration_since(Instant::now());
            match messages.recv_timeout(left.min(Duration::from_secs(2))) {
                Ok(m) => app.receive(m),
                Err(_) => return false,
            }
        }
        true
    };
    assert!(
        pump(&mut app, &|a| a.facts.is_some()),
        "every pair compared"
    );
    press(&mut app, "s");
    assert!(
        pump(&mut app, &|a| a.current().is_some()),
        "the swapped pair appears"
    );
    assert!(!screen(&draw(&app)).contains("aligning"));
}

/// The footer's last line (the key hints), trimmed.
fn hint_line(app: &App) -> String {
    let s = screen(&draw(app));
    let lines: Vec<&str> = s.lines().collect();
    lines[lines.len() - 2].trim_matches(['│', ' ']).to_string()
}

#[test]
fn key_hints_belong_to_the_view_and_are_never_cut() {
    let mut app = app();
    app.compare_everything_now();
    for width in [40u16, 60, 80, 100, 120, 200] {
        app.size = (width, 24);
        for view in ["", "v", "v"] {
            press(&mut app, view);
            let hints = hint_line(&app);
            assert!(
                hints.starts_with("j/k row") && hints.ends_with("? help  q quit"),
                "at {width} columns in {:?}: {hints:?}",
                app.view
            );
            // Every hint is whole: a key, then its words, as the keymap gives them.
            let known: Vec<String> = keymap::hints(app.view)
                .into_iter()
                .map(|h| format!("{} {}", h.keys, h.words))
                .collect();
            for shown in hints.split("  ") {
                assert!(known.contains(&shown.to_string()), "{shown:?} at {width}");
            }
            if app.view != View::Pairs {
                assert!(
                    !hints.contains("swap") && !hints.contains("search"),
                    "{hints}"
                );
            }
        }
        press(&mut app, "v");
        assert_eq!(app.view, View::Pairs);
    }
    app.size = (120, 30);
    press(&mut app, "v");
    press(&mut app, "s");
    assert_eq!(
        (app.sides.left, app.sides.right),
        (0, 1),
        "s does nothing in facts"
    );
    assert!(
        app.message.as_deref().unwrap_or("").contains("pair view"),
        "it says where s works: {:?}",
        app.message
    );
}

#[test]
fn prompts_edit_as_a_shell_line_does() {
    let mut app = app();
    press(&mut app, "/rescue teams<c-w>");
    assert_eq!(app.search.as_ref().unwrap().query, "rescue ");
    press(&mut app, "<c-u>");
    assert_eq!(app.search.as_ref().unwrap().query, "");
    // Another control key types nothing: no stray letter in the query.
    press(&mut app, "moscow<c-a><c-h>");
    assert_eq!(app.search.as_ref().unwrap().query, "mosco");
    // Ctrl with Alt is AltGr on Windows: it types what it makes.
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let altgr = KeyEvent::new(
        KeyCode::Char('\\'),
        KeyModifiers::CONTROL | KeyModifiers::ALT,
    );
    update::key(&mut app, altgr);
    assert_eq!(app.search.as_ref().unwrap().query, "mosco\\");
    press(&mut app, "<esc>");
    app.compare_everything_now();
    press(&mut app, "e<c-u>reports/pair.md<c-w>");
    assert_eq!(app.prompt.as_deref(), Some("reports/"));
    press(&mut app, "<c-w>");
    assert_eq!(app.prompt.as_deref(), Some(""));
    press(&mut app, "<esc>");
    assert!(app.prompt.is_none() && !app.quit);
}

#[test]
fn while_a_search_is_on_n_is_shown_stepping_through_hits() {
    let mut app = app();
    let hints = hint_line;
    assert!(hints(&app).contains("n/N divergence"), "{}", hints(&app));
    // Not while the query is still empty: n then types.
    press(&mut app, "/");
    assert!(hints(&app).contains("n/N divergence"), "{}", hints(&app));
    press(&mut app, "ukraine<enter>");
    assert!(hints(&app).contains("n/N hit"), "{}", hints(&app));
    press(&mut app, "<esc>");
    assert!(hints(&app).contains("n/N divergence"), "{}", hints(&app));
}

#[test]
fn the_footer_shows_the_row_and_the_search_hit() {
    let mut app = app();
    let summary = |app: &App| {
        let s = screen(&draw(app));
        let lines: Vec<&str> = s.lines().collect();
        lines[lines.len() - 3].to_string()
    };
    let n = app.rows().len();
    press(&mut app, "jjjj");
    assert!(
        summary(&app).contains(&format!("row 5/{n}")),
        "{}",
        summary(&app)
    );
    press(&mut app, "g/ukraine<enter>");
    let hits = app.hits();
    assert!(hits.len() >= 2, "the seeds mention Ukraine more than once");
    assert!(
        summary(&app).contains(&format!("hit 1/{}", hits.len())),
        "{}",
        summary(&app)
    );
    press(&mut app, "n");
    assert!(summary(&app).contains(&format!("hit 2/{}", hits.len())));
    assert!(summary(&app).contains(&format!("row {}/{n}", app.cursor + 1)));
    press(&mut app, "<esc>/zzzqqq<enter>");
    assert!(summary(&app).contains("no hits"), "{}", summary(&app));
}

#[test]
fn the_detail_lists_words_as_the_articles_wrote_them() {
    let mut app = app();
    app.size = (160, 70);
    press(&mut app, "<enter>");
    let s = screen(&draw(&app));
    let cmp = app.current().unwrap().clone();
    let corpus = app.corpus.as_ref().unwrap();
    let (side, i) = app.selected_sentence().unwrap();
    let link = &cmp.links[cmp.by_sentence.get(side)[i][0]];
    let written: std::collections::BTreeSet<String> = [Side::Left, Side::Right]
        .iter()
        .flat_map(|&s| {
            corpus.sources[*cmp.sources.get(s)]
                .text(*link.sentences.get(s))
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
        })
        .collect();
    let words = s
        .lines()
        .find_map(|l| l.split_once("  words: ").map(|(_, w)| w.to_string()))
        .expect("the detail lists shared words");
    // The popup's right border ends the line.
    let words = words.split('│').next().unwrap_or_default().trim_end();
    assert!(!link.evidence.words.is_empty());
    for w in words.split(", ").flat_map(|w| w.split(" / ")) {
        assert!(
            written.contains(&w.to_lowercase()),
            "{w:?} is not a word of either sentence (a stem?): {words}"
        );
    }
}

#[test]
fn export_writes_the_pair_and_the_facts_and_never_over_a_file() {
    let dir = std::env::temp_dir().join(format!("claimdiff-tui-export-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let mut app = app();
    app.compare_everything_now();
    press(&mut app, "e");
    assert_eq!(app.prompt.as_deref(), Some("claimdiff-000-001.md"));
    assert!(
        screen(&draw(&app)).contains("export to"),
        "the prompt shows"
    );
    // Replace the offered name with a path in the scratch directory.
    let md = dir.join("pair.md");
    let json = dir.join("pair.json");
    let erase = "<bs>".repeat(40);
    press(&mut app, &format!("{erase}{}<enter>", md.display()));
    assert!(app.prompt.is_none());
    assert!(
        app.message
            .as_deref()
            .unwrap_or("")
            .starts_with("exported to"),
        "{:?}",
        app.message
    );
    let written = std::fs::read_to_string(&md).unwrap();
    assert!(written.starts_with("# 000 ·"), "{written}");
    assert!(written.contains("144 individuals"));
    press(&mut app, &format!("e{erase}{}<enter>", json.display()));
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(v["schema_version"], 1);
    assert!(v["pairs"].as_array().is_some_and(|p| !p.is_empty()));
    // The same name again: refused, the file untouched, the name kept in
    // the prompt to be mended; esc then closes the prompt, not claimdiff.
    press(&mut app, &format!("e{erase}{}<enter>", md.display()));
    assert!(app.message.as_deref().unwrap_or("").contains("exists"));
    assert_eq!(std::fs::read_to_string(&md).unwrap(), written);
    assert_eq!(
        app.prompt.as_deref(),
        Some(md.display().to_string().as_str())
    );
    press(&mut app, "<esc>");
    assert!(app.prompt.is_none() && !app.quit);
    // The facts table.
    let facts = dir.join("facts.md");
    press(&mut app, &format!("ve{erase}{}<enter>", facts.display()));
    let table = std::fs::read_to_string(&facts).unwrap();
    assert!(table.contains("| fact | 000 |"), "{table}");
    // Esc cancels without writing.
    press(
        &mut app,
        &format!("e{erase}{}<esc>", dir.join("never.md").display()),
    );
    assert!(app.prompt.is_none() && !dir.join("never.md").exists());
    // Nothing else in the directory: no temporary file left behind.
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 3);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn two_empty_articles_say_so_not_that_a_filter_hides_their_rows() {
    let mut app = app_of(vec![
        Document::from_text("a.txt", ""),
        Document::from_text("b.txt", "  \n"),
    ]);
    let s = screen(&draw(&app));
    assert!(s.contains("both articles are empty"), "{s}");
    // A filter that hides every row says which.
    press(&mut app, "f");
    let s = screen(&draw(&app));
    assert!(s.contains("no diverge rows in this pair"), "{s}");
}

#[test]
fn a_popup_scrolls_no_further_than_its_last_line() {
    let mut app = app();
    press(&mut app, "?");
    draw(&app);
    for _ in 0..300 {
        press(&mut app, "j");
        draw(&app);
    }
    let bottom = screen(&draw(&app));
    assert!(bottom.contains("Glyphs:"), "{bottom}");
    // Held at the end, one key up scrolls at once.
    press(&mut app, "k");
    assert_ne!(screen(&draw(&app)), bottom);
    // A detail shorter than its window does not scroll at all.
    press(&mut app, "<esc>");
    let mut app = app_of(vec![
        Document::from_text("a.txt", "The ferry sank on Saturday.\n"),
        Document::from_text("b.txt", "Rescuers searched the strait.\n"),
    ]);
    press(&mut app, "<enter>");
    let top = screen(&draw(&app));
    assert!(top.contains("detail"), "{top}");
    press(&mut app, "jjjj");
    assert_eq!(screen(&draw(&app)), top);
}
