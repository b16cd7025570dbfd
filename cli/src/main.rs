//! `dx`: build components into static apps, serve them.

use std::path::PathBuf;
use std::process::ExitCode;

use dx_cli::build::{BuildError, build_app, size_table};

const USAGE: &str = "usage:
  dx build <entry.tsx|entry.dx> --out <dir>   compile a component into a static app
  dx serve <dir> [--port N]                   serve a built app on http://127.0.0.1:N (default 8080)
  dx help                                     show this text";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("build") => build(&args[1..]),
        Some("serve") => serve(&args[1..]),
        Some("help" | "--help" | "-h") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some(other) => usage_error(&format!("unknown command `{other}`")),
        None => usage_error("no command given"),
    }
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("error: {message}\n{USAGE}");
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

fn build(args: &[String]) -> ExitCode {
    let (positional, options) = match parse(args, &["out"]) {
        Ok(p) => p,
        Err(e) => return usage_error(&e),
    };
    let [entry] = positional.as_slice() else {
        return usage_error("dx build takes exactly one entry file");
    };
    let Some((_, out)) = options.iter().find(|(n, _)| n == "out") else {
        return usage_error("dx build needs --out <dir>");
    };
    match build_app(&PathBuf::from(entry), &PathBuf::from(out)) {
        Ok(report) => {
            println!(
                "built {} from {entry} into {out}/ (compile {:.2} ms)",
                report.entry,
                report.compile_time.as_secs_f64() * 1000.0
            );
            print!("{}", size_table(&report));
            ExitCode::SUCCESS
        }
        Err(e @ BuildError::Compile { .. }) => {
            eprint!("{e}");
            ExitCode::from(1)
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(1)
        }
    }
}

fn serve(args: &[String]) -> ExitCode {
    let (positional, options) = match parse(args, &["port"]) {
        Ok(p) => p,
        Err(e) => return usage_error(&e),
    };
    let [dir] = positional.as_slice() else {
        return usage_error("dx serve takes exactly one directory");
    };
    let port = match options
        .iter()
        .find(|(n, _)| n == "port")
        .map(|(_, v)| v.parse::<u16>())
    {
        None => 8080,
        Some(Ok(p)) => p,
        Some(Err(_)) => return usage_error("--port needs a number from 0 to 65535"),
    };
    let root = PathBuf::from(dir);
    if !root.is_dir() {
        eprintln!(
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
            eprintln!("error: cannot start the server runtime: {e}");
            return ExitCode::from(1);
        }
    };
    runtime.block_on(async {
        let listener = match tokio::net::TcpListener::bind(("127.0.0.1", port)).await {
            Ok(l) => l,
            Err(e) => {
                eprintln!("error: cannot listen on 127.0.0.1:{port}: {e}");
                return ExitCode::from(1);
            }
        };
        let addr = listener
            .local_addr()
            .map(|a| a.to_string())
            .unwrap_or_default();
        println!("serving {dir} at http://{addr}/");
        match dx_server_lite::serve(listener, root).await {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: server stopped: {e}");
                ExitCode::from(1)
            }
        }
    })
}
