//! The functions and string constants a module imports from the JS host. One table: the
//! emitter takes indices from it and `dx-runtime`'s host provides every `dx` entry (a test
//! checks that).

use std::collections::BTreeSet;

use wasm_encoder::{HeapType, RefType, ValType};

use crate::lower::plan::{BinaryOp, GExpr, GKind, GStmt, Plan, Ty};

/// An imported host function.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Import {
    /// `wasm:js-string concat`
    Concat,
    /// `wasm:js-string length`
    Length,
    /// `wasm:js-string equals`
    Equals,
    /// `wasm:js-string compare`
    Compare,
    /// `dx apply(end)`: apply the ops written so far (op buffer full).
    Apply,
    /// `dx num_str(n)`: JS `String(n)`.
    NumStr,
    /// `dx rem(a, b)`: JS `a % b` (wasm has no f64 remainder).
    Rem,
    /// `dx ev_target_value(e)`
    EvTargetValue,
    /// `dx ev_target_checked(e)`
    EvTargetChecked,
    /// `dx ev_key(e)`
    EvKey,
    /// `dx ev_prevent_default(e)`
    EvPreventDefault,
}

/// A non-nullable extern reference (what the string builtins return).
pub const REF_EXTERN: ValType = ValType::Ref(RefType {
    nullable: false,
    heap_type: HeapType::EXTERN,
});
const EXTERN: ValType = ValType::EXTERNREF;

/// Every import: module, name, params, results.
pub const IMPORTS: &[(Import, &str, &str, &[ValType], &[ValType])] = &[
    (
        Import::Concat,
        "wasm:js-string",
        "concat",
        &[EXTERN, EXTERN],
        &[REF_EXTERN],
    ),
    (
        Import::Length,
        "wasm:js-string",
        "length",
        &[EXTERN],
        &[ValType::I32],
    ),
    (
        Import::Equals,
        "wasm:js-string",
        "equals",
        &[EXTERN, EXTERN],
        &[ValType::I32],
    ),
    (
        Import::Compare,
        "wasm:js-string",
        "compare",
        &[EXTERN, EXTERN],
        &[ValType::I32],
    ),
    (Import::Apply, "dx", "apply", &[ValType::I32], &[]),
    (Import::NumStr, "dx", "num_str", &[ValType::F64], &[EXTERN]),
    (
        Import::Rem,
        "dx",
        "rem",
        &[ValType::F64, ValType::F64],
        &[ValType::F64],
    ),
    (
        Import::EvTargetValue,
        "dx",
        "ev_target_value",
        &[EXTERN],
        &[EXTERN],
    ),
    (
        Import::EvTargetChecked,
        "dx",
        "ev_target_checked",
        &[EXTERN],
        &[ValType::I32],
    ),
    (Import::EvKey, "dx", "ev_key", &[EXTERN], &[EXTERN]),
    (
        Import::EvPreventDefault,
        "dx",
        "ev_prevent_default",
        &[EXTERN],
        &[],
    ),
];

/// What one plan needs from the host.
#[derive(Default)]
pub struct Needs {
    /// Imported functions, in index order.
    pub functions: BTreeSet<Import>,
    /// Imported string constants, in index order.
    pub strings: BTreeSet<String>,
}

impl Needs {
    /// Scans every expression and statement of the plan.
    pub fn of(plan: &Plan) -> Needs {
        let mut n = Needs::default();
        n.functions.insert(Import::Apply);
        for slot in &plan.slots {
            n.expr(&slot.init);
        }
        for b in &plan.bindings {
            n.expr(b.kind.source());
        }
        for h in &plan.handlers {
            n.stmts(&h.body);
        }
        n
    }

    /// Function index of an import.
    pub fn function_index(&self, import: Import) -> u32 {
        self.functions
            .iter()
            .position(|i| *i == import)
            .expect("import was scanned") as u32
    }

    /// Global index of a string constant.
    pub fn string_index(&self, s: &str) -> u32 {
        self.strings
            .iter()
            .position(|x| x == s)
            .expect("string was scanned") as u32
    }

    fn stmts(&mut self, stmts: &[GStmt]) {
        for s in stmts {
            match s {
                GStmt::Set { slot: _, value } => {
                    if value.ty == Ty::Str {
                        self.functions.insert(Import::Equals);
                    }
                    self.expr(value);
                }
                GStmt::Let { value, .. } => self.expr(value),
                GStmt::If {
                    test,
                    then,
                    otherwise,
                } => {
                    self.expr(test);
                    self.stmts(then);
                    self.stmts(otherwise);
                }
                GStmt::PreventDefault { .. } => {
                    self.functions.insert(Import::EvPreventDefault);
                }
            }
        }
    }

    fn expr(&mut self, e: &GExpr) {
        use crate::ir::EventField;
        match &e.kind {
            GKind::Str(s) => {
                self.strings.insert(s.clone());
            }
            GKind::EventField(f, _) => {
                self.functions.insert(match f {
                    EventField::TargetValue => Import::EvTargetValue,
                    EventField::TargetChecked => Import::EvTargetChecked,
                    EventField::Key => Import::EvKey,
                });
            }
            GKind::ToString(x) => match x.ty {
                Ty::Num => {
                    self.functions.insert(Import::NumStr);
                }
                Ty::Bool => {
                    self.strings.insert("true".into());
                    self.strings.insert("false".into());
                }
                _ => {}
            },
            GKind::Truthy(x) | GKind::Length(x) if x.ty == Ty::Str => {
                self.functions.insert(Import::Length);
            }
            GKind::Binary(op, a, _) if a.ty == Ty::Str => {
                self.functions.insert(match op {
                    BinaryOp::Add => Import::Concat,
                    BinaryOp::Eq | BinaryOp::Ne => Import::Equals,
                    _ => Import::Compare,
                });
            }
            GKind::Binary(BinaryOp::Rem, _, _) => {
                self.functions.insert(Import::Rem);
            }
            GKind::Logical(_, a, _) if a.ty == Ty::Str => {
                self.functions.insert(Import::Length);
            }
            _ => {}
        }
        match &e.kind {
            GKind::ToString(x)
            | GKind::BoolToNum(x)
            | GKind::Truthy(x)
            | GKind::Length(x)
            | GKind::Unary(_, x) => self.expr(x),
            GKind::Binary(_, a, b) | GKind::Logical(_, a, b) => {
                self.expr(a);
                self.expr(b);
            }
            GKind::Cond(t, a, b) => {
                self.expr(t);
                self.expr(a);
                self.expr(b);
            }
            _ => {}
        }
    }
}
