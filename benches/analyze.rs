//! `cargo bench`: relation extraction on a 3.5 KB article of our own, and start-up.
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use entente::{analyze_with, gazetteer, Gazetteer, Options};

/// About 3.5 KB of our own news prose: the golden documents, one after another.
fn article() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden");
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/golden")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
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
    g.finish();
    let tables = gazetteer::builtin_tables();
    c.bench_function("knowledge_base_build", |b| {
        b.iter(|| Gazetteer::build(&tables).expect("kb"))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
