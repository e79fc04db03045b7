//! The JavaScript API: the only file that touches wasm-bindgen, js-sys and web-sys. It converts
//! and nothing else. Arguments are read property by property with `Reflect` rather than through
//! a serde deserializer: the package is smaller by the deserializer's code for every type.

use js_sys::Reflect;
use wasm_bindgen::prelude::*;

use crate::{analyze_json_with, Gazetteer, Options};

/// The options object of `analyze(text, { date, id, extra })`.
#[derive(Debug, Default)]
struct JsOptions {
    date: Option<String>,
    id: Option<String>,
    /// A newsroom's knowledge-base additions: `{ "persons.txt": "...", ... }`, sorted by name.
    extra: Vec<(String, String)>,
}

/// `object[key]`, or undefined when it cannot be read.
fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// An optional string property: absent, null or a string; anything else is an error.
fn optional_string(object: &JsValue, key: &str) -> Result<Option<String>, String> {
    let v = get(object, key);
    if v.is_undefined() || v.is_null() {
        return Ok(None);
    }
    v.as_string()
        .map(Some)
        .ok_or_else(|| format!("{key} must be a string"))
}

fn read_options(options: &JsValue) -> Result<JsOptions, String> {
    let mut out = JsOptions {
        date: optional_string(options, "date")?,
        id: optional_string(options, "id")?,
        extra: Vec::new(),
    };
    let extra = get(options, "extra");
    if extra.is_undefined() || extra.is_null() {
        return Ok(out);
    }
    if !extra.is_object() {
        return Err("extra must be an object of file names to texts".into());
    }
    for entry in js_sys::Object::entries(extra.unchecked_ref()).iter() {
        let pair: js_sys::Array = entry.unchecked_into();
        let name = pair.get(0).as_string().unwrap_or_default();
        let text = pair
            .get(1)
            .as_string()
            .ok_or_else(|| format!("extra[{name:?}] must be the text of a file"))?;
        out.extra.push((name, text));
    }
    crate::sort::by(&mut out.extra, |a, b| a.cmp(b));
    Ok(out)
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
        read_options(&options)
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
    // Surrogates JS held unpaired are noted after the analysis' own warnings.
    let lone = lone
        .map(|(count, first)| {
            vec![format!(
                "the text holds {count} unpaired UTF-16 surrogate(s), the first at offset {first}: \
                 each was read as U+FFFD (offsets are unchanged)"
            )]
        })
        .unwrap_or_default();
    // One JSON string, written straight from the analysis, and the engine's own parser: several
    // times faster than building the object property by property across the boundary, and the
    // result is the same plain data.
    let result = match &opts.extra {
        files if !files.is_empty() => {
            let files: Vec<(&str, &str)> = files
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            let gaz = Gazetteer::with_extra(&files)
                .map_err(|e| JsError::new(&crate::Error::knowledge_base(&e).to_string()))?;
            analyze_json_with(&gaz, &text, &options, &lone)
        }
        _ => analyze_json_with(Gazetteer::builtin(), &text, &options, &lone),
    };
    let json = result.map_err(|e| JsError::new(&e.to_string()))?;
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
    let a = read_marks(&analysis).map_err(|e| {
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
    crate::sort::by_key(&mut mentions, |m| (m.start, usize::MAX - m.end));
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

/// What `highlight` reads of an analysis.
struct Marks {
    mentions: Vec<Mark>,
    entities: Vec<MarkEntity>,
}

#[derive(Clone)]
struct Mark {
    start: usize,
    end: usize,
    entity: String,
}

struct MarkEntity {
    id: String,
    kind: String,
    name: String,
    role: Option<String>,
    affiliation: Option<String>,
}

/// `analysis[key]` as an array, or an error naming the key.
fn array(object: &JsValue, key: &str) -> Result<js_sys::Array, String> {
    get(object, key)
        .dyn_into::<js_sys::Array>()
        .map_err(|_| format!("{key} must be an array"))
}

fn string(object: &JsValue, key: &str, what: &str) -> Result<String, String> {
    get(object, key)
        .as_string()
        .ok_or_else(|| format!("{what}.{key} must be a string"))
}

fn read_marks(analysis: &JsValue) -> Result<Marks, String> {
    let mut mentions = Vec::new();
    for m in array(analysis, "mentions")?.iter() {
        let offset = |key: &str| {
            get(&m, key)
                .as_f64()
                .filter(|x| *x >= 0.0 && x.fract() == 0.0)
                .map(|x| x as usize)
                .ok_or_else(|| format!("mention.{key} must be an offset"))
        };
        mentions.push(Mark {
            start: offset("start")?,
            end: offset("end")?,
            entity: string(&m, "entity", "mention")?,
        });
    }
    let mut entities = Vec::new();
    for e in array(analysis, "entities")?.iter() {
        entities.push(MarkEntity {
            id: string(&e, "id", "entity")?,
            kind: string(&e, "kind", "entity")?,
            name: string(&e, "name", "entity")?,
            role: optional_string(&e, "role")?,
            affiliation: optional_string(&e, "affiliation")?,
        });
    }
    Ok(Marks { mentions, entities })
}

/// Today's date from the JS clock, as `yyyymmdd`.
pub(crate) fn today() -> crate::kb::Day {
    let d = js_sys::Date::new_0();
    d.get_full_year() * 10_000 + (d.get_month() + 1) * 100 + d.get_date()
}
