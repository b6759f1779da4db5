//! Everything the reader can ask for. Keys and the mouse map to these;
//! [`super::update::update`] carries them out.

use crate::span::Side;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    Down,
    Up,
    PageDown,
    PageUp,
    Top,
    Bottom,
    /// Tab: the other side gets the focus.
    ToggleFocus,
    Focus(Side),
    PrevSource,
    NextSource,
    /// 1–9: show this source (0-based) on the focused side.
    PickSource(usize),
    Swap,
    /// Next divergence, or next search hit while a search is active.
    Next,
    Prev,
    NextUnique,
    PrevUnique,
    /// Jump to the partner of a moved sentence.
    Partner,
    StartSearch,
    CycleFilter,
    /// Enter: the detail popup, or open what is selected in a view.
    Open,
    CycleView,
    Help,
    /// Esc: close what is open, else quit.
    Back,
    Quit,
    /// Export what is on screen to a file named in a prompt.
    Export,
    // Export file name input.
    PromptChar(char),
    PromptBackspace,
    /// Ctrl-W: the word before the cursor goes.
    PromptDeleteWord,
    /// Ctrl-U: the whole name goes.
    PromptClear,
    PromptConfirm,
    PromptCancel,
    // Search input.
    SearchChar(char),
    SearchBackspace,
    /// Ctrl-W: the word before the cursor goes.
    SearchDeleteWord,
    /// Ctrl-U: the whole query goes.
    SearchClear,
    SearchConfirm,
    SearchCancel,
    // Mouse.
    ScrollDown,
    ScrollUp,
    Click {
        column: u16,
        row: u16,
    },
    Resize {
        width: u16,
        height: u16,
    },
}
