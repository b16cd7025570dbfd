//! `dx`: build components into static apps, check a project, serve apps, convert DX/JSON data.

/// `print!` that never panics: output to a closed pipe (`dx build … | head -1`) is dropped.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = write!(std::io::stdout(), $($arg)*);
    }};
}

/// `println!` that never panics (see `out!`).
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

/// `eprint!` that never panics.
macro_rules! err {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = write!(std::io::stderr(), $($arg)*);
    }};
}

/// `eprintln!` that never panics.
macro_rules! errln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use dx_cli::build::{BuildError, BuildOptions, Prerender, build_app_opts, size_table};
use dx_cli::config::{self, Config};
use dx_cli::fmt::{Source, Target, format_file};

const USAGE: &str = "usage:
  dx build <entry.tsx|entry.dx> --out <dir> [--mode micro|macro] [--prerender on|off]
                                              compile a component into a static app (the
                                              back-end is chosen from the app unless --mode says;
                                              the page carries the first frame as HTML unless
                                              --prerender off)
  dx check <file|dir>... [--verbose] [--json]
                                              compile every file whose default export is a
                                              component (with the files it imports) and count
                                              what blocks the rest, by diagnostic code
  dx serve <dir> [--port N]                   serve a built app on http://127.0.0.1:N (default 8080)
  dx fmt --to json|dx|human <file>            convert JSON or DX data [--from json|dx]
  dx help                                     show this text
The entry, --out, <dir> and --port default to build.entry, build.out, serve.dir and serve.port
of the project file `dx` in the current directory (DX format, see docs/dx-format.md).
An index.html next to the entry is the page template: it needs an element with id=\"app\" and a
</body>; dx build adds the start script and copies the local files its <link href> and
<script src> name.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("build") => build(&args[1..]),
        Some("check") => check(&args[1..]),
        Some("serve") => serve(&args[1..]),
        Some("fmt") => fmt(&args[1..]),
        Some("help" | "--help" | "-h") => {
            outln!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some(other) => usage_error(&format!("unknown command `{other}`")),
        None => usage_error("no command given"),
    }
}

fn usage_error(message: &str) -> ExitCode {
    errln!("error: {message}\n{USAGE}");
    ExitCode::from(2)
}

/// Splits `args` into positionals and the value of `--flag V` / `--flag=V` options.
fn parse(args: &[String], flags: &[&str]) -> Result<(Vec<String>, Vec<(String, String)>), String> {
    let mut positional = Vec::new();
    let mut options = Vec::new();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        if let Some(flag) = arg.strip_prefix("--") {
            let (name, value) = match flag.split_once('=') {
                Some((n, v)) => (n.to_string(), v.to_string()),
                None => (
                    flag.to_string(),
                    it.next().ok_or(format!("--{flag} needs a value"))?.clone(),
                ),
            };
            if !flags.contains(&name.as_str()) {
                return Err(format!("unknown option --{name}"));
            }
            options.push((name, value));
        } else {
            positional.push(arg.clone());
        }
    }
    Ok((positional, options))
}

/// The project file `./dx`, or the default config when there is none.
fn project_config() -> Result<Config, ExitCode> {
    match config::load(Path::new(".")) {
        Ok(config) => Ok(config.unwrap_or_default()),
        Err(e) => {
            errln!("error: {e}");
            Err(ExitCode::from(1))
        }
    }
}

fn build(args: &[String]) -> ExitCode {
    let (positional, options) = match parse(args, &["out", "mode", "prerender"]) {
        Ok(p) => p,
        Err(e) => return usage_error(&e),
    };
    let mode = match options
        .iter()
        .find(|(n, _)| n == "mode")
        .map(|(_, v)| v.as_str())
    {
        None => None,
        Some("micro") => Some(dx_compiler::Backend::Micro),
        Some("macro") => Some(dx_compiler::Backend::Macro),
        Some(other) => {
            return usage_error(&format!("--mode is micro or macro, not `{other}`"));
        }
    };
    let prerender = match options
        .iter()
        .find(|(n, _)| n == "prerender")
        .map(|(_, v)| v.as_str())
    {
        None | Some("on") => true,
        Some("off") => false,
        Some(other) => {
            return usage_error(&format!("--prerender is on or off, not `{other}`"));
        }
    };
    let config = match project_config() {
        Ok(c) => c,
        Err(code) => return code,
    };
    let entry = match (positional.as_slice(), &config.build.entry) {
        ([entry], _) => entry,
        ([], Some(entry)) => entry,
        _ => return usage_error("dx build takes exactly one entry file"),
    };
    let out = match (options.iter().find(|(n, _)| n == "out"), &config.build.out) {
        (Some((_, out)), _) => out,
        (None, Some(out)) => out,
        (None, None) => return usage_error("dx build needs --out <dir>"),
    };
    let build_options = BuildOptions {
        backend: mode,
        prerender,
    };
    match build_app_opts(&PathBuf::from(entry), &PathBuf::from(out), build_options) {
        Ok(report) => {
            let page = report.template.as_ref().map_or(String::new(), |t| {
                format!(" with the page template {}", t.display())
            });
            outln!(
                "built {} from {entry} into {out}/{page} (compile {:.2} ms)",
                report.entry,
                report.compile_time.as_secs_f64() * 1000.0
            );
            outln!(
                "back-end: {} ({})",
                report.backend.name(),
                report.backend_reason
            );
            match &report.prerender {
                Prerender::Html(bytes) => {
                    outln!("prerendered: {bytes} bytes of first-frame HTML in index.html")
                }
                Prerender::Skipped(why) => outln!("prerender skipped: {why}"),
                Prerender::Off => {}
            }
            out!("{}", size_table(&report));
            ExitCode::SUCCESS
        }
        Err(e @ BuildError::Compile { .. }) => {
            err!("{e}");
            ExitCode::from(1)
        }
        Err(e) => {
            errln!("{e}");
            ExitCode::from(1)
        }
    }
}

fn check(args: &[String]) -> ExitCode {
    let (mut verbose, mut json, mut paths) = (false, false, Vec::new());
    for arg in args {
        match arg.as_str() {
            "--verbose" => verbose = true,
            "--json" => json = true,
            flag if flag.starts_with("--") => {
                return usage_error(&format!("unknown option {flag}"));
            }
            path => paths.push(path.to_string()),
        }
    }
    if paths.is_empty() {
        return usage_error("dx check needs the files or directories to check");
    }
    let found = match dx_cli::check::source_files(&paths) {
        Ok(found) => found,
        Err(e) => return usage_error(&e),
    };
    let report = dx_cli::check::check(&found);
    if json {
        out!("{}", report.to_json());
    } else {
        out!("{}", report.to_text(verbose));
    }
    ExitCode::from(report.exit_status())
}

fn serve(args: &[String]) -> ExitCode {
    let (positional, options) = match parse(args, &["port"]) {
        Ok(p) => p,
        Err(e) => return usage_error(&e),
    };
    let config = match project_config() {
        Ok(c) => c,
        Err(code) => return code,
    };
    let dir = match (
        positional.as_slice(),
        config.serve.dir.as_ref().or(config.build.out.as_ref()),
    ) {
        ([dir], _) => dir,
        ([], Some(dir)) => dir,
        _ => return usage_error("dx serve takes exactly one directory"),
    };
    let port = match options
        .iter()
        .find(|(n, _)| n == "port")
        .map(|(_, v)| v.parse::<u16>())
    {
        None => config.serve.port.unwrap_or(8080),
        Some(Ok(p)) => p,
        Some(Err(_)) => return usage_error("--port needs a number from 0 to 65535"),
    };
    let root = PathBuf::from(dir);
    if !root.is_dir() {
        errln!(
            "error: {dir} is not a directory (build an app first: dx build <entry> --out {dir})"
        );
        return ExitCode::from(1);
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            errln!("error: cannot start the server runtime: {e}");
            return ExitCode::from(1);
        }
    };
    runtime.block_on(async {
        let listener = match tokio::net::TcpListener::bind(("127.0.0.1", port)).await {
            Ok(l) => l,
            Err(e) => {
                errln!("error: cannot listen on 127.0.0.1:{port}: {e}");
                return ExitCode::from(1);
            }
        };
        let addr = listener
            .local_addr()
            .map(|a| a.to_string())
            .unwrap_or_default();
        outln!("serving {dir} at http://{addr}/");
        match dx_server_lite::serve(listener, root).await {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                errln!("error: server stopped: {e}");
                ExitCode::from(1)
            }
        }
    })
}

fn fmt(args: &[String]) -> ExitCode {
    let (positional, options) = match parse(args, &["to", "from"]) {
        Ok(p) => p,
        Err(e) => return usage_error(&e),
    };
    let [file] = positional.as_slice() else {
        return usage_error("dx fmt takes exactly one file");
    };
    let Some((_, to)) = options.iter().find(|(n, _)| n == "to") else {
        return usage_error("dx fmt needs --to json|dx|human");
    };
    let Some(to) = Target::parse(to) else {
        return usage_error(&format!("--to must be json, dx or human, not `{to}`"));
    };
    let from = match options.iter().find(|(n, _)| n == "from") {
        None => None,
        Some((_, name)) => match Source::parse(name) {
            Some(source) => Some(source),
            None => return usage_error(&format!("--from must be json or dx, not `{name}`")),
        },
    };
    match format_file(Path::new(file), from, to) {
        Ok(text) => {
            out!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            err!("{e}");
            ExitCode::from(1)
        }
    }
}
