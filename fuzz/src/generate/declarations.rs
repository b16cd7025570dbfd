//! Declarations: record types, module-level functions, constants and `let`s, state,
//! derived values and effects, handlers, child components and the program around them.

use super::{Change, Component, FIELD_NAMES, Func, Gen, Style, Ty, Var, View, indent, paren};

impl Gen<'_> {
    pub(super) fn record(&mut self) -> String {
        let k = self.records.len();
        let n = self.rng.range(1, 4);
        let mut fields: Vec<(String, Ty)> = Vec::new();
        if self.rng.percent(70) {
            fields.push(("id".into(), Ty::Num));
        }
        for _ in 0..n {
            let f = self.rng.pick(FIELD_NAMES).to_string();
            if !fields.iter().any(|(g, _)| *g == f) {
                let t = self.prim_ty();
                fields.push((f, t));
            }
        }
        let text = fields
            .iter()
            .map(|(f, t)| format!("  {f}: {};\n", self.ty_name(t)))
            .collect::<String>();
        self.records.push(fields);
        if self.rng.one_in(2) {
            format!("interface Row{k} {{\n{text}}}\n")
        } else {
            format!("type Row{k} = {{\n{text}}};\n")
        }
    }

    pub(super) fn function(&mut self, globals: &[Var]) -> String {
        let name = self.fresh("helper");
        let n = self.rng.range(1, 3);
        let mut env = globals.to_vec();
        let mut params = Vec::new();
        let mut sig = Vec::new();
        for _ in 0..n {
            let t = self.value_ty();
            let p = self.fresh("a");
            sig.push(if self.typed() {
                format!("{p}: {}", self.ty_name(&t))
            } else {
                p.clone()
            });
            env.push(Var::new(p, t.clone(), Change::None));
            params.push(t);
        }
        let ret = self.prim_ty();
        let mut body = Vec::new();
        if self.rng.one_in(2) {
            let c = self.expr(&env, &Ty::Bool, 2);
            body.push(format!(
                "if ({c}) {{\n  return {};\n}}",
                self.expr(&env, &ret, 2)
            ));
        }
        if let Some(Var { name: p, .. }) = env.iter().find(|v| matches!(v.ty, Ty::Arr(_))).cloned()
            && ret == Ty::Num
            && self.rng.one_in(2)
        {
            body.push(format!(
                "let n = 0;\nfor (const e of {p}) {{\n  n += 1;\n}}\nreturn n;"
            ));
        } else if params[0] == Ty::Num && ret == Ty::Num && self.rng.one_in(4) {
            // Recursion, bounded by the first parameter.
            let p = &env[globals.len()].name;
            body.push(format!("return {p} <= 0 ? 1 : {p} * {name}({p} - 1);"));
        } else {
            body.push(format!("return {};", self.expr(&env, &ret, 3)));
        }
        let ret_ann = if self.typed() {
            format!(": {}", self.ty_name(&ret))
        } else {
            String::new()
        };
        let text = format!(
            "function {name}({}){ret_ann} {{\n{}}}\n",
            sig.join(", "),
            indent(&body, 2)
        );
        self.funcs.push(Func { name, params, ret });
        text
    }

    /// State declarations for a component: `useState` (React) or `let` (.dx).
    pub(super) fn states(&mut self, env: &mut Vec<Var>, count: usize) -> Vec<String> {
        let mut out = Vec::new();
        for _ in 0..count {
            let ty = self.value_ty();
            let name = self.fresh("s");
            let init = self.expr(env, &ty, 1);
            match self.style {
                Style::Dx => {
                    let ann = if matches!(ty, Ty::Arr(_) | Ty::Rec(_)) {
                        format!(": {}", self.ty_name(&ty))
                    } else {
                        String::new()
                    };
                    out.push(format!("let {name}{ann} = {init};"));
                    env.push(Var::new(name, ty, Change::Assign));
                }
                _ => {
                    let set = format!("set{}", name.to_uppercase());
                    let ann = if self.typed() && matches!(ty, Ty::Arr(_) | Ty::Rec(_)) {
                        format!("<{}>", self.ty_name(&ty))
                    } else {
                        String::new()
                    };
                    out.push(format!("const [{name}, {set}] = useState{ann}({init});"));
                    env.push(Var::new(name, ty, Change::Setter(set)));
                }
            }
        }
        out
    }

    /// Derived values, `useMemo`, effects and render-time `let`s.
    pub(super) fn derived(&mut self, env: &mut Vec<Var>, count: usize) -> Vec<String> {
        let mut out = Vec::new();
        for _ in 0..count {
            let ty = self.value_ty();
            let name = self.fresh("d");
            let value = self.expr(env, &ty, 3);
            match self.rng.below(6) {
                0 if self.style != Style::Dx => {
                    out.push(format!(
                        "const {name} = useMemo(() => {}, []);",
                        paren(&value)
                    ));
                }
                1 if self.style != Style::Dx && ty == Ty::Str => {
                    let c = self.expr(env, &Ty::Bool, 2);
                    let more = self.expr(env, &Ty::Str, 1);
                    out.push(format!(
                        "let {name} = {value};\nif ({c}) {{\n  {name} = {name} + {more};\n}}"
                    ));
                }
                _ => out.push(format!("const {name} = {value};")),
            }
            env.push(Var::new(name, ty, Change::None));
        }
        if self.rng.one_in(4) {
            let body = self.stmts(env, 1, 1);
            let effect = match self.style {
                Style::Dx => format!("effect(() => {{\n{}}});", indent(&body, 2)),
                _ => format!("useEffect(() => {{\n{}}}, []);", indent(&body, 2)),
            };
            out.push(effect);
        }
        out
    }

    /// Named handlers of a component; returns their declarations and names.
    pub(super) fn handlers(&mut self, env: &[Var], count: usize) -> (Vec<String>, Vec<String>) {
        let mut decls = Vec::new();
        let mut names = Vec::new();
        for _ in 0..count {
            let name = self.fresh("handle");
            let body = {
                let n = self.rng.range(1, 3);
                self.stmts(env, 2, n)
            };
            decls.push(if self.rng.one_in(2) {
                format!("function {name}() {{\n{}}}", indent(&body, 2))
            } else {
                format!("const {name} = () => {{\n{}}};", indent(&body, 2))
            });
            names.push(name);
        }
        (decls, names)
    }

    pub(super) fn child_component(&mut self, globals: &[Var]) -> String {
        let name = format!("Child{}", self.components.len());
        let mut props = Vec::new();
        let mut env = globals.to_vec();
        let destructure = self.rng.percent(75);
        for _ in 0..self.rng.range(0, 3) {
            let p = self.fresh("p");
            let ty = if self.rng.one_in(4) {
                let t = self.prim_ty();
                Ty::Fn(Box::new(t))
            } else {
                self.value_ty()
            };
            let default = destructure && !matches!(ty, Ty::Fn(_)) && self.rng.one_in(4);
            let read = if destructure {
                p.clone()
            } else {
                format!("props.{p}")
            };
            env.push(Var::new(read, ty.clone(), Change::None));
            props.push((p, ty, default));
        }
        let children = self.rng.one_in(3);
        let mut body = Vec::new();
        let states = self.rng.range(0, 2);
        body.extend(self.states(&mut env, states));
        let n = self.rng.range(0, 1);
        body.extend(self.derived(&mut env, n));
        let stateful = states > 0 || body.iter().any(|s| s.contains("ffect("));
        let view = View {
            env: env.clone(),
            handler_env: env,
            handlers: Vec::new(),
            in_row: false,
        };
        let mut view = self.element(&view, 2);
        if children {
            let at = view.rfind("</").unwrap_or(view.len());
            let slot = if destructure {
                "{children}"
            } else {
                "{props.children}"
            };
            if view.ends_with("/>") {
                view = format!("<div>{view}{slot}</div>");
            } else {
                view.insert_str(at, slot);
            }
        }
        body.push(format!("return {view};"));
        let mut names: Vec<String> = props.iter().map(|(p, _, _)| p.clone()).collect();
        let mut types: Vec<String> = props
            .iter()
            .map(|(p, t, d)| format!("{p}{}: {}", if *d { "?" } else { "" }, self.ty_name(t)))
            .collect();
        for (i, (_, t, d)) in props.iter().enumerate() {
            if *d {
                names[i] = format!("{} = {}", names[i], self.lit(t));
            }
        }
        if children {
            names.push("children".into());
            types.push("children: ReactNode".into());
        }
        let param = if destructure {
            format!("{{ {} }}", names.join(", "))
        } else {
            "props".into()
        };
        let ann = if self.typed() {
            format!(": {{ {} }}", types.join("; "))
        } else {
            String::new()
        };
        self.components.push(Component {
            name: name.clone(),
            props,
            children,
            stateful,
        });
        format!("function {name}({param}{ann}) {{\n{}}}\n", indent(&body, 2))
    }

    pub(super) fn program(&mut self) -> String {
        let mut out = String::new();
        match self.style {
            Style::Tsx => {
                out += "import { useState, useEffect, useMemo, type ReactNode } from \"react\";\n\n"
            }
            Style::Jsx => out += "import { useState, useEffect, useMemo } from \"react\";\n\n",
            Style::Dx => {}
        }
        for _ in 0..self.rng.range(0, 2) {
            let decl = self.record();
            if self.typed() {
                out += &decl;
                out += "\n";
            }
        }
        let mut globals = Vec::new();
        let mut module_lets = Vec::new();
        for _ in 0..self.rng.range(0, 2) {
            let ty = self.value_ty();
            let name = self.fresh("K");
            let value = self.lit(&ty);
            let ann = if self.typed() && matches!(ty, Ty::Arr(_) | Ty::Rec(_)) {
                format!(": {}", self.ty_name(&ty))
            } else {
                String::new()
            };
            out += &format!("const {name}{ann} = {value};\n");
            globals.push(Var::new(name, ty, Change::None));
        }
        for _ in 0..self.rng.range(0, 2) {
            let ty = if self.rng.one_in(3) { Ty::Str } else { Ty::Num };
            let name = self.fresh("counter");
            out += &format!("let {name} = {};\n", self.lit(&ty));
            module_lets.push(Var::new(name, ty, Change::Assign));
        }
        out += "\n";
        for _ in 0..self.rng.range(0, 3) {
            out += &self.function(&globals);
            out += "\n";
        }
        for _ in 0..self.rng.range(0, 3) {
            out += &self.child_component(&globals);
            out += "\n";
        }
        // The entry component.
        let mut env = globals.clone();
        let mut body = Vec::new();
        let n = self.rng.range(1, 5);
        body.extend(self.states(&mut env, n));
        let n = self.rng.range(0, 3);
        body.extend(self.derived(&mut env, n));
        let mut handler_env = env.clone();
        handler_env.extend(module_lets);
        let n = self.rng.range(0, 3);
        let (decls, handlers) = self.handlers(&handler_env, n);
        body.extend(decls);
        let view = View {
            env: env.clone(),
            handler_env,
            handlers,
            in_row: false,
        };
        if self.style != Style::Dx && self.rng.one_in(6) {
            let c = self.expr(&env, &Ty::Bool, 2);
            let early = self.element(&view, 1);
            body.push(format!("if ({c}) {{\n  return {early};\n}}"));
        }
        let n = self.rng.range(1, 5);
        let children: Vec<String> = (0..n)
            .map(|_| format!("  {}\n", self.child(&view, 3)))
            .collect();
        body.push(format!(
            "return (\n  <main>\n{}  </main>\n);",
            indent(&children, 2)
        ));
        out += &format!("export default function App() {{\n{}}}\n", indent(&body, 2));
        out
    }
}
