//! The JavaScript API in a real browser (`wasm-pack test --headless --chrome`): `highlight`
//! fills an element with the text and `<mark>`s for the mentions, with `data-entity` and
//! `data-kind`, and user text never becomes markup.
//!
//! As in `tests/web.rs`, the exported functions are reached the way a page reaches them: from
//! the generated bindings module, here the ES module `./wasm-bindgen-test` the runner's page
//! has already imported and initialised (a dynamic import returns that same instance). The
//! exports are linked into the test binary only when the test uses the crate, which every
//! test here does: each analysis is also made by the core and compared.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::future::poll_fn;
use std::rc::Rc;
use std::task::{Poll, Waker};

use entente::{Analysis, Options};
use js_sys::{Array, Function, Promise, Reflect, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Node};

wasm_bindgen_test_configure!(run_in_browser);

/// Waits for a promise.
async fn settle(promise: Promise) -> Result<JsValue, JsValue> {
    type Slot = Rc<RefCell<(Option<Result<JsValue, JsValue>>, Option<Waker>)>>;
    let slot: Slot = Rc::new(RefCell::new((None, None)));
    let settle_with = |slot: Slot, ok: bool| {
        Closure::<dyn FnMut(JsValue)>::new(move |v: JsValue| {
            let mut s = slot.borrow_mut();
            s.0 = Some(if ok { Ok(v) } else { Err(v) });
            if let Some(w) = s.1.take() {
                w.wake();
            }
        })
    };
    let resolve = settle_with(slot.clone(), true);
    let reject = settle_with(slot.clone(), false);
    let _ = promise.then2(&resolve, &reject);
    poll_fn(|cx| {
        let mut s = slot.borrow_mut();
        match s.0.take() {
            Some(r) => Poll::Ready(r),
            None => {
                s.1 = Some(cx.waker().clone());
                Poll::Pending
            }
        }
    })
    .await
}

/// The generated bindings of this test binary, as the runner's page loaded them.
async fn bindings() -> JsValue {
    let import: Promise = Function::new_no_args("return import('./wasm-bindgen-test')")
        .call0(&JsValue::NULL)
        .expect("dynamic import")
        .dyn_into()
        .expect("a promise");
    settle(import).await.expect("the bindings module")
}

async fn call(name: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let f: Function = Reflect::get(&bindings().await, &name.into())
        .expect("bindings")
        .dyn_into()
        .unwrap_or_else(|_| panic!("the crate exports no function {name}"));
    f.apply(&JsValue::NULL, &args.iter().collect::<Array>())
}

/// `analyze(text, { date })` from JavaScript, checked against the core.
async fn analyze(text: &str, date: &str) -> JsValue {
    let options = JSON::parse(&format!(r#"{{"date":"{date}"}}"#)).expect("options");
    let js = call("analyze", &[text.into(), options])
        .await
        .expect("analysis");
    let core = entente::analyze(
        text,
        &Options {
            date: Some(date.into()),
            id: None,
        },
    )
    .expect("core analysis");
    let back: Analysis = serde_wasm_bindgen::from_value(js.clone()).expect("the contract");
    assert_eq!(back, core, "the JS API gives the core's analysis");
    js
}

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

fn container() -> Element {
    let document = web_sys::window()
        .expect("window")
        .document()
        .expect("document");
    let div = document.create_element("div").expect("div");
    document
        .body()
        .expect("body")
        .append_child(&div)
        .expect("append");
    div
}

/// The child elements of `parent`, in order.
fn child_elements(parent: &Element) -> Vec<Element> {
    let mut out = Vec::new();
    let mut node: Option<Node> = parent.first_child();
    while let Some(n) = node {
        if let Some(e) = n.dyn_ref::<Element>() {
            out.push(e.clone());
        }
        node = n.next_sibling();
    }
    out
}

/// Every element below `parent`, depth first.
fn descendants(parent: &Element) -> Vec<Element> {
    let mut out = Vec::new();
    for e in child_elements(parent) {
        out.push(e.clone());
        out.extend(descendants(&e));
    }
    out
}

/// `(text, data-entity, data-kind, title)` of each mark.
fn marks(parent: &Element) -> Vec<(String, String, String, String)> {
    child_elements(parent)
        .iter()
        .map(|m| {
            assert_eq!(m.tag_name(), "MARK", "only marks are made");
            (
                m.text_content().unwrap_or_default(),
                m.get_attribute("data-entity").unwrap_or_default(),
                m.get_attribute("data-kind").unwrap_or_default(),
                m.get_attribute("title").unwrap_or_default(),
            )
        })
        .collect()
}

#[wasm_bindgen_test]
async fn browser_001_marks_carry_entity_and_kind() {
    let text =
        "China and Russia oppose NATO. Chinese President Xi Jinping met Vladimir Putin in Moscow.";
    let analysis = analyze(text, "2022-02-04").await;
    let div = container();
    call(
        "highlight",
        &[div.clone().into(), text.into(), analysis.clone()],
    )
    .await
    .expect("highlight");
    assert_eq!(
        div.text_content().as_deref(),
        Some(text),
        "the text is kept whole"
    );
    let got = marks(&div);
    let mentions: Vec<JsValue> = Array::from(&get(&analysis, "mentions")).iter().collect();
    assert_eq!(got.len(), mentions.len(), "one mark a mention: {got:?}");
    for (mark, mention) in got.iter().zip(&mentions) {
        assert_eq!(Some(&mark.0), get(mention, "text").as_string().as_ref());
        assert_eq!(Some(&mark.1), get(mention, "entity").as_string().as_ref());
    }
    let want = [
        ("China", "CHN", "country"),
        ("Russia", "RUS", "country"),
        ("NATO", "NATO", "organization"),
        ("Vladimir Putin", "vladimir-putin", "person"),
    ];
    for (text, entity, kind) in want {
        assert!(
            got.iter()
                .any(|(t, e, k, _)| t == text && e == entity && k == kind),
            "{text} -> {entity} ({kind}) in {got:?}"
        );
    }
    for (t, e, k, title) in &got {
        assert!(
            !e.is_empty() && !k.is_empty(),
            "{t}: data-entity and data-kind"
        );
        assert!(!title.is_empty(), "{t}: a title");
    }
    let xi = got.iter().find(|m| m.1 == "xi-jinping").expect("Xi's mark");
    assert_eq!(xi.2, "person");
    assert!(
        xi.3.contains("Xi Jinping"),
        "the title names the person: {}",
        xi.3
    );
    div.remove();
}

#[wasm_bindgen_test]
async fn browser_002_script_in_user_text_stays_text() {
    let text = "<script>window.__entente_pwned = 1</script> China <b>backed</b> Russia. \
                <img src=x onerror=\"window.__entente_pwned = 2\"> Iran & Israel <!-- clashed -->";
    let analysis = analyze(text, "2024-01-10").await;
    let div = container();
    call("highlight", &[div.clone().into(), text.into(), analysis])
        .await
        .expect("highlight");
    assert_eq!(div.text_content().as_deref(), Some(text));
    let tags: Vec<String> = descendants(&div).iter().map(|e| e.tag_name()).collect();
    assert!(tags.iter().all(|t| t == "MARK"), "only marks: {tags:?}");
    assert!(!tags.is_empty(), "China, Russia, Iran, Israel are marked");
    let html = div.inner_html();
    assert!(html.contains("&lt;script&gt;"), "escaped: {html}");
    assert!(!html.contains("<script"), "{html}");
    let window = web_sys::window().expect("window");
    assert!(
        get(&window, "__entente_pwned").is_undefined(),
        "no script ran"
    );
    div.remove();
}

#[wasm_bindgen_test]
async fn browser_003_marks_slice_text_with_emoji() {
    let text = "🇺🇦 Ukraine 👨‍👩‍👧‍👦 thanked Poland 👍🏽 — and 乌克兰 welcomed Germany's aid.";
    let analysis = analyze(text, "2024-01-10").await;
    let div = container();
    call("highlight", &[div.clone().into(), text.into(), analysis])
        .await
        .expect("highlight");
    assert_eq!(div.text_content().as_deref(), Some(text));
    let got: Vec<(String, String)> = marks(&div).into_iter().map(|(t, e, _, _)| (t, e)).collect();
    for (name, id) in [("Ukraine", "UKR"), ("Poland", "POL"), ("Germany", "DEU")] {
        assert!(
            got.contains(&(name.to_string(), id.to_string())),
            "{name} -> {id} in {got:?}"
        );
    }
    div.remove();
}

#[wasm_bindgen_test]
async fn browser_004_highlight_replaces_old_content_and_rejects_bad_analysis() {
    let div = container();
    div.set_inner_html("<p>old</p>");
    let text = "Japan backed the Philippines.";
    let analysis = analyze(text, "2024-01-10").await;
    call("highlight", &[div.clone().into(), text.into(), analysis])
        .await
        .expect("highlight");
    assert_eq!(div.text_content().as_deref(), Some(text));
    assert_eq!(marks(&div).len(), 2);

    let e = call(
        "highlight",
        &[div.clone().into(), text.into(), "nonsense".into()],
    )
    .await
    .expect_err("a string is no analysis");
    assert!(e.is_instance_of::<js_sys::Error>(), "{e:?}");
    let message = get(&e, "message").as_string().unwrap_or_default();
    assert!(message.contains("bad analysis"), "{message:?}");
    div.remove();
}

#[wasm_bindgen_test]
async fn browser_005_empty_text() {
    let div = container();
    let analysis = analyze("", "2024-01-10").await;
    call("highlight", &[div.clone().into(), "".into(), analysis])
        .await
        .expect("highlight");
    assert_eq!(div.text_content().as_deref(), Some(""));
    assert!(marks(&div).is_empty());
    div.remove();
}
