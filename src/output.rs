//! The serde types of the `entente/1` contract, and the one conversion of byte offsets to UTF-16
//! code units.

use serde::{Deserialize, Serialize};

/// The schema name every analysis carries.
pub const SCHEMA: &str = "entente/1";

/// One analysis of one text: the contract of `shared/spec/ANALYSIS.md`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Analysis {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// Echoed from the input when it had one.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub id: Option<String>,
    /// The sentences, as UTF-16 spans.
    pub sentences: Vec<SentenceOut>,
    /// Every entity the text names, in order of first mention.
    pub entities: Vec<EntityOut>,
    /// Every mention, in text order.
    pub mentions: Vec<MentionOut>,
    /// The relations the text states.
    pub relations: Vec<RelationOut>,
    /// Actors aligned inside, opposed across; each sorted, largest first.
    pub blocs: Vec<Vec<String>>,
    /// The net stance of every pair of actors with relations (an extension of `entente/1`):
    /// the sum of their non-negated relations' signed intensities, persons folded.
    #[serde(default)]
    pub stances: Vec<StanceOut>,
    /// Standing facts from the knowledge base about entities the text names.
    #[serde(default)]
    pub background: Vec<BackgroundOut>,
    /// Things the reader should know about how the analysis was made.
    #[serde(default)]
    pub warnings: Vec<String>,
}

/// A sentence span.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceOut {
    /// UTF-16 start.
    pub start: usize,
    /// UTF-16 end (exclusive).
    pub end: usize,
}

/// An entity of the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityOut {
    /// Contract id.
    pub id: String,
    /// `country`, `organization`, `person`, `place`, `group` or `event`.
    pub kind: String,
    /// Canonical name.
    pub name: String,
    /// The actor a person or national body acts for.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub affiliation: Option<String>,
    /// A person's office on the document's date.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub role: Option<String>,
    /// The country a place is in.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub country: Option<String>,
    /// A state's flag emoji, its ISO 3166-1 alpha-2 code as two regional indicator symbols
    /// (`"🇺🇦"`), when it has one (an extension of `entente/1`).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub flag: Option<String>,
}

/// One mention of an entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentionOut {
    /// UTF-16 start.
    pub start: usize,
    /// UTF-16 end (exclusive).
    pub end: usize,
    /// The mentioned text, equal to the slice.
    pub text: String,
    /// The entity's id.
    pub entity: String,
    /// How it names the entity (`name`, `alias`, `demonym`, `capital`, `seat`, `title`, `coreference`).
    pub via: String,
}

/// The words that express a relation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TriggerOut {
    /// UTF-16 start.
    pub start: usize,
    /// UTF-16 end (exclusive).
    pub end: usize,
    /// The trigger text, equal to the slice.
    pub text: String,
}

/// One relation the text states.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RelationOut {
    /// The acting entity.
    pub source: String,
    /// The entity acted upon.
    pub target: String,
    /// PLOVER type.
    #[serde(rename = "type")]
    pub kind: String,
    /// +1 aligned, -1 opposed.
    pub polarity: i8,
    /// Goldstein scale, signed like the polarity.
    pub intensity: f32,
    /// Index of the evidence sentence.
    pub sentence: usize,
    /// The trigger span.
    pub trigger: TriggerOut,
    /// The text denies or refuses it.
    pub negated: bool,
    /// Reported, conditional or threatened rather than done.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hedged: bool,
    /// The evidence sentence.
    pub evidence: String,
    /// The pattern that produced it.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub rule: Option<String>,
}

/// The net stance between two actors.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StanceOut {
    /// One actor (the smaller id).
    pub a: String,
    /// The other actor.
    pub b: String,
    /// Positive when aligned, negative when opposed.
    pub net: f32,
}

/// A standing fact from the knowledge base.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackgroundOut {
    /// `MEMBER`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The member.
    pub source: String,
    /// The organization.
    pub target: String,
    /// Since when, `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub since: Option<String>,
}

/// Converts byte offsets of one text into UTF-16 offsets. Build it once per text; lookups are
/// a binary search over the text's non-ASCII characters, so ASCII text costs nothing.
#[derive(Debug, Clone)]
pub struct Utf16Map {
    /// For each non-ASCII character: (byte offset just past it, cumulative extra units so far).
    /// The extra is `utf16 units - utf8 bytes`, negative for most non-ASCII characters.
    marks: Vec<(usize, isize)>,
}

impl Utf16Map {
    /// Indexes `text`.
    pub fn new(text: &str) -> Utf16Map {
        let mut marks = Vec::new();
        let mut delta: isize = 0;
        for (i, c) in text.char_indices() {
            let (b, u) = (c.len_utf8(), c.len_utf16());
            if b != u {
                delta += u as isize - b as isize;
                marks.push((i + b, delta));
            }
        }
        Utf16Map { marks }
    }

    /// The UTF-16 offset of a byte offset that lies on a character boundary.
    pub fn utf16(&self, byte: usize) -> usize {
        let i = self.marks.partition_point(|&(end, _)| end <= byte);
        let delta = if i == 0 { 0 } else { self.marks[i - 1].1 };
        (byte as isize + delta) as usize
    }
}

/// Checks what every analysis of `text` must satisfy, whatever the text: the schema; every
/// sentence, mention and trigger span inside the text, on a character boundary (never between
/// the halves of a surrogate pair) and, for mentions and triggers, equal to its `text`;
/// sentences in order without overlap; every mention's entity and every relation's ends listed
/// among the entities; every relation's sentence existing, holding its trigger and quoted whole
/// as its evidence; polarity and intensity on their scales; blocs sorted, disjoint, largest
/// first. The first problem found is the error. Shared by the property tests and the fuzz
/// target so that both hold the analyser to the same contract.
pub fn check_invariants(text: &str, a: &Analysis) -> Result<(), String> {
    let units: Vec<u16> = text.encode_utf16().collect();
    let len = units.len();
    let boundary =
        |p: usize| p == 0 || p == len || (p < len && !(0xDC00..0xE000).contains(&units[p]));
    let span = |what: &str, start: usize, end: usize| -> Result<(), String> {
        if start > end || end > len {
            return Err(format!(
                "{what} [{start}, {end}) is out of bounds (length {len})"
            ));
        }
        if !boundary(start) || !boundary(end) {
            return Err(format!("{what} [{start}, {end}) splits a surrogate pair"));
        }
        Ok(())
    };
    let slice_is = |what: &str, start: usize, end: usize, want: &str| -> Result<(), String> {
        span(what, start, end)?;
        if !want.encode_utf16().eq(units[start..end].iter().copied()) {
            let got = String::from_utf16_lossy(&units[start..end]);
            return Err(format!(
                "{what} [{start}, {end}) says {want:?} but the text there is {got:?}"
            ));
        }
        Ok(())
    };
    if a.schema != SCHEMA {
        return Err(format!("schema {:?}, not {SCHEMA:?}", a.schema));
    }
    let mut last_end = 0;
    for (i, s) in a.sentences.iter().enumerate() {
        span(&format!("sentence {i}"), s.start, s.end)?;
        if s.start < last_end {
            return Err(format!(
                "sentence {i} [{}, {}) overlaps the one before it",
                s.start, s.end
            ));
        }
        last_end = s.end;
    }
    let mut ids = std::collections::HashSet::new();
    for e in &a.entities {
        if !ids.insert(e.id.as_str()) {
            return Err(format!("entity {:?} is listed twice", e.id));
        }
    }
    for m in &a.mentions {
        slice_is(&format!("mention of {}", m.entity), m.start, m.end, &m.text)?;
        if !ids.contains(m.entity.as_str()) {
            return Err(format!(
                "mention {:?} names unlisted entity {:?}",
                m.text, m.entity
            ));
        }
    }
    for r in &a.relations {
        let what = format!("relation {} {} {}", r.source, r.kind, r.target);
        for end in [&r.source, &r.target] {
            if !ids.contains(end.as_str()) {
                return Err(format!("{what}: {end:?} is not a listed entity"));
            }
        }
        if r.source == r.target {
            return Err(format!("{what}: an actor related to itself"));
        }
        slice_is(
            &format!("{what}: trigger"),
            r.trigger.start,
            r.trigger.end,
            &r.trigger.text,
        )?;
        let Some(s) = a.sentences.get(r.sentence) else {
            return Err(format!(
                "{what}: sentence {} of {}",
                r.sentence,
                a.sentences.len()
            ));
        };
        if !(s.start <= r.trigger.start && r.trigger.end <= s.end) {
            return Err(format!("{what}: trigger outside sentence {}", r.sentence));
        }
        slice_is(&format!("{what}: evidence"), s.start, s.end, &r.evidence)?;
        if r.polarity.abs() != 1 {
            return Err(format!("{what}: polarity {}", r.polarity));
        }
        let i = r.intensity;
        if !i.is_finite() || i.abs() > 10.0 || i * f32::from(r.polarity) < 0.0 {
            return Err(format!(
                "{what}: intensity {i} with polarity {}",
                r.polarity
            ));
        }
    }
    let mut seen = std::collections::HashSet::new();
    for (i, b) in a.blocs.iter().enumerate() {
        if b.is_empty() || b.windows(2).any(|w| w[0] >= w[1]) {
            return Err(format!("bloc {i} is empty or not sorted: {b:?}"));
        }
        if i > 0 && a.blocs[i - 1].len() < b.len() {
            return Err(format!("bloc {i} is larger than the one before it"));
        }
        if let Some(x) = b.iter().find(|x| !seen.insert(x.as_str())) {
            return Err(format!("{x:?} is in two blocs"));
        }
    }
    for s in &a.stances {
        if s.a >= s.b || !s.net.is_finite() {
            return Err(format!("stance {s:?}"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_001_utf16_conversion() {
        let text = "Café 中国 👍🏽 China";
        let map = Utf16Map::new(text);
        let byte = text.find("China").unwrap();
        let units: Vec<u16> = text.encode_utf16().collect();
        let at = map.utf16(byte);
        assert_eq!(String::from_utf16(&units[at..at + 5]).unwrap(), "China");
        assert_eq!(map.utf16(text.len()), units.len());
        assert_eq!(map.utf16(0), 0);
    }

    #[test]
    fn invariants_001_hold_for_a_real_analysis() {
        let text = "👍🏽 China and Russia oppose NATO. Moscow warned Kyiv.";
        let a = crate::analyze(text, &crate::Options::default()).unwrap();
        assert!(!a.relations.is_empty());
        assert_eq!(check_invariants(text, &a), Ok(()));
    }

    #[test]
    fn invariants_002_each_broken_rule_is_caught() {
        let text = "👍🏽 China and Russia oppose NATO.";
        let good = crate::analyze(text, &crate::Options::default()).unwrap();
        let m = good
            .mentions
            .iter()
            .position(|m| m.entity == "CHN")
            .unwrap();
        type Break = fn(&mut Analysis);
        let rows: &[(&str, Break, &str)] = &[
            ("schema", |a| a.schema = "entente/0".into(), "schema"),
            (
                "out_of_bounds",
                |a| a.sentences[0].end = 999,
                "out of bounds",
            ),
            ("inside_a_pair", |a| a.sentences[0].start = 1, "surrogate"),
            (
                "wrong_text",
                |a| a.mentions[0].text = "Chino".into(),
                "the text there",
            ),
            (
                "unlisted",
                |a| a.mentions[0].entity = "XXX".into(),
                "unlisted",
            ),
            ("twice", |a| a.entities.push(a.entities[0].clone()), "twice"),
            (
                "endpoint",
                |a| a.relations[0].target = "XXX".into(),
                "not a listed",
            ),
            ("trigger", |a| a.relations[0].trigger.start += 1, "trigger"),
            ("sentence", |a| a.relations[0].sentence = 7, "sentence 7"),
            (
                "evidence",
                |a| a.relations[0].evidence.pop().map(drop).unwrap(),
                "evidence",
            ),
            ("polarity", |a| a.relations[0].polarity = 0, "polarity"),
            (
                "intensity",
                |a| a.relations[0].intensity = f32::NAN,
                "intensity",
            ),
            (
                "bloc",
                |a| a.blocs = vec![vec!["RUS".into(), "CHN".into()]],
                "not sorted",
            ),
        ];
        for (name, f, want) in rows {
            let mut bad = good.clone();
            // Keep mention 0 the CHN one so the rows above read simply.
            bad.mentions.swap(0, m);
            f(&mut bad);
            let got = check_invariants(text, &bad);
            assert!(
                got.as_ref().is_err_and(|e| e.contains(want)),
                "{name}: {got:?}"
            );
        }
    }
}
