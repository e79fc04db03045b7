//! The knowledge-base text format: records, their parser and their checks.
//!
//! This file is shared, unchanged, by `build.rs` (which checks `data/` and compiles it into static
//! tables) and by the core (which reads a newsroom's additions at run time in the same format).
//! It uses only `std`, so the build script can include it with `#[path]`.

use std::collections::{HashMap, HashSet};
use std::fmt;

/// A date as `yyyymmdd` (a partial date means its first day); `0` for "none".
pub type Day = u32;

/// One problem in a knowledge-base file, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KbError {
    /// The file's name as the user knows it (`data/countries.txt`, `--kb FILE`).
    pub file: String,
    /// One-based line number; 0 when the problem is not one line's.
    pub line: u32,
    /// What is wrong, for a person.
    pub message: String,
}

impl fmt::Display for KbError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// A state (or a historic state) with every name the news gives it.
#[derive(Debug, Clone, Copy)]
pub struct Country<'a> {
    pub line: u32,
    pub id: &'a str,
    pub name: &'a str,
    pub formal: &'a str,
    pub aliases: &'a str,
    pub adjectives: &'a str,
    pub plurals: &'a str,
    pub capitals: &'a str,
    pub seats: &'a str,
    /// The ISO 3166-1 alpha-2 code its flag emoji is made of; empty for no flag.
    pub alpha2: &'a str,
}

/// A place that is not an actor.
#[derive(Debug, Clone, Copy)]
pub struct Place<'a> {
    pub line: u32,
    pub id: &'a str,
    pub name: &'a str,
    pub aliases: &'a str,
    pub country: &'a str,
    pub kind: &'a str,
}

/// A collective actor ("the West") or a people.
#[derive(Debug, Clone, Copy)]
pub struct Group<'a> {
    pub line: u32,
    pub id: &'a str,
    pub name: &'a str,
    pub aliases: &'a str,
    pub members: &'a str,
}

/// An organization: alliance, bloc, body, court, armed group, national body.
#[derive(Debug, Clone, Copy)]
pub struct Organization<'a> {
    pub line: u32,
    pub id: &'a str,
    pub name: &'a str,
    pub aliases: &'a str,
    pub kind: &'a str,
    pub affiliation: &'a str,
}

/// One spell of a state's membership of an organization.
#[derive(Debug, Clone, Copy)]
pub struct Membership<'a> {
    pub line: u32,
    pub org: &'a str,
    pub member: &'a str,
    pub from: Day,
    pub to: Day,
}

/// A person the news names.
#[derive(Debug, Clone, Copy)]
pub struct Person<'a> {
    pub line: u32,
    pub id: &'a str,
    pub name: &'a str,
    pub aliases: &'a str,
    pub affiliation: &'a str,
}

/// One term of one office.
#[derive(Debug, Clone, Copy)]
pub struct Office<'a> {
    pub line: u32,
    pub holder: &'a str,
    pub role: &'a str,
    pub person: &'a str,
    pub from: Day,
    pub to: Day,
}

/// A title phrase and the role it names.
#[derive(Debug, Clone, Copy)]
pub struct Title<'a> {
    pub line: u32,
    pub phrase: &'a str,
    pub role: &'a str,
}

/// A relation trigger: its surface forms, type, frame, target prepositions and intensity.
#[derive(Debug, Clone, Copy)]
pub struct Trigger<'a> {
    pub line: u32,
    pub forms: &'a str,
    pub kind: &'a str,
    pub frame: &'a str,
    pub preps: &'a str,
    pub intensity: f32,
}

/// Every table of the knowledge base.
#[derive(Debug, Clone, Default)]
pub struct Tables<'a> {
    pub countries: Vec<Country<'a>>,
    pub places: Vec<Place<'a>>,
    pub groups: Vec<Group<'a>>,
    pub organizations: Vec<Organization<'a>>,
    pub memberships: Vec<Membership<'a>>,
    pub persons: Vec<Person<'a>>,
    pub offices: Vec<Office<'a>>,
    pub titles: Vec<Title<'a>>,
    pub triggers: Vec<Trigger<'a>>,
}

/// The relation types of the contract, aligned first.
pub const RELATION_TYPES: &[&str] = &[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "COOPERATE",
    "AID",
    "CONCEDE",
    "RETREAT",
    "REQUEST",
    "ALLY",
    "MEMBER",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
    "RIVAL",
];

/// The frames a trigger can have.
pub const FRAMES: &[&str] = &["verb", "noun", "mutual", "adj"];

/// The files of the knowledge base and the number of fields of each.
pub const FILES: &[(&str, usize)] = &[
    ("countries.txt", 9),
    ("places.txt", 5),
    ("groups.txt", 4),
    ("organizations.txt", 5),
    ("memberships.txt", 4),
    ("persons.txt", 4),
    ("offices.txt", 5),
    ("titles.txt", 2),
    ("triggers.txt", 5),
];

/// The items of a `;`-separated list field, trimmed, none empty. A byte loop rather than
/// `split(';')`, whose searcher is several calls an item in wasm's baseline code, where the
/// built-in base's lists are read on the first analysis.
pub fn list(field: &str) -> List<'_> {
    List { rest: Some(field) }
}

/// The iterator of [`list`].
#[derive(Debug, Clone)]
pub struct List<'a> {
    rest: Option<&'a str>,
}

impl<'a> Iterator for List<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        loop {
            let rest = self.rest?;
            let item = match rest.bytes().position(|b| b == b';') {
                Some(i) => {
                    self.rest = Some(&rest[i + 1..]);
                    &rest[..i]
                }
                None => {
                    self.rest = None;
                    rest
                }
            };
            // Items after the first follow "; ": the space goes first, byte by byte, so that
            // `trim` takes its quick path (a `str::trim` an item was a tenth of the lists'
            // cost in wasm's baseline code).
            let item = trim(item.trim_ascii_start());
            if !item.is_empty() {
                return Some(item);
            }
        }
    }
}

/// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into a [`Day`]; `Ok(0)` for an empty field.
pub fn parse_day(s: &str) -> Result<Day, String> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(0);
    }
    // Byte by byte: `YYYY`, then optionally `-MM`, then optionally `-DD`, digits only.
    let b = s.as_bytes();
    let digits = |from: usize, len: usize| -> Option<u32> {
        let part = b.get(from..from + len)?;
        part.iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let parsed = match b.len() {
        4 => digits(0, 4).map(|y| (y, 1, 1)),
        7 if b[4] == b'-' => digits(0, 4).zip(digits(5, 2)).map(|(y, m)| (y, m, 1)),
        10 if b[4] == b'-' && b[7] == b'-' => digits(0, 4)
            .zip(digits(5, 2))
            .zip(digits(8, 2))
            .map(|((y, m), d)| (y, m, d)),
        _ => None,
    };
    match parsed {
        Some((y, m, d))
            if y >= 1000 && (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m) =>
        {
            Ok(y * 10000 + m * 100 + d)
        }
        _ => Err(format!("bad date {s:?} (want YYYY, YYYY-MM or YYYY-MM-DD)")),
    }
}

/// A number like `-7.5` or `3`: a sign, digits and at most three decimals, read exactly as
/// `str::parse` reads it (the digits and the power of ten are exact in an `f32`, and division
/// rounds correctly), without the general float parser in the wasm download.
fn parse_intensity(s: &str) -> Option<f32> {
    let (negative, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let (whole, decimals) = s.split_once('.').unwrap_or((s, ""));
    if whole.is_empty() && decimals.is_empty() || whole.len() > 3 || decimals.len() > 3 {
        return None;
    }
    let mut n: u32 = 0;
    for b in whole.bytes().chain(decimals.bytes()) {
        if !b.is_ascii_digit() {
            return None;
        }
        n = n * 10 + u32::from(b - b'0');
    }
    let x = n as f32 / [1.0, 10.0, 100.0, 1000.0][decimals.len()];
    Some(if negative { -x } else { x })
}

fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        2 if (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Splits one file into its records: `(line number, fields)`, comments and blank lines skipped.
/// Byte by byte, since the built-in base (a third of a megabyte) goes through here on the first
/// analysis; white space is trimmed around each line and field.
#[inline(never)]
pub fn records<'a>(
    file: &str,
    text: &'a str,
    nfields: usize,
    errors: &mut Vec<KbError>,
    mut each: impl FnMut(&mut Vec<KbError>, u32, &[&'a str; MAX_FIELDS]),
) {
    // A trailing field added to a format later (the alpha-2 code of countries) may be left
    // out, so that a newsroom's older files still load.
    let optional = usize::from(file.ends_with("countries.txt"));
    let bytes = text.as_bytes();
    let mut line = 0u32;
    let mut at = 0;
    let mut fields = [""; MAX_FIELDS];
    while at < bytes.len() {
        line += 1;
        // One pass over the line: where it ends and where each field ends. Each record goes
        // straight to `each`: no vector of records in between.
        let (n, end) = split_fields(text, at, &mut fields);
        let whole = trim(&text[at..end]);
        at = end + 1;
        if whole.is_empty() || whole.starts_with('#') {
            continue;
        }
        if n != nfields && n + optional != nfields {
            errors.push(field_count_error(file, line, n, nfields));
            continue;
        }
        // A field left out (the optional last one) is empty, not the last record's.
        for slot in fields.iter_mut().skip(n) {
            *slot = "";
        }
        each(errors, line, &fields);
    }
}

/// The fields of the line at `at` into `fields` (those past their number are left as they
/// were): how many the line has, and where it ends. Not inlined, so that the loop over the
/// lines stays small: V8 tiers up a function by the size of the loops it runs (see
/// `push_record`).
#[inline(never)]
fn split_fields<'a>(
    text: &'a str,
    at: usize,
    fields: &mut [&'a str; MAX_FIELDS],
) -> (usize, usize) {
    let bytes = text.as_bytes();
    let mut n = 0;
    let mut from = at;
    loop {
        let end = separator(bytes, from);
        if let Some(slot) = fields.get_mut(n) {
            *slot = trim(&text[from..end]);
        }
        n += 1;
        if bytes.get(end) != Some(&b'|') {
            return (n, end);
        }
        from = end + 1;
    }
}

#[cold]
#[inline(never)]
fn field_count_error(file: &str, line: u32, n: usize, nfields: usize) -> KbError {
    KbError {
        file: file.to_string(),
        line,
        message: format!("{n} fields, expected {nfields}"),
    }
}

/// The position of the first `\n` or `|` in `bytes` from `at`, or the end. Eight bytes at a time
/// (a word holds a separator when one of its bytes XOR the separator is zero): the built-in base
/// goes through here on the first analysis, where wasm runs as baseline code, and a byte at a
/// time was most of the parse (2.5 of 18 million instructions of the build natively).
#[inline(never)]
fn separator(bytes: &[u8], mut at: usize) -> usize {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGH: u64 = ONES << 7;
    while let Some(word) = bytes.get(at..).and_then(|b| b.first_chunk::<8>()) {
        let w = u64::from_le_bytes(*word);
        let (nl, bar) = (w ^ (ONES * u64::from(b'\n')), w ^ (ONES * u64::from(b'|')));
        // The lowest flagged byte of each is exact (only bytes above a zero byte can be
        // flagged falsely), so the lowest of both is the first separator.
        let zero = (nl.wrapping_sub(ONES) & !nl | bar.wrapping_sub(ONES) & !bar) & HIGH;
        if zero != 0 {
            return at + zero.trailing_zeros() as usize / 8;
        }
        at += 8;
    }
    while at < bytes.len() && bytes[at] != b'\n' && bytes[at] != b'|' {
        at += 1;
    }
    at
}

/// `s` without white space at either end; the common case, nothing to trim, tested first.
fn trim(s: &str) -> &str {
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(&a), Some(&z)) if a.is_ascii_graphic() && z.is_ascii_graphic() => s,
        _ => trim_slow(s),
    }
}

#[inline(never)]
fn trim_slow(s: &str) -> &str {
    s.trim()
}

/// The most fields a record of any file has.
pub const MAX_FIELDS: usize = 9;

/// Parses the text of one named file into `tables`. Unknown file names are an error.
pub fn parse_into<'a>(
    tables: &mut Tables<'a>,
    name: &str,
    shown: &str,
    text: &'a str,
    errors: &mut Vec<KbError>,
) {
    let Some(file) = FILES.iter().position(|(f, _)| *f == name) else {
        errors.push(KbError {
            file: shown.to_string(),
            line: 0,
            message: format!("unknown knowledge-base file {name:?}"),
        });
        return;
    };
    let n = FILES[file].1;
    // About one record in 48 bytes (the persons file); a few more only grow the vector.
    let more = text.len() / 48 + 1;
    match file {
        0 => tables.countries.reserve(more),
        1 => tables.places.reserve(more),
        2 => tables.groups.reserve(more),
        3 => tables.organizations.reserve(more),
        4 => tables.memberships.reserve(more),
        5 => tables.persons.reserve(more),
        6 => tables.offices.reserve(more),
        7 => tables.titles.reserve(more),
        _ => tables.triggers.reserve(more),
    }
    records(shown, text, n, errors, |errors, line, f| {
        push_record(tables, file, shown, line, f, errors)
    });
}

/// Turns a name into an id slug: lower-case ASCII letters and digits joined by hyphens, letters
/// with diacritics folded (`fold_accent`), apostrophes dropped: "Abdullah Gül" -> "abdullah-gul",
/// "Gideon Sa'ar" -> "gideon-saar".
pub fn slug(name: &str) -> String {
    let mut out = Vec::new();
    slug_into(name, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// What `slug` makes of each ASCII byte: its lower-case letter or digit, `'` for an apostrophe
/// (dropped), 0 for a separator (a hyphen between the runs it splits).
const SLUG_BYTES: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = c.to_ascii_lowercase();
        } else if c == b'\'' {
            t[b] = c;
        }
        b += 1;
    }
    t
};

/// `slug`, appended to `out` (ASCII only). Names are mostly ASCII: a byte below 0x80 is read
/// from a table, a character decoded only past one (the knowledge base's 3,200 slugged ids are
/// made on first use).
pub fn slug_into(name: &str, out: &mut Vec<u8>) {
    let start = out.len();
    let mut gap = false;
    let mut put = |t: u8| {
        if t > b'\'' {
            if gap && out.len() > start {
                out.push(b'-');
            }
            gap = false;
            out.push(t);
        } else if t == 0 {
            gap = true;
        }
    };
    if name.is_ascii() {
        for &b in name.as_bytes() {
            put(SLUG_BYTES[(b & 0x7f) as usize]);
        }
        return;
    }
    for c in name.chars() {
        put(match fold_accent(c) {
            '’' | 'ʻ' | 'ʼ' => b'\'',
            f if f.is_ascii() => SLUG_BYTES[f as usize],
            _ => 0,
        });
    }
}

fn fold_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' | 'Ā' => 'A',
        'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ě' | 'ė' | 'ę' => 'e',
        'É' | 'È' | 'Ê' | 'Ë' => 'E',
        'í' | 'ì' | 'î' | 'ï' | 'ı' | 'ī' => 'i',
        'Í' | 'Î' | 'İ' => 'I',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' | 'ő' => 'o',
        'Ó' | 'Ö' | 'Ø' => 'O',
        'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'Ú' | 'Ü' => 'U',
        'ç' | 'č' | 'ć' => 'c',
        'Ç' | 'Č' | 'Ć' => 'C',
        'ñ' | 'ń' | 'ň' | 'ņ' => 'n',
        'ş' | 'š' | 'ś' | 'ș' => 's',
        'Ş' | 'Š' | 'Ś' | 'Ș' => 'S',
        'ğ' => 'g',
        'ž' | 'ź' | 'ż' => 'z',
        'Ž' | 'Ż' => 'Z',
        'ł' => 'l',
        'Ł' => 'L',
        'đ' | 'ð' | 'ď' => 'd',
        'Đ' => 'D',
        'ř' => 'r',
        'ť' | 'ţ' | 'ț' => 't',
        'ý' => 'y',
        'ķ' => 'k',
        'ļ' => 'l',
        _ => c,
    }
}

/// The files whose records the packed built-in tables carry without their id when the id is
/// the name's `slug` (`build.rs`, `fill_slugs`): persons and places, whose ids are written so.
pub const SLUGGED: [&str; 2] = ["persons.txt", "places.txt"];

/// A person's alias in the built-in tables that stands for the last word of the name
/// ("Vladimir Putin | *" is "Putin"): `build.rs` writes it, the gazetteer reads it back.
pub const SURNAME: &str = "*";

/// Gives each person and place of the packed built-in tables that `build.rs` left without an
/// id (because it is its name's `slug`) that id, made once into `store`.
pub fn fill_slugs<'a>(t: &mut Tables<'a>, store: &'a std::sync::OnceLock<String>) {
    let ids = store.get_or_init(|| {
        let mut s = Vec::with_capacity(20 * (t.persons.len() + t.places.len()));
        let names = t.persons.iter().filter(|p| p.id.is_empty()).map(|p| p.name);
        for name in names.chain(t.places.iter().filter(|p| p.id.is_empty()).map(|p| p.name)) {
            slug_into(name, &mut s);
            s.push(b'\n');
        }
        String::from_utf8(s).unwrap_or_default()
    });
    let mut rest = ids.as_str();
    let persons = t
        .persons
        .iter_mut()
        .filter(|p| p.id.is_empty())
        .map(|p| &mut p.id);
    for id in persons.chain(
        t.places
            .iter_mut()
            .filter(|p| p.id.is_empty())
            .map(|p| &mut p.id),
    ) {
        let n = rest.bytes().position(|b| b == b'\n').unwrap_or(rest.len());
        *id = &rest[..n];
        rest = rest.get(n + 1..).unwrap_or_default();
    }
}

/// One record of file number `file` into `tables`. A function of its own, not inlined in the
/// loop over the lines: V8 tiers a function up by the size of the loops it runs, and the loop
/// holding every file's record types made the one-shot parse hot (TurboFan compiled it during
/// the first analysis, for nothing).
#[inline(never)]
fn push_record<'a>(
    tables: &mut Tables<'a>,
    file: usize,
    shown: &str,
    line: u32,
    f: &[&'a str; MAX_FIELDS],
    errors: &mut Vec<KbError>,
) {
    let err = |errors: &mut Vec<KbError>, line: u32, message: String| {
        errors.push(KbError {
            file: shown.to_string(),
            line,
            message,
        })
    };
    let day = |errors: &mut Vec<KbError>, line: u32, s: &str| match parse_day(s) {
        Ok(d) => d,
        Err(e) => {
            err(errors, line, e);
            0
        }
    };
    match file {
        0 => tables.countries.push(Country {
            line,
            id: f[0],
            name: f[1],
            formal: f[2],
            aliases: f[3],
            adjectives: f[4],
            plurals: f[5],
            capitals: f[6],
            seats: f[7],
            alpha2: f[8],
        }),
        1 => tables.places.push(Place {
            line,
            id: f[0],
            name: f[1],
            aliases: f[2],
            country: f[3],
            kind: f[4],
        }),
        2 => tables.groups.push(Group {
            line,
            id: f[0],
            name: f[1],
            aliases: f[2],
            members: f[3],
        }),
        3 => tables.organizations.push(Organization {
            line,
            id: f[0],
            name: f[1],
            aliases: f[2],
            kind: f[3],
            affiliation: f[4],
        }),
        4 => {
            let (from, to) = (day(errors, line, f[2]), day(errors, line, f[3]));
            tables.memberships.push(Membership {
                line,
                org: f[0],
                member: f[1],
                from,
                to,
            })
        }
        5 => tables.persons.push(Person {
            line,
            id: f[0],
            name: f[1],
            aliases: f[2],
            affiliation: f[3],
        }),
        6 => {
            let (from, to) = (day(errors, line, f[3]), day(errors, line, f[4]));
            tables.offices.push(Office {
                line,
                holder: f[0],
                role: f[1],
                person: f[2],
                from,
                to,
            })
        }
        7 => tables.titles.push(Title {
            line,
            phrase: f[0],
            role: f[1],
        }),
        8 => {
            let intensity = match parse_intensity(f[4]) {
                Some(x) if (-10.0..=10.0).contains(&x) => x,
                _ => {
                    err(
                        errors,
                        line,
                        format!("bad intensity {:?} (want -10 to 10)", f[4]),
                    );
                    0.0
                }
            };
            tables.triggers.push(Trigger {
                line,
                forms: f[0],
                kind: f[1],
                frame: f[2],
                preps: f[3],
                intensity,
            })
        }
        _ => unreachable!("FILES lists every name matched here"),
    }
}

/// Parses every `(file name, text)` of a knowledge base and checks the whole, naming each file
/// `prefix` + its name in messages: the check `build.rs` runs on `data/`.
pub fn check_files(files: &[(&str, &str)], prefix: &str) -> Vec<KbError> {
    let mut tables = Tables::default();
    let mut errors = Vec::new();
    for (name, text) in files {
        parse_into(
            &mut tables,
            name,
            &format!("{prefix}{name}"),
            text,
            &mut errors,
        );
    }
    errors.extend(check(&tables, None, &|t: &str| format!("{prefix}{t}")));
    errors
}

/// The built-in terms of office as `build.rs` packs them: 2,500 terms were 40% of the packed
/// text and of the work of reading it on the first analysis, and as text their dates and
/// names cost 23.6 KB of the download gzipped; packed, 14.9 KB, and read without a parse.
///
/// Each term is five varints: its holder (0 the previous term's, else 1 + its position in the
/// countries then the organizations), its role (0 the previous term's, else 1 + the position of
/// the first title naming it), its person (position in the persons, as the difference from the
/// previous term's, zigzag), its start (as the difference from the previous term's end, or
/// start when it has none, zigzag; consecutive terms of an office share the day, one byte) and
/// its end (0 for none, else 1 + its length). Days count in a calendar of 31-day months
/// ([`calendar`]), so that a difference is about a number of days.
pub fn pack_offices(t: &Tables<'_>) -> Vec<u8> {
    let holders: HashMap<&str, usize> = t
        .countries
        .iter()
        .map(|c| c.id)
        .chain(t.organizations.iter().map(|o| o.id))
        .enumerate()
        .map(|(i, id)| (id, i))
        .collect();
    let mut roles: HashMap<&str, usize> = HashMap::new();
    for (i, x) in t.titles.iter().enumerate() {
        roles.entry(x.role).or_insert(i);
    }
    let persons: HashMap<&str, usize> = t
        .persons
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id, i))
        .collect();
    let mut out = Vec::new();
    let (mut holder, mut role, mut person, mut day) = ("", "", 0i64, 0i64);
    for o in &t.offices {
        let h = if o.holder == holder {
            0
        } else {
            1 + holders.get(o.holder).copied().unwrap_or(0)
        };
        let r = if o.role == role {
            0
        } else {
            1 + roles.get(o.role).copied().unwrap_or(0)
        };
        let p = persons.get(o.person).copied().unwrap_or(0) as i64;
        let (from, to) = (i64::from(calendar(o.from)), i64::from(calendar(o.to)));
        for n in [
            h as u64,
            r as u64,
            zigzag(p - person),
            zigzag(from - day),
            if o.to == 0 { 0 } else { (1 + to - from) as u64 },
        ] {
            let mut n = n;
            while n >= 0x80 {
                out.push(n as u8 | 0x80);
                n >>= 7;
            }
            out.push(n as u8);
        }
        (holder, role, person) = (o.holder, o.role, p);
        day = if o.to == 0 { from } else { to };
    }
    out
}

fn zigzag(n: i64) -> u64 {
    if n < 0 {
        (-n * 2 - 1) as u64
    } else {
        n as u64 * 2
    }
}

/// The terms of [`pack_offices`] back into `t.offices`, their names borrowed from the other
/// tables of `t` (already read). Not a check: the packed terms come from `build.rs`, which
/// checked them.
pub fn unpack_offices<'a>(packed: &[u8], t: &mut Tables<'a>) {
    t.offices.reserve(packed.len() / 7);
    let countries = t.countries.len();
    let mut offices = std::mem::take(&mut t.offices);
    decode_offices(packed, |term| {
        let holder = match term.holder.checked_sub(countries) {
            None => t.countries.get(term.holder).map_or("", |c| c.id),
            Some(o) => t.organizations.get(o).map_or("", |o| o.id),
        };
        offices.push(Office {
            line: 0,
            holder,
            role: t.titles.get(term.title).map_or("", |x| x.role),
            person: t.persons.get(term.person).map_or("", |p| p.id),
            from: term.from,
            to: term.to,
        });
    });
    t.offices = offices;
}

/// One term of [`pack_offices`] as positions in the other tables.
#[derive(Debug, Clone, Copy)]
pub struct PackedTerm {
    /// Position of the holder in the countries, then the organizations.
    pub holder: usize,
    /// Position of the first title naming the role.
    pub title: usize,
    /// Position of the person in the persons.
    pub person: usize,
    /// First day.
    pub from: Day,
    /// Day it ended, 0 if it has not.
    pub to: Day,
}

/// Each term of [`pack_offices`] in order, as positions: what [`unpack_offices`] and the
/// built-in base's terms of office (built from the positions, no id looked up) share.
pub fn decode_offices(packed: &[u8], mut each: impl FnMut(PackedTerm)) {
    let mut at = 0;
    let next = |at: &mut usize| {
        let mut n = 0u32;
        let mut shift = 0;
        while let Some(&b) = packed.get(*at) {
            *at += 1;
            n |= u32::from(b & 0x7f).checked_shl(shift).unwrap_or(0);
            if b < 0x80 {
                break;
            }
            shift += 7;
        }
        n
    };
    let unzig = |n: u32| (n >> 1) as i64 ^ -((n & 1) as i64);
    let (mut holder, mut title, mut person, mut day) = (0, 0, 0i64, 0i64);
    while at < packed.len() {
        let [h, r, p, f, e] = [(); 5].map(|()| next(&mut at));
        if h > 0 {
            holder = h as usize - 1;
        }
        if r > 0 {
            title = r as usize - 1;
        }
        person += unzig(p);
        let from = day + unzig(f);
        let to = if e == 0 { 0 } else { from + i64::from(e) - 1 };
        each(PackedTerm {
            holder,
            title,
            person: usize::try_from(person).unwrap_or(usize::MAX),
            from: uncalendar(from),
            to: if e == 0 { 0 } else { uncalendar(to) },
        });
        day = if e == 0 { from } else { to };
    }
}

/// A [`Day`] as a number of days since 1000-01-01 in a calendar of twelve 31-day months.
fn calendar(day: Day) -> u32 {
    let (y, m, d) = (day / 10000, day / 100 % 100, day % 100);
    y.saturating_sub(1000) * 372 + m.saturating_sub(1) * 31 + d.saturating_sub(1)
}

fn uncalendar(n: i64) -> Day {
    let n = u32::try_from(n).unwrap_or(0);
    (1000 + n / 372) * 10000 + (n % 372 / 31 + 1) * 100 + n % 31 + 1
}

/// Where a record came from, for messages.
pub trait Source {
    /// The file of a table, as shown to the user.
    fn file(&self, table: &str) -> String;
}

impl<F: Fn(&str) -> String> Source for F {
    fn file(&self, table: &str) -> String {
        self(table)
    }
}

/// Checks the tables as a whole: ids, references, terms of office, sorting, polarity of
/// intensities. `base` holds tables already checked (the built-in base when checking a
/// newsroom's additions); references may point into it, and ids may not repeat it.
pub fn check(tables: &Tables<'_>, base: Option<&Tables<'_>>, src: &dyn Source) -> Vec<KbError> {
    let mut errors = Vec::new();
    let mut err = |table: &str, line: u32, message: String| {
        errors.push(KbError {
            file: src.file(table),
            line,
            message,
        })
    };
    let all = |f: &dyn Fn(&Tables<'_>) -> Vec<String>| -> HashSet<String> {
        let mut s: HashSet<String> = f(tables).into_iter().collect();
        if let Some(b) = base {
            s.extend(f(b));
        }
        s
    };
    let countries = all(&|t| t.countries.iter().map(|c| c.id.to_string()).collect());
    let orgs = all(&|t| t.organizations.iter().map(|o| o.id.to_string()).collect());
    let persons = all(&|t| t.persons.iter().map(|p| p.id.to_string()).collect());
    let roles = all(&|t| t.titles.iter().map(|x| x.role.to_string()).collect());
    let base_ids: HashSet<String> = base
        .map(|b| {
            let mut s: HashSet<String> = HashSet::new();
            s.extend(b.countries.iter().map(|c| c.id.to_string()));
            s.extend(b.places.iter().map(|c| c.id.to_string()));
            s.extend(b.groups.iter().map(|c| c.id.to_string()));
            s.extend(b.organizations.iter().map(|c| c.id.to_string()));
            s.extend(b.persons.iter().map(|c| c.id.to_string()));
            s
        })
        .unwrap_or_default();

    // Ids: unique, sorted, and in the right shape.
    let ids_of = |table: &str, rows: Vec<(u32, &str)>, err: &mut dyn FnMut(&str, u32, String)| {
        let mut seen: HashMap<&str, u32> = HashMap::new();
        let mut prev: Option<&str> = None;
        for (line, id) in rows {
            if id.is_empty() || id.contains(char::is_whitespace) {
                err(table, line, format!("bad id {id:?}: empty or with spaces"));
            }
            if let Some(first) = seen.insert(id, line) {
                err(
                    table,
                    line,
                    format!("duplicate id {id:?} (first on line {first})"),
                );
            } else if base_ids.contains(id) {
                err(
                    table,
                    line,
                    format!("id {id:?} is already in the built-in knowledge base"),
                );
            }
            if let Some(p) = prev {
                if p > id {
                    err(table, line, format!("not sorted: {id:?} comes after {p:?}"));
                }
            }
            prev = Some(id);
        }
    };
    ids_of(
        "countries.txt",
        tables.countries.iter().map(|r| (r.line, r.id)).collect(),
        &mut err,
    );
    ids_of(
        "places.txt",
        tables.places.iter().map(|r| (r.line, r.id)).collect(),
        &mut err,
    );
    ids_of(
        "groups.txt",
        tables.groups.iter().map(|r| (r.line, r.id)).collect(),
        &mut err,
    );
    ids_of(
        "organizations.txt",
        tables
            .organizations
            .iter()
            .map(|r| (r.line, r.id))
            .collect(),
        &mut err,
    );
    ids_of(
        "persons.txt",
        tables.persons.iter().map(|r| (r.line, r.id)).collect(),
        &mut err,
    );

    // One id names one entity across every table.
    let mut global: HashMap<&str, &str> = HashMap::new();
    let tabled = tables
        .countries
        .iter()
        .map(|r| ("countries.txt", r.line, r.id))
        .chain(tables.places.iter().map(|r| ("places.txt", r.line, r.id)))
        .chain(tables.groups.iter().map(|r| ("groups.txt", r.line, r.id)))
        .chain(
            tables
                .organizations
                .iter()
                .map(|r| ("organizations.txt", r.line, r.id)),
        )
        .chain(tables.persons.iter().map(|r| ("persons.txt", r.line, r.id)));
    for (table, line, id) in tabled {
        if let Some(other) = global.insert(id, table) {
            if other != table {
                err(table, line, format!("id {id:?} is also an id in {other}"));
            }
        }
    }
    // An alpha-2 code makes a flag emoji: two capitals, and no two states share a flag.
    let mut alpha2: HashMap<&str, (&str, Option<u32>)> = HashMap::new();
    for c in base.iter().flat_map(|b| &b.countries) {
        if !c.alpha2.is_empty() {
            alpha2.insert(c.alpha2, (c.id, None));
        }
    }
    for c in &tables.countries {
        if c.id.len() != 3 || !c.id.bytes().all(|b| b.is_ascii_uppercase()) {
            err(
                "countries.txt",
                c.line,
                format!("country id {:?} is not three capitals", c.id),
            );
        }
        if c.name.is_empty() {
            err(
                "countries.txt",
                c.line,
                format!("country {:?} has no name", c.id),
            );
        }
        if c.alpha2.is_empty() {
            continue;
        }
        if c.alpha2.len() != 2 || !c.alpha2.bytes().all(|b| b.is_ascii_uppercase()) {
            err(
                "countries.txt",
                c.line,
                format!(
                    "alpha-2 code {:?} of {:?} is not two capitals",
                    c.alpha2, c.id
                ),
            );
        } else if let Some(&(id, first)) = alpha2.get(c.alpha2) {
            let whose = match first {
                Some(line) => format!("{id:?}'s (line {line})"),
                None => format!("{id:?}'s in the built-in knowledge base"),
            };
            err(
                "countries.txt",
                c.line,
                format!(
                    "alpha-2 code {:?} of {:?} is already {whose}",
                    c.alpha2, c.id
                ),
            );
        } else {
            alpha2.insert(c.alpha2, (c.id, Some(c.line)));
        }
    }
    let actor = |code: &str| countries.contains(code) || orgs.contains(code);
    for p in &tables.places {
        if !p.country.is_empty() && !countries.contains(p.country) {
            err(
                "places.txt",
                p.line,
                format!("unknown country code {:?}", p.country),
            );
        }
        const KINDS: &[&str] = &[
            "city",
            "region",
            "sea",
            "strait",
            "territory",
            "river",
            "mountain",
            "island",
        ];
        if !KINDS.contains(&p.kind) {
            err(
                "places.txt",
                p.line,
                format!("unknown place kind {:?}", p.kind),
            );
        }
    }
    for g in &tables.groups {
        for m in list(g.members) {
            if !countries.contains(m) {
                err(
                    "groups.txt",
                    g.line,
                    format!("member {m:?} is not a known country code"),
                );
            }
        }
    }
    for o in &tables.organizations {
        if !o.affiliation.is_empty() && !countries.contains(o.affiliation) {
            err(
                "organizations.txt",
                o.line,
                format!("unknown affiliation {:?}", o.affiliation),
            );
        }
    }
    // Memberships: known codes, sorted, spells of one pair never overlapping.
    let mut prev: Option<(&str, &str, Day)> = None;
    for m in &tables.memberships {
        if !orgs.contains(m.org) {
            err(
                "memberships.txt",
                m.line,
                format!("unknown organization {:?}", m.org),
            );
        }
        if !countries.contains(m.member) {
            err(
                "memberships.txt",
                m.line,
                format!("unknown country code {:?}", m.member),
            );
        }
        if m.to != 0 && m.to < m.from {
            err(
                "memberships.txt",
                m.line,
                "membership ends before it starts".to_string(),
            );
        }
        let key = (m.org, m.member, m.from);
        if let Some(p) = prev {
            if p > key {
                err(
                    "memberships.txt",
                    m.line,
                    "not sorted by org, member, start".to_string(),
                );
            }
        }
        prev = Some(key);
    }
    overlaps(
        tables
            .memberships
            .iter()
            .map(|m| ((m.org, m.member), m.line, m.from, m.to))
            .collect(),
        &mut |line, msg| err("memberships.txt", line, msg),
    );
    for p in &tables.persons {
        if !p.affiliation.is_empty() && !actor(p.affiliation) {
            err(
                "persons.txt",
                p.line,
                format!("unknown affiliation {:?}", p.affiliation),
            );
        }
    }
    for o in &tables.offices {
        if !actor(o.holder) {
            err(
                "offices.txt",
                o.line,
                format!("unknown holder {:?}", o.holder),
            );
        }
        if !persons.contains(o.person) {
            err(
                "offices.txt",
                o.line,
                format!("unknown person {:?}", o.person),
            );
        }
        if !roles.contains(o.role) {
            err(
                "offices.txt",
                o.line,
                format!("role {:?} is not named in titles.txt", o.role),
            );
        }
        if o.from == 0 {
            err(
                "offices.txt",
                o.line,
                "a term needs its start date".to_string(),
            );
        }
        if o.to != 0 && o.to < o.from {
            err(
                "offices.txt",
                o.line,
                "term ends before it starts".to_string(),
            );
        }
    }
    overlaps(
        tables
            .offices
            .iter()
            .map(|o| ((o.holder, o.role), o.line, o.from, o.to))
            .collect(),
        &mut |line, msg| err("offices.txt", line, msg),
    );
    let mut prev_title: Option<&str> = None;
    for t in &tables.titles {
        if t.phrase.chars().any(char::is_uppercase) {
            err(
                "titles.txt",
                t.line,
                format!("title phrase {:?} is not lower case", t.phrase),
            );
        }
        if let Some(p) = prev_title {
            if p > t.phrase {
                err(
                    "titles.txt",
                    t.line,
                    format!("not sorted: {:?} after {p:?}", t.phrase),
                );
            }
        }
        prev_title = Some(t.phrase);
    }
    let mut forms: HashMap<(&str, &str), u32> = HashMap::new();
    for t in &tables.triggers {
        let Some(i) = RELATION_TYPES.iter().position(|k| *k == t.kind) else {
            err(
                "triggers.txt",
                t.line,
                format!("unknown relation type {:?}", t.kind),
            );
            continue;
        };
        if !FRAMES.contains(&t.frame) {
            err(
                "triggers.txt",
                t.line,
                format!("unknown frame {:?}", t.frame),
            );
        }
        let aligned = i < 10;
        if (aligned && t.intensity < 0.0) || (!aligned && t.intensity > 0.0) {
            err(
                "triggers.txt",
                t.line,
                // The sign, not the number: formatting a float would put the float printer
                // into the wasm download for this one message.
                if aligned {
                    format!(
                        "a negative intensity for {}, a cooperative type (want 0 to 10)",
                        t.kind
                    )
                } else {
                    format!(
                        "a positive intensity for {}, a hostile type (want -10 to 0)",
                        t.kind
                    )
                },
            );
        }
        for form in list(t.forms) {
            if form.chars().any(char::is_uppercase) {
                err(
                    "triggers.txt",
                    t.line,
                    format!("form {form:?} is not lower case"),
                );
            }
            if let Some(first) = forms.insert((form, t.frame), t.line) {
                err(
                    "triggers.txt",
                    t.line,
                    format!("form {form:?} repeats line {first} with the same frame"),
                );
            }
        }
    }
    terms(tables, &mut |table, line, msg| err(table, line, msg));
    errors
}

/// Terms of the same key must not overlap (an end may equal the next start). Not generic, and
/// sorted by the crate's shared sort: no copy of the standard one in the wasm.
fn overlaps(mut rows: Vec<((&str, &str), u32, Day, Day)>, err: &mut dyn FnMut(u32, String)) {
    crate::sort::by(&mut rows, |a, b| (a.0, a.2).cmp(&(b.0, b.2)));
    for w in rows.windows(2) {
        let (a, b) = (&w[0], &w[1]);
        if a.0 == b.0 && (a.3 == 0 || a.3 > b.2) {
            err(b.1, format!("term overlaps the one on line {}", a.1));
        }
    }
}

/// A name may stand for several records only where the analyser can tell them apart by
/// context; two actors of the same kind sharing a term is a mistake.
fn terms(tables: &Tables<'_>, err: &mut dyn FnMut(&str, u32, String)) {
    let mut seen: HashMap<&str, (&str, &str, u32)> = HashMap::new();
    let mut rows: Vec<(&str, &str, u32, &str)> = Vec::new();
    for c in &tables.countries {
        for t in [c.name, c.formal]
            .into_iter()
            .chain(list(c.aliases))
            .chain(list(c.adjectives))
            .chain(list(c.plurals))
            .chain(list(c.capitals))
            .chain(list(c.seats))
        {
            if !t.is_empty() {
                rows.push(("countries.txt", c.id, c.line, t));
            }
        }
    }
    for o in &tables.organizations {
        for t in [o.name].into_iter().chain(list(o.aliases)) {
            rows.push(("organizations.txt", o.id, o.line, t));
        }
    }
    for g in &tables.groups {
        for t in [g.name].into_iter().chain(list(g.aliases)) {
            rows.push(("groups.txt", g.id, g.line, t));
        }
    }
    for (table, id, line, term) in rows {
        if let Some((t0, id0, l0)) = seen.insert(term, (table, id, line)) {
            if id0 != id {
                err(
                    table,
                    line,
                    format!("term {term:?} of {id:?} also names {id0:?} ({t0} line {l0})"),
                );
            }
        }
    }
}
