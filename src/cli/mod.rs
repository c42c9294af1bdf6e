//! The binary's shell: parse flags, build the extractor once, stream documents through the
//! parallel pipeline and write records. Exit codes: 0 all documents processed; 1 some document
//! failed (its record carries `error`); 2 bad usage or a bad gazetteer; 130 interrupted.
//!
//! Modules: `args` (flags) → `sources` (files and directories) → `input` (raw documents and
//! their decoding) → `record` (one document's output) → `driver` (threads, order, bounds), with
//! `progress` and `interrupt` beside the driver.

pub mod args;
pub mod driver;
pub mod input;
pub mod interrupt;
pub mod progress;
pub mod record;
pub mod sources;

use anyhow::{Context, Result};
use args::{Cli, Command, DocArgs, GazetteerCommand, InputFormat, Kind, Offsets, QuoteFormat};
use gazette::entities::MatchOptions;
use gazette::output::{OffsetUnit, RecordOptions};
use gazette::{Extractor, Gazetteer, QuoteKind, Tasks};
use input::{Decoding, Fields, RawDocuments};
use record::Rendering;
use sources::{Selection, Sources};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// How the process ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Ok,
    DocumentFailed,
    /// Stopped by Ctrl-C.
    Interrupted,
}

/// An error the user must fix before anything runs (exit code 2).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// What a document command does, decided from its flags before any work starts.
struct Config {
    files: Vec<PathBuf>,
    selection: Selection,
    rendering: Rendering,
    threads: usize,
    fail_fast: bool,
    progress: bool,
}

impl Config {
    fn new(args: &DocArgs, tasks: Tasks, text_quotes: bool) -> Result<Config> {
        // Reported speech is only looked for when indirect or mixed quotes are wanted.
        let kinds: Vec<QuoteKind> = args
            .kinds
            .iter()
            .map(|k| match k {
                Kind::Direct => QuoteKind::Direct,
                Kind::Indirect => QuoteKind::Indirect,
                Kind::Mixed => QuoteKind::Mixed,
            })
            .collect();
        let tasks = Tasks {
            reported: tasks.reported && kinds.iter().any(|k| *k != QuoteKind::Direct),
            ..tasks
        };
        let globs = if !args.globs.is_empty() {
            args.globs.clone()
        } else if args.input == InputFormat::Jsonl {
            vec!["*.jsonl".to_string()]
        } else {
            vec!["*.txt".to_string(), "*.md".to_string()]
        };
        let selection = Selection::new(&globs).map_err(UsageError)?;
        let unit = match args.offsets {
            Offsets::Chars => OffsetUnit::Chars,
            Offsets::Bytes => OffsetUnit::Bytes,
            Offsets::Utf16 => OffsetUnit::Utf16,
        };
        let threads = match args.threads {
            Some(n) => usize::from(n),
            None => std::thread::available_parallelism().map_or(1, |n| n.get()),
        };
        Ok(Config {
            files: args.files.clone(),
            selection,
            rendering: Rendering {
                decoding: Decoding {
                    format: args.input,
                    fields: Fields {
                        text: args.text_field.clone(),
                        id: args.id_field.clone(),
                    },
                    strict_utf8: args.strict_utf8,
                },
                tasks,
                record: RecordOptions {
                    unit,
                    entities: tasks.entities,
                    quotes: tasks.quotes,
                    pretty: args.pretty,
                },
                text_quotes,
                kinds,
                headings: args.input != InputFormat::Text || Sources::several(&args.files),
                write_directly_from: record::WRITE_DIRECTLY_FROM,
            },
            threads,
            fail_fast: args.fail_fast,
            progress: args.progress,
        })
    }
}

pub fn run(cli: Cli) -> Result<Outcome> {
    match cli.command {
        Command::Extract(args) => run_documents(&args, Tasks::ALL, false),
        Command::Entities(args) => run_documents(&args, Tasks::ENTITIES, false),
        Command::Quotes(q) => run_documents(&q.doc, Tasks::QUOTES, q.format == QuoteFormat::Text),
        Command::Gazetteer(GazetteerCommand::Check { files }) => check_gazetteers(&files),
        Command::Gazetteer(GazetteerCommand::Stats {
            files,
            no_default_gazetteers,
        }) => gazetteer_stats(&files, no_default_gazetteers),
    }
}

fn load(path: &Path) -> Result<Gazetteer> {
    Gazetteer::from_path(path).map_err(|e| UsageError(e.to_string()).into())
}

fn build_extractor(args: &DocArgs) -> Result<Extractor> {
    let mut builder = Extractor::builder()
        .builtin(!args.no_default_gazetteers)
        .options(MatchOptions {
            ignore_case: args.ignore_case,
            no_name_rules: args.no_name_rules,
        });
    for path in &args.gazetteers {
        builder = builder.gazetteer(load(path)?);
    }
    builder
        .build()
        .map_err(|e| UsageError(e.to_string()).into())
}

fn run_documents(args: &DocArgs, tasks: Tasks, text_quotes: bool) -> Result<Outcome> {
    let config = Config::new(args, tasks, text_quotes)?;
    let extractor = Arc::new(build_extractor(args)?);
    let keep = Arc::clone(&extractor);
    let interrupted = interrupt::flag();
    let sources = Sources::new(&config.files, config.selection.clone());
    let documents = RawDocuments::new(sources, config.rendering.decoding.format);
    let rendering = config.rendering;
    let render = move |raw| record::render(raw, &extractor, &rendering);
    let settings = driver::Settings::new(config.threads, config.fail_fast);
    let mut progress = progress::Progress::new(config.progress);
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let outcome = driver::run(
        documents,
        render,
        &mut out,
        &settings,
        &mut progress,
        interrupted,
    );
    // The process ends next and the system takes its memory back at once; freeing a large
    // gazetteer name by name would take most of a second for a million names.
    std::mem::forget(keep);
    outcome
}

fn check_gazetteers(files: &[PathBuf]) -> Result<Outcome> {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    for path in files {
        let g = load(path)?;
        writeln!(
            out,
            "{}: ok, {} entities, {} names",
            path.display(),
            g.len(),
            g.alias_count()
        )?;
    }
    Ok(Outcome::Ok)
}

fn gazetteer_stats(files: &[PathBuf], no_default: bool) -> Result<Outcome> {
    let mut all = if no_default {
        Gazetteer::default()
    } else {
        gazette::gazetteer::builtin()
            .map_err(|e| UsageError(format!("built-in gazetteer: {e}")))?
            .clone()
    };
    for path in files {
        all.merge(load(path)?);
    }
    let stats = gazette::gazetteer::Stats::of(&all);
    let stdout = io::stdout();
    let mut out = stdout.lock();
    writeln!(out, "{:<30} {:>9} {:>9}", "type", "entities", "names")?;
    for (kind, (n, names)) in &stats.per_type {
        writeln!(out, "{kind:<30} {n:>9} {names:>9}")?;
        for ((k, class), n) in &stats.per_class {
            if k == kind {
                let label = format!("  {class}");
                writeln!(out, "{label:<30} {n:>9}")?;
            }
        }
    }
    writeln!(
        out,
        "{:<30} {:>9} {:>9}",
        "total", stats.entities, stats.names
    )?;
    if !stats.countries_without_demonym.is_empty() {
        writeln!(
            out,
            "countries without a NORP entry: {}",
            stats.countries_without_demonym.join(", ")
        )?;
    }
    out.flush().context("writing statistics")?;
    Ok(Outcome::Ok)
}
