//! The size side of the Micro/Macro crossover: every example built with both back-ends,
//! total bytes shipped (every file `dx build` writes: index.html, and app.wasm, plus dx-host.js
//! and app.htip for Macro; page-template assets such as stylesheets are the same either way and
//! left out) raw / gzip -9 / brotli -q 11, and which back-end `dx build` picks. Speed is the
//! other side: `bench/crossover/run.sh` times both back-ends from 1 to 4096 DOM edits per event
//! (`bench/results/crossover.md`, which also measures size against app size) and `bench/run.sh`
//! on the benchmark table app.
//!
//! `cargo run --release -p dx-tests --bin backend-sizes [-- --write]` (`--write` updates
//! `bench/results/backends.md`).

use std::path::{Path, PathBuf};

use dx_cli::build::build_app_with;
use dx_compiler::Backend;
use dx_tests::TempDir;

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

fn entries(repo: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(repo.join("examples")).expect("examples/") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            for app in ["app.tsx", "app.dx"] {
                if path.join(app).exists() {
                    out.push(path.join(app));
                }
            }
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("tsx" | "dx")
        ) {
            out.push(path);
        }
    }
    out.sort();
    out
}

fn main() -> Result<()> {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let write = std::env::args().any(|a| a == "--write");
    let mut md = String::from(
        "<!-- written by `cargo run --release -p dx-tests --bin backend-sizes -- --write` -->\n# Micro vs Macro: bytes shipped per example\n\nTotal of every file `dx build` writes, each compressed alone (template assets left out), raw / gzip -9 / brotli -q 11: Micro writes index.html (the tiny host inline, with the templates built in) and app.wasm; Macro writes index.html, dx-host.js, app.htip and app.wasm. Both pages carry the prerendered first frame. `picked` is what `dx build` chooses without `--mode`.\n\n| example | bindings | lists | Micro (raw / gz / br) | Macro (raw / gz / br) | Micro − Macro (br) | picked |\n|---|---|---|---|---|---|---|\n",
    );
    for entry in entries(&repo) {
        let name = entry
            .strip_prefix(repo.join("examples"))?
            .display()
            .to_string();
        let mut totals = Vec::new();
        for backend in [Backend::Micro, Backend::Macro] {
            let dir = TempDir::new("dx-backend")?;
            let report =
                build_app_with(&entry, dir.path(), Some(backend)).map_err(|e| e.to_string())?;
            let total = report
                .artifacts
                .iter()
                .fold(dx_cli::sizes::Sizes::default(), |t, a| t.plus(a.sizes));
            totals.push(total);
        }
        let auto_dir = TempDir::new("dx-backend")?;
        let auto = build_app_with(&entry, auto_dir.path(), None).map_err(|e| e.to_string())?;
        let source = std::fs::read_to_string(&entry)?;
        let file = dx_compiler::SourceFile::new(entry.display().to_string(), source);
        let (_, out) = dx_compiler::compile_app(
            file,
            &mut |p| std::fs::read_to_string(p).ok(),
            dx_compiler::Options::default(),
        );
        let plan = out.map_err(|_| "compiles")?.plan;
        let [micro, macro_] = [totals[0], totals[1]];
        let row = format!(
            "| {name} | {} | {} | {} / {} / {} | {} / {} / {} | {:+} | {} |\n",
            plan.bindings.len(),
            plan.lists.len(),
            micro.raw,
            micro.gzip,
            micro.brotli,
            macro_.raw,
            macro_.gzip,
            macro_.brotli,
            micro.brotli as i64 - macro_.brotli as i64,
            auto.backend.name(),
        );
        print!("{row}");
        md.push_str(&row);
    }
    md.push_str("\nMicro ships less for every example: the tiny host has no op-buffer or template decoder (its templates are JS), it is minified into the page, and the module has no writer functions. Its cost is one JS call per DOM edit instead of one per batch, which `bench/results/crossover.md` could not measure as slower at any count from 1 to 4096 edits per event (and `bench/results/table.md` times both back-ends on the benchmark table app), so `dx build` picks Micro for every app.\n");
    if write {
        std::fs::write(repo.join("bench/results/backends.md"), &md)?;
        println!("wrote bench/results/backends.md");
    }
    Ok(())
}
