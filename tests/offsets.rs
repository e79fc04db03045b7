//! Offsets are UTF-16 code units of the input, whatever the text holds: every mention's and
//! trigger's `start`/`end` slice the UTF-16 encoding of the text to exactly its `text`, every
//! relation's evidence is its sentence's slice, and every sentence lies inside the text.
//!
//! Each row puts accents, CJK, emoji (a flag, a ZWJ family, skin tones), combining marks or
//! right-to-left script before and between the actors, and names the entities that must be
//! found and how many relations at least, so that the offsets are checked on real spans.

use entente::{analyze, Analysis, Options};

/// One row: name, text, ids that must be mentioned, the least number of relations.
type Row = (&'static str, &'static str, &'static [&'static str], usize);

#[rustfmt::skip]
const TABLE: &[Row] = &[
    ("offset_001_ascii_baseline", "China and Russia oppose NATO.", &["CHN", "RUS", "NATO"], 2),
    ("offset_002_accents_before", "Après la réunion à Genève, élément clé: Russia condemned Ukraine.", &["RUS", "UKR"], 1),
    ("offset_003_accents_in_names", "Türkiye blocked Sweden's bid. Modibo Keïta spoke in Bamako.", &["TUR", "SWE"], 1),
    ("offset_004_cjk_before", "北京 和 莫斯科 的 关系。 China backed Russia on Friday.", &["CHN", "RUS"], 1),
    ("offset_005_cjk_between", "China (中华人民共和国) condemned Japan (日本国) over the islands.", &["CHN", "JPN"], 1),
    ("offset_006_emoji_flags", "🇺🇸🇨🇳 The United States 🇺🇸 sanctioned China 🇨🇳 on Monday.", &["USA", "CHN"], 1),
    ("offset_007_zwj_family", "👨‍👩‍👧‍👦 Families fled as Russia attacked Ukraine 👨‍👩‍👧‍👦 overnight.", &["RUS", "UKR"], 1),
    ("offset_008_skin_tones", "👍🏽👋🏿 India 👏🏻 welcomed Japan's offer 🙌🏾 of aid.", &["IND", "JPN"], 0),
    ("offset_009_combining_marks", "Cafe\u{301} owners in Mu\u{308}nchen said Germany condemned Russia.", &["DEU", "RUS"], 1),
    ("offset_010_rtl_arabic", "قالت مصادر إن Iran condemned Israel بعد الهجوم.", &["IRN", "ISR"], 1),
    ("offset_011_rtl_hebrew", "לפי הדיווח, Israel and Egypt held talks ב-קהיר.", &["ISR", "EGY"], 1),
    ("offset_012_everything", "🇫🇷 Élysée: «France 👨‍👩‍👧 backed Ukraine» — 乌克兰 ✊🏿 while Russia שלום condemned NATO.", &["FRA", "UKR", "RUS", "NATO"], 2),
    ("offset_013_several_sentences", "😀 Estonia protested. 🚀 Moscow warned Tallinn! ¿Qué? Japan backed the Philippines.", &["EST", "RUS", "JPN", "PHL"], 2),
    ("offset_014_astral_only_prefix", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝟙𝟚𝟛 Brazil and Argentina signed a trade deal.", &["BRA", "ARG"], 1),
];

fn utf16_slice(units: &[u16], start: usize, end: usize) -> Option<String> {
    if start > end || end > units.len() {
        return None;
    }
    String::from_utf16(&units[start..end]).ok()
}

/// Every span problem of one analysis, as messages.
fn span_problems(text: &str, a: &Analysis) -> Vec<String> {
    let units: Vec<u16> = text.encode_utf16().collect();
    let mut out = Vec::new();
    for (i, s) in a.sentences.iter().enumerate() {
        if s.start > s.end || s.end > units.len() {
            out.push(format!(
                "sentence {i} [{}, {}) out of bounds (len {})",
                s.start,
                s.end,
                units.len()
            ));
        } else if utf16_slice(&units, s.start, s.end).is_none() {
            out.push(format!(
                "sentence {i} [{}, {}) splits a surrogate pair",
                s.start, s.end
            ));
        }
    }
    for m in &a.mentions {
        let got = utf16_slice(&units, m.start, m.end);
        if got.as_deref() != Some(m.text.as_str()) {
            out.push(format!(
                "mention {:?} ({}) at [{}, {}) slices to {got:?}",
                m.text, m.entity, m.start, m.end
            ));
        }
    }
    for r in &a.relations {
        let t = &r.trigger;
        let got = utf16_slice(&units, t.start, t.end);
        if got.as_deref() != Some(t.text.as_str()) {
            out.push(format!(
                "trigger {:?} of {}->{} at [{}, {}) slices to {got:?}",
                t.text, r.source, r.target, t.start, t.end
            ));
        }
        match a.sentences.get(r.sentence) {
            Some(s) => {
                if !(s.start <= t.start && t.end <= s.end) {
                    out.push(format!(
                        "trigger {:?} [{}, {}) is outside its sentence [{}, {})",
                        t.text, t.start, t.end, s.start, s.end
                    ));
                }
                let sentence = utf16_slice(&units, s.start, s.end);
                if sentence.as_deref() != Some(r.evidence.as_str()) {
                    out.push(format!(
                        "evidence {:?} is not sentence {}: {sentence:?}",
                        r.evidence, r.sentence
                    ));
                }
            }
            None => out.push(format!(
                "relation {}->{} names sentence {} of {}",
                r.source,
                r.target,
                r.sentence,
                a.sentences.len()
            )),
        }
    }
    out
}

#[test]
fn offsets_are_utf16() {
    let mut failures = Vec::new();
    for &(name, text, ids, relations) in TABLE {
        let a = analyze(
            text,
            &Options {
                date: Some("2024-01-10".into()),
                id: None,
            },
        )
        .expect("analysis");
        let mut problems = span_problems(text, &a);
        for id in ids {
            if !a.mentions.iter().any(|m| m.entity == *id) {
                problems.push(format!("no mention of {id}"));
            }
        }
        if a.relations.len() < relations {
            problems.push(format!(
                "{} relations, expected at least {relations}",
                a.relations.len()
            ));
        }
        if a.sentences.is_empty() {
            problems.push("no sentences".into());
        }
        if !problems.is_empty() {
            let found: Vec<String> = a
                .mentions
                .iter()
                .map(|m| format!("{:?}->{}@[{},{})", m.text, m.entity, m.start, m.end))
                .collect();
            failures.push(format!(
                "{name}: {text:?}\n    {}\n    mentions: {}",
                problems.join("\n    "),
                found.join(", ")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows failed:\n{}",
        failures.len(),
        TABLE.len(),
        failures.join("\n")
    );
}

/// The same text with and without a non-ASCII prefix: the mentions shift by exactly the
/// prefix's UTF-16 length, not its UTF-8 length.
#[test]
fn offsets_shift_by_utf16_length_of_prefix() {
    let base = "Japan backed the Philippines.";
    let options = Options {
        date: Some("2024-01-10".into()),
        id: None,
    };
    let plain = analyze(base, &options).expect("analysis");
    assert!(!plain.mentions.is_empty(), "the base text names actors");
    for prefix in ["é ", "日本 ", "👨‍👩‍👧‍👦 ", "👋🏿 ", "e\u{301} ", "שלום "]
    {
        let text = format!("{prefix}{base}");
        let shifted = analyze(&text, &options).expect("analysis");
        let shift = prefix.encode_utf16().count();
        let want: Vec<(usize, usize, &str)> = plain
            .mentions
            .iter()
            .map(|m| (m.start + shift, m.end + shift, m.entity.as_str()))
            .collect();
        let got: Vec<(usize, usize, &str)> = shifted
            .mentions
            .iter()
            .map(|m| (m.start, m.end, m.entity.as_str()))
            .collect();
        assert_eq!(got, want, "prefix {prefix:?} (UTF-16 length {shift})");
    }
}
