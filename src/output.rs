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

/// A compact JSON writer that writes what `serde_json` writes, byte for byte: strings are
/// scanned eight bytes at a time for the bytes JSON escapes, numbers as serde writes them.
///
/// Given a sink ([`Json::spilling`]), it writes what it holds to the sink at the start of an
/// array element once it holds [`SPILL_BYTES`], so a long analysis is never whole in memory.
#[derive(Debug, Default)]
pub(crate) struct Json(String, Option<Spill>);

/// Where a spilling [`Json`] writes, and the first error writing it.
pub(crate) struct Spill {
    sink: Box<dyn std::io::Write>,
    error: Option<std::io::Error>,
}

impl std::fmt::Debug for Spill {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Spill")
    }
}

/// What a spilling [`Json`] holds at most before it writes (plus one array element).
pub(crate) const SPILL_BYTES: usize = 1 << 16;

impl Json {
    pub(crate) fn with_capacity(n: usize) -> Json {
        Json(String::with_capacity(n), None)
    }

    /// A writer that writes to `sink` as it goes; [`Json::finish_spill`] writes the rest.
    pub(crate) fn spilling(sink: Box<dyn std::io::Write>) -> Json {
        Json(
            String::with_capacity(2 * SPILL_BYTES),
            Some(Spill { sink, error: None }),
        )
    }

    pub(crate) fn finish(self) -> String {
        self.0
    }

    /// Room for `n` more bytes; a spilling writer keeps its fixed size.
    pub(crate) fn reserve(&mut self, n: usize) {
        if self.1.is_none() {
            self.0.reserve(n);
        }
    }

    /// Writes what is left to the sink, and flushes it: the first error of the whole writing.
    pub(crate) fn finish_spill(mut self) -> std::io::Result<()> {
        let Some(mut spill) = self.1.take() else {
            return Ok(());
        };
        if let Some(e) = spill.error.take() {
            return Err(e);
        }
        spill.sink.write_all(self.0.as_bytes())?;
        spill.sink.flush()
    }

    /// At an element's start: hands what is held to the sink once it is long enough.
    fn spill(&mut self) {
        if let Some(spill) = &mut self.1 {
            if self.0.len() >= SPILL_BYTES {
                if spill.error.is_none() {
                    if let Err(e) = spill.sink.write_all(self.0.as_bytes()) {
                        spill.error = Some(e);
                    }
                }
                self.0.clear();
            }
        }
    }

    pub(crate) fn raw(&mut self, s: &str) {
        self.0.push_str(s);
    }

    pub(crate) fn comma(&mut self, i: usize) {
        self.spill();
        if i > 0 {
            self.0.push(',');
        }
    }

    pub(crate) fn bool(&mut self, b: bool) {
        self.raw(if b { "true" } else { "false" });
    }

    pub(crate) fn num(&mut self, n: usize) {
        if n < 10 {
            self.0.push(char::from(b'0' + n as u8));
            return;
        }
        // An article's offsets: up to four digits, two at a time from a table of pairs.
        if n < 10_000 {
            let (high, low) = (n / 100, n % 100);
            if high >= 10 {
                self.0.push_str(pair(high));
            } else if high > 0 {
                self.0.push(char::from(b'0' + high as u8));
            }
            self.0.push_str(pair(low));
            return;
        }
        let mut buf = [0u8; 20];
        let at = digits(n, &mut buf);
        // ASCII digits: pushed one by one, without a UTF-8 check of the buffer.
        self.0.reserve(buf.len() - at);
        for &d in &buf[at..] {
            self.0.push(char::from(d));
        }
    }

    /// As serde_json writes an `f32`: the shortest representation that reads back the same,
    /// `null` when it is not finite.
    pub(crate) fn f32(&mut self, v: f32) {
        use serde_json::ser::Formatter;
        if !v.is_finite() {
            self.raw("null");
            return;
        }
        // What the analysis writes is rounded to hundredths: such a value is its hundredths
        // written out, which are the shortest digits that read back the same (no other decimal
        // with two places lies within its precision below 10,000), as serde writes them.
        let k = (v * 100.0).round();
        if k.abs() < 1e6 && k / 100.0 == v {
            let k = k as i64;
            if v.is_sign_negative() {
                self.0.push('-');
            }
            let (whole, cents) = ((k.unsigned_abs() / 100) as usize, k.unsigned_abs() % 100);
            self.num(whole);
            self.0.push('.');
            self.0.push(char::from(b'0' + (cents / 10) as u8));
            if cents % 10 != 0 {
                self.0.push(char::from(b'0' + (cents % 10) as u8));
            }
            return;
        }
        // On the stack: the shortest form of an f32 takes at most 16 bytes, and the digits
        // are ASCII.
        let mut buf = [0u8; 32];
        let mut rest = &mut buf[..];
        if serde_json::ser::CompactFormatter
            .write_f32(&mut rest, v)
            .is_ok()
        {
            let n = 32 - rest.len();
            self.0
                .push_str(std::str::from_utf8(&buf[..n]).unwrap_or("null"));
            return;
        }
        let mut buf = Vec::with_capacity(24);
        // Writing to a Vec cannot fail.
        let _ = serde_json::ser::CompactFormatter.write_f32(&mut buf, v);
        self.0.push_str(std::str::from_utf8(&buf).unwrap_or("null"));
    }

    pub(crate) fn int(&mut self, n: i64) {
        if n < 0 {
            self.0.push('-');
        }
        self.num(n.unsigned_abs() as usize);
    }

    /// A day as the string `resolve::day_string` makes of it (`YYYY-MM-DD`).
    pub(crate) fn day(&mut self, d: u32) {
        self.0.push('"');
        let year = d / 10_000;
        if year < 10_000 {
            self.0.push_str(pair(year as usize / 100));
            self.0.push_str(pair(year as usize));
        } else {
            self.num(year as usize);
        }
        self.0.push('-');
        self.0.push_str(pair(d as usize / 100));
        self.0.push('-');
        self.0.push_str(pair(d as usize));
        self.0.push('"');
    }

    pub(crate) fn opt(&mut self, key: &str, v: Option<&str>) {
        if let Some(v) = v {
            self.raw(key);
            self.str(v);
        }
    }

    /// The field `"flag"` of a country whose alpha-2 code is `code`, as [`Entity::flag`] makes
    /// it (none when a byte is not a capital), without a string made for it.
    ///
    /// [`Entity::flag`]: crate::gazetteer::Entity::flag
    pub(crate) fn flag(&mut self, code: &str) {
        if !code.bytes().all(|b| b.is_ascii_uppercase()) {
            return;
        }
        self.raw(",\"flag\":\"");
        for b in code.bytes() {
            // A regional indicator symbol, no escape.
            self.0
                .push(char::from_u32(0x1F1E6 + u32::from(b - b'A')).unwrap_or('?'));
        }
        self.0.push('"');
    }

    /// A string, quoted and escaped as serde_json escapes it: `"` and `\`, and the control
    /// characters below U+0020 (`\b`, `\t`, `\n`, `\f`, `\r`, else `\u00XX`).
    pub(crate) fn str(&mut self, s: &str) {
        self.0.reserve(s.len() + 2);
        self.0.push('"');
        if !has_escape(s.as_bytes()) {
            self.0.push_str(s);
            self.0.push('"');
            return;
        }
        let mut run = 0;
        for (i, b) in s.bytes().enumerate() {
            let short = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                0x08 => "\\b",
                b'\t' => "\\t",
                b'\n' => "\\n",
                0x0c => "\\f",
                b'\r' => "\\r",
                0..=0x1f => "",
                _ => continue,
            };
            self.0.push_str(&s[run..i]);
            if short.is_empty() {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                self.0.push_str("\\u00");
                self.0.push(char::from(HEX[usize::from(b >> 4)]));
                self.0.push(char::from(HEX[usize::from(b & 0xf)]));
            } else {
                self.0.push_str(short);
            }
            run = i + 1;
        }
        self.0.push_str(&s[run..]);
        self.0.push('"');
    }
}

/// The numbers 00 to 99, two digits each.
const PAIRS: &str = "00010203040506070809101112131415161718192021222324252627282930313233343536373839\
                     40414243444546474849505152535455565758596061626364656667686970717273747576777879\
                     8081828384858687888990919293949596979899";

/// The last two decimal digits of `n`.
fn pair(n: usize) -> &'static str {
    let at = n % 100 * 2;
    &PAIRS[at..at + 2]
}

/// The decimal digits of `n` at the end of `buf`, two at a time; where they start.
fn digits(mut n: usize, buf: &mut [u8; 20]) -> usize {
    let pairs = PAIRS.as_bytes();
    let mut at = buf.len();
    while n >= 100 {
        let p = n % 100 * 2;
        n /= 100;
        at -= 2;
        buf[at..at + 2].copy_from_slice(&pairs[p..p + 2]);
    }
    if n >= 10 {
        at -= 2;
        buf[at..at + 2].copy_from_slice(&pairs[n * 2..n * 2 + 2]);
    } else {
        at -= 1;
        buf[at] = b'0' + n as u8;
    }
    at
}

/// Whether any byte is one JSON escapes: a control character, `"` or `\`. Eight bytes at a
/// time (the last eight overlapping the ones before, four and four for a short string).
fn has_escape(bytes: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let escapes = |x: u64| {
        let zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
        let below_space = x.wrapping_sub(ONES * 0x20) & !x & HIGH;
        below_space | zero(x ^ (ONES * u64::from(b'"'))) | zero(x ^ (ONES * u64::from(b'\\'))) != 0
    };
    let eight = |at: usize| {
        let mut b = [0u8; 8];
        b.copy_from_slice(&bytes[at..at + 8]);
        u64::from_le_bytes(b)
    };
    let four = |at: usize| {
        let mut b = [0u8; 4];
        b.copy_from_slice(&bytes[at..at + 4]);
        u64::from(u32::from_le_bytes(b))
    };
    let n = bytes.len();
    if n >= 8 {
        let mut i = 0;
        while i + 8 <= n {
            if escapes(eight(i)) {
                return true;
            }
            i += 8;
        }
        i < n && escapes(eight(n - 8))
    } else if n >= 4 {
        escapes(four(0) | four(n - 4) << 32)
    } else {
        bytes.iter().any(|&b| b < 0x20 || b == b'"' || b == b'\\')
    }
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
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // ASCII, one unit a byte, eight bytes at a time.
            if let Some(chunk) = bytes.get(i..i + 8) {
                let mut eight = [0u8; 8];
                eight.copy_from_slice(chunk);
                if u64::from_le_bytes(eight) & 0x8080_8080_8080_8080 == 0 {
                    i += 8;
                    continue;
                }
            }
            if bytes[i] < 0x80 {
                i += 1;
                continue;
            }
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            let (b, u) = (c.len_utf8(), c.len_utf16());
            delta += u as isize - b as isize;
            marks.push((i + b, delta));
            i += b;
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
    fn json_001_the_writer_is_serde_json_byte_for_byte() {
        let mut strings: Vec<String> = (0u8..0x80).map(|b| char::from(b).to_string()).collect();
        strings.push(String::new());
        strings.push("👍🏽 China \"and\" Russia\\ é\u{7f}\u{80}\u{ffff}".repeat(3));
        strings.push((0u8..0x80).map(char::from).collect::<String>().repeat(2));
        // Every length up to 20 with the one escape at each place, and none.
        for n in 0..20 {
            strings.push("a".repeat(n));
            for at in 0..n {
                for e in ['"', '\\', '\n', '\u{1}', '\u{1f}'] {
                    let mut s: Vec<char> = "é".repeat(n).chars().collect();
                    s[at] = e;
                    strings.push(s.into_iter().collect());
                }
            }
        }
        for s in &strings {
            let mut w = Json::default();
            w.str(s);
            assert_eq!(w.finish(), serde_json::to_string(s).unwrap(), "{s:?}");
        }
        for v in [
            0.0f32,
            -0.0,
            1.0,
            -1.0,
            2.5,
            -3.75,
            0.1,
            1.0e-7,
            1.0e20,
            123456.79,
            f32::NAN,
            f32::INFINITY,
        ] {
            let mut w = Json::default();
            w.f32(v);
            assert_eq!(w.finish(), serde_json::to_string(&v).unwrap(), "{v}");
        }
        // Every value the analysis can write below 10,000 and somewhat past it, as it rounds.
        for k in -1_100_000i32..=1_100_000 {
            for v in [k as f32 / 100.0, (k as f32 / 100.0 + 0.004) * 100.0 / 100.0] {
                let v = (v * 100.0).round() / 100.0;
                let mut w = Json::default();
                w.f32(v);
                assert_eq!(w.finish(), serde_json::to_string(&v).unwrap(), "{v}");
            }
        }
        for n in (0..100_000).chain([
            99_999_999,
            100_000_000,
            1_234_567_890,
            usize::MAX / 10,
            usize::MAX,
        ]) {
            let mut w = Json::default();
            w.num(n);
            assert_eq!(w.finish(), serde_json::to_string(&n).unwrap());
        }
        for n in [0i64, -1, 1, i64::MIN, i64::MAX] {
            let mut w = Json::default();
            w.int(n);
            assert_eq!(w.finish(), serde_json::to_string(&n).unwrap());
        }
        for d in [0u32, 1, 19700101, 20240110, 99991231, 120001231] {
            let mut w = Json::default();
            w.day(d);
            assert_eq!(
                w.finish(),
                serde_json::to_string(&crate::resolve::day_string(d)).unwrap()
            );
        }
    }

    #[test]
    fn json_002_analysis_json_is_serde_json_of_the_analysis() {
        let text = "👍🏽 China and Russia \"oppose\" NATO.\tMoscow\u{1}warned\\Kyiv.\r\nThe U.S. and \u{7f}Iran held talks; Hungary may block it. China backed Russia, and India objected.";
        for id in [None, Some("id \"1\"\u{8}\u{c}\u{1f}é")] {
            let options = crate::Options {
                date: Some("2024-01-10".into()),
                id: id.map(String::from),
            };
            let gaz = crate::Gazetteer::builtin();
            let mut a = crate::analyze_with(gaz, text, &options).unwrap();
            assert!(!a.relations.is_empty());
            let extra = vec!["lone \u{1}".to_string(), "two".to_string()];
            let json = crate::analyze_json_with(gaz, text, &options, &extra).unwrap();
            a.warnings.extend(extra);
            assert_eq!(json, serde_json::to_string(&a).unwrap());
        }
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
