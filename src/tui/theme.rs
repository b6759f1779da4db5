//! Colours come from a theme; every state also has a glyph, so with
//! `NO_COLOR` (or on a monochrome terminal) the styles fall back to bold,
//! dim, underline and reverse and nothing is lost.

use ratatui::style::{Color, Modifier, Style};

use crate::align::State;

const DEFAULT: &str = include_str!("../../assets/theme-default.txt");
const COLORBLIND: &str = include_str!("../../assets/theme-colorblind.txt");

/// The styles the interface draws with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub matched: Style,
    pub diverge: Style,
    pub unique: Style,
    pub moved: Style,
    pub boilerplate: Style,
    /// The words that differ inside a diverging pair.
    pub emphasis: Style,
    /// Other words a pair's word diff marks.
    pub changed: Style,
    pub selected: Style,
    pub focused_title: Style,
    pub title: Style,
    pub hint_key: Style,
    pub dim: Style,
    pub search_hit: Style,
}

impl Theme {
    /// The theme named by `name` ("default", "colorblind") or a theme file;
    /// monochrome when `no_color` is set.
    pub fn load(name: Option<&str>, no_color: bool) -> Result<Theme, String> {
        if no_color {
            return Ok(Theme::monochrome());
        }
        let text = match name.unwrap_or("default") {
            "default" => DEFAULT.to_string(),
            "colorblind" | "colourblind" => COLORBLIND.to_string(),
            // A theme is a few lines: at most 1 MiB is read (not /dev/zero to
            // the end), and the path is shown with visible stand-ins.
            path => crate::document::read_path(path, std::path::Path::new(path), 1 << 20)
                .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
                .map_err(|e| format!("theme: {e}"))?,
        };
        Theme::parse(&text)
    }

    /// Parse `state = #RRGGBB` lines.
    pub fn parse(text: &str) -> Result<Theme, String> {
        let mut t = Theme::monochrome();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (key, value) = line
                .split_once('=')
                .ok_or_else(|| format!("theme line {}: expected 'state = #RRGGBB'", n + 1))?;
            let c = hex(value.trim()).ok_or_else(|| {
                format!(
                    "theme line {}: '{}' is not a #RRGGBB colour",
                    n + 1,
                    value.trim()
                )
            })?;
            match key.trim() {
                "match" => t.matched = Style::new().fg(c),
                "diverge" => t.diverge = Style::new().fg(c).add_modifier(Modifier::BOLD),
                "unique" => t.unique = Style::new().fg(c),
                "moved" => t.moved = Style::new().fg(c),
                "boilerplate" => t.boilerplate = Style::new().fg(c).add_modifier(Modifier::DIM),
                "emphasis" => {
                    t.emphasis = Style::new()
                        .fg(Color::Black)
                        .bg(c)
                        .add_modifier(Modifier::BOLD)
                }
                "selection" => t.selected = Style::new().bg(c),
                other => return Err(format!("theme line {}: unknown state '{other}'", n + 1)),
            }
        }
        t.focused_title = t
            .diverge
            .remove_modifier(Modifier::DIM)
            .add_modifier(Modifier::BOLD);
        t.search_hit = Style::new().add_modifier(Modifier::UNDERLINED | Modifier::BOLD);
        Ok(t)
    }

    /// No colour at all: the glyphs carry the states.
    pub fn monochrome() -> Theme {
        Theme {
            matched: Style::new(),
            diverge: Style::new().add_modifier(Modifier::BOLD),
            unique: Style::new(),
            moved: Style::new().add_modifier(Modifier::ITALIC),
            boilerplate: Style::new().add_modifier(Modifier::DIM),
            emphasis: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            changed: Style::new().add_modifier(Modifier::UNDERLINED),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            focused_title: Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            title: Style::new(),
            hint_key: Style::new().add_modifier(Modifier::BOLD),
            dim: Style::new().add_modifier(Modifier::DIM),
            search_hit: Style::new().add_modifier(Modifier::UNDERLINED | Modifier::BOLD),
        }
    }

    pub fn state(&self, state: State, moved: bool) -> Style {
        match (state, moved) {
            (State::Boilerplate, _) => self.boilerplate,
            (State::Unique, _) => self.unique,
            (_, true) => self.moved,
            (State::Match, false) => self.matched,
            (State::Diverge, false) => self.diverge,
        }
    }
}

fn hex(s: &str) -> Option<Color> {
    let h = s.strip_prefix('#')?;
    if h.len() != 6 || !h.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let v = u32::from_str_radix(h, 16).ok()?;
    Some(Color::Rgb((v >> 16) as u8, (v >> 8) as u8, v as u8))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_themes_parse() {
        let d = Theme::load(None, false).unwrap();
        assert_eq!(d.diverge.fg, Some(Color::Rgb(0xFF, 0xAF, 0x00)));
        let cb = Theme::load(Some("colorblind"), false).unwrap();
        assert_eq!(cb.matched.fg, Some(Color::Rgb(0x00, 0x72, 0xB2)));
    }

    #[test]
    fn no_color_has_no_colours() {
        let t = Theme::load(Some("colorblind"), true).unwrap();
        for s in [
            t.matched, t.diverge, t.unique, t.moved, t.emphasis, t.selected,
        ] {
            assert!(s.fg.is_none() && s.bg.is_none());
        }
    }

    #[test]
    fn bad_theme_lines_are_reported() {
        assert!(
            Theme::parse("diverge = orange")
                .unwrap_err()
                .contains("line 1")
        );
        assert!(
            Theme::parse("shiny = #FFFFFF")
                .unwrap_err()
                .contains("unknown state")
        );
    }
}
