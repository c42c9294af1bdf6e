//! The command line as the user types it (clap derive). `Config` turns it into settings.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Find the people, places and organisations news articles mention, and who said what, as JSON.
#[derive(Debug, Parser)]
#[command(name = "gazette", version, about, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Entities and quotes of each document, one JSON record per line.
    Extract(DocArgs),
    /// Entities only (records leave out `quotes`).
    Entities(DocArgs),
    /// Quotes and their speakers (records leave out `entities`).
    Quotes(QuoteArgs),
    /// Validate gazetteer files and count what they hold.
    #[command(subcommand)]
    Gazetteer(GazetteerCommand),
}

#[derive(Debug, Subcommand)]
pub enum GazetteerCommand {
    /// Check gazetteer files (TSV or spaCy JSONL) and print entity and alias counts.
    Check {
        /// Files to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Count entities and names per type and class in the built-in set plus any files given,
    /// and list countries that have no nationality (NORP) entry.
    Stats {
        /// Extra gazetteer files to include.
        files: Vec<PathBuf>,
        /// Leave out the built-in gazetteers.
        #[arg(long)]
        no_default_gazetteers: bool,
    },
}

/// How documents arrive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum InputFormat {
    /// Each file (or standard input) is one document.
    Text,
    /// JSON Lines: one object per line with a text field and an optional id field.
    Jsonl,
    /// Plain text, one document per line.
    Lines,
}

/// The unit of every offset in the output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Offsets {
    /// Unicode code points (Python string indices).
    Chars,
    /// UTF-8 bytes.
    Bytes,
    /// UTF-16 code units (JavaScript, Java).
    Utf16,
}

#[derive(Debug, Args)]
pub struct DocArgs {
    /// Input files and directories; none or `-` reads standard input. Directories are read
    /// recursively, keeping the files that `--glob` selects.
    pub files: Vec<PathBuf>,

    /// Which files to read in directories, e.g. `*.txt` or `2024/**/*.md`; repeatable. A pattern
    /// without `/` matches the file name, one with `/` the path below the directory given.
    /// Default: `*.txt` and `*.md` (with `--input jsonl`: `*.jsonl`). Files named on the
    /// command line are always read.
    #[arg(long = "glob", value_name = "PATTERN")]
    pub globs: Vec<String>,

    /// How documents arrive.
    #[arg(long, value_enum, default_value_t = InputFormat::Text)]
    pub input: InputFormat,

    /// With `--input jsonl`: the field holding the text.
    #[arg(long, default_value = "text", value_name = "FIELD")]
    pub text_field: String,

    /// With `--input jsonl`: the field holding the document id.
    #[arg(long, default_value = "id", value_name = "FIELD")]
    pub id_field: String,

    /// A gazetteer file to add (TSV, or spaCy patterns if it ends in `.jsonl`); repeatable.
    /// Its entries replace built-in ones with the same id.
    #[arg(long = "gazetteer", short = 'g', value_name = "FILE")]
    pub gazetteers: Vec<PathBuf>,

    /// Do not load the built-in gazetteers.
    #[arg(long)]
    pub no_default_gazetteers: bool,

    /// Match names regardless of ASCII case (off by default: `May` is not `may`).
    #[arg(long)]
    pub ignore_case: bool,

    /// Find names from the gazetteers only, without the name rules (titles, roles, given
    /// names, name patterns such as `X Ministry` or `Lake X`).
    #[arg(long)]
    pub no_name_rules: bool,

    /// Which quotations to report, comma-separated: `direct` (in quotation marks),
    /// `indirect` (reported speech), `mixed` (reported speech holding a quoted fragment).
    #[arg(long, value_enum, value_delimiter = ',', default_values_t = [Kind::Direct, Kind::Indirect, Kind::Mixed])]
    pub kinds: Vec<Kind>,

    /// Indent the JSON (a record then spans several lines).
    #[arg(long)]
    pub pretty: bool,

    /// The unit of every offset in the output.
    #[arg(long, value_enum, default_value_t = Offsets::Chars)]
    pub offsets: Offsets,

    /// Documents analysed at once (default: one per core). Output order is input order
    /// whatever the number.
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,

    /// Give a document that is not valid UTF-8 an error record instead of decoding it with
    /// U+FFFD replacements and a warning.
    #[arg(long)]
    pub strict_utf8: bool,

    /// Stop after the first record that carries an error (exit code 1).
    #[arg(long)]
    pub fail_fast: bool,

    /// Show documents, megabytes and documents per second on standard error, even when it is
    /// not a terminal (on a terminal it shows by itself once a run takes more than a second).
    #[arg(long)]
    pub progress: bool,
}

/// A kind of quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Kind {
    /// Words inside quotation marks.
    Direct,
    /// Reported speech without quotation marks.
    Indirect,
    /// Reported speech that holds a quoted fragment.
    Mixed,
}

/// How `gazette quotes` prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum QuoteFormat {
    /// JSON records, as `extract` writes them but without `entities`.
    Json,
    /// `Speaker: “quote”` lines for reading at a terminal.
    Text,
}

#[derive(Debug, Args)]
pub struct QuoteArgs {
    #[command(flatten)]
    pub doc: DocArgs,

    /// Output format.
    #[arg(long, value_enum, default_value_t = QuoteFormat::Json)]
    pub format: QuoteFormat,
}
