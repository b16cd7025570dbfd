//! A function under construction: instructions are collected first so that scratch
//! locals can be added while generating code.

use wasm_encoder::{Function, Instruction, MemArg, MemArgTarget, ValType};

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

    /// Finishes the body with `end`.
    pub fn finish(self) -> Function {
        let mut f = Function::new_with_locals_types(self.locals);
        for i in &self.body {
            f.instruction(i);
        }
        f.instruction(&Instruction::End);
        f
    }
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
