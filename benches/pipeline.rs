//! Throughput of each stage of the pipeline, as MB/s and as a ratio to the physical limit: a
//! raw Aho-Corasick leftmost-longest scan of the same text with the same names.
//!
//! The corpus is generated here, deterministically, from the reference articles under
//! `fixtures/` (their paragraphs shuffled into new documents with a fixed seed), so nothing
//! large is committed. Set `GAZETTE_BENCH_MB` to change its size (default 20). Run with
//! `cargo bench --bench pipeline`; `BENCHMARKS.md` explains the figures.

use aho_corasick::{AhoCorasick, MatchKind};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use gazette::output::{write_record, OffsetUnit, RecordOptions};
use gazette::text::{fold_str, segment, Folded};
use gazette::{Extractor, Tasks};
use std::path::Path;

/// A small deterministic generator (xorshift64*), so the corpus is the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

/// The paragraphs of every reference article.
fn paragraphs() -> Vec<String> {
    let mut out = Vec::new();
    let mut dirs = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")];
    while let Some(dir) = dirs.pop() {
        let mut entries: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|e| e == "txt") {
                let text = std::fs::read_to_string(&p).unwrap();
                out.extend(
                    text.split("\n\n")
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(String::from),
                );
            }
        }
    }
    out
}

/// Documents of 8–20 paragraphs each, `mb` megabytes in all.
pub fn corpus(mb: usize) -> Vec<String> {
    let paras = paragraphs();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut docs = Vec::new();
    let mut size = 0;
    while size < mb << 20 {
        let n = 8 + (rng.next() % 13) as usize;
        let doc: Vec<&str> = (0..n)
            .map(|_| paras[(rng.next() % paras.len() as u64) as usize].as_str())
            .collect();
        let doc = doc.join("\n\n");
        size += doc.len();
        docs.push(doc);
    }
    docs
}

/// A user gazetteer of about `aliases` names, generated: people with a given name from the
/// lexicon and an invented surname (full name and surname), and companies (`… Holdings` and
/// its first word). Every name is distinct.
pub fn large_gazetteer(aliases: usize) -> String {
    const SYLLABLES: [&str; 40] = [
        "ka", "lo", "mi", "ren", "sa", "tor", "vu", "bel", "di", "fa", "gor", "han", "jo", "kel",
        "lum", "mar", "nov", "pe", "qui", "ros", "shu", "tam", "ul", "vik", "wen", "xa", "yer",
        "zo", "ab", "ec", "id", "ob", "un", "cha", "dre", "ski", "tra", "bro", "ven", "gal",
    ];
    let given: Vec<&str> = include_str!("../gazetteers/lexicon/given-names.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split('\t').next())
        .filter(|g| !g.starts_with('~'))
        .collect();
    let mut out = String::new();
    for i in 0..aliases / 2 {
        let mut word = String::new();
        let mut n = i;
        loop {
            word.push_str(SYLLABLES[n % SYLLABLES.len()]);
            n /= SYLLABLES.len();
            if n == 0 {
                break;
            }
        }
        word.push_str("ev");
        let word = word[..1].to_uppercase() + &word[1..];
        if i % 5 == 4 {
            out.push_str(&format!(
                "gen-{i}\tORGANIZATION\t{word} Holdings\t{word}\t\n"
            ));
        } else {
            let first = given[i % given.len()];
            out.push_str(&format!("gen-{i}\tPERSON\t{first} {word}\t{word}\t\n"));
        }
    }
    out
}

/// Every name and alias of `entries`, folded: the baseline scan's patterns.
fn folded_names(entries: &[gazette::gazetteer::Entry]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for e in entries {
        names.push(fold_str(&e.info.name));
        names.extend(e.aliases.iter().map(|a| fold_str(&a.text)));
    }
    names.sort();
    names.dedup();
    names
}

/// The whole pipeline over `docs`, records written to `out`: returns the bytes written.
fn analyse_and_write(
    extractor: &Extractor,
    docs: &[String],
    tasks: Tasks,
    options: &RecordOptions,
    out: &mut Vec<u8>,
) -> usize {
    out.clear();
    for d in docs {
        let a = extractor.analyse_with(d, tasks);
        write_record(out, "id", &[], d, &a, options).unwrap();
    }
    out.len()
}

fn bench(c: &mut Criterion) {
    let mb: usize = std::env::var("GAZETTE_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    let docs = corpus(mb);
    let bytes: u64 = docs.iter().map(|d| d.len() as u64).sum();
    let extractor = Extractor::with_builtin().unwrap();
    let gazetteer_only = Extractor::builder()
        .options(gazette::entities::MatchOptions {
            no_name_rules: true,
            ..Default::default()
        })
        .build()
        .unwrap();

    // The baseline: every built-in name, folded, in one leftmost-longest automaton.
    let names = folded_names(gazette::gazetteer::builtin().unwrap().entries());
    let raw = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&names)
        .unwrap();

    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Bytes(bytes));
    g.sample_size(10);
    g.bench_function("baseline: raw scan", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| raw.find_iter(d.as_str()).count())
                .sum::<usize>()
        })
    });
    g.bench_function("normalise", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| Folded::new(d).as_str().len())
                .sum::<usize>()
        })
    });
    g.bench_function("segment", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| segment::paragraphs(d).len())
                .sum::<usize>()
        })
    });
    g.bench_function("match", |b| {
        b.iter(|| docs.iter().map(|d| extractor.find_names(d)).sum::<usize>())
    });
    g.bench_function("entities, gazetteer only", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| {
                    gazetteer_only
                        .analyse_with(d, Tasks::ENTITIES)
                        .mentions
                        .len()
                })
                .sum::<usize>()
        })
    });
    g.bench_function("entities", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| extractor.analyse_with(d, Tasks::ENTITIES).mentions.len())
                .sum::<usize>()
        })
    });
    let direct = Tasks {
        reported: false,
        ..Tasks::ALL
    };
    g.bench_function("entities + direct quotes", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| extractor.analyse_with(d, direct).quotes.len())
                .sum::<usize>()
        })
    });
    g.bench_function("entities + all quotes", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| extractor.analyse_with(d, Tasks::ALL).quotes.len())
                .sum::<usize>()
        })
    });
    let options = RecordOptions {
        unit: OffsetUnit::Chars,
        entities: true,
        quotes: true,
        pretty: false,
    };
    let analyses: Vec<_> = docs.iter().map(|d| extractor.analyse(d)).collect();
    g.bench_function("serialise", |b| {
        let mut out = Vec::with_capacity(1 << 20);
        b.iter(|| {
            out.clear();
            for (d, a) in docs.iter().zip(&analyses) {
                write_record(&mut out, "id", &[], d, a, &options).unwrap();
            }
            out.len()
        })
    });
    g.bench_function("full pipeline with JSON", |b| {
        let mut out = Vec::with_capacity(1 << 20);
        b.iter(|| analyse_and_write(&extractor, &docs, Tasks::ALL, &options, &mut out))
    });
    // What reported speech costs the whole pipeline: the same without it (`--kinds direct`).
    g.bench_function("full pipeline with JSON, direct quotes only", |b| {
        let mut out = Vec::with_capacity(1 << 20);
        b.iter(|| analyse_and_write(&extractor, &docs, direct, &options, &mut out))
    });
    g.finish();

    // The same text with the built-in set and a generated gazetteer of 100,000 more names.
    let large = gazette::Gazetteer::from_tsv("large.tsv", &large_gazetteer(100_000)).unwrap();
    let mut all = gazette::gazetteer::builtin().unwrap().entries().to_vec();
    all.extend(large.entries().iter().cloned());
    let large_raw = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(folded_names(&all))
        .unwrap();
    let large_extractor = Extractor::builder().gazetteer(large).build().unwrap();
    let mut l = c.benchmark_group("large gazetteer");
    l.throughput(Throughput::Bytes(bytes));
    l.sample_size(10);
    l.bench_function("baseline: raw scan", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| large_raw.find_iter(d.as_str()).count())
                .sum::<usize>()
        })
    });
    l.bench_function("match", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| large_extractor.find_names(d))
                .sum::<usize>()
        })
    });
    l.bench_function("full pipeline with JSON", |b| {
        let mut out = Vec::with_capacity(1 << 20);
        b.iter(|| analyse_and_write(&large_extractor, &docs, Tasks::ALL, &options, &mut out))
    });
    l.finish();

    let mut s = c.benchmark_group("start-up");
    s.sample_size(10);
    // As a run does before its first document; the time to free it all is left out, since
    // the command-line tool never frees it.
    s.bench_function("parse and compile the built-in gazetteers", |b| {
        b.iter_with_large_drop(|| {
            let g = gazette::gazetteer::parse_builtin().unwrap();
            Extractor::builder()
                .builtin(false)
                .gazetteer(g)
                .build()
                .unwrap()
        })
    });
    s.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
