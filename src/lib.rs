//! Entente finds the geopolitical actors in English news and who stands with whom.
//!
//! One pipeline, one file a stage: [`text`] (sentences and tokens) -> [`mentions`] (dictionary
//! hits in context) -> [`resolve`] (canonical entities) -> [`relations`] (who does what to whom,
//! with evidence) -> [`blocs`] (aligned inside, opposed across) -> [`output`] (the `entente/1`
//! contract, with UTF-16 offsets).
//!
//! ```
//! use entente::{analyze, Options};
//!
//! let text = "China and Russia oppose NATO. Chinese President Xi Jinping met Vladimir Putin.";
//! let a = analyze(text, &Options { date: Some("2022-02-04".into()), ..Options::default() }).unwrap();
//! assert!(a.entities.iter().any(|e| e.id == "xi-jinping" && e.affiliation.as_deref() == Some("CHN")));
//! assert!(a.relations.iter().any(|r| r.source == "CHN" && r.target == "NATO" && r.polarity == -1));
//! ```
#![deny(missing_docs)]

pub mod blocs;
pub mod gazetteer;
#[allow(missing_docs)]
pub mod kb;
pub mod mentions;
pub mod output;
pub mod relations;
pub mod resolve;
mod sort;
pub mod text;
#[cfg(target_arch = "wasm32")]
mod wasm;

use std::fmt;

pub use gazetteer::Gazetteer;
use gazetteer::Spell;
pub use output::Analysis;

use output::{
    BackgroundOut, EntityOut, Json, MentionOut, RelationOut, SentenceOut, TriggerOut, Utf16Map,
    SCHEMA,
};

/// How to analyse a text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// The date the text was written (`YYYY-MM-DD`); it decides who held an office. Without
    /// it, today.
    pub date: Option<String>,
    /// An id to echo in the output.
    pub id: Option<String>,
}

/// Why an analysis could not be made. The text itself never causes one: any text gives an
/// analysis; only the options can be wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ErrorKind {
    Date,
    KnowledgeBase,
}

impl Error {
    fn date(message: String) -> Error {
        Error {
            kind: ErrorKind::Date,
            message,
        }
    }

    /// A newsroom's knowledge-base additions were not usable.
    pub fn knowledge_base(errors: &[kb::KbError]) -> Error {
        let shown: Vec<String> = errors.iter().take(10).map(|e| e.to_string()).collect();
        let more = if errors.len() > 10 {
            format!(" (and {} more)", errors.len() - 10)
        } else {
            String::new()
        };
        Error {
            kind: ErrorKind::KnowledgeBase,
            message: format!(
                "knowledge-base additions rejected: {}{more}",
                shown.join("; ")
            ),
        }
    }

    /// Whether the error is about the date option.
    pub fn is_date(&self) -> bool {
        self.kind == ErrorKind::Date
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// Analyses `text` with the built-in knowledge base.
pub fn analyze(text: &str, options: &Options) -> Result<Analysis, Error> {
    analyze_with(Gazetteer::builtin(), text, options)
}

/// Analyses `text` with a given knowledge base (the built-in one plus a newsroom's additions).
pub fn analyze_with(gaz: &Gazetteer, text: &str, options: &Options) -> Result<Analysis, Error> {
    let p = stages(gaz, text, options)?;
    Ok(render(text, gaz, p, options.id.clone()))
}

/// Analyses `text` and writes the analysis as compact JSON with `extra_warnings` after its own:
/// byte for byte what `serde_json::to_string` writes of [`analyze_with`]'s analysis (with those
/// warnings pushed), without building it. Each sentence quoted as evidence is escaped once,
/// however many relations quote it.
pub fn analyze_json_with(
    gaz: &Gazetteer,
    text: &str,
    options: &Options,
    extra_warnings: &[String],
) -> Result<String, Error> {
    let p = stages(gaz, text, options)?;
    Ok(render_json(
        text,
        gaz,
        p,
        options.id.as_deref(),
        extra_warnings,
    ))
}

/// Analyses `text` and writes its compact JSON (the bytes of [`analyze_json_with`], then a
/// newline) to `sink` as it is made: memory holds the text and what the stages found, never the
/// whole analysis, however long it is. The outer error is the analysis's, the inner one the
/// sink's.
pub fn analyze_json_to(
    gaz: &Gazetteer,
    text: &str,
    options: &Options,
    sink: Box<dyn std::io::Write>,
) -> Result<std::io::Result<()>, Error> {
    let p = stages(gaz, text, options)?;
    let mut w = render_json_into(
        text,
        gaz,
        p,
        options.id.as_deref(),
        &[],
        Json::spilling(sink),
    );
    w.raw("\n");
    Ok(w.finish_spill())
}

/// What the stages find, before it is written out.
struct Stages {
    day: kb::Day,
    sentences: Vec<text::Sentence>,
    resolved: resolve::Resolved,
    relations: Vec<relations::Relation>,
    blocs: blocs::Blocs,
    warnings: Vec<String>,
}

fn stages(gaz: &Gazetteer, text: &str, options: &Options) -> Result<Stages, Error> {
    let (day, dated) = match options.date.as_deref().map(str::trim) {
        Some(d) if !d.is_empty() => (parse_date(d)?, true),
        _ => (today(), false),
    };
    let mut doc = text::split(text);
    let found = mentions::find(text, &doc, gaz);
    let mut resolved = resolve::resolve(text, &doc, gaz, &found, day, dated);
    let mut warnings = std::mem::take(&mut resolved.warnings);
    if let Some(&first) = doc.cut.first() {
        warnings.push(format!(
            "{} sentence(s) ran past {} tokens without a stop and were cut there (the first: \
             sentence {first}); relations across a cut are not found",
            doc.cut.len(),
            text::MAX_SENTENCE_TOKENS
        ));
    }
    let relations = relations::extract(text, &doc, gaz, &resolved, &found.triggers, &mut warnings);
    // The tokens and hits of a long text weigh more than its analysis: free them before the
    // output is built beside the rest.
    drop(found);
    let sentences = std::mem::take(&mut doc.sentences);
    drop(doc);
    let blocs = blocs::blocs(&resolved, &relations);
    Ok(Stages {
        day,
        sentences,
        resolved,
        relations,
        blocs,
        warnings,
    })
}

/// Parses the `date` option strictly: `YYYY-MM-DD`, a real day.
pub fn parse_date(s: &str) -> Result<kb::Day, Error> {
    let ok = s.len() == 10 && s.as_bytes()[4] == b'-' && s.as_bytes()[7] == b'-';
    match kb::parse_day(s) {
        Ok(d) if ok => Ok(d),
        _ => Err(Error::date(format!(
            "invalid date {s:?}: expected YYYY-MM-DD, a real calendar day"
        ))),
    }
}

/// Today's date as a [`kb::Day`].
#[cfg(not(target_arch = "wasm32"))]
pub fn today() -> kb::Day {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    civil_from_days((secs / 86_400) as i64)
}

/// Today's date as a [`kb::Day`].
#[cfg(target_arch = "wasm32")]
pub fn today() -> kb::Day {
    wasm::today()
}

/// Days since 1970-01-01 -> `yyyymmdd` (Howard Hinnant's civil-from-days algorithm).
pub fn civil_from_days(z: i64) -> kb::Day {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    (y as u32) * 10_000 + (m as u32) * 100 + d as u32
}

fn render(text: &str, gaz: &Gazetteer, p: Stages, id: Option<String>) -> Analysis {
    let Stages {
        day,
        sentences: doc_sentences,
        resolved,
        relations,
        blocs,
        warnings,
    } = p;
    let r = &resolved;
    let map = Utf16Map::new(text);
    let u = |b: usize| map.utf16(b);
    let sentences = doc_sentences
        .iter()
        .map(|s| SentenceOut {
            start: u(s.span.start),
            end: u(s.span.end),
        })
        .collect();
    let entities = r
        .entities
        .iter()
        .map(|e| EntityOut {
            id: e.id.to_string(),
            kind: e.kind.as_str().to_string(),
            name: e.name.to_string(),
            affiliation: e.affiliation.as_deref().map(str::to_string),
            role: e.role.clone(),
            country: e.country.as_deref().map(str::to_string),
            flag: e.known.and_then(|k| gaz.entities[k as usize].flag()),
        })
        .collect();
    let mentions = r
        .mentions
        .iter()
        .map(|m| MentionOut {
            start: u(m.start),
            end: u(m.end),
            text: text[m.start..m.end].to_string(),
            entity: r.entities[m.entity].id.to_string(),
            via: m.via.as_str().to_string(),
        })
        .collect();
    let relations = relations
        .iter()
        .map(|x| {
            let s = &doc_sentences[x.sentence];
            RelationOut {
                source: r.entities[x.source].id.to_string(),
                target: r.entities[x.target].id.to_string(),
                kind: x.kind.to_string(),
                polarity: x.polarity,
                intensity: (x.intensity * 100.0).round() / 100.0,
                sentence: x.sentence,
                trigger: TriggerOut {
                    start: u(x.trigger.0),
                    end: u(x.trigger.1),
                    text: text[x.trigger.0..x.trigger.1].to_string(),
                },
                negated: x.negated,
                hedged: x.hedged,
                evidence: text[s.span.clone()].to_string(),
                rule: Some(x.rule.to_string()),
            }
        })
        .collect();
    let background = background(gaz, r, day)
        .into_iter()
        .map(|s| BackgroundOut {
            kind: "MEMBER".into(),
            source: s.member.to_string(),
            target: s.org.to_string(),
            since: Some(resolve::day_string(s.from)),
        })
        .collect();
    Analysis {
        schema: SCHEMA.to_string(),
        id,
        sentences,
        entities,
        mentions,
        relations,
        blocs: blocs
            .blocs
            .iter()
            .map(|b| b.iter().map(|x| x.to_string()).collect())
            .collect(),
        stances: blocs
            .stances
            .into_iter()
            .map(|s| output::StanceOut {
                a: s.a.into_owned(),
                b: s.b.into_owned(),
                net: (s.net * 100.0).round() / 100.0,
            })
            .collect(),
        background,
        warnings,
    }
}

/// Memberships of the organizations the text names, among the states it names, sorted by
/// organization and member.
fn background<'g>(gaz: &'g Gazetteer, r: &resolve::Resolved, day: kb::Day) -> Vec<&'g Spell> {
    let orgs = Ids::of(r, gazetteer::Kind::Organization);
    if orgs.is_empty() {
        return Vec::new();
    }
    let states = Ids::of(r, gazetteer::Kind::Country);
    let current = |s: &Spell| s.from <= day && (s.to == 0 || day < s.to);
    // The named organizations' spells, looked up rather than every spell of the base read for
    // each text. Each organization's come in the base's order, so the stable sort below leaves
    // the spells of one organization and member in that order, as a scan would.
    let mut background: Vec<&Spell> = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for e in r
        .entities
        .iter()
        .filter(|e| e.kind == gazetteer::Kind::Organization)
    {
        if seen.contains(&&*e.id) {
            continue;
        }
        seen.push(&e.id);
        let Some(spells) = gaz.spells_of(&e.id) else {
            return background_scan(gaz, &orgs, &states, current);
        };
        background.extend(
            spells
                .map(|i| &gaz.spells[i])
                .filter(|s| current(s) && states.has(&s.member)),
        );
    }
    sort::by(&mut background, |a, b| {
        (&a.org, &a.member).cmp(&(&b.org, &b.member))
    });
    background
}

/// [`background`]'s spells, unsorted, by a scan of every spell: for a knowledge base whose
/// spells changed after its index of them was made.
fn background_scan<'g>(
    gaz: &'g Gazetteer,
    orgs: &Ids<'_>,
    states: &Ids<'_>,
    current: impl Fn(&Spell) -> bool,
) -> Vec<&'g Spell> {
    let mut background: Vec<&Spell> = gaz
        .spells
        .iter()
        .filter(|s| current(s) && orgs.has(&s.org) && states.has(&s.member))
        .collect();
    sort::by(&mut background, |a, b| {
        (&a.org, &a.member).cmp(&(&b.org, &b.member))
    });
    background
}

/// A set of the ids of the text's entities of one kind, asked about once for each spell of the
/// organizations the text names: ids of up to 7 bytes (most: `NATO`, `UKR`) as numbers compared one by one,
/// a hash set past eight (the United Nations' run asks about nearly two hundred states), longer
/// ids as strings.
struct Ids<'a> {
    short: Vec<u64>,
    long: Vec<&'a str>,
    many: Option<rustc_hash::FxHashSet<u64>>,
}

impl<'a> Ids<'a> {
    fn of(r: &'a resolve::Resolved, kind: gazetteer::Kind) -> Ids<'a> {
        let mut ids = Ids {
            short: Vec::new(),
            long: Vec::new(),
            many: None,
        };
        for e in r.entities.iter().filter(|e| e.kind == kind) {
            match Ids::key(&e.id) {
                Some(k) => ids.short.push(k),
                None => ids.long.push(&e.id),
            }
        }
        if ids.short.len() > 8 {
            ids.many = Some(ids.short.iter().copied().collect());
        }
        ids
    }

    /// Up to 7 bytes and the length, as one number; `None` for a longer id.
    fn key(id: &str) -> Option<u64> {
        let b = id.as_bytes();
        (b.len() <= 7).then(|| {
            b.iter()
                .enumerate()
                .fold((b.len() as u64) << 56, |k, (i, &x)| {
                    k | u64::from(x) << (8 * i)
                })
        })
    }

    fn is_empty(&self) -> bool {
        self.short.is_empty() && self.long.is_empty()
    }

    fn has(&self, id: &str) -> bool {
        match (Ids::key(id), &self.many) {
            (Some(k), Some(many)) => many.contains(&k),
            (Some(k), None) => self.short.contains(&k),
            (None, _) => self.long.contains(&id),
        }
    }
}

/// [`render`] written straight as JSON, field by field in the order serde writes them.
fn render_json(
    text: &str,
    gaz: &Gazetteer,
    p: Stages,
    id: Option<&str>,
    extra_warnings: &[String],
) -> String {
    render_json_into(text, gaz, p, id, extra_warnings, Json::default()).finish()
}

/// [`render_json`] into `w`: a writer that holds everything (sized here), or one that spills.
fn render_json_into(
    text: &str,
    gaz: &Gazetteer,
    p: Stages,
    id: Option<&str>,
    extra_warnings: &[String],
    mut w: Json,
) -> Json {
    let Stages {
        day,
        sentences,
        resolved: r,
        relations,
        blocs,
        warnings,
    } = p;
    let map = Utf16Map::new(text);
    let u = |b: usize| map.utf16(b);
    let evidence: usize = relations
        .iter()
        .map(|x| sentences[x.sentence].span.len())
        .sum::<usize>()
        .min(2 * text.len() + 64 * relations.len());
    w.reserve(
        256 + evidence
            + 32 * sentences.len()
            + 96 * (r.entities.len() + r.mentions.len())
            + 256 * relations.len(),
    );
    w.raw("{\"schema\":");
    w.str(SCHEMA);
    if let Some(id) = id {
        w.raw(",\"id\":");
        w.str(id);
    }
    w.raw(",\"sentences\":[");
    for (i, s) in sentences.iter().enumerate() {
        w.comma(i);
        w.raw("{\"start\":");
        w.num(u(s.span.start));
        w.raw(",\"end\":");
        w.num(u(s.span.end));
        w.raw("}");
    }
    w.raw("],\"entities\":[");
    for (i, e) in r.entities.iter().enumerate() {
        w.comma(i);
        w.raw("{\"id\":");
        w.str(&e.id);
        w.raw(",\"kind\":");
        w.str(e.kind.as_str());
        w.raw(",\"name\":");
        w.str(&e.name);
        w.opt(",\"affiliation\":", e.affiliation.as_deref());
        w.opt(",\"role\":", e.role.as_deref());
        w.opt(",\"country\":", e.country.as_deref());
        if let Some(code) = e
            .known
            .and_then(|k| gaz.entities[k as usize].alpha2.as_deref())
        {
            w.flag(code);
        }
        w.raw("}");
    }
    w.raw("],\"mentions\":[");
    for (i, m) in r.mentions.iter().enumerate() {
        w.comma(i);
        w.raw("{\"start\":");
        w.num(u(m.start));
        w.raw(",\"end\":");
        w.num(u(m.end));
        w.raw(",\"text\":");
        w.str(&text[m.start..m.end]);
        w.raw(",\"entity\":");
        w.str(&r.entities[m.entity].id);
        w.raw(",\"via\":");
        w.str(m.via.as_str());
        w.raw("}");
    }
    w.raw("],\"relations\":[");
    // The evidence of the sentence quoted last, escaped once for all its relations.
    let mut quoted: Option<(usize, String)> = None;
    for (i, x) in relations.iter().enumerate() {
        w.comma(i);
        w.raw("{\"source\":");
        w.str(&r.entities[x.source].id);
        w.raw(",\"target\":");
        w.str(&r.entities[x.target].id);
        w.raw(",\"type\":");
        w.str(x.kind);
        w.raw(",\"polarity\":");
        w.int(i64::from(x.polarity));
        w.raw(",\"intensity\":");
        w.f32((x.intensity * 100.0).round() / 100.0);
        w.raw(",\"sentence\":");
        w.num(x.sentence);
        w.raw(",\"trigger\":{\"start\":");
        w.num(u(x.trigger.0));
        w.raw(",\"end\":");
        w.num(u(x.trigger.1));
        w.raw(",\"text\":");
        w.str(&text[x.trigger.0..x.trigger.1]);
        w.raw("},\"negated\":");
        w.bool(x.negated);
        if x.hedged {
            w.raw(",\"hedged\":true");
        }
        w.raw(",\"evidence\":");
        match &quoted {
            Some((k, json)) if *k == x.sentence => w.raw(json),
            _ => {
                let mut json = Json::with_capacity(sentences[x.sentence].span.len() + 2);
                json.str(&text[sentences[x.sentence].span.clone()]);
                let json = json.finish();
                w.raw(&json);
                quoted = Some((x.sentence, json));
            }
        }
        w.raw(",\"rule\":");
        w.str(x.rule);
        w.raw("}");
    }
    w.raw("],\"blocs\":[");
    for (i, b) in blocs.blocs.iter().enumerate() {
        w.comma(i);
        w.raw("[");
        for (j, x) in b.iter().enumerate() {
            w.comma(j);
            w.str(x);
        }
        w.raw("]");
    }
    w.raw("],\"stances\":[");
    for (i, s) in blocs.stances.iter().enumerate() {
        w.comma(i);
        w.raw("{\"a\":");
        w.str(&s.a);
        w.raw(",\"b\":");
        w.str(&s.b);
        w.raw(",\"net\":");
        w.f32((s.net * 100.0).round() / 100.0);
        w.raw("}");
    }
    w.raw("],\"background\":[");
    for (i, s) in background(gaz, &r, day).iter().enumerate() {
        w.comma(i);
        w.raw("{\"type\":\"MEMBER\",\"source\":");
        w.str(&s.member);
        w.raw(",\"target\":");
        w.str(&s.org);
        w.raw(",\"since\":");
        w.day(s.from);
        w.raw("}");
    }
    w.raw("],\"warnings\":[");
    for (i, x) in warnings.iter().chain(extra_warnings).enumerate() {
        w.comma(i);
        w.str(x);
    }
    w.raw("]}");
    w
}
