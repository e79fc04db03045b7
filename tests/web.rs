//! The JavaScript API under Node (`wasm-pack test --node`): `analyze(text, options)` as a page
//! calls it, through the bindings wasm-bindgen generates, and the core compiled to wasm32.
//!
//! The exported functions live in the crate's private `wasm` module, so a test reaches them the
//! way JavaScript does: from the generated bindings module, which the test runner loads as
//! `wasm-bindgen-test.js` beside its main script. That also proves what a Rust call could not:
//! that bad arguments throw a JS `Error` with a message.
//!
//! The browser half (the DOM and `highlight`) is `tests/web_browser.rs`.
#![cfg(target_arch = "wasm32")]

use entente::{Analysis, Options};
use js_sys::{Array, Function, JsString, Object, Reflect, JSON};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

/// The generated bindings of this test binary, as the runner's main script loaded them.
fn bindings() -> JsValue {
    Function::new_no_args("return process.mainModule.require('./wasm-bindgen-test.js')")
        .call0(&JsValue::NULL)
        .expect("the test runner's bindings module")
}

/// Calls an exported function of the crate by name, as JavaScript does.
fn call(name: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let f: Function = Reflect::get(&bindings(), &name.into())
        .expect("bindings")
        .dyn_into()
        .unwrap_or_else(|_| panic!("the crate exports no function {name}"));
    f.apply(&JsValue::NULL, &args.iter().collect::<Array>())
}

fn js_analyze(text: &str, options: &str) -> Result<JsValue, JsValue> {
    let options = if options.is_empty() {
        JsValue::UNDEFINED
    } else {
        JSON::parse(options).expect("options JSON")
    };
    call("analyze", &[text.into(), options])
}

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

fn items(v: &JsValue, key: &str) -> Vec<JsValue> {
    let a = get(v, key);
    assert!(Array::is_array(&a), "{key} is not an array");
    Array::from(&a).iter().collect()
}

fn ids(v: &JsValue) -> Vec<String> {
    items(v, "entities")
        .iter()
        .map(|e| get(e, "id").as_string().expect("entity id"))
        .collect()
}

fn error_message(e: &JsValue) -> String {
    assert!(
        e.is_instance_of::<js_sys::Error>(),
        "throws an Error: {e:?}"
    );
    get(e, "message").as_string().expect("a message")
}

/// What `wasm.rs` returns for an analysis: plain JSON-compatible JS data.
fn to_js(a: &Analysis) -> JsValue {
    a.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .expect("serialize")
}

const TEXT: &str = "China and Russia oppose NATO. Chinese President Xi Jinping met Vladimir Putin.";

#[wasm_bindgen_test]
fn web_001_analyze_returns_the_contract_as_plain_data() {
    let a = js_analyze(TEXT, r#"{"date":"2022-02-04"}"#).expect("analysis");
    assert_eq!(get(&a, "schema").as_string().as_deref(), Some("entente/1"));
    assert_eq!(
        Object::get_prototype_of(&a),
        Object::get_prototype_of(&Object::new()),
        "a plain object, not a Map"
    );
    let entities = ids(&a);
    for id in ["CHN", "RUS", "NATO", "xi-jinping", "vladimir-putin"] {
        assert!(entities.iter().any(|e| e == id), "{id} in {entities:?}");
    }
    let xi = items(&a, "entities")
        .into_iter()
        .find(|e| get(e, "id").as_string().as_deref() == Some("xi-jinping"))
        .expect("xi-jinping");
    assert_eq!(get(&xi, "affiliation").as_string().as_deref(), Some("CHN"));
    assert!(items(&a, "relations").iter().any(|r| {
        get(r, "source").as_string().as_deref() == Some("CHN")
            && get(r, "target").as_string().as_deref() == Some("NATO")
            && get(r, "polarity").as_f64() == Some(-1.0)
    }));
    // It survives JSON, as a page that posts it somewhere needs.
    let json = JSON::stringify(&a).expect("stringify");
    assert!(String::from(json).contains("\"schema\":\"entente/1\""));
}

#[wasm_bindgen_test]
fn web_002_js_analyze_equals_the_core() {
    let rows = [
        ("2022-02-04", TEXT),
        (
            "2024-01-10",
            "Japan backed the Philippines. 👨‍👩‍👧‍👦 Moscow warned Kyiv.",
        ),
        ("2013-05-01", "The Indian prime minister visited Tokyo."),
        ("2024-01-10", ""),
    ];
    for (date, text) in rows {
        let core = entente::analyze(
            text,
            &Options {
                date: Some(date.into()),
                id: None,
            },
        )
        .expect("core analysis");
        let js = js_analyze(text, &format!(r#"{{"date":"{date}"}}"#)).expect("js analysis");
        assert_eq!(
            String::from(JSON::stringify(&js).expect("json")),
            String::from(JSON::stringify(&to_js(&core)).expect("json")),
            "{text:?}"
        );
        let back: Analysis = serde_wasm_bindgen::from_value(js).expect("round trip");
        assert_eq!(back, core, "{text:?}");
    }
}

#[wasm_bindgen_test]
fn web_003_offsets_slice_js_strings() {
    let text = "🇺🇦 Ukraine 👨‍👩‍👧‍👦 thanked Poland 👍🏽 — Zełenski? No: 乌克兰 welcomed Germany's aid.";
    let a = js_analyze(text, r#"{"date":"2024-01-10"}"#).expect("analysis");
    let js_text = JsString::from(text);
    let mentions = items(&a, "mentions");
    assert!(
        mentions.len() >= 3,
        "Ukraine, Poland, Germany: {mentions:?}"
    );
    for m in mentions {
        let start = get(&m, "start").as_f64().expect("start") as u32;
        let end = get(&m, "end").as_f64().expect("end") as u32;
        assert_eq!(
            String::from(js_text.slice(start, end)),
            get(&m, "text").as_string().expect("text"),
            "text.slice({start}, {end})"
        );
    }
    for r in items(&a, "relations") {
        let t = get(&r, "trigger");
        let start = get(&t, "start").as_f64().expect("start") as u32;
        let end = get(&t, "end").as_f64().expect("end") as u32;
        assert_eq!(
            String::from(js_text.slice(start, end)),
            get(&t, "text").as_string().expect("text")
        );
    }
}

#[wasm_bindgen_test]
fn web_004_options_may_be_absent() {
    for options in [JsValue::UNDEFINED, JsValue::NULL, Object::new().into()] {
        let a = call(
            "analyze",
            &["Japan backed the Philippines.".into(), options],
        )
        .expect("analysis without options");
        assert!(ids(&a).iter().any(|e| e == "PHL"));
    }
    // One argument only.
    let a = call("analyze", &["Japan backed the Philippines.".into()]).expect("analysis");
    assert!(ids(&a).iter().any(|e| e == "JPN"));
}

#[wasm_bindgen_test]
fn web_005_bad_arguments_throw_errors_with_messages() {
    let rows: [(&str, JsValue, JsValue, &str); 8] = [
        (
            "text_number",
            42.into(),
            JsValue::UNDEFINED,
            "text must be a string",
        ),
        (
            "text_missing",
            JsValue::UNDEFINED,
            JsValue::UNDEFINED,
            "text must be a string",
        ),
        (
            "options_string",
            "x".into(),
            "2022-02-04".into(),
            "options must be an object",
        ),
        (
            "bad_date",
            "x".into(),
            JSON::parse(r#"{"date":"yesterday"}"#).unwrap(),
            "invalid date",
        ),
        (
            "date_not_string",
            "x".into(),
            JSON::parse(r#"{"date":20220204}"#).unwrap(),
            "date must be a string",
        ),
        (
            "id_not_string",
            "x".into(),
            JSON::parse(r#"{"id":["a"]}"#).unwrap(),
            "id must be a string",
        ),
        (
            "extra_not_object",
            "x".into(),
            JSON::parse(r#"{"extra":"persons.txt"}"#).unwrap(),
            "extra must be an object",
        ),
        (
            "extra_file_not_text",
            "x".into(),
            JSON::parse(r#"{"extra":{"persons.txt":7}}"#).unwrap(),
            "extra[\"persons.txt\"] must be the text of a file",
        ),
    ];
    for (name, text, options, fragment) in rows {
        match call("analyze", &[text, options]) {
            Ok(v) => panic!("{name}: accepted, gave {v:?}"),
            Err(e) => {
                let message = error_message(&e);
                assert!(message.contains(fragment), "{name}: {message:?}");
            }
        }
    }
}

#[wasm_bindgen_test]
fn web_006_id_is_echoed() {
    let a = js_analyze("Japan backed the Philippines.", r#"{"id":"doc-7"}"#).expect("analysis");
    assert_eq!(get(&a, "id").as_string().as_deref(), Some("doc-7"));
    let a = js_analyze("Japan backed the Philippines.", "{}").expect("analysis");
    assert!(get(&a, "id").is_undefined(), "no id, no key");
}

#[wasm_bindgen_test]
fn web_007_without_a_date_titles_resolve_as_of_today_with_a_warning() {
    let a = js_analyze("The Indian prime minister visited Tokyo.", "").expect("analysis");
    assert!(items(&a, "entities")
        .iter()
        .any(|e| get(e, "kind").as_string().as_deref() == Some("person")));
    assert!(
        !items(&a, "warnings").is_empty(),
        "a warning about the date"
    );
}

const MAYOR: &str = "# slug | full name | aliases | affiliation\n\
                     # source: the city council\n\
                     ada-kowalczyk | Ada Kowalczyk | Kowalczyk | POL\n";

#[wasm_bindgen_test]
fn web_008_extra_records_add_actors() {
    let text = "Ada Kowalczyk met Ukrainian officials. Kowalczyk said the city would help.";
    let options = Object::new();
    let extra = Object::new();
    Reflect::set(&extra, &"persons.txt".into(), &MAYOR.into()).unwrap();
    Reflect::set(&options, &"extra".into(), &extra).unwrap();
    Reflect::set(&options, &"date".into(), &"2024-01-10".into()).unwrap();
    let a = call("analyze", &[text.into(), options.into()]).expect("analysis");
    assert!(
        ids(&a).iter().any(|e| e == "ada-kowalczyk"),
        "{:?}",
        ids(&a)
    );

    let plain = js_analyze(text, r#"{"date":"2024-01-10"}"#).expect("analysis");
    assert!(!ids(&plain).iter().any(|e| e == "ada-kowalczyk"));
}

#[wasm_bindgen_test]
fn web_009_bad_extra_records_throw_naming_file_and_line() {
    let options = JSON::parse(
        r##"{"extra":{"persons.txt":"# header\nada-kowalczyk | Ada Kowalczyk | POL\n"}}"##,
    )
    .unwrap();
    let e = call("analyze", &["x".into(), options]).expect_err("bad records are refused");
    let message = error_message(&e);
    assert!(message.contains("persons.txt:2"), "{message:?}");
}

#[wasm_bindgen_test]
fn web_010_core_on_wasm32_never_panics_on_odd_text() {
    let rows = [
        "",
        " ",
        "\u{0}\u{1}\u{2}",
        "👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦",
        "e\u{301}\u{301}\u{301} China",
        "שלום Israel עולם",
        "...!!!???",
        "China. . . Russia",
        "US US US us us UN UNESCO",
    ];
    for text in rows {
        let a = entente::analyze(text, &Options::default()).expect("analysis");
        let units = text.encode_utf16().count();
        for s in &a.sentences {
            assert!(s.start <= s.end && s.end <= units, "{text:?}: {s:?}");
        }
        for m in &a.mentions {
            let slice: Vec<u16> = text.encode_utf16().collect();
            assert_eq!(
                String::from_utf16(&slice[m.start..m.end]).ok().as_deref(),
                Some(m.text.as_str()),
                "{text:?}"
            );
        }
    }
}

/// A JS string made from raw UTF-16 code units, lone surrogates and all (a Rust `&str` cannot
/// hold one).
fn js_units(units: &[u16]) -> JsString {
    JsString::from_char_code(units)
}

fn js_text(s: &str) -> Vec<u16> {
    s.encode_utf16().collect()
}

#[wasm_bindgen_test]
fn web_011_lone_surrogates_from_js() {
    // A high surrogate glued before a name, a low one after a stop, one at the very end.
    let mut units = vec![0xD800];
    units.extend(js_text("China backed Russia."));
    units.push(0xDFFF);
    units.extend(js_text(" Japan backed the Philippines. 👍🏽 "));
    units.push(0xD83D);
    let text = js_units(&units);
    assert!(!text.is_valid_utf16());
    let a = call("analyze", &[text.clone().into()]).expect("an analysis, not a throw");
    let slice = |v: &JsValue| {
        let start = get(v, "start").as_f64().expect("start") as u32;
        let end = get(v, "end").as_f64().expect("end") as u32;
        assert!(start <= end && end <= text.length(), "[{start}, {end})");
        String::from(text.slice(start, end))
    };
    let mentions = items(&a, "mentions");
    assert!(mentions.len() >= 4, "China, Russia, Japan, the Philippines");
    for m in &mentions {
        assert_eq!(slice(m), get(m, "text").as_string().expect("text"));
    }
    let relations = items(&a, "relations");
    for (s, t) in [("CHN", "RUS"), ("JPN", "PHL")] {
        assert!(
            relations.iter().any(|r| {
                get(r, "source").as_string().as_deref() == Some(s)
                    && get(r, "target").as_string().as_deref() == Some(t)
            }),
            "{s} -> {t}"
        );
    }
    for r in &relations {
        let t = get(r, "trigger");
        assert_eq!(slice(&t), get(&t, "text").as_string().expect("text"));
    }
    let sentences = items(&a, "sentences");
    let last = sentences.last().expect("sentences");
    assert_eq!(
        get(last, "end").as_f64(),
        Some(f64::from(text.length())),
        "the last sentence ends where the JS string does"
    );
    let warnings: Vec<String> = items(&a, "warnings")
        .iter()
        .filter_map(JsValue::as_string)
        .collect();
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("3 unpaired") && w.contains("offset 0")),
        "{warnings:?}"
    );
}

#[wasm_bindgen_test]
fn web_012_replacement_characters_are_not_lone_surrogates() {
    // U+FFFD written as such, and a valid pair: nothing to warn about.
    let a = js_analyze("\u{FFFD} Japan backed the Philippines. 👍🏽 \u{FFFD}", "").expect("analysis");
    assert!(items(&a, "warnings").is_empty());
    // Only surrogates: an empty analysis with the warning.
    let a = call(
        "analyze",
        &[js_units(&[0xDC00, 0xD800, 0xDC00, 0xD800]).into()],
    )
    .expect("analysis");
    assert!(items(&a, "entities").is_empty());
    let warnings = items(&a, "warnings");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0]
        .as_string()
        .is_some_and(|w| w.contains("2 unpaired") && w.contains("offset 0")));
}
