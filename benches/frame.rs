//! Frame time of the interface (one render into a TestBackend at 120×40) on
//! the seeds and on a generated 4 MB pair, and how soon 50 articles show
//! their first pair. `cargo bench --bench frame`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use claimdiff::corpus::Corpus;
use claimdiff::document::Document;
use claimdiff::synth;
use claimdiff::tui::app::{App, View};
use claimdiff::tui::theme::Theme;
use claimdiff::tui::worker::{self, Msg};
use claimdiff::tui::{action::Action, ui, update};
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn render(terminal: &mut Terminal<TestBackend>, app: &App) {
    terminal
        .draw(|f| ui::render(black_box(app), f))
        .map(|_| ())
        .unwrap();
}

fn seeds(c: &mut Criterion) {
    let mut app = App::new(
        Corpus::new(Document::seeds()),
        Theme::load(None, false).unwrap(),
    );
    app.size = (120, 40);
    app.compare_everything_now();
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    c.bench_function("pair view frame, seeds, 120x40", |b| {
        b.iter(|| render(&mut terminal, &app))
    });
    app.cursor = app.rows().len() / 2;
    c.bench_function("pair view frame, seeds, mid-scroll", |b| {
        b.iter(|| render(&mut terminal, &app))
    });
    app.view = View::Facts;
    c.bench_function("facts view frame, seeds", |b| {
        b.iter(|| render(&mut terminal, &app))
    });
    app.view = View::Matrix;
    c.bench_function("matrix view frame, seeds", |b| {
        b.iter(|| render(&mut terminal, &app))
    });
}

fn large(c: &mut Criterion) {
    let s = synth::generate(4_000_000, 42);
    let corpus = Corpus::new(vec![
        Document::from_text("left", &s.left),
        Document::from_text("right", &s.right),
    ]);
    let mut app = App::new(corpus, Theme::load(None, false).unwrap());
    app.size = (120, 40);
    app.request_current();
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    c.bench_function("pair view frame, 4 MB pair, top", |b| {
        b.iter(|| render(&mut terminal, &app))
    });
    update::update(&mut app, Action::Bottom);
    c.bench_function("pair view frame, 4 MB pair, bottom", |b| {
        b.iter(|| render(&mut terminal, &app))
    });
    c.bench_function("key G then g on the 4 MB pair", |b| {
        b.iter(|| {
            update::update(&mut app, Action::Bottom);
            update::update(&mut app, Action::Top);
        })
    });
}

/// 50 article-sized sources (a generated 150 KB pair cut into pieces that
/// share facts): time until the first pair is compared, and until every
/// pair is, through the interface's worker thread.
fn many(c: &mut Criterion) {
    let s = synth::generate(75_000, 7);
    let cut = |text: &str| -> Vec<String> {
        let sentences: Vec<&str> = claimdiff::sentence::split(text)
            .iter()
            .map(|sp| sp.of(text))
            .collect();
        sentences
            .chunks(sentences.len().div_ceil(25))
            .map(|c| c.join(" "))
            .collect()
    };
    let docs: Vec<Document> = cut(&s.left)
        .iter()
        .chain(cut(&s.right).iter())
        .enumerate()
        .map(|(i, t)| Document::from_text(&format!("a{i:02}"), t))
        .collect();
    assert_eq!(docs.len(), 50);
    let mut group = c.benchmark_group("50 sources");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    group.bench_function("first pair compared", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let start = Instant::now();
                let (msgs, requests) = worker::spawn(docs.clone());
                loop {
                    match msgs.recv() {
                        Ok(Msg::Loaded(_)) => {
                            let _ = requests.send((0, 1));
                        }
                        Ok(Msg::Compared((0, 1), _)) => break,
                        Ok(_) => {}
                        Err(_) => panic!("worker ended early"),
                    }
                }
                total += start.elapsed();
            }
            total
        })
    });
    group.bench_function("every pair compared (1225)", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let start = Instant::now();
                let (msgs, _requests) = worker::spawn(docs.clone());
                loop {
                    match msgs.recv() {
                        Ok(Msg::AllCompared) => break,
                        Ok(_) => {}
                        Err(_) => panic!("worker ended early"),
                    }
                }
                total += start.elapsed();
            }
            total
        })
    });
    group.finish();
}

criterion_group!(benches, seeds, large, many);
criterion_main!(benches);
