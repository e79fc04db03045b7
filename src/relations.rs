//! Trigger words and patterns -> relations with evidence, negation, coordination and chains.
//!
//! No parser: each sentence becomes a row of actor phrases (coordinated mentions, plural
//! references, pronouns) and triggers, cut into clauses at the words that start a new one. Each
//! trigger's frame says where its actors stand (see `data/README.md`); the patterns below fill
//! the roles by position and voice, and each relation names the rule that produced it.

use crate::gazetteer::{Frame, Gazetteer, Kind, Sense, TriggerDef};
use crate::mentions::TriggerHit;
use crate::resolve::{DocEntity, Resolved};
use crate::text::{Document, TokenKind};

use std::sync::LazyLock;

/// A relation between two document entities, with byte offsets.
#[derive(Debug, Clone, PartialEq)]
pub struct Relation {
    /// Source entity (index into [`Resolved::entities`]).
    pub source: usize,
    /// Target entity.
    pub target: usize,
    /// PLOVER type.
    pub kind: &'static str,
    /// +1 aligned, -1 opposed.
    pub polarity: i8,
    /// Goldstein intensity, signed.
    pub intensity: f32,
    /// Sentence index.
    pub sentence: usize,
    /// Trigger byte span.
    pub trigger: (usize, usize),
    /// Denied or refused.
    pub negated: bool,
    /// Conditional or reported as a possibility.
    pub hedged: bool,
    /// The rule that produced it.
    pub rule: &'static str,
}

/// The most relations one sentence may yield: a sentence listing thousands of actors on both
/// sides of a verb must not cost the square of its length.
pub const MAX_PER_SENTENCE: usize = 400;

/// An actor phrase: one or more entities filling one role.
#[derive(Debug, Clone, PartialEq)]
struct Phrase {
    /// First token.
    start: usize,
    /// One past the last token (the possessive `'s` excluded).
    end: usize,
    /// The entities, in order.
    ents: Vec<usize>,
    /// Followed by `'s` or a possessive pronoun.
    possessive: bool,
    /// A pronoun or plural reference rather than a name.
    reference: bool,
}

const NEGATORS: &[&str] = &[
    "not",
    "n't",
    "never",
    "refused",
    "refuses",
    "refuse",
    "refusing",
    "declined",
    "declines",
    "decline",
    "declining",
    "failed",
    "fails",
    "denied",
    "denies",
    "deny",
    "denying",
    "without",
    "no",
];
const MODALS: &[&str] = &[
    "would", "could", "might", "may", "if", "unless", "should", "can",
];
const BE: &[&str] = &[
    "was", "were", "is", "are", "been", "being", "be", "had", "has", "have",
];
const STOP_PREPS: &[&str] = &[
    "in",
    "at",
    "on",
    "over",
    "during",
    "after",
    "before",
    "with",
    "for",
    "against",
    "to",
    "between",
    "amid",
    "across",
    "along",
    "near",
    "into",
    "about",
    "under",
    "through",
    "since",
    "until",
    "as",
    "while",
    "than",
    "among",
    "around",
    "despite",
    "toward",
    "towards",
    "within",
    "without",
    "per",
    "via",
    "alongside",
];
const SUBORDINATORS: &[&str] = &[
    "while", "whereas", "but", "though", "although", "after", "before", "as", "because", "since",
    "when", "if", "unless", "amid", "and", "whether", "where", "once",
];
const SPEECH: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "added",
    "stated",
    "noted",
    "insisted",
    "argued",
    "claimed",
    "announced",
    "declared",
    "maintained",
    "maintains",
    "believes",
    "believed",
    "stressed",
    "warned",
    "warns",
    "read",
    "reads",
    "reported",
    "confirmed",
    "acknowledged",
];
/// Verbs whose object is an act named by a noun ("announced a boycott of", "imposed sanctions").
const LIGHT: &[&str] = &[
    // "ready to develop cooperative relations with Afghanistan"
    "develop",
    "develops",
    "developed",
    "developing",
    // "requested consultations with its NATO allies"
    "requested",
    "request",
    "requests",
    "requesting",
    "concluded",
    "conclude",
    "concludes",
    "concluding",
    "finalised",
    "finalized",
    "clinched",
    "cleared",
    "clear",
    "clears",
    "clearing",
    "sent",
    "send",
    "sends",
    "sending",
    "dispatched",
    "dispatch",
    "brought",
    "bring",
    "brings",
    "filed",
    "file",
    "files",
    "made",
    "make",
    "makes",
    "making",
    "paid",
    "pay",
    "pays",
    "paying",
    "carried",
    "carry",
    "carries",
    "carrying",
    "fired",
    "fire",
    "fires",
    "firing",
    "boosted",
    "boost",
    "boosts",
    "boosting",
    "upgraded",
    "upgrade",
    "improved",
    "improve",
    "improving",
    "bolstered",
    "bolster",
    "cemented",
    "cement",
    "enhanced",
    "enhance",
    "established",
    "establish",
    "entered",
    "enter",
    "enters",
    "entering",
    "announced",
    "announce",
    "announces",
    "expressed",
    "express",
    "expresses",
    "imposed",
    "impose",
    "imposes",
    "issued",
    "issue",
    "issues",
    "launched",
    "launch",
    "launches",
    "voiced",
    "voice",
    "offered",
    "offer",
    "held",
    "hold",
    "holds",
    "holding",
    "flew",
    "flown",
    "conducted",
    "conduct",
    "staged",
    "stage",
    "signed",
    "sign",
    "signs",
    "reached",
    "reach",
    "reaches",
    "reaching",
    "lift",
    "lifts",
    "lifted",
    "lifting",
    "inked",
    "sealed",
    "struck",
    "gave",
    "give",
    "gives",
    "provided",
    "provide",
    "provides",
    "declared",
    "declare",
    "deepened",
    "deepen",
    "deepening",
    "strengthened",
    "strengthen",
    "strengthening",
    "reaffirmed",
    "reaffirm",
    "expanded",
    "expand",
    "formed",
    "form",
    "forged",
    "forge",
    "sought",
    "seek",
    "maintained",
    "maintain",
    "have",
    "has",
    "had",
    "became",
    "become",
    "becomes",
    "is",
    "was",
    "are",
    "were",
    "remains",
    "remained",
    "pledged",
    "pledge",
    "pledges",
    "promised",
    "promise",
    "approved",
    "approve",
    "unveiled",
    "unveil",
    "scaled",
    "stepped",
    "upgraded",
    "upgrade",
    "renewed",
    "renew",
    "continued",
    "continue",
    "lodged",
    "filed",
    "ordered",
    "order",
    "began",
    "begin",
    "started",
    "start",
    "led",
    "lead",
    "leads",
    "with",
    "setting",
    "set",
    "sets",
    "raised",
    "raise",
    "escalated",
    "escalate",
    "enjoy",
    "enjoys",
    "built",
    "build",
    "building",
    "established",
    "establish",
    "opened",
    "open",
    "agreed",
    "agree",
    "announcing",
    "expressing",
    "imposing",
    "issuing",
    "launching",
    "voicing",
    "offering",
    "conducting",
    "staging",
    "signing",
    "making",
    "giving",
    "providing",
    "declaring",
    "forging",
    "seeking",
    "maintaining",
    "pledging",
    "promising",
    "approving",
    "unveiling",
    "renewing",
    "continuing",
    "ordering",
    "beginning",
    "starting",
    "raising",
    "escalating",
    "establishing",
    "opening",
    "agreeing",
    "forming",
];
const SUPPORTIVE: &[&str] = &["SUPPORT", "COOPERATE", "ALLY", "AGREE"];
const MEMBERSHIP_CUES: &[&str] = &[
    "involving",
    "including",
    "comprising",
    "grouping",
    "uniting",
    "linking",
    "encompassing",
    "groups",
    "unites",
    "comprises",
    "includes",
    "gathers",
];
/// Symmetric triggers that are only ever nouns ("the Quad alliance involving ...").
const MUTUAL_NOUNS: &[&str] = &[
    "alliance",
    "alliances",
    "partnership",
    "partnerships",
    "pact",
    "pacts",
    "talks",
    "deal",
    "deals",
    "agreement",
    "agreements",
    "accord",
    "accords",
    "summit",
    "summits",
    "ties",
    "relations",
    "cooperation",
    "tensions",
    "tension",
    "rivalry",
    "rivalries",
    "dispute",
    "disputes",
    "feud",
    "rift",
    "standoff",
    "stand-off",
    "face-off",
    "statement",
    "exercises",
    "exercise",
    "drills",
    "treaty",
    "meeting",
    "meetings",
];

/// Nouns for the other party of a standing relation: "their partners" are not "them".
const AGENT_NOUNS: &[&str] = &[
    "partner",
    "partners",
    "ally",
    "allies",
    "rival",
    "rivals",
    "friend",
    "friends",
    "foes",
    "enemies",
    "adversaries",
];
/// Verbs that take an organization: leaving it, joining it.
const EXITS: &[&str] = &[
    "leave", "leaves", "left", "leaving", "quit", "quits", "quitting", "exit", "exits", "exited",
    "exiting",
];
const JOINS: &[&str] = &[
    "join",
    "joins",
    "joined",
    "joining",
    "rejoin",
    "rejoined",
    "rejoins",
    "rejoining",
];
const BROKER: &[&str] = &["brokered", "mediated", "facilitated", "negotiated"];
const DEMANDS: &[&str] = &[
    "abandon",
    "stop",
    "end",
    "halt",
    "cease",
    "withdraw",
    "respect",
    "release",
    "reverse",
    "lift",
    "drop",
    "refrain",
    "leave",
    "quit",
    "scrap",
    "rescind",
    "retract",
    "apologise",
    "apologize",
    "return",
    "pull",
    "review",
    "vacate",
    "annul",
    "revoke",
    "cancel",
    "suspend",
];
/// What a demand that another leave names after its verb ("to set a deadline for leaving").
const LEAVING: &[&str] = &["leaving", "withdrawal", "withdrawing", "pullout", "exit"];
const RESTRAINT: &[&str] = &[
    "restraint",
    "calm",
    "de-escalate",
    "avoid",
    "not",
    "bloodshed",
    "fighting",
    "violence",
    "hostilities",
    "ceasefire",
    "dialogue",
    "talks",
    "negotiations",
    "peace",
    "de-escalation",
    "escalation",
    "tensions",
    "compromise",
    "solution",
    "peaceful",
    "peacefully",
];
const INTENSIFIERS: &[&str] = &[
    "firmly",
    "strongly",
    "sharply",
    "fiercely",
    "vehemently",
    "bitterly",
    "harshly",
    "heavily",
];
const PLURAL_NOUNS: &[&str] = &[
    "countries",
    "ministers",
    "envoys",
    "delegations",
    "nations",
    "states",
    "men",
    "leaders",
    "sides",
    "juntas",
    "governments",
    "presidents",
    "powers",
    "neighbours",
    "neighbors",
    "rivals",
    "parties",
    "capitals",
    "allies",
    "partners",
    "women",
    "foes",
    "adversaries",
    "signatories",
    "members",
    "governments",
    "armies",
    "regimes",
    "monarchies",
    "economies",
    "buyers",
    "importers",
    "exporters",
    "producers",
    "suppliers",
    "donors",
    "creditors",
];
const NUMBERS: &[(&str, usize)] = &[
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("both", 2),
];
/// Nouns that name an act already reported, and the relation types they can name: "condemned
/// the summit" is against its parties; "condemned the strikes" against the strikers; "welcomed
/// the move" takes whatever was reported last.
/// Whether event noun `i` names a hostile act first (an attack, coercion, a sanction).
fn hostile_noun(i: usize) -> bool {
    EVENT_NOUNS[i]
        .1
        .first()
        .is_some_and(|k| matches!(*k, "ASSAULT" | "COERCE" | "SANCTION"))
}
const EVENT_NOUNS: &[(&str, &[&str])] = &[
    ("summit", &["CONSULT"]),
    ("meeting", &["CONSULT"]),
    ("talks", &["CONSULT"]),
    ("visit", &["CONSULT"]),
    ("ceremony", &["AGREE", "CONSULT"]),
    ("deal", &["AGREE", "COOPERATE", "ALLY"]),
    ("agreement", &["AGREE", "COOPERATE", "ALLY"]),
    ("accord", &["AGREE", "COOPERATE", "ALLY"]),
    ("accords", &["AGREE", "COOPERATE", "ALLY"]),
    ("agreements", &["AGREE", "COOPERATE", "ALLY"]),
    ("pact", &["AGREE", "COOPERATE", "ALLY"]),
    ("treaty", &["AGREE", "COOPERATE", "ALLY"]),
    ("plan", &["AGREE", "COOPERATE", "ALLY", "AID"]),
    ("initiative", &["AGREE", "COOPERATE", "ALLY", "AID"]),
    ("partnership", &["COOPERATE", "ALLY", "AGREE"]),
    ("declaration", &["AGREE", "COOPERATE"]),
    ("rapprochement", &["AGREE", "COOPERATE"]),
    ("strikes", &["ASSAULT"]),
    ("attacks", &["ASSAULT"]),
    ("attack", &["ASSAULT"]),
    ("invasion", &["ASSAULT"]),
    ("offensive", &["ASSAULT"]),
    ("bombing", &["ASSAULT"]),
    ("airstrikes", &["ASSAULT"]),
    ("shelling", &["ASSAULT"]),
    ("assault", &["ASSAULT"]),
    ("operation", &["ASSAULT", "MOBILIZE", "COERCE"]),
    ("operations", &["ASSAULT", "MOBILIZE", "COERCE"]),
    ("campaign", &["ASSAULT", "COERCE"]),
    ("blockade", &["COERCE"]),
    ("annexation", &["COERCE"]),
    ("raids", &["ASSAULT"]),
    ("raid", &["ASSAULT", "COERCE"]),
    ("killing", &["ASSAULT"]),
    ("killings", &["ASSAULT"]),
    ("assassination", &["ASSAULT"]),
    ("strike", &["ASSAULT"]),
    ("manoeuvres", &["COERCE", "MOBILIZE", "ASSAULT", "THREATEN"]),
    ("maneuvers", &["COERCE", "MOBILIZE", "ASSAULT", "THREATEN"]),
    ("incursion", &["ASSAULT", "COERCE", "MOBILIZE"]),
    ("incursions", &["ASSAULT", "COERCE", "MOBILIZE"]),
    ("crackdown", &["COERCE", "ASSAULT"]),
    ("aggression", &["ASSAULT", "COERCE"]),
    // "condemned the aggressive actions": the latest hostile act.
    ("actions", &["COERCE", "ASSAULT", "MOBILIZE", "THREATEN"]),
    (
        "provocations",
        &["COERCE", "MOBILIZE", "ASSAULT", "THREATEN"],
    ),
    ("behaviour", &["COERCE", "ASSAULT", "MOBILIZE", "THREATEN"]),
    ("behavior", &["COERCE", "ASSAULT", "MOBILIZE", "THREATEN"]),
    ("veto", &["REJECT"]),
    ("expulsion", &["SANCTION"]),
    ("sanctions", &["SANCTION"]),
    ("embargo", &["SANCTION"]),
    ("expulsions", &["SANCTION"]),
    ("drills", &["MOBILIZE", "COOPERATE"]),
    ("exercises", &["MOBILIZE", "COOPERATE"]),
    ("deployment", &["MOBILIZE", "ASSAULT"]),
    ("hijacking", &["ASSAULT", "COERCE"]),
    ("seizure", &["COERCE", "ASSAULT"]),
    ("warrant", &["ACCUSE"]),
    ("warrants", &["ACCUSE"]),
    // A court's: "Pretoria hailed the order".
    ("ruling", &[]),
    ("order", &[]),
    ("verdict", &[]),
    ("move", &[]),
    ("announcement", &[]),
    ("decision", &[]),
    ("step", &[]),
];

/// Word classes: one bit for each list above that a pattern tests token by token, so that a
/// test is a bit of the token's class (looked up once per token) rather than a scan of a list.
mod class {
    pub const NEGATOR: u64 = 1 << 0;
    pub const MODAL: u64 = 1 << 1;
    pub const BE: u64 = 1 << 2;
    pub const STOP_PREP: u64 = 1 << 3;
    pub const SUBORDINATOR: u64 = 1 << 4;
    pub const SPEECH: u64 = 1 << 5;
    pub const LIGHT: u64 = 1 << 6;
    pub const MEMBERSHIP_CUE: u64 = 1 << 7;
    pub const MUTUAL_NOUN: u64 = 1 << 8;
    pub const AGENT_NOUN: u64 = 1 << 9;
    pub const EXIT: u64 = 1 << 10;
    pub const JOIN: u64 = 1 << 11;
    pub const BROKER: u64 = 1 << 12;
    pub const INTENSIFIER: u64 = 1 << 13;
    pub const PLURAL_NOUN: u64 = 1 << 14;
    pub const VERB_BEFORE: u64 = 1 << 15;
    pub const CALL: u64 = 1 << 16;
    pub const NEGATIVE_NAME: u64 = 1 << 17;
    pub const POSITIVE_NAME: u64 = 1 << 18;
    pub const PRONOUN: u64 = 1 << 19;
    pub const PSYCH: u64 = 1 << 20;
    pub const HYPHEN_PART: u64 = 1 << 21;
    pub const GOVERNING: u64 = 1 << 22;
    pub const PROPOSAL: u64 = 1 << 23;
    pub const AUXILIARY: u64 = 1 << 24;
    pub const STRAINED: u64 = 1 << 25;
    pub const SEALED: u64 = 1 << 26;
    pub const MESSAGE: u64 = 1 << 27;
    pub const TARGET_NOUN: u64 = 1 << 28;
    pub const MEMBERSHIP_GAP: u64 = 1 << 29;
    pub const REPORTING: u64 = 1 << 30;
    pub const DETERMINER: u64 = 1 << 31;
    pub const LIGHT_STOP: u64 = 1 << 32;
    pub const FINITE_AUX: u64 = 1 << 33;
    pub const OWNED: u64 = 1 << 34;
    pub const TITLE_MODIFIER: u64 = 1 << 35;
    pub const HEAD_TITLE: u64 = 1 << 36;
    pub const ASIDE_END: u64 = 1 << 37;
    pub const HOST: u64 = 1 << 38;
    pub const MUTUAL_CUE: u64 = 1 << 39;
    pub const BACKER: u64 = 1 << 40;
    pub const CLAIM_NOUN: u64 = 1 << 41;
    pub const WEEKDAY: u64 = 1 << 42;
    pub const COMPASS: u64 = 1 << 43;
    pub const SPAN: u64 = 1 << 44;
    pub const GATHERING: u64 = 1 << 45;
    pub const MEMBER_VERB: u64 = 1 << 46;
    pub const BROKER_VERB: u64 = 1 << 47;
    pub const BROKERED: u64 = 1 << 48;
    pub const TAKE: u64 = 1 << 49;
    pub const QUANTITY: u64 = 1 << 50;
    pub const MET_OBJECT: u64 = 1 << 51;
    pub const PACT: u64 = 1 << 52;
    pub const BREAK: u64 = 1 << 53;
    pub const REMARK: u64 = 1 << 54;
    pub const OFFER: u64 = 1 << 55;
    pub const RECEIVE: u64 = 1 << 56;
    pub const SUPPLY: u64 = 1 << 57;
    pub const IMPOSE: u64 = 1 << 58;
    pub const SOLO: u64 = 1 << 59;
    pub const DO: u64 = 1 << 60;
    pub const COUP: u64 = 1 << 61;
    pub const TITLE_WORD: u64 = 1 << 62;
    pub const LIFT: u64 = 1 << 63;
}

/// Verbs whose object is moved against their subject ("a move that alarmed Australia": Australia
/// against the movers); their lexicon records give the type.
const PSYCH: &[&str] = &[
    "angered",
    "angers",
    "angering",
    "alarmed",
    "alarms",
    "infuriated",
    "infuriates",
    "irked",
    "irks",
    "incensed",
    "enraged",
    "dismayed",
    "rattled",
    "provoked",
    "provokes",
];

/// Words after an actor and a hyphen that make a modifier ("Saudi-led", "Russian-made").
const HYPHEN_PARTS: &[&str] = &[
    "led",
    "made",
    "based",
    "owned",
    "born",
    "speaking",
    "flagged",
    "style",
    "built",
    "run",
    "controlled",
    "held",
    "recognised",
    "recognized",
];

/// Nouns for those who govern or fight for a state ("the Russian government", "its army").
const GOVERNING_NOUNS: &[&str] = &[
    "government",
    "army",
    "military",
    "forces",
    "troops",
    "leaders",
    "leadership",
    "authorities",
    "officials",
    "navy",
    "president",
    "premier",
    "chancellor",
    "king",
    "leader",
];

/// Nouns for what an actor proposes ("backed its call").
const PROPOSALS: &[&str] = &[
    "call",
    "calls",
    "request",
    "proposal",
    "proposals",
    "bid",
    "demand",
    "demands",
    "plan",
    "initiative",
    "offer",
    "position",
    "stance",
];

/// Auxiliaries that repeat a verb (", as did Germany").
const AUXILIARIES: &[&str] = &[
    "did", "does", "do", "has", "have", "had", "was", "were", "is", "are",
];

/// Words before "ties" or "relations" that make them no bond ("strained ties").
const STRAINED: &[&str] = &[
    "strained", "tense", "frosty", "troubled", "rocky", "fraught", "poor", "soured", "icy", "cold",
    "broken", "no", "severed", "frozen", ",",
];

/// Verbs by which parties make an agreement ("a treaty that A and B signed").
const SEALED: &[&str] = &[
    "signed",
    "unveiled",
    "agreed",
    "reached",
    "concluded",
    "struck",
    "negotiated",
    "announced",
    "sealed",
    "inked",
    "forged",
    "formed",
];

/// What is sent that is no aid ("sent a warning to").
const MESSAGES: &[&str] = &[
    "warning",
    "warnings",
    "message",
    "messages",
    "signal",
    "signals",
    "letter",
    "letters",
    "ultimatum",
    "note",
    "threat",
    "threats",
    "reinforcements",
];

/// What is struck inside a state ("strikes on targets in Yemen").
const TARGET_NOUNS: &[&str] = &[
    "targets",
    "positions",
    "sites",
    "bases",
    "base",
    "towns",
    "villages",
    "cities",
    "ports",
    "facilities",
    "infrastructure",
    "civilians",
    "soldiers",
    "troops",
    "people",
    "dozens",
    "hundreds",
    "scores",
    "students",
    "villagers",
    "residents",
    "workers",
];

/// Words between an organization and its membership cue ("the Quad, which groups").
const MEMBERSHIP_GAPS: &[&str] = &[
    ",",
    "which",
    "that",
    "now",
    "alliance",
    "bloc",
    "group",
    "grouping",
    "pact",
    "partnership",
    "dialogue",
    "forum",
    "coalition",
    "club",
];

/// Pure reporting verbs, which open a clause even before a noun ("said the pact would").
const REPORTING: &[&str] = &[
    "said", "says", "say", "saying", "added", "stated", "noted", "insisted", "argued", "claimed",
    "stressed", "believes", "believed",
];

/// Words that make a verb form after them a noun ("any arms transfer").
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "any", "this", "these", "those", "some", "no", "its", "their", "his", "her",
    "our", "every",
];

/// Words that end the search for a light verb's subject ("amid", "despite", a preposition).
const LIGHT_STOPS: &[&str] = &[
    "amid", "despite", "over", "after", "during", "before", "against", "of", "for", "about", "on",
    "in", "at", "to", "with", "from", "by", "into", "between",
];

/// Auxiliaries that end a complement's list of actors ("would", "was").
const FINITE_AUX: &[&str] = &[
    "would", "will", "could", "can", "must", "should", "might", "may", "was", "were", "is", "are",
    "had", "has", "have",
];

/// What a state owns that stands for it against a hostile act ("stormed its embassy").
const OWNED: &[&str] = &[
    "embassy",
    "consulate",
    "territory",
    "airspace",
    "waters",
    "ships",
    "vessels",
    "tanker",
    "tankers",
    "convoy",
    "base",
    "bases",
    "troops",
    "soldiers",
    "forces",
    "diplomats",
    "citizens",
    "nationals",
    "positions",
    "sites",
    "facilities",
    "ports",
    "towns",
    "villages",
    "cities",
    "fishermen",
    "boats",
];

/// Words before a title that keep it the same office ("acting prime minister").
const TITLE_MODIFIERS: &[&str] = &["acting", "interim", "new", "caretaker", "outgoing"];

/// Titles a list may be joined across ("Putin and North Korean leader Kim Jong Un").
const HEAD_TITLES: &[&str] = &[
    "minister",
    "president",
    "premier",
    "chancellor",
    "king",
    "leader",
];

/// Words after a comma that close an aside (", and", ", which").
const ASIDE_ENDS: &[&str] = &["and", "but", "or", "which", "who"];

/// Verbs of hosting ("Qatar hosted talks between").
const HOSTS: &[&str] = &["hosted", "hosts", "host", "hosting", "convened", "convene"];

/// Words after a mutual noun's actors that keep them its parties ("have", "jointly").
const MUTUAL_CUES: &[&str] = &["have", "has", "had", "jointly", ",", "counterpart"];

/// Agent nouns whose owner is the other party ("Hezbollah's main backer").
const BACKERS: &[&str] = &[
    "backer",
    "backers",
    "sponsor",
    "sponsors",
    "patron",
    "patrons",
    "benefactor",
];

/// Nouns for what is claimed, whose denial is no rejection of an actor ("rejected suggestions
/// that").
const CLAIM_NOUNS: &[&str] = &[
    "suggestions",
    "claims",
    "allegations",
    "accusations",
    "reports",
    "speculation",
];

/// Days in a time phrase ("on Monday").
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "weekend",
];

/// Parts of a country ("in southern Israel").
const COMPASS: &[&str] = &["northern", "southern", "eastern", "western", "central"];

/// Words of a quantity before a noun ("more than 300", "dozens of").
const QUANTITIES: &[&str] = &[
    "more",
    "than",
    "nearly",
    "almost",
    "about",
    "around",
    "some",
    "least",
    "over",
    "dozens",
    "hundreds",
    "thousands",
    "scores",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "several",
    "dozen",
    "hundred",
];

/// What is met that is no meeting ("the West met its demands", "met the deadline").
const MET_OBJECTS: &[&str] = &[
    "demands",
    "demand",
    "conditions",
    "condition",
    "deadline",
    "deadlines",
    "target",
    "targets",
    "obligations",
    "requirements",
    "criteria",
    "standards",
    "expectations",
    "goals",
    "needs",
    "commitments",
    "terms",
    "threshold",
    "quota",
    "quotas",
    "fate",
    "end",
    "resistance",
];

/// Talks and pacts a party leaves ("withdrew from talks with").
const PACTS: &[&str] = &[
    "talks",
    "negotiations",
    "deal",
    "agreement",
    "treaty",
    "accord",
    "pact",
    "dialogue",
    "accords",
    "agreements",
    "treaties",
    "deals",
    "pacts",
    "arrangement",
];

/// Verbs that end a pact, a relation only with the pact's other party ("revoked a military
/// accord with the United States"; "scrapped tariffs on China" is none).
const BREAKS: &[&str] = &[
    "revoke",
    "revokes",
    "revoked",
    "revoking",
    "scrap",
    "scraps",
    "scrapped",
    "scrapping",
    "terminate",
    "terminates",
    "terminated",
    "terminating",
    "annul",
    "annuls",
    "annulled",
    "annulling",
    "tear",
    "tears",
    "tore",
    "tearing",
    "torn",
    "renounce",
    "renounces",
    "renounced",
    "renouncing",
];

/// What someone said, whose speaker an accusation is against ("criticised remarks made by").
const REMARKS: &[&str] = &[
    "remarks",
    "remark",
    "comments",
    "comment",
    "statements",
    "statement",
    "rhetoric",
    "claims",
];

/// Verbs that give something to the one named after them ("offered Baghdad its support").
const OFFERS: &[&str] = &[
    "offered", "offer", "offers", "offering", "pledged", "pledge", "pledges", "promised",
    "promise", "promises", "gave", "give", "gives", "giving", "extended", "extend", "extends",
    "assured", "assure", "assures", "lent", "lend", "lends",
];

/// Forms of "receive", whose giver follows "from".
const RECEIVES: &[&str] = &["receive", "receives", "received", "receiving"];

/// Acts with no target, whose doer they stand for when a later clause names them ("Tokyo
/// condemned the test", "a launch both governments condemned").
const SOLO_ACTS: &[&str] = &[
    "test",
    "tests",
    "launch",
    "launches",
    "blast",
    "detonation",
    "missile",
    "missiles",
    // "Myanmar's execution of four activists ... condemned the executions"
    "execution",
    "executions",
    "hangings",
];

/// Lower-case words of a title between a state and a person's name ("U.S. special envoy Steve
/// Witkoff", "his Russian counterpart").
const TITLE_WORDS: &[&str] = &[
    "counterpart",
    "prime",
    "minister",
    "foreign",
    "president",
    "leader",
    "chancellor",
    "secretary",
    "general",
    "opposition",
    "defence",
    "defense",
    "premier",
    "envoy",
    "special",
    "ambassador",
    "spokesman",
    "spokeswoman",
    "adviser",
    "advisor",
    "negotiator",
    "chief",
    "army",
    "commander",
    "official",
    "vice",
    "deputy",
    "security",
    "national",
    "trade",
    "finance",
    "interior",
];

/// Verbs that take sanctions away ("lifted the arms embargo on").
const LIFTS: &[&str] = &[
    "lift", "lifts", "lifted", "lifting", "ease", "eases", "eased", "easing", "scrap", "scrapped",
    "remove", "removed", "removing",
];

/// Seizures of a state's power ("condemned the coup in Myanmar").
const COUPS: &[&str] = &["coup", "putsch", "takeover", "junta"];

/// Verbs that carry out a solo act ("conducted its sixth nuclear test").
const DOES: &[&str] = &[
    "conducted",
    "conducts",
    "conduct",
    "carried",
    "staged",
    "fired",
    "launched",
    "test-fired",
    "performed",
    "detonated",
];

/// Verbs that put an act on someone, in a relative clause after its noun ("the tariffs Beijing
/// imposed on Canberra").
const IMPOSES: &[&str] = &[
    "imposed",
    "imposes",
    "impose",
    "slapped",
    "levied",
    "placed",
    "announced",
    "unveiled",
];

/// Goods one state supplies another ("received shells from").
const SUPPLIES: &[&str] = &[
    "weapons",
    "arms",
    "shells",
    "missiles",
    "drones",
    "tanks",
    "jets",
    "aid",
    "assistance",
    "loan",
    "loans",
    "ammunition",
    "munitions",
    "rockets",
    "fighters",
    "grain",
    "fuel",
    "oil",
    "gas",
    "vaccines",
    "equipment",
    "systems",
    "supplies",
    "funds",
    "funding",
    "money",
    "weaponry",
    "batch",
    "shipment",
    "shipments",
    "deliveries",
    "support",
];

/// Quantities of an act ("three days of drills").
const SPANS: &[&str] = &[
    "days", "weeks", "months", "hours", "rounds", "series", "wave", "waves",
];

/// Events a host holds ("talks in Putrajaya hosted by Malaysia").
const GATHERINGS: &[&str] = &[
    "talks",
    "meeting",
    "summit",
    "negotiations",
    "ceremony",
    "ceremonies",
    "signing",
];

/// Verbs after a group noun that list its members ("its members are").
const MEMBER_VERBS: &[&str] = &[
    "are", "were", "include", "included", "includes", "comprise", "is",
];

/// Verbs whose subject brokers what follows ("helped broker the thaw").
const BROKER_VERBS: &[&str] = &[
    "broker",
    "brokers",
    "brokered",
    "brokering",
    "mediate",
    "mediates",
    "mediated",
    "mediating",
    "shuttled",
    "shuttling",
    // "African Union-led talks"
    "led",
];

/// What a broker brokers ("the deal", "between").
const BROKERED: &[&str] = &[
    "deal",
    "thaw",
    "agreement",
    "truce",
    "ceasefire",
    "talks",
    "accord",
    "rapprochement",
    "peace",
    "pact",
    "settlement",
    "between",
];

/// Verbs that bring an actor before a court ("took China to the WTO").
const TAKES: &[&str] = &[
    "take", "takes", "took", "taken", "taking", "drag", "drags", "dragged", "dragging",
];

/// Pronouns that become phrases.
const PRONOUNS: &[&str] = &[
    "they", "it", "he", "she", "their", "its", "his", "her", "them", "him",
];

/// A word's slot in [`CLASS_TABLE`]: its first and last bytes and its length, mixed.
fn filter_slot(w: &str) -> usize {
    let b = w.as_bytes();
    let (first, last) = (b.first().copied(), b.last().copied());
    let key =
        u32::from(first.unwrap_or(0)) | u32::from(last.unwrap_or(0)) << 8 | (b.len() as u32) << 16;
    (key.wrapping_mul(0x9E37_79B1) >> 20) as usize
}

/// Slots (0 for none, else 1 + the word's place) and the words with their classes.
type ClassTable = (Vec<u16>, Vec<(&'static str, u64)>);

/// Each word of the lists above with its classes, open-addressed by [`filter_slot`] (linear
/// probing, 4,096 slots for about 700 words): a word of the text is compared with the word in
/// its slot, mostly none, without hashing it (most words of a text have no class). Built
/// straight from the lists, a word in several lists found by its slot, with no hash map.
static CLASS_TABLE: LazyLock<ClassTable> = LazyLock::new(|| {
    let lists: [(&[&str], u64); 64] = [
        (NEGATORS, class::NEGATOR),
        (MODALS, class::MODAL),
        (BE, class::BE),
        (STOP_PREPS, class::STOP_PREP),
        (SUBORDINATORS, class::SUBORDINATOR),
        (SPEECH, class::SPEECH),
        (LIGHT, class::LIGHT),
        (MEMBERSHIP_CUES, class::MEMBERSHIP_CUE),
        (MUTUAL_NOUNS, class::MUTUAL_NOUN),
        (AGENT_NOUNS, class::AGENT_NOUN),
        (EXITS, class::EXIT),
        (JOINS, class::JOIN),
        (BROKER, class::BROKER),
        (INTENSIFIERS, class::INTENSIFIER),
        (PLURAL_NOUNS, class::PLURAL_NOUN),
        (VERB_BEFORE, class::VERB_BEFORE),
        (CALLS, class::CALL),
        (NEGATIVE_NAMES, class::NEGATIVE_NAME),
        (POSITIVE_NAMES, class::POSITIVE_NAME),
        (PRONOUNS, class::PRONOUN),
        (PSYCH, class::PSYCH),
        (HYPHEN_PARTS, class::HYPHEN_PART),
        (GOVERNING_NOUNS, class::GOVERNING),
        (PROPOSALS, class::PROPOSAL),
        (AUXILIARIES, class::AUXILIARY),
        (STRAINED, class::STRAINED),
        (SEALED, class::SEALED),
        (MESSAGES, class::MESSAGE),
        (TARGET_NOUNS, class::TARGET_NOUN),
        (MEMBERSHIP_GAPS, class::MEMBERSHIP_GAP),
        (REPORTING, class::REPORTING),
        (DETERMINERS, class::DETERMINER),
        (LIGHT_STOPS, class::LIGHT_STOP),
        (FINITE_AUX, class::FINITE_AUX),
        (OWNED, class::OWNED),
        (TITLE_MODIFIERS, class::TITLE_MODIFIER),
        (HEAD_TITLES, class::HEAD_TITLE),
        (ASIDE_ENDS, class::ASIDE_END),
        (HOSTS, class::HOST),
        (MUTUAL_CUES, class::MUTUAL_CUE),
        (BACKERS, class::BACKER),
        (CLAIM_NOUNS, class::CLAIM_NOUN),
        (WEEKDAYS, class::WEEKDAY),
        (COMPASS, class::COMPASS),
        (SPANS, class::SPAN),
        (GATHERINGS, class::GATHERING),
        (MEMBER_VERBS, class::MEMBER_VERB),
        (BROKER_VERBS, class::BROKER_VERB),
        (BROKERED, class::BROKERED),
        (TAKES, class::TAKE),
        (QUANTITIES, class::QUANTITY),
        (MET_OBJECTS, class::MET_OBJECT),
        (PACTS, class::PACT),
        (BREAKS, class::BREAK),
        (REMARKS, class::REMARK),
        (OFFERS, class::OFFER),
        (RECEIVES, class::RECEIVE),
        (SUPPLIES, class::SUPPLY),
        (IMPOSES, class::IMPOSE),
        (SOLO_ACTS, class::SOLO),
        (DOES, class::DO),
        (COUPS, class::COUP),
        (TITLE_WORDS, class::TITLE_WORD),
        (LIFTS, class::LIFT),
    ];
    let mut slots = vec![0u16; 4096];
    let mut words: Vec<(&'static str, u64)> = Vec::with_capacity(1024);
    for (list, bit) in lists {
        for &w in list {
            let mut k = filter_slot(w);
            loop {
                match slots[k] {
                    0 => {
                        words.push((w, bit));
                        slots[k] = words.len() as u16;
                        break;
                    }
                    i if words[usize::from(i) - 1].0 == w => {
                        words[usize::from(i) - 1].1 |= bit;
                        break;
                    }
                    _ => k = (k + 1) % slots.len(),
                }
            }
        }
    }
    (slots, words)
});

/// The classes of every token of a document (its lower-case form).
fn token_classes(lows: &[&str]) -> Vec<u64> {
    let (slots, words) = &*CLASS_TABLE;
    lows.iter()
        .map(|w| {
            let mut k = filter_slot(w);
            loop {
                match slots[k] {
                    0 => return 0,
                    i => {
                        let (word, class) = words[usize::from(i) - 1];
                        if word == *w {
                            return class;
                        }
                    }
                }
                k = (k + 1) % slots.len();
            }
        })
        .collect()
}

/// Memory of the text so far, for references.
#[derive(Default)]
struct Discourse {
    /// Coordinated phrases of two or more actors, oldest first.
    groups: Vec<Vec<usize>>,
    /// The parties of symmetric relations (talks, agreements), oldest first, with their type.
    parties: Vec<(&'static str, Vec<usize>)>,
    /// The two sides of hostile symmetric relations (rifts, clashes), oldest first.
    rifts: Vec<Vec<usize>>,
    /// Every actor phrase's entities in text order, for "the two countries" when no group fits.
    actors: Vec<usize>,
    /// The subject of the previous sentence.
    last_subject: Option<Vec<usize>>,
    /// The acts of the sentences so far, for "the strikes" and "the move".
    acts: Acts,
    /// The act the previous sentence was about ("The strikes were supported by ..."), as an
    /// index into [`EVENT_NOUNS`], for a pronoun that names it ("Tehran condemned them").
    event_subject: Option<usize>,
    /// The doer of the latest solo act (a test, a launch), for "condemned the test".
    solo: Option<Vec<usize>>,
    /// The doer of the latest attack whose target the text names no actor for ("gunmen from
    /// the group stormed the Hayat Hotel").
    assailant: Option<Vec<usize>>,
    /// The victims of the latest attack whose doer the text did not name ("A suicide bomber
    /// struck crowds ..., killing 13 U.S. service members").
    victims: Option<Vec<usize>>,
    /// The actor the report leads with: the subject of the first sentence that names an
    /// actor (a headline line of symbols or a dateline with no actor leads with nothing).
    lead: Option<Vec<usize>>,
    /// Whether a sentence naming an actor was seen, so that `lead` is set once.
    led: bool,
}

/// Where the acts of the earlier sentences are in the relations found so far, so that naming
/// an act ("condemned the strikes") costs a lookup, not a scan of every relation of a long text.
#[derive(Debug, Default)]
struct Acts {
    /// The first relation not negated.
    first: Option<usize>,
    /// The latest relation not negated of each type.
    last: Vec<(&'static str, usize)>,
}

impl Acts {
    fn note(&mut self, at: usize, rel: &Relation) {
        // (A reply, "Seoul returned fire", is not "the attack" named later.)
        if rel.negated || rel.rule == "noun-response" {
            return;
        }
        self.first.get_or_insert(at);
        match self.last.iter_mut().find(|(k, _)| *k == rel.kind) {
            Some(slot) => slot.1 = at,
            None => self.last.push((rel.kind, at)),
        }
    }

    fn last_of(&self, kind: &str) -> Option<usize> {
        self.last
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|&(_, at)| at)
    }
}

/// A relation's trigger as bytes of the text: start and end.
type ByteSpan = (usize, usize);

/// A trigger in a sentence: first token, one past the last token, byte span, lexicon entries.
type TriggerSpan = (usize, usize, (usize, usize), Vec<u32>);

struct Sent<'a> {
    text: &'a str,
    doc: &'a Document,
    gaz: &'a Gazetteer,
    r: &'a Resolved,
    /// The word classes of every token of the document.
    cls: &'a [u64],
    /// Every token of the document in lower case.
    lows: &'a [&'a str],
    /// Token range of the sentence.
    lo: usize,
    hi: usize,
    /// For each token of the sentence: the trigger defs it starts, and the token after the trigger.
    triggers: Vec<TriggerSpan>,
    phrases: Vec<Phrase>,
    /// Clause number of each token.
    clause: Vec<usize>,
    /// For each clause: the speaker when it is a reported-speech complement.
    speaker: Vec<Option<usize>>,
    /// For each clause: the relative-clause antecedent or the main subject it inherits.
    inherited: Vec<Option<usize>>,
    /// Clauses that open with a participle (", accusing ...").
    participle: Vec<usize>,
    /// For each token of the sentence: the first phrase that holds it, the first phrase that
    /// starts at it and the first trigger that holds it ([`NO`] for none), so that asking is a
    /// lookup rather than a scan of the sentence's phrases or triggers.
    phrase_of: Vec<u32>,
    phrase_from: Vec<u32>,
    trigger_of: Vec<u32>,
}

/// No phrase or trigger at a token.
const NO: u32 = u32::MAX;

impl Sent<'_> {
    /// Moves to the sentence of tokens `lo..hi`, emptying the buffers of the one before.
    fn start(&mut self, lo: usize, hi: usize) {
        (self.lo, self.hi) = (lo, hi);
        self.triggers.clear();
        self.phrases.clear();
        self.clause.clear();
        self.clause.resize(hi - lo, 0);
        self.speaker.clear();
        self.inherited.clear();
        self.participle.clear();
        self.phrase_of.clear();
        self.phrase_from.clear();
        self.trigger_of.clear();
    }

    /// Token `i` as written; empty outside the sentence, so that a pattern looking past either
    /// end sees nothing rather than the next sentence (or past the text's last token).
    #[inline]
    fn w(&self, i: usize) -> &str {
        if !(self.lo..self.hi).contains(&i) {
            return "";
        }
        let t = self.doc.tokens[i];
        &self.text[t.start..t.end]
    }
    /// Token `i` in lower case; empty outside the sentence.
    #[inline]
    fn lw(&self, i: usize) -> &str {
        if !(self.lo..self.hi).contains(&i) {
            return "";
        }
        self.lows[i]
    }
    /// Whether token `i` is in one of `classes`; never outside the sentence.
    #[inline]
    fn is(&self, i: usize, classes: u64) -> bool {
        (self.lo..self.hi).contains(&i) && self.cls[i] & classes != 0
    }
    fn phrase_at(&self, tok: usize) -> Option<usize> {
        match self.phrase_of.get(tok.wrapping_sub(self.lo)) {
            Some(&p) => (p != NO).then_some(p as usize),
            None => self
                .phrases
                .iter()
                .position(|p| p.start <= tok && tok < p.end),
        }
    }
    fn phrase_starting(&self, tok: usize) -> Option<usize> {
        match self.phrase_from.get(tok.wrapping_sub(self.lo)) {
            Some(&p) => (p != NO).then_some(p as usize),
            None => self.phrases.iter().position(|p| p.start == tok),
        }
    }
    fn trigger_at(&self, tok: usize) -> Option<usize> {
        match self.trigger_of.get(tok.wrapping_sub(self.lo)) {
            Some(&t) => (t != NO).then_some(t as usize),
            None => self.triggers.iter().position(|t| t.0 <= tok && tok < t.1),
        }
    }
    /// Whether phrase `p` only modifies the noun after it ("the Iran-backed group",
    /// "Israeli-occupied land"): an adjective trigger follows it.
    fn modifies(&self, p: usize) -> bool {
        let end = self.phrases[p].end;
        // ("signed a Russian-brokered deal": the broker is no party.)
        // ("after African Union-led talks": the mediator is no party either.)
        let led = self.lw(end + 1) == "led" && self.is(end + 2, class::BROKERED);
        if self.w(end) == "-"
            && (matches!(self.lw(end + 1), "brokered" | "mediated" | "hosted") || led)
        {
            return true;
        }
        // ("vetoed a US-backed resolution": what is backed is the backer's text, and an act on
        // it is on the backer.)
        self.trigger_at(end).is_some_and(|t| {
            let (t0, t1) = (self.triggers[t].0, self.triggers[t].1);
            t0 == end
                && !self.is(t1, class::PROPOSAL)
                && !matches!(self.lw(t1), "resolution" | "draft" | "text" | "motion")
                && self.triggers[t]
                    .3
                    .iter()
                    .any(|&d| self.gaz.triggers[d as usize].frame == Frame::Adj)
        })
    }
    /// Indexes the phrases by token, after they change.
    fn index_phrases(&mut self) {
        let n = self.hi - self.lo;
        self.phrase_of.clear();
        self.phrase_of.resize(n, NO);
        self.phrase_from.clear();
        self.phrase_from.resize(n, NO);
        for (i, p) in self.phrases.iter().enumerate() {
            if let Some(slot) = self.phrase_from.get_mut(p.start.wrapping_sub(self.lo)) {
                if *slot == NO {
                    *slot = i as u32;
                }
            }
            for tok in p.start.max(self.lo)..p.end.min(self.hi) {
                let slot = &mut self.phrase_of[tok - self.lo];
                if *slot == NO {
                    *slot = i as u32;
                }
            }
        }
    }
    /// Indexes the triggers by token.
    fn index_triggers(&mut self) {
        self.trigger_of.clear();
        self.trigger_of.resize(self.hi - self.lo, NO);
        for (i, t) in self.triggers.iter().enumerate() {
            for tok in t.0.max(self.lo)..t.1.min(self.hi) {
                let slot = &mut self.trigger_of[tok - self.lo];
                if *slot == NO {
                    *slot = i as u32;
                }
            }
        }
    }
    fn ent(&self, e: usize) -> &DocEntity {
        &self.r.entities[e]
    }
}

/// The most relations a whole text may yield, and the most bytes of evidence (each relation
/// quotes its sentence) they may hold together: both grow with the text, well above what news
/// gives (10 MB of articles: 165,000 relations quoting 19 MB; the densest paragraph of our gold
/// sets quotes 7 times its length, and 1 MB of slack covers any short text), so that only text
/// made of long lists of actors meets them, and the analysis of any text stays within a fixed
/// multiple of its size.
pub fn budget(text_len: usize) -> (usize, usize) {
    (10_000 + text_len / 16, (1 << 20) + 8 * text_len)
}

/// Extracts the relations of a resolved document. `warnings` receives a note when a sentence
/// hits [`MAX_PER_SENTENCE`] or the text its [`budget`].
pub fn extract(
    text: &str,
    doc: &Document,
    gaz: &Gazetteer,
    r: &Resolved,
    triggers: &[TriggerHit],
    warnings: &mut Vec<String>,
) -> Vec<Relation> {
    let mut out = Vec::new();
    let mut disc = Discourse::default();
    let (max_relations, max_evidence) = budget(text.len());
    let mut evidence = 0;
    let lows = doc.lowers();
    let cls = token_classes(&lows);
    // One sentence at a time; its buffers are emptied and reused from one to the next.
    let mut sent = Sent {
        text,
        doc,
        gaz,
        r,
        cls: &cls,
        lows: &lows,
        lo: 0,
        hi: 0,
        triggers: Vec::new(),
        phrases: Vec::new(),
        clause: Vec::new(),
        speaker: Vec::new(),
        inherited: Vec::new(),
        participle: Vec::new(),
        phrase_of: Vec::new(),
        phrase_from: Vec::new(),
        trigger_of: Vec::new(),
    };
    let mut rels: Vec<Relation> = Vec::new();
    for (si, s) in doc.sentences.iter().enumerate() {
        sent.start(s.tokens.start, s.tokens.end);
        collect_triggers(&mut sent, triggers);
        build_phrases(&mut sent, &mut disc);
        clauses(&mut sent);
        resolve_pronouns(&mut sent, &disc);
        let before = out.len();
        // Roles see every relation so far ("condemned the strikes" names an earlier act). A
        // sentence with no actor in it gives none.
        let (mut cut, struck, victims) = if sent.phrases.iter().any(|p| !p.ents.is_empty()) {
            roles(&sent, si, &disc, &mut out)
        } else {
            (false, None, None)
        };
        if struck.is_some() {
            disc.assailant = struck;
        }
        if victims.is_some() {
            disc.victims = victims;
        }
        rels.extend(out.drain(before..));
        for rel in rels.drain(..) {
            if out.len() - before >= MAX_PER_SENTENCE {
                cut = true;
                break;
            }
            let dup = out[before..].iter().any(|o: &Relation| {
                o.source == rel.source
                    && o.target == rel.target
                    && o.kind == rel.kind
                    && o.trigger == rel.trigger
            });
            if !dup && rel.source != rel.target {
                if out.len() >= max_relations || evidence + s.span.len() > max_evidence {
                    warnings.push(format!(
                        "the text names more relations than its length allows ({} quoting {} \
                         bytes); those from sentence {si} on were left out",
                        out.len(),
                        evidence
                    ));
                    return out;
                }
                evidence += s.span.len();
                out.push(rel);
            }
        }
        if cut {
            warnings.push(format!(
                "sentence {si} names more relations than {MAX_PER_SENTENCE}; the rest were left out"
            ));
        }
        // Remember the text so far.
        for p in &sent.phrases {
            if p.ents.len() >= 2 && !p.reference {
                disc.groups.push(p.ents.clone());
            }
            if !p.reference {
                disc.actors.extend(p.ents.iter().copied());
            }
        }
        for rel in &out[before..] {
            // A two-sided rift: "Mexico broke off relations with Ecuador".
            if rel.polarity < 0 && rel.rule.starts_with("mutual") && !rel.negated {
                disc.rifts.push(vec![rel.source, rel.target]);
            }
            // (What an accusation alleges, or a request asks, are not the talks at hand.)
            if matches!(rel.kind, "CONSULT" | "AGREE" | "COOPERATE" | "ALLY")
                && !rel.negated
                && !rel.hedged
            {
                let pair = vec![rel.source, rel.target];
                match disc.parties.last_mut() {
                    Some((k, v))
                        if *k == rel.kind
                            && rel.trigger
                                == out[before..]
                                    .iter()
                                    .find(|o| o.kind == rel.kind)
                                    .map(|o| o.trigger)
                                    .unwrap_or_default() =>
                    {
                        for e in pair {
                            if !v.contains(&e) {
                                v.push(e);
                            }
                        }
                    }
                    _ => disc.parties.push((rel.kind, pair)),
                }
            }
        }
        if let Some(p) = sent.phrases.first() {
            disc.last_subject = Some(p.ents.clone());
            if !disc.led && !p.reference {
                disc.lead = Some(p.ents.clone());
            }
            disc.led = true;
        }
        disc.event_subject = event_subject(&sent);
        if let Some(d) = (sent.lo..sent.hi).rev().find_map(|k| solo_doer(&sent, k)) {
            disc.solo = Some(d);
        }
        for (at, rel) in out.iter().enumerate().skip(before) {
            disc.acts.note(at, rel);
        }
    }
    out
}

fn collect_triggers(s: &mut Sent<'_>, hits: &[TriggerHit]) {
    let toks = &s.doc.tokens;
    let (a, b) = (toks[s.lo].start, toks[s.hi - 1].end);
    // Hits are in text order: the sentence's own, found without scanning the others.
    let from = hits.partition_point(|h| h.start < a);
    let here = hits[from..].iter().take_while(|h| h.start <= b);
    for h in here.filter(|h| h.end <= b) {
        let first = toks.partition_point(|t| t.start < h.start);
        let last = toks.partition_point(|t| t.end < h.end);
        let defs: Vec<u32> = s
            .gaz
            .senses(h.term)
            .iter()
            .filter_map(|x| match x {
                Sense::Trigger { trigger } => Some(*trigger),
                _ => None,
            })
            .collect();
        if first < s.hi && last < s.hi && !defs.is_empty() {
            s.triggers.push((first, last + 1, (h.start, h.end), defs));
        }
    }
    s.index_triggers();
}

/// Mentions -> phrases: coordination ("A, B and C"), possessives, titles absorbed into their
/// person ("Chinese President Xi Jinping" is one actor, Xi), agents ("diplomats from the US").
fn build_phrases(s: &mut Sent<'_>, disc: &mut Discourse) {
    let toks = &s.doc.tokens;
    let (a, b) = (toks[s.lo].start, toks[s.hi - 1].end);
    // Actor mentions as token spans.
    let mut spans: Vec<(usize, usize, usize)> = Vec::new();
    let from = s.r.mentions.partition_point(|m| m.start < a);
    let here = s.r.mentions[from..].iter().take_while(|m| m.start <= b);
    for m in here.filter(|m| m.end <= b) {
        let e = &s.r.entities[m.entity];
        let first = toks.partition_point(|t| t.start < m.start);
        let last = toks.partition_point(|t| t.end < m.end);
        if e.kind == Kind::Place {
            // "the Tripoli-based government": the government of the place's state, when the
            // text names that state.
            let seat = last + 3 < s.hi
                && s.w(last + 1) == "-"
                && s.lw(last + 2) == "based"
                && matches!(
                    s.lw(last + 3),
                    "government" | "authorities" | "administration"
                );
            let state = e.country.as_deref().and_then(|c| s.r.index(c));
            if let Some(j) = state.filter(|&j| seat && s.r.entities[j].kind == Kind::Country) {
                spans.push((first, last + 4, j));
            }
            continue;
        }
        if e.kind == Kind::Event {
            continue;
        }
        // "the Russian-led alliance", "Iranian-made drones": a modifier, not an actor.
        let compound =
            last + 2 < s.hi && s.w(last + 1) == "-" && s.is(last + 2, class::HYPHEN_PART);
        if compound {
            // "a Saudi-led coalition has fought the Houthis": a coalition with no name of its
            // own acts for its leader.
            let led_force = last + 3 < s.hi
                && s.lw(last + 2) == "led"
                && matches!(s.lw(last + 3), "coalition" | "forces" | "force" | "troops");
            if led_force {
                spans.push((first, last + 4, m.entity));
            }
            // ("African Union-led talks": the mediator of what follows.)
            if last + 3 < s.hi && s.lw(last + 2) == "led" && s.is(last + 3, class::BROKERED) {
                spans.push((first, last + 1, m.entity));
            }
            continue;
        }
        spans.push((first, last + 1, m.entity));
    }
    // A state or organization right before a person is the person's title ("Chinese President
    // Xi Jinping", "NATO Secretary-General Jens Stoltenberg", "his Russian counterpart").
    let mut absorbed = vec![false; spans.len()];
    for i in 0..spans.len().saturating_sub(1) {
        let (_, end, e) = spans[i];
        let (nstart, _, ne) = spans[i + 1];
        if s.r.entities[ne].kind != Kind::Person || s.r.entities[e].kind == Kind::Person {
            continue;
        }
        // "his Tuvaluan counterpart, Kausea Natano,": the name in apposition to the title.
        let apposed = nstart > end + 1
            && s.w(nstart - 1) == ","
            && s.lw(nstart - 2) == "counterpart"
            && spans[i + 1].1 < s.hi
            && s.w(spans[i + 1].1) == ",";
        let gap = end..nstart - usize::from(apposed);
        let titled = gap.len() <= 4
            && gap.clone().all(|k| {
                let w = s.w(k);
                toks[k].kind == TokenKind::Word
                    && (w.chars().next().is_some_and(char::is_uppercase)
                        || s.is(k, class::TITLE_WORD))
                    || w == "-"
                    || toks[k].kind == TokenKind::Possessive
            });
        if titled {
            absorbed[i] = true;
            // ("Chinese Foreign Ministry spokesman Zhao Lijian": a person the text gives no
            // state speaks for the state of the title.)
            if s.r.entities[ne].affiliation.is_none() && gap.len() > 1 {
                spans[i + 1].2 = e;
            }
        }
    }
    // "Ethiopia's government and Tigrayan forces agreed": a state's government, army or
    // leaders stand for the state.
    // Its leader too, by title: "Thailand's acting prime minister, Phumtham Wechayachai, and".
    let body = |end: usize| -> usize {
        if !(end + 1 < s.hi && toks[end].kind == TokenKind::Possessive) {
            return end;
        }
        let mut k = end + 1;
        if s.is(k, class::TITLE_MODIFIER) {
            k += 1;
        }
        let len = if s.is(k, class::GOVERNING) {
            1
        } else if k + 1 < s.hi
            && matches!(
                (s.lw(k), s.lw(k + 1)),
                ("prime", "minister")
                    | ("foreign" | "defence" | "defense", "minister" | "ministry")
            )
        {
            2
        } else {
            return end;
        };
        // ("Sudan's army-backed government": a modifier.)
        if k + len < s.hi && s.w(k + len) == "-" {
            return end;
        }
        k + len
    };
    // Where each person's title starts ("North Korean leader Kim Jong Un"), so that "and" joins
    // a list across it ("Vladimir Putin and North Korean leader Kim Jong Un signed").
    let mut title_from = None;
    let mut titles: Vec<usize> = Vec::new();
    let spans: Vec<_> = spans
        .into_iter()
        .zip(absorbed)
        .filter_map(|((first, end, e), a)| {
            if a {
                title_from = title_from.or(Some(first));
                return None;
            }
            titles.push(title_from.take().unwrap_or(first));
            Some((first, body(end), e))
        })
        .collect();
    // "Thailand's acting prime minister, Phumtham Wechayachai, agreed": the name in apposition
    // to a state's titled leader is the same actor, an aside.
    let mut spans = spans;
    let mut i = 1;
    while i < spans.len() {
        let (first, end, e) = spans[i];
        let prev_end = spans[i - 1].1;
        let named = s.r.entities[e].kind == Kind::Person
            && first == prev_end + 1
            && s.w(prev_end) == ","
            && end < s.hi
            && s.w(end) == ","
            && s.is(prev_end - 1, class::HEAD_TITLE);
        if named {
            spans.remove(i);
            titles.remove(i);
        } else {
            i += 1;
        }
    }
    // Coordination.
    // The sentence's buffer, empty here.
    let mut phrases = std::mem::take(&mut s.phrases);
    let mut i = 0;
    while i < spans.len() {
        let (start0, mut end, e) = spans[i];
        let mut start = start0;
        if start > s.lo && s.lw(start - 1) == "the" {
            start -= 1;
        }
        let mut ents = vec![e];
        let mut j = i + 1;
        while j < spans.len() {
            let (ns, ne, nent) = spans[j];
            let g = gap_words(s, end, ns);
            let joins = matches!(
                g.as_slice(),
                [","]
                    | ["and"]
                    | ["or"]
                    | [",", "and"]
                    | [",", "or"]
                    | ["and", "the"]
                    | [",", "the"]
                    | [",", "and", "the"]
                    | ["and", "the", "governments", "of"]
                    | ["and", "the", "leaders", "of"]
                    | ["as", "well", "as"]
                    | ["as", "well", "as", "the"]
                    | ["and", "his", _, "counterpart"]
                    | ["and", "her", _, "counterpart"]
                    | ["and", "his", "counterpart"]
                    | ["and", "fellow"]
                    | ["and", "its", "ally"]
                    | ["and", "their", "allies"]
            ) || matches!(
                g.as_slice(),
                ["and", "the", d]
                    if matches!(
                        *d,
                        "paramilitary" | "rebel" | "militant" | "separatist" | "islamist"
                            | "jihadist" | "breakaway" | "armed"
                    )
            ) || (g.len() >= 3
                && g.len() <= 6
                && g[..2] == ["and", "the"]
                // "the EU and the South American bloc Mercosur": a description, then the name.
                && matches!(
                    g[g.len() - 1],
                    "bloc" | "alliance" | "group" | "grouping" | "organisation" | "organization"
                )
                && (end + 2..ns - 1).all(|k| {
                    s.w(k).starts_with(|c: char| c.is_ascii_uppercase()) || s.w(k) == "-"
                }))
                || (matches!(g.as_slice(), ["and", "his"] | ["and", "her"])
                    && ne < s.hi
                    && s.lw(ne) == "counterpart")
                || titled_join(&g)
                || (titles[j] < ns
                    && matches!(
                        gap_words(s, end, titles[j]).as_slice(),
                        ["and"] | ["and", "his"] | ["and", "her"]
                    ));
            // "Hungary, the other holdout," is an apposition, not a list: require the list to
            // end with "and"/"or" when commas are used.
            if !joins {
                break;
            }
            // (", and" / ", or" closes the list itself: "France, Germany, and Italy".)
            if matches!(g.as_slice(), [","] | [",", "the"]) && !list_closes(s, &spans, j) {
                break;
            }
            // "solidarity with Estonia, and Latvia and Lithuania echoed": after one actor, ", and"
            // before actors that a verb follows opens a new clause, not a list.
            // (", and Romania, which shares a language with Moldova, offered": a subject with a
            // relative clause.)
            let relative =
                |e: usize| s.w(e) == "," && matches!(s.lw(e + 1), "which" | "who" | "whose");
            if matches!(g.as_slice(), [",", "and"] | [",", "and", "the"])
                && ents.len() == 1
                && (verb_follows(s, list_end(s, &spans, j)) || relative(list_end(s, &spans, j)))
            {
                break;
            }
            // "between the United States and Yemen's Houthis": the owned actor, not its owner.
            let owned = (ne < s.hi && s.doc.tokens[ne].kind == TokenKind::Possessive)
                .then(|| spans.get(j + 1))
                .flatten()
                .filter(|&&(os, _, oe)| {
                    os == ne + 1 && matches!(s.r.entities[oe].kind, Kind::Organization)
                });
            if let Some(&(_, oend, oent)) = owned {
                ents.push(oent);
                end = oend;
                j += 2;
                continue;
            }
            ents.push(nent);
            end = ne;
            j += 1;
        }
        // ("Hamas, Fatah and a dozen other factions signed": the phrase runs to the others'
        // noun, so that the verb follows it.)
        if let Some(k) = others_end(s, end) {
            end = k;
            while j < spans.len() && spans[j].0 < end {
                j += 1;
            }
        }
        let possessive = end < s.hi && s.doc.tokens[end].kind == TokenKind::Possessive;
        // Groups acting ("the Baltic states urged") stand for their members; "the two Nordic
        // states" for the two of them named last.
        // ("the Nordic states pledged", after Finland and Sweden: the members named.)
        let counted = (start > s.lo)
            .then(|| NUMBERS.iter().find(|(w, _)| *w == s.lw(start - 1)))
            .flatten()
            .map(|&(_, n)| n)
            .or_else(|| (s.lw(start) == "the").then_some(0));
        // ("the first Arab states to establish ties", "several Gulf states": some of them,
        // unnamed.)
        let some_of = start > s.lo
            && (matches!(
                s.lw(start - 1),
                "several" | "some" | "many" | "other" | "few" | "various" | "certain"
            ) || matches!(s.lw(start - 1), "first" | "last" | "only")
                && s.lw(start.wrapping_sub(2)) == "the");
        let mut expanded = Vec::new();
        for e in ents {
            let ent = &s.r.entities[e];
            if ent.kind == Kind::Group && !ent.members.is_empty() && some_of {
                continue;
            }
            if ent.kind == Kind::Group && !ent.members.is_empty() {
                let named = counted
                    .filter(|&n| n < ent.members.len())
                    .and_then(|n| named_members(s, start, &ent.members, n))
                    .filter(|v| v.len() >= 2);
                if let Some(named) = named {
                    expanded.extend(named);
                    continue;
                }
                for m in &ent.members {
                    if let Some(k) = s.r.index(m) {
                        expanded.push(k);
                    }
                }
            } else {
                expanded.push(e);
            }
        }
        expanded.dedup();
        if expanded.is_empty() {
            i = j;
            continue;
        }
        phrases.push(Phrase {
            start,
            end,
            ents: expanded,
            possessive,
            reference: false,
        });
        i = j;
    }
    // Plural references: "the two countries", "the sides", "both leaders".
    let mut k = s.lo;
    while k < s.hi {
        let w = s.lw(k);
        let mut n = None;
        let mut noun_at = None;
        if w == "the" || w == "both" || w == "all" {
            let mut j = k + 1;
            if let Some(&(_, num)) = NUMBERS.iter().find(|(x, _)| j < s.hi && *x == s.lw(j)) {
                n = Some(num);
                j += 1;
            } else if w == "both" {
                n = Some(2);
            } else if w == "all" {
                // "all parties" is no list the text has named
                k += 1;
                continue;
            }
            // one optional modifier: "the regional rivals", "the two Asian neighbours", "the
            // nuclear-armed neighbours"
            let hyphened = j + 3 < s.hi && s.w(j + 1) == "-";
            for jj in [j, j + 1, if hyphened { j + 3 } else { j }] {
                if jj < s.hi && s.is(jj, class::PLURAL_NOUN) {
                    noun_at = Some(jj);
                    break;
                }
            }
            let inside = |t: usize| phrases.iter().any(|p| p.start <= t && t < p.end);
            if noun_at.is_some_and(|na| (j..=na).any(inside))
                || (noun_at == Some(j + 1) && s.doc.tokens[j].kind != TokenKind::Word)
            {
                noun_at = None;
            }
        }
        if let Some(na) = noun_at {
            let of_next = na + 1 < s.hi
                && s.lw(na + 1) == "of"
                && !(na + 2 < s.hi && s.lw(na + 2).ends_with("ing"));
            if !of_next {
                let noun = s.lw(na);
                if let Some(ents) = plural(s, disc, &phrases, k, noun, n) {
                    let possessive =
                        na + 1 < s.hi && s.doc.tokens[na + 1].kind == TokenKind::Possessive;
                    phrases.push(Phrase {
                        start: k,
                        end: na + 1,
                        ents,
                        possessive,
                        reference: true,
                    });
                }
                k = na + 1;
                continue;
            }
        }
        k += 1;
    }
    // "Kinshasa accuses its neighbour", "declined to criticise its ally": the one state the
    // owner (the actor before the pronoun) last stood beside or against, else the state named
    // last in the sentence that is not the owner.
    for k in s.lo + 1..s.hi.saturating_sub(1) {
        let other = s.is(k, class::PRONOUN)
            && matches!(s.lw(k), "its" | "his" | "her")
            && matches!(
                s.lw(k + 1),
                "neighbour" | "neighbor" | "ally" | "rival" | "foe" | "adversary"
            )
            // ("Belarus, its closest ally": an apposition names the ally itself.)
            && s.w(k - 1) != ",";
        if !other || phrases.iter().any(|p| p.start <= k + 1 && k < p.end) {
            continue;
        }
        // ("India expelled Pakistani advisers, blaming its neighbour": a participle after a
        // comma is the sentence subject's act, so the owner is that subject.)
        let participle = k >= s.lo + 2 && s.w(k - 2) == "," && s.lw(k - 1).ends_with("ing");
        let owner = if participle {
            phrases
                .iter()
                .filter(|p| p.end <= k && !p.reference && !p.possessive)
                .min_by_key(|p| p.start)
        } else {
            phrases
                .iter()
                .rev()
                .find(|p| p.end <= k && !p.reference && !p.possessive)
        };
        let Some(owner) = owner.map(|p| p.ents.clone()) else {
            continue;
        };
        let owned = |e: usize| owner.iter().any(|&o| s.r.fold(o) == s.r.fold(e));
        let state = |e: &usize| s.r.entities[s.r.fold(*e)].kind == Kind::Country && !owned(*e);
        let sides = disc
            .parties
            .iter()
            .map(|(_, v)| v)
            .chain(&disc.rifts)
            .chain(&disc.groups);
        let beside = sides.rev().take(LOOKBACK).find_map(|v| {
            let others: Vec<usize> = v.iter().copied().filter(state).collect();
            (v.iter().any(|&e| owned(e)) && others.len() == 1).then(|| others[0])
        });
        let here = phrases
            .iter()
            .rev()
            .filter(|p| p.end <= k)
            .flat_map(|p| p.ents.iter().rev());
        let named = || here.clone().copied().find(state);
        if let Some(e) = beside.or_else(named) {
            let possessive = k + 2 < s.hi && s.doc.tokens[k + 2].kind == TokenKind::Possessive;
            phrases.push(Phrase {
                start: k,
                end: k + 2,
                ents: vec![s.r.fold(e)],
                possessive,
                reference: true,
            });
        }
    }
    crate::sort::by_key(&mut phrases, |p| (p.start, 0));
    s.phrases = phrases;
    s.index_phrases();
}

/// "Yoon and Prime Minister Fumio Kishida": "and" and a person's title join a list.
fn titled_join(g: &[&str]) -> bool {
    matches!(g.first(), Some(&"and"))
        && (2..=4).contains(&g.len())
        && g[1..].iter().all(|w| {
            matches!(
                *w,
                "prime"
                    | "minister"
                    | "president"
                    | "chancellor"
                    | "foreign"
                    | "defence"
                    | "defense"
                    | "secretary"
                    | "premier"
                    | "king"
                    | "crown"
                    | "prince"
                    | "emir"
                    | "general"
                    | "-"
            )
        })
}

/// The lower-case words of tokens `from..to`: what stands between two actors.
fn gap_words<'s>(s: &'s Sent<'_>, from: usize, to: usize) -> Vec<&'s str> {
    (from..to).map(|k| s.lw(k)).collect()
}

/// Whether token `k`, before token `start`, is part of a hyphenated modifier but not its last
/// word ("three-way" before "exercise": "three" and "-"), so that the modifier counts once.
fn inside_compound(s: &Sent<'_>, k: usize, start: usize) -> bool {
    s.w(k) == "-" || (k + 1 < start && s.w(k + 1) == "-")
}

/// Where the actors from `spans[from]` joined by "and" end: "Latvia and Lithuania".
fn list_end(s: &Sent<'_>, spans: &[(usize, usize, usize)], from: usize) -> usize {
    let mut j = from;
    while j + 1 < spans.len() {
        if !matches!(
            gap_words(s, spans[j].1, spans[j + 1].0).as_slice(),
            ["and"] | ["and", "the"]
        ) {
            break;
        }
        j += 1;
    }
    spans[j].1
}

/// Whether a verb comes at token `k`, after at most two adverbs or auxiliaries ("also",
/// "have also pledged"): a trigger, a verb of speech, a light verb, a form of "be" or a modal.
fn verb_follows(s: &Sent<'_>, k: usize) -> bool {
    let verb = class::SPEECH | class::LIGHT | class::BE | class::MODAL;
    for at in k..(k + 3).min(s.hi) {
        if s.is(at, verb) || s.trigger_at(at).is_some() {
            return true;
        }
        let w = s.lw(at);
        let adverb = w.ends_with("ly") || matches!(w, "also" | "too" | "then" | "later" | "soon");
        // ("and Emirati officials said": the actor's people.)
        let people = matches!(
            w,
            "officials" | "leaders" | "diplomats" | "authorities" | "ministers" | "lawmakers"
        );
        if !adverb && !people && !matches!(w, "has" | "have" | "had") {
            return false;
        }
    }
    false
}

/// In "A, B and C", the commas join only if an "and"/"or" closes the list.
fn list_closes(s: &Sent<'_>, spans: &[(usize, usize, usize)], from: usize) -> bool {
    let mut j = from;
    while j + 1 < spans.len() {
        match gap_words(s, spans[j].1, spans[j + 1].0).as_slice() {
            [","] | [",", "the"] => j += 1,
            ["and"]
            | ["or"]
            | [",", "and"]
            | [",", "or"]
            | ["and", "the"]
            | [",", "and", "the"] => return true,
            _ => return others_at(s, spans[j].1).is_some(),
        }
    }
    others_at(s, spans[j].1).is_some()
}

/// Where the others of [`others_at`] end: after "others", or after the plural noun that
/// "other" opens ("other Western governments"), within three words.
fn others_end(s: &Sent<'_>, end: usize) -> Option<usize> {
    let k = others_at(s, end)?;
    if s.lw(k) == "others" {
        return Some(k + 1);
    }
    (k + 1..(k + 4).min(s.hi))
        .take_while(|&j| s.doc.tokens[j].kind == TokenKind::Word)
        .find(|&j| {
            let w = s.w(j);
            w.len() > 3 && w.ends_with('s') && w.bytes().all(|b| b.is_ascii_lowercase())
        })
        .map(|j| j + 1)
}

/// Whether "and others" or "and 13 other (Western) governments" closes a list at token `end`
/// (the actors named before it are the list, the others stand for no one in particular): the
/// token "other" or "others".
fn others_at(s: &Sent<'_>, end: usize) -> Option<usize> {
    let at = |k: usize| if k < s.hi { s.lw(k) } else { "" };
    if at(end) != "and" {
        return None;
    }
    // ("and 13 other", "and a dozen other", "and dozens of other")
    let quantity = |w: &str| {
        matches!(
            w,
            "a" | "dozen" | "dozens" | "of" | "several" | "many" | "some"
        ) || NUMBERS.iter().any(|(n, _)| *n == w)
            || w.as_bytes().first().is_some_and(u8::is_ascii_digit)
    };
    let k = (end + 1..end + 4)
        .find(|&k| !quantity(at(k)))
        .unwrap_or(end + 4);
    matches!(at(k), "other" | "others").then_some(k)
}

/// How far back a plural reference looks, in lists, parties or actors named: far enough for
/// any article, and a bound on the cost of each reference in a text of megabytes.
const LOOKBACK: usize = 400;

/// The members of a plural reference.
fn plural(
    s: &Sent<'_>,
    disc: &Discourse,
    here: &[Phrase],
    at: usize,
    noun: &str,
    n: Option<usize>,
) -> Option<Vec<usize>> {
    let persons = matches!(noun, "men" | "leaders" | "presidents" | "women");
    // ("the first talks between the two countries' leaders" at the G20: states only.)
    let states = matches!(noun, "countries" | "nations");
    let fits = |e: usize| {
        let k = s.r.entities[s.r.fold(e)].kind;
        if persons {
            s.r.entities[e].kind == Kind::Person
        } else if states {
            k == Kind::Country && s.r.entities[e].kind != Kind::Person
        } else {
            s.r.entities[e].kind != Kind::Person
        }
    };
    let fold = |v: &[usize]| -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for &e in v {
            let f = if persons { e } else { s.r.fold(e) };
            if !out.contains(&f) {
                out.push(f);
            }
        }
        out
    };
    let want = |v: &Vec<usize>| {
        n.is_none_or(|n| v.len() == n) && v.len() >= 2 && v.iter().all(|&e| fits(e))
    };
    // The parties of the last talks or agreement are "the sides".
    if matches!(noun, "sides" | "parties" | "signatories") || (noun != "rivals" && n.is_none()) {
        let mut recent = disc.parties.iter().rev().take(LOOKBACK);
        if let Some((_, v)) = recent.find(|(_, v)| want(&fold(v))) {
            return Some(fold(v));
        }
    }
    // The latest list of the right size: in this sentence before the reference, then earlier.
    // ("The US and South Korea had warned that any deal between the two countries": those
    // warned about are others than the warners, whose verb follows them.)
    let hostile_between = |from: usize| {
        s.triggers.iter().any(|t| {
            from <= t.0
                && t.0 < at
                && t.0 <= from + 2
                && t.3.iter().any(|&d| {
                    let d = &s.gaz.triggers[d as usize];
                    d.polarity < 0 && d.frame == Frame::Verb
                })
        })
    };
    // ("talks in Doha mediated by Qatar and Turkey ... fighting between the neighbours": the
    // mediators or hosts are not the parties.)
    let third = |p: &Phrase| {
        p.start >= s.lo + 2
            && s.lw(p.start - 1) == "by"
            && s.is(p.start - 2, class::BROKER_VERB | class::HOST)
    };
    let local = here
        .iter()
        .rev()
        .filter(|p| p.end <= at && !p.reference && !hostile_between(p.end) && !third(p))
        .map(|p| fold(&p.ents));
    let earlier = disc.groups.iter().rev().take(LOOKBACK).map(|g| fold(g));
    if let Some(v) = local.chain(earlier).find(|v| want(v)) {
        return Some(v);
    }
    // Else the parties of the latest two-sided relation of that size ("Mexico broke off
    // relations with Ecuador ... urged the two countries").
    let two_sided = disc.parties.iter().map(|(_, v)| v).chain(disc.rifts.iter());
    if let Some(v) = two_sided.rev().take(LOOKBACK).find(|v| want(&fold(v))) {
        return Some(fold(v));
    }
    // Else the last N distinct actors named.
    let n = n.unwrap_or(2);
    let mut out: Vec<usize> = Vec::new();
    let latest_first = here
        .iter()
        .rev()
        .filter(|p| p.end <= at && !p.reference)
        .flat_map(|p| p.ents.iter().rev())
        .chain(disc.actors.iter().rev().take(LOOKBACK));
    for &e in latest_first {
        let f = if persons { e } else { s.r.fold(e) };
        if fits(f) && !out.contains(&f) {
            out.push(f);
        }
        if out.len() == n {
            break;
        }
    }
    (out.len() == n).then(|| {
        out.reverse();
        out
    })
}

/// Cuts the sentence into clauses and notes each clause's speaker and inherited subject.
fn clauses(s: &mut Sent<'_>) {
    let mut c = 0;
    // The sentence's buffers, empty here.
    let mut speaker = std::mem::take(&mut s.speaker);
    speaker.push(None);
    let mut inherited = std::mem::take(&mut s.inherited);
    inherited.push(None);
    let mut participle = std::mem::take(&mut s.participle);
    let mut relative: Option<usize> = None;
    // "Accusing Ukraine of sabotage, Russia suspended the deal": a sentence that opens with a
    // participle is a clause up to its first comma, whose subject is the actor after the comma.
    let first = s.lw(s.lo);
    let opener = (first.len() > 5 && first.ends_with("ing"))
        .then(|| (s.lo + 1..s.hi).find(|&k| s.w(k) == ","))
        .flatten()
        .and_then(|k| {
            // ("Hosting the ceremony, Secretary of State Marco Rubio said": past a title.)
            let at = k + 1 + usize::from(s.lw(k + 1) == "the");
            (at..(at + 4).min(s.hi))
                .take_while(|&j| {
                    j == at || s.w(j).starts_with(|c: char| c.is_uppercase()) || s.lw(j) == "of"
                })
                .find_map(|j| s.phrase_starting(j))
                .map(|p| (k, p))
        });
    let mut k = s.lo;
    while k < s.hi {
        let w = s.lw(k);
        let prev = if k > s.lo { s.lw(k - 1) } else { "" };
        if opener.is_some_and(|(comma, _)| comma == k) {
            s.clause[k - s.lo] = c;
            c += 1;
            speaker.push(None);
            inherited.push(None);
            k += 1;
            continue;
        }
        let next_is_actor = k + 1 < s.hi
            && (s.phrase_at(k + 1).is_some()
                || s.is(k + 1, class::PRONOUN)
                || s.lw(k + 1) == "the" && s.phrase_at(k + 2).is_some());
        // "a day after Crimea voted to join Russia": a subject that is no actor (a place)
        // opens the subordinate clause as well.
        let next_is_subject = next_is_actor
            || (w != "and"
                && k + 2 < s.hi
                && s.w(k + 1).starts_with(|ch: char| ch.is_uppercase())
                && s.lw(k + 2).ends_with("ed")
                && s.phrase_at(k + 2).is_none());
        let mut new_clause: Option<(Option<usize>, Option<usize>)> = None;
        if w == ";" {
            new_clause = Some((None, None));
        } else if (w == "which" || w == "who" || w == "whose")
            && k > s.lo
            && s.phrase_at(k).is_none()
        {
            // ("The WHO praised": the organization, no relative pronoun.)
            // A relative clause inherits its antecedent: the phrase just before.
            let ante = s
                .phrases
                .iter()
                .rposition(|p| p.end == k || (p.end + 1 == k && prev == ","))
                .or_else(|| {
                    // ("Haiti's transitional authorities, who": the owner of a governing noun
                    // after an adjective.)
                    let noun = k.checked_sub(1 + usize::from(prev == ","))?;
                    if !s.is(noun, class::GOVERNING) {
                        return None;
                    }
                    s.phrases.iter().rposition(|p| {
                        p.possessive
                            && p.end < noun
                            && p.end + 3 >= noun
                            && (p.end + 1..noun)
                                .all(|j| s.w(j).bytes().all(|b| b.is_ascii_lowercase()))
                    })
                });
            if prev == "," {
                relative = ante;
            }
            new_clause = Some((None, ante));
        } else if w == ","
            && relative.is_none()
            && k + 2 < s.hi
            && s.phrases.iter().any(|p| p.end == k)
            && ((matches!(s.lw(k + 1), "a" | "an" | "the")
                && s.phrase_at(k + 1).is_none()
                && (s.phrase_at(k + 2).is_none() || aside_closes(s, k + 2)))
                // "Hungary, a NATO member, has", "Poland, Ukraine's staunchest backer, accused"
                || s
                    .phrase_starting(k + 1)
                    .is_some_and(|p| s.phrases[p].possessive && aside_closes(s, k + 1)))
        {
            // "The United States, an ally of both Tokyo and Manila, welcomed": an apposition is
            // a clause of its own, and the main clause resumes after it with the same subject.
            let head = s.phrases.iter().rposition(|p| p.end == k);
            relative = head;
            new_clause = Some((None, head));
        } else if w == ","
            && relative.is_none()
            && k + 2 < s.hi
            && s.phrases.iter().any(|p| p.end == k)
            && (matches!(s.lw(k + 1), "with" | "along" | "together" | "alongside")
                || (s.lw(k + 1).ends_with("ed")
                    && (s.lw(k + 2) == "by"
                        || k + 3 < s.hi && s.lw(k + 3) == "by"
                        || aside_closes(s, k + 2))))
        {
            // "Armenia, supported by France, accused", "Saudi Arabia, with the backing of the
            // UAE, launched": the aside is a clause of its own (its passive names the head),
            // and the main clause resumes after it with the head as subject.
            let head = s.phrases.iter().rposition(|p| p.end == k);
            // "France and Germany, along with Italy, condemned": Italy joins the subject.
            let with_at = (k + 1..(k + 3).min(s.hi)).find(|&j| s.lw(j) == "with");
            let joins = matches!(s.lw(k + 1), "along" | "together" | "alongside");
            let partner = s.phrase_starting(with_at.map_or(k + 2, |j| j + 1));
            if let (true, Some(h), Some(p)) = (joins, head, partner) {
                let more: Vec<usize> = s.phrases[p]
                    .ents
                    .iter()
                    .copied()
                    .filter(|e| !s.phrases[h].ents.contains(e))
                    .collect();
                s.phrases[h].ents.extend(more);
            }
            relative = head;
            new_clause = Some((None, head));
        } else if w == ","
            && relative.is_some()
            && k + 1 < s.hi
            && s.phrase_at(k + 1).is_none()
            && !s.is(k + 1, class::SUBORDINATOR)
            && s.lw(k + 1).chars().next().is_some_and(char::is_lowercase)
        {
            // "The three juntas, which have expelled French troops, formed ...": the main
            // clause resumes after the relative one, with the antecedent as its subject.
            new_clause = Some((None, relative.take()));
        } else if s.is(k, class::SUBORDINATOR)
            && next_is_subject
            && !(w == "and" && prev != ",")
            && s.phrase_at(k).is_none()
        {
            // (", and" inside a list, "France, Germany, and Italy condemned", is no boundary.)
            new_clause = Some((None, None));
        } else if s.is(k, class::SPEECH) {
            // "X said (that) ...": the complement's speaker is X.
            // The speaker is the clause's subject: what it inherits, else its first actor
            // ("Beijing accused the three countries ... and said": Beijing).
            let in_clause = |p: &Phrase| p.end <= k && s.clause.get(p.start - s.lo) == Some(&c);
            // ("Yemen's Houthi movement said": the owned actor speaks, not its owner.)
            let sp = inherited[c]
                .or_else(|| s.phrases.iter().position(in_clause))
                .or_else(|| s.phrases.iter().rposition(in_clause))
                .map(|p| {
                    let q = &s.phrases[p];
                    if !q.possessive || q.reference {
                        return p;
                    }
                    s.phrases
                        .iter()
                        .position(|o| o.start == q.end + 1 && o.end <= k)
                        .unwrap_or(p)
                });
            let mut j = k + 1;
            // "told Xi that": skip the addressee (only verbs that take one)
            let addressed = matches!(
                w,
                "told" | "tells" | "warned" | "warns" | "assured" | "informed" | "reminded"
            );
            if addressed && j < s.hi && s.phrase_at(j).is_some() {
                let p = s.phrase_at(j).unwrap_or(0);
                j = s.phrases[p].end;
            }
            // "said on Tuesday that": past a time phrase.
            let tp = time_phrase(s, j);
            if tp > 0 && j + tp < s.hi && s.lw(j + tp) == "that" {
                j += tp;
            }
            if j < s.hi && s.lw(j) == "that" {
                j += 1;
            }
            // "said the pact would ...": a pure reporting verb opens a clause even before a noun;
            // "announced a partnership" takes an object.
            let reporting = s.is(k, class::REPORTING);
            let opens_clause = next_is_actor
                || j > k + 1
                || s.lw(k + 1) == "that"
                || (reporting && matches!(s.lw(k + 1), "the" | "a" | "an"));
            if j < s.hi && opens_clause && sp.is_some() {
                for t in k..j {
                    s.clause[t - s.lo] = c;
                }
                c += 1;
                speaker.push(sp);
                inherited.push(None);
                k = j;
                continue;
            }
        } else if w == "," && k + 1 < s.hi && s.lw(k + 1).ends_with("ing") && s.lw(k + 1).len() > 5
        {
            // ", accusing it of", ", setting off tensions": a participle's subject is the actor
            // of the clause before it.
            new_clause = Some((None, None));
            participle.push(c + 1);
            // ("NATO, meeting at Turkey's request, expressed": an aside after its subject, the
            // main clause resuming after the next comma.)
            if relative.is_none() {
                relative = s
                    .phrases
                    .iter()
                    .rposition(|p| p.end == k)
                    .filter(|&p| s.phrases[p].start <= s.lo + 1);
            }
        }
        if let Some((sp, inh)) = new_clause {
            c += 1;
            speaker.push(sp);
            inherited.push(inh);
        }
        s.clause[k - s.lo] = c;
        k += 1;
    }
    if let Some((_, subject)) = opener {
        inherited[0] = Some(subject);
    }
    s.speaker = speaker;
    s.inherited = inherited;
    s.participle = participle;
}

/// The `n` members of a group named last before token `at` ("Finland and Sweden ... the two
/// Nordic states"), when the text has named that many; with `n` 0, every member named.
fn named_members(
    s: &Sent<'_>,
    at: usize,
    members: &[crate::gazetteer::Str],
    n: usize,
) -> Option<Vec<usize>> {
    let before = s.doc.tokens[at].start;
    let upto = s.r.mentions.partition_point(|m| m.start < before);
    let mut out: Vec<usize> = Vec::new();
    for m in s.r.mentions[..upto].iter().rev().take(64) {
        let e = s.r.fold(m.entity);
        if !out.contains(&e) && members.iter().any(|x| **x == *s.r.entities[e].id) {
            out.push(e);
            if out.len() == n {
                break;
            }
        }
    }
    out.reverse();
    (n == 0 || out.len() == n).then_some(out)
}

/// Whether a comma after token `from` (within a short aside) resumes the main clause with a
/// lower-case verb: "Egypt, locked in its own dispute with Ethiopia, pledged".
fn aside_closes(s: &Sent<'_>, from: usize) -> bool {
    (from..(from + 14).min(s.hi.saturating_sub(1)))
        .find(|&j| matches!(s.w(j), "," | ";"))
        .is_some_and(|j| {
            s.w(j) == ","
                && s.phrase_at(j + 1).is_none()
                && !s.is(j + 1, class::SUBORDINATOR)
                && !s.is(j + 1, class::ASIDE_END)
                && s.w(j + 1).chars().next().is_some_and(char::is_lowercase)
        })
}

/// Whether a list of prepositions holds `w`.
fn has(preps: &[String], w: &str) -> bool {
    preps.iter().any(|p| p == w)
}

/// Pronouns become phrases: in a speech complement they are the speaker; elsewhere the
/// nearest earlier actor phrase of the right number.
fn resolve_pronouns(s: &mut Sent<'_>, disc: &Discourse) {
    let mut added = Vec::new();
    for k in s.lo..s.hi {
        let w = s.lw(k);
        if !s.is(k, class::PRONOUN) || s.phrase_at(k).is_some() {
            continue;
        }
        let plural = matches!(w, "they" | "their" | "them");
        let person = matches!(w, "he" | "she" | "his" | "her" | "him");
        let possessive = matches!(w, "their" | "its" | "his" | "her");
        let c = s.clause[k - s.lo];
        let speaker = s
            .speaker
            .get(c)
            .copied()
            .flatten()
            .map(|p| s.phrases[p].ents.clone());
        let fits = |ents: &Vec<usize>| {
            (plural == (ents.len() >= 2))
                && ents.iter().all(|&e| {
                    (s.r.entities[e].kind == Kind::Person) == person
                        || !person && !plural && s.r.entities[e].kind != Kind::Person
                })
        };
        let inherited = s
            .inherited
            .get(c)
            .copied()
            .flatten()
            .map(|p| s.phrases[p].ents.clone());
        // "took the UAE to the ICJ, accusing it of": an object pronoun is not the clause's
        // subject, and an object of the verb comes before the object of a preposition.
        let object = !possessive && k > s.lo && s.trigger_at(k - 1).is_some();
        let object_ents = || {
            let first_trigger = s.triggers.first().map_or(k, |t| t.0);
            let subject = inherited.as_ref().or_else(|| {
                s.phrases
                    .first()
                    .filter(|p| p.end <= first_trigger)
                    .map(|p| &p.ents)
            });
            s.phrases
                .iter()
                .rev()
                .filter(|p| p.end <= k && !p.reference)
                .filter(|p| {
                    let mut j = p.start;
                    while j > s.lo && matches!(s.lw(j - 1), "the" | "a" | "an") {
                        j -= 1;
                    }
                    !(j > s.lo && s.is(j - 1, class::STOP_PREP))
                })
                .map(|p| p.ents.clone())
                .find(|v| fits(v) && subject != Some(v))
        };
        // "called the raid an authoritarian act, and Brazil condemned it", "The strikes were
        // supported by ... Tehran condemned them": the act, not an actor.
        // ("..., and Macron called it regrettable": what was named is an act.)
        let called = w == "it" && k > s.lo && s.is(k - 1, class::CALL);
        if called && pronoun_act(s, k, disc.event_subject).is_some_and(|(_, here)| here) {
            continue;
        }
        if object && speaker.is_none() {
            match pronoun_act(s, k, disc.event_subject) {
                Some((_, true)) => continue,
                Some((_, false)) if object_ents().is_none() => continue,
                _ => {}
            }
        }
        // "Ecuadorian police stormed its embassy": whose embassy was stormed is not who stormed.
        let hostile_verb = (possessive && k > s.lo)
            .then(|| s.trigger_at(k - 1))
            .flatten()
            .filter(|&t| {
                s.triggers[t].3.iter().any(|&d| {
                    let d = &s.gaz.triggers[d as usize];
                    d.frame == Frame::Verb && matches!(d.kind, "ASSAULT" | "COERCE")
                })
            });
        // ("took Ecuador to the ICJ after police stormed its embassy": a state's.)
        let state_owned = k + 1 < s.hi
            && matches!(
                s.lw(k + 1),
                "embassy" | "consulate" | "territory" | "airspace" | "waters" | "soil"
            );
        let victim = |t: usize| {
            let state = |v: &&Vec<usize>| {
                !state_owned || v.iter().all(|&e| s.r.entities[e].kind == Kind::Country)
            };
            not_the_actor(s, k, s.triggers[t].0)
                .1
                .find(|v| fits(v) && state(v))
                .cloned()
        };
        // "France offered Baghdad its support": the giver's.
        let giver = || {
            let p = s.phrases.iter().position(|x| x.end == k && !x.reference)?;
            let v = s.phrases[p].start.checked_sub(1)?;
            if !possessive || v < s.lo || !s.is(v, class::OFFER) {
                return None;
            }
            source_before(s, v).map(|q| s.phrases[q].ents.clone())
        };
        // ("Michel said ..., while Stoltenberg called it an outrageous act": an object "it" is
        // no person, not even the speaker's state.)
        let object_it =
            w == "it" && k > s.lo && (s.is(k - 1, class::CALL) || s.trigger_at(k - 1).is_some());
        let ents = speaker
            .filter(|v| fits(v) || (!person && v.len() == 1 && !plural && !object_it))
            .or_else(giver)
            .or_else(|| hostile_verb.and_then(victim))
            .or_else(|| if object { object_ents() } else { None })
            .or_else(|| proposal_owner(s, k, disc).filter(&fits))
            .or_else(|| inherited.filter(&fits))
            .or_else(|| {
                // ("near the Syrian border, saying it had": a state naming a place is no
                // antecedent.)
                let place = |p: &&Phrase| {
                    p.end < s.hi && matches!(s.lw(p.end), "border" | "frontier" | "coast" | "side")
                };
                s.phrases
                    .iter()
                    .rev()
                    .filter(|p| p.end <= k && !place(p))
                    .map(|p| p.ents.clone())
                    .find(&fits)
            })
            .or_else(|| if plural { last_two(s, k) } else { None })
            .or_else(|| disc.last_subject.clone().filter(&fits));
        if let Some(ents) = ents {
            added.push(Phrase {
                start: k,
                end: k + 1,
                ents,
                possessive,
                reference: true,
            });
        }
    }
    // The clauses' subjects and speakers are phrase numbers: each moves past the pronouns
    // added before it.
    if !added.is_empty() {
        let phrases = &s.phrases;
        let moved = |i: usize| i + added.iter().filter(|a| a.start < phrases[i].start).count();
        for v in s.inherited.iter_mut().chain(s.speaker.iter_mut()).flatten() {
            *v = moved(*v);
        }
    }
    s.phrases.extend(added);
    crate::sort::by_key(&mut s.phrases, |p| (p.start, 0));
    s.index_phrases();
}

/// "Warsaw said ..., and Lithuania backed its call for consultations": a possessive pronoun
/// before a proposal, right after a verb, is another's than the verb's subject: the latest
/// actor before it but that subject, else the previous sentence's subject.
fn proposal_owner(s: &Sent<'_>, k: usize, disc: &Discourse) -> Option<Vec<usize>> {
    let proposal = matches!(s.lw(k), "its" | "their") && proposal_follows(s, k);
    let verb = k.checked_sub(1).and_then(|v| s.trigger_at(v))?;
    if !proposal {
        return None;
    }
    let (subject, mut others) = not_the_actor(s, k, s.triggers[verb].0);
    others
        .next()
        .cloned()
        .or_else(|| disc.last_subject.clone().filter(|v| Some(v) != subject))
}

/// For a possessive pronoun at token `k` that is not the acting verb's (at token `verb`): that
/// verb's subject, and the actors named before `k` but it, latest first.
fn not_the_actor<'s>(
    s: &'s Sent<'_>,
    k: usize,
    verb: usize,
) -> (Option<&'s Vec<usize>>, impl Iterator<Item = &'s Vec<usize>>) {
    let subject = source_before(s, verb).map(|p| &s.phrases[p].ents);
    let others = s
        .phrases
        .iter()
        .rev()
        .filter(move |p| p.end <= k && !p.reference && Some(&p.ents) != subject)
        .map(|p| &p.ents);
    (subject, others)
}

/// Whether a proposal ("call", "bid", "plan", "stance" ...) follows token `k`, after a verb
/// that answers another's ("backed its call"; not "defended its plan").
fn proposal_follows(s: &Sent<'_>, k: usize) -> bool {
    let answers = k > s.lo && {
        let v = s.lw(k - 1);
        [
            "back", "support", "endors", "welcom", "reject", "dismiss", "oppos", "echo", "accept",
            "prais", "critici", "embrac", "spurn", "rebuff",
        ]
        .iter()
        .any(|stem| v.starts_with(stem))
    };
    answers && k + 1 < s.hi && s.is(k + 1, class::PROPOSAL)
}

/// "Moscow backed Beijing ..., as they deepened": the last two states or persons named before
/// a plural pronoun that no list explains.
fn last_two(s: &Sent<'_>, k: usize) -> Option<Vec<usize>> {
    let mut out: Vec<usize> = Vec::new();
    for p in s
        .phrases
        .iter()
        .rev()
        .filter(|p| p.end <= k && !p.reference)
    {
        for &e in p.ents.iter().rev() {
            if s.r.entities[e].kind == Kind::Organization {
                continue;
            }
            let f = s.r.fold(e);
            if !out.iter().any(|&o| s.r.fold(o) == f) {
                out.push(e);
            }
        }
        if out.len() >= 2 {
            break;
        }
    }
    (out.len() == 2).then(|| {
        out.reverse();
        out
    })
}

struct Emit<'a> {
    out: &'a mut Vec<Relation>,
    sentence: usize,
    /// Where this sentence's relations start in `out`.
    first: usize,
    /// The acts of the earlier sentences.
    acts: &'a Acts,
    /// Pairs were left out because the sentence was full.
    cut: bool,
    /// The act the previous sentence was about, unless a pronoun of this one named an actor.
    event_subject: Option<usize>,
    /// The doer of the latest solo act of the sentences before.
    solo: Option<&'a [usize]>,
    /// The doer of the latest attack on no named actor, before this sentence.
    assailant: Option<&'a [usize]>,
    /// Such a doer in this sentence.
    struck: Option<Vec<usize>>,
    /// The victims of an attack by no named actor in this sentence.
    victims: Option<Vec<usize>>,
    /// The actor the report leads with.
    lead: Option<&'a [usize]>,
}

/// The entities of a list, each once, in order.
fn distinct(ents: &[usize]) -> Vec<usize> {
    // A short list is checked in place, without a set to allocate; a long one by a set, so
    // that a list of thousands costs no square.
    if ents.len() <= 16 {
        let mut out = Vec::with_capacity(ents.len());
        for &e in ents {
            if !out.contains(&e) {
                out.push(e);
            }
        }
        return out;
    }
    let mut seen = rustc_hash::FxHashSet::default();
    ents.iter().copied().filter(|&e| seen.insert(e)).collect()
}

impl Emit<'_> {
    fn full(&self) -> bool {
        self.out.len() - self.first >= MAX_PER_SENTENCE * 2
    }
}

impl Emit<'_> {
    #[allow(clippy::too_many_arguments)]
    fn pairs(
        &mut self,
        s: &Sent<'_>,
        src: &[usize],
        tgt: &[usize],
        def: &TriggerDef,
        t: usize,
        rule: &'static str,
        kind: Option<&'static str>,
    ) {
        // "called on Serbia to recognise Kosovo", "urged India to cooperate with Canada": an
        // alignment asked for is not one the text states (an act of hostility asked for is
        // kept, hedged, with its request).
        if def.polarity > 0 && asked_to(s, s.triggers[t].0).is_some() {
            return;
        }
        let (negated, hedged, boost) = modality(s, t);
        let (kind, polarity, base) = match kind {
            Some("ACCUSE") => ("ACCUSE", -1, -3.0),
            Some("REJECT") if def.polarity > 0 => ("REJECT", -1, -4.0),
            Some(k) => (k, def.polarity, def.intensity),
            None => (def.kind, def.polarity, def.intensity),
        };
        let intensity = (base * boost).clamp(-10.0, 10.0);
        let span = s.triggers[t].2;
        // A list may name an actor many times ("China and Russia and China ..."): each pair
        // once, so that the bound below cuts distinct pairs, not repeats.
        let (src, tgt) = (distinct(src), distinct(tgt));
        for &a in &src {
            for &b in &tgt {
                if self.full() {
                    self.cut = true;
                    return;
                }
                if a == b || s.r.fold(a) == s.r.fold(b) {
                    continue;
                }
                // "withdrew from ECOWAS": leaving an organization (not a national body) is a
                // break with it, not a retreat.
                let leaves = kind == "RETREAT" && {
                    let e = s.ent(b);
                    e.kind == Kind::Organization && e.affiliation.is_none()
                };
                let (kind, polarity, intensity) = if leaves {
                    ("REJECT", -1, -4.0)
                } else {
                    (kind, polarity, intensity)
                };
                self.out.push(Relation {
                    source: a,
                    target: b,
                    kind,
                    polarity,
                    intensity,
                    sentence: self.sentence,
                    trigger: span,
                    negated,
                    hedged,
                    rule,
                });
            }
        }
    }

    /// The relations from every actor of phrase `a` to every actor of phrase `b`.
    fn phrases(
        &mut self,
        s: &Sent<'_>,
        a: usize,
        b: usize,
        def: &TriggerDef,
        t: usize,
        rule: &'static str,
    ) {
        self.pairs(
            s,
            &s.phrases[a].ents,
            &s.phrases[b].ents,
            def,
            t,
            rule,
            None,
        );
    }

    fn mutual(
        &mut self,
        s: &Sent<'_>,
        ents: &[usize],
        def: &TriggerDef,
        t: usize,
        rule: &'static str,
    ) {
        for (i, &a) in ents.iter().enumerate() {
            for &b in &ents[i + 1..] {
                self.pairs(s, &[a], &[b], def, t, rule, None);
            }
        }
    }
}

/// Negation, hedging and emphasis from the words before a trigger in its clause.
fn modality(s: &Sent<'_>, t: usize) -> (bool, bool, f32) {
    let start = s.triggers[t].0;
    let c = s.clause[start - s.lo];
    let mut negated = false;
    let mut hedged = false;
    let mut boost = 1.0;
    let mut k = start;
    let mut steps = 0;
    // ("denied any involvement and accused the Kremlin": a finite verb after "and" is not
    // what was denied.)
    let coordinated = start > s.lo && s.lw(start - 1) == "and" && !s.lw(start).ends_with("ing");
    while k > s.lo && steps < 4 {
        k -= 1;
        if s.clause[k - s.lo] != c || s.phrase_at(k).is_some() || s.w(k) == "," {
            break;
        }
        let deny = matches!(s.lw(k), "denied" | "denies" | "deny" | "denying");
        if s.is(k, class::NEGATOR) && !(coordinated && deny) {
            negated = true;
        }
        if s.is(k, class::MODAL) {
            hedged = true;
        }
        if s.is(k, class::INTENSIFIER) {
            boost = 1.25;
        }
        // Another trigger in between governs its own words.
        if s.trigger_at(k).is_some() && steps > 0 {
            // "no boundary agreement had been signed": the act's own subject is denied.
            if k > s.lo && matches!(s.lw(k - 1), "no" | "not") {
                negated = true;
            }
            break;
        }
        steps += 1;
    }
    // "denied that it had supplied weapons", "stopped short of endorsing": the act is denied.
    // ("dismissed the accusations as absurd, and accused the alliance of": not past a new
    // coordinated clause.)
    let from = (start.saturating_sub(9).max(s.lo)..start)
        .rev()
        .find(|&k| s.w(k) == ";" || (s.w(k) == "," && matches!(s.lw(k + 1), "and" | "but")))
        .map_or(start.saturating_sub(9).max(s.lo), |k| k + 1);
    // ("denied any knowledge of the raid and appealed to the UN": a second finite verb is
    // its own.)
    let from = if start > s.lo && s.lw(start - 1) == "and" && !s.lw(start).ends_with("ing") {
        start
    } else {
        from
    };
    // (Word by word, with no window string to build and search.)
    let word = |k: usize| if k < start { s.lw(k) } else { "" };
    let denied = (from..start).any(|k| match s.lw(k) {
        "denied" | "denies" | "deny" | "denying" | "dismissed" | "dismissing" | "dismisses" => true,
        // "abstained on a resolution condemning Russia"
        "abstained" | "abstain" | "abstains" | "abstaining" => true,
        "short" => word(k + 1) == "of",
        // "Kazakhstan's refusal to recognise Kosovo"
        "refusal" => word(k + 1) == "to",
        "refrained" | "refrains" => word(k + 1) == "from",
        "ruled" | "rules" => word(k + 1) == "out",
        // "postponed a trip to China", "called off a visit": what did not take place.
        "postponed" | "postpones" | "postpone" | "cancelled" | "canceled" | "cancels" => true,
        "called" | "calls" => word(k + 1) == "off",
        // "rejected suggestions that the kingdom was siding with Moscow"
        "rejected" => matches!(
            word(k + 1),
            "suggestions" | "claims" | "allegations" | "accusations" | "reports"
        ),
        "rejects" => matches!(word(k + 1), "suggestions" | "claims"),
        // "there was no indication that Moscow had targeted"
        "no" => {
            matches!(word(k + 1), "indication" | "evidence" | "sign" | "proof")
                && word(k + 2) == "that"
        }
        _ => false,
    });
    if denied {
        negated = true;
    }
    // "would never recognise Kosovo or support its membership": a negation holds across "or"
    // (and "nor" is one).
    if !negated && start > s.lo + 1 && matches!(s.lw(start - 1), "or" | "nor") {
        let before = (start.saturating_sub(8).max(s.lo)..start - 1)
            .rev()
            .find_map(|k| s.trigger_at(k).filter(|_| s.clause[k - s.lo] == c));
        negated = s.lw(start - 1) == "nor" || before.is_some_and(|b| modality(s, b).0);
    }
    // A conditional clause: "if the alliance deployed troops".
    let clause_start = (s.lo..start)
        .rev()
        .take_while(|&k| s.clause[k - s.lo] == c)
        .last()
        .unwrap_or(start);
    if clause_start > s.lo && matches!(s.lw(clause_start), "if" | "unless") {
        hedged = true;
    }
    // "called on Serbia to recognise Kosovo": asked for, not done; "accused Kinshasa of
    // fighting alongside the FDLR": alleged.
    let alleged = start >= s.lo + 2
        && s.lw(start - 1) == "of"
        && (start.saturating_sub(6).max(s.lo)..start - 1).any(|j| {
            s.trigger_at(j).is_some_and(|t| {
                s.triggers[t]
                    .3
                    .iter()
                    .any(|&d| s.gaz.triggers[d as usize].kind == "ACCUSE")
            })
        });
    if alleged || asked_to(s, start).is_some() {
        hedged = true;
    }
    (negated, hedged, boost)
}

/// Where the asking ends when a verb at `k` is what a request asks ("urged both sides to
/// return", "called on Serbia to recognise"): the end of the request's trigger.
fn asked_to(s: &Sent<'_>, k: usize) -> Option<usize> {
    if k < s.lo + 2 || s.lw(k - 1) != "to" {
        return None;
    }
    let c = s.clause[k - s.lo];
    (k.saturating_sub(7).max(s.lo)..k - 1).rev().find_map(|j| {
        let t = s.trigger_at(j)?;
        let (_, te, _, ref defs) = s.triggers[t];
        let request = defs.iter().any(|&d| {
            let d = &s.gaz.triggers[d as usize];
            d.kind == "REQUEST" && d.frame == Frame::Verb
        });
        (request && te < k - 1 && s.clause[j - s.lo] == c).then_some(te)
    })
}

/// The nearest actor phrase before token `k` in the same clause, or the clause's inherited
/// subject or speaker.
fn source_before(s: &Sent<'_>, k: usize) -> Option<usize> {
    let c = s.clause[k - s.lo];
    s.phrases
        .iter()
        .rposition(|p| p.end <= k && s.clause[p.start - s.lo] == c)
        .or_else(|| s.inherited.get(c).copied().flatten())
        .or_else(|| s.speaker.get(c).copied().flatten())
}

/// The phrase a target search finds after token `from` (exclusive of triggers that govern
/// their own objects), within the clause: crossing `of`, `by`, `from`, possessives and the words
/// of a noun phrase, stopping at other prepositions unless `preps` allows them.
fn target_after(s: &Sent<'_>, from: usize, preps: &[String], max: usize) -> Option<usize> {
    let c = s
        .clause
        .get(from.saturating_sub(s.lo))
        .copied()
        .unwrap_or(0);
    let mut k = from;
    let mut steps = 0;
    while k < s.hi && steps < max {
        if let Some(p) = s.phrase_starting(k).or_else(|| s.phrase_at(k)) {
            let q = &s.phrases[p];
            // "urged their partners": a possessive pronoun is not the object, what it owns is.
            // A bare pronoun is an object only right after the verb ("accusing it of").
            let pronoun = q.reference && q.end == q.start + 1;
            // ("backed its call": the owner of a proposal is the object.)
            let proposal = k == from && q.possessive && proposal_follows(s, k);
            // "stormed its embassy", "seized their tanker": what a state owns stands for it
            // against a hostile act.
            // ("strikes on its nuclear sites": the trigger may stand before a preposition.)
            let hostile = || {
                let before = |b: usize| {
                    from > s.lo + b - 1
                        && s.trigger_at(from - b).is_some_and(|t| {
                            s.triggers[t]
                                .3
                                .iter()
                                .any(|&d| s.gaz.triggers[d as usize].polarity < 0)
                        })
                };
                before(1) || matches!(s.lw(from - 1), "on" | "against" | "at") && before(2)
            };
            // ("its nuclear sites": a modifier or two may stand before what is owned.)
            let owned = k == from
                && pronoun
                && q.possessive
                && (q.end..(q.end + 3).min(s.hi))
                    .take_while(|&j| {
                        s.phrase_at(j).is_none() && s.w(j).bytes().all(|b| b.is_ascii_lowercase())
                    })
                    .any(|j| s.is(j, class::OWNED))
                && hostile();
            // ("backs Serraj's rivals": those against the owner are no actor named.)
            if k == from
                && q.possessive
                && matches!(
                    s.lw(q.end + 1),
                    "rivals" | "opponents" | "enemies" | "foes" | "critics" | "adversaries"
                )
            {
                return None;
            }
            // ("imposed sanctions on Russia's Wagner Group": the actor owned is the object.)
            // ("Afghanistan's Taliban rulers": those who govern a state stand for it.)
            if q.possessive && !q.reference {
                if let Some(o) = s.phrase_starting(q.end + 1) {
                    // ("ratified Sweden's NATO membership": a noun after it is what is owned.)
                    let after = s.phrases[o].end;
                    let w = s.lw(after);
                    let head = !w.as_bytes().first().is_some_and(u8::is_ascii_lowercase)
                        || s.is(after, class::STOP_PREP)
                        || matches!(w, "and" | "of" | "for" | "from" | "which" | "who" | "that");
                    if head {
                        return Some(o);
                    }
                }
            }
            // ("struck the Iran-backed group": the backer is no object, the group is.)
            if (!(pronoun && (q.possessive || k > from)) || proposal || owned) && !s.modifies(p) {
                return Some(p);
            }
        }
        let w = s.lw(k);
        // "diplomats from seven Latin American countries, including Argentina": the named
        // members of a group noun.
        if w == "," && k > from && k + 3 < s.hi {
            let lead = match (s.lw(k + 1), s.lw(k + 2)) {
                ("including", _) => 2,
                ("among", "them") => 3,
                _ => 0,
            };
            let members = lead > 0 && (from..k).any(|j| s.is(j, class::PLURAL_NOUN));
            if let Some(p) = s.phrase_starting(k + lead).filter(|_| members) {
                return Some(p);
            }
        }
        if s.clause[k - s.lo] != c && k > from {
            return None;
        }
        // ('denounced a "criminal Israeli aggression"': a quotation opening the object.)
        let opening =
            matches!(w, "\"" | "“") && k > s.lo && matches!(s.lw(k - 1), "a" | "an" | "the");
        if matches!(w, "," | ";" | ":" | "." | "(" | ")" | "\"" | "“" | "”")
            && (k > from || (k + 1 < s.hi && s.lw(k + 1).ends_with("ing")))
            && !thousands(s, k)
            && !opening
        {
            // ("downgraded its relations, following the lead of Saudi Arabia": no object.)
            return None;
        }
        // ("push back armed groups controlling most of Port-au-Prince": what a participle after a
        // common plural noun governs is not the verb's object.)
        if k > from + 1
            && w.ends_with("ing")
            && s.phrase_at(k - 1).is_none()
            && s.lw(k - 1).len() > 3
            && s.lw(k - 1).ends_with('s')
            && s.w(k - 1).bytes().all(|b| b.is_ascii_lowercase())
        {
            return None;
        }
        // "condemned what he called a campaign of sabotage by Russia": the speaker's name for
        // the object is no boundary.
        // ("struck what New Delhi called the biggest camp of": past a speaker of two words.)
        let called = (w == "what")
            .then(|| {
                s.phrase_starting(k + 1)
                    .map(|p| s.phrases[p].end)
                    .filter(|&e| e < s.hi && s.is(e, class::CALL))
                    .or_else(|| (k + 2 < s.hi && s.is(k + 2, class::CALL)).then_some(k + 2))
            })
            .flatten();
        if let Some(e) = called {
            k = e + 1;
            if k < s.hi && s.lw(k) == "as" {
                k += 1;
            }
            steps += 1;
            continue;
        }
        // "rammed and boarded Philippine boats": two verbs share the object.
        if k == from
            && matches!(w, "and" | "or")
            && k + 1 < s.hi
            && s.lw(k + 1).ends_with("ed")
            && s.phrase_at(k + 1).is_none()
        {
            k += 2;
            steps += 1;
            continue;
        }
        if k > from
            && s.trigger_at(k).is_some_and(|t| {
                s.triggers[t]
                    .3
                    .iter()
                    .any(|&d| s.gaz.triggers[d as usize].frame == Frame::Verb)
            })
            && !w.ends_with("ing")
            // ("release a captured Indian pilot": a participle after a determiner modifies.)
            && !(w.ends_with("ed") && s.is(k - 1, class::DETERMINER))
        {
            return None;
        }
        // "struck more than a dozen Houthi targets": a quantity, no preposition.
        if w == "than" && k > from && matches!(s.lw(k - 1), "more" | "fewer" | "less") {
            k += 1;
            continue;
        }
        // "along its border with Ukraine": the border's other side.
        let border = w == "with" && k > from && matches!(s.lw(k - 1), "border" | "frontier");
        if (s.is(k, class::STOP_PREP)
            || matches!(
                w,
                "and" | "or" | "but" | "that" | "which" | "who" | "what" | "whose"
            ))
            && !has(preps, w)
            && !border
        {
            return None;
        }
        k += 1;
        steps += 1;
    }
    None
}

/// Whether the comma at token `k` separates thousands ("1,500 troops"), not phrases.
fn thousands(s: &Sent<'_>, k: usize) -> bool {
    let t = &s.doc.tokens;
    k > s.lo
        && k + 1 < s.hi
        && s.w(k) == ","
        && t[k - 1].end == t[k].start
        && t[k].end == t[k + 1].start
        && s.w(k - 1).ends_with(|c: char| c.is_ascii_digit())
        && s.w(k + 1).starts_with(|c: char| c.is_ascii_digit())
}

/// Fills the roles of each trigger of the sentence: whether the sentence had more pairs than it
/// may yield and some were left out, the doer of an attack on no named actor in it, and the
/// victims of an attack by no named actor.
fn roles(
    s: &Sent<'_>,
    si: usize,
    disc: &Discourse,
    out: &mut Vec<Relation>,
) -> (bool, Option<Vec<usize>>, Option<Vec<usize>>) {
    let first = out.len();
    let mut em = Emit {
        out,
        sentence: si,
        first,
        acts: &disc.acts,
        cut: false,
        event_subject: disc.event_subject,
        solo: disc.solo.as_deref(),
        assailant: disc.assailant.as_deref(),
        struck: None,
        victims: None,
        lead: disc.lead.as_deref(),
    };
    triggers(s, si, &mut em);
    brokers(s, disc, &mut em);
    evaluations(s, &mut em);
    demands(s, &mut em);
    ultimatum(s, &mut em);
    echoes(s, &mut em);
    lawsuits(s, &mut em);
    held_responsible(s, &mut em);
    told_by_phone(s, &mut em);
    hosts_of_talks(s, disc, &mut em);
    attended_talks(s, disc, &mut em);
    condemned_as_by(s, &mut em);
    claimed_responsibility(s, disc, &mut em);
    (em.cut, em.struck, em.victims)
}

/// The drafters of the text whose body phrase `p` names ("a U.N. General Assembly resolution
/// drafted by Ukraine": Ukraine).
fn drafters(s: &Sent<'_>, p: usize) -> Option<usize> {
    let end = s.phrases[p].end;
    if !matches!(s.lw(end), "resolution" | "draft" | "text" | "motion") {
        return None;
    }
    let by = (end + 1..(end + 5).min(s.hi.saturating_sub(1)))
        .take_while(|&j| s.phrase_at(j).is_none() && s.w(j) != ",")
        .find(|&j| s.lw(j) == "by")?;
    let verb = s.lw(by - 1);
    let drafted = matches!(
        verb,
        "drafted" | "sponsored" | "proposed" | "tabled" | "submitted" | "forward" | "presented"
    );
    drafted.then(|| s.phrase_starting(by + 1)).flatten()
}

/// An attack claimed by another.
const CLAIM_DEF: TriggerDef = TriggerDef::plain("ASSAULT", -9.0);

/// "Islamic State Khorasan Province ... claimed responsibility.": the claimant attacked the
/// victims of the attack the text reported without its doer.
fn claimed_responsibility(s: &Sent<'_>, disc: &Discourse, em: &mut Emit<'_>) {
    let Some(victims) = disc.victims.as_deref() else {
        return;
    };
    for k in s.lo..s.hi.saturating_sub(1) {
        if !(matches!(s.lw(k), "claimed" | "claims" | "claim") && s.lw(k + 1) == "responsibility") {
            continue;
        }
        // ("claimed responsibility for the attack on U.S. troops": that act's own target.)
        if s.lw(k + 2) == "for" && (k + 3..s.hi).any(|j| s.phrase_at(j).is_some()) {
            continue;
        }
        verb_act(s, em, k, victims, &CLAIM_DEF, "claimed-attack");
    }
}

/// Condemnation of an act named with its doer.
const CONDEMN_DEF: TriggerDef = TriggerDef::plain("ACCUSE", -4.0);

/// "Mikati condemned the blasts as a grave violation of Lebanese sovereignty by Israel": the
/// doer named after "as ... by" is the one condemned.
fn condemned_as_by(s: &Sent<'_>, em: &mut Emit<'_>) {
    for k in s.lo..s.hi.saturating_sub(4) {
        if !matches!(
            s.lw(k),
            "condemned" | "condemns" | "denounced" | "denounces" | "criticised" | "criticized"
        ) {
            continue;
        }
        let clause = |j: usize| s.clause[j - s.lo] == s.clause[k - s.lo] && s.w(j) != ",";
        // The object is no actor ("the blasts"), then "as", then "by" and the doer.
        let Some(a) = (k + 1..(k + 8).min(s.hi))
            .take_while(|&j| clause(j) && s.phrase_at(j).is_none())
            .find(|&j| s.lw(j) == "as")
        else {
            continue;
        };
        let Some(b) = (a + 1..(a + 12).min(s.hi.saturating_sub(1)))
            .take_while(|&j| clause(j) && s.trigger_at(j).is_none())
            .find(|&j| s.lw(j) == "by")
        else {
            continue;
        };
        let Some(p) = s
            .phrase_starting(b + 1)
            .filter(|&p| !s.phrases[p].possessive)
        else {
            continue;
        };
        verb_act(
            s,
            em,
            k,
            &s.phrases[p].ents,
            &CONDEMN_DEF,
            "condemned-as-by",
        );
    }
}

/// "The talks, hosted by French President Emmanuel Macron and attended by German Chancellor
/// Angela Merkel, were ...": the host and the guests of talks reported before meet their
/// parties.
fn hosts_of_talks(s: &Sent<'_>, disc: &Discourse, em: &mut Emit<'_>) {
    let Some(parties) = last_talks(disc) else {
        return;
    };
    // The talks named as the sentence's subject, "The talks, hosted by".
    if !(s.hi > s.lo + 4 && s.lw(s.lo) == "the" && s.is(s.lo + 1, class::GATHERING)) {
        return;
    }
    let mut k = s.lo + 2;
    while k + 2 < s.hi && k < s.lo + 24 {
        if !(matches!(s.lw(k), "hosted" | "attended" | "chaired" | "co-hosted")
            && s.lw(k + 1) == "by")
        {
            k += 1;
            continue;
        }
        let Some(p) = target_after(s, k + 2, &[], 4) else {
            k += 1;
            continue;
        };
        let trig = (s.doc.tokens[k].start, s.doc.tokens[k].end);
        let hosts = s.phrases[p].ents.clone();
        for &target in parties {
            push_plain(s, em, &hosts, target, &MEETING_DEF, trig, "host-of-talks");
        }
        k = s.phrases[p].end;
    }
}

/// The parties of the talks reported last, when the latest parties recorded are of talks.
fn last_talks(disc: &Discourse) -> Option<&[usize]> {
    disc.parties
        .last()
        .filter(|(k, _)| *k == "CONSULT")
        .map(|(_, v)| v.as_slice())
}

/// "Trump met Sharaa in Riyadh. Saudi Crown Prince Mohammed bin Salman attended the meeting":
/// who attends talks reported before meets their parties.
fn attended_talks(s: &Sent<'_>, disc: &Discourse, em: &mut Emit<'_>) {
    let Some(parties) = last_talks(disc) else {
        return;
    };
    for k in s.lo..s.hi.saturating_sub(2) {
        if !(matches!(s.lw(k), "attended" | "attends" | "joined" | "joins")
            && s.lw(k + 1) == "the"
            && s.is(k + 2, class::GATHERING))
        {
            continue;
        }
        let Some(guests) = verb_source(s, k, &None) else {
            continue;
        };
        if denied_before(s, k) || guests.iter().any(|g| parties.contains(g)) {
            continue;
        }
        let trig = (s.doc.tokens[k].start, s.doc.tokens[k].end);
        for &target in parties {
            push_plain(s, em, &guests, target, &MEETING_DEF, trig, "attended-talks");
        }
    }
}

/// "Scholz told Zelenskiy by phone that": the two spoke.
fn told_by_phone(s: &Sent<'_>, em: &mut Emit<'_>) {
    for k in s.lo..s.hi.saturating_sub(3) {
        if !matches!(s.lw(k), "told" | "tells" | "assured" | "informed") {
            continue;
        }
        // ("told Ukrainian President Volodymyr Zelenskiy by phone": past the title.)
        let Some(j) = (k + 2..(k + 9).min(s.hi.saturating_sub(1)))
            .take_while(|&j| !matches!(s.w(j), "," | ";" | "\"") && s.trigger_at(j).is_none())
            .find(|&j| s.lw(j) == "by")
        else {
            continue;
        };
        let call = matches!(s.lw(j + 1), "phone" | "telephone" | "video");
        let Some(p) = s.phrases.iter().position(|q| q.end == j && q.start > k) else {
            continue;
        };
        if call {
            verb_act(s, em, k, &s.phrases[p].ents, &MEETING_DEF, "told-by-phone");
        }
    }
}

/// Blame laid by holding another to account.
const HELD_DEF: TriggerDef = TriggerDef::plain("ACCUSE", -3.0);

/// "Hezbollah held Israel fully responsible for the blasts", "will hold Moscow accountable": the
/// subject blames the one it holds.
fn held_responsible(s: &Sent<'_>, em: &mut Emit<'_>) {
    for k in s.lo..s.hi.saturating_sub(2) {
        if !matches!(s.lw(k), "held" | "holds" | "hold" | "holding") {
            continue;
        }
        let Some(p) = s
            .phrase_starting(k + 1)
            .filter(|&p| !s.phrases[p].possessive)
        else {
            continue;
        };
        let mut j = s.phrases[p].end;
        if s.lw(j).ends_with("ly") {
            j += 1;
        }
        if !matches!(s.lw(j), "responsible" | "accountable") {
            continue;
        }
        verb_act(s, em, k, &s.phrases[p].ents, &HELD_DEF, "held-responsible");
    }
}

/// A meeting: a leader received by another, talks hosted or attended, a call.
const MEETING_DEF: TriggerDef = TriggerDef::plain("CONSULT", 1.0);

/// Whether a negator ("not", "refused", "never") stands in the three words before token `k`
/// ("did not hold Israel responsible").
fn denied_before(s: &Sent<'_>, k: usize) -> bool {
    (k.saturating_sub(3).max(s.lo)..k).any(|i| s.is(i, class::NEGATOR))
}

/// The act of the verb at token `k` on `targets`, by the verb's subject, unless a negator
/// stands before it ("did not hold Israel responsible") or the verb already gave that pair.
fn verb_act(
    s: &Sent<'_>,
    em: &mut Emit<'_>,
    k: usize,
    targets: &[usize],
    def: &TriggerDef,
    rule: &'static str,
) {
    if denied_before(s, k) {
        return;
    }
    let Some(subject) = verb_source(s, k, &None) else {
        return;
    };
    let trig = (s.doc.tokens[k].start, s.doc.tokens[k].end);
    for &target in targets {
        let done = em.out[em.first..]
            .iter()
            .any(|r| r.trigger == trig && r.target == target);
        if !done {
            push_plain(s, em, &subject, target, def, trig, rule);
        }
    }
}

/// An accusation brought before a court or the WTO.
const LAWSUIT_DEF: TriggerDef = TriggerDef::plain("ACCUSE", -3.0);

/// "The EU took China to the World Trade Organization", "dragged Russia before the court": the
/// subject accuses the one it takes to a court or to the WTO.
fn lawsuits(s: &Sent<'_>, em: &mut Emit<'_>) {
    for k in s.lo..s.hi.saturating_sub(3) {
        if !s.is(k, class::TAKE) {
            continue;
        }
        let Some(p) = s
            .phrase_starting(k + 1)
            .filter(|&p| !s.phrases[p].reference)
        else {
            continue;
        };
        let end = s.phrases[p].end;
        if !matches!(s.lw(end), "to" | "before") {
            continue;
        }
        // "to court", "to the World Court", "before the ICJ", "to WTO arbitration"
        // (A court by its name, as the knowledge base names it; the WTO settles trade
        // disputes between states.)
        let court = (end + 1..(end + 4).min(s.hi)).any(|j| {
            matches!(s.lw(j), "court" | "tribunal" | "arbitration")
                || s.phrase_starting(j).is_some_and(|q| {
                    s.phrases[q].ents.iter().any(|&e| {
                        let e = s.ent(e);
                        e.kind == Kind::Organization
                            && (e.id.as_ref() == "WTO"
                                || e.name.split(' ').any(|w| w == "Court" || w == "Tribunal"))
                    })
                })
        });
        if !court {
            continue;
        }
        let Some(subject) = verb_source(s, k, &None) else {
            continue;
        };
        let trig = (s.doc.tokens[k].start, s.doc.tokens[k].end);
        for &target in &s.phrases[p].ents {
            push_plain(s, em, &subject, target, &LAWSUIT_DEF, trig, "lawsuit");
        }
    }
}

/// ", as did NATO Secretary General Jens Stoltenberg": the actors after "as did" did what the
/// clause before says, to the same ends.
fn echoes(s: &Sent<'_>, em: &mut Emit<'_>) {
    for k in s.lo..s.hi.saturating_sub(3) {
        if !(s.w(k) == "," && s.lw(k + 1) == "as" && s.is(k + 2, class::AUXILIARY)) {
            continue;
        }
        // The actor, past its title ("as did NATO Secretary General Jens Stoltenberg").
        let Some(p) = (k + 3..(k + 8).min(s.hi))
            .take_while(|&j| !matches!(s.w(j), "," | ";" | "."))
            .find_map(|j| s.phrase_starting(j))
        else {
            continue;
        };
        let before = s.doc.tokens[k].start;
        let done = &em.out[em.first..];
        let Some(last) = done
            .iter()
            .rev()
            .find(|r| !r.negated && r.trigger.1 <= before)
        else {
            continue;
        };
        let trig = last.trigger;
        let copies: Vec<Relation> = done
            .iter()
            .filter(|r| r.trigger == trig && !r.negated)
            .flat_map(|r| {
                s.phrases[p].ents.iter().map(move |&a| Relation {
                    source: a,
                    rule: "as-did",
                    ..*r
                })
            })
            .filter(|r| r.source != r.target && s.r.fold(r.source) != s.r.fold(r.target))
            .collect();
        for r in copies {
            if em.full() {
                em.cut = true;
                return;
            }
            em.out.push(r);
        }
    }
}

fn triggers(s: &Sent<'_>, si: usize, em: &mut Emit<'_>) {
    // The relation each phrase is the object of, for chains ("A joined B in condemning C").
    let mut object_of: Vec<Option<(Vec<usize>, &'static str)>> = vec![None; s.phrases.len()];
    memberships(s, em);
    // The actor of the latest relation, for participle clauses (", setting off tensions with").
    let mut last_src: Option<Vec<usize>> = None;
    for t in 0..s.triggers.len() {
        if let Some(r) = em.out.last().filter(|r| r.sentence == si) {
            let src = r.source;
            if last_src.as_ref().is_none_or(|v| !v.contains(&src)) {
                last_src = Some(
                    em.out[em.first..]
                        .iter()
                        .filter(|x| x.trigger == r.trigger)
                        .map(|x| x.source)
                        .fold(Vec::new(), |mut v, e| {
                            if !v.contains(&e) {
                                v.push(e);
                            }
                            v
                        }),
                );
            }
        }
        let (start, end, _, ref defs) = s.triggers[t];
        if s.phrase_at(start).is_some() && !s.phrases[s.phrase_at(start).unwrap_or(0)].reference {
            continue;
        }
        let def = pick_frame(s, start, end, defs);
        // "pledged to support Ankara's bid": a promise of the act after "to", not aid.
        // ("pledged not to let al Qaeda use Afghan soil": a promise not to act.)
        if def.kind == "AID"
            && matches!(s.lw(start), "pledge" | "pledges" | "pledged" | "pledging")
            && end + 1 < s.hi
            && (s.lw(end) == "to"
                && s.phrase_at(end + 1).is_none()
                && !s.is(end + 1, class::DETERMINER)
                || matches!(s.lw(end), "not" | "never"))
        {
            continue;
        }
        // "recalled their ambassadors for consultations": no talks.
        if s.lw(start) == "consultations" && start > s.lo && s.lw(start - 1) == "for" {
            continue;
        }
        // "if the West met its demands", "met the deadline": no meeting.
        if def.kind == "CONSULT"
            && matches!(s.lw(start), "meet" | "meets" | "met")
            && (end..(end + 3).min(s.hi)).any(|k| s.is(k, class::MET_OBJECT))
        {
            continue;
        }
        let preps = &def.preps;
        let prev = if start > s.lo { s.lw(start - 1) } else { "" };
        let next = if end < s.hi { s.lw(end) } else { "" };
        let nominal = !verb_context(s, start)
            || (def.frame == Frame::Mutual && s.is(start, class::MUTUAL_NOUN));
        let reference = s.phrase_at(start).map(|p| s.phrases[p].ents.clone());
        // "held an emergency session at Ankara's request", "at the request of Turkey": the one
        // who asked stands with the clause's subject.
        if def.kind == "REQUEST" && end == start + 1 {
            if let Some(asker) = asked_by(s, start, end) {
                let subject = clause_subject(s, s.clause[start - s.lo], start)
                    .map(|p| s.phrases[p].ents.clone());
                if let Some(subject) = subject {
                    let asker = s.phrases[asker].ents.clone();
                    em.pairs(s, &asker, &subject, def, t, "at-request", None);
                }
                continue;
            }
        }
        match def.frame {
            Frame::Adj => {
                // "the Russia-backed rebels", "Iran-backed Houthis"
                let Some(src) = s.phrases.iter().position(|p| p.end == start) else {
                    continue;
                };
                if let Some(tg) = target_after(s, end, &[], 3) {
                    em.phrases(s, src, tg, def, t, "adj-backed");
                } else if matches!(
                    next,
                    "group"
                        | "militia"
                        | "militias"
                        | "rebels"
                        | "movement"
                        | "fighters"
                        | "proxies"
                        | "proxy"
                ) {
                    // "the Iran-backed group": the armed group named before in the sentence.
                    let group = s.phrases.iter().rev().find(|p| {
                        p.end <= s.phrases[src].start
                            && p.ents.iter().all(|&e| s.ent(e).kind == Kind::Organization)
                    });
                    // Else the armed group named last before the sentence ("A ceasefire between
                    // Israel and Hezbollah ... requires the Iran-backed group to").
                    let named = || {
                        let lo = s.doc.tokens[s.lo].start;
                        let at = s.r.mentions.partition_point(|m| m.start < lo);
                        s.r.mentions[..at]
                            .iter()
                            .rev()
                            .take_while(|m| m.start + 600 >= lo)
                            .map(|m| m.entity)
                            .find(|&e| {
                                let x = s.ent(e);
                                x.kind == Kind::Organization && x.affiliation.is_none()
                            })
                            .map(|e| vec![e])
                    };
                    if let Some(g) = group.map(|g| g.ents.clone()).or_else(named) {
                        em.pairs(
                            s,
                            &s.phrases[src].ents,
                            &g,
                            def,
                            t,
                            "adj-backed-group",
                            None,
                        );
                    }
                }
            }
            Frame::Mutual => {
                // ("the latest sign of strain between": a token of it, not a signature; "the
                // high-level cooperation council": the name of a body.)
                if matches!(s.lw(start), "sign" | "signs") && next == "of"
                    || matches!(next, "council" | "councils")
                {
                    continue;
                }
                // "a summit on Syria with Raisi and Erdogan", "talks on trade with Beijing": past
                // the topic to the partners.
                let (end, next) = match topic_with(s, end)
                    .filter(|_| nominal || s.is(end - 1, class::GATHERING))
                {
                    Some(w) => (w, "with"),
                    None => (end, next),
                };
                // "resolved their dispute", "settled its feud with", "ended their war": a standing
                // conflict brought to an end is an agreement of its parties.
                let ended;
                let def = if def.polarity < 0
                    && (start.saturating_sub(3).max(s.lo)..start).any(|k| {
                        // Done, not demanded: "an end to the bombing" is no agreement.
                        matches!(s.lw(k), "resolved" | "settled" | "ended" | "defused")
                    }) {
                    ended = def.recast("AGREE", 5.0);
                    &ended
                } else {
                    def
                };
                // "pledged to deepen defence ties", "has close relations with": bare "ties" is a
                // relation only as the object of a verb that builds or has it, and not when the
                // words between call it strained.
                if end == start + 1 && matches!(s.lw(start), "ties" | "relations") {
                    let light = (start.saturating_sub(4).max(s.lo)..start).rev().find(|&k| {
                        s.is(k, class::LIGHT)
                            || s.phrase_at(k).is_some_and(|p| !s.phrases[p].possessive)
                    });
                    // "has chilled relations": a verb between is what happened to them.
                    let built = light.is_some_and(|l| {
                        s.is(l, class::LIGHT)
                            && !(l + 1..start).any(|k| {
                                s.trigger_at(k).is_some()
                                    || s.lw(k).ends_with("ed")
                                    || s.is(k, class::STRAINED)
                            })
                    });
                    if !built {
                        continue;
                    }
                }
                // "suspended its participation in the treaty with the United States": a pact
                // being left is no agreement the text states (the break is the relation).
                let left = def.polarity > 0
                    && s.is(end - 1, class::PACT | class::GATHERING)
                    && (start.saturating_sub(5).max(s.lo)..start).rev().any(|k| {
                        s.trigger_at(k).is_some_and(|u| {
                            let (ts, te, _, ref defs) = s.triggers[u];
                            let d = pick_frame(s, ts, te, defs);
                            te <= start
                                && d.frame == Frame::Verb
                                && matches!(d.kind, "REJECT" | "RETREAT")
                                && (te..start).all(|j| s.phrase_at(j).is_none())
                        })
                    });
                if left {
                    continue;
                }
                // "Ukraine and Poland said in a joint statement": the speakers are the parties.
                if nominal
                    && start >= s.lo + 3
                    && s.lw(start - 2) == "in"
                    && matches!(s.lw(start - 1), "a" | "an" | "their")
                    && s.is(start - 3, class::REPORTING)
                {
                    if let Some(v) = verb_source(s, start - 3, &last_src).filter(|v| v.len() >= 2) {
                        em.mutual(s, &v, def, t, "mutual-speakers");
                        continue;
                    }
                }
                if let Some(ents) = reference {
                    // "the regional rivals": the reference is both the trigger and its parties.
                    em.mutual(s, &ents, def, t, "mutual-reference");
                    continue;
                }
                // "a meeting of the Russian, Indian and Chinese foreign ministers", "a summit of
                // the leaders of Brazil, India and South Africa": the parties after "of".
                if next == "of" && s.is(end - 1, class::GATHERING) {
                    let of = (end + 1..(end + 6).min(s.hi))
                        .take_while(|&k| {
                            s.phrase_at(k).is_some()
                                || s.w(k).bytes().all(|b| b.is_ascii_lowercase())
                        })
                        .find_map(|k| s.phrase_starting(k))
                        .filter(|&p| s.phrases[p].ents.len() >= 2 && !s.phrases[p].possessive);
                    if let Some(p) = of {
                        let parties = s.phrases[p].ents.clone();
                        em.mutual(s, &parties, def, t, "mutual-of");
                        continue;
                    }
                }
                // "a resolution drafted by Germany and Rwanda": the parties of a passive.
                if next == "by" && s.lw(start).ends_with("ed") {
                    let by = s
                        .phrase_starting(end + 1)
                        .filter(|&p| s.phrases[p].ents.len() >= 2 && !s.phrases[p].possessive);
                    if let Some(p) = by {
                        let parties = s.phrases[p].ents.clone();
                        em.mutual(s, &parties, def, t, "mutual-by");
                        continue;
                    }
                }
                // "talks between A and B", "talks in Ankara between A and B"
                let between = (end..(end + 6).min(s.hi))
                    .take_while(|&k| !matches!(s.w(k), "," | ";") && s.phrase_at(k).is_none())
                    .find(|&k| matches!(s.lw(k), "between" | "among"));
                if let Some(b) = between {
                    // ("between Prime Minister Narendra Modi and ...": past a title.)
                    if let Some(p) = (b + 1..(b + 5).min(s.hi))
                        .take_while(|&k| !matches!(s.w(k), "," | ";"))
                        .find_map(|k| s.phrase_starting(k))
                    {
                        let parties = s.phrases[p].ents.clone();
                        // "the US and Saudi Arabia, which mediated talks between the warring
                        // parties": the mediators are not the parties.
                        let mediator = (start.saturating_sub(3).max(s.lo)..start)
                            .find(|&k| s.is(k, class::BROKER_VERB))
                            .and_then(|k| verb_source(s, k, &None));
                        if mediator.is_some_and(|m| same_actors(s, p, &m)) {
                            continue;
                        }
                        em.mutual(s, &parties, def, t, "mutual-between");
                        // "Qatar hosted talks between the US and the Taliban": the host meets both.
                        let host = (start.saturating_sub(3).max(s.lo)..start)
                            .find(|&k| s.is(k, class::HOST));
                        if let Some(src) = host.and_then(|k| verb_source(s, k, &last_src)) {
                            let src: Vec<usize> =
                                src.into_iter().filter(|e| !parties.contains(e)).collect();
                            em.pairs(s, &src, &parties, def, t, "host-between", None);
                        }
                    }
                    continue;
                }
                // "the A-B alliance"
                if let Some(p) = s.phrases.iter().position(|p| p.end == start) {
                    let q = &s.phrases[p];
                    if q.start > s.lo && s.w(q.start - 1) == "-" {
                        if let Some(a) = s.phrases.iter().position(|x| x.end + 1 == q.start) {
                            em.pairs(
                                s,
                                &s.phrases[a].ents,
                                &q.ents,
                                def,
                                t,
                                "mutual-hyphen",
                                None,
                            );
                            continue;
                        }
                    }
                }
                let pos = possessor(s, start);
                if s.is(start, class::AGENT_NOUN) && pos.is_some() {
                    // "their European Union partners": the partners are others, not the owners.
                    let p = pos.unwrap_or(0);
                    if let Some(q) = s
                        .phrases
                        .iter()
                        .position(|q| q.start >= s.phrases[p].end && q.end <= start && !q.reference)
                    {
                        em.phrases(s, p, q, def, t, "possessor-partner");
                    }
                    continue;
                }
                // "welcomed the deal": a definite noun names an act already reported, not a new one.
                let definite =
                    prev == "the" && pos.is_none() && !(has(preps, next) || next == "with");
                if nominal && definite {
                    continue;
                }
                // "was injured during the face-off with Indian soldiers": a hostile encounter
                // the clause's subject took part in.
                // "under a treaty that Anthony Albanese and his Tuvaluan counterpart unveiled":
                // the relative clause's subjects are the parties.
                let relative = (nominal && matches!(next, "that" | "which"))
                    .then(|| s.phrase_starting(end + 1))
                    .flatten()
                    .filter(|&p| {
                        let q = &s.phrases[p];
                        // The verb makes the pact ("a pact that Australia and the United States
                        // fear" is no party's).
                        let verb =
                            (q.end..(q.end + 3).min(s.hi)).find(|&k| !s.is(k, class::MUTUAL_CUE));
                        q.ents.len() >= 2
                            && !q.possessive
                            && verb.is_some_and(|k| s.is(k, class::SEALED))
                    });
                if let Some(p) = relative {
                    let parties = s.phrases[p].ents.clone();
                    em.mutual(s, &parties, def, t, "mutual-relative");
                    continue;
                }
                // "voted against the text alongside Russia": the subject acted with them.
                let alongside = matches!(s.lw(start), "alongside" | "in" | "together" | "jointly");
                let encounter = (def.polarity < 0
                    && next == "with"
                    && (start.saturating_sub(4).max(s.lo)..start)
                        .any(|k| matches!(s.lw(k), "during" | "in")))
                    || alongside;
                let src_ents = if alongside {
                    // "imposed sanctions on Managua alongside Canada": the subject acted with
                    // them, not the object of a preposition.
                    // ("Russia, which leads the group together with Saudi Arabia": a relative
                    // clause's subject is the one it describes.)
                    let c = s.clause[start - s.lo];
                    s.inherited
                        .get(c)
                        .copied()
                        .flatten()
                        .or_else(|| {
                            s.phrases.iter().rposition(|p| {
                                p.end <= start
                                    && s.clause[p.start - s.lo] == c
                                    && !(p.start > s.lo
                                        && (s.is(p.start - 1, class::STOP_PREP)
                                            || s.lw(p.start - 1) == "of"))
                            })
                        })
                        .map(|p| s.phrases[p].ents.clone())
                        .or_else(|| verb_source(s, start, &last_src))
                } else if nominal {
                    pos.map(|p| s.phrases[p].ents.clone())
                        .or_else(|| light_subject(s, start, &last_src))
                        // ("Egypt, which is locked in a long-running dispute with Ethiopia": the
                        // relative clause's antecedent, no actor named between.)
                        .or_else(|| {
                            let c = s.clause[start - s.lo];
                            let ante = s.inherited.get(c).copied().flatten()?;
                            let from = s.phrases[ante].end;
                            let predicate = (from..start).any(|k| {
                                s.is(k, class::BE)
                                    || matches!(s.lw(k), "locked" | "embroiled" | "engaged")
                            });
                            (predicate
                                && (from..start).all(|k| s.phrase_at(k).is_none() && s.w(k) != ";"))
                            .then(|| s.phrases[ante].ents.clone())
                        })
                        .or_else(|| {
                            if encounter {
                                verb_source(s, start, &last_src)
                            } else {
                                None
                            }
                        })
                        // "In a phone call with Trump, the crown prince said": the main clause's
                        // subject.
                        .or_else(|| {
                            (next == "with")
                                .then(|| manner_subject(s, start, true))
                                .flatten()
                        })
                        // "Egypt said the latest round of talks with Ethiopia had failed": the
                        // speaker took part; "Putin was in Tehran for a summit with Erdogan":
                        // the clause's subject.
                        .or_else(|| {
                            // (Not the object of a verb: "withdrawing from talks with Japan".)
                            let c = s.clause[start - s.lo];
                            let object = (s.lo..start)
                                .any(|k| s.clause[k - s.lo] == c && s.trigger_at(k).is_some());
                            if next != "with" || !s.is(start, class::GATHERING) || object {
                                return None;
                            }
                            s.speaker
                                .get(c)
                                .copied()
                                .flatten()
                                .or_else(|| clause_subject(s, c, start))
                                .map(|p| s.phrases[p].ents.clone())
                        })
                } else {
                    verb_source(s, start, &last_src)
                };
                let Some(src_ents) = src_ents else { continue };
                // "A's alliance with B", "A agreed with B", "A met B"
                let tgt = if has(preps, next) || next == "with" {
                    target_after(s, end + 1, &[], 6)
                } else if s.lw(start).starts_with("discuss") {
                    // "discussed Taiwan with Xi": the object is the topic, the partner after
                    // "with".
                    let c = s.clause[start - s.lo];
                    (end..(end + 6).min(s.hi))
                        .take_while(|&k| s.clause[k - s.lo] == c)
                        .find(|&k| s.lw(k) == "with")
                        .and_then(|k| target_after(s, k + 1, &[], 4))
                } else if !nominal || alongside {
                    // "coordinated its response with Washington"
                    target_after(s, end, preps, 4).filter(|&p| {
                        // ("held alongside the G20 summit": an event, not a partner.)
                        let after = s.phrases[p].end;
                        !(alongside
                            && after < s.hi
                            && event_noun(s, after).is_some_and(|(j, _)| j == after))
                    })
                } else {
                    None
                };
                match tgt {
                    Some(tg) => {
                        let tg_ents = s.phrases[tg].ents.clone();
                        em.pairs(s, &src_ents, &tg_ents, def, t, "mutual-with", None);
                        object_of[tg] = Some((src_ents, def.kind));
                    }
                    None => em.mutual(s, &src_ents, def, t, "mutual-subject"),
                }
            }
            Frame::Noun => {
                // "lifted the arms embargo on Somalia", "voted to ease sanctions on": sanctions
                // taken away are a concession.
                let lifted;
                let def = if def.kind == "SANCTION"
                    && (start.saturating_sub(4).max(s.lo)..start).any(|k| {
                        s.is(k, class::LIFT) && (k + 1..start).all(|j| s.phrase_at(j).is_none())
                    }) {
                    lifted = def.recast("CONCEDE", 3.0);
                    &lifted
                } else {
                    def
                };
                // "Hezbollah's main backer", "the alliance's 32nd member": the owner is the other
                // party, the subject (or the apposition's head) the one who stands with it.
                let agentive = s.is(end - 1, class::BACKER);
                // "the alliance's 32nd member" names the owner; "Finland's accession to NATO"
                // is an ordinary noun (owner the source, the organization after "to").
                let member_like = def.kind == "ALLY"
                    || (def.kind == "MEMBER" && matches!(s.lw(end - 1), "member" | "members"))
                    || agentive;
                let pos = possessor(s, start);
                // "the sanctions imposed by ECOWAS on Niger", "strikes carried out by Israel on
                // Gaza": the source follows a participle's "by", the target the trigger's
                // preposition after it.
                let by = Some(end + 1 + usize::from(s.lw(end + 1) == "out"))
                    .filter(|&b| next.ends_with("ed") && s.lw(b) == "by");
                if let Some(src) = by.and_then(|b| target_after(s, b + 1, &[], 3)) {
                    if let Some(tg) = prep_target(s, s.phrases[src].end, preps) {
                        em.phrases(s, src, tg, def, t, "noun-by");
                    }
                    continue;
                }
                // "Sanctions on Iran's oil were reimposed by the United States": the noun is the
                // subject of a passive verb, whose "by" names the source.
                if let Some((src, tg)) = passive_noun(s, start, end, preps) {
                    em.phrases(s, src, tg, def, t, "noun-passive");
                    continue;
                }
                // "controls that Washington imposed on China", "the tariffs Beijing slapped on
                // Canberra": a relative clause's subject imposed them, its verb's preposition
                // names the target; "Japan joined sanctions that ..." stands with both.
                if let Some((src, tg)) = relative_imposer(s, end, preps) {
                    em.phrases(s, src, tg, def, t, "noun-relative");
                    if let Some((backers, false, false, g)) = governing_support(s, start) {
                        let tg_ents = s.phrases[tg].ents.clone();
                        em.pairs(s, &backers, &tg_ents, def, t, "support-of-stance", None);
                        let gdef =
                            pick_frame(s, s.triggers[g].0, s.triggers[g].1, &s.triggers[g].3);
                        let src_ents = s.phrases[src].ents.clone();
                        em.pairs(s, &backers, &src_ents, gdef, g, "verb-object", None);
                    }
                    continue;
                }
                // "warnings from Beijing": the source follows "from"; the target is the subject
                // ("Iran delivered missiles to Russia despite warnings from the West": Iran).
                if next == "from" && !has(preps, "from") {
                    // ("seeking new sanctions from the Security Council": the one asked.)
                    let sought = (start.saturating_sub(3).max(s.lo)..start).any(|j| {
                        matches!(
                            s.lw(j),
                            "seek" | "seeks" | "seeking" | "sought" | "request" | "requested"
                        )
                    });
                    // ("received thousands of artillery shells from North Korea": goods.)
                    let received =
                        (start.saturating_sub(4).max(s.lo)..start).any(|j| s.is(j, class::RECEIVE));
                    // ("withheld military aid from Ukraine": the one deprived.)
                    let withheld = (start.saturating_sub(3).max(s.lo)..start)
                        .any(|j| s.lw(j).starts_with("withh"));
                    if sought || received || withheld {
                        continue;
                    }
                    // ("The announcement drew condemnation from Beijing": the act's actors.)
                    let subject = clause_subject(s, s.clause[start - s.lo], start)
                        .map(|p| s.phrases[p].ents.clone())
                        .or_else(|| verb_source(s, start, &last_src))
                        .or_else(|| {
                            let cs = clause_start(s, start).unwrap_or(s.lo);
                            event_target(s, em, cs, &[])
                        });
                    if let (Some(src), Some(tg)) = (target_after(s, end + 1, &[], 4), subject) {
                        em.pairs(s, &s.phrases[src].ents, &tg, def, t, "noun-from", None);
                    }
                    continue;
                }
                // "the alliance's 32nd member", "a close ally of Baku"
                if member_like {
                    let tgt = pos.or_else(|| {
                        if has(preps, next) {
                            target_after(s, end + 1, &[], 5)
                        } else {
                            None
                        }
                    });
                    // "Pakistan's close ally China": the name right after the noun.
                    let named_after = || {
                        pos.and_then(|_| s.phrase_starting(end))
                            .map(|p| s.phrases[p].ents.clone())
                    };
                    let src = apposition_head(s, start)
                        .map(|p| s.phrases[p].ents.clone())
                        .or_else(named_after)
                        .or_else(|| light_subject(s, start, &last_src));
                    if let (Some(src), Some(tg)) = (src, tgt) {
                        em.pairs(s, &src, &s.phrases[tg].ents, def, t, "noun-member", None);
                    }
                    continue;
                }
                let chain = governing_support(s, start);
                // "Russian strikes on Ukraine", "US air strikes against": an actor modifying
                // the noun is its source when the target follows.
                let modifier = || modifier_of(s, start).filter(|_| has(preps, next));
                let src_ents: Option<Vec<usize>> = pos
                    .or_else(modifier)
                    .map(|p| s.phrases[p].ents.clone())
                    .or_else(|| chain.as_ref().map(|(ents, _, _, _)| ents.clone()))
                    .or_else(|| apposition_head(s, start).map(|p| s.phrases[p].ents.clone()))
                    .or_else(|| light_subject(s, start, &last_src))
                    // ("Seoul returned fire": the form holds its verb.)
                    .or_else(|| {
                        s.lw(start)
                            .starts_with("return")
                            .then(|| verb_source(s, start, &last_src))
                            .flatten()
                    });
                // "In a rebuke to Washington, India bought": the main clause's subject.
                let src_ents = src_ents
                    .or_else(|| opening_subject(s, start))
                    .or_else(|| manner_subject(s, start, def.kind == "CONSULT"));
                let Some(src_ents) = src_ents else { continue };
                // "Tehran's supply of drones to Russia", "the sale of F-16 jets to Turkey";
                // "travel bans on Monday on Russian officials": a day between.
                // "air strikes in southern Lebanon against Hezbollah": a place between.
                // ("its broadest sanctions yet against Russia")
                // ("air strikes in Yemen early on Thursday against Houthi fighters": both.)
                let skip = match time_phrase(s, end) {
                    0 if next == "yet" => 1,
                    0 if !has(preps, next) => match place_phrase(s, end) {
                        0 => 0,
                        n => n + time_phrase(s, end + n),
                    },
                    n => n,
                };
                let (end, next) = if skip > 0 && end + skip < s.hi && has(preps, s.lw(end + skip)) {
                    (end + skip, s.lw(end + skip))
                } else {
                    (end, next)
                };
                // "asset freezes and travel bans on Russian officials": the target follows the
                // last of the coordinated nouns.
                let (end, next) = match s.trigger_at(end + 1).filter(|_| next == "and") {
                    Some(u) if s.triggers[u].0 == end + 1 => {
                        let e = s.triggers[u].1;
                        (e, if e < s.hi { s.lw(e) } else { "" })
                    }
                    _ => (end, next),
                };
                // 'voiced "deep concerns" over the raid': past a closing quote.
                let (end, next) = match next {
                    "\"" | "”" if end + 1 < s.hi && has(preps, s.lw(end + 1)) => {
                        (end + 1, s.lw(end + 1))
                    }
                    _ => (end, next),
                };
                // "filed the case with the backing of the OIC": the one after "of" backs the
                // subject.
                if next == "of"
                    && def.polarity > 0
                    && start >= s.lo + 2
                    && s.lw(start - 1) == "the"
                    && s.lw(start - 2) == "with"
                {
                    if let Some(b) = target_after(s, end + 1, &[], 4) {
                        let backers = s.phrases[b].ents.clone();
                        em.pairs(s, &backers, &src_ents, def, t, "noun-with-of", None);
                    }
                    continue;
                }
                // "Sweden's NATO membership bid", "Turkey's EU accession": the organization
                // named before the noun is what is joined.
                let joined = (def.kind == "MEMBER" && pos.is_some())
                    .then(|| {
                        s.phrases.iter().position(|p| {
                            p.end == start
                                && !p.possessive
                                && p.ents.iter().all(|&e| s.ent(e).kind == Kind::Organization)
                        })
                    })
                    .flatten();
                // "offered Baghdad its support": the one offered to stands before the owner.
                let recipient = pos
                    .filter(|&p| s.phrases[p].reference && s.phrases[p].possessive)
                    .and_then(|p| {
                        let q = s.phrases[p].start;
                        let r = s
                            .phrases
                            .iter()
                            .position(|x| x.end == q && !x.reference && !x.possessive)?;
                        let v = s.phrases[r].start.checked_sub(1)?;
                        s.is(v, class::OFFER).then_some(r)
                    });
                let tgt = if joined.is_some() {
                    joined
                } else if recipient.is_some() {
                    recipient
                } else if has(preps, next) {
                    target_after(s, end + 1, &[], 7).or_else(|| {
                        // "duties on up to C$16.6 billion ($12.8 billion) of American goods":
                        // past an amount to the goods' origin.
                        let of = (end + 1..(end + 20).min(s.hi))
                            .take_while(|&k| amount_word(s, k))
                            .last()
                            .map(|k| k + 1)
                            .filter(|&k| k < s.hi && s.lw(k) == "of")?;
                        (def.kind == "SANCTION")
                            .then(|| target_after(s, of + 1, &[], 3))
                            .flatten()
                    })
                } else if next == "of" {
                    prep_target(s, end, preps)
                } else if s.lw(end - 1) == "join" {
                    // "Sweden's bid to join NATO": the organization is the verb's object.
                    target_after(s, end, &[], 3)
                } else {
                    None
                };
                if let Some(tg) = tgt {
                    let tg_ents = s.phrases[tg].ents.clone();
                    let rule = if chain.is_some() && pos.is_none() {
                        "noun-under-support"
                    } else {
                        "noun-of"
                    };
                    let first = em.out.len();
                    // "threatened military intervention in Niger": a threat of the act.
                    let threat = pos.is_none() && chain.as_ref().is_some_and(|(_, _, th, _)| *th);
                    em.pairs(
                        s,
                        &src_ents,
                        &tg_ents,
                        def,
                        t,
                        rule,
                        threat.then_some("THREATEN"),
                    );
                    // "declined to join Western sanctions against Moscow": the supporting verb's
                    // denial denies the stance.
                    if pos.is_none() && chain.as_ref().is_some_and(|(_, neg, _, _)| *neg) {
                        for r in &mut em.out[first..] {
                            r.negated = true;
                        }
                    }
                    // "China backed Russia's opposition to NATO": China too stands against NATO.
                    if let (Some(_), Some((backers, neg, threat, _))) = (pos, chain) {
                        // Backing Finland's accession makes no one a member.
                        if !neg && !threat && def.kind != "MEMBER" {
                            em.pairs(s, &backers, &tg_ents, def, t, "support-of-stance", None);
                        }
                    }
                } else if let Some(j) = object_state(s, def, end + 1).filter(|_| has(preps, next)) {
                    em.pairs(s, &src_ents, &[j], def, t, "noun-place", None);
                } else if let Some(tg) = event_target(s, em, end, preps) {
                    em.pairs(s, &src_ents, &tg, def, t, "noun-event", None);
                } else if def.kind == "ASSAULT"
                    && (start >= s.lo + 2
                        && s.lw(start - 1) == "with"
                        && matches!(
                            s.lw(start - 2),
                            "responded" | "responds" | "retaliated" | "retaliates" | "hit" | "struck"
                        )
                        // "and the South's forces returned fire"
                        || s.lw(start).starts_with("return"))
                {
                    // "PKK militants killed two Turkish soldiers, and Turkey responded with air
                    // strikes": against the one whose act against it came just before.
                    let by = em
                        .out
                        .iter()
                        .rev()
                        .take_while(|r| r.sentence + 1 >= si)
                        .find(|r| !r.negated && r.polarity < 0 && src_ents.contains(&r.target));
                    // (Only the one attacked responds.)
                    if let Some(r) = by {
                        let (e, victim) = (r.source, r.target);
                        em.pairs(s, &[victim], &[e], def, t, "noun-response", None);
                    }
                } else if def.kind == "AID" {
                    // "China pledged emergency assistance": to the one the aid just before went to.
                    if let Some(e) = elided(em, si, &src_ents, &["AID"], 2) {
                        em.pairs(s, &src_ents, &[e], def, t, "noun-elided", None);
                    }
                } else if def.kind == "SANCTION" && s.lw(start) == "similar" {
                    // "The EU imposed travel bans on Russian officials, as Washington announced
                    // similar measures": on the one the sanctions before were on.
                    if let Some(e) = elided(em, si, &src_ents, &["SANCTION"], 1) {
                        em.pairs(s, &src_ents, &[e], def, t, "noun-elided", None);
                    }
                }
            }
            Frame::Verb => {
                // ("Zagreb's decision to turn back cargo vehicles": an adverb of the verb before.)
                if s.lw(start) == "back"
                    && matches!(
                        prev,
                        "turn"
                            | "turned"
                            | "turns"
                            | "turning"
                            | "push"
                            | "pushed"
                            | "pushing"
                            | "pull"
                            | "pulled"
                            | "pulling"
                            | "fight"
                            | "fought"
                            | "fighting"
                            | "hit"
                            | "hits"
                            | "hitting"
                            | "scale"
                            | "scaled"
                            | "scaling"
                            | "roll"
                            | "rolled"
                            | "rolling"
                            | "step"
                            | "stepped"
                            | "come"
                            | "came"
                            | "coming"
                            | "send"
                            | "sent"
                            | "sending"
                            | "bring"
                            | "brought"
                            | "win"
                            | "won"
                            | "hold"
                            | "held"
                            | "holding"
                            | "go"
                            | "went"
                            | "get"
                            | "got"
                            | "pay"
                            | "paid"
                            | "give"
                            | "gave"
                            | "cut"
                            | "cuts"
                            | "cutting"
                            | "strike"
                            | "struck"
                            | "striking"
                            | "forced"
                            | "driven"
                            | "beaten"
                            | "force"
                            | "forcing"
                    )
                {
                    continue;
                }
                // "asking on Twitter whether Washington was": a question, no request.
                let question = def.kind == "REQUEST"
                    && (end..(end + 4).min(s.hi))
                        .take_while(|&k| s.phrase_at(k).is_none())
                        .any(|k| matches!(s.lw(k), "whether" | "if" | "why" | "how" | "what"));
                // "a Chinese refinery accused of processing Iranian oil": a passive with no
                // accuser named.
                let passive_of =
                    def.kind == "ACCUSE" && next == "of" && s.lw(end - 1).ends_with("ed");
                if question || passive_of {
                    continue;
                }
                // "any arms transfer": a verb form after a determiner is a noun, and no trigger.
                // ("an immediate halt to": past an adjective of extent.)
                let extent = start >= s.lo + 2
                    && s.is(start - 2, class::DETERMINER)
                    && matches!(
                        s.lw(start - 1),
                        "immediate" | "complete" | "full" | "total" | "partial" | "temporary"
                    );
                let determiner = s.is(start.wrapping_sub(1), class::DETERMINER)
                    || extent
                    || (start > s.lo && s.doc.tokens[start - 1].kind == TokenKind::Possessive);
                // "thousands of artillery shells": a plural noun after "of", no verb.
                let of_noun = s.lw(end - 1).ends_with('s')
                    && (start.saturating_sub(2).max(s.lo)..start).any(|k| s.lw(k) == "of");
                // "a vote-buying scheme": a verb form after a common word and a hyphen is part
                // of a modifier.
                let compound = start >= s.lo + 2
                    && s.w(start - 1) == "-"
                    && s.w(start - 2)
                        .starts_with(|ch: char| ch.is_ascii_lowercase());
                // ("received shells from North Korea": what is received is a noun.)
                let received = start > s.lo && s.is(start - 1, class::RECEIVE);
                // ("arriving by overnight train": a means of travel after "by".)
                let bare = !s.lw(start).ends_with("ing") && !s.lw(start).ends_with("ed");
                let means = bare
                    && (s.lw(start.wrapping_sub(1)) == "by"
                        || s.lw(start.wrapping_sub(2)) == "by"
                            && s.w(start - 1)
                                .starts_with(|ch: char| ch.is_ascii_lowercase()));
                // ("settlements in occupied Palestinian territory": a participle after a
                // preposition modifies the noun after it.)
                let adjective = s.lw(start).ends_with("ed")
                    && matches!(
                        s.lw(start.wrapping_sub(1)),
                        "in" | "across" | "over" | "with" | "at" | "on" | "for" | "amid"
                    );
                // ("armed groups controlling most of Port-au-Prince": an adjective.)
                let armed = s.lw(start) == "armed"
                    && end < s.hi
                    && s.phrase_at(end).is_none()
                    && s.lw(end).ends_with('s')
                    && s.w(end).bytes().all(|b| b.is_ascii_lowercase());
                // ("held in Israeli jails", "electricity supplies to Ukraine": a verb form in -s
                // after a demonym or a commodity is a plural noun.)
                let modified = s.lw(start).ends_with('s')
                    && !s.lw(start).ends_with("ss")
                    && start > s.lo
                    && (demonym_at(s, start - 1)
                        || matches!(
                            s.lw(start - 1),
                            "gas"
                                | "oil"
                                | "electricity"
                                | "energy"
                                | "arms"
                                | "weapons"
                                | "food"
                                | "grain"
                                | "fuel"
                                | "power"
                                | "water"
                                | "ammunition"
                        ));
                let noun_use = determiner || of_noun || compound || received || means;
                if noun_use || adjective || armed || modified {
                    continue;
                }
                // "Russia has received thousands of artillery shells from North Korea": the
                // giver after "from" aids the subject; receiving anything else is no relation.
                if s.is(start, class::RECEIVE) {
                    let c = s.clause[start - s.lo];
                    let from = (end..(end + 10).min(s.hi))
                        .take_while(|&k| s.clause[k - s.lo] == c && s.w(k) != ",")
                        .find(|&k| s.lw(k) == "from")
                        .filter(|&f| (end..f).any(|k| s.is(k, class::SUPPLY)));
                    let giver = from.and_then(|f| target_after(s, f + 1, &[], 4));
                    if let (Some(g), Some(taker)) = (giver, verb_source(s, start, &last_src)) {
                        let g = s.phrases[g].ents.clone();
                        em.pairs(s, &g, &taker, def, t, "received-from", None);
                    } else if let (Some(p), Some(host)) = (
                        // "The Saudi crown prince received the Iranian president in Riyadh": a
                        // leader received is a visit.
                        target_after(s, end, &[], 3).filter(|&p| {
                            s.phrases[p]
                                .ents
                                .iter()
                                .any(|&e| s.ent(e).kind == Kind::Person)
                        }),
                        verb_source(s, start, &last_src),
                    ) {
                        let guest = s.phrases[p].ents.clone();
                        em.pairs(s, &host, &guest, &MEETING_DEF, t, "received", None);
                    }
                    continue;
                }
                // "Two Chinese nationals were killed ..., in an attack claimed by the BLA": a
                // passive act with no agent is the claimant's, on its subject.
                let be = start > s.lo && s.is(start - 1, class::BE);
                if be && next != "by" && def.kind == "ASSAULT" && s.lw(start).ends_with("ed") {
                    let c = s.clause[start - s.lo];
                    let victim = s.phrases.iter().position(|p| {
                        p.start >= s.lo && p.end <= start && s.clause[p.start - s.lo] == c
                    });
                    if let (Some(v), Some(src)) = (victim, claimed_by(s)) {
                        let tg = s.phrases[v].ents.clone();
                        em.pairs(s, &src, &tg, def, t, "passive-claimed", None);
                        continue;
                    }
                }
                // Passive: "was blocked by A", "backed by A".
                if next == "by" {
                    let be = (start > s.lo && s.is(start - 1, class::BE))
                        || (start > s.lo + 1 && s.is(start - 2, class::BE));
                    // ("hosted by EU foreign policy chief Josep Borrell": past a title.)
                    if let Some(src) = target_after(s, end + 1, &[], 6) {
                        let tgt = if be {
                            // "A Palestinian bid for UN membership was blocked by": the clause's
                            // first actor is what the act was done to.
                            let c = s.clause[start - s.lo];
                            s.phrases
                                .iter()
                                .position(|p| {
                                    p.start >= s.lo
                                        && p.end <= start
                                        && s.clause[p.start - s.lo] == c
                                })
                                .or_else(|| source_before(s, start))
                        } else {
                            // "the rebels backed by A"; "The M23, backed by Rwanda,": the aside's
                            // head.
                            s.phrases.iter().position(|p| p.end == start).or_else(|| {
                                (prev == ",")
                                    .then(|| s.inherited.get(s.clause[start - s.lo]).copied())
                                    .flatten()
                                    .flatten()
                            })
                        };
                        if let Some(tg) = tgt {
                            em.phrases(s, src, tg, def, t, "passive-by");
                        } else if let Some(tg) = (!be).then(|| apposed_act(s, em, start)).flatten()
                        {
                            // ", a decision welcomed by Saudi Arabia"
                            let src_ents = s.phrases[src].ents.clone();
                            em.pairs(s, &src_ents, &tg, def, t, "passive-by-event", None);
                        } else if let Some(tg) = (!be && def.kind == "CONSULT")
                            .then(|| hosted_talks(s, em, start))
                            .flatten()
                        {
                            // "agreed to a ceasefire after talks in Putrajaya hosted by Malaysia"
                            let src_ents = s.phrases[src].ents.clone();
                            em.pairs(s, &src_ents, &tg, def, t, "hosted-by", None);
                        } else if be {
                            // "The strikes were supported by Australia": an act named as the
                            // subject stands for its actors.
                            let cs = clause_start(s, start);
                            if let Some(tg) = cs.and_then(|cs| event_target(s, em, cs, &[])) {
                                let src_ents = s.phrases[src].ents.clone();
                                em.pairs(s, &src_ents, &tg, def, t, "passive-by-event", None);
                            }
                        }
                    }
                    continue;
                }
                // "helped the Malian army retake Kidal": the one helped is the direct object;
                // "helped evacuate thousands from Kabul airport" helps no one named.
                if matches!(s.lw(start), "help" | "helps" | "helped" | "helping")
                    && s.phrase_starting(end).is_none()
                    && !(s.lw(end) == "the" && s.phrase_starting(end + 1).is_some())
                {
                    continue;
                }
                // "violated Turkish airspace" is an act against the state whose territory it
                // is; "would violate UN sanctions" against no one.
                if s.lw(start).starts_with("violat")
                    && !(end..(end + 4).min(s.hi)).any(|k| {
                        matches!(
                            s.lw(k),
                            "airspace" | "territory" | "waters" | "sovereignty" | "border"
                        )
                    })
                {
                    continue;
                }
                // "sent troops to the border with China", "ordered tank battalions to his own
                // frontier with Colombia": forces moved to a border face the other side.
                let moves =
                    matches!(def.kind, "MOBILIZE" | "AID") || s.lw(start).starts_with("order");
                if let Some(p) = moves.then(|| border_partner(s, end)).flatten() {
                    if let Some(src) = verb_source(s, start, &last_src) {
                        let other = s.phrases[p].ents.clone();
                        em.pairs(s, &src, &other, &BORDER_DEF, t, "to-border", None);
                    }
                    continue;
                }
                // "ordered diplomats from seven countries to leave": an expulsion; any other
                // order is none.
                if s.lw(start).starts_with("order") {
                    let leave = (end..(end + 16).min(s.hi.saturating_sub(1)))
                        .take_while(|&k| !matches!(s.w(k), ";" | "."))
                        .any(|k| {
                            s.lw(k) == "to" && matches!(s.lw(k + 1), "leave" | "depart" | "quit")
                                // ("ordered dozens of Russian diplomats out")
                                || s.lw(k + 1) == "out"
                                    && matches!(
                                        s.lw(k),
                                        "diplomats" | "diplomat" | "envoys" | "envoy"
                                            | "ambassador" | "ambassadors" | "attaches"
                                    )
                        });
                    if !leave {
                        // "The ICJ ordered Israel to prevent acts of genocide": an order to
                        // another state is a demand on it.
                        let ordered = s
                            .phrase_starting(end)
                            .filter(|&p| s.phrases[p].end < s.hi && s.lw(s.phrases[p].end) == "to");
                        if let (Some(p), Some(src)) = (ordered, verb_source(s, start, &last_src)) {
                            let tg = s.phrases[p].ents.clone();
                            em.pairs(s, &src, &tg, def, t, "ordered-to", Some("ACCUSE"));
                        }
                        continue;
                    }
                }
                if s.is(start, class::PSYCH) {
                    // "a move that alarmed Australia", "The visit angered Beijing": the one the
                    // verb names is against the one who acted.
                    let Some(exp) = target_after(s, end, &[], 4) else {
                        continue;
                    };
                    let cause = apposed_act(s, em, start)
                        .or_else(|| {
                            clause_start(s, start).and_then(|cs| event_target(s, em, cs, &[]))
                        })
                        // "Pelosi's visit to Taiwan angered China": the clause's subject.
                        .or_else(|| {
                            clause_subject(s, s.clause[start - s.lo], start)
                                .map(|p| s.phrases[p].ents.clone())
                        })
                        .or_else(|| verb_source(s, start, &last_src));
                    if let Some(cause) = cause {
                        let exp_ents = s.phrases[exp].ents.clone();
                        em.pairs(s, &exp_ents, &cause, def, t, "verb-experiencer", None);
                    }
                    continue;
                }
                let Some(mut src_ents) = verb_source(s, start, &last_src) else {
                    // ("A suicide bomber struck crowds ..., killing 13 U.S. service members":
                    // victims for the group that claims it later.)
                    if def.kind == "ASSAULT" {
                        if let Some(p) = target_after(s, end + time_phrase(s, end), &[], 8) {
                            em.victims = Some(s.phrases[p].ents.clone());
                        }
                    }
                    continue;
                };
                // Chains: "A joined B in condemning C", "China joined Russia to oppose NATO".
                if let Some(src) =
                    source_before(s, start).filter(|&p| s.phrases[p].ents == src_ents)
                {
                    if let Some((backers, kind)) = &object_of[src] {
                        let gap: Vec<&str> = (s.phrases[src].end..start).map(|k| s.lw(k)).collect();
                        if SUPPORTIVE.contains(kind)
                            && gap.len() <= 5
                            && gap.iter().any(|w| matches!(*w, "in" | "to" | "by"))
                        {
                            for &b in backers {
                                if !src_ents.contains(&b) {
                                    src_ents.push(b);
                                }
                            }
                        }
                    }
                }
                // "warned that any transfer from Pyongyang to Moscow would ...", "accused X of".
                // "warned on Tuesday that": the complement may follow a time phrase.
                let that_at = (end..(end + 5).min(s.hi))
                    .take_while(|&k| s.phrase_at(k).is_none() && !matches!(s.w(k), "," | ";"))
                    .find(|&k| matches!(s.lw(k), "that" | "whether"));
                // "rejected suggestions that the kingdom was siding with Moscow": a denial of
                // what the complement says, not an act against its actors.
                if that_at.is_some_and(|at| (end..at).any(|k| s.is(k, class::CLAIM_NOUN))) {
                    continue;
                }
                // "joined sanctions that Washington imposed": an act's noun before "that" opens
                // a relative clause, no complement.
                let that_at = that_at.filter(|&at| (end..at).all(|k| s.trigger_at(k).is_none()));
                // "warned it would reimpose the penalties if Caracas failed": a complement
                // without "that", its subject a pronoun.
                let bare = that_at.is_none()
                    && end + 1 < s.hi
                    && s.is(end, class::PRONOUN)
                    && s.is(end + 1, class::MODAL | class::FINITE_AUX);
                let that_at = if bare { Some(end - 1) } else { that_at };
                let complement = that_at.is_some();
                let tgt: Vec<usize> = if complement {
                    complement_actors(s, that_at.unwrap_or(end) + 1, &src_ents)
                } else {
                    let mut v = Vec::new();
                    // A direct object, else the object of the trigger's own preposition ("deploy
                    // troops along the border").
                    // "condemned on Thursday the deployment of": past a time phrase.
                    // "criticised remarks about Algeria made in Rabat by Lapid": the speaker.
                    let remarks_by = (def.kind == "ACCUSE")
                        .then(|| {
                            let c = s.clause[start - s.lo];
                            let noun =
                                (end..(end + 3).min(s.hi)).find(|&k| s.is(k, class::REMARK))?;
                            let by = (noun + 1..(noun + 8).min(s.hi))
                                .take_while(|&k| s.clause[k - s.lo] == c && s.w(k) != ",")
                                .find(|&k| s.lw(k) == "by")?;
                            target_after(s, by + 1, &[], 6)
                        })
                        .flatten();
                    // ("opposed any official exchanges between the United States and Taiwan":
                    // against both sides of what it opposes.)
                    let between = || {
                        let c = s.clause[start - s.lo];
                        (def.polarity < 0)
                            .then(|| {
                                (end..(end + 6).min(s.hi))
                                    .take_while(|&k| {
                                        s.clause[k - s.lo] == c
                                            && s.phrase_at(k).is_none()
                                            && s.trigger_at(k).is_none()
                                    })
                                    .find(|&k| s.lw(k) == "between")
                            })
                            .flatten()
                            .and_then(|k| target_after(s, k + 1, &[], 3))
                    };
                    let tg = remarks_by
                        .or_else(|| target_after(s, end + time_phrase(s, end), &[], 8))
                        .or_else(|| prep_target(s, end, preps))
                        .or_else(between);
                    // "voted against a General Assembly resolution drafted by Ukraine": against
                    // the text's drafters, not the body it was put to.
                    let tg = tg.map(|p| drafters(s, p).unwrap_or(p));
                    // "kept blocking aid for Kyiv": a hostile act against the help another gets
                    // is against the one helped too.
                    let helped = (def.polarity < 0 && def.kind != "MOBILIZE")
                        .then(|| beneficiary(s, end))
                        .flatten();
                    if let Some(b) = helped {
                        v.extend(s.phrases[b].ents.iter().copied());
                    }
                    if let Some(tg) = tg {
                        for &e in &s.phrases[tg].ents {
                            if !v.contains(&e) {
                                v.push(e);
                            }
                        }
                    } else if helped.is_some() {
                        // the one helped is the object
                    } else if let Some(j) = object_state(s, def, end) {
                        v.push(j);
                    } else if let Some((tg, hostile)) = event_act(s, em, end, preps) {
                        // ("The junta welcomed the decision" to withdraw France's troops from
                        // it: glad of an act against itself, no friend of its actor.)
                        let against_self = def.polarity > 0
                            && hostile.is_some_and(|tr| {
                                em.out
                                    .iter()
                                    .any(|r| r.trigger == tr && src_ents.contains(&r.target))
                            });
                        if !against_self {
                            v.extend(tg);
                        }
                    } else if let Some(tg) = apposed_act(s, em, start) {
                        // ", a deal that Russia criticised"
                        v.extend(tg);
                    } else if let Some(p) = (def.kind == "THREATEN")
                        .then(|| conditional_actor(s, end))
                        .flatten()
                    {
                        // "threatened military action if Tehran failed to reach a deal"
                        v.extend(s.phrases[p].ents.iter().copied());
                    } else if def.polarity < 0 {
                        // "Beijing said the pact would undermine peace": in reported speech, an act
                        // named as the subject stands for its actors, against whom the speaker is.
                        let c = s.clause[start - s.lo];
                        let speaker = s.speaker.get(c).copied().flatten();
                        if let (Some(_), Some(cs)) = (speaker, clause_start(s, start)) {
                            if let Some(tg) = event_target(s, em, cs, &[]) {
                                v.extend(tg);
                            }
                        }
                    }
                    v
                };
                // "sent a stern warning to Washington", "sent a message to": words, not aid.
                let sends = def.kind == "AID"
                    && matches!(s.lw(start), "send" | "sends" | "sent" | "sending");
                if sends && (end..(end + 5).min(s.hi)).any(|k| s.is(k, class::MESSAGE)) {
                    continue;
                }
                // "sent its top diplomat to Moscow for talks": a visit, not aid.
                let envoy = sends
                    && (end..(end + 5).min(s.hi)).any(|k| {
                        matches!(
                            s.lw(k),
                            "envoy"
                                | "envoys"
                                | "diplomat"
                                | "diplomats"
                                | "delegation"
                                | "emissary"
                        )
                    });
                let def = if envoy { &MEETING_DEF } else { def };
                // "Kyrgyzstan and Tajikistan accused each other": the subject's members, both ways.
                let reciprocal = end + 1 < s.hi
                    && matches!(
                        (s.lw(end), s.lw(end + 1)),
                        ("each", "other") | ("one", "another")
                    );
                if tgt.is_empty() && reciprocal && src_ents.len() >= 2 {
                    for &a in &src_ents {
                        let others: Vec<usize> =
                            src_ents.iter().copied().filter(|&b| b != a).collect();
                        em.pairs(s, &[a], &others, def, t, "reciprocal", None);
                    }
                    continue;
                }
                // "withdrew from peace talks with Japan", "revoked a military accord with the
                // United States": a break with the other party.
                let partner =
                    (tgt.is_empty() && !complement && matches!(def.kind, "RETREAT" | "REJECT"))
                        .then(|| pact_partner(s, end))
                        .flatten();
                if partner.is_none() && s.is(start, class::BREAK) {
                    continue;
                }
                // "left ECOWAS", "formed their own Alliance of Sahel States": organizations only.
                let mut tgt = tgt;
                let mut kind = None;
                if let Some(p) = partner {
                    tgt = s.phrases[p].ents.clone();
                    kind = Some("REJECT");
                }
                // "Bolivia severed ties with Israel, while Chile and Brazil recalled their
                // ambassadors": a diplomatic protest with no one named is against the one the
                // protest just before, in this sentence or the last, was.
                if tgt.is_empty()
                    && !complement
                    && matches!(def.kind, "PROTEST" | "SANCTION")
                    && end >= start + 2
                {
                    if let Some(e) = elided(em, si, &src_ents, &["PROTEST", "SANCTION"], 1) {
                        tgt.push(e);
                    }
                }
                if def.kind == "MEMBER" || s.is(start, class::EXIT) {
                    tgt.retain(|&e| matches!(s.ent(e).kind, Kind::Organization));
                } else if s.is(start, class::JOIN)
                    && !chain_follows(s, end)
                    && !tgt.is_empty()
                    && tgt.iter().all(|&e| s.ent(e).kind == Kind::Organization)
                {
                    kind = Some("MEMBER");
                }
                if tgt.is_empty() {
                    // ("Gunmen from the group stormed the Hayat Hotel ... condemned the
                    // assault": the attack's doer, for the act named later.)
                    // ("Haniyeh was killed in an attack": the subject of a passive is struck.)
                    let passive =
                        start > s.lo && s.is(start - 1, class::BE) && s.lw(start).ends_with("ed");
                    if matches!(def.kind, "ASSAULT" | "COERCE") && !complement && !passive {
                        em.struck = Some(src_ents);
                    }
                    continue;
                }
                // "called for an end to Israeli strikes": a demand on the one who strikes.
                if def.kind == "REQUEST" && end_to(s, end).is_some() {
                    kind = Some("ACCUSE");
                }
                // "called on NATO to abandon": a demand is an accusation; "urged both not to" no relation.
                if def.kind == "REQUEST" {
                    let tg_end = s
                        .phrases
                        .iter()
                        .filter(|p| p.start >= end)
                        .map(|p| p.end)
                        .next()
                        .unwrap_or(end);
                    // "called on Serbia on Friday to withdraw": past a time phrase.
                    let tg_end = tg_end + time_phrase(s, tg_end);
                    let after: Vec<&str> =
                        (tg_end..(tg_end + 5).min(s.hi)).map(|k| s.lw(k)).collect();
                    // "told Armenia to cease": telling is a request only with "to".
                    if matches!(s.lw(start), "tell" | "tells" | "told" | "telling")
                        && after.first().copied() != Some("to")
                    {
                        continue;
                    }
                    if after.first().copied() == Some("to") || after.first().copied() == Some("not")
                    {
                        let verb = after
                            .iter()
                            .skip(1)
                            .find(|w| **w != "not")
                            .cloned()
                            .unwrap_or_default();
                        // A call on two or more parties to stop is a call for restraint.
                        let several = tgt.len() >= 2;
                        // ("urged Honiara not to sign it": one party asked not to act is asked.)
                        // ("appealed to the UN to broker a ceasefire": asked to help make it.)
                        let mediate = matches!(verb, "broker" | "mediate" | "help" | "secure");
                        if after
                            .iter()
                            .any(|w| RESTRAINT.contains(w) && (*w != "not" || several))
                            && !mediate
                            || (several && DEMANDS.contains(&verb))
                        {
                            continue;
                        }
                        // ("asked the ICJ to stop Venezuela from": the demand is on Venezuela,
                        // the court is asked.)
                        let vat = (tg_end..(tg_end + 5).min(s.hi)).find(|&k| s.lw(k) == verb);
                        // ("urged Belgrade to pull its forces back": its own.)
                        let named = |k: usize| {
                            s.phrase_starting(k)
                                .is_some_and(|p| !s.phrases[p].reference)
                        };
                        let on_other = vat.is_some_and(|v| {
                            named(v + 1) || (v + 2 < s.hi && s.lw(v + 1) == "the" && named(v + 2))
                        });
                        let leaving = (tg_end + 2..(tg_end + 8).min(s.hi))
                            .any(|k| LEAVING.contains(&s.lw(k)));
                        if (DEMANDS.contains(&verb) || leaving) && !on_other {
                            kind = Some("ACCUSE");
                        }
                    }
                }
                for p in s
                    .phrases
                    .iter()
                    .enumerate()
                    .filter(|(_, p)| p.start >= end)
                    .take(1)
                {
                    let idx = p.0;
                    if tgt.iter().all(|e| s.phrases[idx].ents.contains(e)) {
                        object_of[idx] = Some((src_ents.clone(), def.kind));
                    }
                }
                em.pairs(
                    s,
                    &src_ents,
                    &tgt,
                    def,
                    t,
                    if complement {
                        "verb-complement"
                    } else {
                        "verb-object"
                    },
                    kind,
                );
                // "U.S. and British warplanes struck targets across Yemen": those who strike
                // together are allies in it.
                if def.kind == "ASSAULT"
                    && !complement
                    && kind.is_none()
                    && !tgt.is_empty()
                    && (2..=3).contains(&src_ents.len())
                    && src_ents.iter().all(|&e| s.ent(e).kind == Kind::Country)
                {
                    em.mutual(s, &src_ents, &JOINT_DEF, t, "joint-attack");
                }
            }
        }
    }
}

/// States that strike together.
const JOINT_DEF: TriggerDef = TriggerDef::plain("COOPERATE", 4.0);

/// The length of a time phrase at token `k` ("on Friday", "last week", "again"), else 0.
fn time_phrase(s: &Sent<'_>, k: usize) -> usize {
    let day = |j: usize| j < s.hi && s.is(j, class::WEEKDAY);
    if k >= s.hi {
        return 0;
    }
    match s.lw(k) {
        "on" if day(k + 1) => 2,
        // "early on Thursday", "late on Friday"
        "early" | "late" if k + 2 < s.hi && s.lw(k + 1) == "on" && day(k + 2) => 3,
        "overnight" | "earlier" => 1,
        "last" | "this" | "next" if k + 1 < s.hi && matches!(s.lw(k + 1), "week" | "month") => 2,
        "again" | "today" | "yesterday" | "repeatedly" | "publicly" | "also" => 1,
        _ => 0,
    }
}

/// The length of a locative phrase at token `k` ("in southern Lebanon", "near the border
/// with Syria" is not one: only a named place or state, with at most a compass word and
/// "the"), else 0.
fn place_phrase(s: &Sent<'_>, k: usize) -> usize {
    if k >= s.hi || !matches!(s.lw(k), "in" | "near" | "across" | "inside") {
        return 0;
    }
    let mut j = k + 1;
    while j < s.hi && j < k + 3 && (s.lw(j) == "the" || s.is(j, class::COMPASS)) {
        j += 1;
    }
    match s.phrase_starting(j) {
        Some(p) if !s.phrases[p].possessive && !s.phrases[p].reference => s.phrases[p].end - k,
        _ => 0,
    }
}

/// Whether token `k` can be part of an amount of money: "up to C$16.6 billion ($12.8 billion)".
fn amount_word(s: &Sent<'_>, k: usize) -> bool {
    let w = s.lw(k);
    let t = &s.doc.tokens;
    // ("16.6", "1,200": a point or comma inside a number.)
    let inside = k > s.lo
        && k + 1 < s.hi
        && matches!(w, "." | ",")
        && t[k - 1].end == t[k].start
        && t[k].end == t[k + 1].start
        && s.w(k - 1).ends_with(|c: char| c.is_ascii_digit())
        && s.w(k + 1).starts_with(|c: char| c.is_ascii_digit());
    inside
        || w.as_bytes().first().is_some_and(u8::is_ascii_digit)
        || matches!(
            w,
            "up" | "to"
                | "about"
                | "some"
                | "nearly"
                | "almost"
                | "around"
                | "more"
                | "than"
                | "worth"
                | "$"
                | "€"
                | "£"
                | "¥"
                | "c"
                | "us"
                | "a"
                | "("
                | ")"
                | "billion"
                | "million"
                | "trillion"
                | "bln"
                | "mln"
                | "euros"
                | "dollars"
                | "yuan"
        )
}

/// Whether token `k` is, alone, a demonym's mention ("Israeli", "Russian").
fn demonym_at(s: &Sent<'_>, k: usize) -> bool {
    let toks = &s.doc.tokens;
    let at = s.r.mentions.partition_point(|m| m.start < toks[k].start);
    s.r.mentions.get(at).is_some_and(|m| {
        m.start == toks[k].start && m.end == toks[k].end && m.via == crate::gazetteer::Via::Demonym
    })
}

/// Whether the word before a trigger lets it be a verb: a subject, an auxiliary, "to", an
/// adverb. Anything else ("a", "their", "inhumane", "heightening") makes it a noun.
fn verb_context(s: &Sent<'_>, start: usize) -> bool {
    if start <= s.lo {
        // A sentence opens with a participle ("Accusing Kyiv of ...", "Backed by Moscow, ...")
        // or with a noun ("Sanctions on Iran were reimposed"), hardly ever with another verb.
        let w = s.lw(start);
        return w.ends_with("ing") || w.ends_with("ed");
    }
    let k = start - 1;
    if s.phrases.iter().any(|p| p.end == start && !p.possessive) {
        // "Russian strikes on", "US strikes on": a demonym, or an acronym before a noun's
        // preposition, modifies a noun.
        let demonym = demonym_at(s, k);
        let acronym = s.w(k).len() <= 4
            && s.w(k).bytes().all(|b| b.is_ascii_uppercase())
            && start + 1 < s.hi
            && matches!(s.lw(start + 1), "on" | "against");
        return !(demonym || acronym);
    }
    if s.doc.tokens[k].kind == TokenKind::Possessive {
        return false;
    }
    let w = s.lw(k);
    // "North Korean soldiers met", "Russian officials agreed", "whose troops fought
    // alongside", "its forces attacked": a plural noun after an actor adjective or a possessor
    // is the subject.
    let subject_noun = w.len() > 3
        && w.ends_with('s')
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && (s
            .phrases
            .iter()
            .any(|p| p.end == k || p.end + 1 == k && p.possessive)
            || k > s.lo && s.lw(k - 1) == "whose");
    // "signed agreements normalising relations with Israel": a participle after a noun.
    let participle = s.lw(start).ends_with("ing")
        && s.doc.tokens[k].kind == TokenKind::Word
        && k > s.lo
        && s.trigger_at(k).is_some()
        && w.ends_with('s');
    // "accused Kinshasa of collaborating with": a gerund after a preposition.
    let gerund = s.lw(start).ends_with("ing") && matches!(w, "of" | "for" | "by");
    // ("Washington's continued backing for", "their continued support": an owner or a
    // determiner before the verb-like word makes a noun phrase.)
    let owned = k > s.lo
        && (s.doc.tokens[k - 1].kind == TokenKind::Possessive || s.is(k - 1, class::DETERMINER));
    // ("objected to joint military exercises": an adjective opens a noun, not a verb.)
    let adjective = matches!(s.lw(start), "joint" | "military" | "new" | "bilateral");
    subject_noun
        || participle
        || gerund
        || (s.is(k, class::VERB_BEFORE) && !owned && !adjective)
        || (w.ends_with("ly") && w.len() > 4 && w != "only")
        || matches!(w, "," | "\"" | "“")
}

const VERB_BEFORE: &[&str] = &[
    "to",
    "remain",
    "remains",
    "remained",
    "stay",
    "stays",
    "stayed",
    "would",
    "will",
    "could",
    "can",
    "may",
    "might",
    "must",
    "should",
    "did",
    "does",
    "do",
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "being",
    "not",
    "n't",
    "also",
    "and",
    "or",
    "who",
    "which",
    "that",
    "again",
    "then",
    "never",
    "they",
    "it",
    "he",
    "she",
    "we",
    "i",
    "you",
    "jointly",
    "both",
    "all",
    "still",
    "already",
    "later",
    "today",
    "yesterday",
    "once",
    "first",
    "repeatedly",
    "further",
    "swiftly",
    "begun",
    "began",
    "begin",
    "begins",
    "started",
    "continued",
    "continues",
    "continue",
    "kept",
    "keep",
    "keeps",
];

/// The source of a verb: the nearest actor before it in its clause; for a second verb joined
/// by "and" ("China responded ... and summoned"), the clause's subject; for a participle clause
/// with no actor of its own, the actor of the latest relation.
/// The first token of the clause that holds token `k`.
fn clause_start(s: &Sent<'_>, k: usize) -> Option<usize> {
    let c = s.clause[k - s.lo];
    (s.lo..k).find(|&j| s.clause[j - s.lo] == c)
}

/// The subject of clause `c`: what it inherits, else its first phrase that ends by token
/// `before`.
fn clause_subject(s: &Sent<'_>, c: usize, before: usize) -> Option<usize> {
    s.inherited.get(c).copied().flatten().or_else(|| {
        s.phrases
            .iter()
            .position(|p| p.start >= s.lo && s.clause[p.start - s.lo] == c && p.end <= before)
    })
}

fn verb_source(s: &Sent<'_>, start: usize, last_src: &Option<Vec<usize>>) -> Option<Vec<usize>> {
    let c = s.clause[start - s.lo];
    let mut k = start;
    while k > s.lo
        && (s.lw(k - 1).ends_with("ly") || matches!(s.lw(k - 1), "also" | "then" | "later"))
    {
        k -= 1;
    }
    // "with travel firms urging Indians to": a participle after "with" and a common noun has
    // that noun, no actor, for its subject.
    if s.lw(start).ends_with("ing") {
        let with = (k.saturating_sub(4).max(s.lo)..k.saturating_sub(1))
            .rev()
            .find(|&j| s.lw(j) == "with");
        if with.is_some_and(|w| {
            (w + 1..k)
                .all(|j| s.phrase_at(j).is_none() && s.w(j).bytes().all(|b| b.is_ascii_lowercase()))
        }) {
            return None;
        }
    }
    // ("was approaching the Houthis and had asked Oman": past an auxiliary after "and".)
    if k >= s.lo + 2
        && s.is(k - 1, class::AUXILIARY | class::MODAL)
        && matches!(s.lw(k - 2), "and" | "or")
    {
        k -= 1;
    }
    // "urged both sides to return to negotiations": the one asked acts, and when the text
    // names no one there, no one the text names.
    if let Some(te) = asked_to(s, k) {
        return s
            .phrase_starting(te)
            .filter(|&p| s.phrases[p].end == k - 1)
            .map(|p| s.phrases[p].ents.clone());
    }
    // "condemned Tehran's attack and pledged to stand by Israel": past the governing verb.
    if k >= s.lo + 3
        && s.lw(k - 1) == "to"
        && s.lw(k - 3) == "and"
        && s.phrase_at(k - 2).is_none()
        && (s.lw(k - 2).ends_with("ed") || s.is(k - 2, class::LIGHT))
    {
        k -= 2;
    }
    // "Fico said the decision would hurt the EU, and accused Kyiv": after a comma, a verb the
    // reported clause cannot own is the speaker's.
    if k >= s.lo + 2 && s.lw(k - 1) == "and" && s.w(k - 2) == "," && s.lw(start).ends_with("ed") {
        if let Some(sp) = s.speaker.get(c).copied().flatten() {
            let reported_finite = (s.phrases[sp].end..k - 2).any(|j| {
                s.is(j, class::MODAL) || s.lw(j).ends_with("ed") && s.phrase_at(j).is_none()
            });
            if reported_finite {
                return Some(s.phrases[sp].ents.clone());
            }
        }
    }
    if k > s.lo && matches!(s.lw(k - 1), "and" | "or" | "nor") {
        let first_trigger = s
            .triggers
            .iter()
            .map(|t| t.0)
            .find(|&t0| t0 >= s.lo && s.clause[t0 - s.lo] == c)
            .unwrap_or(start);
        if let Some(p) = clause_subject(s, c, first_trigger) {
            // "Crimea voted to break away from Ukraine and join Russia": an object of a
            // preposition is no subject.
            let st = s.phrases[p].start;
            if st > s.lo
                && (s.is(st - 1, class::STOP_PREP) || s.lw(st - 1) == "from")
                && !s.is(st - 1, class::SUBORDINATOR)
            {
                return None;
            }
            // "The EU said Beijing's measures were unacceptable and backed Vilnius": an owner
            // is no subject; the speaker's second verb.
            let owner = s.phrases[p].possessive && !s.phrases[p].reference;
            let speaker = s.speaker.get(c).copied().flatten().filter(|_| owner);
            return Some(s.phrases[speaker.unwrap_or(p)].ents.clone());
        }
    }
    // "India suspended the treaty with Pakistan on Wednesday, expelled Pakistani advisers": the
    // next verb of a series after a comma shares the clause's subject; what a preposition or the
    // first verb governs before the comma is no subject.
    if k > s.lo + 1 && s.w(k - 1) == "," && s.lw(start).ends_with("ed") && s.lw(start + 1) != "by" {
        if let Some(p) = source_before(s, start).filter(|&p| s.phrases[p].end + 1 < k) {
            let st = s.phrases[p].start;
            let governed = st > s.lo
                && (s.is(st - 1, class::STOP_PREP)
                    || matches!(s.lw(st - 1), "from" | "of")
                    || s.trigger_at(st - 1).is_some());
            if governed {
                if let Some(q) = clause_subject(s, c, st).filter(|&q| q != p) {
                    return Some(s.phrases[q].ents.clone());
                }
            }
        }
    }
    // "sent troops to Russia to fight against Ukraine": a purpose's subject is the sender,
    // not the destination.
    if k >= s.lo + 2 && s.lw(k - 1) == "to" {
        if let Some(p) = s
            .phrases
            .iter()
            .position(|p| p.end == k - 1 && p.start > s.lo)
        {
            let st = s.phrases[p].start;
            // ("sent drones to Russia to attack": weapons are the receiver's to use.)
            let troops = (st.saturating_sub(4).max(s.lo)..st).any(|j| {
                matches!(
                    s.lw(j),
                    "troops" | "soldiers" | "fighters" | "forces" | "mercenaries" | "personnel"
                )
            });
            if troops && matches!(s.lw(st - 1), "to" | "into") {
                if let Some(q) = clause_subject(s, c, s.phrases[p].start).filter(|&q| q != p) {
                    return Some(s.phrases[q].ents.clone());
                }
            }
        }
    }
    // "welcomed the agreement, but some survivors rejected it": a subject that is no actor
    // ("some survivors", "the protesters") acts for none the text names.
    if k >= s.lo + 2
        && s.phrase_at(k - 1).is_none()
        && matches!(
            s.lw(k - 2),
            "some" | "many" | "several" | "most" | "few" | "the"
        )
        && s.lw(k - 1).len() > 4
        && s.lw(k - 1).ends_with('s')
        && s.w(k - 1)
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_lowercase)
        && !s.is(
            k - 1,
            class::GOVERNING | class::PLURAL_NOUN | class::AGENT_NOUN,
        )
        && s.trigger_at(k - 1).is_none()
    {
        return None;
    }
    // "Latvia, in solidarity with Estonia, expelled": the subject before an aside, not the
    // object of the aside's preposition.
    if k > s.lo + 3 && s.w(k - 1) == "," {
        let aside = s.phrases.iter().position(|p| p.end == k - 1).and_then(|p| {
            let st = s.phrases[p].start;
            let prep = st.checked_sub(1)?;
            if !(s.is(prep, class::STOP_PREP) || s.lw(prep) == "with") {
                return None;
            }
            let open = (prep.saturating_sub(5).max(s.lo + 1)..prep)
                .rev()
                .find(|&j| s.w(j) == ",")?;
            s.phrases
                .iter()
                .position(|q| q.end == open && !q.possessive && !q.reference)
        });
        if let Some(q) = aside {
            return Some(s.phrases[q].ents.clone());
        }
    }
    // "The tariffs broke trade rules, the WTO's panels ruled on Friday, siding with China": a
    // participle after a reporting clause set off by commas is the speaker's.
    if s.lw(start).ends_with("ing") && k > s.lo + 2 && s.w(k - 1) == "," {
        let open = (k.saturating_sub(12).max(s.lo)..k - 1)
            .rev()
            .find(|&j| s.w(j) == ",");
        let speaker = open.and_then(|j| {
            let p = s
                .phrase_starting(j + 1)
                .or_else(|| s.phrase_starting(j + 2).filter(|_| s.lw(j + 1) == "the"))?;
            let v = s.phrases[p].end + usize::from(s.lw(s.phrases[p].end) == "panels");
            (v < k - 1 && (s.is(v, class::SPEECH) || s.lw(v) == "ruled")).then_some(p)
        });
        if let Some(p) = speaker {
            return Some(s.phrases[p].ents.clone());
        }
    }
    if let Some(p) = source_before(s, start) {
        // "a senior U.S. diplomat visiting Tbilisi warned": what a participle after the subject
        // governs is not the subject.
        let st = s.phrases[p].start;
        if s.phrases[p].end == k && st >= s.lo + 2 && s.lw(st - 1).ends_with("ing") {
            let q = s.phrases.iter().rposition(|q| {
                q.end < st - 1
                    && q.end + 4 >= st
                    && (q.end..st - 1).all(|j| s.w(j).bytes().all(|b| b.is_ascii_lowercase()))
            });
            if let Some(q) = q {
                return Some(s.phrases[q].ents.clone());
            }
        }
        return Some(s.phrases[p].ents.clone());
    }
    if s.participle.contains(&c) {
        // ('"The deal is done," Trump wrote, thanking Putin': the subject after the quotation.)
        let quoted = matches!(s.w(s.lo), "\"" | "“");
        let after = if quoted {
            (s.lo + 1..start)
                .find(|&j| matches!(s.w(j), "\"" | "”"))
                .unwrap_or(s.lo)
        } else {
            s.lo
        };
        let subject = s
            .phrases
            .iter()
            .find(|p| p.start >= after)
            .filter(|p| p.end <= start)
            .map(|p| p.ents.clone());
        if let Some(src) = last_src.clone().or(subject) {
            return Some(src);
        }
    }
    claimed_by(s)
}

/// The "with" after a gathering's topic ("a summit on Syria with"), within three words or a
/// named actor of the noun's end.
fn topic_with(s: &Sent<'_>, end: usize) -> Option<usize> {
    if !matches!(s.lw(end), "on" | "about" | "over") {
        return None;
    }
    let mut k = end + 1;
    let mut words = 0;
    while k < s.hi && words < 4 {
        if s.lw(k) == "with" {
            return (words > 0).then_some(k);
        }
        if let Some(p) = s.phrase_starting(k) {
            k = s.phrases[p].end;
            words += 1;
            continue;
        }
        if !s.w(k).bytes().all(|b| b.is_ascii_lowercase()) || s.trigger_at(k).is_some() {
            return None;
        }
        words += 1;
        k += 1;
    }
    None
}

/// "A suicide bomber struck ..., in an attack claimed by Islamic State": an act whose subject
/// the text does not name is the claimant's.
fn claimed_by(s: &Sent<'_>) -> Option<Vec<usize>> {
    let k = (s.lo + 1..s.hi.saturating_sub(2))
        .find(|&k| s.lw(k) == "claimed" && s.lw(k + 1) == "by")?;
    // ("claimed by the separatist Balochistan Liberation Army": past its description.)
    let p = (k + 2..(k + 6).min(s.hi))
        .take_while(|&j| s.phrase_at(j).is_some() || s.w(j).bytes().all(|b| b.is_ascii_lowercase()))
        .find_map(|j| s.phrase_starting(j))?;
    (!s.phrases[p].possessive).then(|| s.phrases[p].ents.clone())
}

/// The subject of the main clause after an opening phrase that holds the noun at `start`: "In
/// a rebuke to Washington, India bought ...", "In a snub to Paris, Rome ...".
fn opening_subject(s: &Sent<'_>, start: usize) -> Option<Vec<usize>> {
    if s.lw(s.lo) != "in" || start > s.lo + 4 {
        return None;
    }
    let comma = (start..(start + 8).min(s.hi)).find(|&k| s.w(k) == ",")?;
    let p = s
        .phrase_starting(comma + 1)
        .or_else(|| s.phrase_starting(comma + 2))?;
    (!s.phrases[p].possessive).then(|| s.phrases[p].ents.clone())
}

/// "dropped bombs on a range in a show of force against the North", "as a warning to Seoul":
/// a nominal act in a manner phrase ("in a", "as a") after the verb is its clause subject's.
/// A visit's too: "Xi arrived on a state visit to Kazakhstan", "During a visit to Hanoi, Lula".
fn manner_subject(s: &Sent<'_>, start: usize, visit: bool) -> Option<Vec<usize>> {
    let k = (start.saturating_sub(4).max(s.lo + usize::from(!visit))..start)
        .rev()
        .find(|&k| matches!(s.lw(k), "in" | "as") || visit && matches!(s.lw(k), "on" | "during"))?;
    if k == s.lo {
        let comma = (start..(start + 8).min(s.hi)).find(|&j| s.w(j) == ",")?;
        // (Past a title: ", Saudi Crown Prince Mohammed bin Salman said".)
        let p = (comma + 1..(comma + 5).min(s.hi))
            .take_while(|&j| s.w(j) != "," && s.trigger_at(j).is_none())
            .find_map(|j| s.phrase_starting(j))?;
        return (!s.phrases[p].possessive).then(|| s.phrases[p].ents.clone());
    }
    let clear = (k + 1..start).all(|j| s.phrase_at(j).is_none() && s.trigger_at(j).is_none());
    // ("what it described as a military build-up": a name for the act, not its manner.)
    let named = s.lw(k) == "as" && (s.lw(k - 1).ends_with("ed") || s.lw(k - 1) == "such");
    if !clear || named || !matches!(s.lw(k + 1), "a" | "an") {
        return None;
    }
    let p = clause_subject(s, s.clause[start - s.lo], k)?;
    Some(s.phrases[p].ents.clone())
}

/// The other party of the talks or pact a verb's object names: "withdrawing from peace treaty
/// talks with Japan", "revoked a military accord with the United States".
fn pact_partner(s: &Sent<'_>, end: usize) -> Option<usize> {
    if end >= s.hi {
        return None;
    }
    let c = s.clause[end - s.lo];
    let k = (end..(end + 6).min(s.hi.saturating_sub(1)))
        .take_while(|&k| s.clause[k - s.lo] == c && s.phrase_at(k).is_none())
        .find(|&k| s.is(k, class::PACT) && s.lw(k + 1) == "with")?;
    target_after(s, k + 2, &[], 3)
}

/// The object of a trigger's own preposition a few words on: "deploy troops along the border".
/// "sanctions (that) Washington imposed on China": the relative clause right after an act's
/// noun, its subject an actor and its verb one that puts the act on someone, gives the act's
/// source and, after the noun's own preposition, its target.
fn relative_imposer(s: &Sent<'_>, end: usize, preps: &[String]) -> Option<(usize, usize)> {
    if preps.is_empty() || end >= s.hi {
        return None;
    }
    let k = end + usize::from(matches!(s.lw(end), "that" | "which"));
    let src = s.phrase_starting(k)?;
    let q = &s.phrases[src];
    if q.reference || q.possessive || q.end >= s.hi || !s.is(q.end, class::IMPOSE) {
        return None;
    }
    let prep = (q.end + 1..(q.end + 4).min(s.hi))
        .take_while(|&j| s.phrase_at(j).is_none() && !matches!(s.w(j), "," | ";"))
        .find(|&j| has(preps, s.lw(j)))?;
    Some((src, target_after(s, prep + 1, &[], 4)?))
}

fn prep_target(s: &Sent<'_>, end: usize, preps: &[String]) -> Option<usize> {
    if preps.is_empty() || end >= s.hi {
        return None;
    }
    let c = s.clause[end - s.lo];
    // Not past another's act: "protested over Tehran's supply of drones to Russia".
    (end..(end + 10).min(s.hi))
        .take_while(|&k| {
            s.clause[k - s.lo] == c
                && (!matches!(s.w(k), "," | ";") || thousands(s, k))
                // ("withdraw its ambassador and its troops from Niger": a pronoun's is no
                // other act.)
                && !s
                    .phrase_at(k)
                    .is_some_and(|p| s.phrases[p].possessive && !s.phrases[p].reference)
        })
        .find(|&k| has(preps, s.lw(k)))
        .and_then(|k| target_after(s, k + 1, &[], 5))
}

/// A nominal trigger `start..end` that opens its clause and is the subject of a passive verb
/// ("Sanctions on Iran were imposed by the United States", "New tariffs on Chinese goods have been
/// announced by Washington"): the phrase after "by" and the target after the noun's preposition.
fn passive_noun(
    s: &Sent<'_>,
    start: usize,
    end: usize,
    preps: &[String],
) -> Option<(usize, usize)> {
    let c = s.clause[start - s.lo];
    // Nothing acts on the noun before it in its clause (no verb, no actor).
    if (s.lo..start)
        .any(|k| s.clause[k - s.lo] == c && (s.trigger_at(k).is_some() || s.phrase_at(k).is_some()))
    {
        return None;
    }
    let tg = prep_target(s, end, preps)?;
    let from = s.phrases[tg].end;
    // (Past a list: "sanctions on Iran's oil, shipping and banking sectors were".)
    let be = (from..(from + 10).min(s.hi))
        .take_while(|&k| s.w(k) != ";" && s.phrase_at(k).is_none() && s.trigger_at(k).is_none())
        .find(|&k| s.is(k, class::BE))?;
    // "were reimposed by", "have been announced by", "were swiftly imposed by".
    let by = (be + 1..(be + 4).min(s.hi)).find(|&k| s.lw(k) == "by")?;
    if !(be + 1..by).any(|k| s.lw(k).ends_with("ed")) {
        return None;
    }
    let src = s
        .phrase_starting(by + 1)
        .or_else(|| target_after(s, by + 1, &[], 2))?;
    Some((src, tg))
}

/// "struck Odesa", "annexed Crimea", "strikes on Kharkiv": the object of an attack or of
/// coercion is a place, and the state it lies in is named elsewhere in the text: that state.
/// (Places are no actors, and a state the text never names is not added.) "seized a
/// British-flagged tanker": the state that flags or owns the object.
fn object_state(s: &Sent<'_>, def: &TriggerDef, from: usize) -> Option<usize> {
    if from >= s.hi {
        return None;
    }
    let c = s.clause[from - s.lo];
    // "condemned the February coup in Myanmar": against the state whose power was seized.
    if def.polarity < 0 {
        let coup = (from..(from + 4).min(s.hi.saturating_sub(2)))
            .take_while(|&k| s.clause[k - s.lo] == c && s.phrase_at(k).is_none())
            .find(|&k| s.is(k, class::COUP) && s.lw(k + 1) == "in");
        if let Some(k) = coup {
            return s
                .phrase_starting(k + 2)
                .and_then(|p| s.phrases[p].ents.first().copied())
                .filter(|&e| s.ent(e).kind == Kind::Country);
        }
    }
    // ("travelled to Kyiv": a visit to a capital is to its state.)
    let visit = def.kind == "CONSULT";
    if !matches!(def.kind, "ASSAULT" | "COERCE") && !visit {
        return None;
    }
    let toks = &s.doc.tokens;
    if !visit {
        if let Some(e) = hostile_place(s, from, c) {
            return Some(e);
        }
    }
    // "the port of Izmail", "the eastern city of Kharkiv", "a British-flagged tanker"
    let k = (from..(from + 5).min(s.hi))
        .take_while(|&k| {
            s.clause[k - s.lo] == c
                && s.phrase_at(k).is_none()
                && s.trigger_at(k).is_none()
                && (toks[k].kind == TokenKind::Word || s.w(k) == "-")
                && !s.is(k, class::STOP_PREP)
        })
        .find(|&k| s.w(k).starts_with(|ch: char| ch.is_uppercase()))?;
    let at = s.r.mentions.partition_point(|m| m.start < toks[k].start);
    let m = s.r.mentions.get(at).filter(|m| m.start == toks[k].start)?;
    let e = &s.r.entities[m.entity];
    match e.kind {
        Kind::Place => {
            let j = s.r.index(e.country.as_deref()?)?;
            (s.r.entities[j].kind == Kind::Country).then_some(j)
        }
        Kind::Country if !visit => {
            let last = toks.partition_point(|t| t.end < m.end);
            (s.w(last + 1) == "-"
                && matches!(
                    s.lw(last + 2),
                    "flagged" | "owned" | "registered" | "operated"
                ))
            .then_some(m.entity)
        }
        _ => None,
    }
}

/// The state a hostile act's object belongs to or lies in: "a tanker belonging to Greece",
/// "strikes on targets in Yemen".
fn hostile_place(s: &Sent<'_>, from: usize, c: usize) -> Option<usize> {
    let toks = &s.doc.tokens;
    // "seized a tanker belonging to Greece", "a vessel owned by a Greek company"
    let owner = (from..(from + 6).min(s.hi.saturating_sub(2)))
        .take_while(|&k| s.clause[k - s.lo] == c && s.phrase_at(k).is_none())
        .find(|&k| {
            matches!(
                (s.lw(k), s.lw(k + 1)),
                ("belonging", "to")
                    | ("owned", "by")
                    | ("operated", "by")
                    | ("linked", "to")
                    | ("bound", "for")
            )
        })
        .and_then(|k| target_after(s, k + 2, &[], 3))
        .and_then(|p| s.phrases[p].ents.first().copied())
        .filter(|&e| s.ent(e).kind == Kind::Country);
    if owner.is_some() {
        return owner;
    }
    // "strikes on targets in Yemen", "attacks on military sites across Syria", "killed hundreds
    // of civilians in southern Israel": the country the targets are in.
    // ("military targets in and around Caracas": a place's country.)
    let within = (from..(from + 5).min(s.hi.saturating_sub(2)))
        .take_while(|&k| s.clause[k - s.lo] == c && s.phrase_at(k).is_none())
        .find(|&k| {
            s.is(k, class::TARGET_NOUN)
                && matches!(s.lw(k + 1), "in" | "across" | "inside" | "around" | "near")
        });
    if let Some(k) = within {
        let mut j = k + 2;
        if j + 1 < s.hi && s.lw(j) == "and" && matches!(s.lw(j + 1), "around" | "near") {
            j += 2;
        }
        let region = usize::from(j < s.hi && s.is(j, class::COMPASS));
        let country = s
            .phrase_starting(j + region)
            .and_then(|p| s.phrases[p].ents.first().copied())
            .or_else(|| {
                let t = toks.get(j + region)?;
                let at = s.r.mentions.partition_point(|m| m.start < t.start);
                let m = s.r.mentions.get(at).filter(|m| m.start == t.start)?;
                let e = &s.r.entities[m.entity];
                (e.kind == Kind::Place).then(|| s.r.index(e.country.as_deref()?))?
            })
            .filter(|&e| s.ent(e).kind == Kind::Country);
        if country.is_some() {
            return country;
        }
    }
    None
}

/// "blocking aid for Kyiv", "vetoed arms sales to Taiwan", "froze EU funding for": the actor
/// a supportive noun just after a verb names as its beneficiary.
fn beneficiary(s: &Sent<'_>, end: usize) -> Option<usize> {
    let c = s.clause.get(end.wrapping_sub(s.lo)).copied()?;
    let mut k = end;
    while k < (end + 6).min(s.hi) && s.clause[k - s.lo] == c {
        if let Some(t) = s.trigger_at(k) {
            let (_, mut t_end, _, ref defs) = s.triggers[t];
            let def = defs
                .iter()
                .map(|&d| &s.gaz.triggers[d as usize])
                .find(|d| d.frame == Frame::Noun && d.polarity > 0)?;
            // "a 50 billion euro aid package for Kyiv"
            if t_end < s.hi && matches!(s.lw(t_end), "package" | "packages" | "deliveries") {
                t_end += 1;
            }
            // "restricted sales of chip-making equipment to Chinese firms": past the goods.
            if t_end < s.hi && s.lw(t_end) == "of" {
                return prep_target(s, t_end, &def.preps);
            }
            return has(&def.preps, s.lw(t_end))
                .then(|| target_after(s, t_end + 1, &[], 5))
                .flatten();
        }
        if matches!(s.w(k), "," | ";") || s.is(k, class::STOP_PREP) {
            return None;
        }
        k += 1;
    }
    None
}

/// "joined the AU in condemning": the object is followed by the act they share, so joining
/// is not membership.
fn chain_follows(s: &Sent<'_>, end: usize) -> bool {
    s.phrases
        .iter()
        .find(|q| q.start >= end)
        .is_some_and(|q| (q.end..(q.end + 3).min(s.hi)).any(|k| matches!(s.lw(k), "in" | "to")))
}

/// Chooses the frame of an ambiguous form ("support" the verb or the noun).
fn pick_frame<'g>(s: &Sent<'g>, start: usize, end: usize, defs: &[u32]) -> &'g TriggerDef {
    // A trigger has at least one def; they are looked at in place, not gathered first.
    let gaz = s.gaz;
    let def = move |d: &u32| &gaz.triggers[*d as usize];
    if let [one] = defs {
        return def(one);
    }
    let next = if end < s.hi { s.lw(end) } else { "" };
    let nominal = !verb_context(s, start);
    if nominal {
        let by_prep = defs
            .iter()
            .map(def)
            .find(|d| d.frame == Frame::Noun && has(&d.preps, next));
        // "exercises near Taiwan" are a show of force, "held exercises with Russia" a joint act.
        if let Some(d) = by_prep
            .or_else(|| defs.iter().map(def).find(|d| d.frame == Frame::Mutual))
            .or_else(|| defs.iter().map(def).find(|d| d.frame == Frame::Noun))
        {
            return d;
        }
    }
    defs.iter()
        .map(def)
        .find(|d| d.frame == Frame::Verb)
        .unwrap_or_else(|| def(&defs[0]))
}

/// "Russia's opposition", "their summit", "Russia's firm opposition".
fn possessor(s: &Sent<'_>, start: usize) -> Option<usize> {
    // Up to three words between, a hyphenated modifier counting as one word: "their first
    // three-way multi-domain exercise", "their long-delayed cross-border trade talks".
    let mut words = 0;
    let mut k = start;
    while words < 4 && k > s.lo && start - k < 10 {
        k -= 1;
        if let Some(p) = s.phrases.iter().position(|p| {
            p.possessive && (p.end == k || p.end + 1 == k || (p.reference && p.start == k))
        }) {
            return Some(p);
        }
        if s.phrase_at(k).is_some() || s.w(k) == "," {
            break;
        }
        // ("its airspace during an attack": an article or a preposition starts another noun
        // phrase.)
        if matches!(
            s.lw(k),
            "a" | "an" | "the" | "during" | "in" | "on" | "at" | "for" | "with" | "of" | "after"
        ) {
            break;
        }
        if !inside_compound(s, k, start) {
            words += 1;
        }
    }
    None
}

/// The asker of "at Ankara's request" or "at the request of Turkey", for the request noun at
/// `start..end`.
fn asked_by(s: &Sent<'_>, start: usize, end: usize) -> Option<usize> {
    // ("visited Kyiv at the invitation of Zelensky": the host asked.)
    if !matches!(s.lw(start), "request" | "requests" | "invitation") {
        return None;
    }
    if start >= s.lo + 2 && s.lw(start - 1) == "the" && s.lw(start - 2) == "at" {
        return (end < s.hi && s.lw(end) == "of")
            .then(|| target_after(s, end + 1, &[], 3))
            .flatten();
    }
    let p = possessor(s, start).filter(|&p| !s.phrases[p].reference)?;
    let q = &s.phrases[p];
    (q.start > s.lo && s.lw(q.start - 1) == "at" && q.end + 2 >= start).then_some(p)
}

/// The actor right before a noun, over at most two lower-case modifiers ("Russian strikes",
/// "US air strikes", "Chinese coast guard"): a name or demonym, not a reference.
fn modifier_of(s: &Sent<'_>, start: usize) -> Option<usize> {
    let mut k = start;
    while k > s.lo && start - k < 3 {
        k -= 1;
        if let Some(p) = s.phrase_at(k) {
            let q = &s.phrases[p];
            return (q.end == k + 1 && !q.reference && !q.possessive).then_some(p);
        }
        // ("expelling Russians in solidarity with": a preposition parts them.)
        if !s.w(k).bytes().all(|b| b.is_ascii_lowercase())
            || s.trigger_at(k).is_some()
            || s.lw(k) == "in"
        {
            return None;
        }
    }
    None
}

/// "Turkey, a close ally of Baku", "China, Pakistan's close ally,": the phrase before ", a/an/
/// the ..." or before ", <possessor>'s ...".
fn apposition_head(s: &Sent<'_>, start: usize) -> Option<usize> {
    let before_comma = |k: usize| {
        // ("Warsaw, one of Kyiv's staunchest allies")
        let k = if k >= s.lo + 3 && s.lw(k - 1) == "of" && s.lw(k - 2) == "one" {
            k - 2
        } else {
            k
        };
        (k > s.lo && s.w(k - 1) == ",")
            .then(|| s.phrases.iter().position(|p| p.end + 1 == k))
            .flatten()
    };
    let mut k = start;
    // Four tokens back, a hyphenated modifier counting as one ("Russia's long-time ally").
    let mut steps = 0;
    while steps < 4 && start - k < 8 {
        if k <= s.lo {
            return None;
        }
        k -= 1;
        if !inside_compound(s, k, start) {
            steps += 1;
        }
        let w = s.lw(k);
        if matches!(w, "a" | "an" | "the") {
            return before_comma(k);
        }
        if let Some(p) = s.phrase_at(k).filter(|&p| s.phrases[p].possessive) {
            return before_comma(s.phrases[p].start);
        }
    }
    None
}

/// The subject of the verb whose object a nominal trigger is: "India announced a boycott of",
/// "the two men pledged to deepen cooperation", "they expressed their opposition".
fn light_subject(s: &Sent<'_>, start: usize, last_src: &Option<Vec<usize>>) -> Option<Vec<usize>> {
    let c = s.clause[start - s.lo];
    // "expelled 60 diplomats in solidarity with Britain": an adverbial "in" and its noun
    // belong to the clause's subject (a participle's, the actor before it).
    // ("the use of drones in strikes on Ukrainian cities": not an act of another's.)
    // "signed a defence pact amid tensions with China": the subject's tensions.
    // ("crossed into its airspace during an attack on western Ukraine": the subject's attack.)
    let during = start > s.lo + 1
        && matches!(s.lw(start - 1), "a" | "an" | "the")
        && s.lw(start - 2) == "during";
    // ("urging in a joint statement that": the statement of the clause's subject.)
    let in_a = start > s.lo + 1
        && matches!(s.lw(start - 1), "a" | "an")
        && s.lw(start - 2) == "in"
        && s.lw(start) == "joint";
    if start > s.lo
        && ((s.lw(start - 1) == "in" && s.lw(start) == "solidarity")
            || s.lw(start - 1) == "amid"
            || during
            || in_a)
    {
        if s.participle.contains(&c) {
            if last_src.is_some() {
                return last_src.clone();
            }
            // ("took a cautious line, urging in a joint statement": the participle's subject.)
            if in_a && start > s.lo + 2 && s.lw(start - 3).ends_with("ing") {
                return verb_source(s, start - 3, last_src);
            }
        } else if let Some(p) = clause_subject(s, c, start) {
            return Some(s.phrases[p].ents.clone());
        }
    }
    let mut k = start;
    let mut steps = 0;
    while steps < 5 {
        if k <= s.lo {
            return None;
        }
        k -= 1;
        if s.clause[k - s.lo] != c {
            return None;
        }
        // "launched more than 300 drones and missiles at": a quantity costs no step.
        if !(s.is(k, class::QUANTITY) || s.w(k).as_bytes().first().is_some_and(u8::is_ascii_digit))
        {
            steps += 1;
        }
        if let Some(p) = s.phrase_at(k) {
            // "became NATO's 31st member": the owner belongs to the noun phrase.
            if !s.phrases[p].possessive {
                return None;
            }
            k = s.phrases[p].start;
            continue;
        }
        let w = s.lw(k);
        if s.is(k, class::LIGHT) {
            return verb_source(s, k, last_src);
        }
        // "launched three days of military drills", "fired dozens of artillery shells": a
        // quantity of the act.
        if w == "of" && k > s.lo && s.is(k - 1, class::SPAN | class::QUANTITY) {
            continue;
        }
        // "claimed responsibility for the attack on": the claimant did it.
        if w == "for"
            && k >= s.lo + 2
            && s.lw(k - 1) == "responsibility"
            && matches!(s.lw(k - 2), "claimed" | "claims" | "claim" | "claiming")
        {
            return verb_source(s, k - 2, last_src);
        }
        // "returned from a meeting with US House Speaker Kevin McCarthy": who went.
        if w == "from"
            && k > s.lo
            && matches!(s.lw(k - 1), "returned" | "returning" | "returns" | "back")
        {
            return verb_source(s, k - 1, last_src);
        }
        // "imposed asset freezes and travel bans": past a noun coordinated with this one.
        if let Some(t) = s.trigger_at(k) {
            let (ts, te, _, ref defs) = s.triggers[t];
            let noun = defs
                .iter()
                .any(|&d| s.gaz.triggers[d as usize].frame == Frame::Noun);
            if noun && te == k + 1 && s.lw(k + 1) == "and" && ts > s.lo {
                k = ts;
                continue;
            }
            // "open membership negotiations with": a noun modifying this one.
            if noun && te == start && ts > s.lo {
                k = ts;
                continue;
            }
            return None;
        }
        if s.is(k, class::LIGHT_STOP) {
            return None;
        }
    }
    None
}

/// A nominal inside the object of a supporting verb: "backed new sanctions against Moscow"
/// (the backer's stance, negated with the verb), "backed Russia's opposition to NATO"; or of a
/// threat ("threatened military intervention in Niger", the last field true).
fn governing_support(s: &Sent<'_>, start: usize) -> Option<(Vec<usize>, bool, bool, usize)> {
    let c = s.clause[start - s.lo];
    let mut k = start;
    for _ in 0..5 {
        if k <= s.lo {
            return None;
        }
        k -= 1;
        if s.clause[k - s.lo] != c {
            return None;
        }
        if let Some(t) = s.trigger_at(k) {
            let def = pick_frame(s, s.triggers[t].0, s.triggers[t].1, &s.triggers[t].3);
            // ("called for more sanctions against Belarus": asking for a stance takes it.)
            // ("called for an end to the strikes": not for the strikes.)
            let asks_for = def.kind == "REQUEST"
                && s.lw(s.triggers[t].1 - 1) == "for"
                && end_to(s, s.triggers[t].1).is_none();
            let threat = def.kind == "THREATEN";
            // ("The EU agreed on new sanctions against Russia": agreeing to a stance takes it.)
            let agrees_to =
                def.kind == "AGREE" && matches!(s.lw(s.triggers[t].1), "to" | "on" | "upon");
            if agrees_to
                || def.frame == Frame::Verb && (def.kind == "SUPPORT" || asks_for || threat)
            {
                let src = source_before(s, s.triggers[t].0)?;
                let (neg, _, _) = modality(s, t);
                return Some((s.phrases[src].ents.clone(), neg, threat, t));
            }
            return None;
        }
    }
    None
}

/// "condemning the summit": an event named by a noun stands for its parties.
fn event_target(s: &Sent<'_>, em: &Emit<'_>, end: usize, preps: &[String]) -> Option<Vec<usize>> {
    event_act(s, em, end, preps).map(|(v, _)| v)
}

/// [`event_target`]'s actors, and the trigger of the act when one is found, if it was hostile
/// (all of its relations share the trigger).
fn event_act(
    s: &Sent<'_>,
    em: &Emit<'_>,
    end: usize,
    preps: &[String],
) -> Option<(Vec<usize>, Option<ByteSpan>)> {
    let mut k = end;
    // "demanded an immediate end to the strikes": the act to end.
    let ended = end_to(s, k);
    if let Some(j) = ended {
        k = j;
        // ("an end to Israeli strikes": its doer before it.)
        if let Some(p) = s.phrase_starting(k).filter(|&p| !s.phrases[p].possessive) {
            if event_noun(s, s.phrases[p].end).is_some_and(|(_, i)| hostile_noun(i)) {
                return Some((s.phrases[p].ents.clone(), None));
            }
        }
    }
    if k < s.hi && has(preps, s.lw(k)) {
        k += 1;
    }
    let act = (k < s.hi && s.phrase_at(k).is_none())
        .then(|| pronoun_act(s, k, em.event_subject))
        .flatten()
        .map(|(i, _)| i);
    let mut noun = act;
    let kinds = if let Some(i) = act {
        // "condemned it": the act named before.
        EVENT_NOUNS[i].1
    } else {
        if !(k < s.hi && s.lw(k) == "the") {
            return None;
        }
        // "condemned the nuclear test": its doer, in this sentence or before.
        if let Some(n) = (k + 1..(k + 4).min(s.hi)).find(|&j| s.is(j, class::SOLO)) {
            if (k + 1..n).all(|j| s.phrase_at(j).is_none()) {
                return (s.lo..k)
                    .rev()
                    .find_map(|j| solo_doer(s, j))
                    .or_else(|| em.solo.map(<[usize]>::to_vec))
                    .map(|v| (v, None));
            }
        }
        // "the summit", "the latest strikes", "the US-led strikes"
        let (n, i) = event_noun(s, k + 1)?;
        // "condemned the attack by Iran": its doer, named after "by".
        if n + 2 < s.hi && s.lw(n + 1) == "by" {
            if let Some(p) = s
                .phrase_starting(n + 2)
                .filter(|&p| !s.phrases[p].possessive)
            {
                return Some((s.phrases[p].ents.clone(), None));
            }
        }
        // 'the Saudi-led "military aggression"', "an end to the Israeli strikes": a hostile
        // act's doer before it.
        let hostile = hostile_noun(i);
        if let Some(j) = (k + 2..n).find(|&j| s.w(j) == "-" && s.lw(j + 1) == "led") {
            let toks = &s.doc.tokens;
            let at =
                s.r.mentions
                    .partition_point(|m| m.start < toks[j - 1].start);
            let led = s.r.mentions.get(at).filter(|m| m.end == toks[j - 1].end);
            if let Some(m) = led.filter(|m| hostile && s.ent(m.entity).kind != Kind::Place) {
                return Some((vec![m.entity], None));
            }
        }
        let doer = (k..n).find_map(|j| s.phrase_starting(j));
        if let Some(p) = doer.filter(|&p| hostile && !s.phrases[p].possessive) {
            return Some((s.phrases[p].ents.clone(), None));
        }
        noun = Some(i);
        EVENT_NOUNS[i].1
    };
    let done: &[Relation] = em.out;
    // A generic "the move" names the act the report leads with, or one an earlier clause of
    // this sentence states ("Israel sent troops into the buffer zone, and Saudi Arabia
    // condemned the move": what its subject did).
    let cs = clause_start(s, k.min(s.hi - 1)).filter(|&cs| cs > s.lo);
    // ("Finland, which joined NATO, welcomed the move": not the relative clause's act.)
    let in_relative = |r: &Relation| {
        let toks = &s.doc.tokens[s.lo..s.hi];
        let j = s.lo + toks.partition_point(|t| t.start < r.trigger.0);
        j < s.hi
            && s.inherited
                .get(s.clause[j - s.lo])
                .copied()
                .flatten()
                .is_some()
    };
    let last = if kinds.is_empty() {
        let here = cs.and_then(|cs| {
            let before = s.doc.tokens[cs].start;
            done[em.first..]
                .iter()
                .rev()
                .find(|r| !r.negated && r.trigger.1 <= before && !in_relative(r))
        });
        match (here, cs) {
            (Some(r), _) => r,
            (None, Some(cs))
                if act.is_none()
                    && (matches!(s.lw(cs), "and" | "but" | "while" | "whereas")
                        || s.w(cs - 1) == ";") =>
            {
                if let Some(p) = clause_subject(s, s.clause[cs - 1 - s.lo], cs) {
                    return Some((s.phrases[p].ents.clone(), None));
                }
                &done[em.acts.first?]
            }
            // ("South Korea unveiled a plan ... Kishida welcomed the decision": with no act
            // reported, the one the report leads with.)
            _ => match em.acts.first {
                Some(at) => &done[at],
                None => return em.lead.map(|v| (v.to_vec(), None)),
            },
        }
    } else {
        // The first kind listed is the likeliest ("the deal" is an agreement before a brokerage):
        // the latest of this sentence, else of the sentences before.
        let found = kinds.iter().find_map(|k| {
            // ("condemning the attack" after "Seoul returned fire": the attack, not the reply.)
            done[em.first..]
                .iter()
                .rev()
                .find(|r| !r.negated && r.kind == *k && r.rule != "noun-response")
                .or_else(|| em.acts.last_of(k).map(|at| &done[at]))
        });
        // ("condemned the assault": an attack on no named actor, by the one who made it.)
        match found {
            Some(r) => r,
            None => {
                let assailant = em.struck.as_deref().or(em.assailant);
                let hostile = noun.is_some_and(hostile_noun);
                let by = if hostile { assailant } else { em.lead };
                return by.map(|v| (v.to_vec(), None));
            }
        }
    };
    // All the relations of that act (one trigger), its sources only when it was hostile. The
    // relations are in sentence order.
    let generic = kinds.is_empty();
    let from = done.partition_point(|r| r.sentence < last.sentence);
    let to = done.partition_point(|r| r.sentence <= last.sentence);
    let hostile = (last.polarity < 0).then_some(last.trigger);
    Some((act_actors(&done[from..to], last, generic), hostile))
}

/// The actors of the act of relation `last` among `rels` (every relation of its trigger): its
/// sources when it was hostile or, for a generic noun ("the decision", "the move"), one-sided;
/// else both sides.
fn act_actors(rels: &[Relation], last: &Relation, generic: bool) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    let act = || {
        rels.iter()
            .filter(|r| r.trigger == last.trigger && !r.negated)
    };
    // "Iran reached an agreement with the United States, Britain, France, Germany, Russia and
    // China ... Netanyahu denounced the accord": an act of one with three or more is its hub's.
    if act().count() >= 3 && act().all(|r| r.source == last.source && r.polarity > 0) {
        return vec![last.source];
    }
    for r in act() {
        let one_sided = r.polarity < 0 || (generic && !r.rule.starts_with("mutual"));
        let ends: &[usize] = if one_sided {
            &[r.source][..]
        } else {
            &[r.source, r.target][..]
        };
        for &e in ends {
            if !out.contains(&e) {
                out.push(e);
            }
        }
    }
    out
}

/// An act named within three words of token `from` ("strikes", "latest strikes", "US-led
/// strikes"), as an index into [`EVENT_NOUNS`].
fn event_noun(s: &Sent<'_>, from: usize) -> Option<(usize, usize)> {
    let find = |to: usize| {
        (from..to.min(s.hi)).find_map(|j| {
            let w = s.lw(j);
            // ("the ruling party", "the judges to order Myanmar": a court's ruling or order
            // only right after "the" and ending its phrase.)
            if matches!(w, "ruling" | "order")
                && (j != from
                    || j + 1 < s.hi
                        && s.doc.tokens[j + 1].kind == TokenKind::Word
                        && !matches!(
                            s.lw(j + 1),
                            "as" | "by" | "on" | "in" | "that" | "and" | "but" | "was" | "is"
                        ))
            {
                return None;
            }
            EVENT_NOUNS
                .iter()
                .position(|(n, _)| *n == w)
                .map(|i| (j, i))
        })
    };
    // ("the large-scale attack", 'the "military aggression"': a hyphened word counts as
    // one, a quote mark as none.)
    find(from + 3).or_else(|| {
        let near = |w: &[&str]| (from..(from + 5).min(s.hi)).any(|j| w.contains(&s.w(j)));
        let width = 3 + 2 * usize::from(near(&["-"])) + usize::from(near(&["\"", "“"]));
        (width > 3).then(|| find(from + width)).flatten()
    })
}

/// The other side of a border a verb's object is sent to, within its clause: "troops to the
/// border with China", "to its frontier with Colombia".
fn border_partner(s: &Sent<'_>, end: usize) -> Option<usize> {
    let c = s.clause.get(end.checked_sub(s.lo)?).copied()?;
    let k = (end..(end + 8).min(s.hi.saturating_sub(2)))
        .take_while(|&k| {
            s.clause[k - s.lo] == c
                && s.phrase_at(k)
                    .is_none_or(|p| s.phrases[p].reference && s.phrases[p].possessive)
        })
        .find(|&k| matches!(s.lw(k), "border" | "borders" | "frontier") && s.lw(k + 1) == "with")?;
    // ("to the border" of a destination's own, "to Poland's border with Belarus", is not
    // moved by the subject against it.)
    (k > end && s.lw(k - 1) != "'s")
        .then(|| target_after(s, k + 2, &[], 3))
        .flatten()
}

/// Forces moved to face another across a border.
const BORDER_DEF: TriggerDef = TriggerDef::plain("MOBILIZE", -5.0);

/// After "an (immediate) end to", "a halt to", "a stop to" at `k`: where the act to end starts.
fn end_to(s: &Sent<'_>, k: usize) -> Option<usize> {
    if k + 3 >= s.hi || !matches!(s.lw(k), "an" | "a") {
        return None;
    }
    let j = k + 1 + usize::from(!matches!(s.lw(k + 1), "end" | "halt" | "stop"));
    (j + 2 < s.hi && matches!(s.lw(j), "end" | "halt" | "stop") && s.lw(j + 1) == "to")
        .then_some(j + 2)
}

/// The act a clause just before token `at` names in apposition, and so its actors: ", a move
/// that alarmed", ", a decision welcomed by", ", a deal that Russia criticised" (the latest act
/// of this sentence before the comma that the noun fits), and ", which angered" (the latest act).
fn apposed_act(s: &Sent<'_>, em: &Emit<'_>, at: usize) -> Option<Vec<usize>> {
    let mut k = at;
    // The relative's subject: "that Russia", "that the alliance".
    if let Some(p) = s.phrases.iter().rposition(|p| p.end == k && p.start > s.lo) {
        k = s.phrases[p].start;
    }
    if k > s.lo && matches!(s.lw(k - 1), "that" | "which") {
        k -= 1;
    }
    let (comma, kinds): (usize, &[&str]) =
        if k > s.lo + 1 && s.lw(k) == "which" && s.w(k - 1) == "," {
            (k - 1, &[])
        } else {
            let noun = k.checked_sub(1).filter(|&n| n > s.lo)?;
            let d = (noun.saturating_sub(3).max(s.lo + 1)..noun)
                .find(|&d| matches!(s.lw(d), "a" | "an" | "the") && s.w(d - 1) == ",")?;
            if (d..noun).any(|j| s.phrase_at(j).is_some()) {
                return None;
            }
            // "North Korea fired a missile into the sea, a launch both governments
            // condemned": the solo act's doer is the subject before the comma.
            if s.is(noun, class::SOLO) {
                let v = (s.lo..d - 1).rev().find(|&j| s.is(j, class::DO))?;
                return doer_of(s, v);
            }
            let i = EVENT_NOUNS.iter().position(|(n, _)| *n == s.lw(noun))?;
            (d - 1, EVENT_NOUNS[i].1)
        };
    let before = s.doc.tokens[comma].start;
    let done: &[Relation] = em.out;
    let last = done[em.first..].iter().rev().find(|r| {
        !r.negated && r.trigger.1 <= before && (kinds.is_empty() || kinds.contains(&r.kind))
    });
    match last {
        Some(last) => Some(act_actors(&done[em.first..], last, kinds.is_empty())),
        // "Israeli troops moved into the buffer zone, a step Egypt condemned": a generic noun
        // for what the clause before did, when it named no one it was done to.
        None if kinds.is_empty() && comma > s.lo => {
            let p = clause_subject(s, s.clause[comma - 1 - s.lo], comma)?;
            Some(s.phrases[p].ents.clone())
        }
        None => None,
    }
}

/// The subject of a condition a few words after token `from` ("threatened military action if
/// Tehran failed to", "unless Caracas releases").
fn conditional_actor(s: &Sent<'_>, from: usize) -> Option<usize> {
    let k = (from..(from + 8).min(s.hi))
        .take_while(|&k| !matches!(s.w(k), ";" | ".") && s.phrase_at(k).is_none())
        .find(|&k| matches!(s.lw(k), "if" | "unless"))?;
    s.phrase_starting(k + 1 + usize::from(s.lw(k + 1) == "the"))
}

/// The parties of talks named just before token `at` ("talks in Putrajaya hosted by"): those of
/// the latest two-sided act of the sentence before them.
fn hosted_talks(s: &Sent<'_>, em: &Emit<'_>, at: usize) -> Option<Vec<usize>> {
    let noun = (at.saturating_sub(4).max(s.lo)..at)
        .rev()
        .find(|&k| s.is(k, class::GATHERING))?;
    let before = s.doc.tokens[noun].start;
    let done = &em.out[em.first..];
    let last = done.iter().rev().find(|r| {
        !r.negated && r.polarity > 0 && r.rule.starts_with("mutual") && r.trigger.1 <= before
    })?;
    Some(act_actors(done, last, false))
}

/// The act that the pronoun "it" or "them" at token `k` names, as an index into
/// [`EVENT_NOUNS`] and whether this sentence names it: a "the ... NOUN" of this sentence with no
/// actor after it but the pronoun's clause subject, else `before` (the act the sentence before
/// was about), when the number fits.
fn pronoun_act(s: &Sent<'_>, k: usize, before: Option<usize>) -> Option<(usize, bool)> {
    let plural = match s.lw(k) {
        "them" => true,
        "it" => false,
        _ => return None,
    };
    let fits = |i: &usize| EVENT_NOUNS[*i].0.ends_with('s') == plural;
    let c = s.clause[k - s.lo];
    let subject = s
        .phrases
        .iter()
        .position(|p| p.start >= s.lo && s.clause[p.start - s.lo] == c);
    // ("condemned the attack as a violation of Iran's sovereignty, joining Qatar and Jordan
    // in criticising it": past an owner and those joined in the act, to the act.)
    let aside = |p: &Phrase| {
        p.possessive
            || (p.start > s.lo
                && p.end < k
                && s.lw(p.end) == "in"
                && matches!(s.lw(p.start - 1), "joining" | "joined" | "join" | "joins"))
    };
    for j in (s.lo..k).rev() {
        if s.phrase_at(j)
            .is_some_and(|p| Some(p) != subject && !s.phrases[p].reference && !aside(&s.phrases[p]))
        {
            break;
        }
        if s.lw(j) == "the" {
            if let Some((at, i)) = event_noun(s, j + 1).filter(|&(_, i)| fits(&i)) {
                if at < k {
                    return Some((i, true));
                }
            }
        }
    }
    before.filter(fits).map(|i| (i, false))
}

/// The doer of a solo act whose noun is token `k`: its owner ("North Korea's missile launch"),
/// else the subject of a clause whose verb carried it out ("Pyongyang conducted its sixth
/// nuclear test").
fn solo_doer(s: &Sent<'_>, k: usize) -> Option<Vec<usize>> {
    if !s.is(k, class::SOLO) {
        return None;
    }
    let c = s.clause[k - s.lo];
    let from = k.saturating_sub(5).max(s.lo);
    if let Some(p) = s.phrases.iter().rposition(|p| {
        p.possessive && !p.reference && p.start >= from && p.end <= k && p.end + 3 >= k
    }) {
        return Some(s.phrases[p].ents.clone());
    }
    // ("conducted its sixth and most powerful nuclear test")
    let v = (k.saturating_sub(8).max(s.lo)..k)
        .rev()
        .take_while(|&j| s.clause[j - s.lo] == c && !matches!(s.w(j), "," | ";"))
        .find(|&j| s.is(j, class::DO))?;
    if (v + 1..k).any(|j| s.phrase_at(j).is_some_and(|p| !s.phrases[p].reference)) {
        return None;
    }
    doer_of(s, v)
}

/// The subject of the verb at token `v`: the phrase right before it, else its clause's.
fn doer_of(s: &Sent<'_>, v: usize) -> Option<Vec<usize>> {
    let p = s
        .phrases
        .iter()
        .position(|p| p.end == v && !p.possessive)
        .or_else(|| clause_subject(s, s.clause[v - s.lo], v))?;
    Some(s.phrases[p].ents.clone())
}

/// The act a sentence opens with as its subject: "The strikes were supported by".
fn event_subject(s: &Sent<'_>) -> Option<usize> {
    if !(s.lo < s.hi && s.lw(s.lo) == "the") {
        return None;
    }
    let (at, i) = event_noun(s, s.lo + 1)?;
    // The noun heads the subject: no trigger or clause break before it.
    (!(s.lo..at).any(|j| s.trigger_at(j).is_some() || matches!(s.w(j), "," | ";"))).then_some(i)
}

/// The actors of a "that"/"whether" complement up to its verb: "warned that any arms transfer
/// from Pyongyang to Moscow would"; "warned that it would take countermeasures if the alliance".
fn complement_actors(s: &Sent<'_>, from: usize, source: &[usize]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut k = from;
    let mut conditional = false;
    while k < s.hi && k < from + 14 {
        let w = s.lw(k);
        if s.is(k, class::FINITE_AUX) {
            if out.is_empty() || conditional {
                // only the speaker so far: look for an "if" clause
                conditional = true;
                k += 1;
                continue;
            }
            break;
        }
        if matches!(w, "if" | "unless") {
            conditional = true;
            out.clear();
        }
        // "demand that Russia withdraw its forces from Ukraine": the verb ends the actors.
        if !out.is_empty() && !conditional && DEMANDS.contains(&w) {
            break;
        }
        if let Some(p) = s.phrase_starting(k) {
            // ("warned that any attack on Niamey would be": the one protected is no target.)
            let protected = k >= from + 3
                && matches!(s.lw(k - 1), "on" | "against")
                && (k - 3..k - 1).any(|j| s.lw(j) == "any");
            if protected {
                k = s.phrases[p].end;
                continue;
            }
            for &e in &s.phrases[p].ents {
                if !source.contains(&e) && !out.contains(&e) {
                    out.push(e);
                }
            }
            k = s.phrases[p].end;
            if conditional && !out.is_empty() {
                break;
            }
            continue;
        }
        if matches!(w, ";" | "." | "\"") {
            break;
        }
        // ("demanded that the two countries restore deliveries, and Slovakia and Bulgaria
        // declared": another clause.)
        if w == "," && !out.is_empty() && matches!(s.lw(k + 1), "and" | "but" | "while") {
            break;
        }
        k += 1;
    }
    out
}

/// Verbs that put a name on an act or an actor.
const CALLS: &[&str] = &[
    "called",
    "calls",
    "calling",
    "branded",
    "brands",
    "branding",
    "described",
    "describes",
    "describing",
    "labelled",
    "labeled",
    "labels",
    "termed",
    "terms",
    "deemed",
    "deems",
    "designated",
    "designates",
    "designating",
];
/// Names that condemn what they are given.
const NEGATIVE_NAMES: &[&str] = &[
    "unfair",
    "unacceptable",
    "regrettable",
    "terrorist",
    "terrorists",
    "illegal",
    "illegitimate",
    "unlawful",
    "unjust",
    "irresponsible",
    "dangerous",
    "provocative",
    "provocation",
    "reckless",
    "unethical",
    "hostile",
    "aggressive",
    "outrageous",
    "absurd",
    "baseless",
    "shameful",
    "betrayal",
    "stab",
    "violation",
    "encroachment",
    "threat",
    "mistake",
    "blunder",
    "interference",
    "meddling",
    "aggression",
    "farce",
    "sham",
    "disgrace",
    "destabilising",
    "destabilizing",
    "escalation",
    "invasion",
    "occupation",
    "crime",
    "crimes",
    "genocide",
    "terrorism",
    "terrorist",
    "blackmail",
    "disastrous",
    "catastrophic",
    "deplorable",
    "regrettable",
    "shocking",
    "appalling",
    "cynical",
    "hypocritical",
    "unjustified",
    "unjustifiable",
    "counterproductive",
    "destructive",
    "inhumane",
    "barbaric",
    "criminal",
    "disgraceful",
    "insult",
    "affront",
    "unprovoked",
    "hijacking",
    "piracy",
    "misguided",
    "disappointing",
    // "short-sighted"
    "sighted",
    "enemy",
    "enemies",
    "occupier",
    "occupiers",
    "aggressor",
    "pariah",
    "puppet",
    "wrong",
    "repugnant",
    "insulting",
    "offensive",
    "revenge",
];
/// Names that praise what they are given.
const POSITIVE_NAMES: &[&str] = &[
    "historic",
    "courageous",
    "constructive",
    "breakthrough",
    "victory",
    "success",
    "milestone",
    "landmark",
    "welcome",
    "positive",
    "brave",
    "encouraging",
    "promising",
    "commendable",
];

/// "Abbas called the veto unfair", "the Kremlin called the move an encroachment": the speaker
/// against (or for) the actors of what was named.
fn evaluations(s: &Sent<'_>, em: &mut Emit<'_>) {
    for k in s.lo..s.hi.saturating_sub(2) {
        if !s.is(k, class::CALL) {
            continue;
        }
        let Some(src) = verb_source(s, k, &None) else {
            continue;
        };
        // "condemning the blast, with Abe calling it unacceptable": "it" is the solo act.
        let solo_it = (s.lw(k + 1) == "it")
            .then(|| {
                let n = (s.lo + 1..k).rev().find(|&j| {
                    s.is(j, class::SOLO)
                        && (j.saturating_sub(3).max(s.lo)..j).any(|i| s.lw(i) == "the")
                })?;
                (s.lo..=n)
                    .rev()
                    .find_map(|i| solo_doer(s, i))
                    .or_else(|| em.solo.map(<[usize]>::to_vec))
            })
            .flatten();
        let (obj, after): (Vec<usize>, usize) = match (solo_it, s.phrase_starting(k + 1)) {
            (Some(doer), _) => (doer, k + 2),
            (None, Some(p)) if !s.phrases[p].possessive => {
                (s.phrases[p].ents.clone(), s.phrases[p].end)
            }
            // "called China's move provocative": what an actor owns stands for it.
            (None, Some(p)) if !s.phrases[p].reference => {
                (s.phrases[p].ents.clone(), (s.phrases[p].end + 1).min(s.hi))
            }
            // "branded remarks by Dutch Finance Minister Wopke Hoekstra repugnant": the speaker.
            _ if s.is(k + 1, class::REMARK) && s.lw(k + 2) == "by" => {
                match target_after(s, k + 3, &[], 4) {
                    Some(p) => (s.phrases[p].ents.clone(), s.phrases[p].end),
                    None => continue,
                }
            }
            _ => match event_target(s, em, k + 1, &[]) {
                Some(v) => (v, (k + 3).min(s.hi)),
                None => continue,
            },
        };
        let c = s.clause[k - s.lo];
        let words: Vec<usize> = (after..(after + 6).min(s.hi))
            .take_while(|&j| s.clause[j - s.lo] == c && !matches!(s.w(j), "," | ";" | "."))
            .collect();
        let negative = words.iter().any(|&j| s.is(j, class::NEGATIVE_NAME));
        let positive = words.iter().any(|&j| s.is(j, class::POSITIVE_NAME));
        if negative == positive {
            continue;
        }
        let def = if negative {
            TriggerDef {
                kind: "ACCUSE",
                frame: Frame::Verb,
                preps: vec![],
                intensity: -3.0,
                polarity: -1,
            }
        } else {
            TriggerDef {
                kind: "SUPPORT",
                frame: Frame::Verb,
                preps: vec![],
                intensity: 2.0,
                polarity: 1,
            }
        };
        let trig = (s.doc.tokens[k].start, s.doc.tokens[k].end);
        let rule = if negative {
            "called-negative"
        } else {
            "called-positive"
        };
        for &t in &obj {
            if !src.contains(&t) {
                push_plain(s, em, &src, t, &def, trig, rule);
            }
        }
    }
}

/// The target of the latest relation of one of `kinds`, in this sentence or the `back` before,
/// that is not one of `src`: the one an act with no target named goes to ("Chile and Brazil
/// recalled their ambassadors", "China pledged emergency assistance").
fn elided(em: &Emit<'_>, si: usize, src: &[usize], kinds: &[&str], back: usize) -> Option<usize> {
    em.out
        .iter()
        .rev()
        .take_while(|r| r.sentence + back >= si)
        .find(|r| !r.negated && kinds.contains(&r.kind) && !src.contains(&r.target))
        .map(|r| r.target)
}

/// "Turkey said Armenia should end its provocations": what a speaker says another must stop or
/// undo is a demand on it, an accusation.
fn demands(s: &Sent<'_>, em: &mut Emit<'_>) {
    const DEMAND_DEF: TriggerDef = TriggerDef::plain("ACCUSE", -3.0);
    for k in s.lo..s.hi.saturating_sub(3) {
        if !s.is(k, class::SPEECH) {
            continue;
        }
        let j = k + 1 + usize::from(s.lw(k + 1) == "that");
        let Some(p) = s.phrase_starting(j).filter(|&p| !s.phrases[p].reference) else {
            continue;
        };
        let mut v = s.phrases[p].end;
        // "The WHO said Israel had blocked aid convoys": a hostile act the complement says
        // another did, against no one it names, is the speaker's accusation.
        if v + 1 < s.hi && matches!(s.lw(v), "had" | "has" | "have") {
            let act = s.trigger_at(v + 1).filter(|&u| {
                let (ts, te, _, ref defs) = s.triggers[u];
                let d = pick_frame(s, ts, te, defs);
                ts == v + 1 && d.polarity < 0 && d.frame == Frame::Verb
            });
            if let Some(u) = act {
                let span = s.triggers[u].2;
                let told = em.out[em.first..].iter().any(|r| r.trigger == span);
                if let (false, Some(src)) = (told, verb_source(s, k, &None)) {
                    let trig = (s.doc.tokens[k].start, s.doc.tokens[k].end);
                    for &t in &s.phrases[p].ents {
                        if !src.contains(&t) {
                            push_plain(s, em, &src, t, &DEMAND_DEF, trig, "said-did");
                        }
                    }
                }
                continue;
            }
        }
        // ("insisted that Denmark withdraw": a demand's bare verb.)
        let mandative = matches!(s.lw(k), "insisted" | "insists" | "insist" | "demanded");
        v += match (s.lw(v), s.lw((v + 1).min(s.hi - 1))) {
            ("should" | "must", _) => 1,
            ("needs" | "has" | "had", "to") => 2,
            (w, _) if mandative && DEMANDS.contains(&w) => 0,
            _ => continue,
        };
        if v < s.hi && s.lw(v).ends_with("ly") {
            v += 1;
        }
        if !(v < s.hi && DEMANDS.contains(&s.lw(v))) {
            continue;
        }
        let Some(src) = verb_source(s, k, &None) else {
            continue;
        };
        let trig = (s.doc.tokens[v].start, s.doc.tokens[v].end);
        for &t in &s.phrases[p].ents {
            if !src.contains(&t) {
                push_plain(s, em, &src, t, &DEMAND_DEF, trig, "said-must");
            }
        }
    }
}

/// "gave the United States 180 days to vacate the base", "giving American diplomats 72 hours
/// to leave": a deadline to leave, given to another, is coercion.
fn ultimatum(s: &Sent<'_>, em: &mut Emit<'_>) {
    const ULTIMATUM_DEF: TriggerDef = TriggerDef::plain("COERCE", -5.0);
    for k in s.lo + 3..s.hi.saturating_sub(2) {
        let leave = matches!(
            s.lw(k),
            "days" | "hours" | "weeks" | "months" | "day" | "week" | "month"
        ) && s.lw(k + 1) == "to"
            && matches!(
                s.lw(k + 2),
                "leave" | "vacate" | "depart" | "quit" | "withdraw" | "evacuate"
            );
        let number = leave
            && (s.w(k - 1).bytes().all(|b| b.is_ascii_digit())
                || matches!(s.lw(k - 1), "a" | "one")
                || NUMBERS.iter().any(|(w, _)| *w == s.lw(k - 1)));
        if !number {
            continue;
        }
        // ("giving American diplomats 72 hours": the people of a state stand for it.)
        let people = |e: usize| {
            e + 2 == k && s.w(e).bytes().all(|b| b.is_ascii_lowercase()) && s.w(e).len() > 3
        };
        // ("gave France's ambassador 72 hours": the state whose envoy is sent away.)
        let envoy = |p: &Phrase| {
            p.possessive && p.end + 3 == k && s.w(p.end + 1).bytes().all(|b| b.is_ascii_lowercase())
        };
        let Some(p) = s
            .phrases
            .iter()
            .position(|p| (p.end + 1 == k || people(p.end)) && !p.possessive || envoy(p))
        else {
            continue;
        };
        let mut at = s.phrases[p].start;
        if at > s.lo + 1 && s.lw(at - 1) == "the" {
            at -= 1;
        }
        let given = at > s.lo
            && matches!(
                s.lw(at - 1),
                "gave" | "give" | "gives" | "given" | "giving" | "granted"
            );
        if !given {
            continue;
        }
        let Some(src) = verb_source(s, at - 1, &None) else {
            continue;
        };
        let trig = (s.doc.tokens[k - 1].start, s.doc.tokens[k + 2].end);
        for &t in &s.phrases[p].ents {
            if !src.contains(&t) {
                push_plain(s, em, &src, t, &ULTIMATUM_DEF, trig, "ultimatum");
            }
        }
    }
}

/// "a deal brokered by China": the broker with each party of the latest agreement.
fn brokers(s: &Sent<'_>, disc: &Discourse, em: &mut Emit<'_>) {
    for k in s.lo..s.hi.saturating_sub(1) {
        if s.is(k, class::BROKER) && s.lw(k + 1) == "by" {
            broker(s, disc, em, k);
        } else if s.is(k, class::BROKER_VERB)
            && (k + 1..(k + 5).min(s.hi)).any(|j| s.is(j, class::BROKERED))
        {
            // "the UAE, which helped broker the thaw", "Qatar mediated between": the subject.
            // The parties are those named after "between", else those of the agreement at hand.
            let between = (k + 1..(k + 5).min(s.hi)).find(|&j| s.lw(j) == "between");
            let named: Vec<usize> = between
                .and_then(|j| {
                    s.phrase_starting(j + 1)
                        .or_else(|| s.phrase_starting(j + 2))
                })
                .map(|p| joined_ents(s, p))
                .unwrap_or_default();
            if let Some(b) = verb_source(s, k, &None) {
                let own = between
                    .and_then(|j| {
                        s.phrase_starting(j + 1)
                            .or_else(|| s.phrase_starting(j + 2))
                    })
                    .is_some_and(|p| same_actors(s, p, &b));
                if named.len() >= 2 && !own {
                    let trig = (s.doc.tokens[k].start, s.doc.tokens[k].end);
                    for &b in &b {
                        push_plain(s, em, &named, b, &BROKER_DEF, trig, "brokered-by");
                    }
                } else if between.is_none() {
                    broker_of(s, disc, em, k, &b);
                }
            }
        }
    }
}

fn broker(s: &Sent<'_>, disc: &Discourse, em: &mut Emit<'_>, k: usize) {
    // "brokered by Caribbean and Brazilian leaders": past a region that is no actor.
    let b = target_after(s, k + 2, &[], 3).or_else(|| {
        (k + 2..(k + 6).min(s.hi))
            .take_while(|&j| !matches!(s.w(j), "," | ";" | ":" | "."))
            .find_map(|j| s.phrase_starting(j))
    });
    let Some(b) = b else {
        return;
    };
    // "brokered by Turkey and Qatar", each named on its own.
    broker_of(s, disc, em, k, &joined_ents(s, b));
}

/// Whether reference phrase `p` names just the actors `v` ("the US and Saudi Arabia, which
/// mediated between the warring parties": the parties are not the mediators).
fn same_actors(s: &Sent<'_>, p: usize, v: &[usize]) -> bool {
    let q = &s.phrases[p];
    q.reference && q.ents.len() == v.len() && q.ents.iter().all(|e| v.contains(e))
}

/// The actors of phrase `p` and of the phrases "and" joins to it ("Turkey and Qatar"), up to
/// eight phrases.
fn joined_ents(s: &Sent<'_>, p: usize) -> Vec<usize> {
    let mut ents = s.phrases[p].ents.clone();
    let (mut last, mut n) = (p, 1);
    while let Some(next) = Some(s.phrases[last].end)
        .filter(|&end| s.lw(end) == "and" && n < 8)
        .and_then(|end| s.phrase_starting(end + 1))
    {
        ents.extend(s.phrases[next].ents.iter().copied());
        last = next;
        n += 1;
    }
    ents
}

/// A broker's relation with each party: cooperation.
const BROKER_DEF: TriggerDef = TriggerDef::plain("COOPERATE", 3.0);

/// Each of `brokers` stands with the parties of the agreement at hand: those of the
/// sentence's agreements and talks, then those of the latest agreement before.
fn broker_of(s: &Sent<'_>, disc: &Discourse, em: &mut Emit<'_>, k: usize, brokers: &[usize]) {
    // ("Qatar, which had hosted Haniyeh and has been mediating": the broker's own relations
    // are not the ones it mediates.)
    let here: Vec<usize> = em.out[em.first..]
        .iter()
        .filter(|r| matches!(r.kind, "AGREE" | "CONSULT" | "COOPERATE"))
        .filter(|r| !brokers.contains(&r.source) && !brokers.contains(&r.target))
        .flat_map(|r| [r.source, r.target])
        .collect();
    let mut parties: Vec<usize> = Vec::new();
    for e in here.into_iter().chain(
        disc.parties
            .iter()
            .rev()
            .take(LOOKBACK)
            .find(|(k, _)| *k == "AGREE")
            .map(|(_, v)| v.clone())
            .unwrap_or_default(),
    ) {
        if !parties.contains(&e) {
            parties.push(e);
        }
    }
    let trig = (s.doc.tokens[k].start, s.doc.tokens[k].end);
    for &b in brokers {
        push_plain(s, em, &parties, b, &BROKER_DEF, trig, "brokered-by");
    }
}

/// "a bloc whose current members are Brazil, Russia, ...", "NATO's members include ...".
fn member_lists(s: &Sent<'_>, em: &mut Emit<'_>) {
    for k in s.lo..s.hi.saturating_sub(2) {
        if !matches!(s.lw(k), "members" | "member") {
            continue;
        }
        if !s.is(k + 1, class::MEMBER_VERB) {
            continue;
        }
        let Some(list) = s
            .phrase_starting(k + 2)
            .or_else(|| s.phrase_starting(k + 3))
        else {
            continue;
        };
        // The organization: the owner of "members", or the antecedent of "whose".
        let org = (s.lo..k).rev().find_map(|j| {
            let p = s.phrase_at(j)?;
            let q = &s.phrases[p];
            (q.ents.len() == 1 && s.ent(q.ents[0]).kind == Kind::Organization).then_some(q.ents[0])
        });
        let Some(org) = org else { continue };
        push_members(s, em, list, org, k, "members-are");
    }
}

/// The states of phrase `list` as members of `org`, with token `k` as the trigger.
fn push_members(
    s: &Sent<'_>,
    em: &mut Emit<'_>,
    list: usize,
    org: usize,
    k: usize,
    rule: &'static str,
) {
    let members: Vec<usize> = s.phrases[list]
        .ents
        .iter()
        .copied()
        .filter(|&e| s.ent(e).kind == Kind::Country)
        .collect();
    let def = TriggerDef {
        kind: "MEMBER",
        frame: Frame::Noun,
        preps: vec![],
        intensity: 6.0,
        polarity: 1,
    };
    let trig = (s.doc.tokens[k].start, s.doc.tokens[k].end);
    push_plain(s, em, &members, org, &def, trig, rule);
}

/// "the Quad alliance involving the US, India, Japan and Australia": members of the
/// organization named right before.
fn memberships(s: &Sent<'_>, em: &mut Emit<'_>) {
    member_lists(s, em);
    for k in s.lo..s.hi {
        if !s.is(k, class::MEMBERSHIP_CUE) {
            continue;
        }
        let mut j = k;
        while j > s.lo && k - j < 4 {
            j -= 1;
            let gap_ok = (j + 1..k).all(|g| s.is(g, class::MEMBERSHIP_GAP));
            if let Some(p) = s
                .phrases
                .iter()
                .position(|p| p.end == j + 1 || p.end == j)
                .filter(|_| gap_ok)
            {
                let org = &s.phrases[p];
                if org.ents.len() == 1 && s.ent(org.ents[0]).kind == Kind::Organization {
                    if let Some(m) = s
                        .phrases
                        .iter()
                        .position(|p| p.start > k && p.start <= k + 2)
                    {
                        push_members(s, em, m, org.ents[0], k, "membership-list");
                    }
                }
                break;
            }
        }
    }
}

fn push_plain(
    s: &Sent<'_>,
    em: &mut Emit<'_>,
    sources: &[usize],
    target: usize,
    def: &TriggerDef,
    trig: (usize, usize),
    rule: &'static str,
) {
    for &a in sources {
        if em.full() {
            em.cut = true;
            return;
        }
        if a == target || s.r.fold(a) == s.r.fold(target) {
            continue;
        }
        em.out.push(Relation {
            source: a,
            target,
            kind: def.kind,
            polarity: def.polarity,
            intensity: def.intensity,
            sentence: em.sentence,
            trigger: trig,
            negated: false,
            hedged: false,
            rule,
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::{analyze, Options};

    fn rels(text: &str) -> Vec<(String, String, String, bool, Option<String>)> {
        let a = analyze(
            text,
            &Options {
                date: Some("2024-01-10".into()),
                id: None,
            },
        )
        .unwrap();
        a.relations
            .into_iter()
            .map(|r| (r.source, r.kind, r.target, r.negated, r.rule))
            .collect()
    }

    #[test]
    fn relation_001_no_trigger_no_relation() {
        assert!(rels("China and Russia are large countries near Mongolia.").is_empty());
    }

    #[test]
    fn relation_002_verb_frame_direction() {
        let r = rels("Poland accused Belarus.");
        assert_eq!(r.len(), 1);
        assert_eq!(
            (r[0].0.as_str(), r[0].1.as_str(), r[0].2.as_str()),
            ("POL", "ACCUSE", "BLR")
        );
    }

    #[test]
    fn relation_003_passive_flips_roles() {
        let r = rels("Ukraine was attacked by Russia.");
        assert!(r.iter().any(|x| x.0 == "RUS" && x.2 == "UKR"), "{r:?}");
        assert!(!r.iter().any(|x| x.0 == "UKR" && x.2 == "RUS"), "{r:?}");
    }

    #[test]
    fn relation_004_negation() {
        let r = rels("India declined to condemn Russia.");
        assert!(!r.is_empty() && r.iter().all(|x| x.3), "{r:?}");
    }

    #[test]
    fn relation_005_bounded_expansion() {
        let many: Vec<&str> =
            ["France", "Germany", "Italy", "Spain", "Poland", "Austria"].repeat(40);
        let text = format!("{} condemned {}.", many.join(", "), many.join(", "));
        let a = analyze(&text, &Options::default()).unwrap();
        assert!(a.relations.len() <= super::MAX_PER_SENTENCE);
    }

    #[test]
    fn relation_006_with_the_backing_of_backs_the_subject() {
        let r = rels("The Gambia filed the case with the backing of the Organisation of Islamic Cooperation.");
        assert!(
            r.iter()
                .any(|(s, k, t, _, _)| s == "OIC" && k == "SUPPORT" && t == "GMB"),
            "{r:?}"
        );
        assert!(
            !r.iter().any(|(s, _, t, _, _)| s == "GMB" && t == "OIC"),
            "{r:?}"
        );
    }

    #[test]
    fn relation_007_a_brokers_own_guest_is_no_party() {
        let r = rels(
            "Qatar, which had hosted Ismail Haniyeh and has been mediating ceasefire talks, \
             called for calm.",
        );
        assert!(
            r.iter().any(|(_, k, _, _, _)| k == "CONSULT"),
            "the visit stays: {r:?}"
        );
        assert!(
            !r.iter()
                .any(|(_, _, _, _, rule)| rule.as_deref() == Some("brokered-by")),
            "{r:?}"
        );
    }
}
