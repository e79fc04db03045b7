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
}
