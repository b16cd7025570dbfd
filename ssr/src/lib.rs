//! Build-time rendering of a dx app's first frame (static SSR).
//!
//! `dx build` runs the app's wasm (compiled for the Macro back-end, with nullable reference
//! types) in wasmi, a pure-Rust interpreter, with native implementations of the host imports
//! (`host`), applies the ops its `dx_init` writes to a small DOM (`dom`, `ops`) and serializes
//! the container's children to HTML. The page ships that HTML inside the mount element, so the
//! browser paints the app before any script or wasm has run; at start-up the host replaces
//! it with the live DOM in the same task (DESIGN.md: "what the browser shows after start-up
//! equals the SSR HTML" — `tests/tests/prerender.rs` checks exactly that in Chromium).

mod dom;
mod host;
mod ops;
mod value;

use dx_formats::htip::TemplateTable;
use wasmi::{Engine, Module, Store, Val};

/// Why an app has no prerendered HTML.
#[derive(Debug, Clone, PartialEq)]
pub struct PrerenderError(pub String);

impl std::fmt::Display for PrerenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for PrerenderError {}

/// Most instructions a start-up may take before the render gives up (a loop that never ends
/// must not hang `dx build`). Far above any real `dx_init`.
const FUEL: u64 = 200_000_000;

/// The HTML of the app's first frame: what its container holds after `dx_init`. `htip` and
/// `wasm` must come from one compile with `Backend::Macro` and `nullable_refs_only`.
pub fn prerender(htip: &[u8], wasm: &[u8]) -> Result<String, PrerenderError> {
    // The interpreter's translation recurses with the nesting of the code it reads, and a
    // start-up of thousands of bindings nests deep: run on a thread with a stack of its own
    // size, so a large app can never overflow `dx build`'s.
    let (htip, wasm) = (htip.to_vec(), wasm.to_vec());
    std::thread::Builder::new()
        .name("dx-prerender".into())
        .stack_size(STACK)
        .spawn(move || render(&htip, &wasm))
        .map_err(|e| PrerenderError(format!("cannot start the prerender thread: {e}")))?
        .join()
        .unwrap_or_else(|_| {
            Err(PrerenderError(
                "the prerender panicked (a dx bug: please report it)".into(),
            ))
        })
}

/// The prerender thread's stack.
const STACK: usize = 512 << 20;

fn render(htip: &[u8], wasm: &[u8]) -> Result<String, PrerenderError> {
    let err = |what: &str, e: &dyn std::fmt::Display| PrerenderError(format!("{what}: {e}"));
    let table = TemplateTable::decode(htip).map_err(|e| err("templates", &e))?;
    let mut config = wasmi::Config::default();
    config.consume_fuel(true);
    let engine = Engine::new(&config);
    let module = Module::new(&engine, wasm).map_err(|e| err("module", &e))?;
    let mut store = Store::new(&engine, host::Host::new(ops::Document::new(table)));
    store.set_fuel(FUEL).map_err(|e| err("fuel", &e))?;
    let linker = host::link(&mut store, &module).map_err(|e| err("imports", &e))?;
    let instance = linker
        .instantiate_and_start(&mut store, &module)
        .map_err(|e| err("instantiate", &e))?;
    let memory = instance
        .get_memory(&store, "memory")
        .ok_or_else(|| PrerenderError("the module exports no memory".into()))?;
    let op_base = match instance
        .get_global(&store, "dx_op_base")
        .map(|g| g.get(&store))
    {
        Some(Val::I32(base)) => base,
        _ => {
            return Err(PrerenderError(
                "the module exports no dx_op_base (not the Macro back-end)".into(),
            ));
        }
    };
    let refs = instance.get_table(&store, "dx_refs");
    store.data_mut().exports = Some(host::Exports {
        memory,
        op_base,
        refs,
    });
    let init = instance.get_func(&store, "dx_init").ok_or_else(|| {
        PrerenderError("the module has no dx_init (a program, not an app)".into())
    })?;
    let mut end = [Val::I32(0)];
    init.call(&mut store, &[], &mut end)
        .map_err(|e| err("start-up", &e))?;
    let Val::I32(end) = end[0] else {
        return Err(PrerenderError("dx_init returned no op buffer end".into()));
    };
    // The host applies what dx_init wrote, as `apply(wasm.dx_init())` does in the browser.
    host::apply(&mut store, end).map_err(|e| err("ops", &e))?;
    Ok(store.data().doc.dom.inner_html(dom::CONTAINER))
}

/// JS `String(n)` for a number: shortest round-trip digits, exponent form below 1e-6 and from
/// 1e21, as ECMAScript's Number::toString.
pub fn js_number_string(n: f64) -> String {
    if n.is_nan() {
        return "NaN".into();
    }
    if n == 0.0 {
        return "0".into();
    }
    if n.is_infinite() {
        return if n > 0.0 { "Infinity" } else { "-Infinity" }.into();
    }
    if (1e-6..1e21).contains(&n.abs()) {
        return format!("{n}");
    }
    let e = format!("{n:e}");
    match e.split_once('e') {
        Some((m, x)) if !x.starts_with('-') => format!("{m}e+{x}"),
        _ => e,
    }
}
