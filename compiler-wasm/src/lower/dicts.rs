//! Objects used as dictionaries: `Record<string, V>`, `{ [key: string]: V }`, and what
//! `Object.fromEntries` builds — objects whose keys are known only at run time
//! (`counts[grade] = (counts[grade] || 0) + 1`, `{ ...done, [id]: true }`).
//!
//! A dictionary of `V` is a record holding its keys and its values, index by index
//! (`Types::dict`), like a `Map<string, V>` (`collections.rs`) but with an object's
//! behaviour: keys are strings (`d[1]` is `d["1"]`), a missing key reads `undefined`, and
//! the keys are kept in JavaScript's property order — keys that are array indices
//! (`"0"`, `"42"`) first in ascending order, then the others in insertion order — so
//! `Object.keys/values/entries` list them exactly as JavaScript does. Shared by reference
//! as objects are: `d[k] = v` and `delete d[k]` change the one object.
//! Lookups are linear scans, as for Maps.

use oxc_span::Span;

use super::Lowerer;
use super::build::{and, bin, copy, counted, eval, g, num, op, or};
use super::expr::Ctx;
use super::plan::{ArrayOp, BinaryOp, GExpr, GKind, GStmt, Ty};
use crate::diagnostics::{Code, Diagnostic, Result};

/// What a dictionary type holds.
#[derive(Clone, Copy)]
pub(crate) struct Dict {
    /// The type of its values.
    pub value: Ty,
    /// The array type of its keys (`string[]`), field 0.
    pub keys: Ty,
    /// The array type of its values, field 1.
    pub values: Ty,
}

/// The largest array index: keys up to it are ordered as numbers (ECMA-262 "array index").
const MAX_ARRAY_INDEX: f64 = 4_294_967_294.0;

impl Lowerer<'_> {
    /// The address of the `{}` local `o` was given, while its type is not known yet
    /// (`Lowerer::empty_objects`).
    /// Inside the callback of a `reduce` starting `{}`, an empty object keyed is taken to be
    /// the accumulator (its reads may be the initial value itself).
    pub(crate) fn empty_object_origin(&self, o: &GExpr) -> Option<usize> {
        let Ty::Rec(id) = o.ty else { return None };
        if !self.types.borrow().fields(id).is_empty() {
            return None;
        }
        let local = match o.kind {
            GKind::Local(l) => self
                .empty_objects
                .borrow()
                .iter()
                .rev()
                .find(|(x, _)| *x == l)
                .map(|&(_, key)| key),
            _ => None,
        };
        local.or_else(|| self.empty_accumulators.borrow().last().copied())
    }

    /// A key of type `value` is set on the `{}` at `key`: it is a dictionary of such values,
    /// learned for the next attempt (this one lowered its earlier uses without that type).
    pub(crate) fn learn_empty_object(&self, key: usize, value: Ty, span: Span) -> Diagnostic {
        if value != Ty::Null && !self.types.borrow().contains(value, Ty::Null) {
            let ty = self.types.borrow_mut().dict(value);
            self.learned.borrow_mut().empty_objects.insert(key, ty);
        }
        Diagnostic::new(
            Code::UnsupportedType,
            span,
            "the type of the values of this empty object is not known",
        )
        .with_hint("give it a type: `const counts: Record<string, number> = {}`")
    }

    /// A read of a key of an object that starts `{}` before its type is known: a stand-in
    /// (`null` of no type) so that the attempt reaches the write that tells the type; the
    /// attempt then fails (`Lowerer::empty_objects`).
    pub(crate) fn empty_object_read(&self, span: Span) -> GExpr {
        if self.empty_object_reads.get().is_none() {
            self.empty_object_reads.set(Some(span));
        }
        g(GKind::Null, Ty::Null)
    }

    /// `ty` as a dictionary, if it is one.
    pub(crate) fn dict(&self, ty: Ty) -> Option<Dict> {
        let Ty::Rec(id) = ty else { return None };
        let types = self.types.borrow();
        match types.fields(id) {
            [(k, keys @ Ty::Arr(_)), (v, values @ Ty::Arr(va))]
                if k == crate::types::DICT_KEYS_FIELD && v == crate::types::DICT_VALUES_FIELD =>
            {
                Some(Dict {
                    value: types.elem(*va),
                    keys: *keys,
                    values: *values,
                })
            }
            _ => None,
        }
    }

    /// A new empty dictionary of `ty`.
    pub(crate) fn new_dict(&self, ty: Ty) -> GExpr {
        let d = self.dict(ty).expect("a dictionary type");
        g(
            GKind::NewRecord(vec![
                g(GKind::NewArray(Vec::new()), d.keys),
                g(GKind::NewArray(Vec::new()), d.values),
            ]),
            ty,
        )
    }

    /// A property key as JavaScript makes one: strings as they are, numbers and booleans
    /// by their text (`d[1]` is `d["1"]`).
    pub(crate) fn dict_key(&self, key: GExpr, span: Span) -> Result<GExpr> {
        match key.ty {
            Ty::Str => Ok(key),
            Ty::Num | Ty::Bool => Ok(g(GKind::ToString(Box::new(key)), Ty::Str)),
            other => Err(Diagnostic::new(
                Code::UnsupportedMember,
                span,
                format!(
                    "a key of this object must be a string or a number, not {}",
                    self.show(other)
                ),
            )),
        }
    }

    /// `d[key]`: the value, or `undefined` when the key is not there.
    pub(crate) fn dict_get(&self, d: GExpr, key: GExpr, cx: &mut Ctx, span: Span) -> Result<GExpr> {
        let dict = self.dict(d.ty).expect("a dictionary");
        let key = self.dict_key(key, span)?;
        let ty = dict.value.nullable(true).ok_or_else(|| {
            Diagnostic::new(
                Code::UnsupportedType,
                span,
                "reading a key of an object whose values may be `null` is not supported yet",
            )
        })?;
        let mut b = Stmts::default();
        let d = b.hold(d, cx);
        let at = b.hold(index_of(&d, &dict, key), cx);
        let found = g(
            GKind::Index(Box::new(values(&d, &dict)), Box::new(at.clone())),
            dict.value,
        );
        let found = if ty == dict.value {
            found
        } else {
            g(GKind::Wrap(Box::new(found)), ty)
        };
        let value = g(
            GKind::Cond(
                Box::new(bin(BinaryOp::Lt, at, num(0.0))),
                Box::new(g(GKind::Null, ty)),
                Box::new(found),
            ),
            ty,
        );
        Ok(value.after(b.0))
    }

    /// `d[key] = value` as statements: replaces the value of a key that is there; a new key
    /// goes where JavaScript lists it (after the array-index keys below it if it is one,
    /// else last).
    pub(crate) fn dict_set(
        &self,
        d: GExpr,
        key: GExpr,
        value: GExpr,
        cx: &mut Ctx,
        span: Span,
    ) -> Result<Vec<GStmt>> {
        let dict = self.dict(d.ty).expect("a dictionary");
        let key = self.dict_key(key, span)?;
        let mut b = Stmts::default();
        let d = b.hold(d, cx);
        let key = b.hold(key, cx);
        let value = b.hold(value, cx);
        let at = b.hold(index_of(&d, &dict, key.clone()), cx);
        // A new key: its place.
        let mut insert = Stmts::default();
        let ks = keys(&d, &dict);
        let len = g(GKind::ArrayLen(Box::new(ks.clone())), Ty::Num);
        let pos = insert.hold(len.clone(), cx);
        let GKind::Local(pos_local) = pos.kind else {
            unreachable!("held in a local")
        };
        let n = insert.hold(array_index(key.clone(), cx), cx);
        let i = cx.scratch_locals().fresh(Ty::Num);
        let i_get = g(GKind::Local(i), Ty::Num);
        let m = array_index(
            g(
                GKind::Index(Box::new(ks.clone()), Box::new(i_get.clone())),
                Ty::Str,
            ),
            cx,
        );
        let m_local = cx.scratch_locals().fresh(Ty::Num);
        let m_get = g(GKind::Local(m_local), Ty::Num);
        let after = or(
            bin(BinaryOp::Lt, m_get.clone(), num(0.0)),
            bin(BinaryOp::Gt, m_get, n.clone()),
        );
        let search = counted(
            i,
            len,
            vec![
                GStmt::Let {
                    local: m_local,
                    value: m,
                },
                GStmt::If {
                    test: after,
                    then: vec![
                        GStmt::Let {
                            local: pos_local,
                            value: i_get,
                        },
                        GStmt::Break,
                    ],
                    otherwise: Vec::new(),
                },
            ],
            cx,
        );
        insert.0.push(GStmt::If {
            test: bin(BinaryOp::Ge, n, num(0.0)),
            then: search,
            otherwise: Vec::new(),
        });
        insert.0.push(eval(op(
            ArrayOp::Splice,
            vec![ks, pos.clone(), num(0.0), key],
            dict.keys,
        )));
        insert.0.push(eval(op(
            ArrayOp::Splice,
            vec![values(&d, &dict), pos, num(0.0), value.clone()],
            dict.values,
        )));
        b.0.push(GStmt::If {
            test: bin(BinaryOp::Lt, at.clone(), num(0.0)),
            then: insert.0,
            otherwise: vec![GStmt::SetIndex {
                array: values(&d, &dict),
                index: at,
                value,
            }],
        });
        Ok(b.0)
    }

    /// `{ ...d }`: a new dictionary with the same keys and values.
    pub(crate) fn dict_copy(&self, d: GExpr, cx: &mut Ctx) -> GExpr {
        let dict = self.dict(d.ty).expect("a dictionary");
        let ty = d.ty;
        let mut b = Stmts::default();
        let d = b.hold(d, cx);
        g(
            GKind::NewRecord(vec![copy(keys(&d, &dict)), copy(values(&d, &dict))]),
            ty,
        )
        .after(b.0)
    }

    /// `{ ...d, [key]: value }`: a copy with the key set.
    pub(crate) fn dict_with(
        &self,
        d: GExpr,
        key: GExpr,
        value: GExpr,
        cx: &mut Ctx,
        span: Span,
    ) -> Result<GExpr> {
        let ty = d.ty;
        let copied = self.dict_copy(d, cx);
        let mut b = Stmts::default();
        let out = b.hold(copied, cx);
        b.0.extend(self.dict_set(out.clone(), key, value, cx, span)?);
        Ok(GExpr { kind: out.kind, ty }.after(b.0))
    }

    /// `Object.keys(d)`, `Object.values(d)`: a copy of its keys or values, in order.
    pub(crate) fn dict_list(&self, d: GExpr, values_of: bool) -> GExpr {
        let dict = self.dict(d.ty).expect("a dictionary");
        if values_of {
            copy(values(&d, &dict))
        } else {
            copy(keys(&d, &dict))
        }
    }

    /// An object literal of dictionary type `ty`: `{}`, `{ a: 1, [k]: 2 }`, `{ ...d, a: 1 }`
    /// (`start`: the first spread, already lowered), keys set in order.
    pub(crate) fn dict_literal(
        &self,
        inst: &super::Instance,
        fields: &[(Option<String>, crate::ir::Expr)],
        ty: Ty,
        start: Option<GExpr>,
        cx: &mut Ctx,
        span: Span,
    ) -> Result<GExpr> {
        let dict = self.dict(ty).expect("a dictionary type");
        let mut b = Stmts::default();
        let first = match start {
            Some(d) => self.dict_copy(d, cx),
            None => self.new_dict(ty),
        };
        let out = b.hold(first, cx);
        for (name, value) in fields {
            match name {
                Some(name) => {
                    let v = self.expr_as(inst, value, dict.value, cx)?;
                    let key = g(GKind::Str(name.clone()), Ty::Str);
                    b.0.extend(self.dict_set(out.clone(), key, v, cx, value.span)?);
                }
                None => {
                    let src = self.expr(inst, value, cx)?;
                    if src.ty != ty {
                        return Err(Diagnostic::new(
                            Code::TypeMismatch,
                            value.span,
                            format!(
                                "spread {} into an object of {} values",
                                self.show(src.ty),
                                self.show(dict.value)
                            ),
                        ));
                    }
                    b.0.extend(self.dict_merge(out.clone(), src, cx, span)?);
                }
            }
        }
        Ok(out.after(b.0))
    }

    /// Sets every key of dictionary `src` in `out`, in order (`{ ...a, ...b }`).
    fn dict_merge(&self, out: GExpr, src: GExpr, cx: &mut Ctx, span: Span) -> Result<Vec<GStmt>> {
        let dict = self.dict(src.ty).expect("a dictionary");
        let mut b = Stmts::default();
        let src = b.hold(src, cx);
        let i = cx.scratch_locals().fresh(Ty::Num);
        let i_get = g(GKind::Local(i), Ty::Num);
        let key = g(
            GKind::Index(Box::new(keys(&src, &dict)), Box::new(i_get.clone())),
            Ty::Str,
        );
        let value = g(
            GKind::Index(Box::new(values(&src, &dict)), Box::new(i_get)),
            dict.value,
        );
        let body = self.dict_set(out, key, value, cx, span)?;
        let len = g(GKind::ArrayLen(Box::new(keys(&src, &dict))), Ty::Num);
        b.0.extend(counted(i, len, body, cx));
        Ok(b.0)
    }

    /// `Object.entries(d)`: its `[key, value]` pairs, in order.
    pub(crate) fn dict_entries(&self, d: GExpr, cx: &mut Ctx) -> GExpr {
        let dict = self.dict(d.ty).expect("a dictionary");
        self.map_entries(d, Ty::Str, dict.value, dict.keys, dict.values, cx)
    }

    /// `Object.fromEntries(pairs)`: a dictionary of the `[key, value]` pairs, a later pair
    /// replacing the value of an earlier one with its key (which keeps its place).
    pub(crate) fn dict_from_entries(
        &self,
        pairs: GExpr,
        cx: &mut Ctx,
        span: Span,
    ) -> Result<GExpr> {
        // Pairs written as arrays of one type (`[["a", "x"], ["b", "y"]]`, `[v, k]` of two
        // strings): element 0 is the key, element 1 the value.
        let as_arrays = match pairs.ty {
            Ty::Arr(id) => match self.types.borrow().elem(id) {
                Ty::Arr(inner) => Some((Ty::Arr(inner), self.types.borrow().elem(inner))),
                _ => None,
            },
            _ => None,
        };
        let layout = match as_arrays {
            Some(_) => None,
            None => self.entry_layout(pairs.ty),
        };
        let Some((pair, read_key, read_value)) = (match (as_arrays, layout) {
            (Some((pair, item)), _) => Some((pair, Read::Index(0, item), Read::Index(1, item))),
            (None, Some((pair, (k, v)))) => {
                let Ty::Rec(pid) = pair else {
                    unreachable!("a tuple")
                };
                let types = self.types.borrow();
                let f = types.fields(pid);
                Some((pair, Read::Field(k, f[k].1), Read::Field(v, f[v].1)))
            }
            _ => None,
        }) else {
            return Err(Diagnostic::new(
                Code::TypeMismatch,
                span,
                format!(
                    "`Object.fromEntries` takes `[key, value]` pairs, not {}",
                    self.show(pairs.ty)
                ),
            )
            .with_hint("map the items to pairs: `items.map((x) => [x.id, x])`"));
        };
        let ty = self.types.borrow_mut().dict(read_value.ty());
        let mut b = Stmts::default();
        let out = b.hold(self.new_dict(ty), cx);
        let list = b.hold(pairs, cx);
        let i = cx.scratch_locals().fresh(Ty::Num);
        let item = g(
            GKind::Index(
                Box::new(list.clone()),
                Box::new(g(GKind::Local(i), Ty::Num)),
            ),
            pair,
        );
        let item_local = cx.scratch_locals().fresh(pair);
        let item_get = g(GKind::Local(item_local), pair);
        let key = read_key.of(item_get.clone());
        let value = read_value.of(item_get);
        let mut body = vec![GStmt::Let {
            local: item_local,
            value: item,
        }];
        body.extend(self.dict_set(out.clone(), key, value, cx, span)?);
        let len = g(GKind::ArrayLen(Box::new(list)), Ty::Num);
        b.0.extend(counted(i, len, body, cx));
        Ok(out.after(b.0))
    }

    /// The pair type of an array of `[key, value]` tuples and the layout indices of its two
    /// fields.
    fn entry_layout(&self, ty: Ty) -> Option<(Ty, (usize, usize))> {
        let Ty::Arr(id) = ty else { return None };
        let pair = self.types.borrow().elem(id);
        let Ty::Rec(pid) = pair else { return None };
        let types = self.types.borrow();
        let k = types.field(pid, &crate::types::tuple_field(0))?.0;
        let v = types.field(pid, &crate::types::tuple_field(1))?.0;
        (types.fields(pid).len() == 2).then_some((pair, (k, v)))
    }
}

/// How a part of a `[key, value]` pair is read: a tuple's field (its layout index and type),
/// or an array's element (its index and the element type).
enum Read {
    Field(usize, Ty),
    Index(usize, Ty),
}

impl Read {
    fn ty(&self) -> Ty {
        match self {
            Read::Field(_, t) | Read::Index(_, t) => *t,
        }
    }

    fn of(&self, pair: GExpr) -> GExpr {
        match self {
            Read::Field(k, t) => g(GKind::Field(Box::new(pair), *k), *t),
            Read::Index(i, t) => g(GKind::Index(Box::new(pair), Box::new(num(*i as f64))), *t),
        }
    }
}

/// Statements that compute parts of a value once, before it.
#[derive(Default)]
struct Stmts(Vec<GStmt>);

impl Stmts {
    /// `v` in a new local (read more than once).
    fn hold(&mut self, v: GExpr, cx: &mut Ctx) -> GExpr {
        if matches!(v.kind, GKind::Local(_)) {
            return v;
        }
        let ty = v.ty;
        let local = cx.scratch_locals().fresh(ty);
        self.0.push(GStmt::Let { local, value: v });
        g(GKind::Local(local), ty)
    }
}

/// The key's number if it is an array index (its canonical text, an integer from 0 to
/// 2³² − 2), else -1.
fn array_index(key: GExpr, cx: &mut Ctx) -> GExpr {
    use crate::builtins::{Receiver, lookup};
    let k = cx.scratch_locals().fresh(Ty::Str);
    let n = cx.scratch_locals().fresh(Ty::Num);
    let k_get = g(GKind::Local(k), Ty::Str);
    let n_get = g(GKind::Local(n), Ty::Num);
    let number = lookup("Number", Receiver::Global, 1).expect("Number row");
    let floor = lookup("Math.floor", Receiver::Global, 1).expect("Math.floor row");
    let canonical = bin(
        BinaryOp::Eq,
        g(GKind::ToString(Box::new(n_get.clone())), Ty::Str),
        k_get.clone(),
    );
    let integer = bin(
        BinaryOp::Eq,
        g(
            GKind::Builtin {
                id: floor,
                args: vec![n_get.clone()],
            },
            Ty::Num,
        ),
        n_get.clone(),
    );
    let in_range = and(
        bin(BinaryOp::Ge, n_get.clone(), num(0.0)),
        bin(BinaryOp::Le, n_get.clone(), num(MAX_ARRAY_INDEX)),
    );
    let test = and(and(canonical, integer), in_range);
    g(
        GKind::Cond(Box::new(test), Box::new(n_get), Box::new(num(-1.0))),
        Ty::Num,
    )
    .after(vec![
        GStmt::Let {
            local: k,
            value: key,
        },
        GStmt::Let {
            local: n,
            value: g(
                GKind::Builtin {
                    id: number,
                    args: vec![k_get],
                },
                Ty::Num,
            ),
        },
    ])
}

fn keys(d: &GExpr, dict: &Dict) -> GExpr {
    g(GKind::Field(Box::new(d.clone()), 0), dict.keys)
}

fn values(d: &GExpr, dict: &Dict) -> GExpr {
    g(GKind::Field(Box::new(d.clone()), 1), dict.values)
}

fn index_of(d: &GExpr, dict: &Dict, key: GExpr) -> GExpr {
    op(ArrayOp::IndexOf, vec![keys(d, dict), key], Ty::Num)
}
