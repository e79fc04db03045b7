//! Properties over generated text (proptest): any input, never a panic, and every analysis
//! keeps the `entente/1` contract, as `entente::output::check_invariants` states it (the fuzz
//! target under `fuzz/` holds the analyser to the same checker, for longer).
//!
//! The texts mix the vocabulary of `fuzz/vocab.txt` (names, capitals, titles, triggers,
//! negations, references) with punctuation, quotes, line breaks and arbitrary characters, so
//! that the generated sentences reach the relation patterns and not only the tokenizer. The
//! case count is modest so that `cargo test` stays fast; `scripts/fuzz.sh` searches longer.
#![cfg(not(target_arch = "wasm32"))]

use entente::{analyze, analyze_json_with, output::check_invariants, Analysis, Gazetteer, Options};
use proptest::prelude::*;

const VOCAB: &str = include_str!("../fuzz/vocab.txt");

fn words() -> Vec<&'static str> {
    VOCAB.lines().filter(|l| !l.is_empty()).collect()
}

/// One piece of a generated text.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::sample::select(words()).prop_map(|w| format!("{w} ")),
        2 => prop::sample::select(vec![
            ". ", ", ", "\n", "\"", "“", "”", "'", "’s ", "'s ", "(", ")", "-", " — ", "! ",
            "? ", "; ", ": ", "...", "\r\n", "\t",
        ])
        .prop_map(String::from),
        1 => any::<char>().prop_map(String::from),
        1 => prop::sample::select(vec![
            "👨‍👩‍👧‍👦", "🇺🇦", "👍🏽", "e\u{301}", "\u{0}", "\u{200F}", "\u{FEFF}", "中国 ", "שלום ",
            "مرحبا ", "𝔘", "<b>", "</script>", "&amp;", "ǅ", "İ", "ß",
        ])
        .prop_map(String::from),
    ]
}

fn news() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..80).prop_map(|v| v.concat())
}

fn date() -> impl Strategy<Value = Option<String>> {
    prop::sample::select(vec![
        None,
        Some("1987-06-01"),
        Some("2019-05-01"),
        Some("2024-01-10"),
    ])
    .prop_map(|d| d.map(String::from))
}

fn run(text: &str, date: Option<String>) -> Result<Analysis, TestCaseError> {
    let options = Options { date, id: None };
    let a =
        analyze(text, &options).map_err(|e| TestCaseError::fail(format!("no analysis: {e}")))?;
    check_invariants(text, &a).map_err(|e| TestCaseError::fail(format!("{e}\ntext: {text:?}")))?;
    // The JSON written straight by the command line and the page is serde's, byte for byte.
    let serde = serde_json::to_string(&a).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let json = analyze_json_with(Gazetteer::builtin(), text, &options, &[])
        .map_err(|e| TestCaseError::fail(format!("no analysis: {e}")))?;
    if json != serde {
        return Err(TestCaseError::fail(format!(
            "analyze_json_with differs from serde_json\ntext: {text:?}"
        )));
    }
    Ok(a)
}

/// 96 cases a property, or `PROPTEST_CASES` when set (a longer search by hand).
fn config() -> ProptestConfig {
    match std::env::var("PROPTEST_CASES") {
        Ok(_) => ProptestConfig::default(),
        Err(_) => ProptestConfig::with_cases(96),
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn prop_001_news_like_text_keeps_the_contract(text in news(), date in date()) {
        run(&text, date)?;
    }

    #[test]
    fn prop_002_any_unicode_keeps_the_contract(text in any::<String>()) {
        run(&text, None)?;
    }

    /// The same text after a line of symbols and non-Latin script: every mention and
    /// trigger moves by the prefix's UTF-16 length, not its UTF-8 length, and nothing else
    /// changes.
    #[test]
    fn prop_003_a_prefix_line_shifts_offsets_by_its_utf16_length(
        text in news(),
        prefix in prop::collection::vec(
            prop::sample::select(vec!["👨‍👩‍👧‍👦", "🇺🇦", "👍🏽", "é", "中国", "שלום", "𝔘", "—", " ", "\u{301}"]),
            1..6,
        ),
    ) {
        let prefix = format!("{}\n", prefix.concat());
        let shift = prefix.encode_utf16().count();
        let date = Some("2024-01-10".to_string());
        let plain = run(&text, date.clone())?;
        let shifted = run(&format!("{prefix}{text}"), date)?;
        let moved = |a: &Analysis, by: usize| -> Vec<(usize, usize, String, String)> {
            a.mentions
                .iter()
                .map(|m| (m.start + by, m.end + by, m.text.clone(), m.entity.clone()))
                .collect()
        };
        prop_assert_eq!(moved(&shifted, 0), moved(&plain, shift));
        let rels = |a: &Analysis, by: usize| -> Vec<(String, String, String, usize, bool)> {
            a.relations
                .iter()
                .map(|r| (r.source.clone(), r.kind.clone(), r.target.clone(), r.trigger.start + by, r.negated))
                .collect()
        };
        prop_assert_eq!(rels(&shifted, 0), rels(&plain, shift));
        prop_assert_eq!(&shifted.entities, &plain.entities);
    }

    /// Any `date` option is either used or refused with a message naming it; never a panic.
    #[test]
    fn prop_004_any_date_option_is_used_or_refused(date in prop_oneof![
        any::<String>(),
        "[0-9]{4}-[0-9]{2}-[0-9]{2}",
        "[0-9]{1,6}-[0-9]{1,3}-[0-9]{1,3}",
    ]) {
        match analyze("China backed Russia.", &Options { date: Some(date.clone()), id: None }) {
            Ok(a) => {
                prop_assert!(date.trim().is_empty() || entente::parse_date(date.trim()).is_ok());
                prop_assert_eq!(a.relations.len(), 1);
            }
            Err(e) => {
                prop_assert!(e.is_date());
                prop_assert!(e.to_string().contains(&format!("{:?}", date.trim())), "{}", e);
            }
        }
    }
}
