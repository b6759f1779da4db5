pub mod claim;
pub mod document;
pub mod error;
pub mod furniture;
pub mod sentence;
pub mod span;
