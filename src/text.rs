//! Sentences and tokens with byte spans.
//!
//! Tokens are words (runs of letters and digits, with `U.S.`-style initialisms kept whole and a
//! possessive `'s` split off), and single punctuation characters. Sentences end at `.`, `!` or
//! `?` before a capital, a quote or a digit, unless the word before is a known abbreviation, and
//! at every line break.

use std::ops::Range;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters and digits (`China`, `U.S.`, `2022`, `Jean-Yves` is three tokens).
    Word,
    /// The possessive `'s` or `’s`, or a bare `'` after a plural (`the United States'`).
    Possessive,
    /// Any other single character that is not white space.
    Punct,
}

/// One token: a byte span of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// What it is.
    pub kind: TokenKind,
}

/// One sentence: its byte span and its range of tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte span, trimmed of surrounding white space.
    pub span: Range<usize>,
    /// Indices into the document's tokens.
    pub tokens: Range<usize>,
}

/// The text split into tokens and sentences.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// Every token in order.
    pub tokens: Vec<Token>,
    /// Every sentence in order; together they cover every token.
    pub sentences: Vec<Sentence>,
    /// The sentences cut at [`MAX_SENTENCE_TOKENS`] rather than at a stop or a line break.
    pub cut: Vec<usize>,
    /// The text with ASCII letters in lower case, then each token with other letters in lower
    /// case; `lower_spans[i]` is token `i`'s range in it. An ASCII token's range is its own
    /// span: the whole text is lowered in one pass instead of token by token.
    lowered: String,
    lower_spans: Vec<(u32, u32)>,
}

impl Document {
    /// Token `i` in lower case, made once per document.
    pub fn lower(&self, i: usize) -> &str {
        let (a, b) = self.lower_spans[i];
        &self.lowered[a as usize..b as usize]
    }

    /// Every token in lower case, in order: [`Document::lower`] of each, for a stage that asks
    /// for many.
    pub fn lowers(&self) -> Vec<&str> {
        self.lower_spans
            .iter()
            .map(|&(a, b)| &self.lowered[a as usize..b as usize])
            .collect()
    }
}

/// The most tokens a sentence may hold. A text with no stop for pages (a list, a log, a
/// transcript without punctuation) is cut into pieces of this size, at a comma or the like near
/// the end where there is one: the relation patterns look at each sentence as a whole, and a
/// sentence of a megabyte would cost the square of its length in time and its length in
/// evidence for every relation it holds. No sentence of news comes near it.
pub const MAX_SENTENCE_TOKENS: usize = 400;

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Sen", "Rep",
    "Gov", "Pres", "St", "Mt", "No", "Nos", "Jr", "Sr", "vs", "Inc", "Co", "Corp", "Ltd", "Jan",
    "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "approx", "etc", "e.g", "i.e",
];

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// A character lowered for matching: ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic
/// capitals, each to its one small letter; any other character as it is. (The standard
/// `char::to_lowercase` brings its table of every script, 6 KB of the download gzipped, into
/// the download for words that no list or name of ours spells.)
pub(crate) fn lower_char(c: char) -> char {
    let u = c as u32;
    let lower = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => {
            u + 0x20
        }
        0x400..=0x40F => u + 0x50,
        // "İstanbul": the dotted capital I is an i.
        0x130 => 0x69,
        0x100..=0x137 | 0x14A..=0x177 if u.is_multiple_of(2) => u + 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x178 => 0xFF,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// The capital of a small letter [`lower_char`] lowers, else the character as it is.
pub(crate) fn upper_char(c: char) -> char {
    let u = c as u32;
    let upper = match u {
        0x61..=0x7A | 0xE0..=0xF6 | 0xF8..=0xFE | 0x3B1..=0x3C1 | 0x3C3..=0x3CB | 0x430..=0x44F => {
            u - 0x20
        }
        0x450..=0x45F => u - 0x50,
        0x100..=0x137 | 0x14A..=0x177 if u % 2 == 1 => u - 1,
        0x139..=0x148 | 0x179..=0x17E if u.is_multiple_of(2) => u - 1,
        0xFF => 0x178,
        _ => u,
    };
    char::from_u32(upper).unwrap_or(c)
}

/// Splits `text` into tokens and sentences.
pub fn split(text: &str) -> Document {
    let tokens = tokenize(text);
    let (sentences, cut) = sentences(text, &tokens);
    // ASCII lowers byte by byte, as `char::to_lowercase` does it, and a copy of the text keeps
    // every ASCII token where it stands; a token with other characters is lowered after it.
    let mut lowered = text.to_ascii_lowercase();
    let all_ascii = text.is_ascii();
    let lower_spans = tokens
        .iter()
        .map(|t| {
            // The bytes asked, not a slice of the text (a check of two character boundaries).
            if all_ascii || text.as_bytes()[t.start..t.end].is_ascii() {
                return (t.start as u32, t.end as u32);
            }
            let a = lowered.len() as u32;
            lowered.extend(text[t.start..t.end].chars().map(lower_char));
            (a, lowered.len() as u32)
        })
        .collect();
    Document {
        tokens,
        sentences,
        cut,
        lowered,
        lower_spans,
    }
}

/// What a byte is to [`tokenize`] (and to the gazetteer's units): ASCII white space, an ASCII
/// letter or digit, another ASCII sign, or a byte of a longer character (decoded and asked then).
pub(crate) const SPACE: u8 = 0;
pub(crate) const ALNUM: u8 = 1;
pub(crate) const SIGN: u8 = 2;
const MULTI: u8 = 3;
pub(crate) static BYTE_CLASS: [u8; 256] = {
    let mut t = [MULTI; 256];
    let mut b = 0;
    while b < 128 {
        // As `char::is_whitespace` and `char::is_alphanumeric` say of ASCII.
        let c = b as u8;
        t[b] = if c == b' ' || (c >= 0x09 && c <= 0x0d) {
            SPACE
        } else if c.is_ascii_alphanumeric() {
            ALNUM
        } else {
            SIGN
        };
        b += 1;
    }
    t
};

fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 4);
    let mut i = 0;
    while i < bytes.len() {
        // ASCII a byte at a time; a longer character is decoded.
        let (c, len, word) = match BYTE_CLASS[usize::from(bytes[i])] {
            SPACE => {
                i += 1;
                continue;
            }
            ALNUM => (char::from(bytes[i]), 1, true),
            SIGN if bytes[i] == b'\'' => ('\'', 1, false),
            SIGN => {
                tokens.push(Token {
                    start: i,
                    end: i + 1,
                    kind: TokenKind::Punct,
                });
                i += 1;
                continue;
            }
            _ => match text[i..].chars().next() {
                Some(c) if c.is_whitespace() => {
                    i += c.len_utf8();
                    continue;
                }
                Some(c) => (c, c.len_utf8(), is_word_char(c)),
                None => break,
            },
        };
        if word {
            let mut end = i + len;
            // A word: letters and digits, with a `.` kept inside initialisms (U.S., U.N.).
            loop {
                // An iterator, so the loop carries no bounds check.
                end += bytes[end..]
                    .iter()
                    .take_while(|&&b| BYTE_CLASS[usize::from(b)] == ALNUM)
                    .count();
                match char_at(text, end) {
                    Some((d, dlen)) if d >= '\u{80}' && is_word_char(d) => end += dlen,
                    Some(('.', _)) if initialism_continues(text, i, end) => end += 1,
                    _ => break,
                }
            }
            tokens.push(Token {
                start: i,
                end,
                kind: TokenKind::Word,
            });
            i = end;
            continue;
        }
        if c == '\'' || c == '’' {
            let next = text[i + len..].chars().next();
            let after = text[i + len..].chars().nth(1);
            let prev_word = tokens
                .last()
                .is_some_and(|t| t.end == i && t.kind == TokenKind::Word);
            if prev_word && next == Some('s') && !after.is_some_and(is_word_char) {
                let end = i + len + 1;
                tokens.push(Token {
                    start: i,
                    end,
                    kind: TokenKind::Possessive,
                });
                i = end;
                continue;
            }
            let prev_plural = prev_word && text[..i].ends_with('s');
            if prev_plural && !next.is_some_and(is_word_char) {
                tokens.push(Token {
                    start: i,
                    end: i + len,
                    kind: TokenKind::Possessive,
                });
                i += len;
                continue;
            }
        }
        tokens.push(Token {
            start: i,
            end: i + len,
            kind: TokenKind::Punct,
        });
        i += len;
    }
    tokens
}

/// The character at byte `i` (a character boundary) and its length, with a fast path for ASCII.
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    match *text.as_bytes().get(i)? {
        b if b < 0x80 => Some((char::from(b), 1)),
        _ => text[i..].chars().next().map(|c| (c, c.len_utf8())),
    }
}

/// In `U.S.` or `U.N.`, a dot after a single letter continues the word when a single letter
/// and a dot follow, or when the word so far is already an initialism (`U.S` + `.`).
fn initialism_continues(text: &str, word_start: usize, dot: usize) -> bool {
    let so_far = &text[word_start..dot];
    let single_letters = so_far
        .split('.')
        .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic));
    if !single_letters {
        return false;
    }
    let rest = &text[dot + 1..];
    let mut it = rest.chars();
    match (it.next(), it.next()) {
        (Some(a), Some('.')) if a.is_alphabetic() => true,
        _ => so_far.contains('.'),
    }
}

/// The sentences, and which of them were cut at [`MAX_SENTENCE_TOKENS`].
// `iter().any` on purpose: the gap between two tokens is mostly one byte or none, too short
// for a call of `contains` (memchr) to pay.
#[allow(clippy::manual_contains)]
fn sentences(text: &str, tokens: &[Token]) -> (Vec<Sentence>, Vec<usize>) {
    // Room for sentences of about 20 tokens, the length of news.
    let mut out = Vec::with_capacity(tokens.len() / 16);
    let mut cut = Vec::new();
    let mut first = 0;
    for i in 0..tokens.len() {
        let t = tokens[i];
        let next = tokens.get(i + 1);
        let line_break =
            next.is_some_and(|n| text.as_bytes()[t.end..n.start].iter().any(|&b| b == b'\n'));
        let ends =
            line_break || next.is_none() || may_end(text, t) && ends_sentence(text, tokens, i);
        let full = i + 1 - first >= MAX_SENTENCE_TOKENS;
        if !ends && !full {
            continue;
        }
        let mut last = i;
        if !ends {
            // Cut after the last clause mark of the final stretch, else here.
            let mut marks = (first.max(i.saturating_sub(64))..i).rev();
            if let Some(k) = marks
                .find(|&k| matches!(&text[tokens[k].start..tokens[k].end], "," | ";" | ":" | "—"))
            {
                last = k;
            }
            cut.push(out.len());
        }
        out.push(Sentence {
            span: tokens[first].start..tokens[last].end,
            tokens: first..last + 1,
        });
        first = last + 1;
    }
    (out, cut)
}

/// Only a token that ends in a stop, or a closing quote or bracket (`"`, `”`, `’`, `)`, `'`,
/// whose last bytes these are), can end a sentence: asked of every token before the call.
#[inline]
fn may_end(text: &str, t: Token) -> bool {
    matches!(
        text.as_bytes()[t.end - 1],
        b'.' | b'!' | b'?' | b'"' | b')' | b'\'' | 0x9D | 0x99
    )
}

fn ends_sentence(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = tokens[i];
    if !may_end(text, t) {
        return false;
    }
    let s = &text[t.start..t.end];
    // A closing quote or bracket right after the stop belongs to the sentence it closes.
    let mut stop = i;
    if matches!(s, "\"" | "”" | "’" | ")" | "'") && i > 0 && tokens[i - 1].end == t.start {
        stop = i - 1;
    }
    let st = tokens[stop];
    let stop_text = &text[st.start..st.end];
    let is_stop = matches!(stop_text, "." | "!" | "?")
        || (st.kind == TokenKind::Word && stop_text.ends_with('.'));
    if !is_stop {
        return false;
    }
    let Some(next) = tokens.get(i + 1) else {
        return true;
    };
    if next.start == t.end {
        return false; // "3.5", "a.m" and the like
    }
    let first = text[next.start..].chars().next().unwrap_or(' ');
    if !(first.is_uppercase()
        || first.is_ascii_digit()
        || matches!(first, '"' | '“' | '‘' | '\'' | '('))
    {
        return false;
    }
    if stop_text == "." && stop > 0 {
        let w = tokens[stop - 1];
        if w.end == st.start && w.kind == TokenKind::Word {
            let word = &text[w.start..w.end];
            if ABBREVIATIONS.contains(&word)
                || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
            {
                return false;
            }
        }
    }
    if st.kind == TokenKind::Word {
        // An initialism such as U.S. ends a sentence only before a line break, which is
        // handled by the caller: "the U.S. President" is one sentence.
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_and_upper_agree_with_the_standard_library_where_they_map() {
        // Every capital of the scripts covered lowers as the standard library lowers it (to
        // one character), and back; other characters are left as they are.
        let mut mapped = 0;
        for u in 0..0x500u32 {
            let Some(c) = char::from_u32(u) else { continue };
            let std_lower: Vec<char> = c.to_lowercase().collect();
            let ours = lower_char(c);
            if ours != c {
                mapped += 1;
                if c == 'İ' {
                    assert_eq!(ours, 'i');
                    continue;
                }
                assert_eq!(vec![ours], std_lower, "{c:?} U+{u:04X}");
                assert_eq!(upper_char(ours), c, "{ours:?} back to {c:?}");
            } else {
                assert!(
                    std_lower == vec![c] || !(c.is_ascii() || ('À'..='ſ').contains(&c)),
                    "{c:?} U+{u:04X} should lower to {std_lower:?}"
                );
            }
        }
        assert!(mapped > 150, "{mapped}");
        assert_eq!(lower_char('Ж'), 'ж');
        assert_eq!(lower_char('Ω'), 'ω');
        assert_eq!(upper_char('ğ'), 'Ğ');
        assert_eq!(lower_char('中'), '中');
    }

    fn words(text: &str) -> Vec<&str> {
        split(text)
            .tokens
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect()
    }

    fn sents(text: &str) -> Vec<&str> {
        split(text)
            .sentences
            .iter()
            .map(|s| &text[s.span.clone()])
            .collect()
    }

    #[test]
    fn token_001_initialisms_and_possessives() {
        assert_eq!(
            words("The U.S. and Russia's ties"),
            ["The", "U.S.", "and", "Russia", "'s", "ties"]
        );
        assert_eq!(
            words("the United States' strategy"),
            ["the", "United", "States", "'", "strategy"]
        );
        assert_eq!(
            words("Jean-Yves Le Drian"),
            ["Jean", "-", "Yves", "Le", "Drian"]
        );
        assert_eq!(words("U.N. chief"), ["U.N.", "chief"]);
    }

    #[test]
    fn token_002_unicode() {
        assert_eq!(
            words("Café 中国 👍🏽 Türkiye’s"),
            ["Café", "中国", "👍", "🏽", "Türkiye", "’s"]
        );
    }

    #[test]
    fn sentence_001_basic() {
        assert_eq!(
            sents("China backed Russia. India objected! Why? No."),
            ["China backed Russia.", "India objected!", "Why?", "No."]
        );
    }

    #[test]
    fn sentence_002_abbreviations_and_numbers() {
        assert_eq!(
            sents("Mr. Blinken met Gen. Austin. It cost 3.5 billion."),
            ["Mr. Blinken met Gen. Austin.", "It cost 3.5 billion."]
        );
        assert_eq!(
            sents("The U.S. President spoke."),
            ["The U.S. President spoke."]
        );
    }

    #[test]
    fn sentence_004_no_stop_for_pages() {
        let text = "China, Russia and Iran ".repeat(300);
        let doc = split(&text);
        assert!(doc.sentences.len() > 1);
        assert!(doc
            .sentences
            .iter()
            .all(|s| s.tokens.len() <= MAX_SENTENCE_TOKENS));
        // Cut after a comma, every token in exactly one sentence.
        assert!(doc.sentences[..doc.sentences.len() - 1]
            .iter()
            .all(|s| text[s.span.clone()].ends_with(',')));
        let covered: usize = doc.sentences.iter().map(|s| s.tokens.len()).sum();
        assert_eq!(covered, doc.tokens.len());
        assert_eq!(doc.cut, (0..doc.sentences.len() - 1).collect::<Vec<_>>());
        // A sentence of news is never cut.
        assert!(split("China backed Russia, and India objected.")
            .cut
            .is_empty());
    }

    #[test]
    fn sentence_003_lines_and_quotes() {
        assert_eq!(
            sents("First line\nSecond \"quoted.\" Third."),
            ["First line", "Second \"quoted.\"", "Third."]
        );
    }
}
