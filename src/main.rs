//! The `entente` binary. The command line lives in `cli.rs`, built natively only: it uses
//! threads, a terminal and files, and `wasm-pack test` compiles every target for wasm32.

#[cfg(not(target_arch = "wasm32"))]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
