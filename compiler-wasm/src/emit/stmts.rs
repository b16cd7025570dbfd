//! Statement codegen for handlers and functions. Structured control flow keeps a stack of
//! enclosing labels so `break`, `continue` and `return` find their branch depth.

use wasm_encoder::{BlockType, Instruction as I};

use super::Env;
use super::expr::{ExprEnv, val_type};
use super::func::{FuncBuilder, at};
use super::imports::Import;
use super::scopes::store_slot;
use crate::lower::plan::{GStmt, Ty};

/// What an enclosing wasm block is for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Label {
    /// `if` / `else`: only counted.
    If,
    /// Left by `break`.
    Break,
    /// Left by `continue` (the end of a loop body).
    Continue,
    /// A loop's head: counted only.
    LoopHead,
    /// An inlined function body: left by its `return`.
    Inlined,
}

/// Emits statements into one function.
pub struct StmtEmitter<'a> {
    env: &'a Env<'a>,
    x: &'a ExprEnv<'a>,
    labels: Vec<Label>,
}

impl<'a> StmtEmitter<'a> {
    /// An emitter at the top of a function body.
    pub fn new(env: &'a Env<'a>, x: &'a ExprEnv<'a>) -> Self {
        StmtEmitter {
            env,
            x,
            labels: Vec::new(),
        }
    }

    /// Emits `body`.
    pub fn body(&mut self, f: &mut FuncBuilder, body: &[GStmt]) {
        for s in body {
            self.stmt(f, s);
        }
    }

    fn depth(&self, target: Label) -> Option<u32> {
        self.labels
            .iter()
            .rev()
            .position(|l| *l == target)
            .map(|d| d as u32)
    }

    fn block(
        &mut self,
        f: &mut FuncBuilder,
        label: Label,
        inner: impl FnOnce(&mut Self, &mut FuncBuilder),
    ) {
        f.push(I::Block(BlockType::Empty));
        self.labels.push(label);
        inner(self, f);
        self.labels.pop();
        f.push(I::End);
    }

    fn stmt(&mut self, f: &mut FuncBuilder, stmt: &GStmt) {
        let (env, x) = (self.env, self.x);
        match stmt {
            GStmt::Set { slot, value } => {
                let ty = env.plan.slots[*slot].ty;
                let t = f.temp(val_type(ty));
                x.expr(f, value);
                f.push(I::LocalSet(t)).push(I::LocalGet(t));
                x.load_slot(f, *slot, ty);
                match ty {
                    Ty::Num => f.push(I::F64Ne),
                    Ty::Bool => f.push(I::I32Ne),
                    _ => f
                        .push(I::Call(env.needs.function_index(Import::Equals)))
                        .push(I::I32Eqz),
                };
                f.push(I::If(BlockType::Empty));
                store_slot(env, f, *slot, |f| {
                    f.push(I::LocalGet(t));
                });
                let masks = env.dirty_masks(env.plan.dependents(*slot));
                for (word, mask) in &masks {
                    f.push(I::I32Const(0))
                        .push(I::I32Const(0))
                        .push(I::I32Load(at(*word, 2)))
                        .push(I::I32Const(*mask as i32))
                        .push(I::I32Or)
                        .push(I::I32Store(at(*word, 2)));
                }
                if !masks.is_empty() {
                    f.push(I::I32Const(1)).push(I::GlobalSet(env.changed));
                }
                f.push(I::End);
            }
            GStmt::Let { local, value } => {
                x.expr(f, value);
                f.push(I::LocalSet(*local));
            }
            GStmt::If {
                test,
                then,
                otherwise,
            } => {
                x.expr(f, test);
                f.push(I::If(BlockType::Empty));
                self.labels.push(Label::If);
                self.body(f, then);
                if !otherwise.is_empty() {
                    f.push(I::Else);
                    self.body(f, otherwise);
                }
                self.labels.pop();
                f.push(I::End);
            }
            GStmt::PreventDefault { local } => {
                f.push(I::LocalGet(*local))
                    .push(I::Call(env.needs.function_index(Import::EvPreventDefault)));
            }
            GStmt::Loop {
                test,
                body,
                update,
                test_at_end,
            } => {
                // block $break { loop $head { [test] block $continue { body } update [test] br $head } }
                self.block(f, Label::Break, |me, f| {
                    f.push(I::Loop(BlockType::Empty));
                    me.labels.push(Label::LoopHead);
                    if let (Some(test), false) = (test, test_at_end) {
                        x.expr(f, test);
                        f.push(I::I32Eqz)
                            .push(I::BrIf(me.depth(Label::Break).expect("loop break label")));
                    }
                    me.block(f, Label::Continue, |me, f| me.body(f, body));
                    me.body(f, update);
                    match (test, test_at_end) {
                        (Some(test), true) => {
                            x.expr(f, test);
                            f.push(I::BrIf(me.depth(Label::LoopHead).expect("loop head")));
                        }
                        _ => {
                            f.push(I::Br(me.depth(Label::LoopHead).expect("loop head")));
                        }
                    }
                    me.labels.pop();
                    f.push(I::End);
                });
            }
            GStmt::Breakable { body, .. } => self.block(f, Label::Break, |me, f| me.body(f, body)),
            GStmt::Inlined { body } => self.block(f, Label::Inlined, |me, f| me.body(f, body)),
            GStmt::Break => {
                f.push(I::Br(
                    self.depth(Label::Break)
                        .expect("break inside a loop or switch"),
                ));
            }
            GStmt::Continue => {
                f.push(I::Br(
                    self.depth(Label::Continue).expect("continue inside a loop"),
                ));
            }
            GStmt::Return { value } => {
                if let Some(value) = value {
                    x.expr(f, value);
                }
                match self.depth(Label::Inlined) {
                    Some(depth) if value.is_none() => f.push(I::Br(depth)),
                    _ => f.push(I::Return),
                };
            }
            GStmt::Eval { value } => {
                x.expr(f, value);
                f.push(I::Drop);
            }
            GStmt::CallVoid { function, args } => {
                for a in args {
                    x.expr(f, a);
                }
                f.push(I::Call(env.idx.function + *function as u32));
            }
            GStmt::BuiltinVoid { id, args } => {
                for a in args {
                    x.expr(f, a);
                }
                f.push(I::Call(env.needs.function_index(Import::Builtin(*id))));
            }
            GStmt::WindowListen { event, callback } => {
                f.push(I::GlobalGet(env.needs.string_index(event)))
                    .push(I::I32Const((env.plan.callback_base + *callback) as i32))
                    .push(I::Call(env.needs.function_index(Import::WindowListen)));
            }
            GStmt::Focus { r } => {
                // A ref never attached to an element focuses nothing (React would throw on `null.current`).
                if let Some(node) = env.plan.refs[*r] {
                    f.push(I::I32Const(env.plan.handle(node) as i32))
                        .push(I::Call(env.idx.writer(dx_formats::ops::Op::Focus)));
                }
            }
            GStmt::ClearTimer { id } => {
                x.expr(f, id);
                f.push(I::Call(env.needs.function_index(Import::ClearTimer)));
            }
            GStmt::Log { args } => {
                // Arguments are evaluated first: one may call a function that logs itself.
                let temps: Vec<u32> = args
                    .iter()
                    .map(|a| {
                        x.expr(f, a);
                        let t = f.temp(val_type(a.ty));
                        f.push(I::LocalSet(t));
                        t
                    })
                    .collect();
                for (a, t) in args.iter().zip(temps) {
                    f.push(I::LocalGet(t));
                    let import = match a.ty {
                        Ty::Num => Import::LogNum,
                        Ty::Bool => Import::LogBool,
                        _ => Import::LogStr,
                    };
                    f.push(I::Call(env.needs.function_index(import)));
                }
                f.push(I::Call(env.needs.function_index(Import::LogEnd)));
            }
        }
    }
}
