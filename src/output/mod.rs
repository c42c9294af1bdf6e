//! Output: the JSON Lines records of the contract and the human text format for quotes.

pub mod check;
pub mod json;
pub mod offsets;
pub mod text;

pub use check::check_record;
pub use json::{write_error_record, write_record, RecordOptions};
pub use offsets::{OffsetConverter, OffsetUnit};
