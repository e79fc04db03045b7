//! Whole documents of our own, analysed and compared with their recorded analysis.
//!
//! Each `tests/golden/NAME.txt` holds a date on its first line and the text after it; the
//! recorded analysis is `NAME.json`. On a difference the test writes `NAME.json.new` beside it
//! and fails, so the change shows in a diff; accept it with `mv NAME.json.new NAME.json` after
//! reading it.

use std::path::Path;

use entente::{analyze, Options};

#[test]
fn golden_documents() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/golden")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    assert!(names.len() >= 3, "golden documents missing");
    let mut failures = Vec::new();
    for path in names {
        let raw = std::fs::read_to_string(&path).expect("read");
        let (date, text) = raw.split_once('\n').expect("a date line, then the text");
        let a = analyze(
            text,
            &Options {
                date: Some(date.trim().to_string()),
                id: None,
            },
        )
        .expect("analysis");
        let got = serde_json::to_string_pretty(&a).expect("json") + "\n";
        let want_path = path.with_extension("json");
        let want = std::fs::read_to_string(&want_path).unwrap_or_default();
        if got != want {
            let new = path.with_extension("json.new");
            std::fs::write(&new, &got).expect("write .new");
            failures.push(format!(
                "{} differs: see {}",
                want_path.display(),
                new.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
