//! Text preparation: folding for matching (with an exact offset map back to the original).

pub mod fold;

pub use fold::{fold_str, Folded};
