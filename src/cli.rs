//! The command line: `entente analyze [FILE] [--date D] [--pretty]` and
//! `entente analyze --jsonl [--threads N]`. Native only (see `main.rs`).

use std::io::{self, BufRead, BufWriter, IsTerminal, Read, Write};

use rayon::prelude::*;

/// mimalloc instead of the system allocator: the analysis makes many small allocations, and
/// glibc's malloc and free were a fifth of its instructions (callgrind).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::process::ExitCode;

use entente::{analyze_json_to, analyze_json_with, analyze_with, Gazetteer, Options};
use serde::Deserialize;

const HELP: &str = "\
entente: the geopolitical actors of an English news text, and who stands with whom

USAGE:
    entente analyze [FILE] [--date YYYY-MM-DD] [--pretty] [--kb FILE]...
    entente analyze --jsonl [--threads N] [--kb FILE]...
    entente --help | --version

    analyze FILE      analyse FILE (standard input when FILE is absent or '-') and print one
                      analysis (schema entente/1) as JSON
    --date D          the date the text was written, YYYY-MM-DD; it decides who held an office
                      (default: today, with a warning when an office-holder was resolved)
    --pretty          indent the JSON
    --jsonl           batch mode: read JSON lines {\"id\",\"text\",\"date\"} on standard input,
                      write one analysis per line in the same order, with the id echoed; a bad
                      line gives {\"id\":...,\"error\":\"...\"} and the batch goes on; lines are
                      analysed on every core and written in input order, in constant memory,
                      with a progress line on a terminal (none on a pipe)
    --threads N       batch mode: use N threads (default: one per core)
    --kb FILE         add knowledge-base records at run time, in the format of data/; the file's
                      name says its table (persons.txt, countries.txt, organizations.txt, ...)

EXIT STATUS:
    0  the analysis (or the whole batch) was written; batch lines with errors are in the output
    1  the input could not be used: unreadable file, invalid UTF-8, bad date, bad --kb records
    2  the command line was wrong
";

pub fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(m)) => {
            eprintln!("entente: {m}\n\n{HELP}");
            ExitCode::from(2)
        }
        Err(Failure::Input(m)) => {
            eprintln!("entente: {m}");
            ExitCode::from(1)
        }
    }
}

enum Failure {
    Usage(String),
    Input(String),
}

#[derive(Default)]
struct Cli {
    file: Option<String>,
    date: Option<String>,
    pretty: bool,
    jsonl: bool,
    threads: Option<usize>,
    kb: Vec<String>,
}

fn parse(args: &[String]) -> Result<Option<Cli>, Failure> {
    let mut it = args.iter();
    match it.next().map(String::as_str) {
        Some("--help" | "-h" | "help") | None => {
            print!("{HELP}");
            return Ok(None);
        }
        Some("--version" | "-V") => {
            println!("entente {}", env!("CARGO_PKG_VERSION"));
            return Ok(None);
        }
        Some("analyze" | "analyse") => {}
        Some(other) => return Err(Failure::Usage(format!("unknown command {other:?}"))),
    }
    let mut cli = Cli::default();
    while let Some(a) = it.next() {
        let value = |it: &mut std::slice::Iter<'_, String>, name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| Failure::Usage(format!("{name} needs a value")))
        };
        match a.as_str() {
            "--help" | "-h" => {
                print!("{HELP}");
                return Ok(None);
            }
            "--pretty" => cli.pretty = true,
            "--jsonl" => cli.jsonl = true,
            "--date" => cli.date = Some(value(&mut it, "--date")?),
            "--kb" => cli.kb.push(value(&mut it, "--kb")?),
            "--threads" => cli.threads = Some(threads(&value(&mut it, "--threads")?)?),
            s if s.starts_with("--threads=") => {
                cli.threads = Some(threads(&s["--threads=".len()..])?)
            }
            s if s.starts_with("--date=") => cli.date = Some(s["--date=".len()..].to_string()),
            s if s.starts_with("--kb=") => cli.kb.push(s["--kb=".len()..].to_string()),
            s if s.starts_with('-') && s != "-" => {
                return Err(Failure::Usage(format!("unknown option {s:?}")))
            }
            s => {
                if cli.file.is_some() {
                    return Err(Failure::Usage(format!("one FILE at most (got {s:?} too)")));
                }
                cli.file = Some(s.to_string());
            }
        }
    }
    if cli.threads.is_some() && !cli.jsonl {
        return Err(Failure::Usage("--threads is for --jsonl batches".into()));
    }
    if cli.jsonl && (cli.file.is_some() || cli.date.is_some()) {
        return Err(Failure::Usage(
            "--jsonl reads standard input and takes each line's own date".into(),
        ));
    }
    Ok(Some(cli))
}

fn threads(s: &str) -> Result<usize, Failure> {
    match s.parse::<usize>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(Failure::Usage(format!(
            "--threads wants a whole number of threads, 1 or more (got {s:?})"
        ))),
    }
}

fn run(args: &[String]) -> Result<(), Failure> {
    let Some(cli) = parse(args)? else {
        return Ok(());
    };
    let extra = load_kb(&cli.kb)?;
    let gaz_owned;
    let gaz: &Gazetteer = if extra.is_empty() {
        Gazetteer::builtin()
    } else {
        let files: Vec<(&str, &str)> = extra
            .iter()
            .map(|(n, t)| (n.as_str(), t.as_str()))
            .collect();
        gaz_owned = Gazetteer::with_extra(&files)
            .map_err(|e| Failure::Input(entente::Error::knowledge_base(&e).to_string()))?;
        &gaz_owned
    };
    if cli.jsonl {
        return batch(gaz, cli.threads);
    }
    let bytes = match cli.file.as_deref() {
        None | Some("-") => {
            let mut b = Vec::new();
            io::stdin()
                .read_to_end(&mut b)
                .map_err(|e| Failure::Input(format!("cannot read standard input: {e}")))?;
            b
        }
        Some(path) => {
            std::fs::read(path).map_err(|e| Failure::Input(format!("cannot read {path}: {e}")))?
        }
    };
    let name = cli.file.as_deref().unwrap_or("standard input");
    let text = String::from_utf8(bytes).map_err(|e| {
        Failure::Input(format!(
            "{name} is not valid UTF-8 (first bad byte at offset {})",
            e.utf8_error().valid_up_to()
        ))
    })?;
    let options = Options {
        date: cli.date,
        id: None,
    };
    let cannot_write = |e: io::Error| Failure::Input(format!("cannot write the analysis: {e}"));
    if !cli.pretty {
        // Written as it is made: a long text's analysis is never whole in memory.
        let out = BufWriter::with_capacity(1 << 16, io::stdout());
        return analyze_json_to(gaz, &text, &options, Box::new(out))
            .map_err(|e| Failure::Input(e.to_string()))?
            .map_err(cannot_write);
    }
    let a = analyze_with(gaz, &text, &options).map_err(|e| Failure::Input(e.to_string()))?;
    drop(text);
    // Written as it is serialized: the analysis is never held twice in memory.
    let mut out = BufWriter::with_capacity(1 << 16, io::stdout().lock());
    serde_json::to_writer_pretty(&mut out, &a)
        .map_err(io::Error::from)
        .and_then(|()| out.write_all(b"\n"))
        .and_then(|()| out.flush())
        .map_err(cannot_write)
}

fn load_kb(paths: &[String]) -> Result<Vec<(String, String)>, Failure> {
    let mut out = Vec::new();
    for p in paths {
        let name = std::path::Path::new(p)
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_string();
        let text =
            std::fs::read(p).map_err(|e| Failure::Input(format!("cannot read --kb {p}: {e}")))?;
        let text = String::from_utf8(text)
            .map_err(|_| Failure::Input(format!("--kb {p} is not valid UTF-8")))?;
        out.push((name, text));
    }
    Ok(out)
}

/// One line of `--jsonl` input.
#[derive(Deserialize)]
struct Doc {
    #[serde(default)]
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    date: Option<String>,
}

/// Lines read before a chunk is analysed: enough to keep every core busy, few enough (with
/// [`CHUNK_BYTES`]) that memory stays constant whatever the length of the batch.
const CHUNK_LINES: usize = 512;
/// Bytes read before a chunk is analysed.
const CHUNK_BYTES: usize = 16 << 20;

fn batch(gaz: &Gazetteer, threads: Option<usize>) -> Result<(), Failure> {
    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(n) = threads {
        pool = pool.num_threads(n);
    }
    let pool = pool
        .build()
        .map_err(|e| Failure::Input(format!("cannot start the worker threads: {e}")))?;
    // A writer thread writes one chunk's results while the pool analyses the next.
    std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<String>>(1);
        let writer = scope.spawn(move || -> io::Result<()> {
            let mut out = BufWriter::with_capacity(1 << 20, io::stdout().lock());
            for results in rx {
                for json in &results {
                    out.write_all(json.as_bytes())?;
                    out.write_all(b"\n")?;
                }
            }
            out.flush()
        });
        let read = read_and_analyze(gaz, &pool, &tx);
        drop(tx);
        let written = writer
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("the writer thread failed")));
        written.map_err(|e| Failure::Input(format!("cannot write: {e}")))?;
        read
    })
}

/// Reads standard input in chunks, analyses each on the pool and hands its results, in input
/// order, to the writer; stops early when the writer has gone (standard output closed).
fn read_and_analyze(
    gaz: &Gazetteer,
    pool: &rayon::ThreadPool,
    tx: &std::sync::mpsc::SyncSender<Vec<String>>,
) -> Result<(), Failure> {
    let mut stdin = io::stdin().lock();
    let progress = Progress::new();
    let mut n = 0;
    let mut chunk: Vec<(usize, Vec<u8>)> = Vec::with_capacity(CHUNK_LINES);
    loop {
        // Read one chunk of numbered, non-blank lines.
        let mut bytes = 0;
        let mut eof = false;
        while chunk.len() < CHUNK_LINES && bytes < CHUNK_BYTES {
            let mut line = Vec::new();
            let got = stdin
                .read_until(b'\n', &mut line)
                .map_err(|e| Failure::Input(format!("cannot read standard input: {e}")))?;
            if got == 0 {
                eof = true;
                break;
            }
            n += 1;
            bytes += got;
            if !line.iter().all(u8::is_ascii_whitespace) {
                chunk.push((n, line));
            }
        }
        let results: Vec<String> = pool.install(|| {
            chunk
                .par_iter()
                .map(|(n, line)| match guarded(gaz, line, *n) {
                    Ok(s) => s,
                    Err((id, msg)) => serde_json::json!({ "id": id, "error": msg }).to_string(),
                })
                .collect()
        });
        progress.add(results.len() as u64, bytes as u64);
        chunk.clear();
        if tx.send(results).is_err() || eof {
            break;
        }
    }
    progress.finish();
    Ok(())
}

/// A progress line on standard error when it is a terminal; nothing otherwise.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
    bytes: std::cell::Cell<u64>,
}

impl Progress {
    fn new() -> Progress {
        if !io::stderr().is_terminal() {
            return Progress {
                bar: None,
                bytes: 0.into(),
            };
        }
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {pos} documents, {msg} ({elapsed})")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        bar.enable_steady_tick(std::time::Duration::from_millis(200));
        Progress {
            bar: Some(bar),
            bytes: 0.into(),
        }
    }

    fn add(&self, docs: u64, bytes: u64) {
        self.bytes.set(self.bytes.get() + bytes);
        if let Some(bar) = &self.bar {
            bar.inc(docs);
            let mb = self.bytes.get() as f64 / 1e6;
            let seconds = bar.elapsed().as_secs_f64().max(1e-3);
            bar.set_message(format!("{mb:.1} MB read, {:.1} MB/s", mb / seconds));
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// [`analyze_line`], with a panic (a bug of ours) turned into that line's error so that the rest
/// of the batch is still analysed.
fn guarded(gaz: &Gazetteer, line: &[u8], n: usize) -> Result<String, (serde_json::Value, String)> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| analyze_line(gaz, line, n)))
        .unwrap_or_else(|_| {
            let id = serde_json::from_slice::<serde_json::Value>(line)
                .ok()
                .and_then(|v| v.get("id").cloned())
                .unwrap_or_default();
            Err((
                id,
                format!("line {n}: internal error while analysing this document (a bug: please report it with the line)"),
            ))
        })
}

fn analyze_line(
    gaz: &Gazetteer,
    line: &[u8],
    n: usize,
) -> Result<String, (serde_json::Value, String)> {
    let text = std::str::from_utf8(line).map_err(|_| {
        (
            serde_json::Value::Null,
            format!("line {n}: not valid UTF-8"),
        )
    })?;
    // JSON may escape half of a surrogate pair (`\ud800`), which no Rust string can hold. As
    // the JS API does with such a string, each is read as U+FFFD (one UTF-16 unit for one, so
    // offsets are unchanged) and the analysis says so.
    // A line is parsed once; only a line that fails is mended and parsed again.
    let mut lone = 0;
    let doc: Doc = match serde_json::from_str(text) {
        Ok(doc) => doc,
        Err(first) => {
            let mended = mend_lone_surrogates(text);
            let (text, parsed) = match &mended {
                Some((line, count)) => {
                    lone = *count;
                    (line.as_str(), serde_json::from_str(line))
                }
                None => (text, Err(first)),
            };
            parsed.map_err(|e| {
                // Echo the id when the line is JSON with an id but a bad shape.
                let id = serde_json::from_str::<serde_json::Value>(text)
                    .ok()
                    .and_then(|v| v.get("id").cloned())
                    .unwrap_or_default();
                (
                    id,
                    format!("line {n}: not a document {{\"id\",\"text\",\"date\"}}: {e}"),
                )
            })?
        }
    };
    // A string id goes through the analysis; any other id (a number, say) is written back
    // exactly as given, in front of the analysis's own fields.
    let (id_str, raw_id) = match &doc.id {
        serde_json::Value::Null => (None, None),
        serde_json::Value::String(s) => (Some(s.clone()), None),
        other => (None, Some(other.to_string())),
    };
    let lone = (lone > 0).then(|| {
        format!(
            "the line holds {lone} escaped unpaired UTF-16 surrogate(s) (like \\ud800): each was \
             read as U+FFFD (offsets are unchanged)"
        )
    });
    let json = analyze_json_with(
        gaz,
        &doc.text,
        &Options {
            date: doc.date,
            id: id_str,
        },
        lone.as_slice(),
    )
    .map_err(|e| (doc.id.clone(), format!("line {n}: {e}")))?;
    Ok(match raw_id {
        Some(raw) => format!("{{\"id\":{raw},{}", &json[1..]),
        None => json,
    })
}

/// `line` with each escape of an unpaired UTF-16 surrogate (`\ud800` not followed by a low
/// half, or a low half alone) written as `\ufffd`, and how many there were; `None` when there
/// was none. Other escapes, `\\` included, are copied as they are.
fn mend_lone_surrogates(line: &str) -> Option<(String, usize)> {
    let b = line.as_bytes();
    let unit = |at: usize| -> Option<u16> {
        if b.get(at) != Some(&b'\\') || b.get(at + 1) != Some(&b'u') {
            return None;
        }
        let hex = std::str::from_utf8(b.get(at + 2..at + 6)?).ok()?;
        u16::from_str_radix(hex, 16).ok()
    };
    let mut out = String::with_capacity(line.len());
    let mut count = 0;
    let mut copied = 0;
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        match unit(i) {
            Some(0xD800..=0xDBFF) if matches!(unit(i + 6), Some(0xDC00..=0xDFFF)) => {
                i += 12; // a whole pair
            }
            Some(0xD800..=0xDFFF) => {
                out.push_str(&line[copied..i]);
                out.push_str("\\ufffd");
                count += 1;
                i += 6;
                copied = i;
            }
            _ => i += 2, // any other escape, `\\` too
        }
    }
    (count > 0).then(|| {
        out.push_str(&line[copied..]);
        (out, count)
    })
}
