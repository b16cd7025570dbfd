//! What the CLI's test binaries share: running the built `dx` and a fresh temporary directory.
//! (Each test binary compiles this module itself; not every one uses every item.)
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// Runs `dx args` in the current directory: (exit status, stdout, stderr).
pub fn dx(args: &[&str]) -> (i32, String, String) {
    output(Command::new(env!("CARGO_BIN_EXE_dx")).args(args))
}

/// Runs `dx args` in `dir`.
pub fn dx_in(dir: &Path, args: &[&str]) -> (i32, String, String) {
    output(
        Command::new(env!("CARGO_BIN_EXE_dx"))
            .args(args)
            .current_dir(dir),
    )
}

fn output(command: &mut Command) -> (i32, String, String) {
    let out = command.output().expect("run dx");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

/// An empty directory named after the test binary and `name`, unique to this process.
pub fn temp(name: &str) -> PathBuf {
    let binary = module_path!().split("::").next().unwrap_or("cli");
    let dir = std::env::temp_dir().join(format!("dx-{binary}-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
