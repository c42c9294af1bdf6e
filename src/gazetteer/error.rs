//! Why a gazetteer could not be loaded, said so the user can fix the file.

use thiserror::Error;

/// A gazetteer file that could not be read or has a bad line.
#[derive(Debug, Error)]
pub enum LoadError {
    /// The file could not be read.
    #[error("{file}: {source}")]
    Io {
        file: String,
        #[source]
        source: std::io::Error,
    },
    /// A line breaks the format; `location` is `file:line`.
    #[error("{location}: {message}")]
    Invalid { location: String, message: String },
}

impl LoadError {
    pub(crate) fn at(location: &str, message: impl Into<String>) -> LoadError {
        LoadError::Invalid {
            location: location.to_string(),
            message: message.into(),
        }
    }
}
