//! Prints the templates and wasm text dx compiles a file to: `cargo run -p dx-compiler --example dump -- <file>`.
fn main() {
    let path = std::env::args().nth(1).expect("usage: dump <file>");
    let text = std::fs::read_to_string(&path).expect("readable file");
    let dir = std::path::Path::new(&path).parent().unwrap().to_owned();
    let entry = dx_compiler::SourceFile::new(path.clone(), text);
    let (files, result) = dx_compiler::compile_app(
        entry,
        &mut |p| {
            std::fs::read_to_string(p)
                .or_else(|_| std::fs::read_to_string(dir.join(p)))
                .ok()
        },
        dx_compiler::Options {
            debug_names: true,
            ..Default::default()
        },
    );
    match result {
        Ok(out) => print!("{}", dx_compiler::dump(&out)),
        Err(diags) => {
            for d in diags {
                eprint!("{}", d.render(&files[d.file_index()]));
            }
            std::process::exit(1);
        }
    }
}
