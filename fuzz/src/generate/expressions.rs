//! Expressions by type: literals, operators, built-ins, array methods with callbacks,
//! record literals and spreads, calls of the generated module-level functions.

use super::{Change, Gen, NUM_LITERALS, STR_LITERALS, Ty, Var, WORDS, paren};

impl Gen<'_> {
    pub(super) fn lit(&mut self, ty: &Ty) -> String {
        match ty {
            Ty::Num => self.rng.pick(NUM_LITERALS).to_string(),
            Ty::Str => self.rng.pick(STR_LITERALS).to_string(),
            Ty::Bool => if self.rng.one_in(2) { "true" } else { "false" }.into(),
            Ty::Rec(k) => {
                let fields = self.records[*k].clone();
                let parts: Vec<String> = fields
                    .iter()
                    .map(|(f, t)| format!("{f}: {}", self.lit(t)))
                    .collect();
                format!("{{ {} }}", parts.join(", "))
            }
            Ty::Arr(t) => {
                if self.typed() && self.rng.one_in(5) {
                    return format!("([] as {})", self.ty_name(ty));
                }
                let n = self.rng.range(1, 3);
                let items: Vec<String> = (0..n).map(|_| self.lit(t)).collect();
                format!("[{}]", items.join(", "))
            }
            Ty::Fn(_) => "(() => {})".into(),
        }
    }

    pub(super) fn vars_of<'e>(env: &'e [Var], ty: &Ty) -> Vec<&'e Var> {
        env.iter().filter(|v| v.ty == *ty).collect()
    }

    pub(super) fn expr(&mut self, env: &[Var], ty: &Ty, depth: u32) -> String {
        let vars = Self::vars_of(env, ty);
        if depth == 0 || self.rng.percent(35) {
            if !vars.is_empty() && self.rng.percent(80) {
                return self.rng.pick(&vars).name.clone();
            }
            return self.lit(ty);
        }
        let d = depth - 1;
        let made = match ty {
            Ty::Num => self.num_expr(env, d),
            Ty::Str => self.str_expr(env, d),
            Ty::Bool => self.bool_expr(env, d),
            Ty::Arr(t) => self.arr_expr(env, t, d),
            Ty::Rec(k) => self.rec_expr(env, *k, d),
            Ty::Fn(_) => None,
        };
        made.unwrap_or_else(|| self.lit(ty))
    }

    /// An array from `env` (or a literal one) and its element type.
    pub(super) fn any_array(&mut self, env: &[Var], depth: u32) -> (String, Ty) {
        let arrays: Vec<&Var> = env.iter().filter(|v| matches!(v.ty, Ty::Arr(_))).collect();
        if !arrays.is_empty() && self.rng.percent(85) {
            let v = self.rng.pick(&arrays);
            let Ty::Arr(t) = &v.ty else { unreachable!() };
            return (v.name.clone(), (**t).clone());
        }
        let t = match self.value_ty() {
            Ty::Arr(t) => *t,
            t => t,
        };
        let arr = self.expr(env, &Ty::Arr(Box::new(t.clone())), depth);
        (paren(&arr), t)
    }

    /// A callback parameter bound to an element of type `elem`: its name and the extended env.
    pub(super) fn bind(&mut self, env: &[Var], elem: &Ty) -> (String, Vec<Var>) {
        let name = self.fresh("x");
        let mut env = env.to_vec();
        env.push(Var::new(name.clone(), elem.clone(), Change::None));
        (name, env)
    }

    /// A field of type `ty` read from some record expression.
    pub(super) fn field_read(&mut self, env: &[Var], ty: &Ty, depth: u32) -> Option<String> {
        let mut options = Vec::new();
        for (k, fields) in self.records.iter().enumerate() {
            for (f, t) in fields {
                if t == ty {
                    options.push((k, f.clone()));
                }
            }
        }
        if options.is_empty() {
            return None;
        }
        let (k, f) = self.rng.pick(&options).clone();
        let rec = self.expr(env, &Ty::Rec(k), depth);
        Some(format!("{}.{f}", paren(&rec)))
    }

    pub(super) fn call(&mut self, env: &[Var], ret: &Ty, depth: u32) -> Option<String> {
        let fitting: Vec<usize> = (0..self.funcs.len())
            .filter(|&i| self.funcs[i].ret == *ret)
            .collect();
        if fitting.is_empty() {
            return None;
        }
        let f = *self.rng.pick(&fitting);
        let (name, params) = (self.funcs[f].name.clone(), self.funcs[f].params.clone());
        let args: Vec<String> = params.iter().map(|t| self.expr(env, t, depth)).collect();
        Some(format!("{name}({})", args.join(", ")))
    }

    pub(super) fn num_expr(&mut self, env: &[Var], d: u32) -> Option<String> {
        let n = Ty::Num;
        Some(match self.rng.below(13) {
            0 | 1 => {
                let op = *self.rng.pick(&["+", "-", "*", "/", "%", "+"]);
                format!("({} {op} {})", self.expr(env, &n, d), self.expr(env, &n, d))
            }
            2 => {
                let f = *self.rng.pick(&["max", "min"]);
                format!(
                    "Math.{f}({}, {})",
                    self.expr(env, &n, d),
                    self.expr(env, &n, d)
                )
            }
            3 => {
                let f = *self
                    .rng
                    .pick(&["floor", "abs", "round", "ceil", "trunc", "sqrt"]);
                format!("Math.{f}({})", self.expr(env, &n, d))
            }
            4 => format!("{}.length", paren(&self.expr(env, &Ty::Str, d))),
            5 => format!("{}.length", self.any_array(env, d).0),
            6 => format!(
                "({} ? {} : {})",
                self.expr(env, &Ty::Bool, d),
                self.expr(env, &n, d),
                self.expr(env, &n, d)
            ),
            7 => {
                let (arr, elem) = self.any_array(env, d);
                let (x, inner) = self.bind(env, &elem);
                match self.rng.below(3) {
                    0 => format!(
                        "{arr}.filter(({x}) => {}).length",
                        self.expr(&inner, &Ty::Bool, d)
                    ),
                    1 => format!(
                        "{arr}.findIndex(({x}) => {})",
                        self.expr(&inner, &Ty::Bool, d)
                    ),
                    _ => {
                        let acc = self.fresh("acc");
                        let mut inner = inner;
                        inner.push(Var::new(acc.clone(), n.clone(), Change::None));
                        format!(
                            "{arr}.reduce(({acc}, {x}) => {acc} + {}, 0)",
                            paren(&self.expr(&inner, &n, d))
                        )
                    }
                }
            }
            8 => self.call(env, &n, d)?,
            9 => self.field_read(env, &n, d)?,
            10 => {
                let f = *self.rng.pick(&["parseInt", "Number", "parseFloat"]);
                format!("{f}({})", self.expr(env, &Ty::Str, d))
            }
            11 => format!("-{}", paren(&self.expr(env, &n, d))),
            _ => {
                let (arr, elem) = self.any_array(env, d);
                match elem {
                    Ty::Num => format!("{arr}[0]"),
                    Ty::Rec(_) => format!("{arr}.length"),
                    _ => format!("{arr}.indexOf({})", self.expr(env, &elem, d)),
                }
            }
        })
    }

    pub(super) fn str_expr(&mut self, env: &[Var], d: u32) -> Option<String> {
        let s = Ty::Str;
        Some(match self.rng.below(12) {
            0 | 1 => {
                let right = if self.rng.one_in(3) {
                    Ty::Num
                } else {
                    s.clone()
                };
                format!(
                    "({} + {})",
                    self.expr(env, &s, d),
                    self.expr(env, &right, d)
                )
            }
            2 => {
                let t = self.prim_ty();
                format!(
                    "`{}${{{}}}-${{{}}}`",
                    self.rng.pick(WORDS),
                    self.expr(env, &t, d),
                    self.expr(env, &s, d)
                )
            }
            3 => format!(
                "{}.toFixed({})",
                paren(&self.expr(env, &Ty::Num, d)),
                self.rng.below(3)
            ),
            4 => {
                let t = self.prim_ty();
                format!("String({})", self.expr(env, &t, d))
            }
            5 => {
                let m = *self
                    .rng
                    .pick(&["toUpperCase()", "toLowerCase()", "trim()", "charAt(0)"]);
                format!("{}.{m}", paren(&self.expr(env, &s, d)))
            }
            6 => {
                let m =
                    *self
                        .rng
                        .pick(&["slice(1)", "padStart(3, \"0\")", "repeat(2)", "slice(0, 2)"]);
                format!("{}.{m}", paren(&self.expr(env, &s, d)))
            }
            7 => format!(
                "({} ? {} : {})",
                self.expr(env, &Ty::Bool, d),
                self.expr(env, &s, d),
                self.expr(env, &s, d)
            ),
            8 => {
                let (arr, elem) = self.any_array(env, d);
                if matches!(elem, Ty::Num | Ty::Str) && self.rng.one_in(2) {
                    format!("{arr}.join(\"-\")")
                } else {
                    let (x, inner) = self.bind(env, &elem);
                    format!(
                        "{arr}.map(({x}) => {}).join(\", \")",
                        self.expr(&inner, &s, d)
                    )
                }
            }
            9 => self.field_read(env, &s, d)?,
            10 => self.call(env, &s, d)?,
            _ => {
                let t = self.value_ty();
                format!("JSON.stringify({})", self.expr(env, &t, d))
            }
        })
    }

    pub(super) fn bool_expr(&mut self, env: &[Var], d: u32) -> Option<String> {
        let b = Ty::Bool;
        Some(match self.rng.below(11) {
            0 | 1 => {
                let op = *self.rng.pick(&["<", ">", "<=", ">="]);
                format!(
                    "({} {op} {})",
                    self.expr(env, &Ty::Num, d),
                    self.expr(env, &Ty::Num, d)
                )
            }
            2 => {
                let t = self.prim_ty();
                let op = *self.rng.pick(&["===", "!=="]);
                format!("({} {op} {})", self.expr(env, &t, d), self.expr(env, &t, d))
            }
            3 => format!("!{}", paren(&self.expr(env, &b, d))),
            4 => {
                let op = *self.rng.pick(&["&&", "||"]);
                format!("({} {op} {})", self.expr(env, &b, d), self.expr(env, &b, d))
            }
            5 => {
                let m = *self.rng.pick(&["includes", "startsWith", "endsWith"]);
                format!(
                    "{}.{m}({})",
                    paren(&self.expr(env, &Ty::Str, d)),
                    self.expr(env, &Ty::Str, d)
                )
            }
            6 => {
                let (arr, elem) = self.any_array(env, d);
                let (x, inner) = self.bind(env, &elem);
                let m = *self.rng.pick(&["some", "every"]);
                format!("{arr}.{m}(({x}) => {})", self.expr(&inner, &b, d))
            }
            7 => {
                let (arr, _) = self.any_array(env, d);
                format!("({arr}.length {} 0)", self.rng.pick(&["===", ">", "!=="]))
            }
            8 => {
                let (arr, elem) = self.any_array(env, d);
                match elem {
                    Ty::Rec(_) => {
                        let (x, inner) = self.bind(env, &elem);
                        format!(
                            "({arr}.find(({x}) => {}) === undefined)",
                            self.expr(&inner, &b, d)
                        )
                    }
                    _ => format!("{arr}.includes({})", self.expr(env, &elem, d)),
                }
            }
            9 => self.field_read(env, &b, d)?,
            _ => self.call(env, &b, d)?,
        })
    }

    pub(super) fn arr_expr(&mut self, env: &[Var], elem: &Ty, d: u32) -> Option<String> {
        let ty = Ty::Arr(Box::new(elem.clone()));
        let vars = Self::vars_of(env, &ty);
        let a = if !vars.is_empty() {
            self.rng.pick(&vars).name.clone()
        } else {
            paren(&self.lit(&ty))
        };
        Some(match self.rng.below(9) {
            0 => format!("[...{a}, {}]", self.expr(env, elem, d)),
            1 => format!("[{}, ...{a}]", self.expr(env, elem, d)),
            2 => {
                let (x, inner) = self.bind(env, elem);
                format!("{a}.filter(({x}) => {})", self.expr(&inner, &Ty::Bool, d))
            }
            3 => format!("{a}.slice({})", self.expr(env, &Ty::Num, d)),
            4 => format!("{a}.concat({})", self.expr(env, &ty, d)),
            5 => {
                let (src, src_elem) = self.any_array(env, d);
                let (x, inner) = self.bind(env, &src_elem);
                format!("{src}.map(({x}) => {})", paren(&self.expr(&inner, elem, d)))
            }
            6 => {
                let Ty::Rec(k) = elem else { return None };
                let fields = self.records[*k].clone();
                let (x, inner) = self.bind(env, elem);
                let (f, ft) = self.rng.pick(&fields).clone();
                let (g, gt) = self.rng.pick(&fields).clone();
                format!(
                    "{a}.map(({x}) => ({x}.{f} === {} ? {{ ...{x}, {g}: {} }} : {x}))",
                    self.expr(env, &ft, d),
                    self.expr(&inner, &gt, d)
                )
            }
            7 => format!("[...{a}].reverse()"),
            _ => self.lit(&ty),
        })
    }

    pub(super) fn rec_expr(&mut self, env: &[Var], k: usize, d: u32) -> Option<String> {
        let fields = self.records[k].clone();
        Some(match self.rng.below(3) {
            0 => {
                let parts: Vec<String> = fields
                    .iter()
                    .map(|(f, t)| format!("{f}: {}", self.expr(env, t, d)))
                    .collect();
                format!("{{ {} }}", parts.join(", "))
            }
            1 => {
                let base = self.expr(env, &Ty::Rec(k), d);
                if base.starts_with('{') {
                    return Some(base);
                }
                let (f, t) = self.rng.pick(&fields).clone();
                format!("{{ ...{base}, {f}: {} }}", self.expr(env, &t, d))
            }
            _ => {
                let arr = self.expr(env, &Ty::Arr(Box::new(Ty::Rec(k))), d);
                format!("{}[0]", paren(&arr))
            }
        })
    }
}
