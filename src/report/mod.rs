//! What the command line prints: JSON (the versioned contract), text and Markdown.

pub mod json;
pub mod text;
