//! `entente analyze --jsonl` as a batch tool: many lines across the reading chunks, on several
//! threads, written back in input order; `--threads` checked; no progress line on a pipe.

mod common;

use common::entente;
use serde_json::Value;

/// 1,300 lines (more than two reading chunks): documents of our own with numeric ids, every
/// hundredth line broken, blank lines here and there.
fn corpus() -> Vec<u8> {
    let texts = [
        "Poland and Lithuania signed a defence pact on Tuesday.",
        "Iran accused the European Union of hypocrisy.",
        "Kenya's president met his Tanzanian counterpart in Arusha.",
        "Brazil refused to condemn Russia at the United Nations.",
    ];
    let mut out = Vec::new();
    for i in 0..1300 {
        if i % 100 == 57 {
            out.extend_from_slice(format!("{{\"id\": {i}, \"text\": 5}}\n").as_bytes());
        } else {
            let line = serde_json::json!({ "id": i, "text": texts[i % texts.len()], "date": "2024-05-01" });
            out.extend_from_slice(line.to_string().as_bytes());
            out.push(b'\n');
        }
        if i % 250 == 0 {
            out.extend_from_slice(b"   \n");
        }
    }
    out
}

fn lines(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

#[test]
fn batch_001_many_lines_on_two_threads_keep_their_order() {
    let r = entente(&["analyze", "--jsonl", "--threads", "2"], corpus());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let out = lines(&r.stdout);
    assert_eq!(out.len(), 1300, "one output line per non-blank input line");
    for (i, v) in out.iter().enumerate() {
        assert_eq!(v["id"], Value::from(i), "line {i} out of order");
        if i % 100 == 57 {
            assert!(v["error"].is_string(), "line {i} should be an error: {v}");
        } else {
            assert_eq!(v["schema"], "entente/1", "line {i}: {v}");
            assert!(
                !v["relations"].as_array().expect("relations").is_empty(),
                "line {i} lost its relation: {v}"
            );
        }
    }
}

#[test]
fn batch_002_one_thread_and_many_threads_write_the_same_bytes() {
    let one = entente(&["analyze", "--jsonl", "--threads=1"], corpus());
    let many = entente(&["analyze", "--jsonl"], corpus());
    assert_eq!(one.code, 0, "{}", one.stderr);
    assert_eq!(many.code, 0, "{}", many.stderr);
    assert!(
        one.stdout == many.stdout,
        "outputs differ between 1 thread and the default"
    );
}

#[test]
fn batch_003_no_progress_line_on_a_pipe() {
    let r = entente(&["analyze", "--jsonl"], corpus());
    assert_eq!(r.code, 0);
    assert_eq!(
        r.stderr, "",
        "standard error is a pipe here: nothing may be drawn on it"
    );
}

#[test]
fn batch_004_bad_thread_counts_are_usage_errors() {
    for args in [
        &["analyze", "--jsonl", "--threads", "0"][..],
        &["analyze", "--jsonl", "--threads", "many"],
        &["analyze", "--jsonl", "--threads=-3"],
        &["analyze", "--jsonl", "--threads"],
        &["analyze", "--threads", "2"],
    ] {
        let r = entente(args, b"{\"text\":\"Chad\"}\n".to_vec());
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains("--threads"), "{args:?}: {}", r.stderr);
        assert_eq!(r.stdout, "", "{args:?}");
    }
}

/// A sink the test can read back after the writer has been handed a box of it.
#[derive(Clone, Default)]
struct Shared(std::sync::Arc<std::sync::Mutex<Vec<u8>>>, Option<usize>);

impl std::io::Write for Shared {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut held = self.0.lock().expect("lock");
        if self.1.is_some_and(|limit| held.len() + buf.len() > limit) {
            return Err(std::io::Error::other("the disk is full"));
        }
        held.extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn batch_005_a_long_analysis_streamed_is_the_same_bytes() {
    use entente::{analyze_json_to, analyze_json_with, Gazetteer, Options};
    // Far more JSON than the writer holds at once (64 KB), so it is written in many pieces.
    let text = "Poland and Lithuania signed a defence pact. Iran accused the European Union of \
                hypocrisy. Brazil refused to condemn Russia. "
        .repeat(400);
    let options = Options {
        date: Some("2024-01-10".into()),
        id: None,
    };
    let gaz = Gazetteer::builtin();
    let whole = analyze_json_with(gaz, &text, &options, &[]).expect("analysis");
    assert!(whole.len() > 8 << 16, "only {} bytes", whole.len());
    let sink = Shared::default();
    analyze_json_to(gaz, &text, &options, Box::new(sink.clone()))
        .expect("analysis")
        .expect("written");
    let streamed = String::from_utf8(sink.0.lock().expect("lock").clone()).expect("UTF-8");
    assert_eq!(streamed, format!("{whole}\n"));

    // A sink that fails part way: the error comes back, nothing panics.
    let full = Shared(Default::default(), Some(100_000));
    let r = analyze_json_to(gaz, &text, &options, Box::new(full)).expect("analysis");
    assert_eq!(
        r.expect_err("the write failed").to_string(),
        "the disk is full"
    );
}
