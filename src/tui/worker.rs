//! Loading and aligning run on a thread of their own, so the keys never
//! wait: the pair on screen first, then every other pair, for the facts and
//! the matrix.

use std::collections::VecDeque;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};
use std::thread;

use super::app::Progress;
use crate::align::Comparison;
use crate::corpus::Corpus;
use crate::document::Document;

pub enum Msg {
    Loaded(Arc<Corpus>),
    Progress(Progress),
    Compared((usize, usize), Arc<Comparison>),
    AllCompared,
}

/// Start the thread. It answers requests on the returned sender first and
/// compares every pair in the background; it ends when the app drops the
/// sender and nothing is left to do.
pub fn spawn(docs: Vec<Document>) -> (Receiver<Msg>, Sender<(usize, usize)>) {
    let (out, msgs) = mpsc::channel();
    let (requests, inbox) = mpsc::channel::<(usize, usize)>();
    thread::spawn(move || run(docs, &out, &inbox));
    (msgs, requests)
}

fn run(docs: Vec<Document>, out: &Sender<Msg>, inbox: &Receiver<(usize, usize)>) {
    let total = docs.len();
    let _ = out.send(Msg::Progress(Progress {
        label: "reading articles".into(),
        done: 0,
        total,
    }));
    let corpus = Arc::new(Corpus::new(docs));
    if out.send(Msg::Loaded(corpus.clone())).is_err() {
        return;
    }
    let n = corpus.sources.len();
    let mut background: VecDeque<(usize, usize)> = (0..n)
        .flat_map(|a| (a + 1..n).map(move |b| (a, b)))
        .collect();
    let pairs = background.len();
    let mut asked: VecDeque<(usize, usize)> = VecDeque::new();
    let mut done = std::collections::BTreeSet::new();
    let mut open = true;
    loop {
        loop {
            match inbox.try_recv() {
                Ok(p) => asked.push_back(p),
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    open = false;
                    break;
                }
            }
        }
        if !open {
            return;
        }
        let next = asked.pop_front().or_else(|| background.pop_front());
        let Some((a, b)) = next else {
            // Everything is compared; wait for the app to ask again or leave.
            match inbox.recv() {
                Ok(p) => {
                    asked.push_back(p);
                    continue;
                }
                Err(_) => return,
            }
        };
        let key = (a.min(b), a.max(b));
        if done.contains(&key) {
            continue;
        }
        let c = Arc::new(corpus.compare(key.0, key.1));
        done.insert(key);
        if out.send(Msg::Compared(key, c)).is_err() {
            return;
        }
        let finished = done.len().min(pairs);
        let _ = out.send(Msg::Progress(Progress {
            label: "comparing sources".into(),
            done: finished,
            total: pairs,
        }));
        if finished == pairs
            && background.is_empty()
            && asked.is_empty()
            && out.send(Msg::AllCompared).is_err()
        {
            return;
        }
    }
}
