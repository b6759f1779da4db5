//! Rendering: a pure function of the state.

mod facts;
mod footer;
mod pairs;
mod popup;
mod surface;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::Paragraph;

use super::app::{App, Popup, View};
use super::layout::{self, Areas, MIN_HEIGHT, MIN_WIDTH};

pub fn render(app: &App, frame: &mut Frame) {
    let area = frame.area();
    let size = (area.width, area.height);
    if layout::too_small(size) {
        let msg = format!(
            "window too small: need {MIN_WIDTH}×{MIN_HEIGHT}, have {}×{}",
            area.width, area.height
        );
        frame.render_widget(
            Paragraph::new(msg).wrap(ratatui::widgets::Wrap { trim: true }),
            area,
        );
        return;
    }
    let areas = Areas::of(size);
    match app.view {
        View::Pairs => pairs::render(app, frame, &areas),
        View::Facts => facts::facts(app, frame, body(&areas)),
        View::Matrix => facts::matrix(app, frame, body(&areas)),
    }
    footer::render(app, frame, areas.footer);
    match app.popup {
        Some(Popup::Help) => popup::help(app, frame),
        Some(Popup::Detail) => popup::detail(app, frame),
        None => {}
    }
}

fn body(areas: &Areas) -> Rect {
    Rect::new(
        areas.left.x,
        areas.left.y,
        areas.left.width + areas.right.width,
        areas.left.height,
    )
}
