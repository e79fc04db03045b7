//! Hostile input: texts no newsroom means to send, which must still give an analysis that keeps
//! the contract (`entente::output::check_invariants`), in time and memory that grow with the
//! text and no faster, and a clear message where the input cannot be used at all.
//!
//! Each test runs in seconds in a debug build except the 10 MB text
//! (`hostile_002_ten_megabytes`, about 20 s). It and the 1 MB test beside it check that the
//! last copy of a repeated article is analysed exactly like the second, so nothing drifts or
//! degrades as the text grows.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::entente;
use entente::{
    analyze,
    output::check_invariants,
    relations::{budget, MAX_PER_SENTENCE},
    text::MAX_SENTENCE_TOKENS,
    Analysis, Options,
};
use serde_json::Value;

fn options() -> Options {
    Options {
        date: Some("2024-01-10".into()),
        id: None,
    }
}

/// The analysis of `text`, which must keep the contract.
fn analyzed(text: &str) -> Analysis {
    let a = analyze(text, &options()).expect("any text gives an analysis");
    if let Err(problem) = check_invariants(text, &a) {
        let shown: String = text.chars().take(200).collect();
        panic!("{problem}\ntext (first 200 characters): {shown:?}");
    }
    a
}

fn ids(a: &Analysis) -> Vec<&str> {
    a.entities.iter().map(|e| e.id.as_str()).collect()
}

fn has_relation(a: &Analysis, source: &str, target: &str) -> bool {
    a.relations
        .iter()
        .any(|r| r.source == source && r.target == target)
}

const ARTICLE: &str = "Chinese President Xi Jinping met Vladimir Putin in Moscow on Monday. \
The two leaders condemned NATO and warned Washington. Japan backed the Philippines, while \
India refused to condemn Russia. Poland accused Belarus of staging the crisis.";

/// What one copy of the article in a long text yields, relative to the copy's start:
/// mentions and relations with offsets made local.
#[allow(clippy::type_complexity)]
fn copy_at(
    a: &Analysis,
    start: usize,
    end: usize,
) -> (
    Vec<(usize, usize, String)>,
    Vec<(String, String, String, usize, bool)>,
) {
    let mentions = a
        .mentions
        .iter()
        .filter(|m| start <= m.start && m.end <= end)
        .map(|m| (m.start - start, m.end - start, m.entity.clone()))
        .collect();
    let relations = a
        .relations
        .iter()
        .filter(|r| start <= r.trigger.start && r.trigger.end <= end)
        .map(|r| {
            (
                r.source.clone(),
                r.kind.clone(),
                r.target.clone(),
                r.trigger.start - start,
                r.negated,
            )
        })
        .collect();
    (mentions, relations)
}

/// `copies` copies of the article, one a line; the second and the last copy must be analysed
/// alike (the first may differ: it introduces the people the later ones name by surname).
fn repeated_article(copies: usize) {
    let line = format!("{ARTICLE}\n");
    let text = line.repeat(copies);
    let a = analyzed(&text);
    let n = line.encode_utf16().count();
    let single = analyzed(ARTICLE);
    assert_eq!(a.sentences.len(), copies * single.sentences.len());
    let second = copy_at(&a, n, 2 * n);
    let last = copy_at(&a, (copies - 1) * n, copies * n);
    assert!(second.0.len() >= 8, "the article names actors: {second:?}");
    assert!(
        second.1.len() >= 4,
        "the article states relations: {second:?}"
    );
    assert_eq!(last, second, "the last copy is analysed like the second");
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
}

#[test]
fn hostile_001_a_megabyte_of_news() {
    repeated_article((1 << 20) / (ARTICLE.len() + 1));
}

#[test]
fn hostile_002_ten_megabytes() {
    repeated_article((10 << 20) / (ARTICLE.len() + 1));
}

#[test]
fn hostile_003_a_megabyte_without_space_or_punctuation() {
    // Letters only: one word, one sentence, no actor (a name inside a longer word is none).
    let letters: String = "ChinaRussiaNATOJapanbackedcondemned"
        .chars()
        .cycle()
        .take(1 << 20)
        .collect();
    // CJK: three bytes and one UTF-16 unit a character; astral: four bytes and two units.
    let cjk = "中国俄罗斯北约".repeat(50_000);
    let astral = "𝔘𝔫𝔦".repeat(80_000);
    for text in [letters, cjk, astral] {
        let a = analyzed(&text);
        let units = text.encode_utf16().count();
        assert_eq!(a.sentences.len(), 1);
        assert_eq!((a.sentences[0].start, a.sentences[0].end), (0, units));
        assert!(a.mentions.is_empty(), "{:?}", &a.mentions[..1]);
        assert!(a.relations.is_empty());
    }
}

#[test]
fn hostile_004_and_250000_times() {
    // No stop anywhere: cut into sentences of at most MAX_SENTENCE_TOKENS, with a warning.
    let text = vec!["and"; 250_000].join(" ");
    let a = analyzed(&text);
    assert_eq!(a.sentences.len(), 250_000 / MAX_SENTENCE_TOKENS);
    assert!(a.entities.is_empty() && a.relations.is_empty());
    let cut = format!("{} sentence(s) ran past", a.sentences.len() - 1);
    assert!(
        a.warnings.iter().any(|w| w.starts_with(&cut)),
        "{:?}",
        a.warnings
    );

    // The same conjunction between the same actors again and again: each pair once.
    let text = format!(
        "{} backed {}.",
        vec!["China and Russia"; 60].join(" and "),
        vec!["Iran and Syria"; 30].join(" and ")
    );
    let a = analyzed(&text);
    assert_eq!(a.sentences.len(), 1);
    for (s, t) in [
        ("CHN", "IRN"),
        ("CHN", "SYR"),
        ("RUS", "IRN"),
        ("RUS", "SYR"),
    ] {
        assert!(has_relation(&a, s, t), "{s} -> {t}");
    }
    assert_eq!(a.relations.len(), 4, "each pair once");
}

/// Distinct country names, enough that both sides of one verb hold thousands of actors and
/// their pairs far outnumber what one sentence may yield.
const COUNTRIES: &[&str] = &[
    "France",
    "Germany",
    "Italy",
    "Spain",
    "Poland",
    "Austria",
    "Belgium",
    "Portugal",
    "Greece",
    "Sweden",
    "Finland",
    "Norway",
    "Denmark",
    "Ireland",
    "Hungary",
    "Romania",
    "Bulgaria",
    "Croatia",
    "Serbia",
    "Albania",
    "Estonia",
    "Latvia",
    "Lithuania",
    "Slovakia",
    "Slovenia",
    "Ukraine",
    "Belarus",
    "Moldova",
    "Armenia",
    "Azerbaijan",
    "Kazakhstan",
    "Mongolia",
    "Japan",
    "India",
    "Pakistan",
    "Bangladesh",
    "Nepal",
    "Vietnam",
    "Thailand",
    "Indonesia",
    "Malaysia",
    "Australia",
    "Canada",
    "Mexico",
    "Brazil",
    "Argentina",
    "Chile",
    "Peru",
    "Colombia",
    "Egypt",
    "Nigeria",
    "Kenya",
    "Ethiopia",
    "Ghana",
    "Senegal",
    "Morocco",
    "Algeria",
];

#[test]
fn hostile_005_thousands_of_countries_on_both_sides_of_a_verb() {
    let side = |n: usize| -> String {
        let names: Vec<&str> = COUNTRIES.iter().copied().cycle().take(n).collect();
        names.join(", ")
    };
    // Every country once on each side, in one sentence: more pairs than a sentence may yield.
    let text = format!(
        "{} and Iran condemned {} and Israel. Japan backed the Philippines.",
        side(COUNTRIES.len()),
        side(COUNTRIES.len())
    );
    let a = analyzed(&text);
    assert_eq!(a.sentences.len(), 2);
    let first = a.relations.iter().filter(|r| r.sentence == 0).count();
    assert_eq!(first, MAX_PER_SENTENCE, "the list yields all it may");
    assert!(
        a.warnings
            .iter()
            .any(|w| w.contains("sentence 0 names more relations") && w.contains("left out")),
        "a warning says the list was cut: {:?}",
        a.warnings
    );
    assert!(has_relation(&a, "JPN", "PHL"), "{:?}", a.relations.last());

    // Thousands on each side: the sentence is cut into pieces, each bounded.
    let text = format!(
        "{} and Iran condemned {} and Israel. Japan backed the Philippines.",
        side(3000),
        side(3000)
    );
    let a = analyzed(&text);
    assert!(a.sentences.len() > 2);
    assert!(
        a.warnings.iter().any(|w| w.contains("ran past")),
        "{:?}",
        a.warnings
    );
    for i in 0..a.sentences.len() {
        let n = a.relations.iter().filter(|r| r.sentence == i).count();
        assert!(n <= MAX_PER_SENTENCE, "sentence {i}: {n} relations");
    }
    assert!(
        a.relations
            .iter()
            .any(|r| r.trigger.text == "condemned" && r.polarity == -1),
        "the verb still relates the lists"
    );
    // The sentence after the lists is analysed as usual.
    assert!(has_relation(&a, "JPN", "PHL"), "{:?}", a.relations.last());
    // Every country of the text is still listed as an entity.
    for name in ["France", "Algeria", "Iran", "Israel"] {
        assert!(
            a.mentions.iter().any(|m| m.text == name),
            "{name} is mentioned"
        );
    }
}

#[test]
fn hostile_006_all_capitals() {
    let text = ARTICLE.to_uppercase();
    let a = analyzed(&text);
    let lower = analyzed(ARTICLE);
    assert_eq!(a.sentences.len(), lower.sentences.len());
    // Shouting is no news: nothing is found that the article does not say.
    for r in &a.relations {
        assert!(
            lower
                .relations
                .iter()
                .any(|x| x.source == r.source && x.target == r.target),
            "{} {} {} is not in the article",
            r.source,
            r.kind,
            r.target
        );
    }
    // An all-capitals headline over a normal article leaves the article's analysis whole.
    let text = format!("BREAKING: US AND UN SAY NATO MUST ACT\n{ARTICLE}");
    let a = analyzed(&text);
    for (s, t) in [("JPN", "PHL"), ("POL", "BLR")] {
        assert!(has_relation(&a, s, t), "{s} -> {t}: {:?}", a.relations);
    }
}

/// Name, text, the relation that must be found between two mentioned actors.
type Row = (&'static str, &'static str, (&'static str, &'static str));

#[rustfmt::skip]
const SCRIPTS: &[Row] = &[
    ("emoji_between_words", "China 🇨🇳👍🏽 backed 👨‍👩‍👧‍👦 Russia 🇷🇺.", ("CHN", "RUS")),
    ("emoji_glued_to_names", "🔥China backed Russia🔥.", ("CHN", "RUS")),
    ("rtl_marks_around_names", "\u{200F}China\u{200F} backed \u{202B}Russia\u{202C}.", ("CHN", "RUS")),
    ("rtl_override", "\u{202E}China backed Russia.\u{202C} Japan backed the Philippines.", ("JPN", "PHL")),
    ("arabic_and_hebrew_around", "قال Iran condemned Israel אמר.", ("IRN", "ISR")),
    ("combining_marks_after_names", "China\u{301}\u{302}\u{303} backed Russia\u{20DD}.", ("CHN", "RUS")),
    ("stacked_combining_marks", "Z\u{36B}\u{36C}\u{36D}\u{36E}algo: Poland accused Belarus.", ("POL", "BLR")),
    ("variation_selectors", "☺\u{FE0F} Poland\u{FE0E} accused Belarus.", ("POL", "BLR")),
    ("zero_width_space_and_joiner", "Japan\u{200B} backed\u{200D} the Philippines.", ("JPN", "PHL")),
    ("byte_order_mark", "\u{FEFF}Japan backed the Philippines.", ("JPN", "PHL")),
    ("replacement_character", "\u{FFFD}\u{FFFD} Japan backed the Philippines \u{FFFD}.", ("JPN", "PHL")),
    ("fullwidth_and_nbsp", "Ｊａｐａｎ? Japan\u{A0}backed\u{2009}the Philippines.", ("JPN", "PHL")),
];

#[test]
fn hostile_007_emoji_right_to_left_and_combining_marks() {
    let mut failures = Vec::new();
    for &(name, text, (s, t)) in SCRIPTS {
        let a = analyzed(text);
        for id in [&s, &t] {
            if !ids(&a).contains(id) {
                failures.push(format!("{name}: no {id} in {:?}", ids(&a)));
            }
        }
        if !has_relation(&a, s, t) {
            failures.push(format!("{name}: no {s} -> {t}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn hostile_008_nul_and_control_characters() {
    let rows = [
        "China backed Russia.\u{0}\u{0}\u{0} Japan backed the Philippines.",
        "China backed Russia.\u{7}\u{8}\u{1B}[31m Japan backed the Philippines.\u{1B}[0m",
        "China backed Russia.\r\u{B}\u{C} Japan backed the Philippines.\u{7F}",
        "China backed Russia.\u{85}\u{2028}Japan backed the Philippines.\u{2029}",
    ];
    for text in rows {
        let a = analyzed(text);
        assert!(has_relation(&a, "CHN", "RUS"), "{text:?}");
        assert!(has_relation(&a, "JPN", "PHL"), "{text:?}");
    }
    // Control characters only.
    let text: String = (0u8..32).map(char::from).cycle().take(100_000).collect();
    let a = analyzed(&text);
    assert!(a.entities.is_empty());
    // A NUL inside a name breaks the name: no actor made of halves.
    let a = analyzed("Chi\u{0}na backed Rus\u{0}sia.");
    assert!(
        a.mentions
            .iter()
            .all(|m| !m.text.contains('\u{0}') && m.entity != "CHN" && m.entity != "RUS"),
        "{:?}",
        a.mentions
    );
}

#[test]
fn hostile_009_html_and_script_tags_are_text() {
    let text = "<p class=\"lead\">China backed <b>Russia</b>.</p>\
        <script>alert('Japan backed the Philippines.')</script>\
        <img src=x onerror=\"Poland accused Belarus\">";
    let a = analyzed(text);
    for (s, t) in [("CHN", "RUS"), ("JPN", "PHL"), ("POL", "BLR")] {
        assert!(has_relation(&a, s, t), "{s} -> {t}: {:?}", a.relations);
    }
    // Tags are left as they are: never part of a mention, kept verbatim in the evidence.
    assert!(a.mentions.iter().all(|m| !m.text.contains('<')));
    assert!(a
        .relations
        .iter()
        .any(|r| r.evidence.contains("<b>Russia</b>")));
}

// The command line, as a batch job meets it: whatever a line holds, the other lines are analysed
// and written in order.

#[test]
fn hostile_cli_001_bad_lines_among_good_ones() {
    // Every kind of unusable line, each between two good documents.
    let bad: &[&[u8]] = &[
        br#"{"id":"bad-json","text":"#,
        br#"{"id":"no-text"}"#,
        br#"{"id":"text-number","text":42}"#,
        br#"{"id":"bad-date","text":"China backed Russia.","date":"2024-13-45"}"#,
        br#"[1,2,3]"#,
        br#"null"#,
        b"{\"id\":\"latin1\",\"text\":\"M\xfcnchen\"}",
        b"\xff\xfe\x00\x00",
        b"{\"id\":\"nul\",\"text\":\"China\x00\"}",
    ];
    let mut input = Vec::new();
    let mut want = Vec::new();
    for (i, line) in bad.iter().enumerate() {
        let good = serde_json::json!({
            "id": format!("good-{i}"),
            "text": format!("Japan backed the Philippines. {}", "Poland accused Belarus. ".repeat(i)),
            "date": "2024-01-10",
        });
        input.extend_from_slice(good.to_string().as_bytes());
        input.push(b'\n');
        want.push(Some(format!("good-{i}")));
        input.extend_from_slice(line);
        input.push(b'\n');
        want.push(None);
    }
    input.extend_from_slice(br#"{"id":"last","text":"China backed Russia."}"#);
    want.push(Some("last".into()));

    let r = entente(&["analyze", "--jsonl"], input);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines = r.json_lines();
    assert_eq!(lines.len(), want.len(), "one line out per line in");
    for (n, (got, want)) in lines.iter().zip(&want).enumerate() {
        match want {
            Some(id) => {
                assert_eq!(got["id"], id.as_str(), "line {}: {got}", n + 1);
                assert_eq!(got["schema"], "entente/1", "line {}: {got}", n + 1);
                let has = |s: &str, t: &str| {
                    got["relations"]
                        .as_array()
                        .expect("relations")
                        .iter()
                        .any(|r| r["source"] == s && r["target"] == t)
                };
                assert!(has("JPN", "PHL") || has("CHN", "RUS"), "line {}", n + 1);
            }
            None => {
                let message = got["error"].as_str().unwrap_or_default();
                assert!(
                    message.contains(&format!("line {}", n + 1)),
                    "line {}: an error naming the line, got {got}",
                    n + 1
                );
                assert!(got.get("schema").is_none(), "line {}: {got}", n + 1);
            }
        }
    }
}

#[test]
fn hostile_cli_004_escaped_lone_surrogates_are_read_as_replacement_characters() {
    // JSON can escape half a surrogate pair; the JS API reads such a unit as U+FFFD, and so
    // does the batch: the document is analysed, its id echoed, with a warning.
    let lines: &[&str] = &[
        r#"{"id":"high","text":"China \ud800 backed Russia.","date":"2024-01-10"}"#,
        r#"{"id":"low-at-end","text":"China backed Russia. \udc00","date":"2024-01-10"}"#,
        r#"{"id":"two","text":"\udc01\ud801China backed Russia.","date":"2024-01-10"}"#,
        r#"{"id":"pair","text":"China \ud83c\udf0d backed Russia.","date":"2024-01-10"}"#,
        r#"{"id":"escaped-backslash","text":"China \\ud800 backed Russia.","date":"2024-01-10"}"#,
        r#"{"id":"bad-too","text":"China \ud800 backed Russia.","date":"2024-13-45"}"#,
    ];
    let r = entente(&["analyze", "--jsonl"], lines.join("\n").into_bytes());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let out = r.json_lines();
    assert_eq!(out.len(), lines.len());
    let warned = |v: &Value| {
        v["warnings"].as_array().is_some_and(|w| {
            w.iter()
                .any(|w| w.as_str().is_some_and(|w| w.contains("U+FFFD")))
        })
    };
    let backs = |v: &Value| {
        v["relations"].as_array().is_some_and(|r| {
            r.iter()
                .any(|r| r["source"] == "CHN" && r["target"] == "RUS")
        })
    };
    for (v, (id, text, lone)) in out.iter().zip([
        ("high", "China \u{fffd} backed Russia.", true),
        ("low-at-end", "China backed Russia. \u{fffd}", true),
        ("two", "\u{fffd}\u{fffd}China backed Russia.", true),
        ("pair", "China \u{1f30d} backed Russia.", false),
        ("escaped-backslash", "China \\ud800 backed Russia.", false),
    ]) {
        assert_eq!(v["id"], id, "{v}");
        assert_eq!(v["schema"], "entente/1", "{v}");
        assert!(backs(v), "{id}: {v}");
        assert_eq!(warned(v), lone, "{id}: {v}");
        // Offsets count UTF-16 units of the text as sent: one unit for each replaced half.
        let units = text.encode_utf16().count() as u64;
        let last = v["sentences"]
            .as_array()
            .and_then(|s| s.last())
            .expect("a sentence");
        assert!(last["end"].as_u64().unwrap() <= units, "{id}: {v}");
        let china = v["mentions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["text"] == "China")
            .expect("China");
        let at = text.find("China").unwrap();
        assert_eq!(
            china["start"].as_u64().unwrap(),
            text[..at].encode_utf16().count() as u64,
            "{id}"
        );
    }
    // A line with another fault still gets its error, with its id.
    assert_eq!(out[5]["id"], "bad-too", "{}", out[5]);
    assert!(
        out[5]["error"]
            .as_str()
            .is_some_and(|e| e.contains("line 6")),
        "{}",
        out[5]
    );
}

#[test]
fn hostile_cli_002_a_long_line_among_small_ones() {
    // Half a megabyte: the debug binary writes and the test reads back megabytes of JSON.
    let big = ARTICLE.repeat((512 << 10) / ARTICLE.len());
    let mut input = String::new();
    for (id, text) in [
        ("a", "China backed Russia."),
        ("big", big.as_str()),
        ("c", "Japan backed the Philippines."),
    ] {
        input.push_str(
            &serde_json::json!({"id": id, "text": text, "date": "2024-01-10"}).to_string(),
        );
        input.push('\n');
    }
    let r = entente(&["analyze", "--jsonl"], input.into_bytes());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines: Vec<Value> = r
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    let got: Vec<&str> = lines
        .iter()
        .map(|v| v["id"].as_str().unwrap_or("?"))
        .collect();
    assert_eq!(got, ["a", "big", "c"]);
    let units = big.encode_utf16().count() as u64;
    let last = lines[1]["sentences"]
        .as_array()
        .expect("sentences")
        .last()
        .cloned();
    assert_eq!(last.and_then(|s| s["end"].as_u64()), Some(units));
}

#[test]
fn hostile_cli_003_files_with_odd_bytes() {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("hostile");
    std::fs::create_dir_all(&dir).expect("scratch dir");
    // NUL and control characters are valid UTF-8: analysed.
    let nul = dir.join("nul.txt");
    std::fs::write(
        &nul,
        b"China backed Russia.\x00\x01\x1b Japan backed the Philippines.",
    )
    .expect("write");
    let r = entente(&["analyze", nul.to_str().expect("path")], Vec::new());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: Value = serde_json::from_str(&r.stdout).expect("JSON");
    assert!(
        v["relations"].as_array().is_some_and(|r| r.len() >= 2),
        "{v}"
    );
    // A UTF-8 byte order mark is one character of the text: offsets count it.
    let bom = dir.join("bom.txt");
    std::fs::write(&bom, "\u{FEFF}Japan backed the Philippines.").expect("write");
    let r = entente(&["analyze", bom.to_str().expect("path")], Vec::new());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: Value = serde_json::from_str(&r.stdout).expect("JSON");
    assert_eq!(v["mentions"][0]["start"], 1, "{v}");
    // UTF-16 text is not UTF-8: refused with a message naming the file.
    let utf16 = dir.join("utf16.txt");
    let bytes: Vec<u8> = "\u{FEFF}China backed Russia."
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    std::fs::write(&utf16, bytes).expect("write");
    let r = entente(&["analyze", utf16.to_str().expect("path")], Vec::new());
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("utf16.txt") && r.stderr.contains("UTF-8"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    assert!(r.stdout.is_empty());
}

#[test]
fn hostile_011_thousands_of_people_by_title() {
    // Each line a new person, unknown to the knowledge base, meeting a known one: thousands of
    // persons, each an actor of the graph the blocs are drawn from.
    let n = 2000;
    // Names no gazetteer holds ("Ufa" or "Goa" would be places).
    let name = |i: usize| {
        let letter = |k: usize| char::from(b'a' + (k % 26) as u8);
        format!(
            "Xq{}{}{} Qwe{}rty",
            letter(i),
            letter(i / 26),
            letter(i / 676),
            i % 997
        )
    };
    let text: String = (0..n)
        .map(|i| {
            format!(
                "President {} met Chinese President Xi Jinping. The two men condemned the strikes.\n",
                name(i)
            )
        })
        .collect();
    let a = analyzed(&text);
    let persons = a
        .entities
        .iter()
        .filter(|e| e.kind == "person" && e.role.as_deref() == Some("President"))
        .count();
    assert_eq!(persons, n, "every titled newcomer is a person");
    let met = a
        .relations
        .iter()
        .filter(|r| r.kind == "CONSULT" && r.target == "xi-jinping")
        .count();
    assert!(met >= n, "each meets Xi: {met}");
    // One connected graph of thousands of actors still splits into at most two blocs.
    assert!(a.blocs.len() <= 2, "{} blocs", a.blocs.len());
    assert!(a.blocs.iter().map(Vec::len).sum::<usize>() > n);
}

/// Vocabulary soup: the fuzz target's words in random order, a quarter of a megabyte, with
/// sentences of every length. Before every back-reference was bounded, soup like this took
/// time growing with the square of its length.
#[test]
fn hostile_012_vocabulary_soup() {
    let words: Vec<&str> = include_str!("../fuzz/vocab.txt").lines().collect();
    let separators = [". ", ", ", "\n", "\"", "'s ", " — ", "; "];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move |n: usize| {
        // xorshift: the same soup on every run
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    let mut soup = String::new();
    while soup.len() < 256 << 10 {
        if next(7) == 0 {
            soup.push_str(separators[next(separators.len())]);
        } else {
            soup.push_str(words[next(words.len())]);
            soup.push(' ');
        }
    }
    let a = analyzed(&soup);
    assert!(a.relations.len() > 100, "{} relations", a.relations.len());
    // A plain sentence after the soup is analysed as it would be alone.
    let text = format!("{soup}\nJapan backed the Philippines.");
    let a = analyzed(&text);
    let last = a.sentences.len() - 1;
    assert!(
        a.relations
            .iter()
            .any(|r| r.sentence == last && r.source == "JPN" && r.target == "PHL"),
        "{:?}",
        a.relations.last()
    );
}

/// Lists of actors in every sentence: the relations of the whole text stop at its budget
/// (`relations::budget`, a multiple of its length), with a warning, so that the analysis of
/// any text stays within a multiple of its size.
#[test]
fn hostile_013_relation_budget_of_a_text() {
    let side = |from: usize| COUNTRIES[from..from + 20].join(", ");
    let sentence = format!("{} and Iran condemned {} and Israel.", side(0), side(20));
    let text = vec![sentence.as_str(); 200].join(" ");
    let a = analyzed(&text);
    let (max_relations, max_evidence) = budget(text.len());
    let evidence: usize = a.relations.iter().map(|r| r.evidence.len()).sum();
    assert!(a.relations.len() <= max_relations);
    assert!(evidence <= max_evidence, "{evidence} > {max_evidence}");
    assert!(
        a.relations.len() < 200 * MAX_PER_SENTENCE,
        "{} relations",
        a.relations.len()
    );
    assert!(
        a.warnings
            .iter()
            .any(|w| w.contains("more relations than its length allows")),
        "{:?}",
        a.warnings
    );
    // The first sentences are analysed in full.
    let first = a.relations.iter().filter(|r| r.sentence == 0).count();
    assert_eq!(first, MAX_PER_SENTENCE);
}

/// Inputs the fuzz target and the property tests found, each once a panic or a broken
/// contract: name, text.
#[rustfmt::skip]
const FOUND: &[(&str, &str)] = &[
    // A speech verb as the text's last token read the token after it (an index out of bounds).
    ("fuzz_001_speech_verb_last", "Russia Ukraine declined to NATO India . Washington their talks between in Paris NATO meet the Philippines Iranian Russia China China told "),
    ("prop_001_speech_verb_alone", "warned "),
    ("prop_002_said_last", "China said"),
];

#[test]
fn hostile_010_fuzz_findings() {
    for &(name, text) in FOUND {
        for date in [None, Some("2024-01-10".to_string())] {
            let a = analyze(text, &Options { date, id: None }).expect(name);
            assert_eq!(check_invariants(text, &a), Ok(()), "{name}");
            assert!(!a.sentences.is_empty(), "{name}");
        }
    }
}
