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
pub mod text;
#[cfg(target_arch = "wasm32")]
mod wasm;

use std::fmt;

pub use gazetteer::Gazetteer;
pub use output::Analysis;

use output::{
    BackgroundOut, EntityOut, MentionOut, RelationOut, SentenceOut, TriggerOut, Utf16Map, SCHEMA,
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
    Ok(render(
        text,
        &sentences,
        gaz,
        &resolved,
        &relations,
        blocs,
        day,
        warnings,
        options.id.clone(),
    ))
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

#[allow(clippy::too_many_arguments)]
fn render(
    text: &str,
    doc_sentences: &[text::Sentence],
    gaz: &Gazetteer,
    r: &resolve::Resolved,
    relations: &[relations::Relation],
    blocs: blocs::Blocs,
    day: kb::Day,
    warnings: Vec<String>,
    id: Option<String>,
) -> Analysis {
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
            id: e.id.clone(),
            kind: e.kind.as_str().to_string(),
            name: e.name.clone(),
            affiliation: e.affiliation.clone(),
            role: e.role.clone(),
            country: e.country.clone(),
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
            entity: r.entities[m.entity].id.clone(),
            via: m.via.as_str().to_string(),
        })
        .collect();
    let relations = relations
        .iter()
        .map(|x| {
            let s = &doc_sentences[x.sentence];
            RelationOut {
                source: r.entities[x.source].id.clone(),
                target: r.entities[x.target].id.clone(),
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
    // Memberships of the organizations the text names, among the states it names.
    let named = |kind: gazetteer::Kind| -> rustc_hash::FxHashSet<&str> {
        r.entities
            .iter()
            .filter(|e| e.kind == kind)
            .map(|e| e.id.as_str())
            .collect()
    };
    let (orgs, states) = (
        named(gazetteer::Kind::Organization),
        named(gazetteer::Kind::Country),
    );
    let mut background = Vec::new();
    if !orgs.is_empty() {
        for s in &gaz.spells {
            let current = s.from <= day && (s.to == 0 || day < s.to);
            if current && orgs.contains(&*s.org) && states.contains(&*s.member) {
                background.push(BackgroundOut {
                    kind: "MEMBER".into(),
                    source: s.member.to_string(),
                    target: s.org.to_string(),
                    since: Some(resolve::day_string(s.from)),
                });
            }
        }
    }
    background.sort_by(|a, b| (&a.target, &a.source).cmp(&(&b.target, &b.source)));
    Analysis {
        schema: SCHEMA.to_string(),
        id,
        sentences,
        entities,
        mentions,
        relations,
        blocs: blocs.blocs,
        stances: blocs
            .stances
            .into_iter()
            .map(|s| output::StanceOut {
                a: s.a,
                b: s.b,
                net: (s.net * 100.0).round() / 100.0,
            })
            .collect(),
        background,
        warnings,
    }
}
