//! Datasets for the DX comparison: the committed corpus (`serializer/tests/corpus/`),
//! deterministic generators shaped like TOON's own benchmark data, and TOON's spec fixture
//! inputs from the npm package `@toon-format/spec` (installed by the `compare` command).
//!
//! Generated data comes from a fixed-seed PRNG, so every run measures the same documents.

use std::path::{Path, PathBuf};

/// A JSON value that keeps key order (serde_json's own map sorts keys unless its
/// `preserve_order` feature is on, and that feature would change the serde_json baseline).
#[derive(Clone, Debug)]
pub enum Json {
    /// `null`
    Null,
    /// `true` / `false`
    Bool(bool),
    /// An integer.
    Int(i64),
    /// A float.
    Float(f64),
    /// A string.
    Str(String),
    /// An array.
    Arr(Vec<Json>),
    /// An object in key order.
    Obj(Vec<(String, Json)>),
}

impl std::fmt::Display for Json {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Json::Null => f.write_str("null"),
            Json::Bool(b) => write!(f, "{b}"),
            Json::Int(n) => write!(f, "{n}"),
            Json::Float(x) => f.write_str(&serde_json::to_string(x).unwrap_or_default()),
            Json::Str(s) => f.write_str(&serde_json::to_string(s).unwrap_or_default()),
            Json::Arr(items) => {
                f.write_str("[")?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    write!(f, "{item}")?;
                }
                f.write_str("]")
            }
            Json::Obj(members) => {
                f.write_str("{")?;
                for (i, (k, v)) in members.iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    write!(f, "{}:{v}", serde_json::to_string(k).unwrap_or_default())?;
                }
                f.write_str("}")
            }
        }
    }
}

impl From<&str> for Json {
    fn from(s: &str) -> Json {
        Json::Str(s.to_string())
    }
}
impl From<String> for Json {
    fn from(s: String) -> Json {
        Json::Str(s)
    }
}
impl From<u64> for Json {
    fn from(n: u64) -> Json {
        Json::Int(n as i64)
    }
}
impl From<usize> for Json {
    fn from(n: usize) -> Json {
        Json::Int(n as i64)
    }
}
impl From<f64> for Json {
    fn from(x: f64) -> Json {
        Json::Float(x)
    }
}
impl From<bool> for Json {
    fn from(b: bool) -> Json {
        Json::Bool(b)
    }
}
impl From<Vec<Json>> for Json {
    fn from(items: Vec<Json>) -> Json {
        Json::Arr(items)
    }
}

/// An object from `key => value` pairs, in order.
macro_rules! obj {
    ($($k:literal => $v:expr),* $(,)?) => {
        Json::Obj(vec![$(($k.to_string(), Json::from($v))),*])
    };
}

/// One row of the comparison: a name, what it is, and its documents (sizes and times add up).
pub struct Dataset {
    /// Short name shown in the table.
    pub name: String,
    /// Where the data comes from.
    pub source: String,
    /// The documents, as JSON text (key order kept).
    pub docs: Vec<String>,
}

/// The repository root (two levels above this crate).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// This crate's folder (holds package.json, toon.mjs and, after `npm ci`, node_modules).
pub fn bench_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn corpus(file: &str) -> String {
    let path = repo_root().join("serializer/tests/corpus").join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn one(name: &str, source: &str, doc: String) -> Dataset {
    Dataset {
        name: name.to_string(),
        source: source.to_string(),
        docs: vec![doc],
    }
}

/// The datasets that need nothing but this repository.
pub fn builtin() -> Vec<Dataset> {
    vec![
        one(
            "hikes",
            "the TOON README example (corpus/hikes.json)",
            corpus("hikes.json"),
        ),
        one(
            "employees",
            "1,000 generated employee records (flat, uniform)",
            employees(1000).to_string(),
        ),
        one(
            "orders",
            "200 generated e-commerce orders (nested customer, item arrays)",
            orders(200).to_string(),
        ),
        one(
            "time-series",
            "365 generated daily analytics rows (ints and floats)",
            time_series(365).to_string(),
        ),
        one(
            "github-repos",
            "100 generated repository records shaped like GitHub's API",
            repos(100).to_string(),
        ),
        one(
            "event-logs",
            "300 generated log events, 1 in 5 with a nested error (semi-uniform)",
            event_logs(300).to_string(),
        ),
        one(
            "api-response",
            "generated GitHub-style issue search response (nested users, labels, nulls)",
            api_response(40).to_string(),
        ),
        one(
            "nested-config",
            "hand-written service config (corpus/nested-config.json)",
            corpus("nested-config.json"),
        ),
        one(
            "package.json",
            "an app's package.json (corpus/package.json)",
            corpus("package.json"),
        ),
        one(
            "edge-cases",
            "escaping stress test (corpus/edge-cases.json)",
            corpus("edge-cases.json"),
        ),
    ]
}

/// Datasets from the npm packages in `node_modules` (after `npm ci` in [`bench_dir`]):
/// TOON's spec fixture inputs, one dataset per fixture file, its example conversions, and the
/// real package.json of `@toon-format/toon`. Empty if the packages are not installed.
pub fn from_npm() -> Vec<Dataset> {
    let modules = bench_dir().join("node_modules/@toon-format");
    let mut out = Vec::new();
    let fixtures = modules.join("spec/tests/fixtures/encode");
    if let Ok(entries) = std::fs::read_dir(&fixtures) {
        let mut files: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        files.sort();
        for file in files {
            let Ok(text) = std::fs::read_to_string(&file) else {
                continue;
            };
            // dx_serializer's Value keeps key order (serde_json's own map would sort it).
            let Ok(fixture) = dx_serializer::from_json(&text) else {
                continue;
            };
            let docs: Vec<String> = match fixture.get("tests") {
                Some(dx_serializer::Value::Array(tests)) => tests
                    .iter()
                    .filter_map(|t| t.get("input").map(dx_serializer::to_json))
                    .collect(),
                _ => Vec::new(),
            };
            let stem = file
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            out.push(Dataset {
                name: format!("spec:{stem}"),
                source: format!(
                    "@toon-format/spec encode fixtures {stem}.json ({} inputs)",
                    docs.len()
                ),
                docs,
            });
        }
    }
    let conversions = modules.join("spec/examples/conversions");
    let mut docs = Vec::new();
    for name in ["api-response.json", "config.json", "users.json"] {
        if let Ok(text) = std::fs::read_to_string(conversions.join(name)) {
            docs.push(text);
        }
    }
    if !docs.is_empty() {
        out.push(Dataset {
            name: "spec:examples".to_string(),
            source: "@toon-format/spec examples/conversions (api-response, config, users)"
                .to_string(),
            docs,
        });
    }
    if let Ok(text) = std::fs::read_to_string(modules.join("toon/package.json")) {
        out.push(one(
            "real package.json",
            "the published package.json of @toon-format/toon",
            text,
        ));
    }
    out
}

/// A small deterministic PRNG (xorshift64*), so generated data is identical on every run.
pub struct Rng(u64);

impl Rng {
    /// A generator with a fixed seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `lo..hi`.
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next_u64() % (hi - lo).max(1)
    }

    /// One of `items`.
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.range(0, items.len() as u64) as usize]
    }

    /// `true` with probability `percent`/100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.range(0, 100) < percent
    }
}

const FIRST: &[&str] = &[
    "Ada",
    "Alan",
    "Grace",
    "Linus",
    "Margaret",
    "Dennis",
    "Barbara",
    "Ken",
    "Radia",
    "Edsger",
    "Frances",
    "John",
    "Katherine",
    "Tim",
    "Hedy",
    "Donald",
    "Sophie",
    "Guido",
    "Anita",
    "Bjarne",
];
const LAST: &[&str] = &[
    "Lovelace",
    "Turing",
    "Hopper",
    "Torvalds",
    "Hamilton",
    "Ritchie",
    "Liskov",
    "Thompson",
    "Perlman",
    "Dijkstra",
    "Allen",
    "McCarthy",
    "Johnson",
    "Berners-Lee",
    "Lamarr",
    "Knuth",
    "Wilson",
    "van Rossum",
    "Borg",
    "Stroustrup",
];
const DEPARTMENTS: &[&str] = &[
    "Engineering",
    "Sales",
    "Marketing",
    "Human Resources",
    "Finance",
    "Customer Support",
    "Operations",
    "Legal",
];
const WORDS: &[&str] = &[
    "fast",
    "minimal",
    "reactive",
    "compiler",
    "runtime",
    "toolkit",
    "parser",
    "streaming",
    "secure",
    "modern",
    "web",
    "framework",
    "library",
    "server",
    "client",
    "database",
    "engine",
    "lightweight",
    "typed",
    "async",
    "scalable",
    "cloud",
    "native",
    "open",
    "source",
    "for",
    "the",
    "and",
    "with",
    "a",
];

fn date(rng: &mut Rng, year_from: u64) -> String {
    format!(
        "{}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        rng.range(year_from, 2026),
        rng.range(1, 13),
        rng.range(1, 29),
        rng.range(0, 24),
        rng.range(0, 60),
        rng.range(0, 60)
    )
}

fn sentence(rng: &mut Rng, words: u64) -> String {
    let n = rng.range(words / 2 + 1, words + 1);
    let mut s: Vec<&str> = (0..n).map(|_| rng.pick(WORDS)).collect();
    let first = s[0].to_string();
    let capital = first[..1].to_uppercase() + &first[1..];
    s[0] = &capital;
    s.join(" ")
}

fn cents(rng: &mut Rng, lo: u64, hi: u64) -> f64 {
    rng.range(lo * 100, hi * 100) as f64 / 100.0
}

/// Flat, uniform employee records (TOON's "tabular" benchmark shape).
pub fn employees(n: usize) -> Json {
    let mut rng = Rng::new(1);
    let rows: Vec<Json> = (1..=n)
        .map(|id| {
            let (first, last) = (rng.pick(FIRST), rng.pick(LAST));
            obj!{
                "id" => id,
                "name" => format!("{first} {last}"),
                "email" => format!("{}.{}@example.com", first.to_lowercase(), last.to_lowercase().replace(' ', "")),
                "department" => rng.pick(DEPARTMENTS),
                "salary" => rng.range(45, 181) * 1000,
                "yearsExperience" => rng.range(0, 31),
                "active" => rng.chance(85),
            }
        })
        .collect();
    obj! { "employees" => rows }
}

/// Orders with a nested customer object and an array of line items each.
pub fn orders(n: usize) -> Json {
    let mut rng = Rng::new(2);
    let products = [
        "Desk Lamp",
        "USB-C Cable",
        "Notebook",
        "Coffee Mug",
        "Headphones",
        "Backpack",
        "Monitor Stand",
    ];
    let rows: Vec<Json> = (1..=n)
        .map(|i| {
            let mut total = 0.0;
            let items: Vec<Json> = (0..rng.range(1, 5))
                .map(|_| {
                    let p = rng.range(0, products.len() as u64) as usize;
                    let quantity = rng.range(1, 5);
                    let price = cents(&mut rng, 5, 120);
                    total += price * quantity as f64;
                    obj! {
                        "sku" => format!("SKU-{:04}", 1000 + p * 37),
                        "name" => products[p],
                        "quantity" => quantity,
                        "price" => price,
                    }
                })
                .collect();
            let (first, last) = (rng.pick(FIRST), rng.pick(LAST));
            obj! {
                "orderId" => format!("ORD-{:05}", 20000 + i),
                "customer" => obj!{
                    "id" => rng.range(1000, 9999),
                    "name" => format!("{first} {last}"),
                    "email" => format!("{}@example.org", first.to_lowercase()),
                },
                "items" => items,
                "total" => (total * 100.0).round() / 100.0,
                "status" => rng.pick(&["pending", "paid", "shipped", "delivered", "refunded"]),
                "createdAt" => date(&mut rng, 2024),
            }
        })
        .collect();
    obj! { "orders" => rows }
}

/// Daily analytics metrics: dates, counters and floats.
pub fn time_series(days: usize) -> Json {
    let mut rng = Rng::new(3);
    let rows: Vec<Json> = (0..days)
        .map(|d| {
            let views = rng.range(800, 20000);
            let clicks = views * rng.range(2, 12) / 100;
            let conversions = clicks * rng.range(1, 9) / 100;
            obj! {
                "date" => format!("2025-{:02}-{:02}", d / 31 % 12 + 1, d % 31 + 1),
                "views" => views,
                "clicks" => clicks,
                "conversions" => conversions,
                "revenue" => cents(&mut rng, 0, 5000),
                "bounceRate" => rng.range(20, 80) as f64 / 100.0,
            }
        })
        .collect();
    obj! { "metrics" => rows }
}

/// Repository records shaped like GitHub's API (TOON's "top repositories" benchmark shape).
pub fn repos(n: usize) -> Json {
    let mut rng = Rng::new(4);
    let rows: Vec<Json> = (0..n)
        .map(|_| {
            let owner = rng.pick(&[
                "acme",
                "openlab",
                "hyperdev",
                "nimbus-io",
                "quartz",
                "tinyco",
            ]);
            let name = format!("{}-{}", rng.pick(WORDS), rng.pick(WORDS));
            let stars = rng.range(500, 250_000);
            obj! {
                "id" => rng.range(10_000_000, 900_000_000),
                "name" => name.clone(),
                "repo" => format!("{owner}/{name}"),
                "description" => sentence(&mut rng, 12),
                "createdAt" => date(&mut rng, 2012),
                "updatedAt" => date(&mut rng, 2025),
                "pushedAt" => date(&mut rng, 2025),
                "stars" => stars,
                "watchers" => stars / rng.range(20, 60),
                "forks" => stars / rng.range(5, 15),
                "defaultBranch" => rng.pick(&["main", "master"]),
            }
        })
        .collect();
    obj! { "repositories" => rows }
}

/// Log events where one in five carries a nested `error` object (so rows are not uniform).
pub fn event_logs(n: usize) -> Json {
    let mut rng = Rng::new(5);
    let endpoints = [
        "/api/users",
        "/api/orders",
        "/api/cart",
        "/api/search",
        "/health",
    ];
    let rows: Vec<Json> = (0..n)
        .map(|_| {
            let failed = rng.chance(20);
            let mut event = obj!{
                "timestamp" => date(&mut rng, 2025),
                "level" => if failed { "error" } else { rng.pick(&["info", "info", "debug", "warn"]) },
                "endpoint" => rng.pick(&endpoints),
                "statusCode" => if failed { rng.pick(&["500", "502", "503"]).parse::<u64>().unwrap_or(500) } else { 200 },
                "responseTime" => rng.range(3, 900),
                "userId" => rng.range(1000, 1100),
            };
            if failed && let Json::Obj(members) = &mut event {
                members.push((
                    "error".to_string(),
                    obj!{
                        "message" => rng.pick(&["upstream timeout", "connection reset by peer", "database unavailable"]),
                        "retryable" => rng.chance(50),
                    },
                ));
            }
            event
        })
        .collect();
    obj! { "events" => rows }
}

/// A search response: nested user objects, label arrays, nullable fields.
pub fn api_response(n: usize) -> Json {
    let mut rng = Rng::new(6);
    let items: Vec<Json> = (0..n)
        .map(|i| {
            let login = format!("{}{}", rng.pick(FIRST).to_lowercase(), rng.range(1, 99));
            let labels: Vec<Json> = (0..rng.range(0, 3))
                .map(|_| {
                    let (name, color) = [("bug", "d73a4a"), ("enhancement", "a2eeef"), ("docs", "0075ca"), ("good first issue", "7057ff")]
                        [rng.range(0, 4) as usize];
                    obj!{ "name" => name, "color" => color }
                })
                .collect();
            obj!{
                "id" => rng.range(1_000_000_000, 3_000_000_000u64),
                "number" => 4000 + i,
                "title" => sentence(&mut rng, 9),
                "state" => rng.pick(&["open", "closed"]),
                "user" => obj!{ "login" => login, "id" => rng.range(10_000, 9_000_000), "type" => "User", "site_admin" => false },
                "labels" => labels,
                "comments" => rng.range(0, 40),
                "created_at" => date(&mut rng, 2023),
                "closed_at" => if rng.chance(40) { Json::Str(date(&mut rng, 2025)) } else { Json::Null },
                "body" => if rng.chance(70) { Json::Str(sentence(&mut rng, 30)) } else { Json::Null },
            }
        })
        .collect();
    obj! { "total_count" => 1837u64, "incomplete_results" => false, "items" => items }
}
