//! JSX: elements with attributes, text, conditionals, keyed lists, controlled inputs and
//! child components with props and callbacks.

use super::{Change, Gen, TAGS, Ty, Var, View, WORDS, indent};

impl Gen<'_> {
    /// An event handler attribute value.
    pub(super) fn handler(&mut self, view: &View, depth: u32) -> String {
        if !view.handlers.is_empty() && self.rng.one_in(2) {
            return self.rng.pick(&view.handlers).clone();
        }
        let n = self.rng.range(1, 2);
        let body = self.stmts(&view.handler_env, depth.min(2), n);
        if body.len() == 1 && !body[0].contains('\n') && !body[0].starts_with("const") {
            format!("() => {}", body[0].trim_end_matches(';'))
        } else {
            format!("() => {{\n{}}}", indent(&body, 2))
        }
    }

    pub(super) fn attributes(&mut self, env: &[Var], tag: &str) -> String {
        let mut out = String::new();
        for _ in 0..self.rng.below(3) {
            out += &match self.rng.below(8) {
                0 => format!(" className={{{}}}", self.expr(env, &Ty::Str, 1)),
                1 => format!(" className=\"{}\"", self.rng.pick(&["a", "b c", "on"])),
                2 => format!(" title={{{}}}", self.expr(env, &Ty::Str, 1)),
                3 => format!(" hidden={{{}}}", self.expr(env, &Ty::Bool, 1)),
                4 => format!(
                    " style={{{{ width: {}, color: {} }}}}",
                    self.expr(env, &Ty::Num, 1),
                    self.expr(env, &Ty::Str, 0)
                ),
                5 => format!(" data-n={{{}}}", self.expr(env, &Ty::Num, 1)),
                6 if tag == "label" => " htmlFor=\"f\"".to_string(),
                6 => format!(" aria-label={{{}}}", self.expr(env, &Ty::Str, 1)),
                _ => format!(" tabIndex={{{}}}", self.expr(env, &Ty::Num, 0)),
            };
        }
        out
    }

    pub(super) fn element(&mut self, view: &View, depth: u32) -> String {
        let tag = *self.rng.pick(TAGS);
        let attrs = self.attributes(&view.env, tag);
        let n = if depth == 0 {
            self.rng.below(2)
        } else {
            self.rng.range(0, 3)
        };
        let children: Vec<String> = (0..n).map(|_| self.child(view, depth)).collect();
        if children.is_empty() && self.rng.one_in(2) {
            format!("<{tag}{attrs} />")
        } else {
            format!("<{tag}{attrs}>{}</{tag}>", children.concat())
        }
    }

    /// A child of an element (what may go between its tags). Inside a list row, mostly
    /// what dx supports there (no conditional markup, nested lists or stateful components).
    pub(super) fn child(&mut self, view: &View, depth: u32) -> String {
        let d = depth.saturating_sub(1);
        let env = &view.env;
        let mut roll = if depth == 0 {
            self.rng.below(3)
        } else {
            self.rng.below(14)
        };
        if view.in_row && matches!(roll, 5..=8) && !self.rng.one_in(20) {
            roll = 3;
        }
        match roll {
            0 => self.rng.pick(WORDS).to_string(),
            1 => {
                let t = if self.rng.one_in(2) { Ty::Num } else { Ty::Str };
                format!("{{{}}}", self.expr(env, &t, 2))
            }
            2 => format!(
                "<button onClick={{{}}}>{}</button>",
                self.handler(view, 2),
                self.rng.pick(WORDS)
            ),
            3 | 4 => self.element(view, d),
            5 => format!(
                "{{{} && {}}}",
                self.expr(env, &Ty::Bool, 2),
                self.element(view, d)
            ),
            6 => {
                let other = if self.rng.one_in(3) {
                    "null".to_string()
                } else {
                    self.element(view, d)
                };
                format!(
                    "{{{} ? {} : {other}}}",
                    self.expr(env, &Ty::Bool, 2),
                    self.element(view, d)
                )
            }
            7 | 8 => self.list(view, d),
            9 | 10 if !self.components.is_empty() => self.use_component(view, d),
            11 => self.input(&view.handler_env),
            12 => format!("<>{}{}</>", self.child(view, d), self.child(view, d)),
            _ => self.element(view, d),
        }
    }

    /// `{items.map((item, i) => <li key={…}>…</li>)}`.
    pub(super) fn list(&mut self, view: &View, depth: u32) -> String {
        let (arr, elem) = self.any_array(&view.env, 1);
        let x = self.fresh("x");
        let i = self.fresh("i");
        let mut row = view.clone();
        row.in_row = true;
        for env in [&mut row.env, &mut row.handler_env] {
            env.push(Var::new(x.clone(), elem.clone(), Change::None));
            env.push(Var::new(i.clone(), Ty::Num, Change::None));
        }
        let key = match &elem {
            Ty::Rec(k) => match self.records[*k]
                .iter()
                .find(|(_, t)| matches!(t, Ty::Num | Ty::Str))
            {
                Some((f, _)) if !self.rng.one_in(5) => format!("{x}.{f}"),
                _ => i.clone(),
            },
            Ty::Num | Ty::Str if self.rng.one_in(2) => x.clone(),
            _ => i.clone(),
        };
        let tag = *self.rng.pick(&["li", "div", "p", "tr"]);
        let n = self.rng.range(1, 3);
        let children: Vec<String> = (0..n).map(|_| self.child(&row, depth)).collect();
        let filtered = if self.rng.one_in(4) {
            let (y, cond_env) = self.bind(&view.env, &elem);
            format!(".filter(({y}) => {})", self.expr(&cond_env, &Ty::Bool, 1))
        } else {
            String::new()
        };
        format!(
            "{{{arr}{filtered}.map(({x}, {i}) => <{tag} key={{{key}}}>{}</{tag}>)}}",
            children.concat()
        )
    }

    /// A controlled input for a string, number or boolean in `env` that can change.
    pub(super) fn input(&mut self, env: &[Var]) -> String {
        let candidates: Vec<&Var> = env
            .iter()
            .filter(|v| {
                matches!(v.change, Change::Setter(_))
                    || (v.change == Change::Assign && !v.name.starts_with("counter"))
            })
            .filter(|v| matches!(v.ty, Ty::Str | Ty::Bool | Ty::Num))
            .collect();
        if candidates.is_empty() {
            return "<input />".to_string();
        }
        let v = (*self.rng.pick(&candidates)).clone();
        let write = |value: &str| match &v.change {
            Change::Setter(set) => format!("{set}({value})"),
            _ => format!("({} = {value})", v.name),
        };
        let event = *self.rng.pick(&["onInput", "onChange"]);
        match v.ty {
            Ty::Bool => format!(
                "<input type=\"checkbox\" checked={{{}}} onChange={{(e) => {}}} />",
                v.name,
                write("e.target.checked")
            ),
            Ty::Num => format!(
                "<input type=\"number\" value={{{}}} {event}={{(e) => {}}} />",
                v.name,
                write("Number(e.target.value)")
            ),
            _ if self.rng.one_in(4) => format!(
                "<input value={{{}}} onKeyDown={{(e) => {{\n  if (e.key === \"Enter\") {{\n    {};\n  }}\n}}}} {event}={{(e) => {}}} />",
                v.name,
                write("\"\""),
                write("e.target.value")
            ),
            _ => format!(
                "<input value={{{}}} {event}={{(e) => {}}} />",
                v.name,
                write("e.target.value")
            ),
        }
    }

    pub(super) fn use_component(&mut self, view: &View, depth: u32) -> String {
        let fitting: Vec<usize> = (0..self.components.len())
            .filter(|&k| !view.in_row || !self.components[k].stateful)
            .collect();
        let k = if self.rng.one_in(20) {
            self.rng.below(self.components.len())
        } else if fitting.is_empty() {
            return self.element(view, depth);
        } else {
            *self.rng.pick(&fitting)
        };
        let name = self.components[k].name.clone();
        let props = self.components[k].props.clone();
        let has_children = self.components[k].children;
        let mut attrs = String::new();
        for (p, ty, default) in &props {
            if *default && self.rng.one_in(2) {
                continue;
            }
            let value = match ty {
                Ty::Fn(arg) => {
                    let (v, inner) = self.bind(&view.handler_env, arg);
                    let body = self.stmts(&inner, 1, 1);
                    format!("({v}) => {{\n{}}}", indent(&body, 2))
                }
                Ty::Str if self.rng.one_in(3) => {
                    attrs += &format!(" {p}=\"{}\"", self.rng.pick(WORDS));
                    continue;
                }
                t => self.expr(&view.env, t, 2),
            };
            attrs += &format!(" {p}={{{value}}}");
        }
        if has_children && !self.rng.one_in(3) {
            format!("<{name}{attrs}>{}</{name}>", self.child(view, depth))
        } else {
            format!("<{name}{attrs} />")
        }
    }
}
