//! The interface's state, in one place. Rendering reads it; only
//! [`super::update::update`] and [`App::receive`] change it.

use std::cell::{Cell, RefCell};
use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;
use std::sync::Arc;
use std::sync::mpsc::Sender;

use super::theme::Theme;
use super::worker::Msg;
use crate::align::{Comparison, State};
use crate::corpus::Corpus;
use crate::facts::{self, Fact};
use crate::span::{Pair, Side};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Pairs,
    Facts,
    Matrix,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    All,
    Diverge,
    Match,
    Unique,
}

impl Filter {
    pub fn name(self) -> &'static str {
        match self {
            Filter::All => "all",
            Filter::Diverge => "diverge",
            Filter::Match => "match",
            Filter::Unique => "unique",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Popup {
    Help,
    Detail,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Search {
    pub query: String,
    /// The query is being typed.
    pub editing: bool,
}

/// Work the background thread reports on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    pub label: String,
    pub done: usize,
    pub total: usize,
}

pub struct App {
    pub corpus: Option<Arc<Corpus>>,
    cache: HashMap<(usize, usize), Arc<Comparison>>,
    /// Pairs asked of the background thread and not yet back.
    pending: BTreeSet<(usize, usize)>,
    /// Where to ask for comparisons; `None` computes them at once (tests).
    requests: Option<Sender<(usize, usize)>>,
    /// The source shown on each side.
    pub sides: Pair<usize>,
    pub focus: Side,
    /// Index into [`App::rows`] (the rows the filter lets through).
    pub cursor: usize,
    /// First row on screen, an index into [`App::rows`].
    pub top: usize,
    pub view: View,
    pub filter: Filter,
    pub search: Option<Search>,
    pub popup: Option<Popup>,
    /// The export file name being typed.
    pub prompt: Option<String>,
    pub quit: bool,
    pub theme: Theme,
    /// The terminal's size.
    pub size: (u16, u16),
    pub progress: Option<Progress>,
    pub facts: Option<Arc<Vec<Fact>>>,
    /// (fact, source column) in the facts view.
    pub fact_cursor: (usize, usize),
    /// (row source, column source) in the matrix.
    pub matrix_cursor: (usize, usize),
    /// A one-line note for the reader ("no more divergences").
    pub message: Option<String>,
    pub help_scroll: u16,
    pub detail_scroll: u16,
    /// How far the open popup scrolls before its last line leaves the
    /// window, as it was last drawn (the wrap depends on the width).
    pub scroll_room: Cell<u16>,
    row_memo: RefCell<Option<(RowKey, Rc<[usize]>)>>,
    hit_memo: RefCell<Option<(HitKey, Rc<[usize]>)>>,
}

/// What the filtered rows depend on: the pair, the filter, the comparison.
type RowKey = (usize, usize, Filter, Option<*const Comparison>);
/// What the search hits depend on: the rows and the query.
type HitKey = (RowKey, String);

impl App {
    /// An app over a loaded corpus, comparing on demand in this thread.
    pub fn new(corpus: Corpus, theme: Theme) -> App {
        let mut app = App::waiting(theme, None);
        app.corpus = Some(Arc::new(corpus));
        app
    }

    /// An app whose corpus and comparisons arrive from a background thread.
    pub fn waiting(theme: Theme, requests: Option<Sender<(usize, usize)>>) -> App {
        App {
            corpus: None,
            cache: HashMap::new(),
            pending: BTreeSet::new(),
            requests,
            sides: Pair::new(0, 1),
            focus: Side::Left,
            cursor: 0,
            top: 0,
            view: View::Pairs,
            filter: Filter::All,
            search: None,
            popup: None,
            prompt: None,
            quit: false,
            theme,
            size: (120, 40),
            progress: None,
            facts: None,
            fact_cursor: (0, 0),
            matrix_cursor: (0, 1),
            message: None,
            help_scroll: 0,
            detail_scroll: 0,
            scroll_room: Cell::new(u16::MAX),
            row_memo: RefCell::new(None),
            hit_memo: RefCell::new(None),
        }
    }

    pub fn sources(&self) -> usize {
        self.corpus.as_ref().map_or(0, |c| c.sources.len())
    }

    /// The comparison of two sources if it is at hand; asks for it if not.
    pub fn comparison_of(&mut self, a: usize, b: usize) -> Option<Arc<Comparison>> {
        if let Some(c) = self.cache.get(&(a, b)) {
            return Some(c.clone());
        }
        // Mirrored only when shown that way round: a long pair is big.
        if let Some(c) = self.cache.get(&(b, a)) {
            let m = Arc::new((**c).clone().mirror());
            self.cache.insert((a, b), m.clone());
            return Some(m);
        }
        let corpus = self.corpus.clone()?;
        match &self.requests {
            Some(tx) => {
                if self.pending.insert((a, b)) {
                    // A closed channel means the worker is gone; the pair stays pending.
                    let _ = tx.send((a, b));
                }
                None
            }
            None => {
                let c = Arc::new(corpus.compare(a, b));
                self.store((a, b), c.clone());
                Some(c)
            }
        }
    }

    /// The comparison on screen, if it is at hand.
    pub fn current(&self) -> Option<&Arc<Comparison>> {
        self.cache.get(&(self.sides.left, self.sides.right))
    }

    /// Make sure the pair on screen is computed or asked for.
    pub fn request_current(&mut self) {
        let (a, b) = (self.sides.left, self.sides.right);
        if self.corpus.is_some() && a != b {
            self.comparison_of(a, b);
        }
    }

    /// A comparison of two sources either way round (for what does not
    /// depend on the order: counts, facts).
    pub fn cached(&self, a: usize, b: usize) -> Option<&Arc<Comparison>> {
        self.cache.get(&(a, b)).or_else(|| self.cache.get(&(b, a)))
    }

    fn store(&mut self, key: (usize, usize), c: Arc<Comparison>) {
        self.pending.remove(&key);
        self.pending.remove(&(key.1, key.0));
        self.cache.insert(key, c);
    }

    /// Take in what the background thread sends.
    pub fn receive(&mut self, msg: Msg) {
        match msg {
            Msg::Loaded(corpus) => {
                self.corpus = Some(corpus);
                self.progress = None;
                self.request_current();
            }
            Msg::Progress(p) => self.progress = Some(p),
            Msg::Compared(key, c) => {
                self.store(key, c);
                // The pair on screen may be this one the other way round.
                self.request_current();
            }
            Msg::AllCompared => {
                self.progress = None;
                self.compute_facts();
            }
        }
    }

    /// Facts need every pair compared; computed once they all are.
    pub fn compute_facts(&mut self) {
        let Some(corpus) = self.corpus.clone() else {
            return;
        };
        let n = corpus.sources.len();
        let mut all = Vec::new();
        for a in 0..n {
            for b in a + 1..n {
                match self.cached(a, b) {
                    Some(c) => all.push(&**c),
                    None => return,
                }
            }
        }
        let found = facts::facts(&corpus, all);
        self.facts = Some(Arc::new(found));
    }

    /// In tests (no background thread), compare every pair now.
    pub fn compare_everything_now(&mut self) {
        let n = self.sources();
        for a in 0..n {
            for b in a + 1..n {
                self.comparison_of(a, b);
            }
        }
        self.compute_facts();
    }

    /// The rows the filter lets through, as indexes into the comparison's
    /// rows. Remembered until the pair, its comparison or the filter change,
    /// so a frame of a long pair costs no more than one of a short pair.
    pub fn rows(&self) -> Rc<[usize]> {
        let key = self.row_key();
        if let Some((k, rows)) = &*self.row_memo.borrow()
            && *k == key
        {
            return rows.clone();
        }
        let rows: Rc<[usize]> = self.filtered_rows().into();
        *self.row_memo.borrow_mut() = Some((key, rows.clone()));
        rows
    }

    fn row_key(&self) -> RowKey {
        (
            self.sides.left,
            self.sides.right,
            self.filter,
            self.current().map(Arc::as_ptr),
        )
    }

    /// The search query, lower-cased, when there is one.
    fn query(&self) -> Option<String> {
        self.search
            .as_ref()
            .map(|s| s.query.to_lowercase())
            .filter(|q| !q.is_empty())
    }

    /// Is a search on with a query? Then n and N step through its hits
    /// and the footer counts them.
    pub fn searching(&self) -> bool {
        self.search.as_ref().is_some_and(|s| !s.query.is_empty())
    }

    /// Does comparison row `row` hold the search query (either side, any case)?
    pub fn row_hits(&self, row: usize) -> bool {
        let Some(q) = self.query() else {
            return false;
        };
        self.holds(row, &q)
    }

    fn holds(&self, row: usize, q: &str) -> bool {
        let (Some(cmp), Some(corpus)) = (self.current(), self.corpus.as_ref()) else {
            return false;
        };
        let Some(r) = cmp.rows.get(row) else {
            return false;
        };
        [Side::Left, Side::Right].iter().any(|&s| {
            r.cells.get(s).is_some_and(|i| {
                corpus.sources[*cmp.sources.get(s)]
                    .text(i)
                    .to_lowercase()
                    .contains(q)
            })
        })
    }

    /// The search hits: indexes into [`App::rows`] of the rows that hold the
    /// query, remembered like the rows themselves.
    pub fn hits(&self) -> Rc<[usize]> {
        let Some(q) = self.query() else {
            return Rc::from([]);
        };
        let key = (self.row_key(), q);
        if let Some((k, hits)) = &*self.hit_memo.borrow()
            && *k == key
        {
            return hits.clone();
        }
        let rows = self.rows();
        let hits: Rc<[usize]> = (0..rows.len())
            .filter(|&k| self.holds(rows[k], &key.1))
            .collect::<Vec<_>>()
            .into();
        *self.hit_memo.borrow_mut() = Some((key, hits.clone()));
        hits
    }

    fn filtered_rows(&self) -> Vec<usize> {
        let Some(cmp) = self.current() else {
            return Vec::new();
        };
        (0..cmp.rows.len())
            .filter(|&r| {
                let row = &cmp.rows[r];
                let states =
                    [Side::Left, Side::Right].map(|s| row.cells.get(s).map(|i| cmp.state(s, i)));
                match self.filter {
                    Filter::All => true,
                    Filter::Diverge => states.contains(&Some(State::Diverge)),
                    Filter::Match => states.contains(&Some(State::Match)),
                    Filter::Unique => states.contains(&Some(State::Unique)),
                }
            })
            .collect()
    }

    /// The selected row (an index into the comparison's rows).
    pub fn selected_row(&self) -> Option<usize> {
        self.rows().get(self.cursor).copied()
    }

    /// The selected sentence: the focused side's cell of the selected row,
    /// or the other side's when the focused one is empty.
    pub fn selected_sentence(&self) -> Option<(Side, usize)> {
        let cmp = self.current()?;
        let row = cmp.rows.get(self.selected_row()?)?;
        let f = self.focus;
        row.cells
            .get(f)
            .map(|i| (f, i))
            .or_else(|| row.cells.get(f.other()).map(|i| (f.other(), i)))
    }
}
