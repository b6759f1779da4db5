//! Frame time of the interface: one render of each view into a TestBackend
//! at 120×40, over the seeds. `cargo bench --bench frame`.

use std::hint::black_box;

use claimdiff::corpus::Corpus;
use claimdiff::document::Document;
use claimdiff::tui::app::{App, View};
use claimdiff::tui::theme::Theme;
use claimdiff::tui::ui;
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn frames(c: &mut Criterion) {
    let mut app = App::new(
        Corpus::new(Document::seeds()),
        Theme::load(None, false).unwrap(),
    );
    app.size = (120, 40);
    app.compare_everything_now();
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    c.bench_function("pair view frame, seeds, 120x40", |b| {
        b.iter(|| {
            terminal
                .draw(|f| ui::render(black_box(&app), f))
                .map(|_| ())
                .unwrap()
        })
    });
    app.cursor = app.rows().len() / 2;
    c.bench_function("pair view frame, seeds, mid-scroll", |b| {
        b.iter(|| {
            terminal
                .draw(|f| ui::render(black_box(&app), f))
                .map(|_| ())
                .unwrap()
        })
    });
    app.view = View::Facts;
    c.bench_function("facts view frame, seeds", |b| {
        b.iter(|| {
            terminal
                .draw(|f| ui::render(black_box(&app), f))
                .map(|_| ())
                .unwrap()
        })
    });
    app.view = View::Matrix;
    c.bench_function("matrix view frame, seeds", |b| {
        b.iter(|| {
            terminal
                .draw(|f| ui::render(black_box(&app), f))
                .map(|_| ())
                .unwrap()
        })
    });
}

criterion_group!(benches, frames);
criterion_main!(benches);
