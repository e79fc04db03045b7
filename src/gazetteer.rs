//! The knowledge base, loaded once, and one Aho-Corasick automaton over every name, title and
//! trigger it holds.
//!
//! The built-in base comes from `data/` through `build.rs` as static tables
//! ([`builtin`]); [`Gazetteer::with_extra`] adds a newsroom's records, in the same format, at run
//! time.

use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::kb::{self, Day, KbError, Tables};

/// The records of `data/`, checked and packed by `build.rs`: `(file name, records)`.
#[allow(missing_docs)]
pub mod builtin {
    include!(concat!(env!("OUT_DIR"), "/kb_tables.rs"));
}

/// The kind of an entity, as the contract names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// A state.
    Country,
    /// An alliance, bloc, body, court, armed group or national body.
    Organization,
    /// A person.
    Person,
    /// A place that is not an actor.
    Place,
    /// A collective actor or a people.
    Group,
    /// A named event.
    Event,
}

impl Kind {
    /// The contract's name for the kind.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Country => "country",
            Kind::Organization => "organization",
            Kind::Person => "person",
            Kind::Place => "place",
            Kind::Group => "group",
            Kind::Event => "event",
        }
    }
}

/// How a mention names its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    /// The entity's own name or formal name.
    Name,
    /// An alias, abbreviation or former name.
    Alias,
    /// A demonym adjective (`Chinese`).
    Demonym,
    /// A demonym for the people (`Russians`).
    People,
    /// The capital standing for the state.
    Capital,
    /// A seat of government standing for the state (`the Kremlin`).
    Seat,
    /// A title that names its holder on the document's date (`the Indian prime minister`).
    Title,
    /// A later, shorter reference to an entity already named (`Xi`, `the alliance`).
    Coreference,
}

impl Via {
    /// The contract's name for the way.
    pub fn as_str(self) -> &'static str {
        match self {
            Via::Name => "name",
            Via::Alias => "alias",
            Via::Demonym => "demonym",
            Via::People => "people",
            Via::Capital => "capital",
            Via::Seat => "seat",
            Via::Title => "title",
            Via::Coreference => "coreference",
        }
    }
}

/// An entity the knowledge base knows.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    /// The contract id (`CHN`, `NATO`, `xi-jinping`, `galwan-valley`).
    pub id: String,
    /// Its kind.
    pub kind: Kind,
    /// Its canonical name.
    pub name: String,
    /// For persons and national bodies: the actor they act for.
    pub affiliation: Option<String>,
    /// For places: the country they are in.
    pub country: Option<String>,
    /// For groups: the member states.
    pub members: Vec<String>,
}

/// What one dictionary term can mean.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Sense {
    /// A name of an entity.
    Entity {
        /// Index into [`Gazetteer::entities`].
        entity: u32,
        /// How the term names it.
        via: Via,
    },
    /// A capital: the state acting, or the city as a place.
    Capital {
        /// The state.
        country: u32,
        /// The city as a place entity.
        place: u32,
    },
    /// A title phrase naming a role.
    Title {
        /// Index into [`Gazetteer::roles`].
        role: u32,
    },
    /// A relation trigger.
    Trigger {
        /// Index into [`Gazetteer::triggers`].
        trigger: u32,
    },
}

/// Where a trigger's actors stand; see `data/README.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    /// Subject before, object after.
    Verb,
    /// Possessor or subject before, the target after a preposition.
    Noun,
    /// Symmetric.
    Mutual,
    /// An adjective or hyphen suffix before the target.
    Adj,
}

/// A relation trigger from the lexicon.
#[derive(Debug, Clone, PartialEq)]
pub struct TriggerDef {
    /// The PLOVER type.
    pub kind: &'static str,
    /// Where its actors stand.
    pub frame: Frame,
    /// Prepositions that introduce the target.
    pub preps: Vec<String>,
    /// Goldstein intensity, signed.
    pub intensity: f32,
    /// The polarity of the type: +1 aligned, -1 opposed.
    pub polarity: i8,
}

/// One term of one office.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    /// The state or organization whose office it is.
    pub holder: String,
    /// Index into [`Gazetteer::roles`].
    pub role: u32,
    /// Index into [`Gazetteer::entities`] of the person.
    pub person: u32,
    /// First day.
    pub from: Day,
    /// Day it ended, 0 if it has not.
    pub to: Day,
}

/// One spell of membership.
#[derive(Debug, Clone, PartialEq)]
pub struct Spell {
    /// The member state's id.
    pub member: String,
    /// The organization's id.
    pub org: String,
    /// First day.
    pub from: Day,
    /// Day it ended, 0 if it has not.
    pub to: Day,
}

/// A dictionary hit in a text: a byte span and the term it matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Byte start.
    pub start: usize,
    /// Byte end.
    pub end: usize,
    /// Index into the senses table ([`Gazetteer::senses`]).
    pub term: u32,
}

/// The loaded knowledge base and its automaton.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    /// Every entity: countries, organizations, groups, places (capitals too), persons.
    pub entities: Vec<Entity>,
    /// Canonical role names (`President`).
    pub roles: Vec<String>,
    /// The trigger lexicon.
    pub triggers: Vec<TriggerDef>,
    /// Terms of office.
    pub terms: Vec<Term>,
    /// Memberships.
    pub spells: Vec<Spell>,
    by_id: HashMap<String, u32>,
    senses: Vec<Vec<Sense>>,
    automaton: AhoCorasick,
}

static BUILTIN: LazyLock<Gazetteer> = LazyLock::new(|| {
    Gazetteer::build(&builtin_tables())
        .expect("the built-in knowledge base was checked by build.rs")
});

/// The built-in tables, as compiled from `data/` (checked by `build.rs`).
pub fn builtin_tables() -> Tables<'static> {
    let mut t = Tables::default();
    let mut errors = Vec::new();
    for (name, text) in builtin::TABLES {
        kb::parse_into(&mut t, name, name, text, &mut errors);
    }
    debug_assert!(
        errors.is_empty(),
        "build.rs checked the built-in tables: {errors:?}"
    );
    t
}

/// Turns a name into an id slug: lower-case ASCII letters and digits joined by hyphens.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        let c = fold_accent(c);
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') && c != '\'' && c != '’' {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

fn fold_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' => 'a',
        'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' => 'A',
        'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ě' => 'e',
        'É' | 'È' | 'Ê' | 'Ë' => 'E',
        'í' | 'ì' | 'î' | 'ï' | 'ı' => 'i',
        'Í' | 'Î' | 'İ' => 'I',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' => 'o',
        'Ó' | 'Ö' | 'Ø' => 'O',
        'ú' | 'ù' | 'û' | 'ü' | 'ū' => 'u',
        'Ú' | 'Ü' => 'U',
        'ç' | 'č' | 'ć' => 'c',
        'Ç' | 'Č' => 'C',
        'ñ' | 'ń' => 'n',
        'ş' | 'š' | 'ś' => 's',
        'Ş' | 'Š' => 'S',
        'ğ' => 'g',
        'ž' | 'ź' | 'ż' => 'z',
        'Ž' => 'Z',
        'ł' => 'l',
        _ => c,
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// "secretary of state" -> "Secretary of State": small words stay lower case.
fn title_case(s: &str) -> String {
    s.split(' ')
        .enumerate()
        .map(|(i, w)| {
            if i > 0 && matches!(w, "of" | "the" | "and" | "for" | "de" | "on") {
                w.to_string()
            } else {
                capitalize(w)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

impl Gazetteer {
    /// The built-in knowledge base, built on first use.
    pub fn builtin() -> &'static Gazetteer {
        &BUILTIN
    }

    /// The built-in base plus a newsroom's records. `files` are `(file name, text)` pairs with
    /// the names of `data/` (`countries.txt`, `persons.txt`, ...).
    pub fn with_extra(files: &[(&str, &str)]) -> Result<Gazetteer, Vec<KbError>> {
        let base = builtin_tables();
        let mut extra = Tables::default();
        let mut errors = Vec::new();
        for (name, text) in files {
            kb::parse_into(&mut extra, name, name, text, &mut errors);
        }
        let names: Vec<String> = files.iter().map(|(n, _)| n.to_string()).collect();
        errors.extend(kb::check(&extra, Some(&base), &|t: &str| {
            names
                .iter()
                .find(|n| n.as_str() == t)
                .cloned()
                .unwrap_or_else(|| t.to_string())
        }));
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut all = base;
        all.countries.extend(extra.countries);
        all.places.extend(extra.places);
        all.groups.extend(extra.groups);
        all.organizations.extend(extra.organizations);
        all.memberships.extend(extra.memberships);
        all.persons.extend(extra.persons);
        all.offices.extend(extra.offices);
        all.titles.extend(extra.titles);
        all.triggers.extend(extra.triggers);
        Gazetteer::build(&all)
    }

    /// Builds the gazetteer from checked tables.
    pub fn build(t: &Tables<'_>) -> Result<Gazetteer, Vec<KbError>> {
        let mut g = Builder::default();
        for c in &t.countries {
            let e = g.entity(Entity {
                id: c.id.to_string(),
                kind: Kind::Country,
                name: c.name.to_string(),
                affiliation: None,
                country: None,
                members: vec![],
            });
            g.term(
                c.name,
                Sense::Entity {
                    entity: e,
                    via: Via::Name,
                },
            );
            if !c.formal.is_empty() {
                g.term(
                    c.formal,
                    Sense::Entity {
                        entity: e,
                        via: Via::Name,
                    },
                );
            }
            for a in kb::list(c.aliases) {
                g.term(
                    a,
                    Sense::Entity {
                        entity: e,
                        via: Via::Alias,
                    },
                );
            }
            for a in kb::list(c.adjectives) {
                g.term(
                    a,
                    Sense::Entity {
                        entity: e,
                        via: Via::Demonym,
                    },
                );
            }
            for a in kb::list(c.plurals) {
                g.term(
                    a,
                    Sense::Entity {
                        entity: e,
                        via: Via::People,
                    },
                );
            }
            for a in kb::list(c.seats) {
                g.term(
                    a,
                    Sense::Entity {
                        entity: e,
                        via: Via::Seat,
                    },
                );
            }
            let mut capitals = kb::list(c.capitals);
            if let Some(first) = capitals.next() {
                let place = g.entity(Entity {
                    id: slug(first),
                    kind: Kind::Place,
                    name: first.to_string(),
                    affiliation: None,
                    country: Some(c.id.to_string()),
                    members: vec![],
                });
                g.term(first, Sense::Capital { country: e, place });
                for other in capitals {
                    g.term(other, Sense::Capital { country: e, place });
                }
            }
        }
        for o in &t.organizations {
            let e = g.entity(Entity {
                id: o.id.to_string(),
                kind: Kind::Organization,
                name: o.name.to_string(),
                affiliation: (!o.affiliation.is_empty()).then(|| o.affiliation.to_string()),
                country: None,
                members: vec![],
            });
            g.term(
                o.name,
                Sense::Entity {
                    entity: e,
                    via: Via::Name,
                },
            );
            // The code is written as the news writes it when it is a real acronym.
            if o.id
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
                && o.id.len() >= 2
            {
                g.term(
                    o.id,
                    Sense::Entity {
                        entity: e,
                        via: Via::Alias,
                    },
                );
            }
            for a in kb::list(o.aliases) {
                g.term(
                    a,
                    Sense::Entity {
                        entity: e,
                        via: Via::Alias,
                    },
                );
            }
        }
        for gr in &t.groups {
            let e = g.entity(Entity {
                id: gr.id.to_string(),
                kind: Kind::Group,
                name: gr.name.to_string(),
                affiliation: None,
                country: None,
                members: kb::list(gr.members).map(str::to_string).collect(),
            });
            g.term(
                gr.name.trim_start_matches("the "),
                Sense::Entity {
                    entity: e,
                    via: Via::Name,
                },
            );
            for a in kb::list(gr.aliases) {
                g.term(
                    a,
                    Sense::Entity {
                        entity: e,
                        via: Via::Alias,
                    },
                );
            }
        }
        for p in &t.places {
            let e = g.entity(Entity {
                id: p.id.to_string(),
                kind: Kind::Place,
                name: p.name.to_string(),
                affiliation: None,
                country: (!p.country.is_empty()).then(|| p.country.to_string()),
                members: vec![],
            });
            g.term(
                p.name,
                Sense::Entity {
                    entity: e,
                    via: Via::Name,
                },
            );
            for a in kb::list(p.aliases) {
                g.term(
                    a,
                    Sense::Entity {
                        entity: e,
                        via: Via::Alias,
                    },
                );
            }
        }
        for p in &t.persons {
            let e = g.entity(Entity {
                id: p.id.to_string(),
                kind: Kind::Person,
                name: p.name.to_string(),
                affiliation: (!p.affiliation.is_empty()).then(|| p.affiliation.to_string()),
                country: None,
                members: vec![],
            });
            g.term(
                p.name,
                Sense::Entity {
                    entity: e,
                    via: Via::Name,
                },
            );
            for a in kb::list(p.aliases) {
                g.term(
                    a,
                    Sense::Entity {
                        entity: e,
                        via: Via::Alias,
                    },
                );
            }
        }
        for x in &t.titles {
            let role = g.role(x.role);
            for form in [
                x.phrase.to_string(),
                capitalize(x.phrase),
                title_case(x.phrase),
            ] {
                g.term(&form, Sense::Title { role });
            }
        }
        for x in &t.offices {
            let role = g.role(x.role);
            let person = g.by_id[x.person];
            g.terms.push(Term {
                holder: x.holder.to_string(),
                role,
                person,
                from: x.from,
                to: x.to,
            });
        }
        for m in &t.memberships {
            g.spells.push(Spell {
                member: m.member.to_string(),
                org: m.org.to_string(),
                from: m.from,
                to: m.to,
            });
        }
        for x in &t.triggers {
            let kind = kb::RELATION_TYPES
                .iter()
                .find(|k| **k == x.kind)
                .copied()
                .unwrap_or("SUPPORT");
            let polarity = if kb::RELATION_TYPES
                .iter()
                .position(|k| *k == kind)
                .unwrap_or(0)
                < 10
            {
                1
            } else {
                -1
            };
            let frame = match x.frame {
                "noun" => Frame::Noun,
                "mutual" => Frame::Mutual,
                "adj" => Frame::Adj,
                _ => Frame::Verb,
            };
            let trigger = g.triggers.len() as u32;
            g.triggers.push(TriggerDef {
                kind,
                frame,
                preps: kb::list(x.preps).map(str::to_string).collect(),
                intensity: x.intensity,
                polarity,
            });
            for form in kb::list(x.forms) {
                g.term(form, Sense::Trigger { trigger });
                g.term(&capitalize(form), Sense::Trigger { trigger });
            }
        }
        g.finish()
    }

    /// The entity with this id.
    pub fn entity_id(&self, id: &str) -> Option<u32> {
        self.by_id.get(id).copied()
    }

    /// What a term can mean.
    pub fn senses(&self, term: u32) -> &[Sense] {
        &self.senses[term as usize]
    }

    /// Every dictionary hit in `text`, leftmost-longest, on word boundaries.
    pub fn hits(&self, text: &str) -> Vec<Hit> {
        let mut out = Vec::new();
        for m in self.automaton.find_iter(text) {
            let (s, e) = (m.start(), m.end());
            let pat = &text[s..e];
            let first = pat.chars().next().unwrap_or(' ');
            let last = pat.chars().next_back().unwrap_or(' ');
            let before = text[..s].chars().next_back();
            let after = text[e..].chars().next();
            if is_word_char(first) && before.is_some_and(is_word_char) {
                continue;
            }
            if is_word_char(last) && after.is_some_and(is_word_char) {
                continue;
            }
            out.push(Hit {
                start: s,
                end: e,
                term: m.pattern().as_u32(),
            });
        }
        out
    }

    /// The person holding `role` of `holder` on `day`.
    pub fn holder(&self, holder: &str, role: u32, day: Day) -> Option<u32> {
        self.terms
            .iter()
            .find(|t| {
                t.holder == holder && t.role == role && t.from <= day && (t.to == 0 || day < t.to)
            })
            .map(|t| t.person)
    }

    /// The offices a person held on `day` (or last held before it).
    pub fn offices_of(&self, person: u32, day: Day) -> Option<&Term> {
        let mut best: Option<&Term> = None;
        for t in self.terms.iter().filter(|t| t.person == person) {
            if t.from <= day && (t.to == 0 || day < t.to) {
                return Some(t);
            }
            if t.from <= day && best.is_none_or(|b| b.from < t.from) {
                best = Some(t);
            }
        }
        best
    }

    /// Whether `member` belonged to `org` on `day`, and since when.
    pub fn member_since(&self, member: &str, org: &str, day: Day) -> Option<Day> {
        self.spells
            .iter()
            .find(|s| {
                s.member == member && s.org == org && s.from <= day && (s.to == 0 || day < s.to)
            })
            .map(|s| s.from)
    }
}

#[derive(Default)]
struct Builder {
    entities: Vec<Entity>,
    by_id: HashMap<String, u32>,
    roles: Vec<String>,
    triggers: Vec<TriggerDef>,
    terms: Vec<Term>,
    spells: Vec<Spell>,
    patterns: Vec<String>,
    pattern_ids: HashMap<String, u32>,
    senses: Vec<Vec<Sense>>,
}

impl Builder {
    fn entity(&mut self, e: Entity) -> u32 {
        if let Some(&i) = self.by_id.get(&e.id) {
            return i; // a capital that is also listed as a place keeps its first record
        }
        let i = self.entities.len() as u32;
        self.by_id.insert(e.id.clone(), i);
        self.entities.push(e);
        i
    }

    fn role(&mut self, name: &str) -> u32 {
        match self.roles.iter().position(|r| r == name) {
            Some(i) => i as u32,
            None => {
                self.roles.push(name.to_string());
                self.roles.len() as u32 - 1
            }
        }
    }

    fn term(&mut self, text: &str, sense: Sense) {
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        let id = match self.pattern_ids.get(text) {
            Some(&i) => i,
            None => {
                let i = self.patterns.len() as u32;
                self.patterns.push(text.to_string());
                self.pattern_ids.insert(text.to_string(), i);
                self.senses.push(Vec::new());
                i
            }
        };
        let senses = &mut self.senses[id as usize];
        if !senses.contains(&sense) {
            senses.push(sense);
        }
    }

    fn finish(self) -> Result<Gazetteer, Vec<KbError>> {
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&self.patterns)
            .map_err(|e| {
                vec![KbError {
                    file: "knowledge base".into(),
                    line: 0,
                    message: format!("cannot build the automaton: {e}"),
                }]
            })?;
        Ok(Gazetteer {
            entities: self.entities,
            roles: self.roles,
            triggers: self.triggers,
            terms: self.terms,
            spells: self.spells,
            by_id: self.by_id,
            senses: self.senses,
            automaton,
        })
    }
}
