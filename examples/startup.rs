//! Prints how long the knowledge base takes to load and the first analysis to run.
//! `cargo run --release --example startup`
use std::time::Instant;

fn main() {
    let t = Instant::now();
    let tables = entente::gazetteer::builtin_tables();
    let parsed = t.elapsed();
    let t = Instant::now();
    let gaz = entente::Gazetteer::build(&tables).expect("built-in knowledge base");
    let built = t.elapsed();
    let t = Instant::now();
    let a = entente::analyze_with(
        &gaz,
        "China and Russia oppose NATO.",
        &entente::Options::default(),
    )
    .expect("analysis");
    let first = t.elapsed();
    println!(
        "parse {:.2} ms, build {:.2} ms, first analysis {:.3} ms ({} entities, {} relations)",
        parsed.as_secs_f64() * 1e3,
        built.as_secs_f64() * 1e3,
        first.as_secs_f64() * 1e3,
        gaz.entities.len(),
        a.relations.len()
    );
    if let Some(path) = std::env::args().nth(1) {
        let text = std::fs::read_to_string(&path).expect("read");
        let n = 200;
        let t = Instant::now();
        for _ in 0..n {
            let _ = entente::analyze_with(
                &gaz,
                &text,
                &entente::Options {
                    date: Some("2022-02-04".into()),
                    id: None,
                },
            );
        }
        println!(
            "{path}: {:.3} ms each ({} bytes)",
            t.elapsed().as_secs_f64() * 1e3 / n as f64,
            text.len()
        );
    }
}
