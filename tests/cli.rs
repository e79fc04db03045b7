//! The command line as a user meets it: its help, its JSON, its inputs, its batch mode, its
//! knowledge-base additions, and the exit codes its help documents (0 written, 1 the input could
//! not be used, 2 the command line was wrong).

use std::path::{Path, PathBuf};

mod common;

use common::Run;
use serde_json::Value;

/// The shared runner (`tests/common`), taking the input as bytes.
fn entente(args: &[&str], stdin: &[u8]) -> Run {
    common::entente(args, stdin.to_vec())
}

/// A fresh directory for one test's files.
fn scratch(test: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("cli")
        .join(test);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write file");
    path.to_str().expect("UTF-8 path").to_string()
}

/// Checks the shape of one `entente/1` analysis and returns it.
fn analysis(json: &str) -> Value {
    let v: Value = serde_json::from_str(json).unwrap_or_else(|e| panic!("not JSON ({e}): {json}"));
    assert_eq!(v["schema"], "entente/1", "{json}");
    for key in ["sentences", "entities", "mentions", "relations", "blocs"] {
        assert!(v[key].is_array(), "{key} is not an array: {json}");
    }
    v
}

fn entity_ids(v: &Value) -> Vec<String> {
    v["entities"]
        .as_array()
        .expect("entities")
        .iter()
        .map(|e| e["id"].as_str().expect("entity id").to_string())
        .collect()
}

const TEXT: &str = "China and Russia oppose NATO. Chinese President Xi Jinping met Vladimir Putin.";

#[test]
fn cli_001_help_exits_0_with_usage() {
    for args in [&["--help"][..], &["-h"], &["analyze", "--help"]] {
        let r = entente(args, b"");
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
        assert!(r.stdout.contains("USAGE"), "{args:?}: {}", r.stdout);
        assert!(
            r.stdout.contains("entente analyze"),
            "{args:?}: {}",
            r.stdout
        );
        assert!(r.stdout.contains("--jsonl"), "{args:?}: {}", r.stdout);
    }
}

#[test]
fn cli_002_analyze_file_pretty() {
    let dir = scratch("analyze_file_pretty");
    let file = write(&dir, "story.txt", TEXT.as_bytes());
    let r = entente(&["analyze", &file, "--date", "2022-02-04", "--pretty"], b"");
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.trim_end().lines().count() > 1,
        "--pretty indents: {}",
        r.stdout
    );
    let v = analysis(&r.stdout);
    let ids = entity_ids(&v);
    for id in ["CHN", "RUS", "NATO", "xi-jinping", "vladimir-putin"] {
        assert!(ids.iter().any(|x| x == id), "{id} missing from {ids:?}");
    }
    assert!(v["warnings"].as_array().is_none_or(|w| w.is_empty()));
    assert!(v.get("id").is_none_or(Value::is_null), "no id was given");
}

#[test]
fn cli_003_compact_by_default() {
    let dir = scratch("compact_by_default");
    let file = write(&dir, "story.txt", TEXT.as_bytes());
    let r = entente(&["analyze", &file, "--date=2022-02-04"], b"");
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout.lines().count(), 1, "one line: {}", r.stdout);
    analysis(&r.stdout);
}

#[test]
fn cli_004_reads_standard_input() {
    for args in [
        &["analyze", "--date", "2022-02-04"][..],
        &["analyze", "-", "--date", "2022-02-04"],
    ] {
        let r = entente(args, TEXT.as_bytes());
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
        let v = analysis(&r.stdout);
        assert!(entity_ids(&v).iter().any(|x| x == "xi-jinping"), "{args:?}");
    }
}

#[test]
fn cli_005_empty_input_is_an_empty_analysis() {
    let r = entente(&["analyze", "--date", "2022-02-04"], b"");
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v = analysis(&r.stdout);
    assert!(entity_ids(&v).is_empty());
    assert!(v["relations"].as_array().expect("relations").is_empty());
}

#[test]
fn cli_006_unreadable_file_exits_1_naming_it() {
    let dir = scratch("unreadable_file");
    let missing = dir.join("no-such-story.txt");
    let missing = missing.to_str().expect("UTF-8 path");
    let r = entente(&["analyze", missing], b"");
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("no-such-story.txt"), "{}", r.stderr);
    assert!(r.stdout.is_empty(), "nothing on stdout: {}", r.stdout);
    // A directory is not a readable file either.
    let r = entente(&["analyze", dir.to_str().expect("UTF-8 path")], b"");
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("unreadable_file"), "{}", r.stderr);
}

#[test]
fn cli_007_invalid_utf8_exits_1() {
    let dir = scratch("invalid_utf8");
    let file = write(
        &dir,
        "latin1.txt",
        b"Caf\xe9 owners in M\xfcnchen said China backed Russia.",
    );
    let r = entente(&["analyze", &file], b"");
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("latin1.txt"), "{}", r.stderr);
    assert!(r.stderr.contains("UTF-8"), "{}", r.stderr);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);

    let r = entente(&["analyze"], b"China \xff\xfe backed Russia.");
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("UTF-8"), "{}", r.stderr);
    assert!(r.stderr.contains("standard input"), "{}", r.stderr);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
}

#[test]
fn cli_008_bad_date_exits_1() {
    for date in [
        "2023-02-30",
        "yesterday",
        "2023/02/03",
        "2023-2-3",
        "20230203",
    ] {
        let r = entente(&["analyze", "--date", date], TEXT.as_bytes());
        assert_eq!(r.code, 1, "--date {date}: {}", r.stderr);
        assert!(r.stderr.contains(date), "--date {date}: {}", r.stderr);
        assert!(r.stdout.is_empty(), "--date {date}: {}", r.stdout);
    }
}

#[test]
fn cli_009_command_line_errors_exit_2() {
    let rows: &[&[&str]] = &[
        &["analyze", "--frobnicate"],
        &["frobnicate"],
        &["analyze", "--date"],
        &["analyze", "a.txt", "b.txt"],
        &["analyze", "--jsonl", "a.txt"],
    ];
    for args in rows {
        let r = entente(args, b"");
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.stdout.is_empty(), "{args:?}: {}", r.stdout);
        assert!(!r.stderr.is_empty(), "{args:?}: a message");
    }
    let r = entente(&["analyze", "--frobnicate"], b"");
    assert!(r.stderr.contains("--frobnicate"), "{}", r.stderr);
}

fn jsonl(stdin: &[u8]) -> Vec<Value> {
    let r = entente(&["analyze", "--jsonl"], stdin);
    assert_eq!(r.code, 0, "{}", r.stderr);
    r.stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("line not JSON ({e}): {l}")))
        .collect()
}

#[test]
fn cli_010_jsonl_bad_line_in_the_middle() {
    let input = concat!(
        r#"{"id":"first","text":"China backed Russia.","date":"2022-02-04"}"#,
        "\n",
        r#"{"id":"second","text":42}"#,
        "\n",
        r#"{"id":"third","text":"Japan backed the Philippines.","date":"2024-01-10"}"#,
        "\n",
    );
    let out = jsonl(input.as_bytes());
    assert_eq!(out.len(), 3, "{out:?}");
    analysis(&out[0].to_string());
    assert_eq!(out[0]["id"], "first");
    assert!(entity_ids(&out[0]).contains(&"CHN".to_string()));
    assert_eq!(out[1]["id"], "second", "the id is echoed: {}", out[1]);
    assert!(
        out[1]["error"].as_str().is_some_and(|e| !e.is_empty()),
        "{}",
        out[1]
    );
    assert!(
        out[1].get("schema").is_none(),
        "an error line is not an analysis"
    );
    analysis(&out[2].to_string());
    assert_eq!(out[2]["id"], "third");
    assert!(entity_ids(&out[2]).contains(&"PHL".to_string()));
}

#[test]
fn cli_011_jsonl_unparseable_line_has_an_empty_id() {
    let input = concat!(
        r#"{"id":"a","text":"China backed Russia."}"#,
        "\n",
        r#"{"id":"b","text":"#,
        "\n",
        r#"{"id":"c","text":"Japan backed the Philippines."}"#,
        "\n",
    );
    let out = jsonl(input.as_bytes());
    assert_eq!(out.len(), 3, "{out:?}");
    assert_eq!(out[0]["id"], "a");
    assert!(out[1]["error"].is_string(), "{}", out[1]);
    assert!(out[1].get("id").is_none_or(Value::is_null), "{}", out[1]);
    assert_eq!(out[2]["id"], "c");
}

#[test]
fn cli_012_jsonl_invalid_utf8_line_goes_on() {
    let mut input = Vec::new();
    input.extend_from_slice(br#"{"id":"a","text":"China backed Russia."}"#);
    input.push(b'\n');
    input.extend_from_slice(b"{\"id\":\"b\",\"text\":\"caf\xe9 \xff\"}");
    input.push(b'\n');
    input.extend_from_slice(br#"{"id":"c","text":"Japan backed the Philippines."}"#);
    input.push(b'\n');
    let out = jsonl(&input);
    assert_eq!(out.len(), 3, "{out:?}");
    assert_eq!(out[0]["id"], "a");
    assert!(
        out[1]["error"]
            .as_str()
            .is_some_and(|e| e.contains("UTF-8")),
        "{}",
        out[1]
    );
    assert_eq!(out[2]["id"], "c");
    analysis(&out[2].to_string());
}

#[test]
fn cli_013_jsonl_numeric_ids_stay_numbers() {
    let input = concat!(
        r#"{"id":42,"text":"China backed Russia.","date":"2022-02-04"}"#,
        "\n",
        r#"{"id":7,"text":"China backed Russia.","date":"not-a-date"}"#,
        "\n",
        r#"{"id":"42","text":"China backed Russia."}"#,
        "\n",
    );
    let out = jsonl(input.as_bytes());
    assert_eq!(out.len(), 3, "{out:?}");
    assert_eq!(out[0]["id"], Value::from(42), "{}", out[0]);
    assert!(out[0]["id"].is_number());
    assert_eq!(out[1]["id"], Value::from(7), "{}", out[1]);
    assert!(out[1]["error"]
        .as_str()
        .is_some_and(|e| e.contains("not-a-date")));
    assert_eq!(
        out[2]["id"],
        Value::from("42"),
        "a string id stays a string"
    );
}

#[test]
fn cli_014_jsonl_dates_decide_office_holders() {
    let input = concat!(
        r#"{"id":1,"text":"The Indian prime minister visited Tokyo.","date":"2013-05-01"}"#,
        "\n",
        r#"{"id":2,"text":"The Indian prime minister visited Tokyo.","date":"2023-05-01"}"#,
        "\n",
    );
    let out = jsonl(input.as_bytes());
    assert_eq!(out.len(), 2, "{out:?}");
    assert!(
        entity_ids(&out[0]).contains(&"manmohan-singh".to_string()),
        "{}",
        out[0]
    );
    assert!(
        entity_ids(&out[1]).contains(&"narendra-modi".to_string()),
        "{}",
        out[1]
    );
}

const MAYOR: &str = "\
# slug | full name | aliases | affiliation
# source: the city council's public list of office-holders
ada-kowalczyk | Ada Kowalczyk | Kowalczyk | POL
";

const MAYOR_TEXT: &str =
    "Ada Kowalczyk met Ukrainian officials in Gdansk. Kowalczyk said the city would help.";

#[test]
fn cli_015_kb_adds_a_person() {
    let dir = scratch("kb_adds_a_person");
    let kb = write(&dir, "persons.txt", MAYOR.as_bytes());

    let without = entente(&["analyze", "--date", "2024-01-10"], MAYOR_TEXT.as_bytes());
    assert_eq!(without.code, 0, "{}", without.stderr);
    let v = analysis(&without.stdout);
    assert!(!entity_ids(&v).contains(&"ada-kowalczyk".to_string()));

    let with = entente(
        &["analyze", "--date", "2024-01-10", "--kb", &kb],
        MAYOR_TEXT.as_bytes(),
    );
    assert_eq!(with.code, 0, "{}", with.stderr);
    let v = analysis(&with.stdout);
    let person = v["entities"]
        .as_array()
        .expect("entities")
        .iter()
        .find(|e| e["id"] == "ada-kowalczyk")
        .unwrap_or_else(|| panic!("the added person is found: {}", with.stdout));
    assert_eq!(person["kind"], "person");
    assert_eq!(person["name"], "Ada Kowalczyk");
    assert_eq!(person["affiliation"], "POL");
    let mentions: Vec<&str> = v["mentions"]
        .as_array()
        .expect("mentions")
        .iter()
        .filter(|m| m["entity"] == "ada-kowalczyk")
        .map(|m| m["text"].as_str().expect("text"))
        .collect();
    assert!(mentions.contains(&"Ada Kowalczyk"), "{mentions:?}");
    assert!(mentions.contains(&"Kowalczyk"), "the alias: {mentions:?}");

    // The batch mode takes the same additions.
    let line = serde_json::json!({"id": 1, "text": MAYOR_TEXT, "date": "2024-01-10"}).to_string();
    let r = entente(&["analyze", "--jsonl", "--kb", &kb], line.as_bytes());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v = analysis(r.stdout.trim());
    assert!(entity_ids(&v).contains(&"ada-kowalczyk".to_string()));
}

#[test]
fn cli_016_bad_kb_record_exits_1_naming_file_and_line() {
    let dir = scratch("bad_kb_record");
    let rows: &[(&str, &str, &str)] = &[
        // A wrong field count on line 3.
        (
            "persons.txt",
            "# slug | full name | aliases | affiliation\n# source: a test\nada-kowalczyk | Ada Kowalczyk | POL\n",
            "persons.txt:3",
        ),
        // An affiliation pointing nowhere on line 2.
        (
            "persons.txt",
            "# source: a test\nada-kowalczyk | Ada Kowalczyk | Kowalczyk | XXQ\n",
            "persons.txt:2",
        ),
        // A file name that is no table of the knowledge base.
        ("people.txt", "ada-kowalczyk | Ada Kowalczyk | Kowalczyk | POL\n", "people.txt"),
    ];
    for (name, text, want) in rows {
        let kb = write(&dir, name, text.as_bytes());
        let r = entente(&["analyze", "--kb", &kb], MAYOR_TEXT.as_bytes());
        assert_eq!(r.code, 1, "{name}: {}", r.stderr);
        assert!(r.stderr.contains(want), "{want:?} in {}", r.stderr);
        assert!(r.stdout.is_empty(), "{}", r.stdout);
    }
    let r = entente(
        &[
            "analyze",
            "--kb",
            &dir.join("missing.txt").to_string_lossy(),
        ],
        b"",
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("missing.txt"), "{}", r.stderr);
}
