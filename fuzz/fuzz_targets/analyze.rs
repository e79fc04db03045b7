//! Any input, never a panic, and every analysis keeps the `entente/1` contract
//! (`entente::output::check_invariants`): spans inside the text, on character boundaries,
//! equal to their text; every endpoint a listed entity. The JSON the batch and the page write
//! directly (`analyze_json_with`) is byte for byte serde_json's of the same analysis.
//!
//! The first byte picks the date and how the rest becomes text: as UTF-8 as it stands (so a
//! seed can be a real article), or as a program over a vocabulary of names, titles and
//! triggers (`fuzz/vocab.txt`), separators and arbitrary characters, which reaches the
//! analyser's deeper paths far sooner than random bytes do.
#![no_main]

use entente::{analyze, output::check_invariants, Options};
use libfuzzer_sys::fuzz_target;

const VOCAB: &str = include_str!("../vocab.txt");

const SEPARATORS: [&str; 16] = [
    "", ". ", ", ", "\n", "\"", "“", "”", "'", "’s ", "(", ")", "-", " — ", "! ", "? ", "; ",
];

const DATES: [Option<&str>; 4] = [
    None,
    Some("1987-06-01"),
    Some("2019-05-01"),
    Some("2024-01-10"),
];

fn text_of(data: &[u8]) -> String {
    let words: Vec<&str> = VOCAB.lines().filter(|l| !l.is_empty()).collect();
    let mut out = String::new();
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        i += 1;
        match b {
            0x00..=0xBF => {
                let w = words[usize::from(b) % words.len()];
                if w.starts_with('-') && out.ends_with(' ') {
                    out.pop();
                }
                out.push_str(w);
                out.push(' ');
            }
            0xC0..=0xCF => out.push_str(SEPARATORS[usize::from(b - 0xC0)]),
            _ => {
                let lo = data
                    .get(i..i + 2)
                    .map_or(0, |x| u32::from(u16::from_le_bytes([x[0], x[1]])));
                i += 2;
                let code = (u32::from(b - 0xD0) * 0x1_0000 + lo) % 0x11_0000;
                out.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
            }
        }
    }
    out
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let text = if mode & 1 == 1 {
        String::from_utf8_lossy(rest).into_owned()
    } else {
        text_of(rest)
    };
    let options = Options {
        date: DATES[usize::from(mode >> 1) % DATES.len()].map(String::from),
        id: None,
    };
    let a = analyze(&text, &options).expect("any text gives an analysis");
    if let Err(problem) = check_invariants(&text, &a) {
        panic!("{problem}\ntext: {text:?}");
    }
    // What the command line and the page print reads back as the same analysis.
    let json = serde_json::to_string(&a).expect("serializable");
    let back: entente::Analysis = serde_json::from_str(&json).expect("reads back");
    assert_eq!(back, a, "JSON round trip");
    // The batch and the page write the JSON directly: the same bytes as serde_json's.
    let direct = entente::analyze_json_with(entente::Gazetteer::builtin(), &text, &options, &[])
        .expect("any text gives an analysis");
    assert_eq!(direct, json, "the direct JSON writer differs from serde_json");
});
