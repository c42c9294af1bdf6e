//! The binary's shell: parse flags, build the extractor once, stream documents through it and
//! write records. Exit codes: 0 all documents processed; 1 some document failed (its record
//! carries `error`); 2 bad usage or a bad gazetteer.

pub mod args;
pub mod input;

use anyhow::{Context, Result};
use args::{Cli, Command, DocArgs, GazetteerCommand, InputFormat, Offsets, QuoteFormat};
use gazette::entities::MatchOptions;
use gazette::output::{self, OffsetUnit, RecordOptions};
use gazette::{Extractor, Gazetteer, Tasks};
use input::{Documents, Fields, Source};
use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// How the process ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Ok,
    DocumentFailed,
}

/// An error the user must fix before anything runs (exit code 2).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// What a document command does, decided from its flags before any work starts.
struct Config {
    sources: Vec<Source>,
    format: InputFormat,
    fields: Fields,
    tasks: Tasks,
    record: RecordOptions,
    text_quotes: bool,
}

impl Config {
    fn new(args: &DocArgs, tasks: Tasks, text_quotes: bool) -> Config {
        let sources = if args.files.is_empty() {
            vec![Source::Stdin]
        } else {
            args.files
                .iter()
                .map(|p| {
                    if p.as_os_str() == "-" {
                        Source::Stdin
                    } else {
                        Source::File(p.clone())
                    }
                })
                .collect()
        };
        let unit = match args.offsets {
            Offsets::Chars => OffsetUnit::Chars,
            Offsets::Bytes => OffsetUnit::Bytes,
            Offsets::Utf16 => OffsetUnit::Utf16,
        };
        Config {
            sources,
            format: args.input,
            fields: Fields {
                text: args.text_field.clone(),
                id: args.id_field.clone(),
            },
            tasks,
            record: RecordOptions {
                unit,
                entities: tasks.entities,
                quotes: tasks.quotes,
                pretty: args.pretty,
            },
            text_quotes,
        }
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
            ..Default::default()
        });
    for path in &args.gazetteers {
        builder = builder.gazetteer(load(path)?);
    }
    builder
        .build()
        .map_err(|e| UsageError(e.to_string()).into())
}

fn run_documents(args: &DocArgs, tasks: Tasks, text_quotes: bool) -> Result<Outcome> {
    let config = Config::new(args, tasks, text_quotes);
    let extractor = build_extractor(args)?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut outcome = Outcome::Ok;
    let many = config.sources.len() > 1 || config.format != InputFormat::Text;
    let docs = Documents::new(config.sources.clone(), config.format, config.fields.clone());
    for doc in docs {
        match &doc.text {
            Ok(text) => {
                let analysis = extractor.analyse_with(text, config.tasks);
                if config.text_quotes {
                    let heading = many.then_some(doc.id.as_str());
                    output::text::write_quotes(&mut out, heading, text, &analysis)?;
                } else {
                    output::write_record(
                        &mut out,
                        &doc.id,
                        &doc.warnings,
                        text,
                        &analysis,
                        &config.record,
                    )?;
                }
            }
            Err(error) => {
                outcome = Outcome::DocumentFailed;
                if config.text_quotes {
                    writeln!(out, "== {}: error: {error}", doc.id)?;
                } else {
                    output::write_error_record(&mut out, &doc.id, error, &config.record)?;
                }
            }
        }
    }
    out.flush()?;
    Ok(outcome)
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
    let mut per_type: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for e in all.entries() {
        let c = per_type.entry(e.info.kind.as_str()).or_default();
        c.0 += 1;
        c.1 += 1 + e.aliases.len();
    }
    let stdout = io::stdout();
    let mut out = stdout.lock();
    writeln!(out, "{:<14} {:>9} {:>9}", "type", "entities", "names")?;
    for (kind, (n, names)) in &per_type {
        writeln!(out, "{kind:<14} {n:>9} {names:>9}")?;
    }
    writeln!(
        out,
        "{:<14} {:>9} {:>9}",
        "total",
        all.len(),
        all.alias_count()
    )
    .context("writing statistics")?;
    Ok(Outcome::Ok)
}
