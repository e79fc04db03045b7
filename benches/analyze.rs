//! `cargo bench`: a 3.5 KB article of our own, about 1 MB of our paragraphs written out as JSON,
//! and the knowledge-base build.
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use entente::{analyze_with, gazetteer, Gazetteer, Options};

/// The files of `dir` (under the crate) ending in `.ext`, sorted.
fn files(dir: &str, ext: &str) -> Vec<std::path::PathBuf> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    names.sort();
    names
}

/// About 3.5 KB of our own news prose: the golden documents, one after another.
fn article() -> String {
    let names = files("tests/golden", "txt");
    let mut text = String::new();
    while text.len() < 3500 {
        for p in &names {
            let raw = std::fs::read_to_string(p).expect("read");
            text.push_str(raw.split_once('\n').map(|x| x.1).unwrap_or(""));
            text.push('\n');
        }
    }
    text.truncate(text[..3500].rfind('\n').unwrap_or(3500));
    text
}

/// About 1 MB of our own paragraphs (tests/gold/*.jsonl), each a document with its own date,
/// repeated, and serialized as the command line would write them.
fn corpus() -> Vec<(String, Option<String>)> {
    let names = files("tests/gold", "jsonl");
    let mut docs = Vec::new();
    for p in &names {
        for line in std::fs::read_to_string(p).expect("read").lines() {
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
                let text = v["text"].as_str().unwrap_or_default().to_string();
                let date = v["date"].as_str().map(str::to_string);
                docs.push((text, date));
            }
        }
    }
    let one: usize = docs.iter().map(|d| d.0.len()).sum();
    let copies = 1_000_000 / one.max(1) + 1;
    docs.iter()
        .cycle()
        .take(docs.len() * copies)
        .cloned()
        .collect()
}

fn bench(c: &mut Criterion) {
    let gaz = Gazetteer::builtin();
    let text = article();
    let opts = Options {
        date: Some("2024-03-05".into()),
        id: None,
    };
    let mut g = c.benchmark_group("analyze");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function(format!("article_{}_bytes", text.len()), |b| {
        b.iter(|| analyze_with(gaz, &text, &opts).expect("analysis"))
    });
    let docs = corpus();
    let bytes: usize = docs.iter().map(|d| d.0.len()).sum();
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function(
        format!("corpus_{}_docs_{}_bytes_with_json", docs.len(), bytes),
        |b| {
            b.iter(|| {
                let mut out = 0;
                for (text, date) in &docs {
                    let opts = Options {
                        date: date.clone(),
                        id: None,
                    };
                    let a = analyze_with(gaz, text, &opts).expect("analysis");
                    out += serde_json::to_string(&a).expect("json").len();
                }
                out
            })
        },
    );
    g.finish();
    let tables = gazetteer::builtin_tables();
    c.bench_function("knowledge_base_build", |b| {
        b.iter(|| Gazetteer::build(&tables).expect("kb"))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
