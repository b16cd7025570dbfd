//! A function under construction: instructions are collected first so that scratch
//! locals can be added while generating code.

use wasm_encoder::{BlockType, Function, Instruction, MemArg, MemArgTarget, ValType};

/// Instructions plus the locals they need.
pub struct FuncBuilder {
    params: u32,
    locals: Vec<ValType>,
    body: Vec<Instruction<'static>>,
}

impl FuncBuilder {
    /// A function with `params` parameters and the given extra locals.
    pub fn new(params: u32, locals: Vec<ValType>) -> Self {
        FuncBuilder {
            params,
            locals,
            body: Vec::new(),
        }
    }

    /// Appends one instruction.
    pub fn push(&mut self, i: Instruction<'static>) -> &mut Self {
        self.body.push(i);
        self
    }

    /// A new local of type `ty`.
    pub fn temp(&mut self, ty: ValType) -> u32 {
        self.locals.push(ty);
        self.params + self.locals.len() as u32 - 1
    }

    /// Finishes the body with `end`, writing a few instruction sequences in fewer bytes.
    pub fn finish(self) -> Function {
        let mut f = Function::new_with_locals_types(self.locals);
        let mut body = self.body.iter().peekable();
        while let Some(i) = body.next() {
            match (i, body.peek()) {
                // `local.set n; local.get n` is `local.tee n`.
                (Instruction::LocalSet(n), Some(Instruction::LocalGet(m))) if n == m => {
                    f.instruction(&Instruction::LocalTee(*n));
                    body.next();
                }
                _ => match small_integer(i) {
                    Some(n) => {
                        f.instruction(&Instruction::I32Const(n))
                            .instruction(&Instruction::F64ConvertI32S);
                    }
                    None => {
                        f.instruction(i);
                    }
                },
            }
        }
        f.instruction(&Instruction::End);
        f
    }
}

/// The value of an `f64.const` that `i32.const n; f64.convert_i32_s` writes in fewer bytes
/// (3 to 6 instead of 9): an integer in i32 range, but not -0.
fn small_integer(i: &Instruction<'_>) -> Option<i32> {
    let Instruction::F64Const(v) = i else {
        return None;
    };
    let v = f64::from(*v);
    let n = v as i32;
    (f64::from(n) == v && !(v == 0.0 && v.is_sign_negative())).then_some(n)
}

/// A memory access at a fixed address (base 0 on the stack, address in the offset).
pub fn at(address: u32, align: u32) -> MemArg {
    MemArg {
        offset: u64::from(address),
        align,
        target: MemArgTarget::Memory(0),
        ordering: None,
    }
}

/// A loop `while cond { body }`; `cond` pushes an i32. Inside `body`, depth 0 is the loop
/// and depth 1 leaves it.
pub fn while_(
    f: &mut FuncBuilder,
    cond: impl FnOnce(&mut FuncBuilder),
    body: impl FnOnce(&mut FuncBuilder),
) {
    f.push(Instruction::Block(BlockType::Empty))
        .push(Instruction::Loop(BlockType::Empty));
    cond(f);
    f.push(Instruction::I32Eqz).push(Instruction::BrIf(1));
    body(f);
    f.push(Instruction::Br(0))
        .push(Instruction::End)
        .push(Instruction::End);
}

/// `l += by` for an i32 local.
pub fn incr(f: &mut FuncBuilder, l: u32, by: i32) {
    f.push(Instruction::LocalGet(l))
        .push(Instruction::I32Const(by))
        .push(Instruction::I32Add)
        .push(Instruction::LocalSet(l));
}
