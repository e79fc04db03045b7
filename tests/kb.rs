//! The knowledge-base checks, proved with fixtures: each directory of `tests/fixtures/kb/` holds
//! a newsroom's additions with one mistake, and the checks must name the file and the line of
//! it, both when called directly (`kb::check`, as `build.rs` calls it) and through
//! `Gazetteer::with_extra` (as `--kb` and the JS option `extra` do). `build.rs`'s own path is
//! proved on a copy of `data/` with one fault injected at a time. The `good` fixture goes end to
//! end through `analyze_with`.

use std::path::{Path, PathBuf};

use entente::gazetteer::builtin_tables;
use entente::kb::{self, KbError, Tables};
use entente::{analyze, analyze_with, Analysis, Gazetteer, Options};

fn fixture_dir(case: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/kb")
        .join(case)
}

/// The files of one fixture, `(file name, text)`, sorted by name.
fn fixture(case: &str) -> Vec<(String, String)> {
    let dir = fixture_dir(case);
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| {
            let path = e.expect("dir entry").path();
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .expect("UTF-8 file name")
                .to_string();
            let text = std::fs::read_to_string(&path).expect("read fixture");
            (name, text)
        })
        .collect();
    files.sort();
    assert!(!files.is_empty(), "fixture {case} is empty");
    files
}

/// The direct path: parse each file as `tests/fixtures/kb/CASE/FILE`, then `kb::check` against
/// the built-in tables, the way a newsroom's additions are checked.
fn check_directly(case: &str, files: &[(String, String)]) -> Vec<KbError> {
    let shown = |name: &str| format!("tests/fixtures/kb/{case}/{name}");
    let mut tables = Tables::default();
    let mut errors = Vec::new();
    for (name, text) in files {
        kb::parse_into(&mut tables, name, &shown(name), text, &mut errors);
    }
    let base = builtin_tables();
    errors.extend(kb::check(&tables, Some(&base), &|t: &str| shown(t)));
    errors
}

fn with_extra(files: &[(String, String)]) -> Result<Gazetteer, Vec<KbError>> {
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    Gazetteer::with_extra(&refs)
}

/// One row: fixture, the file the error names, its line, a fragment of its message.
type Row = (&'static str, &'static str, u32, &'static str);

#[rustfmt::skip]
const BAD: &[Row] = &[
    ("affiliation_nowhere", "persons.txt", 3, "unknown affiliation \"FDN\""),
    ("alpha2_duplicate", "countries.txt", 4, "alpha-2 code \"XF\" of \"SYV\" is already \"FDN\"'s (line 3)"),
    ("alpha2_in_builtin", "countries.txt", 3, "alpha-2 code \"UA\" of \"FDN\" is already \"UKR\"'s in the built-in knowledge base"),
    ("alpha2_malformed", "countries.txt", 3, "alpha-2 code \"Fd\" of \"FDN\" is not two capitals"),
    ("bad_date", "memberships.txt", 3, "bad date \"1999-13\""),
    ("duplicate_id", "persons.txt", 4, "duplicate id \"rufus-firefly\" (first on line 3)"),
    ("group_member_nowhere", "groups.txt", 3, "member \"ZZZ\" is not a known country code"),
    ("id_in_builtin", "persons.txt", 3, "id \"donald-trump\" is already in the built-in knowledge base"),
    ("membership_unknown_country", "memberships.txt", 4, "unknown country code \"ZZZ\""),
    ("office_person_nowhere", "offices.txt", 4, "unknown person \"rufus-firefly\""),
    ("organization_affiliation_nowhere", "organizations.txt", 3, "unknown affiliation \"FDN\""),
    ("overlapping_terms", "offices.txt", 4, "term overlaps the one on line 3"),
    ("place_unknown_country", "places.txt", 3, "unknown country code \"ZZZ\""),
    ("role_not_in_titles", "offices.txt", 3, "role \"Grand Poobah\" is not named in titles.txt"),
    ("term_names_two_records", "countries.txt", 4, "term \"Fredonia\""),
    ("unknown_file", "people.txt", 0, "unknown knowledge-base file"),
    ("unsorted", "persons.txt", 4, "not sorted"),
    ("wrong_field_count", "countries.txt", 3, "7 fields, expected 9"),
];

/// Whether `errors` is exactly the one error the row names (by file name, line and message).
fn matches(errors: &[KbError], file: &str, line: u32, fragment: &str) -> bool {
    errors.len() == 1
        && errors.iter().all(|e| {
            (e.file == file || e.file.ends_with(&format!("/{file}")))
                && e.line == line
                && e.message.contains(fragment)
        })
}

fn shown(errors: &[KbError]) -> String {
    errors
        .iter()
        .map(|e| e.to_string())
        .collect::<Vec<_>>()
        .join("; ")
}

#[test]
fn kb_001_every_fixture_is_in_the_table() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/kb");
    let mut cases: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/kb")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|c| c != "good")
        .collect();
    cases.sort();
    let table: Vec<String> = BAD.iter().map(|r| r.0.to_string()).collect();
    assert_eq!(cases, table, "fixtures and table rows (sorted) differ");
}

#[test]
fn kb_002_check_names_file_and_line() {
    let mut failures = Vec::new();
    for &(case, file, line, fragment) in BAD {
        let errors = check_directly(case, &fixture(case));
        if !matches(&errors, file, line, fragment) {
            failures.push(format!(
                "{case}: want {file}:{line}: ...{fragment}...; got [{}]",
                shown(&errors)
            ));
        } else if !errors[0]
            .file
            .starts_with(&format!("tests/fixtures/kb/{case}/"))
        {
            failures.push(format!(
                "{case}: the file is named as the caller shows it: {}",
                errors[0].file
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn kb_003_with_extra_names_file_and_line() {
    let mut failures = Vec::new();
    for &(case, file, line, fragment) in BAD {
        match with_extra(&fixture(case)) {
            Ok(_) => failures.push(format!("{case}: accepted")),
            Err(errors) => {
                if !matches(&errors, file, line, fragment) {
                    failures.push(format!(
                        "{case}: want {file}:{line}: ...{fragment}...; got [{}]",
                        shown(&errors)
                    ));
                }
                let message = entente::Error::knowledge_base(&errors).to_string();
                if !message.contains(&format!("{file}:{line}")) {
                    failures.push(format!("{case}: the error message {message:?}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The data files, as `build.rs` reads them.
fn data() -> Vec<(String, String)> {
    kb::FILES
        .iter()
        .map(|(name, _)| {
            let path = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("data")
                .join(name);
            let text = std::fs::read_to_string(&path).expect("read data/");
            (name.to_string(), text)
        })
        .collect()
}

/// The data files parsed as they are, with no error.
fn parsed(files: &[(String, String)]) -> Tables<'_> {
    let mut tables = Tables::default();
    let mut errors = Vec::new();
    for (name, text) in files {
        kb::parse_into(&mut tables, name, name, text, &mut errors);
    }
    assert!(errors.is_empty(), "{}", shown(&errors));
    tables
}

/// `build.rs`'s check: every file as `data/FILE`, no base.
fn check_like_build(files: &[(String, String)]) -> Vec<KbError> {
    let files: Vec<(&str, &str)> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    kb::check_files(&files, "data/")
}

#[test]
fn kb_004_data_passes_the_build_checks() {
    let errors = check_like_build(&data());
    assert!(errors.is_empty(), "{}", shown(&errors));
}

/// One fault appended to one data file: the file, the line appended, a fragment of the error.
type Fault = (&'static str, &'static str, &'static str, &'static str);

#[rustfmt::skip]
const FAULTS: &[Fault] = &[
    ("data_001_duplicate_person", "persons.txt", "zz-duplicate | Zz Duplicate | | USA\nzz-duplicate | Zz Duplicate | | USA", "duplicate id \"zz-duplicate\""),
    ("data_002_unknown_affiliation", "persons.txt", "zz-nobody | Zz Nobody | | ZZZ", "unknown affiliation \"ZZZ\""),
    ("data_003_overlapping_term", "offices.txt", "USA | President | joe-biden | 2022 | 2023", "term overlaps"),
    ("data_004_unknown_member", "memberships.txt", "WTO | ZZZ | 2000 |", "unknown country code \"ZZZ\""),
    ("data_005_wrong_field_count", "countries.txt", "ZZZ | Zedland | Republic of Zedland", "3 fields, expected 9"),
    ("data_006_unsorted", "places.txt", "aaa-first | Aaa First | | USA | city", "not sorted"),
    ("data_007_unknown_place_country", "places.txt", "zzz-town | Zzz Town | | ZZZ | city", "unknown country code \"ZZZ\""),
    ("data_008_duplicate_alpha2", "countries.txt", "ZZZ | Zedland | | | | | | | UA", "alpha-2 code \"UA\" of \"ZZZ\" is already \"UKR\"'s (line"),
    ("data_009_malformed_alpha2", "countries.txt", "ZZZ | Zedland | | | | | | | ZZZ", "alpha-2 code \"ZZZ\" of \"ZZZ\" is not two capitals"),
];

#[test]
fn kb_005_build_checks_name_the_data_file_and_line() {
    let mut failures = Vec::new();
    for &(name, file, appended, fragment) in FAULTS {
        let mut files = data();
        let (_, text) = files
            .iter_mut()
            .find(|(n, _)| n == file)
            .expect("a data file");
        if !text.ends_with('\n') {
            text.push('\n');
        }
        // The fault is reported on the last line appended.
        let line = text.lines().count() as u32 + appended.lines().count() as u32;
        text.push_str(appended);
        text.push('\n');
        let errors = check_like_build(&files);
        let want = format!("data/{file}");
        if !matches(&errors, &want, line, fragment) {
            failures.push(format!(
                "{name}: want {want}:{line}: ...{fragment}...; got [{}]",
                shown(&errors)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn dated(date: &str) -> Options {
    Options {
        date: Some(date.into()),
        id: None,
    }
}

fn entity<'a>(a: &'a Analysis, id: &str) -> Option<&'a entente::output::EntityOut> {
    a.entities.iter().find(|e| e.id == id)
}

fn flag<'a>(a: &'a Analysis, id: &str) -> Option<&'a str> {
    entity(a, id).and_then(|e| e.flag.as_deref())
}

#[test]
fn kb_006_good_additions_check_clean() {
    let files = fixture("good");
    let errors = check_directly("good", &files);
    assert!(errors.is_empty(), "{}", shown(&errors));
}

#[test]
fn kb_007_good_additions_end_to_end() {
    let gaz = with_extra(&fixture("good")).unwrap_or_else(|e| panic!("{}", shown(&e)));
    let text = "Freedonia condemned Sylvania. The Freedonian president met Trentino in Marxburg. \
                The Freedonia-Sylvania League met in Fredville.";

    let before = analyze_with(&gaz, text, &dated("1932-06-01")).expect("analysis");
    let after = analyze_with(&gaz, text, &dated("1935-06-01")).expect("analysis");
    for a in [&before, &after] {
        for id in ["FDN", "SYV", "trentino-of-sylvania", "marxburg", "FSL"] {
            assert!(entity(a, id).is_some(), "{id} missing: {:?}", a.entities);
        }
        assert_eq!(entity(a, "FDN").map(|e| e.kind.as_str()), Some("country"));
        assert_eq!(
            entity(a, "marxburg").and_then(|e| e.country.as_deref()),
            Some("FDN")
        );
        assert_eq!(
            entity(a, "trentino-of-sylvania").and_then(|e| e.affiliation.as_deref()),
            Some("SYV")
        );
        // An added alpha-2 code makes a flag; an empty one makes none.
        assert_eq!(flag(a, "FDN"), Some("🇽🇫"));
        assert_eq!(flag(a, "SYV"), None);
        assert!(
            a.relations
                .iter()
                .any(|r| r.source == "FDN" && r.target == "SYV" && r.polarity == -1),
            "Freedonia condemned Sylvania: {:?}",
            a.relations
        );
    }
    // The office is resolved by the date, from the added terms.
    assert!(
        entity(&before, "gloria-teasdale").is_some(),
        "{:?}",
        before.entities
    );
    assert!(entity(&before, "rufus-firefly").is_none());
    assert!(
        entity(&after, "rufus-firefly").is_some(),
        "{:?}",
        after.entities
    );
    assert!(entity(&after, "gloria-teasdale").is_none());
    // Memberships come out as background, by date.
    let member = |a: &Analysis, m: &str| {
        a.background
            .iter()
            .any(|b| b.kind == "MEMBER" && b.source == m && b.target == "FSL")
    };
    assert!(
        member(&before, "FDN") && member(&before, "SYV"),
        "{:?}",
        before.background
    );
    assert!(
        member(&after, "FDN") && !member(&after, "SYV"),
        "{:?}",
        after.background
    );

    // The built-in base knows none of it.
    let plain = analyze(text, &dated("1935-06-01")).expect("analysis");
    assert!(entity(&plain, "FDN").is_none() && entity(&plain, "marxburg").is_none());
}

#[test]
fn kb_008_countries_carry_their_flag() {
    let a =
        analyze("Ukraine and Poland signed an accord.", &dated("2024-01-01")).expect("analysis");
    assert_eq!(flag(&a, "UKR"), Some("🇺🇦"));
    assert_eq!(flag(&a, "POL"), Some("🇵🇱"));

    // Organizations, places and historic states have none, and the key is left out.
    let a = analyze(
        "The Soviet Union condemned NATO. The talks were held in Vilnius.",
        &dated("1990-01-01"),
    )
    .expect("analysis");
    for id in ["SUN", "NATO"] {
        assert!(entity(&a, id).is_some(), "{id} missing: {:?}", a.entities);
        assert_eq!(flag(&a, id), None, "{id}");
    }
    assert!(
        a.entities.iter().all(|e| e.flag.is_none()),
        "{:?}",
        a.entities
    );
    let json = serde_json::to_string(&a).expect("json");
    assert!(!json.contains("\"flag\""), "{json}");
}

/// The codes easiest to confuse, with the flag each must make.
#[rustfmt::skip]
const FLAGS: &[(&str, &str, &str)] = &[
    ("AUS", "AU", "🇦🇺"), ("AUT", "AT", "🇦🇹"), ("COD", "CD", "🇨🇩"), ("COG", "CG", "🇨🇬"),
    ("CZE", "CZ", "🇨🇿"), ("DMA", "DM", "🇩🇲"), ("DOM", "DO", "🇩🇴"), ("ESH", "EH", "🇪🇭"),
    ("GEO", "GE", "🇬🇪"), ("GIN", "GN", "🇬🇳"), ("GNB", "GW", "🇬🇼"), ("GNQ", "GQ", "🇬🇶"),
    ("MKD", "MK", "🇲🇰"), ("NER", "NE", "🇳🇪"), ("NGA", "NG", "🇳🇬"), ("PSE", "PS", "🇵🇸"),
    ("SDN", "SD", "🇸🇩"), ("SSD", "SS", "🇸🇸"), ("SVK", "SK", "🇸🇰"), ("SVN", "SI", "🇸🇮"),
    ("SWZ", "SZ", "🇸🇿"), ("TWN", "TW", "🇹🇼"), ("UKR", "UA", "🇺🇦"), ("VAT", "VA", "🇻🇦"),
    ("XKX", "XK", "🇽🇰"),
];

#[test]
fn kb_009_builtin_flags_are_distinct_regional_indicator_pairs() {
    use entente::gazetteer::Kind;
    use std::collections::HashMap;

    let regional = '\u{1F1E6}'..='\u{1F1FF}';
    let mut seen: HashMap<String, &str> = HashMap::new();
    let mut flagless = Vec::new();
    let mut failures = Vec::new();
    for e in &Gazetteer::builtin().entities {
        let Some(f) = e.flag() else {
            if e.kind == Kind::Country {
                flagless.push(e.id.as_ref());
            }
            continue;
        };
        let chars: Vec<char> = f.chars().collect();
        if e.kind != Kind::Country {
            failures.push(format!("{}: a {:?} with a flag", e.id, e.kind));
        }
        if chars.len() != 2 || !chars.iter().all(|c| regional.contains(c)) {
            failures.push(format!("{}: {f:?} is not two regional indicators", e.id));
        }
        if let Some(other) = seen.insert(f.clone(), &e.id) {
            failures.push(format!("{}: flag {f} is also {other}'s", e.id));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    flagless.sort();
    assert_eq!(
        flagless,
        ["CSK", "DDR", "SUN", "YUG"],
        "only historic states have no flag"
    );
    assert!(seen.len() > 190, "{} flags", seen.len());
    for &(id, code, want) in FLAGS {
        let e = Gazetteer::builtin()
            .entities
            .iter()
            .find(|e| e.id == id)
            .unwrap_or_else(|| panic!("{id} is not in the built-in base"));
        assert_eq!(e.alpha2.as_deref(), Some(code), "{id}");
        assert_eq!(e.flag().as_deref(), Some(want), "{id}");
    }
}

/// A newsroom's countries file written before the alpha-2 field existed (eight fields) still
/// loads; its countries simply have no flag.
#[test]
fn kb_010_countries_without_the_alpha2_field_still_load() {
    let files = vec![(
        "countries.txt".to_string(),
        "QQA | Quaxland | Republic of Quaxland | | Quaxian | Quaxians | Quaxville |\n".to_string(),
    )];
    let gaz = with_extra(&files).unwrap_or_else(|e| panic!("{}", shown(&e)));
    let a =
        analyze_with(&gaz, "Quaxland condemned Russia.", &dated("2024-01-01")).expect("analysis");
    assert_eq!(entity(&a, "QQA").map(|e| e.kind.as_str()), Some("country"));
    assert_eq!(flag(&a, "QQA"), None);
    assert!(
        a.relations
            .iter()
            .any(|r| r.source == "QQA" && r.target == "RUS"),
        "{:?}",
        a.relations
    );
}

#[test]
fn kb_011_dates_take_three_shapes_and_nothing_else() {
    for (text, day) in [
        ("2024", 20240101),
        ("2024-03", 20240301),
        ("2024-02-29", 20240229),
        (" 1999-12-31 ", 19991231),
        ("", 0),
    ] {
        assert_eq!(kb::parse_day(text), Ok(day), "{text:?}");
    }
    for text in [
        "2023-02-29",
        "2024-13",
        "2024-00-10",
        "2024-04-31",
        "2024-1-05",
        "24-01-05",
        "20240-01-05",
        "2024/01/05",
        "2024-01-05-01",
        "0999",
        "２０２４",
        "2024-0a",
    ] {
        let error = kb::parse_day(text).expect_err(text);
        assert!(error.contains("bad date"), "{text:?}: {error}");
    }
}

#[test]
fn kb_012_records_keep_line_numbers_through_comments_blanks_and_crlf() {
    // Line 1 a comment, 2 blank, 3 a record with CRLF and padded fields, 4 white space only,
    // 5 a record with a field too many, 6 a record without a final newline.
    let text = "# persons\n\n  ann-x |  Ann X  | Annie | FRA \r\n \t \nbob-y | Bob Y | | GBR | extra\ncid-z|Cid Z||DEU";
    let mut tables = Tables::default();
    let mut errors = Vec::new();
    kb::parse_into(&mut tables, "persons.txt", "mine.txt", text, &mut errors);
    let got: Vec<(u32, &str, &str, &str, &str)> = tables
        .persons
        .iter()
        .map(|p| (p.line, p.id, p.name, p.aliases, p.affiliation))
        .collect();
    assert_eq!(
        got,
        [
            (3, "ann-x", "Ann X", "Annie", "FRA"),
            (6, "cid-z", "Cid Z", "", "DEU")
        ]
    );
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!((errors[0].file.as_str(), errors[0].line), ("mine.txt", 5));
    assert!(
        errors[0].message.contains("5 fields, expected 4"),
        "{errors:?}"
    );
}

#[test]
fn kb_013_trigger_intensities_are_read_like_numbers() {
    let row = |intensity: &str| format!("backed | SUPPORT | verb | | {intensity}\n");
    for (text, want) in [
        ("7.5", 7.5f32),
        ("-3", -3.0),
        ("+2.25", 2.25),
        ("0.3", 0.3),
        ("10", 10.0),
        ("-10.0", -10.0),
        (".5", 0.5),
    ] {
        let mut tables = Tables::default();
        let mut errors = Vec::new();
        let file = row(text);
        kb::parse_into(&mut tables, "triggers.txt", "t.txt", &file, &mut errors);
        assert!(errors.is_empty(), "{text}: {errors:?}");
        assert_eq!(tables.triggers[0].intensity, want, "{text}");
        assert_eq!(text.parse::<f32>().ok(), Some(want), "{text}");
    }
    for text in [
        "", "-", ".", "10.5", "11", "1e1", "7,5", "1.2345", "--1", "nan", "inf", " ",
    ] {
        let mut tables = Tables::default();
        let mut errors = Vec::new();
        let file = row(text);
        kb::parse_into(&mut tables, "triggers.txt", "t.txt", &file, &mut errors);
        assert!(
            errors.iter().any(|e| e.message.contains("bad intensity")),
            "{text:?}: {errors:?}"
        );
    }
}

/// The built-in terms of office are packed as numbers by `build.rs` (`kb::pack_offices`): read
/// back, they are `data/offices.txt` term for term.
#[test]
fn kb_014_packed_offices_read_back_as_written() {
    let files = data();
    let tables = parsed(&files);
    let key = |o: &kb::Office<'_>| {
        (
            o.holder.to_string(),
            o.role.to_string(),
            o.person.to_string(),
            o.from,
            o.to,
        )
    };
    let want: Vec<_> = tables.offices.iter().map(key).collect();
    let got: Vec<_> = builtin_tables().offices.iter().map(key).collect();
    assert_eq!(want.len(), got.len());
    for (w, g) in want.iter().zip(&got) {
        assert_eq!(w, g);
    }
    let mut again = tables.clone();
    again.offices.clear();
    kb::unpack_offices(&kb::pack_offices(&tables), &mut again);
    assert_eq!(again.offices.iter().map(key).collect::<Vec<_>>(), want);
}

/// `build.rs` leaves out of the packed tables a person's or a place's id that is its name's
/// slug, and the core makes it again (`kb::fill_slugs`): read back, every person and place has
/// the id `data/` gives it, in the same order, and most were left out (else the packing does
/// nothing).
#[test]
fn kb_015_slugged_ids_read_back_as_written() {
    let files = data();
    let tables = parsed(&files);
    let built = builtin_tables();
    let persons = |t: &Tables<'_>| {
        t.persons
            .iter()
            .map(|p| p.id.to_string())
            .collect::<Vec<_>>()
    };
    let places = |t: &Tables<'_>| {
        t.places
            .iter()
            .map(|p| p.id.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(persons(&built), persons(&tables));
    assert_eq!(places(&built), places(&tables));
    let slugged = tables
        .persons
        .iter()
        .filter(|p| kb::slug(p.name) == p.id)
        .count();
    assert!(
        slugged * 10 > tables.persons.len() * 9,
        "{slugged} of {}",
        tables.persons.len()
    );
    for (name, id) in [
        ("Abdullah Gül", "abdullah-gul"),
        ("Gideon Sa'ar", "gideon-saar"),
        ("A. K. Antony", "a-k-antony"),
        ("Milo Đukanović", "milo-dukanovic"),
        (" -Kyiv- ", "kyiv"),
    ] {
        assert_eq!(kb::slug(name), id);
    }
}

#[test]
fn kb_016_surname_aliases_read_back_as_written() {
    let files = data();
    let tables = parsed(&files);
    let built = builtin_tables();
    assert_eq!(built.persons.len(), tables.persons.len());
    let mut short = 0;
    for (b, t) in built.persons.iter().zip(&tables.persons) {
        let last = b.name.rsplit(' ').next().unwrap_or_default();
        let read: Vec<&str> = kb::list(b.aliases)
            .map(|a| if a == kb::SURNAME { last } else { a })
            .collect();
        let written: Vec<&str> = kb::list(t.aliases).collect();
        assert_eq!(read, written, "{}", t.name);
        short += usize::from(b.aliases.contains(kb::SURNAME));
    }
    // Most persons' first alias is their surname, written short in the built-in tables.
    assert!(
        short * 2 > tables.persons.len(),
        "{short} of {}",
        tables.persons.len()
    );
}
