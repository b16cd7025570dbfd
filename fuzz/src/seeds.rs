//! The seed files mutation starts from, read from the repository at run time: the examples,
//! the compiler's valid and diagnostics samples, the React conformance corpus and the
//! differential programs. Every file of a seed's directory is also served to the compiler
//! when the mutated seed imports it, as `dx build` would read it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Directories seeds come from: a name, a path under the repository root and a weight (how
/// often a seed is drawn from it, so 500 differential programs do not drown 20 examples).
pub const SEED_DIRS: &[(&str, &str, usize)] = &[
    ("examples", "examples", 3),
    ("valid", "compiler-wasm/tests/valid", 3),
    ("diagnostics", "compiler-wasm/tests/diagnostics", 3),
    ("react-corpus", "conformance/react/corpus", 6),
    ("differential", "compiler-wasm/tests/differential", 1),
];

/// Extensions of the files dx compiles.
pub const EXTENSIONS: &[&str] = &["tsx", "jsx", "ts", "js", "dx"];

/// One seed file.
#[derive(Clone, Debug)]
pub struct Seed {
    /// Its path relative to the repository root, `/`-separated.
    pub path: String,
    /// Its text.
    pub text: String,
}

impl Seed {
    /// The directory of [`Seed::path`] (empty at the root).
    pub fn dir(&self) -> &str {
        self.path.rsplit_once('/').map_or("", |(d, _)| d)
    }

    /// Its extension.
    pub fn extension(&self) -> &str {
        self.path.rsplit_once('.').map_or("", |(_, e)| e)
    }
}

/// Every seed, grouped by [`SEED_DIRS`] entry.
#[derive(Debug, Default)]
pub struct Corpus {
    /// All seeds, sorted by path (so a run is reproducible).
    pub seeds: Vec<Seed>,
    /// Indices into `seeds` per `SEED_DIRS` entry, and that entry's weight.
    pub groups: Vec<(Vec<usize>, usize)>,
    /// Seed texts by path, for the compiler's loader.
    pub files: HashMap<String, String>,
}

impl Corpus {
    /// Reads the seeds under the repository at `root`.
    pub fn load(root: &Path) -> std::io::Result<Corpus> {
        let mut corpus = Corpus::default();
        for (_, dir, weight) in SEED_DIRS {
            let mut paths = Vec::new();
            collect(&root.join(dir), &mut paths)?;
            paths.sort();
            let mut group = Vec::new();
            for path in paths {
                let text = std::fs::read_to_string(&path)?;
                let rel = path
                    .strip_prefix(root)
                    .expect("under root")
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                corpus.files.insert(rel.clone(), text.clone());
                group.push(corpus.seeds.len());
                corpus.seeds.push(Seed { path: rel, text });
            }
            corpus.groups.push((group, *weight));
        }
        Ok(corpus)
    }

    /// The repository root this crate was built in.
    pub fn repo_root() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .expect("fuzz/ is inside the repository")
            .to_path_buf()
    }

    /// One seed, drawn group by group weight, then uniformly.
    pub fn pick(&self, rng: &mut crate::rng::Rng) -> &Seed {
        let weights: Vec<usize> = self
            .groups
            .iter()
            .map(|(g, w)| if g.is_empty() { 0 } else { *w })
            .collect();
        let (group, _) = &self.groups[rng.weighted(&weights)];
        &self.seeds[*rng.pick(group)]
    }
}

/// Every compilable file under `dir`, skipping `node_modules` and snapshot folders.
fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    if !dir.is_dir() {
        return Ok(());
    }
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        if path.is_dir() {
            if name != "node_modules" && name != "snapshots" && !name.starts_with('.') {
                collect(&path, out)?;
            }
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| EXTENSIONS.contains(&e))
        {
            out.push(path);
        }
    }
    Ok(())
}
