//! The look-alikes of the knowledge base, one row each: names that are also other things
//! (Georgia the US state, Jordan the first name, turkey the bird, "us" the pronoun), states with
//! names inside other states' names (Niger in Nigeria, the Guineas, the Congos, the Sudans),
//! office titles resolved by the document's date, and capitals as actors or as places.
//!
//! A row names the ids that must be entities of the analysis and the ids that must not. An id
//! written `id@XXX` must also carry `XXX` as its `country` (places) or `affiliation` (persons).

use entente::{analyze, Analysis, Options};

/// One row: name, date (empty for none), text, ids that must be entities, ids that must not.
type Row = (
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
);

#[rustfmt::skip]
const TABLE: &[Row] = &[
    // Georgia: the country, the US state.
    ("lookalike_001_georgia_us_state_atlanta", "2024-01-10", "Atlanta, Georgia, hosted the party convention on Tuesday.", &["atlanta@USA", "us-georgia@USA"], &["GEO"]),
    ("lookalike_002_georgia_us_state_governor", "2024-01-10", "Georgia's governor signed the bill in Atlanta.", &["us-georgia@USA"], &["GEO"]),
    ("lookalike_003_georgia_country_tbilisi", "2024-01-10", "Tbilisi accused Moscow of provocation.", &["GEO", "RUS"], &["us-georgia"]),
    ("lookalike_004_georgia_country_eu", "2024-01-10", "Georgia's ruling party passed a foreign agents law, and the EU criticised Tbilisi.", &["GEO", "EU"], &["us-georgia"]),
    // Jordan, Chad, Israel: names of people.
    ("lookalike_005_jordan_first_name", "2024-01-10", "Jordan Henderson scored twice for Liverpool.", &[], &["JOR"]),
    ("lookalike_006_jordan_surname", "2024-01-10", "Michael Jordan retired from basketball in 1999.", &[], &["JOR"]),
    ("lookalike_007_jordan_country", "2024-01-10", "Jordan condemned the Israeli raid.", &["JOR", "ISR"], &[]),
    ("lookalike_008_jordan_capital", "2024-01-10", "Amman condemned the raid.", &["JOR"], &[]),
    ("lookalike_009_chad_first_name", "2024-01-10", "Chad Smith played the drums at the concert.", &[], &["TCD"]),
    ("lookalike_010_chad_country", "2024-01-10", "Chad expelled French troops.", &["TCD", "FRA"], &[]),
    ("lookalike_011_israel_first_name", "2024-01-10", "Israel Adesanya won the fight in Perth.", &[], &["ISR"]),
    ("lookalike_012_israel_country", "2024-01-10", "Israel struck targets in Gaza.", &["ISR", "gaza-strip@PSE"], &[]),
    // turkey the bird.
    ("lookalike_013_turkey_bird", "2024-01-10", "The family roasted a turkey for Thanksgiving.", &[], &["TUR"]),
    ("lookalike_014_turkey_country", "2023-01-10", "Turkey blocked Sweden's NATO bid.", &["TUR", "SWE", "NATO"], &[]),
    ("lookalike_015_turkiye_country", "2023-01-10", "Türkiye blocked Sweden's NATO bid.", &["TUR", "SWE", "NATO"], &[]),
    // Niger and Nigeria.
    ("lookalike_016_niger_not_nigeria", "2023-09-10", "Niger expelled French troops.", &["NER", "FRA"], &["NGA"]),
    ("lookalike_017_nigeria_not_niger", "2023-09-10", "Nigeria condemned the coup.", &["NGA"], &["NER"]),
    ("lookalike_018_nigerian_and_nigerien", "2023-09-10", "Nigerian troops massed on the border as the Nigerien junta defied ECOWAS.", &["NGA", "NER", "ECOWAS"], &[]),
    ("lookalike_019_abuja_and_niamey", "2023-09-10", "Abuja warned Niamey.", &["NGA", "NER"], &[]),
    // The two Congos.
    ("lookalike_020_dr_congo", "2024-01-10", "DR Congo accused Rwanda of backing M23.", &["COD", "RWA"], &["COG"]),
    ("lookalike_021_drc", "2024-01-10", "The DRC and Rwanda signed a peace deal.", &["COD", "RWA"], &["COG"]),
    ("lookalike_022_kinshasa", "2024-01-10", "Kinshasa accused Kigali of backing the rebels.", &["COD", "RWA"], &["COG"]),
    ("lookalike_023_congo_brazzaville", "2024-01-10", "Congo-Brazzaville signed a loan deal with China.", &["COG", "CHN"], &["COD"]),
    ("lookalike_024_republic_of_the_congo", "2024-01-10", "The Republic of the Congo signed a deal with China. Brazzaville welcomed the loan.", &["COG", "CHN"], &["COD"]),
    // Korea, North and South.
    ("lookalike_025_north_korea", "2024-01-10", "North Korea fired a missile.", &["PRK"], &["KOR"]),
    ("lookalike_026_south_korea", "2024-01-10", "South Korea condemned the launch.", &["KOR"], &["PRK"]),
    ("lookalike_027_bare_korea", "2024-01-10", "Korea was divided in 1945.", &[], &["KOR", "PRK"]),
    ("lookalike_028_seoul_and_pyongyang", "2024-01-10", "Seoul accused Pyongyang of sending balloons.", &["KOR", "PRK"], &[]),
    // Sudan and South Sudan.
    ("lookalike_029_south_sudan_not_sudan", "2024-01-10", "South Sudan closed its border.", &["SSD"], &["SDN"]),
    ("lookalike_030_sudan_and_south_sudan", "2024-01-10", "South Sudan accused Sudan of backing rebels.", &["SSD", "SDN"], &[]),
    ("lookalike_031_sudanese_demonyms", "2024-01-10", "Sudanese forces clashed with South Sudanese troops.", &["SDN", "SSD"], &[]),
    ("lookalike_032_khartoum_and_juba", "2024-01-10", "Khartoum accused Juba of backing rebels.", &["SDN", "SSD"], &[]),
    // The Guineas.
    ("lookalike_033_guinea", "2024-01-10", "Guinea's junta dissolved the government.", &["GIN"], &["GNB", "GNQ", "PNG"]),
    ("lookalike_034_guinea_bissau", "2024-01-10", "Guinea-Bissau held elections.", &["GNB"], &["GIN", "GNQ", "PNG"]),
    ("lookalike_035_equatorial_guinea", "2024-01-10", "Equatorial Guinea signed a deal with China.", &["GNQ", "CHN"], &["GIN", "GNB", "PNG"]),
    ("lookalike_036_papua_new_guinea", "2024-01-10", "Papua New Guinea signed a security pact with Australia.", &["PNG", "AUS"], &["GIN", "GNB", "GNQ"]),
    ("lookalike_037_guinea_capitals", "2024-01-10", "Conakry and Bissau signed a deal. Malabo and Port Moresby welcomed it.", &["GIN", "GNB", "GNQ", "PNG"], &[]),
    // Dominica and the Dominican Republic.
    ("lookalike_038_dominica", "2024-01-10", "Dominica signed a deal with Venezuela.", &["DMA", "VEN"], &["DOM"]),
    ("lookalike_039_dominican_republic", "2024-01-10", "The Dominican Republic deported Haitians.", &["DOM", "HTI"], &["DMA"]),
    ("lookalike_040_dominican_demonym", "2024-01-10", "Dominican officials met Dominica's prime minister.", &["DOM", "DMA"], &[]),
    // Washington: the capital acting, the capital as a place, the state, a surname.
    ("lookalike_041_washington_capital_acting", "2024-01-10", "Washington warned Beijing over Taiwan.", &["USA", "CHN"], &["washington"]),
    ("lookalike_042_washington_capital_place", "2024-01-10", "Talks in Washington ended without a deal.", &["washington@USA"], &["USA"]),
    ("lookalike_043_washington_state", "2024-01-10", "Washington state passed a new law on wages.", &["us-washington@USA"], &["USA"]),
    ("lookalike_044_washington_surname_denzel", "2024-01-10", "Denzel Washington won an award.", &[], &["USA", "washington"]),
    ("lookalike_045_washington_surname_george", "2024-01-10", "George Washington crossed the Delaware.", &[], &["USA", "washington"]),
    // "US" and "us".
    ("lookalike_046_us_pronoun", "2024-01-10", "Let us hope for peace, the minister told us.", &[], &["USA"]),
    ("lookalike_047_us_country", "2024-01-10", "The US sanctioned Iran.", &["USA", "IRN"], &[]),
    ("lookalike_048_us_pronoun_and_country", "2024-01-10", "Several of us wrote to the editor; US officials did not reply.", &["USA"], &[]),
    // "UN" and the words that contain it.
    ("lookalike_049_un", "2024-01-10", "The UN condemned the attack.", &["UN"], &[]),
    ("lookalike_050_un_backed", "2024-01-10", "The UN-backed government welcomed the envoy.", &["UN"], &[]),
    ("lookalike_051_unesco", "2024-01-10", "UNESCO listed the site.", &["UNESCO"], &["UN"]),
    ("lookalike_052_unita", "2024-01-10", "UNITA rebels attacked a convoy.", &[], &["UN"]),
    ("lookalike_053_unhappy", "2024-01-10", "UNHappy fans left the stadium early.", &[], &["UN"]),
    // Macedonia: the Greek region, North Macedonia.
    ("lookalike_054_macedonia_greek_region", "2024-01-10", "Thessaloniki, the capital of Macedonia, hosted a festival.", &["thessaloniki@GRC"], &["MKD"]),
    ("lookalike_055_macedonia_greek_macedonia", "2024-01-10", "Thessaloniki is the largest city in Greek Macedonia.", &["thessaloniki@GRC"], &["MKD"]),
    ("lookalike_056_north_macedonia", "2024-01-10", "North Macedonia joined NATO in 2020.", &["MKD", "NATO"], &[]),
    ("lookalike_057_skopje", "2024-01-10", "Skopje welcomed the decision.", &["MKD"], &[]),
    // "the Gulf": the sea, the states, the other gulfs.
    ("lookalike_058_the_gulf_sea", "2024-01-10", "Iran threatened shipping in the Gulf.", &["IRN", "persian-gulf"], &["GULF"]),
    ("lookalike_059_gulf_states", "2024-01-10", "The Gulf states backed Egypt.", &["GULF", "EGY"], &["persian-gulf"]),
    ("lookalike_060_gulf_of_oman", "2024-01-10", "Iran seized a tanker in the Gulf of Oman.", &["IRN", "gulf-of-oman"], &["persian-gulf", "GULF"]),
    ("lookalike_061_gulf_of_mexico", "2024-01-10", "Hurricanes hit the Gulf of Mexico.", &["gulf-of-mexico"], &["persian-gulf", "GULF"]),
    ("lookalike_062_the_gulf_state", "2024-01-10", "Qatar hosted the talks. The Gulf state also backed Egypt's plan.", &["QAT", "EGY"], &["persian-gulf"]),
    // Office-holders by the document's date.
    ("office_001_indian_pm_2013", "2013-05-01", "The Indian prime minister visited Tokyo.", &["IND", "manmohan-singh@IND"], &["narendra-modi"]),
    ("office_002_indian_pm_2023", "2023-05-01", "The Indian prime minister visited Tokyo.", &["IND", "narendra-modi@IND"], &["manmohan-singh"]),
    ("office_003_president_trump_2018", "2018-06-12", "President Trump met Kim Jong Un in Singapore.", &["donald-trump@USA", "kim-jong-un@PRK"], &[]),
    ("office_004_president_trump_2025", "2025-03-01", "President Trump spoke with Zelensky.", &["donald-trump@USA", "volodymyr-zelensky@UKR"], &[]),
    ("office_005_ivorian_pm_2015", "2015-03-01", "The Ivorian prime minister visited Paris.", &["CIV", "daniel-kablan-duncan@CIV"], &["patrick-achi"]),
    ("office_006_ivorian_pm_2023", "2023-03-01", "The Ivorian prime minister visited Paris.", &["CIV", "patrick-achi@CIV"], &["daniel-kablan-duncan"]),
    ("office_007_japanese_emperor_2018", "2018-06-01", "Japan's emperor received the Omani sultan.", &["akihito@JPN", "qaboos-bin-said@OMN"], &["naruhito", "haitham-bin-tariq"]),
    ("office_008_japanese_emperor_2023", "2023-06-01", "Japan's emperor received the Omani sultan.", &["naruhito@JPN", "haitham-bin-tariq@OMN"], &["akihito", "qaboos-bin-said"]),
    ("office_009_european_parliament_president", "2023-06-01", "European Parliament President Roberta Metsola visited Kyiv.", &["roberta-metsola@EU", "UKR"], &[]),
    // A title that names its institution, in the case the news writes it, resolves by date.
    ("office_010_ep_president_lower_case_2018", "2018-06-01", "The European Parliament president visited Kyiv.", &["antonio-tajani@EU", "UKR"], &["roberta-metsola", "EUROPEAN_PARLIAMENT"]),
    ("office_011_ep_president_lower_case_2023", "2023-06-01", "The European Parliament president visited Kyiv.", &["roberta-metsola@EU", "UKR"], &["antonio-tajani"]),
    ("office_012_president_of_the_ep", "2023-06-01", "Zelensky met the president of the European Parliament.", &["roberta-metsola@EU", "volodymyr-zelensky"], &[]),
    ("office_013_eu_foreign_policy_chief", "2021-03-01", "The EU foreign policy chief criticised Russia.", &["josep-borrell@EU", "RUS"], &[]),
    ("office_014_au_commission_chairperson", "2023-03-01", "The AU Commission chairperson met Putin.", &["moussa-faki@AU", "vladimir-putin"], &[]),
    // A title that names no institution stays unresolved when several states hold the role,
    // and also when only one state's holders are known.
    ("office_015_spokesperson_of_no_one", "2024-03-01", "The spokesperson said the talks would go on.", &[], &["dmitry-peskov", "RUS"]),
    // Capitals: actors when they act, places where things happen.
    ("capital_001_vilnius_place", "2023-07-11", "Talks in Vilnius ended without a deal.", &["vilnius@LTU"], &["LTU"]),
    ("capital_002_moscow_acting", "2024-01-10", "Moscow warned Kyiv against joining NATO.", &["RUS", "UKR"], &["moscow"]),
    ("capital_003_odesa_place", "2024-01-10", "Russian strikes near Odesa killed three people.", &["RUS", "odesa@UKR"], &[]),
    // A minister the text names without a state is the state's the story opens with; not a
    // title after a verb or after another modifier.
    ("context_001_minister_of_the_lede", "2019-12-06", "Greece expelled Libya's ambassador on Friday. Foreign Minister Nikos Dendias accused Ankara of meddling.", &["nikos-dendias@GRC", "TUR"], &[]),
    ("context_002_minister_with_clause", "2021-08-24", "Algeria severed relations with Morocco on Tuesday, with Foreign Minister Ramtane Lamamra accusing Rabat of hostile acts.", &["ramtane-lamamra@DZA", "MAR"], &[]),
    ("context_003_object_of_a_verb", "2024-04-06", "Mexico broke off relations with Ecuador after police arrested former vice-president Jorge Glas.", &["MEX", "ECU"], &["jorge-glas@MEX"]),
    ("context_004_other_modifier", "2025-07-03", "Russia recognised the Taliban government. Taliban Foreign Minister Amir Khan Muttaqi hailed the decision.", &["RUS"], &["khan-muttaqi@RUS", "amir-khan-muttaqi@RUS"]),
    ("context_005_place_is_not_the_lede", "2020-11-13", "Election officials in Georgia began a recount. Secretary of State Brad Raffensperger said the count would end soon.", &[], &["brad-raffensperger@GEO"]),
    // Names inside longer names, and states that no longer exist as descriptions.
    ("inside_001_west_african", "2019-12-10", "The Gambia filed the case. The small West African nation asked the court to act.", &["GMB"], &["WEST"]),
    ("inside_002_former_soviet", "2022-09-13", "Armenia and Azerbaijan, former Soviet neighbours, clashed again.", &["ARM", "AZE"], &["SUN"]),
    ("inside_003_soviet_acting", "1980-01-10", "Soviet troops invaded Afghanistan.", &["SUN", "AFG"], &[]),
];

fn has(a: &Analysis, want: &str) -> bool {
    let (id, of) = match want.split_once('@') {
        Some((id, of)) => (id, Some(of)),
        None => (want, None),
    };
    a.entities.iter().any(|e| {
        e.id == id
            && of.is_none_or(|of| {
                e.country.as_deref() == Some(of) || e.affiliation.as_deref() == Some(of)
            })
    })
}

fn describe(a: &Analysis) -> String {
    let entities: Vec<String> = a
        .entities
        .iter()
        .map(|e| match (&e.country, &e.affiliation) {
            (Some(c), _) => format!("{}@{c}", e.id),
            (None, Some(x)) => format!("{}@{x}", e.id),
            _ => e.id.clone(),
        })
        .collect();
    let mentions: Vec<String> = a
        .mentions
        .iter()
        .map(|m| format!("{:?}->{} ({})", m.text, m.entity, m.via))
        .collect();
    format!(
        "entities [{}], mentions [{}]",
        entities.join(", "),
        mentions.join(", ")
    )
}

#[test]
fn lookalikes() {
    let mut names: Vec<&str> = TABLE.iter().map(|r| r.0).collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), TABLE.len(), "row names must be unique");

    let mut failures = Vec::new();
    for &(name, date, text, must, must_not) in TABLE {
        let options = Options {
            date: (!date.is_empty()).then(|| date.to_string()),
            id: None,
        };
        let a = analyze(text, &options).expect("analysis");
        let missing: Vec<&str> = must.iter().copied().filter(|w| !has(&a, w)).collect();
        let wrong: Vec<&str> = must_not.iter().copied().filter(|w| has(&a, w)).collect();
        if !missing.is_empty() || !wrong.is_empty() {
            failures.push(format!(
                "{name}: {text:?}\n    missing {missing:?}, unwanted {wrong:?}\n    got {}",
                describe(&a)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows failed:\n{}",
        failures.len(),
        TABLE.len(),
        failures.join("\n")
    );
}

#[test]
fn office_by_title_without_date_warns() {
    let text = "The Indian prime minister visited Tokyo.";
    let undated = analyze(text, &Options::default()).expect("analysis");
    assert!(
        undated.entities.iter().any(|e| e.kind == "person"),
        "the title should resolve to a person: {}",
        describe(&undated)
    );
    assert!(
        !undated.warnings.is_empty(),
        "an office-holder resolved without a date must give a warning"
    );
    let dated = analyze(
        text,
        &Options {
            date: Some("2023-05-01".into()),
            id: None,
        },
    )
    .expect("analysis");
    assert!(
        dated.warnings.is_empty(),
        "with a date there is nothing to warn about: {:?}",
        dated.warnings
    );
}

#[test]
fn office_roles_name_their_holder_once() {
    let dated = |text: &str| {
        analyze(
            text,
            &Options {
                date: Some("2023-06-01".into()),
                id: None,
            },
        )
        .expect("analysis")
    };
    let role = |a: &Analysis, id: &str| {
        a.entities
            .iter()
            .find(|e| e.id == id)
            .and_then(|e| e.role.clone())
    };
    let a = dated("The European Parliament president met President Zelensky.");
    assert_eq!(
        role(&a, "roberta-metsola").as_deref(),
        Some("President of the European Parliament"),
        "{}",
        describe(&a)
    );
    assert_eq!(
        role(&a, "volodymyr-zelensky").as_deref(),
        Some("President of Ukraine"),
        "{}",
        describe(&a)
    );
}
