//! `Set` and `Map`: `new Set(items)`, `new Map(entries)`, their methods (`has`, `add`, `get`,
//! `set`, `delete`, `clear`, `forEach`, `keys`, `values`, `entries`), `size`, and their
//! use where JavaScript iterates them (`for … of`, `[...set]`, `Array.from(map)`).
//!
//! A `Set<T>` is a record holding one array of its items in insertion order
//! (`Types::set`); a `Map<K, V>` a record holding its keys and its values, index by index
//! (`Types::map`). Both are shared by reference, as JavaScript's are: `add`, `set`, `delete`
//! and `clear` change the one object (React code copies first: `new Set(prev)`). Lookups are
//! linear scans, which for the sizes a UI keeps costs less than hashing would.
//! Keys and items are compared as `includes` / `indexOf` compare (numbers, strings,
//! booleans); objects as keys are not supported yet.

use oxc_span::Span;

use super::build::{bin, copy, eval, g, not, num, op};
use super::expr::Ctx;
use super::plan::{ArrayOp, BinaryOp, GExpr, GKind, GStmt, LocalId, Ty};
use super::{Instance, Lowerer};
use crate::diagnostics::{Code, Diagnostic, Result};
use crate::ir::{CollectionKind, Expr};

/// What a value's type says about it as a collection.
#[derive(Clone, Copy)]
pub(crate) enum Collection {
    /// A `Set` of `elem`; `items` is the array type of its one field.
    Set { elem: Ty, items: Ty },
    /// A `Map` from `key` to `value`; `keys` and `values` are its two fields' array types.
    Map {
        key: Ty,
        value: Ty,
        keys: Ty,
        values: Ty,
    },
}

impl Lowerer<'_> {
    /// `ty` as a `Set` or a `Map`, if it is one.
    pub(crate) fn collection(&self, ty: Ty) -> Option<Collection> {
        let types = self.types.borrow();
        let Ty::Rec(id) = ty else { return None };
        match types.fields(id) {
            [(name, items @ Ty::Arr(a))] if name == crate::types::SET_FIELD => {
                Some(Collection::Set {
                    elem: types.elem(*a),
                    items: *items,
                })
            }
            [(k, keys @ Ty::Arr(ka)), (v, values @ Ty::Arr(va))]
                if k == crate::types::MAP_KEYS_FIELD && v == crate::types::MAP_VALUES_FIELD =>
            {
                Some(Collection::Map {
                    key: types.elem(*ka),
                    value: types.elem(*va),
                    keys: *keys,
                    values: *values,
                })
            }
            _ => None,
        }
    }

    /// `new Set(source?)` / `new Map(source?)`, of type `expected` when the context says it
    /// (`useState<Set<number>>(new Set())`).
    pub(crate) fn new_collection(
        &self,
        inst: &Instance,
        kind: CollectionKind,
        source: Option<&Expr>,
        expected: Option<Ty>,
        cx: &mut Ctx,
        span: Span,
    ) -> Result<GExpr> {
        let source = match source {
            // `new Map([["mon", "Ana"], …])`: the pairs are `[key, value]` tuples.
            Some(s) if kind == CollectionKind::Map => {
                Some(match self.literal_pairs(inst, s, cx)? {
                    Some(pairs) => pairs,
                    None => self.expr(inst, s, cx)?,
                })
            }
            Some(s) => Some(self.expr(inst, s, cx)?),
            None => None,
        };
        let mut b = Builder::new(self, cx);
        match kind {
            CollectionKind::Set => {
                let elem = match (&source, expected.and_then(|t| self.collection(t))) {
                    (_, Some(Collection::Set { elem, .. })) => elem,
                    (Some(s), _) => self
                        .iterated_elem(s.ty)
                        .ok_or_else(|| not_iterable(span, &self.show(s.ty)))?,
                    (None, _) => return Err(unknown_type(span, "Set")),
                };
                let ty = self.types.borrow_mut().set(elem);
                let Some(Collection::Set { items, .. }) = self.collection(ty) else {
                    return Err(unknown_type(span, "Set"));
                };
                let out = b.local(items);
                b.push(GStmt::Let {
                    local: out,
                    value: g(GKind::NewArray(Vec::new()), items),
                });
                if let Some(source) = source {
                    let array = self.iterable_array(source, b.cx)?;
                    if array.ty != items {
                        return Err(mismatch(
                            span,
                            "the items of this Set",
                            &self.show(items),
                            &self.show(array.ty),
                        ));
                    }
                    // Items in order, each once.
                    b.each(array, elem, |b, x| {
                        let present = op(
                            ArrayOp::Includes,
                            vec![b.get(out, items), x.clone()],
                            Ty::Bool,
                        );
                        vec![GStmt::If {
                            test: not(present),
                            then: vec![eval(op(
                                ArrayOp::Push,
                                vec![b.get(out, items), x],
                                Ty::Num,
                            ))],
                            otherwise: Vec::new(),
                        }]
                    });
                }
                let record = g(GKind::NewRecord(vec![b.get(out, items)]), ty);
                Ok(b.finish(record))
            }
            CollectionKind::Map => {
                let (key, value) = match (&source, expected.and_then(|t| self.collection(t))) {
                    (_, Some(Collection::Map { key, value, .. })) => (key, value),
                    (Some(s), _) => self
                        .entry_types(s.ty)
                        .ok_or_else(|| not_iterable(span, &self.show(s.ty)))?,
                    (None, _) => return Err(unknown_type(span, "Map")),
                };
                let ty = self.types.borrow_mut().map(key, value);
                let Some(Collection::Map { keys, values, .. }) = self.collection(ty) else {
                    return Err(unknown_type(span, "Map"));
                };
                let (k_out, v_out) = (b.local(keys), b.local(values));
                b.push(GStmt::Let {
                    local: k_out,
                    value: g(GKind::NewArray(Vec::new()), keys),
                });
                b.push(GStmt::Let {
                    local: v_out,
                    value: g(GKind::NewArray(Vec::new()), values),
                });
                if let Some(source) = source {
                    let entries = self.iterable_array(source, b.cx)?;
                    let Some(entry) = self.iterated_elem(entries.ty) else {
                        return Err(not_iterable(span, &self.show(entries.ty)));
                    };
                    let (k0, k1) = self
                        .tuple_indices(entry)
                        .ok_or_else(|| not_iterable(span, &self.show(entries.ty)))?;
                    // A key seen again keeps its place and takes the later value.
                    b.each(entries, entry, |b, e| {
                        let k = g(GKind::Field(Box::new(e.clone()), k0), key);
                        let v = g(GKind::Field(Box::new(e), k1), value);
                        let at = b.local(Ty::Num);
                        vec![
                            GStmt::Let {
                                local: at,
                                value: op(
                                    ArrayOp::IndexOf,
                                    vec![b.get(k_out, keys), k.clone()],
                                    Ty::Num,
                                ),
                            },
                            GStmt::If {
                                test: bin(BinaryOp::Lt, b.get(at, Ty::Num), num(0.0)),
                                then: vec![
                                    eval(op(ArrayOp::Push, vec![b.get(k_out, keys), k], Ty::Num)),
                                    eval(op(
                                        ArrayOp::Push,
                                        vec![b.get(v_out, values), v.clone()],
                                        Ty::Num,
                                    )),
                                ],
                                otherwise: vec![GStmt::SetIndex {
                                    array: b.get(v_out, values),
                                    index: b.get(at, Ty::Num),
                                    value: v,
                                }],
                            },
                        ]
                    });
                }
                let record = g(
                    GKind::NewRecord(vec![b.get(k_out, keys), b.get(v_out, values)]),
                    ty,
                );
                Ok(b.finish(record))
            }
        }
    }

    /// An array literal of two-element array literals, as an array of `[key, value]` tuples
    /// (the key and value types are the first pair's); `None` for anything else.
    fn literal_pairs(&self, inst: &Instance, e: &Expr, cx: &mut Ctx) -> Result<Option<GExpr>> {
        let crate::ir::ExprKind::Array(items) = &e.kind else {
            return Ok(None);
        };
        let mut pairs = Vec::new();
        for item in items {
            match &item.value.kind {
                crate::ir::ExprKind::Array(pair)
                    if !item.spread && pair.len() == 2 && pair.iter().all(|p| !p.spread) =>
                {
                    pairs.push((&pair[0].value, &pair[1].value))
                }
                _ => return Ok(None),
            }
        }
        let Some(&(k0, v0)) = pairs.first() else {
            return Ok(None);
        };
        let key = self.value(inst, k0, cx)?.ty;
        let value = self.value_opt(inst, v0, cx)?.ty;
        let tuple = self.types.borrow_mut().record(vec![
            (crate::types::tuple_field(0), key),
            (crate::types::tuple_field(1), value),
        ]);
        let (ki, vi) = self
            .tuple_indices(tuple)
            .ok_or_else(|| unsupported(e.span, "this Map's entries"))?;
        let mut out = Vec::new();
        for (k, v) in pairs {
            let mut fields = vec![
                self.expr_as(inst, k, key, cx)?,
                self.expr_as(inst, v, value, cx)?,
            ];
            if ki == 1 && vi == 0 {
                fields.swap(0, 1);
            }
            out.push((false, g(GKind::NewRecord(fields), tuple)));
        }
        let ty = self.types.borrow_mut().array(tuple);
        Ok(Some(g(GKind::NewArray(out), ty)))
    }

    /// A method of a `Set` or `Map` `recv`; `None` when `recv` is neither.
    pub(crate) fn collection_method(
        &self,
        inst: &Instance,
        recv: &GExpr,
        name: &str,
        args: &[Expr],
        cx: &mut Ctx,
        span: Span,
    ) -> Result<Option<GExpr>> {
        let Some(collection) = self.collection(recv.ty) else {
            return Ok(None);
        };
        let undefined_bool = Ty::Bool.nullable(true).expect("booleans are nullable");
        let mut b = Builder::new(self, cx);
        let this = b.hold(recv.clone());
        let value = match (collection, name, args) {
            (Collection::Set { elem, items }, _, _) => {
                let list = || g(GKind::Field(Box::new(this.clone()), 0), items);
                match (name, args) {
                    ("has", [x]) => {
                        let x = self.expr_as(inst, x, elem, b.cx)?;
                        op(ArrayOp::Includes, vec![list(), x], Ty::Bool)
                    }
                    ("add", [x]) => {
                        let x = self.expr_as(inst, x, elem, b.cx)?;
                        let x = b.hold(x);
                        let present = op(ArrayOp::Includes, vec![list(), x.clone()], Ty::Bool);
                        b.push(GStmt::If {
                            test: not(present),
                            then: vec![eval(op(ArrayOp::Push, vec![list(), x], Ty::Num))],
                            otherwise: Vec::new(),
                        });
                        this.clone()
                    }
                    ("delete", [x]) => {
                        let x = self.expr_as(inst, x, elem, b.cx)?;
                        let at = b.local(Ty::Num);
                        b.push(GStmt::Let {
                            local: at,
                            value: op(ArrayOp::IndexOf, vec![list(), x], Ty::Num),
                        });
                        let found = bin(BinaryOp::Ge, b.get(at, Ty::Num), num(0.0));
                        b.push(GStmt::If {
                            test: found.clone(),
                            then: vec![eval(op(
                                ArrayOp::Splice,
                                vec![list(), b.get(at, Ty::Num), num(1.0)],
                                items,
                            ))],
                            otherwise: Vec::new(),
                        });
                        found
                    }
                    ("clear", []) => {
                        b.push(GStmt::SetField {
                            object: this.clone(),
                            index: 0,
                            value: g(GKind::NewArray(Vec::new()), items),
                        });
                        g(GKind::Null, undefined_bool)
                    }
                    ("values" | "keys", []) => copy(list()),
                    ("forEach", [callback]) => {
                        let value = self.array_method(
                            inst,
                            list(),
                            "forEach",
                            std::slice::from_ref(callback),
                            b.cx,
                            span,
                        )?;
                        b.push(eval(value));
                        g(GKind::Null, undefined_bool)
                    }
                    _ => {
                        return Err(unsupported(
                            span,
                            &format!("`.{name}()` of a Set with these arguments"),
                        ));
                    }
                }
            }
            (
                Collection::Map {
                    key,
                    value,
                    keys,
                    values,
                },
                _,
                _,
            ) => {
                let ks = || g(GKind::Field(Box::new(this.clone()), 0), keys);
                let vs = || g(GKind::Field(Box::new(this.clone()), 1), values);
                let index_of = |b: &mut Builder<'_, '_>, k: GExpr| {
                    let at = b.local(Ty::Num);
                    b.push(GStmt::Let {
                        local: at,
                        value: op(ArrayOp::IndexOf, vec![ks(), k], Ty::Num),
                    });
                    at
                };
                match (name, args) {
                    ("get", [k]) => {
                        let k = self.expr_as(inst, k, key, b.cx)?;
                        let at = index_of(&mut b, k);
                        let ty = value.nullable(true).ok_or_else(|| {
                            unsupported(span, "`get` of a Map whose values may be null")
                        })?;
                        let found = g(
                            GKind::Index(Box::new(vs()), Box::new(b.get(at, Ty::Num))),
                            value,
                        );
                        let found = if ty == value {
                            found
                        } else {
                            g(GKind::Wrap(Box::new(found)), ty)
                        };
                        g(
                            GKind::Cond(
                                Box::new(bin(BinaryOp::Lt, b.get(at, Ty::Num), num(0.0))),
                                Box::new(g(GKind::Null, ty)),
                                Box::new(found),
                            ),
                            ty,
                        )
                    }
                    ("has", [k]) => {
                        let k = self.expr_as(inst, k, key, b.cx)?;
                        op(ArrayOp::Includes, vec![ks(), k], Ty::Bool)
                    }
                    ("set", [k, v]) => {
                        let k = self.expr_as(inst, k, key, b.cx)?;
                        let k = b.hold(k);
                        let v = self.expr_as(inst, v, value, b.cx)?;
                        let v = b.hold(v);
                        let at = index_of(&mut b, k.clone());
                        b.push(GStmt::If {
                            test: bin(BinaryOp::Lt, b.get(at, Ty::Num), num(0.0)),
                            then: vec![
                                eval(op(ArrayOp::Push, vec![ks(), k], Ty::Num)),
                                eval(op(ArrayOp::Push, vec![vs(), v.clone()], Ty::Num)),
                            ],
                            otherwise: vec![GStmt::SetIndex {
                                array: vs(),
                                index: b.get(at, Ty::Num),
                                value: v,
                            }],
                        });
                        this.clone()
                    }
                    ("delete", [k]) => {
                        let k = self.expr_as(inst, k, key, b.cx)?;
                        let at = index_of(&mut b, k);
                        let found = bin(BinaryOp::Ge, b.get(at, Ty::Num), num(0.0));
                        b.push(GStmt::If {
                            test: found.clone(),
                            then: vec![
                                eval(op(
                                    ArrayOp::Splice,
                                    vec![ks(), b.get(at, Ty::Num), num(1.0)],
                                    keys,
                                )),
                                eval(op(
                                    ArrayOp::Splice,
                                    vec![vs(), b.get(at, Ty::Num), num(1.0)],
                                    values,
                                )),
                            ],
                            otherwise: Vec::new(),
                        });
                        found
                    }
                    ("clear", []) => {
                        b.push(GStmt::SetField {
                            object: this.clone(),
                            index: 0,
                            value: g(GKind::NewArray(Vec::new()), keys),
                        });
                        b.push(GStmt::SetField {
                            object: this.clone(),
                            index: 1,
                            value: g(GKind::NewArray(Vec::new()), values),
                        });
                        g(GKind::Null, undefined_bool)
                    }
                    ("keys", []) => copy(ks()),
                    ("values", []) => copy(vs()),
                    ("entries", []) => {
                        self.map_entries(this.clone(), key, value, keys, values, b.cx)
                    }
                    _ => {
                        return Err(unsupported(
                            span,
                            &format!("`.{name}()` of a Map with these arguments"),
                        ));
                    }
                }
            }
        };
        Ok(Some(b.finish(value)))
    }

    /// `collection.size`; `None` when `v` is not a collection.
    pub(crate) fn collection_size(&self, v: &GExpr) -> Option<GExpr> {
        let items = match self.collection(v.ty)? {
            Collection::Set { items, .. } => items,
            Collection::Map { keys, .. } => keys,
        };
        let list = g(GKind::Field(Box::new(v.clone()), 0), items);
        Some(g(GKind::ArrayLen(Box::new(list)), Ty::Num))
    }

    /// What JavaScript iterates in `v`, as an array: a Set's items, a Map's `[key, value]`
    /// entries, an array itself.
    pub(crate) fn iterable_array(&self, v: GExpr, cx: &mut Ctx) -> Result<GExpr> {
        match self.collection(v.ty) {
            Some(Collection::Set { items, .. }) => Ok(g(GKind::Field(Box::new(v), 0), items)),
            Some(Collection::Map {
                key,
                value,
                keys,
                values,
            }) => Ok(self.map_entries(v, key, value, keys, values, cx)),
            None => Ok(v),
        }
    }

    /// The `[key, value]` pairs of a Map, as a new array of tuples.
    pub(crate) fn map_entries(
        &self,
        map: GExpr,
        key: Ty,
        value: Ty,
        keys: Ty,
        values: Ty,
        cx: &mut Ctx,
    ) -> GExpr {
        let pair = self.types.borrow_mut().record(vec![
            (crate::types::tuple_field(0), key),
            (crate::types::tuple_field(1), value),
        ]);
        let pairs = self.types.borrow_mut().array(pair);
        let mut b = Builder::new(self, cx);
        let m = b.hold(map);
        let out = b.local(pairs);
        b.push(GStmt::Let {
            local: out,
            value: g(GKind::NewArray(Vec::new()), pairs),
        });
        let ks = g(GKind::Field(Box::new(m.clone()), 0), keys);
        let vs = g(GKind::Field(Box::new(m), 1), values);
        let vs_for_body = vs.clone();
        b.each_index(ks.clone(), |b, i| {
            let k = g(GKind::Index(Box::new(ks.clone()), Box::new(i.clone())), key);
            let v = g(
                GKind::Index(Box::new(vs_for_body.clone()), Box::new(i)),
                value,
            );
            vec![eval(op(
                ArrayOp::Push,
                vec![b.get(out, pairs), g(GKind::NewRecord(vec![k, v]), pair)],
                Ty::Num,
            ))]
        });
        let result = b.get(out, pairs);
        b.finish(result)
    }

    /// The element type of what JavaScript iterates in a value of type `ty`.
    pub(crate) fn iterated_elem(&self, ty: Ty) -> Option<Ty> {
        match (ty, self.collection(ty)) {
            (_, Some(Collection::Set { elem, .. })) => Some(elem),
            (_, Some(Collection::Map { key, value, .. })) => {
                Some(self.types.borrow_mut().record(vec![
                    (crate::types::tuple_field(0), key),
                    (crate::types::tuple_field(1), value),
                ]))
            }
            (Ty::Arr(id), None) => Some(self.types.borrow().elem(id)),
            _ => None,
        }
    }

    /// The key and value types of `[key, value]` entries iterated from `ty`.
    fn entry_types(&self, ty: Ty) -> Option<(Ty, Ty)> {
        let entry = self.iterated_elem(ty)?;
        let (k, v) = self.tuple_indices(entry)?;
        let Ty::Rec(id) = entry else { return None };
        let types = self.types.borrow();
        let fields = types.fields(id);
        Some((fields[k].1, fields[v].1))
    }

    /// The layout indices of fields `#0` and `#1` of a two-element tuple type.
    fn tuple_indices(&self, ty: Ty) -> Option<(usize, usize)> {
        let Ty::Rec(id) = ty else { return None };
        let types = self.types.borrow();
        let k = types.field(id, &crate::types::tuple_field(0))?.0;
        let v = types.field(id, &crate::types::tuple_field(1))?.0;
        (types.fields(id).len() == 2).then_some((k, v))
    }
}

/// Statements built before a value, in the caller's locals; `finish` wraps them and the
/// value in a block.
struct Builder<'l, 'c> {
    lowerer: &'l Lowerer<'l>,
    cx: &'c mut Ctx,
    body: Vec<GStmt>,
}

impl<'l, 'c> Builder<'l, 'c> {
    fn new(lowerer: &'l Lowerer<'l>, cx: &'c mut Ctx) -> Self {
        Builder {
            lowerer,
            cx,
            body: Vec::new(),
        }
    }

    fn local(&mut self, ty: Ty) -> LocalId {
        self.cx.scratch_locals().fresh(ty)
    }

    fn get(&self, local: LocalId, ty: Ty) -> GExpr {
        g(GKind::Local(local), ty)
    }

    fn push(&mut self, stmt: GStmt) {
        self.body.push(stmt);
    }

    /// `v` in a local (read more than once).
    fn hold(&mut self, v: GExpr) -> GExpr {
        let ty = v.ty;
        let local = self.local(ty);
        self.push(GStmt::Let { local, value: v });
        self.get(local, ty)
    }

    /// A loop over `array`'s elements (of type `elem`), each read once into a local.
    fn each(&mut self, array: GExpr, elem: Ty, body: impl FnOnce(&mut Self, GExpr) -> Vec<GStmt>) {
        let array = self.hold(array);
        let x = self.local(elem);
        let read = self.get(x, elem);
        let array_for_read = array.clone();
        self.each_index(array, move |b, i| {
            let mut stmts = vec![GStmt::Let {
                local: x,
                value: g(GKind::Index(Box::new(array_for_read), Box::new(i)), elem),
            }];
            stmts.extend(body(b, read));
            stmts
        });
    }

    /// A loop over the indices of `array` (held by the caller if computed).
    fn each_index(&mut self, array: GExpr, body: impl FnOnce(&mut Self, GExpr) -> Vec<GStmt>) {
        let (i, n) = (self.local(Ty::Num), self.local(Ty::Num));
        self.push(GStmt::Let {
            local: n,
            value: g(GKind::ArrayLen(Box::new(array)), Ty::Num),
        });
        self.push(GStmt::Let {
            local: i,
            value: num(0.0),
        });
        let index = self.get(i, Ty::Num);
        let stmts = body(self, index.clone());
        self.push(GStmt::Loop {
            test: Some(bin(BinaryOp::Lt, index.clone(), self.get(n, Ty::Num))),
            body: stmts,
            update: vec![GStmt::Let {
                local: i,
                value: g(
                    GKind::Binary(BinaryOp::Add, Box::new(index), Box::new(num(1.0))),
                    Ty::Num,
                ),
            }],
            test_at_end: false,
        });
    }

    fn finish(self, value: GExpr) -> GExpr {
        let _ = self.lowerer;
        value.after(self.body)
    }
}

fn unknown_type(span: Span, what: &str) -> Diagnostic {
    Diagnostic::new(
        Code::EmptyArrayType,
        span,
        format!("the type of this empty {what} is not known"),
    )
    .with_hint(format!(
        "give it a type: `new {what}<number>()`, or `useState<{what}<…>>(new {what}())`"
    ))
}

fn not_iterable(span: Span, ty: &str) -> Diagnostic {
    Diagnostic::new(
        Code::TypeMismatch,
        span,
        format!("a {ty} cannot be iterated here"),
    )
    .with_hint("give an array, a Set or a Map (a Map takes `[key, value]` pairs)")
}

fn mismatch(span: Span, what: &str, want: &str, found: &str) -> Diagnostic {
    Diagnostic::new(
        Code::TypeMismatch,
        span,
        format!("{what} should be {want}, found {found}"),
    )
}

fn unsupported(span: Span, what: &str) -> Diagnostic {
    Diagnostic::new(
        Code::UnsupportedCall,
        span,
        format!("{what} is not supported yet"),
    )
}
