//! The JavaScript API: the only file that touches wasm-bindgen, js-sys, web-sys and
//! serde-wasm-bindgen. It converts and nothing else.

use std::collections::BTreeMap;

use serde::Deserialize;
use wasm_bindgen::prelude::*;

use crate::output::Analysis;
use crate::{analyze_with, Gazetteer, Options};

/// The options object of `analyze(text, { date, extra })`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct JsOptions {
    date: Option<String>,
    id: Option<String>,
    /// A newsroom's knowledge-base additions: `{ "persons.txt": "...", ... }`.
    extra: Option<BTreeMap<String, String>>,
}

/// Analyses `text`; returns the `entente/1` object as plain JS data. Throws an `Error` with a
/// message when the arguments are wrong.
#[wasm_bindgen]
pub fn analyze(text: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let Some(js_text) = text.dyn_ref::<js_sys::JsString>() else {
        return Err(JsError::new(
            "analyze(text, options): text must be a string",
        ));
    };
    // A JS string may hold unpaired surrogates; Rust reads each as U+FFFD, one unit for one,
    // so offsets still slice the JS string.
    let text = String::from(js_text);
    let lone = lone_surrogates(js_text, &text);
    let opts: JsOptions = if options.is_undefined() || options.is_null() {
        JsOptions::default()
    } else if options.is_object() {
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| JsError::new(&format!("analyze(text, options): bad options: {e}")))?
    } else {
        return Err(JsError::new(
            "analyze(text, options): options must be an object like { date: \"2022-02-04\" }",
        ));
    };
    let options = Options {
        date: opts.date,
        id: opts.id,
    };
    let result = match &opts.extra {
        Some(files) if !files.is_empty() => {
            let files: Vec<(&str, &str)> = files
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            let gaz = Gazetteer::with_extra(&files)
                .map_err(|e| JsError::new(&crate::Error::knowledge_base(&e).to_string()))?;
            analyze_with(&gaz, &text, &options)
        }
        _ => analyze_with(Gazetteer::builtin(), &text, &options),
    };
    let mut analysis = result.map_err(|e| JsError::new(&e.to_string()))?;
    if let Some((count, first)) = lone {
        analysis.warnings.push(format!(
            "the text holds {count} unpaired UTF-16 surrogate(s), the first at offset {first}: \
             each was read as U+FFFD (offsets are unchanged)"
        ));
    }
    // One JSON string and the engine's own parser: several times faster than building the
    // object property by property across the boundary, and the result is the same plain data.
    let json = serde_json::to_string(&analysis)
        .map_err(|e| JsError::new(&format!("cannot convert the analysis: {e}")))?;
    js_sys::JSON::parse(&json)
        .map_err(|e| JsError::new(&format!("cannot convert the analysis: {e:?}")))
}

/// The number of unpaired surrogates in `js` and the offset of the first, found where its
/// Rust copy `text` holds U+FFFD (a JS call for each, none for text without one).
fn lone_surrogates(js: &js_sys::JsString, text: &str) -> Option<(usize, usize)> {
    if !text.contains('\u{FFFD}') {
        return None;
    }
    let (mut count, mut first, mut at) = (0, None, 0);
    for c in text.chars() {
        if c == '\u{FFFD}' && js.char_code_at(at as u32) != f64::from(0xFFFD) {
            count += 1;
            first.get_or_insert(at);
        }
        at += c.len_utf16();
    }
    first.map(|f| (count, f))
}

/// Fills `element` with `text` as text nodes and `<mark>` elements for the analysis' mentions
/// (`data-entity`, `data-kind`, a `title` with the canonical name). User text never becomes
/// markup.
#[wasm_bindgen]
pub fn highlight(element: &web_sys::Element, text: &str, analysis: JsValue) -> Result<(), JsError> {
    let a: Analysis = serde_wasm_bindgen::from_value(analysis).map_err(|e| {
        JsError::new(&format!(
            "highlight(element, text, analysis): bad analysis: {e}"
        ))
    })?;
    let doc = element
        .owner_document()
        .ok_or_else(|| JsError::new("highlight: the element has no document"))?;
    element.set_text_content(None);
    let units: Vec<u16> = text.encode_utf16().collect();
    let slice = |s: usize, e: usize| {
        String::from_utf16_lossy(&units[s.min(units.len())..e.min(units.len())])
    };
    let js = |e: JsValue| JsError::new(&format!("highlight: {e:?}"));
    let mut at = 0;
    let mut mentions = a.mentions.clone();
    mentions.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    for m in &mentions {
        if m.start < at || m.end > units.len() || m.start >= m.end {
            continue;
        }
        if m.start > at {
            element
                .append_child(&doc.create_text_node(&slice(at, m.start)))
                .map_err(js)?;
        }
        let mark = doc.create_element("mark").map_err(js)?;
        let entity = a.entities.iter().find(|e| e.id == m.entity);
        let kind = entity.map(|e| e.kind.as_str()).unwrap_or("unknown");
        mark.set_attribute("data-entity", &m.entity).map_err(js)?;
        mark.set_attribute("data-kind", kind).map_err(js)?;
        let mut title = entity
            .map(|e| format!("{} ({})", e.name, e.kind))
            .unwrap_or_else(|| m.entity.clone());
        if let Some(role) = entity.and_then(|e| e.role.as_deref()) {
            title.push_str(&format!(", {role}"));
        } else if let Some(aff) = entity.and_then(|e| e.affiliation.as_deref()) {
            title.push_str(&format!(", {aff}"));
        }
        mark.set_attribute("title", &title).map_err(js)?;
        mark.set_text_content(Some(&slice(m.start, m.end)));
        element.append_child(&mark).map_err(js)?;
        at = m.end;
    }
    if at < units.len() {
        element
            .append_child(&doc.create_text_node(&slice(at, units.len())))
            .map_err(js)?;
    }
    Ok(())
}

/// Today's date from the JS clock, as `yyyymmdd`.
pub(crate) fn today() -> crate::kb::Day {
    let d = js_sys::Date::new_0();
    d.get_full_year() * 10_000 + (d.get_month() + 1) * 100 + d.get_date()
}
