//! Handler statements: setters and assignments, `if`/`else`, locals, loops, callbacks.

use super::{Change, Gen, Style, Ty, Var, indent, paren};

impl Gen<'_> {
    /// Handler statements: setters and assignments, `if`/`else`, locals, loops, callbacks.
    pub(super) fn stmts(&mut self, env: &[Var], depth: u32, count: usize) -> Vec<String> {
        let mut env = env.to_vec();
        let mut out = Vec::new();
        for _ in 0..count {
            let changeable: Vec<Var> = env
                .iter()
                .filter(|v| v.change != Change::None)
                .cloned()
                .collect();
            let callbacks: Vec<Var> = env
                .iter()
                .filter(|v| matches!(v.ty, Ty::Fn(_)))
                .cloned()
                .collect();
            let roll = self.rng.below(10);
            if roll < 5 && !changeable.is_empty() {
                let v = self.rng.pick(&changeable).clone();
                out.push(self.change(&env, &v, depth));
            } else if roll < 7 && depth > 0 {
                let c = self.expr(&env, &Ty::Bool, depth);
                let then = {
                    let n = self.rng.range(1, 2);
                    self.stmts(&env, depth - 1, n)
                };
                let mut s = format!("if ({c}) {{\n{}}}", indent(&then, 2));
                if self.rng.one_in(2) {
                    let other = {
                        let n = self.rng.range(1, 2);
                        self.stmts(&env, depth - 1, n)
                    };
                    s += &format!(" else {{\n{}}}", indent(&other, 2));
                }
                out.push(s);
            } else if roll == 7 {
                let t = self.value_ty();
                let name = self.fresh("t");
                out.push(format!("const {name} = {};", self.expr(&env, &t, depth)));
                env.push(Var::new(name, t, Change::None));
            } else if roll == 8 && !callbacks.is_empty() {
                let cb = self.rng.pick(&callbacks).clone();
                let Ty::Fn(arg) = &cb.ty else { unreachable!() };
                out.push(format!("{}({});", cb.name, self.expr(&env, arg, depth)));
            } else if roll == 8 {
                let (arr, elem) = self.any_array(&env, depth);
                let (x, inner) = self.bind(&env, &elem);
                let total = self.fresh("total");
                let mut inner = inner;
                inner.push(Var::new(total.clone(), Ty::Num, Change::None));
                out.push(format!(
                    "let {total} = 0;\nfor (const {x} of {arr}) {{\n  if ({}) {{\n    {total} += {};\n  }}\n}}\nconsole.log({total});",
                    self.expr(&inner, &Ty::Bool, depth),
                    paren(&self.expr(&inner, &Ty::Num, depth))
                ));
            } else {
                let t = self.value_ty();
                out.push(format!("console.log({});", self.expr(&env, &t, depth)));
            }
        }
        out
    }

    /// One change of `v`: a setter call (with a value or an updater) or an assignment.
    pub(super) fn change(&mut self, env: &[Var], v: &Var, depth: u32) -> String {
        match &v.change {
            Change::Setter(set) => {
                if self.rng.one_in(3) {
                    let p = self.fresh("p");
                    let mut inner = env.to_vec();
                    inner.push(Var::new(p.clone(), v.ty.clone(), Change::None));
                    let value = match &v.ty {
                        Ty::Num => format!("{p} + {}", paren(&self.expr(&inner, &v.ty, depth))),
                        Ty::Arr(t) => format!("[...{p}, {}]", self.expr(&inner, t, depth)),
                        t => paren(&self.expr(&inner, t, depth)),
                    };
                    format!("{set}(({p}) => {value});")
                } else {
                    format!("{set}({});", self.expr(env, &v.ty, depth))
                }
            }
            _ => {
                let name = &v.name;
                match (&v.ty, self.rng.below(3)) {
                    (Ty::Num, 0) => format!("{name} += {};", self.expr(env, &Ty::Num, depth)),
                    (Ty::Num, 1) => format!("{name}++;"),
                    (Ty::Arr(t), 0) if self.style == Style::Dx => {
                        format!("{name}.push({});", self.expr(env, t, depth))
                    }
                    (Ty::Arr(t), 1) if self.style == Style::Dx => match &**t {
                        Ty::Rec(k) => {
                            let (f, ft) = self.rng.pick(&self.records[*k].clone()).clone();
                            format!(
                                "if ({name}.length > 0) {{\n  {name}[0].{f} = {};\n}}",
                                self.expr(env, &ft, depth)
                            )
                        }
                        _ => format!("{name}.pop();"),
                    },
                    (ty, _) => format!("{name} = {};", self.expr(env, ty, depth)),
                }
            }
        }
    }
}
