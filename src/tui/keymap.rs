//! The one keymap table. The footer hints, the `?` help and the key table in
//! the README are all generated from [`BINDINGS`]; nothing else names a key.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::Action;
use super::app::View;
use crate::span::Side;

/// A key as the table writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Char(char),
    Ctrl(char),
    Code(KeyCode),
    /// The digits 1–9.
    Digits,
}

/// One binding: the keys, what they do, and how the help names them.
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    /// How the keys are written in hints and help ("j/k", "[ ]").
    pub shown: &'static str,
    /// The views it works in.
    pub views: Views,
    /// Whether and how the pair view's footer shows it.
    pub hint: Hint,
    /// Whether and how the facts and matrix footers show it.
    pub grid_hint: Hint,
    pub description: &'static str,
}

/// Where a binding works.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Views {
    /// Pairs, facts and matrix.
    All,
    /// Only the pair view (divergences, sources, search, filter, swap).
    Pairs,
}

impl Views {
    pub fn contains(self, view: View) -> bool {
        self == Views::All || view == View::Pairs
    }

    /// For the help and the README.
    pub fn name(self) -> &'static str {
        match self {
            Views::All => "all",
            Views::Pairs => "pairs",
        }
    }
}

/// The mouse, as the help and the README describe it.
pub const MOUSE: &[(&str, &str)] = &[
    ("wheel", "scrolls the rows (or the popup)"),
    (
        "click",
        "selects a row and focuses its side; closes a popup",
    ),
];

use Key::{Char, Code, Ctrl};

/// How a binding appears in the footer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    None,
    /// "? help".
    Alone(&'static str),
    /// Shown with the next binding's key: "j/k row".
    WithNext(&'static str),
}

/// Every key claimdiff answers to, in help order.
pub const BINDINGS: &[Binding] = &[
    Binding {
        keys: &[Char('j'), Code(KeyCode::Down)],
        action: Action::Down,
        shown: "j ↓",
        views: Views::All,
        hint: Hint::WithNext("row"),
        grid_hint: Hint::WithNext("row"),
        description: "next row",
    },
    Binding {
        keys: &[Char('k'), Code(KeyCode::Up)],
        action: Action::Up,
        shown: "k ↑",
        views: Views::All,
        hint: Hint::None,
        grid_hint: Hint::None,
        description: "previous row",
    },
    Binding {
        keys: &[Code(KeyCode::PageDown), Ctrl('d')],
        action: Action::PageDown,
        shown: "PgDn ^d",
        views: Views::All,
        hint: Hint::None,
        grid_hint: Hint::None,
        description: "a page down",
    },
    Binding {
        keys: &[Code(KeyCode::PageUp), Ctrl('u')],
        action: Action::PageUp,
        shown: "PgUp ^u",
        views: Views::All,
        hint: Hint::None,
        grid_hint: Hint::None,
        description: "a page up",
    },
    Binding {
        keys: &[Char('g'), Code(KeyCode::Home)],
        action: Action::Top,
        shown: "g Home",
        views: Views::All,
        hint: Hint::None,
        grid_hint: Hint::None,
        description: "first row",
    },
    Binding {
        keys: &[Char('G'), Code(KeyCode::End)],
        action: Action::Bottom,
        shown: "G End",
        views: Views::All,
        hint: Hint::None,
        grid_hint: Hint::None,
        description: "last row",
    },
    Binding {
        keys: &[Char('n')],
        action: Action::Next,
        shown: "n",
        views: Views::Pairs,
        hint: Hint::WithNext("divergence"),
        grid_hint: Hint::None,
        description: "next divergence (next hit while searching)",
    },
    Binding {
        keys: &[Char('N')],
        action: Action::Prev,
        shown: "N",
        views: Views::Pairs,
        hint: Hint::None,
        grid_hint: Hint::None,
        description: "previous divergence (previous hit while searching)",
    },
    Binding {
        keys: &[Char('u')],
        action: Action::NextUnique,
        shown: "u",
        views: Views::Pairs,
        hint: Hint::None,
        grid_hint: Hint::None,
        description: "next unique sentence",
    },
    Binding {
        keys: &[Char('U')],
        action: Action::PrevUnique,
        shown: "U",
        views: Views::Pairs,
        hint: Hint::None,
        grid_hint: Hint::None,
        description: "previous unique sentence",
    },
    Binding {
        keys: &[Char('m')],
        action: Action::Partner,
        shown: "m",
        views: Views::Pairs,
        hint: Hint::None,
        grid_hint: Hint::None,
        description: "jump to the partner of a moved sentence",
    },
    Binding {
        keys: &[Code(KeyCode::Tab), Code(KeyCode::BackTab)],
        action: Action::ToggleFocus,
        shown: "tab",
        views: Views::All,
        hint: Hint::Alone("side"),
        grid_hint: Hint::None,
        description: "focus the other side",
    },
    Binding {
        keys: &[Char('h'), Code(KeyCode::Left)],
        action: Action::Focus(Side::Left),
        shown: "h ←",
        views: Views::All,
        hint: Hint::None,
        grid_hint: Hint::WithNext("column"),
        description: "focus the left side",
    },
    Binding {
        keys: &[Char('l'), Code(KeyCode::Right)],
        action: Action::Focus(Side::Right),
        shown: "l →",
        views: Views::All,
        hint: Hint::None,
        grid_hint: Hint::None,
        description: "focus the right side",
    },
    Binding {
        keys: &[Char('[')],
        action: Action::PrevSource,
        shown: "[",
        views: Views::All,
        hint: Hint::WithNext("source"),
        grid_hint: Hint::None,
        description: "previous source on the focused side",
    },
    Binding {
        keys: &[Char(']')],
        action: Action::NextSource,
        shown: "]",
        views: Views::All,
        hint: Hint::None,
        grid_hint: Hint::None,
        description: "next source on the focused side",
    },
    Binding {
        keys: &[Key::Digits],
        action: Action::PickSource(0),
        shown: "1-9",
        views: Views::Pairs,
        hint: Hint::None,
        grid_hint: Hint::None,
        description: "show that source on the focused side",
    },
    Binding {
        keys: &[Char('s')],
        action: Action::Swap,
        shown: "s",
        views: Views::Pairs,
        hint: Hint::Alone("swap"),
        grid_hint: Hint::None,
        description: "swap the two sides",
    },
    Binding {
        keys: &[Char('/')],
        action: Action::StartSearch,
        shown: "/",
        views: Views::Pairs,
        hint: Hint::Alone("search"),
        grid_hint: Hint::None,
        description: "search both sides (enter to keep, esc to clear; ^w ^u edit)",
    },
    Binding {
        keys: &[Char('f')],
        action: Action::CycleFilter,
        shown: "f",
        views: Views::Pairs,
        hint: Hint::Alone("filter"),
        grid_hint: Hint::None,
        description: "show all / diverge / match / unique rows",
    },
    Binding {
        keys: &[Code(KeyCode::Enter)],
        action: Action::Open,
        shown: "enter",
        views: Views::All,
        hint: Hint::Alone("detail"),
        grid_hint: Hint::Alone("open"),
        description: "why these two were paired; in facts and matrix, open it",
    },
    Binding {
        keys: &[Char('e')],
        action: Action::Export,
        shown: "e",
        views: Views::All,
        hint: Hint::Alone("export"),
        grid_hint: Hint::None,
        description: "export the pair (or the facts) to a file: .md Markdown, .json JSON; ^w ^u edit the name",
    },
    Binding {
        keys: &[Char('v')],
        action: Action::CycleView,
        shown: "v",
        views: Views::All,
        hint: Hint::Alone("view"),
        grid_hint: Hint::Alone("view"),
        description: "pairs, facts, matrix",
    },
    Binding {
        keys: &[Char('?')],
        action: Action::Help,
        shown: "?",
        views: Views::All,
        hint: Hint::Alone("help"),
        grid_hint: Hint::Alone("help"),
        description: "this help",
    },
    Binding {
        keys: &[Code(KeyCode::Esc)],
        action: Action::Back,
        shown: "esc",
        views: Views::All,
        hint: Hint::None,
        grid_hint: Hint::None,
        description: "close a popup or search, else quit",
    },
    Binding {
        keys: &[Char('q'), Ctrl('c')],
        action: Action::Quit,
        shown: "q ^c",
        views: Views::All,
        hint: Hint::Alone("quit"),
        grid_hint: Hint::Alone("quit"),
        description: "quit",
    },
];

/// One footer hint: the keys as written ("j/k"), what they do, and the
/// action, so the footer can tell which hints it must keep.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FooterHint {
    pub keys: String,
    pub words: &'static str,
    pub action: Action,
}

/// The footer's hints for a view, in table order: "j/k row", "n/N
/// divergence", …
pub fn hints(view: View) -> Vec<FooterHint> {
    let first = |b: &Binding| b.shown.split(' ').next().unwrap_or(b.shown).to_string();
    let hint_of = |b: &Binding| {
        if !b.views.contains(view) {
            Hint::None
        } else if view == View::Pairs {
            b.hint
        } else {
            b.grid_hint
        }
    };
    BINDINGS
        .iter()
        .enumerate()
        .filter_map(|(i, b)| {
            let (keys, words) = match hint_of(b) {
                Hint::None => return None,
                Hint::Alone(words) => (first(b), words),
                Hint::WithNext(words) => {
                    let next = BINDINGS.get(i + 1).map(first).unwrap_or_default();
                    (format!("{}/{next}", first(b)), words)
                }
            };
            Some(FooterHint {
                keys,
                words,
                action: b.action,
            })
        })
        .collect()
}

/// The binding that asks for `action` (any digit for a source pick).
pub fn binding_for(action: Action) -> Option<&'static Binding> {
    BINDINGS
        .iter()
        .find(|b| std::mem::discriminant(&b.action) == std::mem::discriminant(&action))
}

/// The action a key press asks for in normal mode.
pub fn action_for(key: KeyEvent) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    for b in BINDINGS {
        for k in b.keys {
            let hit = match (*k, key.code) {
                (Key::Char(c), KeyCode::Char(p)) => !ctrl && c == p,
                (Key::Ctrl(c), KeyCode::Char(p)) => ctrl && c == p.to_ascii_lowercase(),
                (Key::Code(c), code) => c == code,
                (Key::Digits, KeyCode::Char(d @ '1'..='9')) if !ctrl => {
                    return Some(Action::PickSource(d as usize - '1' as usize));
                }
                _ => false,
            };
            if hit {
                return Some(b.action);
            }
        }
    }
    None
}

/// While a search query is typed, keys edit it.
pub fn search_action_for(key: KeyEvent) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
        return Some(Action::Quit);
    }
    // The line editing keys of a shell: Ctrl-U clears, Ctrl-W (and
    // Ctrl-Backspace) deletes a word, Ctrl-H is backspace; another Ctrl
    // and a letter types nothing. Ctrl with Alt is AltGr on Windows, which
    // types "\", "@", "{" on many keyboards.
    let ctrl =
        key.modifiers.contains(KeyModifiers::CONTROL) && !key.modifiers.contains(KeyModifiers::ALT);
    if ctrl {
        match key.code {
            KeyCode::Char('u') => return Some(Action::SearchClear),
            KeyCode::Char('w') | KeyCode::Backspace => return Some(Action::SearchDeleteWord),
            KeyCode::Char('h') => return Some(Action::SearchBackspace),
            KeyCode::Char(c) if c.is_ascii_alphabetic() => return None,
            _ => {}
        }
    }
    match key.code {
        KeyCode::Enter => Some(Action::SearchConfirm),
        KeyCode::Esc => Some(Action::SearchCancel),
        KeyCode::Backspace => Some(Action::SearchBackspace),
        KeyCode::Char(c) => Some(Action::SearchChar(c)),
        _ => None,
    }
}

/// While an export file name is typed, keys edit it.
pub fn prompt_action_for(key: KeyEvent) -> Option<Action> {
    match search_action_for(key)? {
        Action::SearchConfirm => Some(Action::PromptConfirm),
        Action::SearchCancel => Some(Action::PromptCancel),
        Action::SearchBackspace => Some(Action::PromptBackspace),
        Action::SearchDeleteWord => Some(Action::PromptDeleteWord),
        Action::SearchClear => Some(Action::PromptClear),
        Action::SearchChar(c) => Some(Action::PromptChar(c)),
        other => Some(other),
    }
}

/// Keys from a string, for tests and scripts: plain characters stand for
/// themselves; `<tab>`, `<enter>`, `<esc>`, `<up>`, `<down>`, `<pgdn>`,
/// `<pgup>`, `<bs>`, `<c-c>` name the others.
pub fn parse_keys(s: &str) -> Vec<KeyEvent> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        if c == '<'
            && let Some(end) = rest.find('>')
        {
            let name = &rest[1..end];
            let ev = match name {
                "tab" => Some(KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE)),
                "enter" => Some(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)),
                "esc" => Some(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE)),
                "up" => Some(KeyEvent::new(KeyCode::Up, KeyModifiers::NONE)),
                "down" => Some(KeyEvent::new(KeyCode::Down, KeyModifiers::NONE)),
                "left" => Some(KeyEvent::new(KeyCode::Left, KeyModifiers::NONE)),
                "right" => Some(KeyEvent::new(KeyCode::Right, KeyModifiers::NONE)),
                "pgdn" => Some(KeyEvent::new(KeyCode::PageDown, KeyModifiers::NONE)),
                "pgup" => Some(KeyEvent::new(KeyCode::PageUp, KeyModifiers::NONE)),
                "bs" => Some(KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE)),
                "home" => Some(KeyEvent::new(KeyCode::Home, KeyModifiers::NONE)),
                "end" => Some(KeyEvent::new(KeyCode::End, KeyModifiers::NONE)),
                n if n.starts_with("c-") && n.len() == 3 => n
                    .chars()
                    .nth(2)
                    .map(|c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)),
                _ => None,
            };
            if let Some(ev) = ev {
                out.push(ev);
                rest = &rest[end + 1..];
                continue;
            }
        }
        out.push(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// The key table as Markdown, for the README.
pub fn markdown_table() -> String {
    let mut s = String::from("| keys | what they do | views |\n|---|---|---|\n");
    for b in BINDINGS {
        let keys = b
            .shown
            .split(' ')
            .map(|k| format!("`{k}`"))
            .collect::<Vec<_>>()
            .join(" ");
        s.push_str(&format!(
            "| {keys} | {} | {} |\n",
            b.description,
            b.views.name()
        ));
    }
    for (what, does) in MOUSE {
        s.push_str(&format!("| mouse {what} | {does} | all |\n"));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_binding_maps_back_to_its_action() {
        for b in BINDINGS {
            for k in b.keys {
                let ev = match *k {
                    Key::Char(c) => KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE),
                    Key::Ctrl(c) => KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL),
                    Key::Code(c) => KeyEvent::new(c, KeyModifiers::NONE),
                    Key::Digits => KeyEvent::new(KeyCode::Char('3'), KeyModifiers::NONE),
                };
                let want = if *k == Key::Digits {
                    Action::PickSource(2)
                } else {
                    b.action
                };
                assert_eq!(action_for(ev), Some(want), "{}", b.shown);
            }
        }
    }

    #[test]
    fn no_key_is_bound_twice() {
        let mut all = Vec::new();
        for b in BINDINGS {
            for k in b.keys {
                assert!(!all.contains(k), "{k:?} bound twice");
                all.push(*k);
            }
        }
    }

    #[test]
    fn footer_hints_come_from_the_table() {
        let shown = |v: View| -> Vec<String> {
            hints(v)
                .into_iter()
                .map(|h| format!("{} {}", h.keys, h.words))
                .collect()
        };
        let pairs = shown(View::Pairs);
        assert_eq!(pairs[0], "j/k row");
        assert!(pairs.contains(&"n/N divergence".to_string()));
        assert!(pairs.contains(&"[/] source".to_string()));
        assert!(pairs.contains(&"s swap".to_string()));
        assert_eq!(pairs.last().unwrap(), "q quit");
        for v in [View::Facts, View::Matrix] {
            let grid = shown(v);
            assert_eq!(
                grid,
                [
                    "j/k row",
                    "h/l column",
                    "enter open",
                    "v view",
                    "? help",
                    "q quit"
                ]
            );
        }
    }

    #[test]
    fn a_hint_names_only_keys_that_work_in_its_view() {
        for v in [View::Pairs, View::Facts, View::Matrix] {
            for h in hints(v) {
                let b = binding_for(h.action).unwrap();
                assert!(b.views.contains(v), "{} in {v:?}", b.shown);
            }
        }
    }

    #[test]
    fn parse_key_strings() {
        let keys = parse_keys("jn<tab>]<c-c>");
        assert_eq!(keys.len(), 5);
        assert_eq!(keys[2].code, KeyCode::Tab);
        assert_eq!(keys[4].modifiers, KeyModifiers::CONTROL);
        assert_eq!(
            parse_keys("<nope>").len(),
            6,
            "an unknown name is typed as characters"
        );
    }
}
