//! Running the command line from a test (`cli.rs`, `batch.rs`, `hostile.rs`).

use std::io::Write;
use std::process::{Command, Stdio};

/// What a run of the binary gave.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs the binary, feeding `stdin` from a thread so that a long output cannot block the input.
pub fn entente(args: &[&str], stdin: Vec<u8>) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_entente"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start entente");
    let mut input = child.stdin.take().expect("stdin");
    let feeder = std::thread::spawn(move || {
        // The program may exit before reading (a usage error): a broken pipe is fine.
        let _ = input.write_all(&stdin);
    });
    let out = child.wait_with_output().expect("run entente");
    feeder.join().expect("feeder thread");
    Run {
        code: out.status.code().expect("exit code, not a signal"),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

impl Run {
    /// Standard output as JSON lines, one value a line.
    #[allow(dead_code)] // not every test file reads JSON lines
    pub fn json_lines(&self) -> Vec<serde_json::Value> {
        self.stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
            .collect()
    }
}
