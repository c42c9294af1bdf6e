//! Text preparation: folding for matching (with an exact offset map back to the original) and
//! segmentation into paragraphs, sentences and tokens.

pub mod fold;
pub mod lower;
pub mod segment;

pub use fold::{fold_str, Folded};
