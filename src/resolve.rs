//! Mentions -> canonical entities: office-holders by date, persons' affiliations, later
//! surnames, and definite descriptions that name one actor ("the alliance", "the Nordic country").
//!
//! Plural references ("the two countries", "the sides") and pronouns depend on the clauses
//! around them and are resolved by the relation stage.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::gazetteer::{Entity, Gazetteer, Kind, Str, Via};
use crate::kb::Day;
use crate::mentions::{Found, Target, Titled, FAMILY_FIRST};
use crate::text::{Document, TokenKind};

/// An entity of the document. Its strings are the knowledge base's own where it has them
/// (borrowed from the built-in tables, no copy per document); a new person's are made here.
#[derive(Debug, Clone, PartialEq)]
pub struct DocEntity {
    /// Contract id.
    pub id: Str,
    /// Kind.
    pub kind: Kind,
    /// Canonical name.
    pub name: Str,
    /// The actor it acts for (persons, national bodies).
    pub affiliation: Option<Str>,
    /// A person's office on the date.
    pub role: Option<String>,
    /// A place's country.
    pub country: Option<Str>,
    /// A group's members.
    pub members: Vec<Str>,
    /// The knowledge base's entity, when it has one.
    pub known: Option<u32>,
}

/// A mention of a document entity, with byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocMention {
    /// Byte start.
    pub start: usize,
    /// Byte end.
    pub end: usize,
    /// Index into [`Resolved::entities`].
    pub entity: usize,
    /// How it names the entity.
    pub via: Via,
}

/// The document's entities and mentions.
#[derive(Debug, Clone, Default)]
pub struct Resolved {
    /// Entities in order of first mention.
    pub entities: Vec<DocEntity>,
    /// Mentions in text order, never overlapping.
    pub mentions: Vec<DocMention>,
    /// Notes for the reader.
    pub warnings: Vec<String>,
    /// `folded[i]`: the entity `i` stands for in the alliance picture, once resolution is done.
    folded: Vec<usize>,
    /// Each entity's index by id, so that a text naming thousands of people costs a lookup per
    /// mention, not a scan of every entity.
    by_id: FxHashMap<Str, usize>,
    /// What [`Resolved::known`] answered for each knowledge-base entity: an article names its
    /// actors a hundred times, and a number hashes faster than their ids.
    by_known: FxHashMap<u32, usize>,
}

impl Resolved {
    /// The index of the entity with this id.
    pub fn index(&self, id: &str) -> Option<usize> {
        if self.by_id.len() == self.entities.len() {
            self.by_id.get(id).copied()
        } else {
            // Entities pushed from outside, past the index.
            self.entities.iter().position(|e| e.id == id)
        }
    }

    /// Adds an entity and indexes it by id.
    fn push(&mut self, e: DocEntity) -> usize {
        let i = self.entities.len();
        self.by_id.entry(e.id.clone()).or_insert(i);
        self.entities.push(e);
        i
    }

    /// Adds an entity of the knowledge base (or finds it).
    pub fn known(&mut self, gaz: &Gazetteer, e: u32) -> usize {
        if let Some(&i) = self.by_known.get(&e) {
            return i;
        }
        let k = &gaz.entities[e as usize];
        let i = match self.index(&k.id) {
            Some(i) => i,
            None => self.push(DocEntity {
                id: k.id.clone(),
                kind: k.kind,
                name: k.name.clone(),
                affiliation: k.affiliation.clone(),
                role: None,
                country: k.country.clone(),
                members: k.members.clone(),
                known: Some(e),
            }),
        };
        self.by_known.insert(e, i);
        i
    }

    /// The actor an entity stands for in the alliance picture: persons and national bodies
    /// fold into their affiliation (when the document lists it).
    pub fn fold(&self, i: usize) -> usize {
        match self.folded.get(i) {
            Some(&f) => f,
            None => self.fold_slow(i),
        }
    }

    fn fold_slow(&self, mut i: usize) -> usize {
        for _ in 0..4 {
            match self.entities[i]
                .affiliation
                .as_deref()
                .and_then(|a| self.index(a))
            {
                Some(j) if j != i => i = j,
                _ => break,
            }
        }
        i
    }
}

/// Formats a [`Day`] as `YYYY-MM-DD`.
pub fn day_string(d: Day) -> String {
    format!("{:04}-{:02}-{:02}", d / 10000, d / 100 % 100, d % 100)
}

/// Nouns that, after "the", name one actor already mentioned.
const DESCRIPTIONS: &[(&str, Kind)] = &[
    ("alliance", Kind::Organization),
    ("bloc", Kind::Organization),
    ("organisation", Kind::Organization),
    ("organization", Kind::Organization),
    ("group", Kind::Organization),
    ("grouping", Kind::Organization),
    ("body", Kind::Organization),
    ("agency", Kind::Organization),
    ("court", Kind::Organization),
    ("tribunal", Kind::Organization),
    ("watchdog", Kind::Organization),
    ("rebels", Kind::Organization),
    ("militants", Kind::Organization),
    ("militia", Kind::Organization),
    ("insurgents", Kind::Organization),
    ("jihadists", Kind::Organization),
    ("country", Kind::Country),
    ("junta", Kind::Country),
    // "France condemned the coup": the state whose power was seized.
    ("coup", Kind::Country),
    ("putsch", Kind::Country),
    ("takeover", Kind::Country),
    ("regime", Kind::Country),
    ("nation", Kind::Country),
    ("kingdom", Kind::Country),
    ("emirate", Kind::Country),
    ("sultanate", Kind::Country),
    ("monarchy", Kind::Country),
    ("republic", Kind::Country),
    ("island", Kind::Country),
    ("state", Kind::Country),
];

/// Descriptions that name an armed group only.
const ARMED_NOUNS: &[&str] = &["rebels", "militants", "militia", "insurgents", "jihadists"];

/// States the news calls "the island".
const ISLANDS: &[&str] = &[
    "TWN", "CUB", "CYP", "LKA", "MDG", "ISL", "IRL", "JAM", "HTI", "MLT", "SGP", "BHR", "NRU",
    "MUS", "TTO",
];

/// States that the news of their time named by a capital or seat its successor kept: "Moscow"
/// and "the Kremlin" were the Soviet Union until it was dissolved. (Dissolution dates: UN and
/// national archives.)
const PREDECESSORS: &[(&str, &str, Day)] = &[
    ("RUS", "SUN", 19911226),
    ("CZE", "CSK", 19930101),
    ("SVK", "CSK", 19930101),
    ("SRB", "YUG", 19920427),
];

/// Capitals that, acting, name an organization seated there rather than their state.
const ORG_CAPITALS: &[(&str, &str)] = &[("Brussels", "EU")];

/// Country names that are also places elsewhere: the place wins when the text is set in that
/// other country (a US place named, such as Atlanta) and nothing else points at the state (its
/// capital, its demonym, its own places).
const LOOKALIKES: &[(&str, &str, &str, &str)] = &[
    ("Georgia", "GEO", "us-georgia", "USA"),
    ("Macedonia", "MKD", "macedonia-greece", "GRC"),
];

/// Resolves the found mentions into document entities and mentions.
pub fn resolve(
    text: &str,
    doc: &Document,
    gaz: &Gazetteer,
    found: &Found,
    day: Day,
    dated: bool,
) -> Resolved {
    let mut r = Resolved::default();
    // Room for an article's entities (an entity a mention at most, and the affiliations and
    // members they bring), not grown by doubling; a long text's index grows as it must.
    let room = found.mentions.len().min(128) + 8;
    r.by_id.reserve(room);
    r.by_known.reserve(room);
    let mut new_ids: FxHashMap<usize, usize> = FxHashMap::default();
    let mut office_used = false;
    let lookalike = lookalikes(gaz, found);
    // The first title of each known person, and the persons whose office was looked up: once
    // each, however often the text names them.
    let mut titles: FxHashMap<u32, Titled> = FxHashMap::default();
    for t in &found.titled {
        titles.entry(t.person).or_insert(*t);
    }
    let mut office_sought: FxHashSet<usize> = FxHashSet::default();
    for m in &found.mentions {
        let target = match m.target {
            Target::Known(e) if matches!(m.via, Via::Capital | Via::Seat) => {
                // "accused Brussels of blackmail": the city the news names the EU by.
                let term = &text[m.start..m.end];
                let org = ORG_CAPITALS
                    .iter()
                    .find(|(c, _)| *c == term)
                    .and_then(|(_, o)| gaz.entity_id(o));
                let id = gaz.entities[e as usize].id.as_ref();
                let old = PREDECESSORS
                    .iter()
                    .find(|(now, _, until)| *now == id && day < *until);
                Target::Known(
                    org.or_else(|| old.and_then(|(_, then, _)| gaz.entity_id(then)))
                        .unwrap_or(e),
                )
            }
            Target::Known(e) if matches!(m.via, Via::Name | Via::Alias) => {
                let term = &text[m.start..m.end];
                let place = lookalike.iter().find(|(t, c, _)| *c == e && *t == term);
                Target::Known(place.map(|(_, _, p)| *p).unwrap_or(e))
            }
            t => t,
        };
        let entity = match target {
            Target::Known(e) => {
                let i = r.known(gaz, e);
                if gaz.entities[e as usize].kind == Kind::Person
                    && r.entities[i].role.is_none()
                    && office_sought.insert(i)
                {
                    person_office(&mut r, gaz, i, e, day, &titles);
                }
                i
            }
            Target::New(p) => *new_ids.entry(p).or_insert_with(|| {
                let np = &found.persons[p];
                let holder = np.affiliation.map(|h| &gaz.entities[h as usize]);
                let role = np.role.map(|ro| match holder {
                    Some(h) => role_of(&gaz.roles[ro as usize], &h.name),
                    None => gaz.roles[ro as usize].clone(),
                });
                let mut id = crate::gazetteer::slug(&np.name);
                if r.index(&id).is_some() || gaz.entity_id(&id).is_some() {
                    id = format!("{id}-{}", p + 1);
                }
                r.push(DocEntity {
                    id: id.into(),
                    kind: Kind::Person,
                    name: np.name.clone().into(),
                    affiliation: holder.map(|h| h.id.clone()),
                    role,
                    country: None,
                    members: vec![],
                    known: None,
                })
            }),
            Target::Office { holder, role } => {
                let hid = &gaz.entities[holder as usize].id;
                let Some(p) = gaz.holder(hid, role, day) else {
                    continue;
                };
                office_used = true;
                let i = r.known(gaz, p);
                if r.entities[i].role.is_none() && office_sought.insert(i) {
                    person_office(&mut r, gaz, i, p, day, &titles);
                }
                i
            }
        };
        r.mentions.push(DocMention {
            start: m.start,
            end: m.end,
            entity,
            via: m.via,
        });
    }
    // Affiliations must name listed entities: add the holder of each office.
    for i in 0..r.entities.len() {
        if let Some(a) = r.entities[i].affiliation.clone() {
            if r.index(&a).is_none() {
                if let Some(e) = gaz.entity_id(&a) {
                    r.known(gaz, e);
                } else {
                    r.entities[i].affiliation = None;
                }
            }
        }
    }
    // A group that acts stands for its members: list them so relations can name them.
    for i in 0..r.entities.len() {
        for m in r.entities[i].members.clone() {
            if let Some(e) = gaz.entity_id(&m) {
                r.known(gaz, e);
            }
        }
    }
    if office_used && !dated {
        r.warnings.push(format!(
            "no date given: office-holders were resolved as of today ({})",
            day_string(day)
        ));
    }
    surnames(text, doc, &mut r);
    descriptions(text, doc, &mut r, gaz);
    resolutions(text, doc, &mut r);
    // Later mentions of a person by a shorter name are coreferences.
    let mut seen = vec![false; r.entities.len()];
    for m in &mut r.mentions {
        if r.entities[m.entity].kind == Kind::Person && seen[m.entity] && m.via == Via::Alias {
            m.via = Via::Coreference;
        }
        seen[m.entity] = true;
    }
    order_entities(&mut r);
    r.folded = (0..r.entities.len()).map(|i| r.fold_slow(i)).collect();
    r
}

/// The look-alike country names of this text that name a place instead: (country, place).
fn lookalikes(gaz: &Gazetteer, found: &Found) -> Vec<(&'static str, u32, u32)> {
    let mut out = Vec::new();
    for (term, country, place, context) in LOOKALIKES {
        let (Some(c), Some(p)) = (gaz.entity_id(country), gaz.entity_id(place)) else {
            continue;
        };
        let in_context = found.mentions.iter().any(|m| match m.target {
            Target::Known(e) => {
                let x = &gaz.entities[e as usize];
                x.kind == Kind::Place && x.country.as_deref() == Some(context) && e != p
            }
            _ => false,
        });
        let points_at_state = found.mentions.iter().any(|m| match m.target {
            Target::Known(e) if e == c => !matches!(m.via, Via::Name | Via::Alias),
            Target::Known(e) => gaz.entities[e as usize].country.as_deref() == Some(country),
            _ => false,
        });
        if in_context && !points_at_state {
            out.push((*term, c, p));
        }
    }
    out
}

/// A known person's office and affiliation on the date; a title in the text fills in where the
/// knowledge base has no term.
fn person_office(
    r: &mut Resolved,
    gaz: &Gazetteer,
    i: usize,
    person: u32,
    day: Day,
    titles: &FxHashMap<u32, Titled>,
) {
    if let Some(t) = gaz.offices_of(person, day) {
        let holder = gaz
            .entity_id(&t.holder)
            .map(|h| gaz.entities[h as usize].name.clone())
            .unwrap_or_default();
        r.entities[i].role = Some(role_of(&gaz.roles[t.role as usize], &holder));
        r.entities[i].affiliation = Some(t.holder.clone());
        return;
    }
    if let Some(t) = titles.get(&person) {
        if let Some(h) = t.holder {
            let h = &gaz.entities[h as usize];
            r.entities[i].role = Some(role_of(&gaz.roles[t.role as usize], &h.name));
            r.entities[i].affiliation = Some(h.id.clone());
        }
    }
}

/// A mention's span, the order of the mentions; one function for every sort by it, so the
/// sort is compiled once.
fn span_of(m: &DocMention) -> (usize, usize) {
    (m.start, m.end)
}

/// "Qi" after "Qi Fabao": later mentions of a new person by one part of the name.
fn surnames(text: &str, doc: &Document, r: &mut Resolved) {
    crate::sort::by_key(&mut r.mentions, span_of);
    // Where each entity is first named: a surname refers back, never forward.
    let mut first_end = vec![usize::MAX; r.entities.len()];
    for m in &r.mentions {
        if first_end[m.entity] == usize::MAX {
            first_end[m.entity] = m.end;
        }
    }
    // The surname (and a family name written first) of each new person, to its persons.
    let mut keys: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (i, e) in r.entities.iter().enumerate() {
        if e.kind != Kind::Person || e.known.is_some() || first_end[i] == usize::MAX {
            continue;
        }
        let parts: Vec<&str> = e.name.split(' ').collect();
        if parts.len() < 2 {
            continue;
        }
        keys.entry(parts[parts.len() - 1]).or_default().push(i);
        if FAMILY_FIRST.contains(&parts[0]) {
            keys.entry(parts[0]).or_default().push(i);
        }
    }
    if keys.is_empty() {
        return;
    }
    // The keys' first bytes and lengths: most words (every lowercase one) fail this test
    // and are never hashed.
    let mut firsts = [0u64; 4];
    let mut lens = 0u64;
    for k in keys.keys() {
        let b = k.as_bytes().first().copied().unwrap_or(0);
        firsts[usize::from(b >> 6)] |= 1 << (b & 63);
        lens |= 1 << k.len().min(63);
    }
    let mut added = Vec::new();
    for t in &doc.tokens {
        let b = text.as_bytes().get(t.start).copied().unwrap_or(0);
        if t.kind != TokenKind::Word
            || firsts[usize::from(b >> 6)] & 1 << (b & 63) == 0
            || lens & 1 << (t.end - t.start).min(63) == 0
        {
            continue;
        }
        let Some(persons) = keys.get(&text[t.start..t.end]) else {
            continue;
        };
        for &i in persons {
            if t.start >= first_end[i] && !covered(&r.mentions, t.start, t.start + 1) {
                added.push(DocMention {
                    start: t.start,
                    end: t.end,
                    entity: i,
                    via: Via::Coreference,
                });
            }
        }
    }
    merge(&mut r.mentions, added);
}

/// `added`, in text order, merged into `mentions`, in text order: the order a stable sort of
/// the two one after the other gives (at the same span, `mentions` first), without the sort.
fn merge(mentions: &mut Vec<DocMention>, added: Vec<DocMention>) {
    if added.is_empty() {
        return;
    }
    let old = std::mem::take(mentions);
    mentions.reserve_exact(old.len() + added.len());
    let mut added = added.into_iter().peekable();
    for m in old {
        while let Some(a) = added.next_if(|a| span_of(a) < span_of(&m)) {
            mentions.push(a);
        }
        mentions.push(m);
    }
    mentions.extend(added);
}

/// Whether a mention of `mentions` (sorted by start, none nested more than a few deep) overlaps
/// the bytes `start..end`: a binary search, so that long texts stay linear.
fn covered(mentions: &[DocMention], start: usize, end: usize) -> bool {
    let before = mentions.partition_point(|m| m.start < end);
    mentions[..before]
        .iter()
        .rev()
        .take(8)
        .any(|m| start < m.end)
}

/// How many earlier mentions a definite description looks back through for its actor.
const DESCRIPTION_LOOKBACK: usize = 64;

/// "the alliance", "the Nordic country", "the island": one actor already named.
fn descriptions(text: &str, doc: &Document, r: &mut Resolved, gaz: &Gazetteer) {
    let toks = &doc.tokens;
    let mut added = Vec::new();
    // The knowledge base's groups, listed once when a capitalized modifier first asks.
    let mut groups: Option<Vec<&Entity>> = None;
    // An organization's description said again names the same one ("The grouping will ...
    // Beijing criticised the grouping", with ASEAN named between).
    let mut said: Vec<(&str, usize)> = Vec::new();
    for s in &doc.sentences {
        for i in s.tokens.clone() {
            // Asked of every token: its length first, its bytes without a slice of the text.
            let t = &toks[i];
            if t.end - t.start != 3 || !text.as_bytes()[t.start..t.end].eq_ignore_ascii_case(b"the")
            {
                continue;
            }
            if let Some(m) = backed_group(text, toks, r, gaz, i, s.tokens.end) {
                added.push(m);
                continue;
            }
            if let Some(m) = north_south(text, toks, r, gaz, i, s.tokens.end) {
                added.push(m);
                continue;
            }
            // "the [Adj] noun" with at most one modifier.
            for (len, noun_at) in [(2usize, i + 1), (3, i + 2)] {
                if noun_at >= s.tokens.end {
                    continue;
                }
                let noun = &text[toks[noun_at].start..toks[noun_at].end];
                let Some(&(_, kind)) = DESCRIPTIONS.iter().find(|(n, _)| *n == noun) else {
                    continue;
                };
                // Not "the alliance's 32nd member"-style plurals, not a noun followed by a name
                // ("the group Hamas").
                let next = toks
                    .get(noun_at + 1)
                    .map(|t| &text[t.start..t.end])
                    .unwrap_or("");
                // ("accused the kingdom of siding with": a gerund after "of" is no name.)
                let gerund = toks
                    .get(noun_at + 2)
                    .map(|t| &text[t.start..t.end])
                    .is_some_and(|w| w.ends_with("ing") && w.starts_with(char::is_lowercase));
                if (next == "of" && !gerund)
                    || (len == 3 && covered(&r.mentions, toks[i + 1].start, toks[i + 1].start + 1))
                {
                    continue;
                }
                let modifier = (len == 3).then(|| &text[toks[i + 1].start..toks[i + 1].end]);
                if modifier.is_some_and(|m| !m.chars().next().is_some_and(char::is_alphabetic)) {
                    continue;
                }
                let start = toks[i].start;
                let end = toks[noun_at].end;
                if covered(&r.mentions, start, end) {
                    continue;
                }
                // The sentence's first actor is its subject; "the country" is someone else.
                let here = &r.mentions[r.mentions.partition_point(|m| m.start < s.span.start)..];
                let subject = here
                    .first()
                    .filter(|m| m.start < start)
                    .map(|m| r.fold(m.entity));
                // ("Britain and France condemned the coup": every actor of the subject's list; only
                // a state's description asks.)
                let listed = if kind == Kind::Country {
                    here.windows(2)
                        .take_while(|w| {
                            w[1].start < start
                                && matches!(
                                    text[w[0].end..w[1].start].trim(),
                                    "," | "and" | ", and"
                                )
                        })
                        .count()
                        + 1
                } else {
                    0
                };
                let subjects = &here[..listed.min(here.len())];
                let earlier = &r.mentions[..r.mentions.partition_point(|m| m.start < start)];
                let named = named_groups(gaz, &mut groups, modifier);
                let pick = earlier
                    .iter()
                    .rev()
                    .filter(|m| m.end <= start)
                    .take(DESCRIPTION_LOOKBACK)
                    .find(|m| {
                        let e = &r.entities[m.entity];
                        let ok_kind = e.kind == kind
                            && (noun != "island" || ISLANDS.contains(&e.id.as_ref()))
                            && (!matches!(noun, "kingdom" | "emirate" | "sultanate" | "monarchy")
                                || gaz.is_monarchy(&e.id))
                            && (kind != Kind::Organization
                                || !matches!(noun, "alliance" | "bloc")
                                || gaz_org_is_bloc(gaz, e))
                            && (!ARMED_NOUNS.contains(&noun)
                                || e.known.is_some_and(|k| gaz.is_armed_group(k as usize)))
                            // ("the court": a court or a tribunal named before.)
                            && (!matches!(noun, "court" | "tribunal")
                                || e.name.contains("Court")
                                || e.name.contains("Tribunal"))
                            && modifier_fits(named.as_deref(), e);
                        ok_kind
                            && !(kind == Kind::Country
                                && m.start >= s.span.start
                                && subject.is_some()
                                && subjects
                                    .iter()
                                    .any(|x| r.fold(x.entity) == r.fold(m.entity)))
                    });
                // ("Nigeria joined the AU in condemning the takeover": a coup's state named
                // before this sentence, when there is one.)
                let pick = match pick {
                    Some(m)
                        if matches!(noun, "coup" | "putsch" | "takeover")
                            && m.start >= s.span.start =>
                    {
                        earlier
                            .iter()
                            .rev()
                            .filter(|x| x.start < s.span.start)
                            .take(DESCRIPTION_LOOKBACK)
                            .find(|x| r.entities[x.entity].kind == Kind::Country)
                            .or(Some(m))
                    }
                    other => other,
                };
                // "Rwanda was arming the group": an armed group named before, over a body
                // named since ("U.N. peacekeepers").
                let pick = match pick {
                    Some(m) if noun == "group" => earlier
                        .iter()
                        .rev()
                        .filter(|x| x.end <= start)
                        .take(DESCRIPTION_LOOKBACK)
                        .find(|x| {
                            r.entities[x.entity]
                                .known
                                .is_some_and(|k| gaz.is_armed_group(k as usize))
                        })
                        .or(Some(m)),
                    other => other,
                };
                let again = said
                    .iter()
                    .rev()
                    .find(|(n, _)| *n == noun && kind == Kind::Organization && modifier.is_none())
                    .map(|&(_, e)| e);
                // "the insurgents": the armed group named most often so far, not merely last
                // ("talks with the Taliban ... cut ties with al-Qaeda ... talks with the
                // insurgents").
                let pick = match pick {
                    Some(m) if ARMED_NOUNS.contains(&noun) => {
                        // (Counted over a bounded window: a long text stays linear.)
                        let window = &earlier[earlier.len().saturating_sub(DESCRIPTION_LOOKBACK)..];
                        let count = |e: usize| {
                            let e = r.fold(e);
                            window.iter().filter(|x| r.fold(x.entity) == e).count()
                        };
                        // The latest group found above, unless another is named more often
                        // (of several as often, the one named first).
                        let mut best = (count(m.entity), m);
                        for x in window {
                            let armed = r.entities[x.entity]
                                .known
                                .is_some_and(|k| gaz.is_armed_group(k as usize));
                            if armed {
                                let c = count(x.entity);
                                if c > best.0 {
                                    best = (c, x);
                                }
                            }
                        }
                        Some(best.1)
                    }
                    other => other,
                };
                let mut entity = again.or(pick.map(|m| m.entity));
                if entity.is_none() && noun == "island" {
                    // "landed in Taipei ... drills around the island": the island state of the
                    // last place named.
                    let place = earlier
                        .iter()
                        .rev()
                        .filter(|m| m.end <= start)
                        .take(DESCRIPTION_LOOKBACK)
                        .find_map(|m| {
                            let c = r.entities[m.entity].country.as_deref()?;
                            (r.entities[m.entity].kind == Kind::Place && ISLANDS.contains(&c))
                                .then(|| c.to_string())
                        });
                    if let Some(e) = place.and_then(|c| gaz.entity_id(&c)) {
                        entity = Some(r.known(gaz, e));
                    }
                }
                if let Some(entity) = entity {
                    if kind == Kind::Organization {
                        said.push((noun, entity));
                    }
                    added.push(DocMention {
                        start,
                        end,
                        entity,
                        via: Via::Coreference,
                    });
                }
                break;
            }
        }
    }
    merge(&mut r.mentions, added);
}

/// The bodies whose votes make resolutions.
const RESOLVING: &[&str] = &["UNSC", "UNGA", "UNHRC", "IAEA"];

/// The verbs that react to a body's resolution.
const REACTIONS: &[&str] = &[
    "rejected",
    "rejects",
    "reject",
    "rejecting",
    "welcomed",
    "welcomes",
    "welcome",
    "welcoming",
    "hailed",
    "hails",
    "hail",
    "hailing",
    "denounced",
    "denounces",
    "denounce",
    "denouncing",
    "condemned",
    "condemns",
    "condemn",
    "condemning",
    "praised",
    "praises",
    "applauded",
    "lauded",
    "criticised",
    "criticized",
    "criticises",
    "criticizes",
    "slammed",
    "slams",
    "dismissed",
    "dismisses",
    "defied",
    "defies",
    "defy",
    "ignored",
    "ignores",
    "by",
    "with",
];

/// "Israel rejected the \"shameful\" resolution", "Hamas welcomed the vote": once a body that
/// votes is named, its resolution or vote said again with "the" or "this" stands for it.
fn resolutions(text: &str, doc: &Document, r: &mut Resolved) {
    let toks = &doc.tokens;
    let mut added = Vec::new();
    for s in &doc.sentences {
        for i in s.tokens.clone() {
            let t = &toks[i];
            let noun = &text[t.start..t.end];
            if !matches!(noun, "resolution" | "vote") || i == s.tokens.start {
                continue;
            }
            // "the resolution", "this preposterous resolution", "the \"shameful\" resolution":
            // a determiner, then at most two modifiers and their quotes.
            let mut j = i - 1;
            let mut words = 0;
            while j > s.tokens.start && words <= 2 {
                let w = &text[toks[j].start..toks[j].end];
                if matches!(w, "\"" | "“" | "”" | "'" | "-") {
                    j -= 1;
                    continue;
                }
                if !w.bytes().all(|b| b.is_ascii_lowercase()) || matches!(w, "the" | "this") {
                    break;
                }
                words += 1;
                j -= 1;
            }
            let det = &text[toks[j].start..toks[j].end];
            if !matches!(det, "the" | "this") || words > 2 || j == s.tokens.start {
                continue;
            }
            // Only a reaction to what the body decided: a vote for or against a text, or a veto,
            // is the voters' stand on its drafters, not on the body.
            let verb = &text[toks[j - 1].start..toks[j - 1].end];
            if !REACTIONS.contains(&verb) {
                continue;
            }
            // Not "the vote of Russia", not "the resolution's sponsors" (who are named).
            let next = toks.get(i + 1).filter(|_| i + 1 < s.tokens.end);
            if next.is_some_and(|n| matches!(&text[n.start..n.end], "of" | "'s" | "by")) {
                continue;
            }
            let (start, end) = (toks[j].start, t.end);
            if covered(&r.mentions, start, end) {
                continue;
            }
            let at = r.mentions.partition_point(|m| m.start < start);
            let body = r.mentions[..at]
                .iter()
                .rev()
                .take(DESCRIPTION_LOOKBACK)
                .find(|m| RESOLVING.contains(&r.entities[r.fold(m.entity)].id.as_ref()));
            if let Some(m) = body {
                added.push(DocMention {
                    start,
                    end,
                    entity: r.fold(m.entity),
                    via: Via::Coreference,
                });
            }
        }
    }
    merge(&mut r.mentions, added);
}

/// States the news calls "the North" and "the South" once either is named.
const NORTH_SOUTH: &[(&str, &str)] = &[("PRK", "KOR"), ("SDN", "SSD")];

/// "the North", "the South's forces" after "the" at token `the`: the northern or southern state
/// of the divided pair named last before it.
fn north_south(
    text: &str,
    toks: &[crate::text::Token],
    r: &mut Resolved,
    gaz: &Gazetteer,
    the: usize,
    hi: usize,
) -> Option<DocMention> {
    let t = toks.get(the + 1).filter(|_| the + 1 < hi)?;
    let north = match &text[t.start..t.end] {
        "North" => true,
        "South" => false,
        _ => return None,
    };
    // Not "the North Atlantic", "the South China Sea": a name goes on.
    let next = toks.get(the + 2).filter(|_| the + 2 < hi);
    if next.is_some_and(|n| text.as_bytes()[n.start].is_ascii_uppercase())
        || covered(&r.mentions, t.start, t.end)
    {
        return None;
    }
    let at = r.mentions.partition_point(|m| m.start < t.start);
    let pair = r.mentions[..at]
        .iter()
        .rev()
        .take(DESCRIPTION_LOOKBACK)
        .find_map(|m| {
            let id = r.entities[r.fold(m.entity)].id.as_ref();
            NORTH_SOUTH.iter().find(|(n, s)| *n == id || *s == id)
        })?;
    let e = gaz.entity_id(if north { pair.0 } else { pair.1 })?;
    let entity = r.known(gaz, e);
    Some(DocMention {
        start: t.start,
        end: t.end,
        entity,
        via: Via::Coreference,
    })
}

/// Words after a backer and a hyphen ("the Iran-backed group").
const BACKED: &[&str] = &[
    "backed",
    "supported",
    "sponsored",
    "funded",
    "armed",
    "allied",
    "aligned",
    "linked",
    "affiliated",
];

/// "the Iran-backed group", "the Russian-backed rebels" after "the" at token `the`: the armed
/// group named last before it, mentioned at the noun (the backer keeps its own mention).
fn backed_group(
    text: &str,
    toks: &[crate::text::Token],
    r: &Resolved,
    gaz: &Gazetteer,
    the: usize,
    hi: usize,
) -> Option<DocMention> {
    let first = toks.get(the + 1).filter(|_| the + 1 < hi)?;
    let at = r.mentions.partition_point(|m| m.start < first.start);
    let backer = r.mentions.get(at).filter(|m| m.start == first.start)?;
    let k = the
        + 1
        + toks[the + 1..hi]
            .iter()
            .take_while(|t| t.start < backer.end)
            .count();
    let word = |j: usize| (j < hi).then(|| &text[toks[j].start..toks[j].end]);
    if word(k)? != "-" || !BACKED.contains(&word(k + 1)?) {
        return None;
    }
    let noun = word(k + 2)?;
    if !(ARMED_NOUNS.contains(&noun) || matches!(noun, "group" | "movement" | "fighters")) {
        return None;
    }
    let group = r.mentions[..at]
        .iter()
        .rev()
        .take(DESCRIPTION_LOOKBACK)
        .find(|m| {
            r.entities[m.entity]
                .known
                .is_some_and(|k| gaz.is_armed_group(k as usize))
        })?;
    Some(DocMention {
        start: toks[k + 2].start,
        end: toks[k + 2].end,
        entity: group.entity,
        via: Via::Coreference,
    })
}

fn gaz_org_is_bloc(gaz: &Gazetteer, e: &DocEntity) -> bool {
    // National bodies and armed groups are not "the alliance" or "the bloc".
    e.known.is_none_or(|k| {
        gaz.entities[k as usize].affiliation.is_none() && !gaz.is_armed_group(k as usize)
    })
}

/// "the Nordic country" is a Nordic state; "the regional bloc" any bloc.
/// The groups a capitalized modifier names ("Nordic", "Baltic", "Gulf"); `None` when there is
/// no modifier or it is not capitalized (any entity fits).
fn named_groups<'g>(
    gaz: &'g Gazetteer,
    groups: &mut Option<Vec<&'g Entity>>,
    modifier: Option<&str>,
) -> Option<Vec<&'g Entity>> {
    let m = modifier.filter(|m| m.chars().next().is_some_and(char::is_uppercase))?;
    let groups = groups.get_or_insert_with(|| {
        gaz.entities
            .iter()
            .filter(|g| g.kind == Kind::Group)
            .collect()
    });
    Some(
        groups
            .iter()
            .filter(|g| g.name.contains(m))
            .copied()
            .collect(),
    )
}

fn modifier_fits(named: Option<&[&Entity]>, e: &DocEntity) -> bool {
    let Some(named) = named else { return true };
    // A capitalized modifier names a group ("Nordic", "Baltic", "Gulf") the entity belongs to,
    // or the entity's own demonym.
    named.iter().any(|g| g.members.contains(&e.id))
}

/// Entities in order of first mention; entities with no mention (affiliations) last.
fn order_entities(r: &mut Resolved) {
    let n = r.entities.len();
    let mut first = vec![usize::MAX; n];
    for m in &r.mentions {
        first[m.entity] = first[m.entity].min(m.start);
    }
    let mut order: Vec<usize> = (0..n).collect();
    crate::sort::by_key(&mut order, |&i| (first[i], i));
    let mut remap = vec![0; n];
    for (new, &old) in order.iter().enumerate() {
        remap[old] = new;
    }
    let entities = std::mem::take(&mut r.entities);
    let mut slots: Vec<Option<DocEntity>> = entities.into_iter().map(Some).collect();
    r.entities = order
        .iter()
        .map(|&i| slots[i].take().expect("each entity once"))
        .collect();
    if r.by_id.len() == n {
        // Every id once: the index moves with its entities, no id hashed again.
        for i in r.by_id.values_mut().chain(r.by_known.values_mut()) {
            *i = remap[*i];
        }
    } else {
        r.by_id = r
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
        r.by_known.clear();
    }
    for m in &mut r.mentions {
        m.entity = remap[m.entity];
    }
}

/// A person's role as the output states it: "President of Russia"; a role that names its
/// institution already ("President of the European Commission") stays as it is.
fn role_of(role: &str, holder: &str) -> String {
    if role.contains(" of ") || holder.is_empty() {
        role.to_string()
    } else {
        format!("{role} of {holder}")
    }
}

#[cfg(test)]
mod tests {
    use crate::{analyze, Options};

    fn entity(text: &str, date: &str, id: &str) -> Option<crate::output::EntityOut> {
        let a = analyze(
            text,
            &Options {
                date: Some(date.into()),
                id: None,
            },
        )
        .unwrap();
        a.entities.into_iter().find(|e| e.id == id)
    }

    #[test]
    fn resolve_001_title_alone_by_date() {
        assert!(entity(
            "The Indian prime minister spoke.",
            "2013-05-01",
            "manmohan-singh"
        )
        .is_some());
        assert!(entity(
            "The Indian prime minister spoke.",
            "2023-05-01",
            "narendra-modi"
        )
        .is_some());
    }

    #[test]
    fn resolve_002_person_affiliation_and_role_by_date() {
        let e = entity("Chancellor Olaf Scholz spoke.", "2023-05-01", "olaf-scholz").unwrap();
        assert_eq!(e.affiliation.as_deref(), Some("DEU"));
        assert!(e.role.unwrap_or_default().contains("Chancellor"));
    }

    #[test]
    fn resolve_003_surname_of_a_new_person() {
        let text = "China fielded Qi Fabao, the regimental commander of the People's Liberation Army. Qi carried the torch.";
        let a = analyze(text, &Options::default()).unwrap();
        assert_eq!(
            a.mentions.iter().filter(|m| m.entity == "qi-fabao").count(),
            2,
            "{:?}",
            a.mentions
        );
    }

    #[test]
    fn resolve_004_definite_descriptions() {
        let a = analyze(
            "Sweden applied to join NATO. The alliance welcomed the Nordic country.",
            &Options::default(),
        )
        .unwrap();
        assert!(
            a.mentions
                .iter()
                .any(|m| m.text == "The alliance" && m.entity == "NATO"),
            "{:?}",
            a.mentions
        );
        assert!(
            a.mentions
                .iter()
                .any(|m| m.text == "the Nordic country" && m.entity == "SWE"),
            "{:?}",
            a.mentions
        );
    }

    #[test]
    fn resolve_005_predecessor_by_date() {
        assert!(entity("Moscow warned Washington.", "1985-01-01", "SUN").is_some());
        assert!(entity("Moscow warned Washington.", "2015-01-01", "RUS").is_some());
    }
}
