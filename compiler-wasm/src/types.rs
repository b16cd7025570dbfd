//! Heap types: arrays and records (objects of fixed shape), interned so that two
//! structurally equal TypeScript types are the same [`Ty`] (TypeScript is structural:
//! `interface Row { id: number }` and the literal `{ id: 1 }` have one type).
//!
//! A record type keeps the field order of its first declaration (an `interface`, or the
//! first object literal of that shape): JS prints and serialises fields in that order, and
//! it is also the memory layout.

use crate::ir::Ty;

/// What a heap type is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TyDef {
    /// `T[]`.
    Array(Ty),
    /// `{ a: T; b: U }`, fields in first-declaration order.
    Record(Vec<(String, Ty)>),
}

/// The interned heap types of one app.
#[derive(Clone, Debug, Default)]
pub struct Types {
    defs: Vec<TyDef>,
    /// Record types some value of which is written with its fields in another order than the
    /// type's layout (`{ x: 1, y: 2 }` and `{ y: 3, x: 4 }`): JavaScript keeps each object's
    /// own key order, dx one order per type, so what shows the order (`Object.keys`,
    /// `JSON.stringify`) is refused for them (`Lowerer::order_reads`).
    reordered: std::collections::BTreeSet<u32>,
}

impl Types {
    fn intern(&mut self, def: TyDef) -> u32 {
        if let Some(i) = self.defs.iter().position(|d| *d == def) {
            return i as u32;
        }
        self.defs.push(def);
        (self.defs.len() - 1) as u32
    }

    /// Notes that a value of record `id` is written with the fields in `order` (a field it
    /// leaves out, an optional one, does not count).
    pub fn written_in_order(&mut self, id: u32, order: &[&str]) {
        if let Some(TyDef::Record(fields)) = self.defs.get(id as usize)
            && fields
                .iter()
                .map(|f| f.0.as_str())
                .filter(|n| order.contains(n))
                .ne(order.iter().copied())
        {
            self.reordered.insert(id);
        }
    }

    /// Notes that values of record `to` take their key order from values of record `from`
    /// (a copy without some fields, a spread): written in several orders if `from` is.
    pub fn inherit_order(&mut self, from: u32, to: u32) {
        if self.reordered.contains(&from) {
            self.reordered.insert(to);
        }
    }

    /// Whether a record in `ty` (itself, its items or fields, at any depth) is written with
    /// its fields in more than one order (see `reordered`).
    pub fn order_differs(&self, ty: Ty) -> bool {
        fn walk(types: &Types, ty: Ty, seen: &mut Vec<u32>) -> bool {
            let id = match ty.repr() {
                Ty::Arr(id) | Ty::Rec(id) => id,
                _ => return false,
            };
            if seen.contains(&id) {
                return false;
            }
            seen.push(id);
            match types.defs.get(id as usize) {
                Some(TyDef::Array(elem)) => walk(types, *elem, seen),
                Some(TyDef::Record(fields)) => {
                    types.reordered.contains(&id)
                        || fields.iter().any(|(_, t)| walk(types, *t, seen))
                }
                _ => false,
            }
        }
        walk(self, ty, &mut Vec::new())
    }

    /// The type `elem[]`.
    pub fn array(&mut self, elem: Ty) -> Ty {
        Ty::Arr(self.intern(TyDef::Array(elem)))
    }

    /// The record type with these fields: an existing one with the same fields in any
    /// order, or a new one in this order (duplicates are the caller's error).
    /// The record with the fields of two records (`{ type: "added"; text: string } |
    /// { type: "deleted"; id: number }`, or the actions two calls pass to one reducer): a
    /// field both have keeps its type (or the nullable type both fit, or the union of two
    /// records), a field one lacks becomes `T | undefined`, as reading it in JavaScript gives.
    /// `None` when the two are not both records or a field cannot be joined.
    pub fn record_union(&mut self, a: Ty, b: Ty) -> Option<Ty> {
        self.record_union_at(a, b, 0)
    }

    /// `record_union` of records nested `depth` deep (a record type that contains itself
    /// would join without end: given up on).
    fn record_union_at(&mut self, a: Ty, b: Ty, depth: usize) -> Option<Ty> {
        let (Ty::Rec(ra), Ty::Rec(rb)) = (a, b) else {
            return None;
        };
        if depth > 16 {
            return None;
        }
        if a == b {
            return Some(a);
        }
        let (fa, fb) = (self.fields(ra).to_vec(), self.fields(rb).to_vec());
        let optional = |t: Ty| match t {
            Ty::Opt(o) if o.undefined => Some(t),
            Ty::Opt(_) | Ty::Null => None,
            t => t.nullable(true),
        };
        let mut list = Vec::new();
        for (name, ta) in &fa {
            let ty = match fb.iter().find(|(n, _)| n == name) {
                Some((_, tb)) if ta == tb => *ta,
                Some((_, tb)) => match (*ta, *tb) {
                    (Ty::Opt(o), t) | (t, Ty::Opt(o)) if o.base() == t => Ty::Opt(o),
                    (Ty::Null, t) | (t, Ty::Null) => t.nullable(false)?,
                    (x, y) => self.record_union_at(x, y, depth + 1)?,
                },
                None => optional(*ta)?,
            };
            list.push((name.clone(), ty));
        }
        for (name, tb) in &fb {
            if !fa.iter().any(|(n, _)| n == name) {
                list.push((name.clone(), optional(*tb)?));
            }
        }
        Some(self.record(list))
    }

    /// The type of every function value (`lower/function_values.rs`): a record holding the
    /// function's number in the app's table of function values.
    pub fn function(&mut self) -> Ty {
        self.record(vec![(FUNCTION_FIELD.to_string(), Ty::Num)])
    }

    /// `Set<elem>` (`lower/collections.rs`): a record holding its items in order.
    pub fn set(&mut self, elem: Ty) -> Ty {
        let items = self.array(elem);
        self.record(vec![(SET_FIELD.to_string(), items)])
    }

    /// An object used as a dictionary of `value`s (`Record<string, V>`, `lower/dicts.rs`):
    /// a record holding its keys (strings, in JavaScript's property order) and its values.
    pub fn dict(&mut self, value: Ty) -> Ty {
        let keys = self.array(Ty::Str);
        let values = self.array(value);
        self.record(vec![
            (DICT_KEYS_FIELD.to_string(), keys),
            (DICT_VALUES_FIELD.to_string(), values),
        ])
    }

    /// `Map<key, value>` (`lower/collections.rs`): a record holding its keys and its values.
    pub fn map(&mut self, key: Ty, value: Ty) -> Ty {
        let keys = self.array(key);
        let values = self.array(value);
        self.record(vec![
            (MAP_KEYS_FIELD.to_string(), keys),
            (MAP_VALUES_FIELD.to_string(), values),
        ])
    }

    /// The type of regular expressions (`lower/regex.rs`): their pattern and flags.
    pub fn regex(&mut self) -> Ty {
        self.record(vec![
            (REGEX_PATTERN_FIELD.to_string(), Ty::Str),
            (REGEX_FLAGS_FIELD.to_string(), Ty::Str),
            (REGEX_LAST_INDEX_FIELD.to_string(), Ty::Num),
        ])
    }

    /// Whether `ty` is the type of regular expressions.
    pub fn is_regex(&self, ty: Ty) -> bool {
        matches!(ty, Ty::Rec(id) if matches!(self.fields(id), [(p, Ty::Str), (f, Ty::Str), (l, Ty::Num)]
            if p == REGEX_PATTERN_FIELD && f == REGEX_FLAGS_FIELD && l == REGEX_LAST_INDEX_FIELD))
    }

    /// The type of `Date` objects (`lower/dates.rs`): a record of the time value (ms since
    /// the epoch, `NaN` for an invalid date).
    pub fn date(&mut self) -> Ty {
        self.record(vec![(DATE_FIELD.to_string(), Ty::Num)])
    }

    /// Whether `ty` is the type of `Date` objects.
    pub fn is_date(&self, ty: Ty) -> bool {
        matches!(ty, Ty::Rec(id) if matches!(self.fields(id), [(name, Ty::Num)] if name == DATE_FIELD))
    }

    /// Whether `ty` is the type of function values.
    pub fn is_function(&self, ty: Ty) -> bool {
        matches!(ty, Ty::Rec(id) if matches!(self.fields(id), [(name, Ty::Num)] if name == FUNCTION_FIELD))
    }

    /// Whether values of `ty` may hold function values (it is the function type, or an array,
    /// record or nullable type with one inside).
    pub fn contains_function(&self, ty: Ty) -> bool {
        self.contains_where(ty, &|types, t| types.is_function(t))
    }

    /// Whether values of `ty` may hold dates (`lower/dates.rs`), found without interning the
    /// date type.
    pub fn contains_date(&self, ty: Ty) -> bool {
        self.contains_where(ty, &|types, t| types.is_date(t))
    }

    /// Whether `ty` holds a dictionary (`Types::dict`) anywhere.
    pub fn contains_dict(&self, ty: Ty) -> bool {
        self.contains_where(
            ty,
            &|types, t| matches!(t, Ty::Rec(id) if is_dict(types.fields(id))),
        )
    }

    /// Whether `ty`, or a type inside it (array elements, record fields, a nullable's base),
    /// is one `wanted` accepts. Each array and record type is looked into once, so a type
    /// that contains itself (`type Node = { children: Node[] }`) ends.
    fn contains_where(&self, ty: Ty, wanted: &dyn Fn(&Types, Ty) -> bool) -> bool {
        self.any_inside(ty, &mut |t| wanted(self, t.repr()))
    }

    /// Whether `found` holds for `ty` or a type inside it (a nullable's base, array elements,
    /// record fields), each looked into once.
    fn any_inside(&self, ty: Ty, found: &mut dyn FnMut(Ty) -> bool) -> bool {
        let mut seen: Vec<Ty> = Vec::new();
        let mut todo = vec![ty];
        while let Some(t) = todo.pop() {
            if found(t) {
                return true;
            }
            if seen.contains(&t) {
                continue;
            }
            seen.push(t);
            match t {
                Ty::Arr(id) => todo.push(self.elem(id)),
                Ty::Rec(id) => todo.extend(self.fields(id).iter().map(|(_, f)| *f)),
                Ty::Opt(o) => todo.push(o.base()),
                _ => {}
            }
        }
        false
    }

    /// A record type that names itself (`type Node = { name: string; children?: Node[] }`):
    /// its id, taken before its fields are known; [`Self::define_record`] gives them.
    pub fn reserve_record(&mut self) -> u32 {
        // A field no source can name keeps the placeholder apart from every other record.
        let marker = format!("#reserved {}", self.defs.len());
        self.defs.push(TyDef::Record(vec![(marker, Ty::Null)]));
        (self.defs.len() - 1) as u32
    }

    /// The fields of a record reserved by [`Self::reserve_record`].
    pub fn define_record(&mut self, id: u32, fields: Vec<(String, Ty)>) {
        self.defs[id as usize] = TyDef::Record(fields);
    }

    pub fn record(&mut self, fields: Vec<(String, Ty)>) -> Ty {
        let sorted = |f: &[(String, Ty)]| {
            let mut f = f.to_vec();
            f.sort_by(|a, b| a.0.cmp(&b.0));
            f
        };
        let key = sorted(&fields);
        for (i, d) in self.defs.iter().enumerate() {
            if let TyDef::Record(existing) = d
                && sorted(existing) == key
            {
                if existing
                    .iter()
                    .map(|f| &f.0)
                    .ne(fields.iter().map(|f| &f.0))
                {
                    self.reordered.insert(i as u32);
                }
                return Ty::Rec(i as u32);
            }
        }
        Ty::Rec(self.intern(TyDef::Record(fields)))
    }

    /// Every interned type, by id.
    pub fn defs(&self) -> &[TyDef] {
        &self.defs
    }

    /// The element type of array type `id`.
    pub fn elem(&self, id: u32) -> Ty {
        match &self.defs[id as usize] {
            TyDef::Array(t) => *t,
            TyDef::Record(_) => unreachable!("record id used as an array"),
        }
    }

    /// The fields of record type `id`, in layout order.
    pub fn fields(&self, id: u32) -> &[(String, Ty)] {
        match &self.defs[id as usize] {
            TyDef::Record(f) => f,
            TyDef::Array(_) => unreachable!("array id used as a record"),
        }
    }

    /// Layout index and type of field `name` of record type `id`.
    pub fn field(&self, id: u32, name: &str) -> Option<(usize, Ty)> {
        self.fields(id)
            .iter()
            .position(|(n, _)| n == name)
            .map(|i| (i, self.fields(id)[i].1))
    }

    /// Whether a value of type `outer` can hold (or is) a value of type `inner`.
    pub fn contains(&self, outer: Ty, inner: Ty) -> bool {
        self.any_inside(outer, &mut |t| t == inner)
    }

    /// How a type is written in messages: `number`, `string[]`, `{ id: number }`.
    pub fn show(&self, ty: Ty) -> String {
        self.show_in(ty, &mut Vec::new())
    }

    /// `show`, with the records being shown: one inside itself shows as `…`.
    fn show_in(&self, ty: Ty, open: &mut Vec<u32>) -> String {
        if let Ty::Rec(id) = ty
            && open.contains(&id)
        {
            return "…".to_string();
        }
        if let Ty::Rec(id) = ty {
            open.push(id);
            let shown = self.show_one(ty, open);
            open.pop();
            return shown;
        }
        self.show_one(ty, open)
    }

    fn show_one(&self, ty: Ty, open: &mut Vec<u32>) -> String {
        match ty {
            Ty::Arr(id) => {
                let elem = self.elem(id);
                match elem {
                    Ty::Rec(_) => format!("({})[]", self.show_in(elem, open)),
                    _ => format!("{}[]", self.show_in(elem, open)),
                }
            }
            Ty::Rec(_) if self.is_date(ty) => "Date".to_string(),
            Ty::Rec(id) if is_tuple(self.fields(id)) => {
                let items: Vec<String> = self
                    .fields(id)
                    .iter()
                    .map(|(_, t)| self.show_in(*t, open))
                    .collect();
                format!("[{}]", items.join(", "))
            }
            Ty::Rec(id) => {
                let fields: Vec<String> = self
                    .fields(id)
                    .iter()
                    .map(|(n, t)| format!("{n}: {}", self.show_in(*t, open)))
                    .collect();
                format!("{{ {} }}", fields.join("; "))
            }
            Ty::Opt(o) => format!("{} | {}", self.show_in(o.base(), open), o.nullish_name()),
            other => other.name().to_string(),
        }
    }
}

/// The field name of element `i` of a tuple (`[key, value]` of `Object.entries`). A tuple is
/// a record with these fields; no object literal can name them, and JS sees it as an array.
pub fn tuple_field(i: usize) -> String {
    format!("#{i}")
}

/// Whether a record's fields make it a tuple (see [`tuple_field`]).
pub fn is_tuple(fields: &[(String, Ty)]) -> bool {
    !fields.is_empty()
        && fields
            .iter()
            .enumerate()
            .all(|(i, (n, _))| *n == tuple_field(i))
}

/// Heap object header: reference count, then type id.
pub const HEADER: u32 = 8;
/// Array fields after the header: length, capacity, data pointer, element kind.
pub const ARRAY_LEN: u32 = HEADER;
/// Offset of an array's capacity.
pub const ARRAY_CAP: u32 = HEADER + 4;
/// Offset of an array's data pointer (8 bytes per element, whatever its type).
pub const ARRAY_DATA: u32 = HEADER + 8;
/// Offset of an array's element kind (see [`kind`]).
pub const ARRAY_KIND: u32 = HEADER + 12;
/// Size of an array's header object.
pub const ARRAY_SIZE: u32 = HEADER + 16;

/// How the heap owns a stored value: 0 plain (number, boolean), 1 a ref-table string
/// slot (freed with its owner), 2 a counted heap pointer.
pub fn kind(ty: Ty) -> i32 {
    match ty.repr() {
        Ty::Str => 1,
        Ty::Arr(_) | Ty::Rec(_) => 2,
        _ => 0,
    }
}

/// Offset of field `index` in a record of type `fields`: every field gets 8 bytes, so
/// numbers stay aligned.
pub fn field_offset(index: usize) -> u32 {
    HEADER + 8 * index as u32
}

/// Size of a record with `n` fields.
pub fn record_size(n: usize) -> u32 {
    HEADER + 8 * n as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_are_structural_and_keep_first_order() {
        let mut t = Types::default();
        let a = t.record(vec![("label".into(), Ty::Str), ("id".into(), Ty::Num)]);
        let b = t.record(vec![("id".into(), Ty::Num), ("label".into(), Ty::Str)]);
        assert_eq!(a, b);
        let Ty::Rec(id) = a else { panic!() };
        assert_eq!(t.field(id, "label"), Some((0, Ty::Str)));
        let arr = t.array(a);
        assert_eq!(t.show(arr), "({ label: string; id: number })[]");
        assert_eq!(t.array(b), arr);
    }
}

/// The one field of a function value's record (not a name JavaScript code can write).
pub const FUNCTION_FIELD: &str = "#function";

/// The order JavaScript lists an object's own keys in (`Object.keys`, `for … in`): keys that
/// are array indices (`"0"`, `"42"`) first, in ascending numeric order, then the others in
/// the order they were added. Returns field indices of `fields` (given in that added order).
pub fn js_key_order(fields: &[(String, Ty)]) -> Vec<usize> {
    let index = |name: &str| -> Option<u32> {
        let n: u32 = name.parse().ok()?;
        // Canonical (no leading zeros, no sign) and below 2^32 - 1.
        (n.to_string() == name && n < u32::MAX).then_some(n)
    };
    let mut indices: Vec<(u32, usize)> = fields
        .iter()
        .enumerate()
        .filter_map(|(k, (name, _))| index(name).map(|n| (n, k)))
        .collect();
    indices.sort();
    let mut order: Vec<usize> = indices.into_iter().map(|(_, k)| k).collect();
    order.extend(
        fields
            .iter()
            .enumerate()
            .filter(|(_, (name, _))| index(name).is_none())
            .map(|(k, _)| k),
    );
    order
}

/// The fields of a regular expression's record (not names JavaScript code can write).
pub const REGEX_PATTERN_FIELD: &str = "#pattern";
pub const REGEX_FLAGS_FIELD: &str = "#flags";
pub const REGEX_LAST_INDEX_FIELD: &str = "#lastIndex";

/// The field of a `Date`'s record (not a name JavaScript code can write).
pub const DATE_FIELD: &str = "#time";

/// The fields of a `Set`'s and a `Map`'s records (not names JavaScript code can write).
pub const SET_FIELD: &str = "#items";
pub const MAP_KEYS_FIELD: &str = "#keys";
pub const MAP_VALUES_FIELD: &str = "#values";
pub const DICT_KEYS_FIELD: &str = "#dict keys";

/// Whether a record's fields are those of a dictionary (`Types::dict`).
pub fn is_dict(fields: &[(String, Ty)]) -> bool {
    matches!(fields, [(k, Ty::Arr(_)), (v, Ty::Arr(_))] if k == DICT_KEYS_FIELD && v == DICT_VALUES_FIELD)
}
pub const DICT_VALUES_FIELD: &str = "#dict values";
