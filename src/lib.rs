pub mod align;
pub mod claim;
pub mod corpus;
pub mod document;
pub mod error;
pub mod furniture;
pub mod sentence;
pub mod span;
