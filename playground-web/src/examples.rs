//! The examples menu: every component in `examples/` and every app in `examples/<dir>/`,
//! embedded at build time (see `build.rs`).

include!(concat!(env!("OUT_DIR"), "/examples.rs"));

/// One entry of the examples menu.
pub struct Example {
    /// The menu's label and value: the file name, or `<dir>/app.tsx` for an app.
    pub name: &'static str,
    /// The entry file, one of `files`.
    pub entry: &'static str,
    /// Every file (path, source), entry first; opened as editor tabs.
    pub files: &'static [(&'static str, &'static str)],
}

/// The example the playground opens with.
pub const DEFAULT: &str = "counter.tsx";

/// The example named `name`.
pub fn get(name: &str) -> Option<&'static Example> {
    EXAMPLES.iter().find(|e| e.name == name)
}

/// The example whose files and entry are exactly these (a share link of an unedited example).
pub fn matching(entry: &str, files: &[(String, String)]) -> Option<&'static Example> {
    EXAMPLES.iter().find(|e| {
        e.entry == entry
            && e.files.len() == files.len()
            && e.files
                .iter()
                .zip(files)
                .all(|((p, t), (q, u))| p == q && t == u)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_example_exists_and_every_entry_is_a_component_file() {
        assert!(get(DEFAULT).is_some());
        for example in EXAMPLES {
            let (first, text) = example.files[0];
            assert_eq!(
                first, example.entry,
                "{}: the entry is the first tab",
                example.name
            );
            assert!(
                example.entry.ends_with(".tsx") || example.entry.ends_with(".dx"),
                "{}",
                example.name
            );
            assert!(text.contains("export default"), "{}", example.name);
            assert!(example.name.ends_with(example.entry), "{}", example.name);
        }
    }

    #[test]
    fn an_app_example_holds_the_files_of_its_directory_but_not_the_other_entry() {
        let app = get("js-framework-benchmark/app.tsx").expect("the benchmark app is listed");
        let names: Vec<&str> = app.files.iter().map(|(p, _)| *p).collect();
        assert_eq!(names, ["app.tsx", "button.tsx", "data.ts"]);
        let dx = get("js-framework-benchmark/app.dx").expect("both flavours are listed");
        assert_eq!(dx.files[0].0, "app.dx");
        assert!(!dx.files.iter().any(|(p, _)| *p == "app.tsx"));
        assert!(matching("app.tsx", &owned(app.files)).is_some_and(|e| e.name == app.name));
        let mut edited = owned(app.files);
        edited[2].1.push(' ');
        assert!(matching("app.tsx", &edited).is_none());
    }

    fn owned(files: &[(&str, &str)]) -> Vec<(String, String)> {
        files
            .iter()
            .map(|(p, t)| ((*p).to_owned(), (*t).to_owned()))
            .collect()
    }
}
