//! The interactive comparator. Keys map to actions through one keymap table
//! ([`keymap`]); [`update::update`] changes the state ([`app::App`]);
//! [`ui::render`] draws it. Loading and aligning run on a thread of their own
//! ([`worker`]), so the keys never wait.

pub mod action;
pub mod app;
pub mod keymap;
pub mod layout;
pub mod theme;
pub mod ui;
pub mod update;
pub mod worker;

use std::io::{self, Stdout, stdout};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, MouseEventKind,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};

use crate::document::Document;
use action::Action;
use app::App;
use theme::Theme;

/// Put the terminal back as it was. Safe to call more than once.
pub fn restore() {
    let _ = disable_raw_mode();
    let _ = execute!(
        stdout(),
        DisableMouseCapture,
        LeaveAlternateScreen,
        ratatui::crossterm::cursor::Show
    );
}

/// Restores the terminal when dropped: on return, on `?`, and on unwinding.
struct Session {
    terminal: Terminal<CrosstermBackend<Stdout>>,
}

impl Session {
    fn start() -> io::Result<Session> {
        // A panic prints its message only after the terminal is back.
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            hook(info);
        }));
        enable_raw_mode()?;
        let mut out = stdout();
        if let Err(e) = execute!(out, EnterAlternateScreen, EnableMouseCapture) {
            restore();
            return Err(e);
        }
        match Terminal::new(CrosstermBackend::new(out)) {
            Ok(terminal) => Ok(Session { terminal }),
            Err(e) => {
                restore();
                Err(e)
            }
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        restore();
    }
}

/// How the interface ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// The reader quit.
    Quit,
    /// A signal (SIGTERM, SIGHUP, SIGINT) asked it to stop.
    Signal(i32),
}

/// Run the interface on these articles until the reader quits or a signal
/// asks it to stop; the terminal is restored either way.
pub fn run(docs: Vec<Document>, theme: Theme) -> io::Result<Ended> {
    let (messages, requests) = worker::spawn(docs);
    let mut app = App::waiting(theme, Some(requests));
    let stop = Arc::new(AtomicUsize::new(0));
    for sig in [SIGTERM, SIGHUP, SIGINT] {
        // Record the signal; the loop below notices it within one poll.
        signal_hook::flag::register_usize(sig, stop.clone(), sig as usize)?;
    }
    let mut session = Session::start()?;
    let size = session.terminal.size()?;
    app.size = (size.width, size.height);
    loop {
        session.terminal.draw(|f| ui::render(&app, f))?;
        // Lets a test check that a panic leaves the terminal as it was.
        #[cfg(debug_assertions)]
        if std::env::var_os("CLAIMDIFF_TEST_PANIC").is_some() {
            panic!("test panic inside the interface");
        }
        if app.quit {
            return Ok(Ended::Quit);
        }
        let sig = stop.load(Ordering::Relaxed);
        if sig != 0 {
            return Ok(Ended::Signal(sig as i32));
        }
        // Wait for a key, a click or the worker, whichever comes first.
        if event::poll(Duration::from_millis(40))? {
            let action = match event::read()? {
                Event::Key(k) => update::action_for_key(&app, k),
                Event::Mouse(m) => match m.kind {
                    MouseEventKind::ScrollDown => Some(Action::ScrollDown),
                    MouseEventKind::ScrollUp => Some(Action::ScrollUp),
                    MouseEventKind::Down(_) => Some(Action::Click {
                        column: m.column,
                        row: m.row,
                    }),
                    _ => None,
                },
                Event::Resize(width, height) => Some(Action::Resize { width, height }),
                _ => None,
            };
            if let Some(a) = action {
                update::update(&mut app, a);
            }
        }
        while let Ok(msg) = messages.try_recv() {
            app.receive(msg);
        }
    }
}
