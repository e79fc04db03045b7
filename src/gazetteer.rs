//! The knowledge base, loaded once, and one trie over every name, title and trigger it holds,
//! matched leftmost-longest unit by unit.
//!
//! The built-in base comes from `data/` through `build.rs` as static tables
//! ([`builtin`]); [`Gazetteer::with_extra`] adds a newsroom's records, in the same format, at run
//! time.

use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;
use std::sync::{LazyLock, OnceLock};

use crate::kb::{self, Day, KbError, Tables};
use crate::text::{Token, TokenKind};

/// The records of `data/`, checked and packed by `build.rs`: `(file name, records)`.
#[allow(missing_docs)]
pub mod builtin {
    include!(concat!(env!("OUT_DIR"), "/kb_tables.rs"));
}

/// A string of the knowledge base: borrowed from the built-in tables (no copy, no allocation),
/// owned when it comes from a newsroom's records or is derived ("Condemn" from "condemn").
pub type Str = Cow<'static, str>;

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
    pub id: Str,
    /// Its kind.
    pub kind: Kind,
    /// Its canonical name.
    pub name: Str,
    /// For persons and national bodies: the actor they act for.
    pub affiliation: Option<Str>,
    /// For places: the country they are in.
    pub country: Option<Str>,
    /// For groups: the member states.
    pub members: Vec<Str>,
    /// For countries: the ISO 3166-1 alpha-2 code its flag is made of, when it has a flag.
    pub alpha2: Option<Str>,
}

impl Entity {
    /// The flag emoji of a country: its alpha-2 code as two regional indicator symbols
    /// (`UA` -> 🇺🇦). The check of `data/` keeps every code two capitals.
    pub fn flag(&self) -> Option<String> {
        let code = self.alpha2.as_deref()?;
        code.bytes()
            .map(|b| match b {
                b'A'..=b'Z' => char::from_u32(0x1F1E6 + u32::from(b - b'A')),
                _ => None,
            })
            .collect()
    }
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

impl TriggerDef {
    /// A verb-frame definition of no form and no preposition, for an act a rule finds itself
    /// ("gave X 72 hours to leave" is coercion); its polarity is the intensity's sign.
    pub const fn plain(kind: &'static str, intensity: f32) -> TriggerDef {
        TriggerDef {
            kind,
            frame: Frame::Verb,
            preps: Vec::new(),
            intensity,
            polarity: if intensity > 0.0 { 1 } else { -1 },
        }
    }

    /// The same trigger read as another type, aligned when `intensity` is above zero ("resolved
    /// their dispute": an agreement; "lifted the embargo": a concession).
    pub fn recast(&self, kind: &'static str, intensity: f32) -> TriggerDef {
        TriggerDef {
            kind,
            frame: self.frame,
            preps: self.preps.clone(),
            intensity,
            polarity: if intensity > 0.0 { 1 } else { -1 },
        }
    }
}

/// One term of one office.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    /// The state or organization whose office it is.
    pub holder: Str,
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
    pub member: Str,
    /// The organization's id.
    pub org: Str,
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

/// How many spells an index of them was made from, and each organization's runs of spells
/// (`start..end` in [`Gazetteer::spells`]).
type SpellIndex = (usize, HashMap<Str, Vec<(u32, u32)>>);

/// The loaded knowledge base and its trie.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    /// Every entity: countries, organizations, groups, places (capitals too), persons.
    pub entities: Vec<Entity>,
    /// Canonical role names (`President`).
    pub roles: Vec<String>,
    /// The trigger lexicon.
    pub triggers: Vec<TriggerDef>,
    /// Memberships.
    pub spells: Vec<Spell>,
    /// Each entity's id, numbered as the entities are (an id's number is its entity).
    by_id: UnitTable,
    /// Every term's senses, term after term; term `t`'s are `senses[sense_start[t]..sense_start[t + 1]]`.
    senses: Vec<Sense>,
    sense_start: Vec<u32>,
    trie: Trie,
    /// The terms of office and their indexes, built on first use for the built-in base (see
    /// [`Gazetteer::offices`]), at once for a base with additions.
    offices: OnceLock<Offices>,
    /// What the built-in terms of office are built from, when they are asked for.
    packed_offices: Option<PackedOffices>,
    /// Each organization's memberships, indices into `spells` in order: made on the first
    /// call of [`Gazetteer::spells_of`], not in the build the first analysis waits for.
    spells_by_org: OnceLock<SpellIndex>,
    /// The armed groups' entities ("the rebels", "the militants" name one).
    armed: Vec<u32>,
}

/// The terms of office and what looks them up.
#[derive(Debug, Clone, Default)]
struct Offices {
    terms: Vec<Term>,
    /// For each role, its only holder when a title names it (see [`Gazetteer::sole_holder`]).
    sole_holders: Vec<Option<u32>>,
    /// Indices into `terms`, sorted by person (file order kept within a person).
    by_person: Vec<u32>,
    /// Indices into `terms`, sorted by holder and role name (file order kept within each).
    by_office: Vec<u32>,
}

/// The built-in terms of office as `build.rs` packed them (`kb::pack_offices`) and what their
/// positions name: a first analysis that names no person and no title never builds them, and
/// building them looks up no id (the persons' entities were numbered with the persons).
#[derive(Debug, Clone)]
struct PackedOffices {
    bytes: &'static [u8],
    /// The ids of the countries, then the organizations.
    holders: Vec<Str>,
    /// The role of each title.
    title_roles: Vec<u32>,
    /// The entity of each person.
    persons: Vec<u32>,
    /// Roles with a title that names the institution.
    named_roles: Vec<u32>,
}

/// Every name, title and trigger of the base, as a trie over units (see [`units`]): numbered
/// units ([`UnitTable`]), the root's children by unit, each other node's children as a list,
/// and the term that ends at each node. Building it is one unit lookup per unit of the
/// dictionary (about 17,000) and no other hashing, so the first analysis does not wait for it;
/// matching is leftmost-longest, so "United States of America" beats "United States".
#[derive(Debug, Clone)]
struct Trie {
    units: UnitTable,
    /// The root's child by unit, `NONE` when it has none: every name's first unit is looked
    /// up here, by index.
    root: Vec<u32>,
    /// Below the root, each node's children as a list (first child, next sibling): few
    /// nodes there have more than a handful. No hash insertion per unit of the dictionary.
    nodes: Vec<Node>,
    terms: Vec<u32>,
}

/// A trie node below the root: its unit, its first child and its next sibling.
#[derive(Debug, Clone, Copy)]
struct Node {
    unit: u32,
    first: u32,
    next: u32,
}

/// The trie's units, numbered in the order first seen: an open-addressing table (linear
/// probing, at most half full) of each unit's hash and number. Simpler code than a general
/// hash map, which V8 compiles and runs as baseline code while the first analysis builds the
/// base.
#[derive(Debug, Clone, Default)]
struct UnitTable {
    strs: Vec<Str>,
    /// (hash, unit), `unit == NONE` when the slot is free; the length is a power of two.
    slots: Vec<(u32, u32)>,
}

impl UnitTable {
    /// Eight bytes at a time, multiplied (as rustc-hash's Fx does), written out here: the
    /// general hasher was a call of several in wasm's baseline code for each unit of the base.
    #[inline(always)]
    fn hash(s: &str) -> u32 {
        const K: u64 = 0xf135_7aea_2e62_a9c5;
        let bytes = s.as_bytes();
        let mut h = bytes.len() as u64;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            h = (h.rotate_left(26) ^ w).wrapping_mul(K);
        }
        // The last one to seven bytes as two overlapping reads (or three bytes), as Fx does:
        // no loop a byte, for the short units that most are.
        let rest = chunks.remainder();
        let n = rest.len();
        let w = if n >= 4 {
            let lo = u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]);
            let hi = u32::from_le_bytes([rest[n - 4], rest[n - 3], rest[n - 2], rest[n - 1]]);
            u64::from(lo) | u64::from(hi) << 32
        } else if n > 0 {
            u64::from(rest[0]) | u64::from(rest[n / 2]) << 8 | u64::from(rest[n - 1]) << 16
        } else {
            0
        };
        h = (h.rotate_left(26) ^ w).wrapping_mul(K);
        (h >> 32) as u32
    }

    fn reserve(&mut self, units: usize) {
        let want = (units * 2).next_power_of_two().max(16);
        if want > self.slots.len() {
            self.rehash(want);
        }
        self.strs.reserve(units.saturating_sub(self.strs.len()));
    }

    fn rehash(&mut self, size: usize) {
        let mut slots = vec![(0, NONE); size];
        let mask = size - 1;
        for &(h, unit) in &self.slots {
            if unit != NONE {
                let mut i = h as usize & mask;
                while slots[i].1 != NONE {
                    i = (i + 1) & mask;
                }
                slots[i] = (h, unit);
            }
        }
        self.slots = slots;
    }

    /// The slot of `s`: its unit's, or the free one where it would go.
    #[inline]
    fn slot(&self, s: &str, h: u32) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = h as usize & mask;
        loop {
            let (sh, unit) = self.slots[i];
            if unit == NONE || (sh == h && self.strs[unit as usize] == s) {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    /// The number of unit `s`, `NONE` when the dictionary has no such unit. Inlined: the trie
    /// asks once a unit of every text.
    #[inline(always)]
    fn get(&self, s: &str) -> u32 {
        if self.slots.is_empty() {
            return NONE;
        }
        self.slots[self.slot(s, Self::hash(s))].1
    }

    /// The number of unit `s`, numbered now (stored as `keep` makes it) when new; and whether
    /// it is new.
    fn id<'t>(&mut self, s: &'t str, keep: &impl Fn(&'t str) -> Str) -> (u32, bool) {
        if (self.strs.len() + 1) * 2 > self.slots.len() {
            self.rehash((self.slots.len() * 2).max(16));
        }
        let h = Self::hash(s);
        let i = self.slot(s, h);
        match self.slots[i].1 {
            NONE => {
                let unit = self.strs.len() as u32;
                self.strs.push(keep(s));
                self.slots[i] = (h, unit);
                (unit, true)
            }
            unit => (unit, false),
        }
    }
}

/// No unit, no term.
const NONE: u32 = u32::MAX;

impl Default for Trie {
    fn default() -> Self {
        Trie {
            units: UnitTable::default(),
            root: Vec::new(),
            nodes: vec![Node {
                unit: NONE,
                first: NONE,
                next: NONE,
            }],
            terms: vec![NONE],
        }
    }
}

impl Trie {
    /// The child of `node` by `unit`, `NONE` when it has none.
    #[inline]
    fn child(&self, node: u32, unit: u32) -> u32 {
        if node == 0 {
            return self.root.get(unit as usize).copied().unwrap_or(NONE);
        }
        let mut c = self.nodes[node as usize].first;
        while c != NONE {
            let n = &self.nodes[c as usize];
            if n.unit == unit {
                return c;
            }
            c = n.next;
        }
        NONE
    }

    /// The node that `text` leads to, created as needed; `None` when `text` has no unit. A new
    /// unit is stored as `keep` makes it (borrowed from the built-in tables when it can be).
    /// The numbers of its units are left in `ids`.
    fn insert<'t>(
        &mut self,
        text: &'t str,
        keep: impl Fn(&'t str) -> Str,
        ids: &mut Vec<u32>,
    ) -> Option<u32> {
        ids.clear();
        let mut node = 0;
        if text.is_ascii() {
            // Nearly every name: its units read here, byte by byte, with no iterator called
            // once a unit (in wasm the base is built by baseline code, where a call costs).
            let bytes = text.as_bytes();
            let mut i = 0;
            while i < bytes.len() {
                let class = ASCII_CLASS[usize::from(bytes[i])];
                let start = i;
                i += 1;
                if class == ASCII_SPACE {
                    continue;
                }
                if class == ASCII_WORD {
                    while i < bytes.len() && ASCII_CLASS[usize::from(bytes[i])] == ASCII_WORD {
                        i += 1;
                    }
                }
                let unit = self.unit(&text[start..i], &keep);
                ids.push(unit);
                node = self.step(node, unit);
            }
        } else {
            for (s, e) in units(text) {
                let unit = self.unit(&text[s..e], &keep);
                ids.push(unit);
                node = self.step(node, unit);
            }
        }
        (!ids.is_empty()).then_some(node)
    }

    /// The number of unit `s`, numbered now when new.
    fn unit<'t>(&mut self, s: &'t str, keep: &impl Fn(&'t str) -> Str) -> u32 {
        let (unit, new) = self.units.id(s, keep);
        if new {
            self.root.push(NONE);
        }
        unit
    }

    /// The child of `node` by `unit`, created when it has none.
    fn step(&mut self, node: u32, unit: u32) -> u32 {
        let next = self.child(node, unit);
        if next != NONE {
            return next;
        }
        let new = self.terms.len() as u32;
        self.terms.push(NONE);
        let sibling = if node == 0 {
            self.root[unit as usize] = new;
            NONE
        } else {
            let parent = &mut self.nodes[node as usize];
            std::mem::replace(&mut parent.first, new)
        };
        self.nodes.push(Node {
            unit,
            first: NONE,
            next: sibling,
        });
        new
    }

    /// Leftmost-longest matches of the trie's terms in `text`, whose tokens are `tokens`.
    fn find(&self, text: &str, tokens: &[Token]) -> Vec<Hit> {
        let spans = token_units(text, tokens);
        let ids: Vec<u32> = spans
            .iter()
            .map(|&(s, e)| self.units.get(&text[s..e]))
            .collect();
        // About one unit in ten starts a hit in news: room for most texts' hits at once.
        let mut out = Vec::with_capacity(spans.len() / 8);
        let mut i = 0;
        while i < ids.len() {
            // Most units start no term: one look at the root rejects them.
            let first = ids[i];
            if first == NONE || self.child(0, first) == NONE {
                i += 1;
                continue;
            }
            let mut node = 0;
            let mut best = None;
            for (j, &unit) in ids.iter().enumerate().skip(i) {
                if unit == NONE {
                    break;
                }
                match self.child(node, unit) {
                    NONE => break,
                    next => node = next,
                }
                if self.terms[node as usize] != NONE {
                    best = Some((j + 1, self.terms[node as usize]));
                }
            }
            match best {
                Some((end, term)) => {
                    out.push(Hit {
                        start: spans[i].0,
                        end: spans[end - 1].1,
                        term,
                    });
                    i = end;
                }
                None => i += 1,
            }
        }
        out
    }
}

/// The units of a text (see [`units`]) read off its tokens, without scanning its bytes again:
/// a word is one unit but for the dots of an initialism (`U.S.`: `U`, `.`, `S`, `.`), a
/// possessive `'s` is two (`'`, `s`), any other token one.
fn token_units(text: &str, tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut spans = Vec::with_capacity(tokens.len() + tokens.len() / 8);
    for t in tokens {
        let w = &text.as_bytes()[t.start..t.end];
        match t.kind {
            // An initialism's first dot follows its first letter.
            TokenKind::Word
                if w.len() > 2 && (w[1] == b'.' || (w[0] >= 0x80 && w.contains(&b'.'))) =>
            {
                spans.extend(units(&text[t.start..t.end]).map(|(s, e)| (t.start + s, t.start + e)));
            }
            TokenKind::Possessive if w.last() == Some(&b's') => {
                spans.push((t.start, t.end - 1));
                spans.push((t.end - 1, t.end));
            }
            _ => spans.push((t.start, t.end)),
        }
    }
    spans
}

static BUILTIN: LazyLock<Gazetteer> = LazyLock::new(|| {
    // The built-in tables live as long as the program: the base borrows its strings from them.
    // The terms of office stay packed until first asked for (`Gazetteer::offices`).
    Gazetteer::build_with(&builtin_records(), Cow::Borrowed, Some(builtin::OFFICES))
        .expect("the built-in knowledge base was checked by build.rs")
});

/// The built-in tables, as compiled from `data/` (checked by `build.rs`).
pub fn builtin_tables() -> Tables<'static> {
    let mut t = builtin_records();
    kb::unpack_offices(builtin::OFFICES, &mut t);
    t
}

/// The built-in tables but the terms of office, which `build.rs` packed as numbers.
fn builtin_records() -> Tables<'static> {
    let mut t = Tables::default();
    let mut errors = Vec::new();
    for (name, text) in builtin::TABLES {
        kb::parse_into(&mut t, name, name, text, &mut errors);
    }
    static SLUGS: OnceLock<String> = OnceLock::new();
    kb::fill_slugs(&mut t, &SLUGS);
    debug_assert!(
        errors.is_empty(),
        "build.rs checked the built-in tables: {errors:?}"
    );
    t
}

pub use crate::kb::slug;

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => {
            let mut out = String::with_capacity(s.len());
            out.push(crate::text::upper_char(f));
            out.push_str(c.as_str());
            out
        }
        None => String::new(),
    }
}

/// Whether an organization's code is an acronym the news writes as it is (`NATO`, `G7`).
fn is_acronym(id: &str) -> bool {
    id.len() >= 2
        && id
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// A title as the news writes it when it names an institution: "european parliament
/// president" -> "European Parliament president", "eu foreign policy chief" -> "EU foreign
/// policy chief". A word is written as in the role's name after its "of" (the institution:
/// "President of the European Parliament"), or as an organization's acronym; the rest stays
/// lower case.
fn proper_case(phrase: &str, role: &str, acronyms: &HashMap<String, &str>) -> String {
    // The words after "of" (none when there is no "of").
    let mut words = role.split(' ');
    let _ = words.by_ref().find(|w| *w == "of");
    let institution: Vec<&str> = words
        .filter(|w| w.starts_with(char::is_uppercase))
        .collect();
    phrase
        .split(' ')
        .map(|w| {
            acronyms
                .get(w)
                .copied()
                .or_else(|| {
                    institution
                        .iter()
                        .copied()
                        .find(|i| i.eq_ignore_ascii_case(w))
                })
                .unwrap_or(w)
        })
        .collect::<Vec<_>>()
        .join(" ")
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

/// The units of a text, as byte spans: each run of letters and digits, and each other sign
/// that is not white space. Names match unit by unit, so a name never starts or ends inside a
/// word, and any white space between its words matches.
fn units(text: &str) -> Units<'_> {
    Units { text, i: 0 }
}

/// The iterator of [`units`].
struct Units<'a> {
    text: &'a str,
    i: usize,
}

// What an ASCII byte is to `units`: white space, a letter or digit, or a sign; the
// tokenizer's table.
use crate::text::{ALNUM as ASCII_WORD, BYTE_CLASS as ASCII_CLASS, SPACE as ASCII_SPACE};

impl Iterator for Units<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let bytes = self.text.as_bytes();
        let mut i = self.i;
        loop {
            let &b = bytes.get(i)?;
            let start = i;
            let word = if b < 0x80 {
                i += 1;
                match ASCII_CLASS[usize::from(b)] {
                    ASCII_SPACE => continue,
                    class => class == ASCII_WORD,
                }
            } else {
                let c = self.text[i..].chars().next()?;
                i += c.len_utf8();
                if c.is_whitespace() {
                    continue;
                }
                c.is_alphanumeric()
            };
            if word {
                while let Some(&b) = bytes.get(i) {
                    if b < 0x80 {
                        if ASCII_CLASS[usize::from(b)] != ASCII_WORD {
                            break;
                        }
                        i += 1;
                    } else {
                        match self.text[i..].chars().next() {
                            Some(d) if d.is_alphanumeric() => i += d.len_utf8(),
                            _ => break,
                        }
                    }
                }
            }
            self.i = i;
            return Some((start, i));
        }
    }
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
        Gazetteer::build_with(t, |s| Cow::Owned(s.to_owned()), None)
    }

    /// Builds the gazetteer, storing each string of `t` as `keep` makes it. The terms of office
    /// are `t.offices`, or `packed` (the built-in ones, built when first asked for).
    fn build_with<'a>(
        t: &Tables<'a>,
        keep: fn(&'a str) -> Str,
        packed: Option<&'static [u8]>,
    ) -> Result<Gazetteer, Vec<KbError>> {
        let mut g = Builder::new(keep);
        let entities = t.countries.len() * 2
            + t.organizations.len()
            + t.groups.len()
            + t.places.len()
            + t.persons.len();
        g.by_id.reserve(entities);
        g.entities.reserve(entities);
        // About two units a name and three names an entity, counting titles and triggers.
        g.trie.units.reserve(entities * 3);
        g.trie.root.reserve(entities * 3);
        g.trie.nodes.reserve(entities * 6);
        g.trie.terms.reserve(entities * 6);
        g.senses.reserve(entities * 4);
        g.terms.reserve(t.offices.len());
        g.spells.reserve(t.memberships.len());
        g.triggers.reserve(t.triggers.len());
        let mut holders = Vec::with_capacity(t.countries.len() + t.organizations.len());
        let mut title_roles = Vec::with_capacity(t.titles.len());
        let mut persons = Vec::with_capacity(t.persons.len());
        // Each record is added by a function of its own: V8 tiers up a function whose loops
        // have run long, and a loop here that held every record's work made this one-shot
        // function (15 KB of wasm) hot, compiled by TurboFan during the first analysis for
        // nothing (see ARCHITECTURE.md, "Start-up").
        for c in &t.countries {
            holders.push(keep(c.id));
            g.country(c);
        }
        for o in &t.organizations {
            holders.push(keep(o.id));
            g.organization(o);
        }
        for gr in &t.groups {
            g.group(gr);
        }
        for p in &t.places {
            g.place(p);
        }
        for p in &t.persons {
            persons.push(g.person(p));
        }
        // Acronyms of organizations, by their lower-case form, for titles that name one.
        let acronyms: HashMap<String, &str> = t
            .organizations
            .iter()
            .filter(|o| is_acronym(o.id))
            .map(|o| (o.id.to_ascii_lowercase(), o.id))
            .collect();
        for x in &t.titles {
            title_roles.push(g.title(x, &acronyms));
        }
        for x in &t.offices {
            let role = g.role(x.role);
            let person = g.by_id.get(x.person);
            g.terms.push(Term {
                holder: keep(x.holder),
                role,
                person,
                from: x.from,
                to: x.to,
            });
        }
        for m in &t.memberships {
            g.spells.push(Spell {
                member: keep(m.member),
                org: keep(m.org),
                from: m.from,
                to: m.to,
            });
        }
        for x in &t.triggers {
            g.trigger(x);
        }
        let packed = packed.map(|bytes| PackedOffices {
            bytes,
            holders,
            title_roles,
            persons,
            named_roles: std::mem::take(&mut g.named_roles),
        });
        g.finish(packed)
    }

    /// The terms of office and their indexes: the built-in ones are built here the first time
    /// (a text without a person or a title never asks), straight from their positions.
    fn offices(&self) -> &Offices {
        self.offices.get_or_init(|| {
            let Some(p) = &self.packed_offices else {
                return Offices::default();
            };
            let mut terms = Vec::with_capacity(p.bytes.len() / 7);
            kb::decode_offices(p.bytes, |x| {
                terms.push(Term {
                    holder: p.holders.get(x.holder).cloned().unwrap_or_default(),
                    role: p.title_roles.get(x.title).copied().unwrap_or(0),
                    person: p.persons.get(x.person).copied().unwrap_or(0),
                    from: x.from,
                    to: x.to,
                })
            });
            Offices::index(
                terms,
                &self.roles,
                &self.by_id,
                &p.named_roles,
                self.entities.len(),
            )
        })
    }

    /// Terms of office.
    pub fn terms(&self) -> &[Term] {
        &self.offices().terms
    }

    /// The entity with this id.
    pub fn entity_id(&self, id: &str) -> Option<u32> {
        Some(self.by_id.get(id)).filter(|&e| e != NONE)
    }

    /// What a term can mean.
    pub fn senses(&self, term: u32) -> &[Sense] {
        let t = term as usize;
        &self.senses[self.sense_start[t] as usize..self.sense_start[t + 1] as usize]
    }

    /// Every dictionary hit in `text`, leftmost-longest, on word boundaries.
    pub fn hits(&self, text: &str, tokens: &[Token]) -> Vec<Hit> {
        self.trie.find(text, tokens)
    }

    /// The person holding `role` of `holder` on `day`.
    pub fn holder(&self, holder: &str, role: u32, day: Day) -> Option<u32> {
        let o = self.offices();
        let wanted = (holder, self.roles[role as usize].as_str());
        let key = |i: &u32| {
            let t = &o.terms[*i as usize];
            (&*t.holder, self.roles[t.role as usize].as_str())
        };
        let from = o.by_office.partition_point(|i| key(i) < wanted);
        o.by_office[from..]
            .iter()
            .take_while(|i| key(i) == wanted)
            .map(|&i| &o.terms[i as usize])
            .find(|t| t.from <= day && (t.to == 0 || day < t.to))
            .map(|t| t.person)
    }

    /// Whether any term of office is `role` of `holder`: a binary search of the terms by
    /// office, not a scan of them all.
    pub fn has_office(&self, holder: &str, role: u32) -> bool {
        let o = self.offices();
        let wanted = (holder, self.roles[role as usize].as_str());
        let key = |i: u32| {
            let t = &o.terms[i as usize];
            (&*t.holder, self.roles[t.role as usize].as_str())
        };
        let from = o.by_office.partition_point(|&i| key(i) < wanted);
        o.by_office.get(from).is_some_and(|&i| key(i) == wanted)
    }

    /// Whether an entity of the base is an armed group ("the rebels").
    pub fn is_armed_group(&self, entity: usize) -> bool {
        // (A few dozen: a scan, and no sort in the download.)
        self.armed.contains(&(entity as u32))
    }

    /// Whether a state has had a monarch in the terms of office ("the kingdom", "the emirate").
    pub fn is_monarchy(&self, holder: &str) -> bool {
        let o = self.offices();
        let from = o
            .by_office
            .partition_point(|&i| &*o.terms[i as usize].holder < holder);
        o.by_office[from..]
            .iter()
            .map(|&i| &o.terms[i as usize])
            .take_while(|t| &*t.holder == holder)
            .any(|t| {
                matches!(
                    self.roles[t.role as usize].as_str(),
                    "King" | "Queen" | "Emir" | "Sultan" | "Emperor" | "Grand Duke" | "Prince"
                )
            })
    }

    /// The state or organization that is the only holder of `role` in the terms of office, for
    /// a role with a title that names the institution ("European Parliament president": the
    /// EU); `None` for other roles and for a role several hold.
    pub fn sole_holder(&self, role: u32) -> Option<u32> {
        self.offices()
            .sole_holders
            .get(role as usize)
            .copied()
            .flatten()
    }

    /// The offices a person held on `day` (or last held before it).
    pub fn offices_of(&self, person: u32, day: Day) -> Option<&Term> {
        let o = self.offices();
        let mut best: Option<&Term> = None;
        let from = o
            .by_person
            .partition_point(|&i| o.terms[i as usize].person < person);
        let theirs = o.by_person[from..]
            .iter()
            .map(|&i| &o.terms[i as usize])
            .take_while(|t| t.person == person);
        for t in theirs {
            if t.from <= day && (t.to == 0 || day < t.to) {
                return Some(t);
            }
            if t.from <= day && best.is_none_or(|b| b.from < t.from) {
                best = Some(t);
            }
        }
        best
    }

    /// The memberships of `org`, as indices into [`Gazetteer::spells`] in order: a lookup, not
    /// a scan of every spell. `None` when the spells changed after the index was made.
    pub fn spells_of(&self, org: &str) -> Option<impl Iterator<Item = usize> + '_> {
        let (len, index) = self.spells_by_org.get_or_init(|| {
            // The spells come in runs of one organization (memberships.txt is sorted by it):
            // a run is one entry, and one string comparison a spell finds them.
            let mut index: HashMap<Str, Vec<(u32, u32)>> = HashMap::default();
            let mut start = 0;
            for i in 1..=self.spells.len() {
                let org = &self.spells[start].org;
                if self.spells.get(i).is_none_or(|s| s.org != *org) {
                    index
                        .entry(org.clone())
                        .or_default()
                        .push((start as u32, i as u32));
                    start = i;
                }
            }
            (self.spells.len(), index)
        });
        let runs = index.get(org).map_or(&[][..], Vec::as_slice);
        (*len == self.spells.len()).then(|| runs.iter().flat_map(|&(a, b)| a as usize..b as usize))
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

struct Builder<'a> {
    keep: fn(&'a str) -> Str,
    entities: Vec<Entity>,
    by_id: UnitTable,
    roles: Vec<String>,
    triggers: Vec<TriggerDef>,
    terms: Vec<Term>,
    spells: Vec<Spell>,
    trie: Trie,
    /// `(term, sense)` in the order the files give them; grouped by term in `finish`.
    senses: Vec<(u32, Sense)>,
    /// Terms so far.
    term_count: u32,
    /// Roles with a title that names the institution ("european parliament president").
    named_roles: Vec<u32>,
    last_role: u32,
    /// The unit numbers of the last term inserted.
    ids: Vec<u32>,
    /// A capitalized first unit being looked up.
    scratch: String,
    /// The armed groups' entities.
    armed: Vec<u32>,
}

impl<'a> Builder<'a> {
    fn new(keep: fn(&'a str) -> Str) -> Self {
        Builder {
            keep,
            entities: Vec::new(),
            by_id: UnitTable::default(),
            roles: Vec::new(),
            triggers: Vec::new(),
            terms: Vec::new(),
            spells: Vec::new(),
            trie: Trie::default(),
            senses: Vec::new(),
            term_count: 0,
            named_roles: Vec::new(),
            last_role: 0,
            ids: Vec::new(),
            scratch: String::new(),
            armed: Vec::new(),
        }
    }

    fn entity(&mut self, e: Entity) -> u32 {
        let i = self.entities.len() as u32;
        // One hash of the id, not a look-up and then an insertion; a new id's number is the
        // number of entities before it, its entity's index.
        let (first, new) = self.by_id.id(&e.id, &|_| e.id.clone());
        // A capital that is also listed as a place keeps its first record.
        if new {
            self.entities.push(e);
        }
        debug_assert!(!new || first == i);
        first
    }

    fn role(&mut self, name: &str) -> u32 {
        // offices.txt is sorted by holder and role: most terms have the last term's role.
        let last = self.last_role as usize;
        if self.roles.get(last).is_some_and(|r| r == name) {
            return self.last_role;
        }
        self.last_role = self.role_slow(name);
        self.last_role
    }

    fn role_slow(&mut self, name: &str) -> u32 {
        match self.roles.iter().position(|r| r == name) {
            Some(i) => i as u32,
            None => {
                self.roles.push(name.to_string());
                self.roles.len() as u32 - 1
            }
        }
    }

    /// A term of the tables.
    fn term(&mut self, text: &'a str, sense: Sense) {
        let node = self.trie.insert(text, self.keep, &mut self.ids);
        self.sense(node, sense);
    }

    /// A term made here ("Secretary of State" from "secretary of state"): its new units are
    /// copied.
    fn term_owned(&mut self, text: &str, sense: Sense) {
        let node = self
            .trie
            .insert(text, |unit| Cow::Owned(unit.to_owned()), &mut self.ids);
        self.sense(node, sense);
    }

    /// A term of the tables and the same capitalized, as a sentence starts it ("Condemn").
    /// Only the first unit differs: the others' numbers are reused, not looked up again, and
    /// no string is made but a new first unit. Building the capitalized form and inserting it
    /// as a new term was 1.9 of the 18 million instructions of the base's build natively.
    fn term_capitalized(&mut self, text: &'a str, sense: Sense) {
        self.term(text, sense);
        let first = units(text).next().map_or(0, |(_, e)| e);
        match text.as_bytes().first() {
            Some(b) if b.is_ascii_lowercase() && first > 0 && first <= text.len() => {
                self.scratch.clear();
                self.scratch.push(char::from(b.to_ascii_uppercase()));
                self.scratch.push_str(&text[1..first]);
                let unit = self
                    .trie
                    .unit(&self.scratch, &|u: &str| Cow::Owned(u.to_owned()));
                let mut node = self.trie.step(0, unit);
                for &unit in self.ids.iter().skip(1) {
                    node = self.trie.step(node, unit);
                }
                self.sense(Some(node), sense);
            }
            // Capitalizing changes nothing: the same term with the same sense again.
            Some(b) if b.is_ascii() => {}
            _ => self.term_owned(&capitalize(text), sense),
        }
    }

    fn sense(&mut self, node: Option<u32>, sense: Sense) {
        let Some(node) = node else {
            return;
        };
        let id = match self.trie.terms[node as usize] {
            NONE => {
                let id = self.term_count;
                self.term_count += 1;
                self.trie.terms[node as usize] = id;
                id
            }
            id => id,
        };
        self.senses.push((id, sense));
    }

    /// Every name of a `|`-list field as a term for `entity`.
    #[inline(never)]
    fn names(&mut self, list: &'a str, entity: u32, via: Via) {
        for a in kb::list(list) {
            self.term(a, Sense::Entity { entity, via });
        }
    }

    /// One term for `entity`.
    fn name(&mut self, term: &'a str, entity: u32, via: Via) {
        self.term(term, Sense::Entity { entity, via });
    }

    /// An entity of the tables with nothing but its id, kind and name.
    fn plain(&self, id: &'a str, kind: Kind, name: &'a str) -> Entity {
        Entity {
            id: (self.keep)(id),
            kind,
            name: (self.keep)(name),
            affiliation: None,
            country: None,
            members: Vec::new(),
            alpha2: None,
        }
    }

    /// An optional field: `None` when empty.
    fn optional(&self, field: &'a str) -> Option<Str> {
        (!field.is_empty()).then(|| (self.keep)(field))
    }

    /// An entity of the tables with its name as a term; its number.
    fn named(&mut self, e: Entity, name: &'a str) -> u32 {
        let entity = self.entity(e);
        self.name(name, entity, Via::Name);
        entity
    }

    #[inline(never)]
    fn country(&mut self, c: &kb::Country<'a>) {
        let e = Entity {
            alpha2: self.optional(c.alpha2),
            ..self.plain(c.id, Kind::Country, c.name)
        };
        let e = self.named(e, c.name);
        if !c.formal.is_empty() {
            self.name(c.formal, e, Via::Name);
        }
        self.names(c.aliases, e, Via::Alias);
        self.names(c.adjectives, e, Via::Demonym);
        self.names(c.plurals, e, Via::People);
        self.names(c.seats, e, Via::Seat);
        let mut capitals = kb::list(c.capitals);
        if let Some(first) = capitals.next() {
            let place = Entity {
                id: Cow::Owned(slug(first)),
                country: Some((self.keep)(c.id)),
                ..self.plain(first, Kind::Place, first)
            };
            let place = self.entity(place);
            self.term(first, Sense::Capital { country: e, place });
            for other in capitals {
                self.term(other, Sense::Capital { country: e, place });
            }
        }
    }

    #[inline(never)]
    fn organization(&mut self, o: &kb::Organization<'a>) {
        let e = Entity {
            affiliation: self.optional(o.affiliation),
            ..self.plain(o.id, Kind::Organization, o.name)
        };
        let e = self.named(e, o.name);
        if o.kind == "armed-group" {
            self.armed.push(e);
        }
        // The code is written as the news writes it when it is a real acronym.
        if is_acronym(o.id) {
            self.name(o.id, e, Via::Alias);
        }
        self.names(o.aliases, e, Via::Alias);
    }

    #[inline(never)]
    fn group(&mut self, gr: &kb::Group<'a>) {
        let e = Entity {
            members: kb::list(gr.members).map(self.keep).collect(),
            ..self.plain(gr.id, Kind::Group, gr.name)
        };
        let e = self.named(e, gr.name.strip_prefix("the ").unwrap_or(gr.name));
        self.names(gr.aliases, e, Via::Alias);
    }

    #[inline(never)]
    fn place(&mut self, p: &kb::Place<'a>) {
        let e = Entity {
            country: self.optional(p.country),
            ..self.plain(p.id, Kind::Place, p.name)
        };
        let e = self.named(e, p.name);
        self.names(p.aliases, e, Via::Alias);
    }

    #[inline(never)]
    fn person(&mut self, p: &kb::Person<'a>) -> u32 {
        let e = Entity {
            affiliation: self.optional(p.affiliation),
            ..self.plain(p.id, Kind::Person, p.name)
        };
        let e = self.named(e, p.name);
        // (`*`: the built-in tables' short form of the name's last word.)
        let b = p.name.as_bytes();
        let last = &p.name[b.iter().rposition(|&c| c == b' ').map_or(0, |i| i + 1)..];
        for a in kb::list(p.aliases) {
            let a = if a == kb::SURNAME { last } else { a };
            self.term(
                a,
                Sense::Entity {
                    entity: e,
                    via: Via::Alias,
                },
            );
        }
        e
    }

    /// A title and its other spellings; the number of its role.
    #[inline(never)]
    fn title(&mut self, x: &kb::Title<'a>, acronyms: &HashMap<String, &str>) -> u32 {
        let role = self.role(x.role);
        self.term(x.phrase, Sense::Title { role });
        let proper = proper_case(x.phrase, x.role, acronyms);
        if proper != x.phrase {
            // The title names its institution: a role that institution alone may hold.
            self.named_roles.push(role);
        }
        for form in [
            capitalize(x.phrase),
            title_case(x.phrase),
            capitalize(&proper),
            proper,
        ] {
            if form != x.phrase {
                self.term_owned(&form, Sense::Title { role });
            }
        }
        role
    }

    #[inline(never)]
    fn trigger(&mut self, x: &kb::Trigger<'a>) {
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
        let trigger = self.triggers.len() as u32;
        self.triggers.push(TriggerDef {
            kind,
            frame,
            preps: kb::list(x.preps).map(str::to_string).collect(),
            intensity: x.intensity,
            polarity,
        });
        for form in kb::list(x.forms) {
            self.term_capitalized(form, Sense::Trigger { trigger });
        }
    }

    fn finish(self, packed: Option<PackedOffices>) -> Result<Gazetteer, Vec<KbError>> {
        let (senses, sense_start) = group_senses(&self.senses, self.term_count as usize);
        let offices = OnceLock::new();
        if packed.is_none() {
            let o = Offices::index(
                self.terms,
                &self.roles,
                &self.by_id,
                &self.named_roles,
                self.entities.len(),
            );
            let _ = offices.set(o);
        }
        Ok(Gazetteer {
            entities: self.entities,
            roles: self.roles,
            triggers: self.triggers,
            spells: self.spells,
            by_id: self.by_id,
            senses,
            sense_start,
            trie: self.trie,
            offices,
            packed_offices: packed,
            spells_by_org: OnceLock::new(),
            armed: self.armed,
        })
    }
}

impl Offices {
    /// The terms and their indexes; `named_roles` are the roles a title names with its
    /// institution.
    fn index(
        terms: Vec<Term>,
        roles: &[String],
        by_id: &UnitTable,
        named_roles: &[u32],
        entities: usize,
    ) -> Offices {
        // None: no term yet; Some(Some(h)): every term so far is `h`'s; Some(None): several.
        let mut holders: Vec<Option<Option<u32>>> = vec![None; roles.len()];
        // The terms come grouped by holder: its id is looked up once a run.
        let mut last: (&str, Option<u32>) = ("", None);
        for t in &terms {
            if *t.holder != *last.0 {
                last = (&t.holder, Some(by_id.get(&t.holder)).filter(|&e| e != NONE));
            }
            let h = last.1;
            let slot = &mut holders[t.role as usize];
            *slot = match *slot {
                None => Some(h),
                Some(s) if s == h => Some(s),
                Some(_) => Some(None),
            };
        }
        let mut sole_holders: Vec<Option<u32>> = vec![None; roles.len()];
        for &role in named_roles {
            sole_holders[role as usize] = holders[role as usize].flatten();
        }
        // Within a person or an office, the terms keep their order in the files.
        let by_person = group_by_person(&terms, entities);
        let mut by_office: Vec<u32> = (0..terms.len() as u32).collect();
        let office = |i: u32| {
            let t = &terms[i as usize];
            (&*t.holder, roles[t.role as usize].as_str())
        };
        // offices.txt is sorted this way already: a stable sort is needed only for additions.
        if !by_office.is_sorted_by(|&a, &b| office(a) <= office(b)) {
            crate::sort::by(&mut by_office, |&a, &b| office(a).cmp(&office(b)));
        }
        Offices {
            terms,
            sole_holders,
            by_person,
            by_office,
        }
    }
}

/// The indices `0..keys.len()` grouped by key (`keys[i] < n`), in their order within a key, and
/// where each key's group starts (one more than `n`, for the end): a counting sort.
fn group_by_key(keys: impl Iterator<Item = u32> + Clone, n: usize) -> (Vec<u32>, Vec<u32>) {
    let mut start = vec![0u32; n + 1];
    for k in keys.clone() {
        start[k as usize + 1] += 1;
    }
    for i in 1..start.len() {
        start[i] += start[i - 1];
    }
    let mut next = start.clone();
    let mut order = vec![0u32; start[n] as usize];
    for (i, k) in keys.enumerate() {
        let slot = &mut next[k as usize];
        order[*slot as usize] = i as u32;
        *slot += 1;
    }
    (order, start)
}

/// The indices of `terms` ordered by person, file order kept within a person.
fn group_by_person(terms: &[Term], entities: usize) -> Vec<u32> {
    group_by_key(terms.iter().map(|t| t.person), entities).0
}

/// Each term's senses, in the order first given, each once, and the start of each term's run
/// (one more than the terms, for the end).
#[inline(never)]
fn group_senses(pairs: &[(u32, Sense)], terms: usize) -> (Vec<Sense>, Vec<u32>) {
    let (order, start) = group_by_key(pairs.iter().map(|&(t, _)| t), terms);
    let mut out: Vec<Sense> = Vec::with_capacity(pairs.len());
    let mut out_start = Vec::with_capacity(terms + 1);
    out_start.push(0);
    for t in 0..terms {
        let from = out.len();
        for &i in &order[start[t] as usize..start[t + 1] as usize] {
            let sense = pairs[i as usize].1;
            if !out[from..].contains(&sense) {
                out.push(sense);
            }
        }
        out_start.push(out.len() as u32);
    }
    (out, out_start)
}

#[cfg(test)]
mod tests {
    #[test]
    fn units_001_ascii_classes_are_the_char_methods() {
        for b in 0u8..0x80 {
            let c = char::from(b);
            let want = if c.is_whitespace() {
                super::ASCII_SPACE
            } else if c.is_alphanumeric() {
                super::ASCII_WORD
            } else {
                crate::text::SIGN
            };
            assert_eq!(super::ASCII_CLASS[usize::from(b)], want, "{b:#x}");
        }
    }

    #[test]
    fn units_003_read_off_the_tokens_as_from_the_bytes() {
        for text in [
            " U.S.\tChina’s 中国 Türkiye👍🏽x\u{a0}y ",
            "The U.N. and the E.U.'s chief; Russia's, the States' and Jones’ É.T. a.m. U.S",
            "Ü.S. 3.5 i.e. e.g., 'quoted' ‘so’ O'Brien’s it’s’ s's x.y.z",
        ] {
            let doc = crate::text::split(text);
            let want: Vec<(usize, usize)> = super::units(text).collect();
            assert_eq!(super::token_units(text, &doc.tokens), want, "{text}");
        }
        // And on texts of the pieces that make tokens differ from units, in any order.
        const PIECES: &[&str] = &[
            "U", ".", "S", "s", "'", "’", " ", "\n", "É", "中", "x", "1", ",", "\u{a0}", "👍", "-",
        ];
        let mut seed: u64 = 1;
        for _ in 0..5000 {
            let mut text = String::new();
            for _ in 0..12 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                text.push_str(PIECES[(seed >> 33) as usize % PIECES.len()]);
            }
            let doc = crate::text::split(&text);
            let want: Vec<(usize, usize)> = super::units(&text).collect();
            assert_eq!(super::token_units(&text, &doc.tokens), want, "{text:?}");
        }
    }

    #[test]
    fn units_002_words_signs_and_any_script() {
        let text = " U.S.\tChina’s 中国 Türkiye👍🏽x\u{a0}y ";
        let got: Vec<&str> = super::units(text).map(|(s, e)| &text[s..e]).collect();
        assert_eq!(
            got,
            [
                "U", ".", "S", ".", "China", "’", "s", "中国", "Türkiye", "👍", "🏽", "x", "y"
            ]
        );
    }
}
