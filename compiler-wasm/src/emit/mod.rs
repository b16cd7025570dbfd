//! Stage 4: emit. Writes the app plan as one WebAssembly module with `wasm-encoder`:
//! state in linear memory, one dirty bit per binding, handlers that only mark bits, and a
//! flush that scans dirty words with `ctz` and writes DOM edits into the op buffer.

mod data;
mod expr;
mod func;
mod heap;
pub mod imports;
mod layout;
mod lists;
mod ops;
mod scopes;
mod stmts;

use std::collections::HashMap;

use dx_formats::ops::Op;
use wasm_encoder::{
    CodeSection, ConstExpr, EntityType, ExportKind, ExportSection, FunctionSection, GlobalSection,
    GlobalType, ImportSection, IndirectNameMap, MemorySection, MemoryType, Module, NameMap,
    NameSection, RefType, TableSection, TableType, TypeSection, ValType,
};

use crate::lower::plan::{BindingKind, Plan};
use func::FuncBuilder;
use imports::{Import, Needs};
pub use layout::{Layout, OP_CAPACITY};

/// How a module hands its DOM edits to the host.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Backend {
    /// Ops are written into an op buffer in linear memory; the full host (`runtime/`)
    /// applies a whole batch per boundary crossing. Best when a frame does many edits.
    #[default]
    Macro,
    /// Each op is a direct call of an imported host function; the host is `runtime-tiny/`.
    /// Smallest download; one boundary crossing per edit.
    Micro,
}

impl Backend {
    /// The name used by `dx build --mode`.
    pub fn name(self) -> &'static str {
        match self {
            Backend::Macro => "macro",
            Backend::Micro => "micro",
        }
    }

    /// Picks the back-end for an app, and says why, from what `bench/crossover/run.sh`
    /// measured ([`MEASURED`]): Macro when an event of the app can make at least as many DOM
    /// edits as the measured speed crossover of its kind (bindings for an app without lists,
    /// rows for one with a keyed list, whose edits grow at run time), else Micro, whose build
    /// is smaller at every app size measured. `.ts` programs get Macro: they make no DOM edits, and the tools that run
    /// them (differential tests, test262) instantiate them with the full host's
    /// `createImports`; the tiny host has no way to run `main`.
    pub fn choose(plan: &Plan) -> (Backend, String) {
        Backend::choose_from(plan, &MEASURED)
    }

    /// [`Backend::choose`] against measurement `m`.
    fn choose_from(plan: &Plan, m: &Measured) -> (Backend, String) {
        if plan.main.is_some() {
            return (
                Backend::Macro,
                "a program without UI (tools and tests run it with the full host's imports)".into(),
            );
        }
        let edits = Edits::of(plan);
        let size = match m.size_k {
            None => format!(
                "Micro's build was smaller for every app measured, up to {} bindings",
                m.sized_up_to
            ),
            Some(k) => format!("Micro's build was smaller below {k} bindings"),
        };
        let (crossover, unit) = match edits {
            Edits::AtMost(_) => (m.speed_edits, "edits"),
            Edits::Unbounded { .. } => (m.speed_list_rows, "list rows"),
        };
        match crossover {
            Some(crossover) if edits.reaches(crossover) => (
                Backend::Macro,
                format!(
                    "{edits}: at or above the measured crossover of {crossover} {unit} per event, from which the op buffer is faster (bench/results/crossover.md)"
                ),
            ),
            Some(crossover) => (
                Backend::Micro,
                format!(
                    "{edits}: below the measured crossover of {crossover} {unit} per event, and {size} (bench/results/crossover.md)"
                ),
            ),
            None => (
                Backend::Micro,
                format!(
                    "{edits}; Macro was not measurably faster at any count from 1 to {} {unit} per event and {size} (bench/results/crossover.md)",
                    m.timed_up_to
                ),
            ),
        }
    }
}

/// What the crossover benchmark measured (`bench/crossover/run.sh`, committed as
/// `bench/results/crossover.json`). A test fails when these differ from the committed file:
/// after a rerun, copy the new figures here (and revisit [`Backend::choose`] if Macro's build
/// ever became the smaller one).
struct Measured {
    /// `crossover.speed_edits_per_event`: the fewest DOM edits per event from which Macro was
    /// measurably faster in a case of bindings (apps without lists). `None`: at no count up
    /// to `timed_up_to`.
    speed_edits: Option<u32>,
    /// `crossover.speed_list_rows`: the fewest rows per event from which Macro was measurably
    /// faster in the keyed-list case (apps with lists). `None`: at no count up to `timed_up_to`.
    speed_list_rows: Option<u32>,
    /// The most edits per event timed (the largest of `settings.ks`).
    timed_up_to: u32,
    /// `crossover.size_k`: the smallest app from which Macro's build was no larger. `None`:
    /// Micro's build was smaller at every size up to `sized_up_to`.
    size_k: Option<u32>,
    /// The largest app built (bindings; the largest of `settings.ks` and `settings.sizeKs`).
    sized_up_to: u32,
}

/// The committed measurement (`bench/crossover/run.sh`, 2 cores, Chromium 148, quiet
/// machine): Macro faster for 4096 text bindings (1 of 21 points; Micro faster at 3, the rest
/// within noise), no crossover for keyed lists up to 4096 rows; Micro smaller by 1.8–16.8 KB
/// brotli throughout.
const MEASURED: Measured = Measured {
    speed_edits: Some(4096),
    speed_list_rows: None,
    timed_up_to: 4096,
    size_k: None,
    sized_up_to: 16384,
};

/// How many DOM edits one event of an app can make: at most one per DOM binding, unless it
/// has a keyed list, whose rows (and so edits) grow with the data at run time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Edits {
    /// No lists: each DOM binding writes at most one edit per flush.
    AtMost(u32),
    /// A keyed list: no bound known at compile time.
    Unbounded { lists: u32 },
}

impl Edits {
    fn of(plan: &Plan) -> Edits {
        if !plan.lists.is_empty() {
            return Edits::Unbounded {
                lists: plan.lists.len() as u32,
            };
        }
        let dom = plan
            .bindings
            .iter()
            .filter(|b| !matches!(b.kind, BindingKind::Effect { .. }))
            .count();
        Edits::AtMost(dom as u32)
    }

    fn reaches(self, crossover: u32) -> bool {
        match self {
            Edits::AtMost(n) => n >= crossover,
            Edits::Unbounded { .. } => true,
        }
    }
}

impl std::fmt::Display for Edits {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Edits::AtMost(n) => write!(f, "at most {n} DOM edit(s) per event, one per binding"),
            Edits::Unbounded { lists } => write!(
                f,
                "{lists} keyed list(s), whose rows make an event's DOM edits unbounded"
            ),
        }
    }
}

/// The names a module exports its memory and the functions the host calls under.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExportNames {
    /// Linear memory (tests, benchmarks and devtools read it through the host).
    pub memory: &'static str,
    /// Mounts the app.
    pub init: &'static str,
    /// Runs an event handler.
    pub event: &'static str,
    /// Applies state changes to the DOM.
    pub flush: &'static str,
}

impl ExportNames {
    /// Macro's exports keep the names the full host, the prerender and tools read; Micro's are
    /// one letter each: only the tiny host reads them, and a Micro app is all small bytes.
    pub fn of(backend: Backend) -> ExportNames {
        match backend {
            Backend::Macro => ExportNames {
                memory: "memory",
                init: "dx_init",
                event: "dx_event",
                flush: "dx_flush",
            },
            Backend::Micro => ExportNames {
                memory: "m",
                init: "i",
                event: "e",
                flush: "f",
            },
        }
    }
}

/// Emit options.
#[derive(Clone, Copy, Debug, Default)]
pub struct EmitOptions {
    /// Which back-end writes the DOM edits.
    pub backend: Backend,
    /// Add a `name` section (function names) for readable dumps and devtools.
    pub names: bool,
    /// Declare the string builtins with nullable results (see `Options::nullable_refs_only`).
    pub nullable_refs_only: bool,
}

/// Function indices of everything the module defines.
pub(crate) struct Indices {
    pub reserve: u32,
    pub ref_fn: u32,
    writers: u32,
    /// The ops whose writers are emitted, in order.
    pub written_ops: Vec<Op>,
    pub update: u32,
    pub mount: u32,
    pub unmount: u32,
    pub handler: u32,
    pub function: u32,
    pub dispatch: u32,
    pub init: u32,
    pub event: u32,
    pub flush: u32,
    /// First heap runtime function (see `heap::HEAP_FNS`).
    pub heap: u32,
    /// First per-list function (see `lists::LIST_FNS`).
    pub lists: u32,
    /// Micro: the import index of each op's host function.
    pub micro_writers: HashMap<Op, u32>,
}

impl Indices {
    fn new(imports: u32, plan: &Plan, backend: Backend) -> Self {
        let reserve = imports;
        let writers = reserve + 2;
        let written_ops = ops::used(plan);
        let update = match backend {
            Backend::Macro => writers + written_ops.len() as u32,
            // Micro: the writers are host imports, there is no op buffer to reserve in.
            Backend::Micro => imports,
        };
        let mount = update + plan.bindings.len() as u32;
        let unmount = mount + plan.scopes.len() as u32;
        let handler = unmount + plan.scopes.len() as u32;
        let function = handler + plan.handlers.len() as u32;
        let dispatch = function + plan.functions.len() as u32;
        Indices {
            reserve,
            ref_fn: reserve + 1,
            writers,
            written_ops,
            update,
            mount,
            unmount,
            handler,
            function,
            dispatch,
            init: dispatch + 1,
            event: dispatch + 2,
            flush: dispatch + 3,
            heap: dispatch + 4,
            lists: dispatch
                + 4
                + if plan.types.defs().is_empty() {
                    0
                } else {
                    heap::HEAP_FNS.len() as u32
                },
            micro_writers: HashMap::new(),
        }
    }

    /// The writer function of `op` (in Micro, the imported host function itself).
    pub fn writer(&self, op: Op) -> u32 {
        if let Some(index) = self.micro_writers.get(&op) {
            return *index;
        }
        let i = self
            .written_ops
            .iter()
            .position(|o| *o == op)
            .expect("ops::used lists every op the app writes");
        self.writers + i as u32
    }
}

/// Everything function bodies refer to.
impl Env<'_> {
    /// Has the host apply the ops written so far (Macro: a full `reserve`; Micro writes to the
    /// DOM at once), so that code reading or changing the DOM itself (`el.scrollHeight` in a
    /// layout effect) sees this flush's edits, as React's code does after its commit.
    pub fn apply_pending_ops(&self, f: &mut func::FuncBuilder) {
        if self.backend == Backend::Macro {
            let all = self.layout.op_end() - self.layout.op_base + 1;
            f.push(wasm_encoder::Instruction::I32Const(all as i32))
                .push(wasm_encoder::Instruction::Call(self.idx.reserve));
        }
    }
}

pub(crate) struct Env<'a> {
    pub plan: &'a Plan,
    pub needs: &'a Needs,
    pub layout: &'a Layout,
    pub idx: Indices,
    /// Which back-end writes the DOM edits.
    pub backend: Backend,
    /// Macro: the op buffer's globals (Micro has no op buffer).
    pub cursors: ops::Cursors,
    /// Mutable i32 global: 1 when a handler changed state.
    pub changed: u32,
    /// The heap's indices.
    pub heap: heap::Heap,
    /// Whether the app has arrays or records (and so the heap runtime).
    pub uses_heap: bool,
    /// Heap types some code changes in place ([`Plan::changed_in_place_types`]).
    pub changed_in_place: Vec<crate::lower::plan::Ty>,
    /// Mutable i32 global: the next unused node handle (list rows take theirs at run time).
    pub next_handle: u32,
    /// The template table strings ops name (see [`Emitted::static_strings`]), as they are
    /// emitted.
    pub static_strings: std::cell::RefCell<std::collections::BTreeSet<u32>>,
}

/// A module and what its host needs to know about it.
pub struct Emitted {
    /// The WebAssembly module.
    pub wasm: Vec<u8>,
    /// Indices of the template table's strings that the module's ops name (attributes,
    /// properties and events bound at run time), in order: the tiny host ships only these.
    pub static_strings: Vec<u32>,
}

/// Emits the module for `plan`.
pub fn emit(plan: &Plan, options: EmitOptions) -> Emitted {
    let needs = Needs::of(plan, options.backend);
    let layout = Layout::new(plan);
    let strings = needs.strings.len() as u32;
    let mut idx = Indices::new(needs.functions.len() as u32, plan, options.backend);
    if options.backend == Backend::Micro {
        for op in &idx.written_ops {
            idx.micro_writers
                .insert(*op, needs.function_index(Import::Op(*op)));
        }
    }
    // Globals after the imported string constants: Macro's op and ref cursors (see
    // `ops::Cursors`), `changed`, Macro's op buffer base, the heap's, the next free node handle.
    let (changed, heap_globals) = match options.backend {
        Backend::Macro => (strings + 2, strings + 4),
        Backend::Micro => (strings, strings + 1),
    };
    let heap = heap::Heap {
        first_fn: idx.heap,
        first_global: heap_globals,
        table: 1,
        free_lists: layout.free_lists,
    };
    let env = Env {
        plan,
        needs: &needs,
        layout: &layout,
        idx,
        backend: options.backend,
        cursors: ops::Cursors {
            op: strings,
            refs: strings + 1,
            table: 0,
        },
        changed,
        heap,
        uses_heap: !plan.types.defs().is_empty(),
        changed_in_place: plan.changed_in_place_types(),
        next_handle: heap_globals + heap::GLOBALS,
        static_strings: Default::default(),
    };

    let mut functions: Vec<(String, Vec<ValType>, Vec<ValType>, FuncBuilder)> = Vec::new();
    if options.backend == Backend::Macro {
        let apply = needs.function_index(Import::Apply);
        functions.push((
            "reserve".into(),
            vec![ValType::I32],
            vec![],
            ops::reserve(&layout, &env.cursors, apply),
        ));
        functions.push((
            "ref".into(),
            vec![ValType::EXTERNREF],
            vec![ValType::I32],
            ops::ref_fn(&env.cursors),
        ));
        for op in env.idx.written_ops.clone() {
            let name = format!("write_{}", op.info().name);
            functions.push((
                name,
                ops::writer_params(op),
                vec![],
                ops::writer(op, &env.cursors, env.idx.reserve, env.idx.ref_fn),
            ));
        }
    }
    for b in 0..plan.bindings.len() {
        functions.push((
            format!("update_{b}"),
            vec![],
            vec![],
            scopes::update(&env, b),
        ));
    }
    // A branch inside a list row is mounted per row: `mount_s(row)`, `unmount_s(row, remove)`.
    let row_branch = |s: usize| match plan.scopes[s].row {
        Some(l) if !plan.is_row_template(s) => Some(l),
        _ => None,
    };
    for s in 0..plan.scopes.len() {
        functions.push(match row_branch(s) {
            Some(l) => (
                format!("mount_{s}"),
                vec![ValType::I32],
                vec![],
                lists::mount_branch(&env, l, s),
            ),
            None => (format!("mount_{s}"), vec![], vec![], scopes::mount(&env, s)),
        });
    }
    for s in 0..plan.scopes.len() {
        functions.push(match row_branch(s) {
            Some(l) => (
                format!("unmount_{s}"),
                vec![ValType::I32, ValType::I32],
                vec![],
                lists::unmount_branch(&env, l, s),
            ),
            None => (
                format!("unmount_{s}"),
                vec![],
                vec![],
                scopes::unmount(&env, s),
            ),
        });
    }
    for (h, handler) in plan.handlers.iter().enumerate() {
        functions.push((
            format!("handler_{h} {}", handler.label),
            vec![ValType::EXTERNREF, ValType::I32],
            vec![],
            scopes::handler(&env, h),
        ));
    }
    for (i, function) in plan.functions.iter().enumerate() {
        let params = function.params.iter().map(|t| expr::val_type(*t)).collect();
        let results = function.ret.iter().map(|t| expr::val_type(*t)).collect();
        functions.push((
            format!("fn_{}", function.name),
            params,
            results,
            scopes::function(&env, i),
        ));
    }
    functions.push((
        "dispatch_update".into(),
        vec![ValType::I32],
        vec![],
        scopes::dispatch_update(&env),
    ));
    // Macro's `dx_init` and `dx_flush` return the end of the op batch; Micro's have no batch.
    let batch_end = match options.backend {
        Backend::Macro => vec![ValType::I32],
        Backend::Micro => vec![],
    };
    functions.push((
        "dx_init".into(),
        vec![],
        batch_end.clone(),
        scopes::init(&env),
    ));
    functions.push((
        "dx_event".into(),
        vec![ValType::I32, ValType::EXTERNREF, ValType::I32],
        vec![ValType::I32],
        scopes::event(&env),
    ));
    functions.push(("dx_flush".into(), vec![], batch_end, scopes::flush(&env)));
    if env.uses_heap {
        for which in heap::HEAP_FNS {
            let (name, params, results) = which.signature();
            functions.push((
                name.into(),
                params,
                results,
                heap::body(&env.heap, &plan.types, &needs, *which),
            ));
        }
    }
    for l in 0..plan.lists.len() {
        for which in lists::LIST_FNS {
            let (name, params, results) = which.signature(l, &plan.lists[l]);
            functions.push((name, params, results, lists::body(&env, l, *which)));
        }
    }
    for l in lists::recursive_lists(&env) {
        for which in lists::NESTED_FNS {
            let (name, params, results) = lists::nested_signature(l, *which);
            functions.push((name, params, results, lists::nested_body(&env, l, *which)));
        }
    }

    // Types, deduplicated.
    let mut types = TypeSection::new();
    let mut type_ids: HashMap<(Vec<ValType>, Vec<ValType>), u32> = HashMap::new();
    let mut type_of = |params: &[ValType], results: &[ValType], types: &mut TypeSection| -> u32 {
        *type_ids
            .entry((params.to_vec(), results.to_vec()))
            .or_insert_with(|| {
                types
                    .ty()
                    .function(params.iter().copied(), results.iter().copied());
                types.len() - 1
            })
    };

    let mut import_section = ImportSection::new();
    let mut names = NameMap::new();
    for import in &needs.functions {
        let (module, name, params, mut results) = imports::describe(*import);
        if options.nullable_refs_only {
            results = results.into_iter().map(imports::nullable).collect();
        }
        let ty = type_of(&params, &results, &mut types);
        import_section.import(module, name, EntityType::Function(ty));
        let name = match import {
            Import::Op(op) => op.info().js_name,
            _ => name,
        };
        names.append(needs.function_index(*import), &format!("{module}.{name}"));
    }
    for s in &needs.strings {
        import_section.import(
            "'",
            s,
            EntityType::Global(GlobalType {
                val_type: ValType::EXTERNREF,
                mutable: false,
                shared: false,
            }),
        );
    }

    let mut function_section = FunctionSection::new();
    let mut code = CodeSection::new();
    for (i, (name, params, results, body)) in functions.into_iter().enumerate() {
        function_section.function(type_of(&params, &results, &mut types));
        code.function(&body.finish());
        names.append(needs.functions.len() as u32 + i as u32, &name);
    }

    // Table 0 holds string state, and for Macro the strings of a batch's ops after it (so it
    // starts with room for them); a Micro module without string state or heap needs none.
    let mut tables = TableSection::new();
    let op_refs = match options.backend {
        Backend::Macro => 64,
        Backend::Micro => 0,
    };
    if op_refs > 0 || layout.string_slots > 0 || env.uses_heap {
        tables.table(TableType {
            element_type: RefType::EXTERNREF,
            table64: false,
            minimum: u64::from(layout.string_slots + op_refs),
            maximum: None,
            shared: false,
        });
    }
    if env.uses_heap {
        tables.table(TableType {
            element_type: RefType::EXTERNREF,
            table64: false,
            minimum: 0,
            maximum: None,
            shared: false,
        });
    }
    let mut memories = MemorySection::new();
    memories.memory(MemoryType {
        minimum: layout.pages(),
        maximum: None,
        memory64: false,
        shared: false,
        page_size_log2: None,
    });
    let mut globals = GlobalSection::new();
    let mutable_i32 = GlobalType {
        val_type: ValType::I32,
        mutable: true,
        shared: false,
    };
    let macro_ = options.backend == Backend::Macro;
    if macro_ {
        globals.global(mutable_i32, &ConstExpr::i32_const(layout.op_base as i32));
        globals.global(
            mutable_i32,
            &ConstExpr::i32_const(layout.string_slots as i32),
        );
    }
    globals.global(mutable_i32, &ConstExpr::i32_const(0));
    if macro_ {
        globals.global(
            GlobalType {
                val_type: ValType::I32,
                mutable: false,
                shared: false,
            },
            &ConstExpr::i32_const(layout.op_base as i32),
        );
    }
    if env.uses_heap {
        // heap_top, then the zero-count table and the string free list (ptr, len, cap).
        globals.global(mutable_i32, &ConstExpr::i32_const(layout.heap_base as i32));
        for _ in 1..heap::GLOBALS {
            globals.global(mutable_i32, &ConstExpr::i32_const(0));
        }
        globals.global(mutable_i32, &ConstExpr::i32_const(plan.handle_count as i32));
    }

    let mut exports = ExportSection::new();
    let exported = ExportNames::of(options.backend);
    exports.export(exported.memory, ExportKind::Memory, 0);
    if macro_ {
        // The full host reads op strings from the table and the batch from the base.
        exports.export("dx_refs", ExportKind::Table, 0);
        exports.export("dx_op_base", ExportKind::Global, strings + 3);
    }
    exports.export(exported.init, ExportKind::Func, env.idx.init);
    exports.export(exported.event, ExportKind::Func, env.idx.event);
    exports.export(exported.flush, ExportKind::Func, env.idx.flush);
    if let Some(main) = plan.main {
        exports.export("main", ExportKind::Func, env.idx.function + main as u32);
    }

    let mut module = Module::new();
    module
        .section(&types)
        .section(&import_section)
        .section(&function_section);
    if !tables.is_empty() {
        module.section(&tables);
    }
    module
        .section(&memories)
        .section(&globals)
        .section(&exports)
        .section(&code);
    if options.names {
        let mut name_section = NameSection::new();
        name_section.functions(&names);
        name_section.locals(&IndirectNameMap::new());
        module.section(&name_section);
    }
    Emitted {
        wasm: module.finish(),
        static_strings: env.static_strings.take().into_iter().collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Options, SourceFile};

    fn plan(source: &str) -> Plan {
        crate::compile(&SourceFile::new("app.tsx", source), Options::default())
            .expect("compiles")
            .plan
    }

    const COUNTER: &str = r#"import { useState } from "dx";
export default function App() {
  const [n, setN] = useState(0);
  return <div><button onClick={() => setN(n + 1)}>{n}</button><p title={"n" + n}>{n * 2}</p></div>;
}
"#;

    const LIST: &str = r#"import { useState } from "dx";
interface Item { id: number; label: string; }
export default function App() {
  const [items, setItems] = useState<Item[]>([]);
  const add = () => setItems([...items, { id: items.length, label: "x" }]);
  return <ul onClick={add}>{items.map((i) => <li key={i.id}>{i.label}</li>)}</ul>;
}
"#;

    /// Rerunning `bench/crossover/run.sh` and forgetting to update [`MEASURED`] fails here.
    #[test]
    fn the_rule_uses_the_committed_crossover_measurement() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../bench/results/crossover.json"
        );
        let text = std::fs::read_to_string(path).expect("bench/results/crossover.json");
        let json: serde_json::Value = serde_json::from_str(&text).expect("valid json");
        let figure = |v: &serde_json::Value| v.as_u64().map(|n| n as u32);
        let ks = |key: &str| -> Vec<u32> {
            json["settings"][key]
                .as_array()
                .unwrap_or_else(|| panic!("settings.{key}"))
                .iter()
                .map(|k| figure(k).expect("a count"))
                .collect()
        };
        let timed = ks("ks");
        let sized: Vec<u32> = timed.iter().copied().chain(ks("sizeKs")).collect();
        let measured = (
            figure(&json["crossover"]["speed_edits_per_event"]),
            figure(&json["crossover"]["speed_list_rows"]),
            timed.iter().copied().max(),
            figure(&json["crossover"]["size_k"]),
            sized.iter().copied().max(),
        );
        let m = MEASURED;
        assert_eq!(
            (
                m.speed_edits,
                m.speed_list_rows,
                Some(m.timed_up_to),
                m.size_k,
                Some(m.sized_up_to)
            ),
            measured,
            "MEASURED in compiler-wasm/src/emit/mod.rs differs from bench/results/crossover.json \
             (speed crossovers without and with lists, timed up to, size crossover, sized up to): \
             copy the new figures"
        );
        assert_eq!(
            m.size_k, None,
            "Macro's build was the smaller one at some size: Backend::choose assumes it never is"
        );
    }

    #[test]
    fn without_a_speed_crossover_every_app_gets_micro_and_the_reason_quotes_the_measurement() {
        let m = Measured {
            speed_edits: None,
            speed_list_rows: None,
            timed_up_to: 4096,
            size_k: None,
            sized_up_to: 16384,
        };
        let (backend, why) = Backend::choose_from(&plan(COUNTER), &m);
        assert_eq!(backend, Backend::Micro);
        assert!(why.starts_with("at most 3 DOM edit(s) per event"), "{why}");
        assert!(why.contains("from 1 to 4096 edits per event"), "{why}");
        assert!(why.contains("up to 16384 bindings"), "{why}");
        let (backend, why) = Backend::choose_from(&plan(LIST), &m);
        assert_eq!(backend, Backend::Micro);
        assert!(why.starts_with("1 keyed list(s)"), "{why}");
    }

    #[test]
    fn with_a_speed_crossover_apps_that_reach_it_get_macro() {
        let m = |crossover| Measured {
            speed_edits: Some(crossover),
            speed_list_rows: None,
            timed_up_to: 4096,
            size_k: None,
            sized_up_to: 16384,
        };
        let (backend, why) = Backend::choose_from(&plan(COUNTER), &m(3));
        assert_eq!(backend, Backend::Macro);
        assert!(
            why.contains("measured crossover of 3 edits per event"),
            "{why}"
        );
        let (backend, why) = Backend::choose_from(&plan(COUNTER), &m(4));
        assert_eq!(backend, Backend::Micro);
        assert!(why.contains("below the measured crossover of 4"), "{why}");
        // A list app is judged by the list case alone: no list crossover, Micro.
        let (backend, why) = Backend::choose_from(&plan(LIST), &m(1));
        assert_eq!(backend, Backend::Micro);
        assert!(why.contains("1 to 4096 list rows per event"), "{why}");
        // A list's rows are not known at compile time: it reaches any list crossover.
        let lists = Measured {
            speed_list_rows: Some(100_000),
            ..m(100_000)
        };
        let (backend, why) = Backend::choose_from(&plan(LIST), &lists);
        assert_eq!(backend, Backend::Macro);
        assert!(
            why.contains("crossover of 100000 list rows per event"),
            "{why}"
        );
        let (backend, _) = Backend::choose_from(&plan(COUNTER), &lists);
        assert_eq!(backend, Backend::Micro);
    }

    #[test]
    fn programs_get_macro() {
        let program = crate::compile(
            &SourceFile::new("main.ts", "console.log(1 + 2);\n"),
            Options::default(),
        )
        .expect("compiles");
        assert!(program.plan.main.is_some());
        assert_eq!(Backend::choose(&program.plan).0, Backend::Macro);
    }
}
