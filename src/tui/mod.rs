//! The interactive comparator. Keys map to actions through one keymap table
//! ([`keymap`]); [`update::update`] changes the state ([`app::App`]);
//! [`ui::render`] draws it. Loading and aligning run on a thread of their own
//! ([`worker`]), so the keys never wait.

pub mod action;
pub mod app;
pub mod export;
pub mod keymap;
pub mod layout;
pub mod lifecycle;
pub mod theme;
pub mod ui;
pub mod update;
pub mod worker;

use std::io::{self, Stdout, stdout};
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
    /// `None` only while dropping.
    terminal: Option<Terminal<CrosstermBackend<Stdout>>>,
    /// The terminal is gone: write nothing to it, not even the restore.
    gone: bool,
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
            Ok(terminal) => Ok(Session {
                terminal: Some(terminal),
                gone: false,
            }),
            Err(e) => {
                restore();
                Err(e)
            }
        }
    }
}

impl Session {
    fn terminal(&mut self) -> &mut Terminal<CrosstermBackend<Stdout>> {
        self.terminal
            .as_mut()
            .expect("the terminal is there until the session is dropped")
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        if self.gone {
            // ratatui's own drop would show the cursor on the dead terminal
            // and report the failure on standard error, the same dead
            // terminal, where a failed write panics. The process is ending.
            std::mem::forget(self.terminal.take());
        } else {
            restore();
        }
    }
}

/// How the interface ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// The reader quit.
    Quit,
    /// A signal (SIGTERM, SIGHUP, SIGINT, SIGQUIT) asked it to stop.
    Signal(i32),
    /// The terminal went away.
    Lost,
}

impl Ended {
    /// The process's exit status: 0, 128 + the signal, or 1 for a lost
    /// terminal (see [`lifecycle`]).
    pub fn exit_code(self) -> u8 {
        match self {
            Ended::Quit => 0,
            Ended::Signal(n) => lifecycle::Stop::Signal(n).exit_code(),
            Ended::Lost => lifecycle::Stop::Lost.exit_code(),
        }
    }
}

impl From<lifecycle::Stop> for Ended {
    fn from(s: lifecycle::Stop) -> Ended {
        match s {
            lifecycle::Stop::Signal(n) => Ended::Signal(n),
            lifecycle::Stop::Lost => Ended::Lost,
        }
    }
}

/// How long the loop waits for a key before it looks at the worker's
/// messages and the stop flag again. Nothing is drawn on a turn where
/// nothing changed, so an idle interface costs next to no CPU.
const TICK: Duration = Duration::from_millis(100);

/// Run the interface on these articles until the reader quits, a signal asks
/// it to stop or the terminal goes away; the terminal is restored when it is
/// still there.
pub fn run(docs: Vec<Document>, theme: Theme) -> io::Result<Ended> {
    let watch = lifecycle::Watch::start()?;
    let (messages, requests) = worker::spawn(docs);
    let mut app = App::waiting(theme, Some(requests));
    let mut session = Session::start()?;
    let ended = event_loop(&mut session, &mut app, &messages, &watch);
    watch.finish();
    if ended.as_ref().is_ok_and(|e| *e == Ended::Lost) || watch.is_gone() {
        session.gone = true;
    }
    ended
}

fn event_loop(
    session: &mut Session,
    app: &mut App,
    messages: &std::sync::mpsc::Receiver<worker::Msg>,
    watch: &lifecycle::Watch,
) -> io::Result<Ended> {
    // An error from a terminal that hung up is the end, not a failure.
    let lost = |e: io::Error| {
        if watch.terminal_gone() {
            Ok(watch.stop().map_or(Ended::Lost, Ended::from))
        } else {
            Err(e)
        }
    };
    match session.terminal().size() {
        Ok(size) => app.size = (size.width, size.height),
        Err(e) => return lost(e),
    }
    let mut dirty = true;
    loop {
        if let Some(stop) = watch.stop() {
            return Ok(stop.into());
        }
        if dirty {
            if let Err(e) = session.terminal().draw(|f| ui::render(app, f)) {
                return lost(e);
            }
            dirty = false;
        }
        // Lets a test check that a panic leaves the terminal as it was.
        #[cfg(debug_assertions)]
        if std::env::var_os("CLAIMDIFF_TEST_PANIC").is_some() {
            panic!("test panic inside the interface");
        }
        if app.quit {
            return Ok(Ended::Quit);
        }
        // Wait for a key, a click or the worker, whichever comes first.
        let ready = match event::poll(TICK) {
            Ok(r) => r,
            Err(e) => return lost(e),
        };
        if ready {
            let ev = match event::read() {
                Ok(ev) => ev,
                Err(e) => return lost(e),
            };
            let action = match ev {
                Event::Key(k) => update::action_for_key(app, k),
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
                update::update(app, a);
                dirty = true;
            }
        }
        while let Ok(msg) = messages.try_recv() {
            app.receive(msg);
            dirty = true;
        }
    }
}
