//! What each action does to the state. No terminal here: tests drive it with
//! key strings and look at the state.

use ratatui::crossterm::event::KeyEvent;

use super::action::Action;
use super::app::{App, Filter, Popup, Search, View};
use super::export;
use super::keymap;
use super::layout::{self, Areas};
use crate::align::State;
use crate::span::Side;

/// The action a key asks for in the app's current mode.
pub fn action_for_key(app: &App, key: KeyEvent) -> Option<Action> {
    if app.prompt.is_some() {
        keymap::prompt_action_for(key)
    } else if app.search.as_ref().is_some_and(|s| s.editing) {
        keymap::search_action_for(key)
    } else {
        keymap::action_for(key)
    }
}

/// Feed a key; returns whether it did anything.
pub fn key(app: &mut App, key: KeyEvent) -> bool {
    match action_for_key(app, key) {
        Some(a) => {
            update(app, a);
            true
        }
        None => false,
    }
}

pub fn update(app: &mut App, action: Action) {
    app.message = None;
    if let Action::Resize { width, height } = action {
        app.size = (width, height);
        keep_cursor_visible(app);
        return;
    }
    if matches!(action, Action::Quit) {
        app.quit = true;
        return;
    }
    if app.prompt.is_some() {
        prompt_action(app, action);
        return;
    }
    if let Some(popup) = app.popup {
        popup_action(app, popup, action);
        return;
    }
    match action {
        Action::SearchChar(c) => edit_search(app, |q| q.push(c)),
        Action::SearchBackspace => edit_search(app, |q| {
            q.pop();
        }),
        Action::SearchDeleteWord => edit_search(app, delete_word),
        Action::SearchClear => edit_search(app, String::clear),
        Action::SearchConfirm => {
            if let Some(s) = &mut app.search {
                s.editing = false;
                if s.query.is_empty() {
                    app.search = None;
                }
            }
        }
        Action::SearchCancel => app.search = None,
        Action::Export => match export::ready(app) {
            Ok(_) => app.prompt = Some(export::suggested_name(app)),
            Err(why) => app.message = Some(why),
        },
        Action::Help => {
            app.popup = Some(Popup::Help);
            app.help_scroll = 0;
        }
        Action::CycleView => {
            app.view = match app.view {
                View::Pairs => View::Facts,
                View::Facts => View::Matrix,
                View::Matrix => View::Pairs,
            };
        }
        Action::Back => {
            if app.search.is_some() {
                app.search = None;
            } else if app.view != View::Pairs {
                app.view = View::Pairs;
            } else {
                app.quit = true;
            }
        }
        _ if app.view != View::Pairs && pair_view_only(action) => {
            if let Some(b) = keymap::binding_for(action) {
                let key = b.shown.split(' ').next().unwrap_or(b.shown);
                app.message = Some(format!("{key} works in the pair view (v goes there)"));
            }
        }
        _ => match app.view {
            View::Pairs => pairs_action(app, action),
            View::Facts => facts_action(app, action),
            View::Matrix => matrix_action(app, action),
        },
    }
}

/// Keys while the export file name is typed.
fn prompt_action(app: &mut App, action: Action) {
    let Some(name) = app.prompt.as_mut() else {
        return;
    };
    match action {
        Action::PromptChar(c) if !c.is_control() => name.push(c),
        Action::PromptBackspace => {
            name.pop();
        }
        Action::PromptDeleteWord => delete_word(name),
        Action::PromptClear => name.clear(),
        Action::PromptCancel => app.prompt = None,
        // A name refused (taken, an article, a directory that cannot be
        // written) stays in the prompt to be mended; esc still cancels.
        Action::PromptConfirm => {
            let name = name.clone();
            app.message = Some(match export_to(app, &name) {
                Ok(path) => {
                    app.prompt = None;
                    format!("exported to {}", path.display())
                }
                Err(why) => why,
            });
        }
        _ => {}
    }
}

/// Ctrl-W as a shell has it: the spaces before the end, then the word
/// before them. In a file name a slash ends a word too, so that one
/// press takes back the last part of a path.
fn delete_word(text: &mut String) {
    let kept = text.trim_end_matches(' ').len();
    text.truncate(kept);
    let start = text
        .char_indices()
        .rev()
        .find(|&(i, c)| c == ' ' || (c == '/' && i + 1 < kept))
        .map_or(0, |(i, c)| i + c.len_utf8());
    text.truncate(start);
}

fn export_to(app: &App, name: &str) -> Result<std::path::PathBuf, String> {
    let content = export::content(app, export::Format::of(name))?;
    let articles: Vec<&str> = app
        .corpus
        .iter()
        .flat_map(|c| c.sources.iter().map(|s| s.doc.source.as_str()))
        .collect();
    export::write_new(name, &content, &articles)
}

/// A key of the pair view only (swap, search, divergences, …).
fn pair_view_only(action: Action) -> bool {
    keymap::binding_for(action).is_some_and(|b| b.views == keymap::Views::Pairs)
}

fn popup_action(app: &mut App, popup: Popup, action: Action) {
    // Not past the popup's last line (see `App::scroll_room`).
    let room = app.scroll_room.get();
    let scroll = match popup {
        Popup::Help => &mut app.help_scroll,
        Popup::Detail => &mut app.detail_scroll,
    };
    match action {
        Action::Down | Action::ScrollDown => *scroll = scroll.saturating_add(1).min(room),
        Action::Up | Action::ScrollUp => *scroll = (*scroll).min(room).saturating_sub(1),
        Action::PageDown => *scroll = scroll.saturating_add(10).min(room),
        Action::PageUp => *scroll = (*scroll).min(room).saturating_sub(10),
        Action::Top => *scroll = 0,
        Action::Help if popup == Popup::Detail => {
            app.popup = Some(Popup::Help);
            app.help_scroll = 0;
        }
        Action::Back | Action::Open | Action::Help | Action::Click { .. } => app.popup = None,
        _ => {}
    }
}

fn edit_search(app: &mut App, f: impl FnOnce(&mut String)) {
    let s = app.search.get_or_insert_with(Search::default);
    f(&mut s.query);
    let typed = !s.query.is_empty();
    // Jump to the first hit as the query grows, from the row we are on.
    if typed && !app.selected_row().is_some_and(|r| hits(app, r)) {
        seek(app, hits, 1, true);
    }
}

fn pairs_action(app: &mut App, action: Action) {
    let moves_rows = !matches!(
        action,
        Action::ToggleFocus
            | Action::Focus(_)
            | Action::NextSource
            | Action::PrevSource
            | Action::PickSource(_)
            | Action::Swap
    );
    if moves_rows && app.current().is_none() {
        app.message = Some("still aligning these two sources".into());
        return;
    }
    let n = app.rows().len();
    let page = page_rows(app);
    match action {
        Action::Down | Action::ScrollDown => move_to(app, app.cursor + 1),
        Action::Up | Action::ScrollUp => move_to(app, app.cursor.saturating_sub(1)),
        Action::PageDown => move_to(app, app.cursor + page),
        Action::PageUp => move_to(app, app.cursor.saturating_sub(page)),
        Action::Top => move_to(app, 0),
        Action::Bottom => move_to(app, n.saturating_sub(1)),
        Action::ToggleFocus => app.focus = app.focus.other(),
        Action::Focus(side) => app.focus = side,
        Action::NextSource => cycle_source(app, 1),
        Action::PrevSource => cycle_source(app, -1),
        Action::PickSource(i) => pick_source(app, i),
        Action::Swap => {
            app.sides = app.sides.swap();
            // This order may never have been shown: ask for it.
            app.request_current();
            reset_rows(app);
        }
        Action::Next | Action::Prev => {
            let dir = if action == Action::Next { 1 } else { -1 };
            let found = if app.searching() {
                seek(app, hits, dir, false)
            } else {
                seek(app, |app, r| has_state(app, r, State::Diverge), dir, false)
            };
            if !found {
                app.message = Some(
                    if app.searching() {
                        "no more search hits"
                    } else {
                        "no more divergences"
                    }
                    .into(),
                );
            }
        }
        Action::NextUnique | Action::PrevUnique => {
            let dir = if action == Action::NextUnique { 1 } else { -1 };
            if !seek(app, |app, r| has_state(app, r, State::Unique), dir, false) {
                app.message = Some("no more unique sentences".into());
            }
        }
        Action::Partner => jump_to_partner(app),
        Action::StartSearch => {
            app.search = Some(Search {
                query: String::new(),
                editing: true,
            })
        }
        Action::CycleFilter => {
            let selected = app.selected_row();
            app.filter = match app.filter {
                Filter::All => Filter::Diverge,
                Filter::Diverge => Filter::Match,
                Filter::Match => Filter::Unique,
                Filter::Unique => Filter::All,
            };
            // Stay on the same row when the new filter keeps it.
            let rows = app.rows();
            app.cursor = selected
                .and_then(|r| rows.iter().position(|&x| x >= r))
                .unwrap_or(0);
            app.top = 0;
            keep_cursor_visible(app);
        }
        Action::Open if app.selected_sentence().is_some() => {
            app.popup = Some(Popup::Detail);
            app.detail_scroll = 0;
        }
        Action::Click { column, row } => click(app, column, row),
        _ => {}
    }
}

fn facts_action(app: &mut App, action: Action) {
    let Some(facts) = app.facts.clone() else {
        return;
    };
    let sources = app.sources();
    let (r, c) = app.fact_cursor;
    match action {
        Action::Down | Action::ScrollDown => {
            app.fact_cursor.0 = (r + 1).min(facts.len().saturating_sub(1))
        }
        Action::Up | Action::ScrollUp => app.fact_cursor.0 = r.saturating_sub(1),
        Action::Top => app.fact_cursor.0 = 0,
        Action::Bottom => app.fact_cursor.0 = facts.len().saturating_sub(1),
        Action::PageDown => app.fact_cursor.0 = (r + 10).min(facts.len().saturating_sub(1)),
        Action::PageUp => app.fact_cursor.0 = r.saturating_sub(10),
        Action::Focus(Side::Right) | Action::NextSource | Action::ToggleFocus => {
            app.fact_cursor.1 = (c + 1).min(sources.saturating_sub(1))
        }
        Action::Focus(Side::Left) | Action::PrevSource => app.fact_cursor.1 = c.saturating_sub(1),
        Action::Open => {
            let Some(fact) = facts.get(r) else { return };
            let Some(value) = fact
                .values
                .iter()
                .find(|v| v.source == c)
                .or_else(|| fact.values.first())
            else {
                return;
            };
            let other = fact
                .values
                .iter()
                .find(|v| v.source != value.source)
                .map_or((value.source + 1) % sources.max(1), |v| v.source);
            app.sides.left = value.source;
            app.sides.right = other;
            app.focus = Side::Left;
            app.filter = Filter::All;
            app.view = View::Pairs;
            app.request_current();
            reset_rows(app);
            go_to_sentence(app, Side::Left, value.sentence);
        }
        _ => {}
    }
}

fn matrix_action(app: &mut App, action: Action) {
    let n = app.sources();
    let (r, c) = app.matrix_cursor;
    match action {
        Action::Down | Action::ScrollDown => app.matrix_cursor.0 = (r + 1).min(n.saturating_sub(1)),
        Action::Up | Action::ScrollUp => app.matrix_cursor.0 = r.saturating_sub(1),
        Action::Focus(Side::Right) | Action::NextSource | Action::ToggleFocus => {
            app.matrix_cursor.1 = (c + 1).min(n.saturating_sub(1))
        }
        Action::Focus(Side::Left) | Action::PrevSource => app.matrix_cursor.1 = c.saturating_sub(1),
        Action::Top | Action::PageUp => app.matrix_cursor.0 = 0,
        Action::Bottom | Action::PageDown => app.matrix_cursor.0 = n.saturating_sub(1),
        Action::Open if r != c => {
            app.sides.left = r;
            app.sides.right = c;
            app.view = View::Pairs;
            app.request_current();
            reset_rows(app);
        }
        _ => {}
    }
}

/// Show source `i` on the focused side; if the other side shows it, swap.
fn pick_source(app: &mut App, i: usize) {
    let n = app.sources();
    if i >= n {
        app.message = Some(format!("there are {n} sources"));
        return;
    }
    let f = app.focus;
    if *app.sides.get(f.other()) == i {
        app.sides = app.sides.swap();
    } else {
        *app.sides.get_mut(f) = i;
    }
    app.request_current();
    reset_rows(app);
}

fn cycle_source(app: &mut App, step: isize) {
    let n = app.sources() as isize;
    if n < 2 {
        return;
    }
    let f = app.focus;
    let other = *app.sides.get(f.other()) as isize;
    let mut next = *app.sides.get(f) as isize;
    loop {
        next = (next + step).rem_euclid(n);
        if next != other {
            break;
        }
    }
    *app.sides.get_mut(f) = next as usize;
    app.request_current();
    reset_rows(app);
}

fn reset_rows(app: &mut App) {
    app.cursor = 0;
    app.top = 0;
}

fn move_to(app: &mut App, k: usize) {
    let n = app.rows().len();
    app.cursor = k.min(n.saturating_sub(1));
    keep_cursor_visible(app);
}

/// Rows that fit on a page from the top, at least one.
fn page_rows(app: &App) -> usize {
    let areas = Areas::of(app.size);
    layout::visible_rows(app, &areas)
        .len()
        .saturating_sub(1)
        .max(1)
}

/// Scroll so that the cursor's row is on screen.
pub fn keep_cursor_visible(app: &mut App) {
    let rows = app.rows();
    if rows.is_empty() {
        app.cursor = 0;
        app.top = 0;
        return;
    }
    app.cursor = app.cursor.min(rows.len() - 1);
    if app.cursor < app.top {
        app.top = app.cursor;
        return;
    }
    let areas = Areas::of(app.size);
    let space = areas.inner(Side::Left).height.max(1) as usize;
    // Walk up from the cursor while rows fit: the cost is one screen of
    // rows however far the cursor jumped.
    let mut used = 0;
    let mut first = app.cursor;
    loop {
        used += layout::row_height(app, &areas, rows[first]);
        if used > space || first == app.top {
            break;
        }
        first -= 1;
    }
    if used > space && first < app.cursor {
        first += 1;
    }
    app.top = app.top.max(first);
}

fn has_state(app: &App, row: usize, state: State) -> bool {
    let Some(cmp) = app.current() else {
        return false;
    };
    let Some(r) = cmp.rows.get(row) else {
        return false;
    };
    [Side::Left, Side::Right]
        .iter()
        .any(|&s| r.cells.get(s).is_some_and(|i| cmp.state(s, i) == state))
}

fn hits(app: &App, row: usize) -> bool {
    app.row_hits(row)
}

/// Move to the next (dir 1) or previous (dir -1) filtered row whose
/// comparison row passes `test`, wrapping around when `wrap` is set.
fn seek(app: &mut App, test: impl Fn(&App, usize) -> bool, dir: isize, wrap: bool) -> bool {
    let rows = app.rows();
    let n = rows.len() as isize;
    if n == 0 {
        return false;
    }
    let mut k = app.cursor as isize;
    for _ in 0..n {
        k += dir;
        if k < 0 || k >= n {
            if !wrap {
                return false;
            }
            k = k.rem_euclid(n);
        }
        if test(app, rows[k as usize]) {
            app.cursor = k as usize;
            keep_cursor_visible(app);
            return true;
        }
    }
    false
}

fn jump_to_partner(app: &mut App) {
    let Some((side, sentence)) = app.selected_sentence() else {
        return;
    };
    let Some(cmp) = app.current().cloned() else {
        return;
    };
    let Some(&first) = cmp
        .by_sentence
        .get(side)
        .get(sentence)
        .and_then(|l| l.first())
    else {
        app.message = Some("this sentence has no partner".into());
        return;
    };
    let partner = *cmp.links[first].sentences.get(side.other());
    app.focus = side.other();
    go_to_sentence(app, side.other(), partner);
}

/// Put the cursor on the row that holds `sentence` of `side`, clearing a
/// filter that hides it.
fn go_to_sentence(app: &mut App, side: Side, sentence: usize) {
    let Some(cmp) = app.current().cloned() else {
        return;
    };
    let Some(&row) = cmp.row_of.get(side).get(sentence) else {
        return;
    };
    if !app.rows().contains(&row) {
        app.filter = Filter::All;
    }
    app.cursor = app.rows().iter().position(|&r| r == row).unwrap_or(0);
    keep_cursor_visible(app);
}

fn click(app: &mut App, column: u16, y: u16) {
    let areas = Areas::of(app.size);
    let side = if column < areas.right.x {
        Side::Left
    } else {
        Side::Right
    };
    let inner = areas.inner(side);
    if y < inner.y || y >= inner.y + inner.height {
        return;
    }
    app.focus = side;
    let line = y - inner.y;
    for (k, top, h) in layout::visible_rows(app, &areas) {
        if line >= top && line < top.saturating_add(h) {
            app.cursor = k;
            keep_cursor_visible(app);
            return;
        }
    }
}
