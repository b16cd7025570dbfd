//! The op buffer: DOM edits that the wasm writes into linear memory and the JS host applies
//! in one batch (one boundary crossing per batch, not one per edit).
//!
//! Encoding: one opcode byte, then the op's arguments little-endian (`u32` = 4 bytes,
//! `f64` = 8 bytes, unaligned). Node arguments are handles into the host's node table
//! (handle 0 is the mount container); `str` arguments index the module's exported
//! externref table `dx_refs`; `static` arguments index the HTIP string table.
//!
//! [`OPS`] is the one opcode table: the compiler's op writers, the JS host's dispatch loop
//! ([`crate::js`]) and the decoder below are all derived from it.

/// How an op argument is encoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// A node handle (u32).
    Node,
    /// An index into the exported externref table `dx_refs` (u32).
    Str,
    /// An index into the HTIP static string table (u32).
    Static,
    /// A plain unsigned integer (u32).
    U32,
    /// A JS number (f64).
    F64,
}

impl ArgKind {
    /// Encoded size in bytes.
    pub const fn size(self) -> usize {
        match self {
            ArgKind::F64 => 8,
            _ => 4,
        }
    }
}

/// One row of the opcode table.
#[derive(Debug)]
pub struct OpInfo {
    /// Name used in Rust (`Op::SetText`) and, upper-snake-cased, in JS (`op_SET_TEXT`).
    pub name: &'static str,
    /// The JS host function name that applies this op.
    pub js_name: &'static str,
    /// The name a Micro module imports the op's host function under (`dx` module): the opcode
    /// in decimal, one or two bytes per import instead of the JS name's ten or more.
    pub import_name: &'static str,
    /// The opcode byte.
    pub code: u8,
    /// Argument names and encodings, in buffer order.
    pub args: &'static [(&'static str, ArgKind)],
    /// What the op does.
    pub doc: &'static str,
}

impl OpInfo {
    /// Encoded size of the op including its opcode byte.
    pub fn encoded_len(&self) -> usize {
        1 + self.args.iter().map(|(_, k)| k.size()).sum::<usize>()
    }
}

macro_rules! define_ops {
    ($( $(#[doc = $doc:literal])+ $name:ident / $js:literal = $code:literal ( $($arg:ident : $kind:ident),* ) ;)*) => {
        /// Opcodes of the op buffer (see [`OPS`] for arguments).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[repr(u8)]
        pub enum Op { $( $(#[doc = $doc])+ $name = $code, )* }

        /// The opcode table, in opcode order.
        pub const OPS: &[OpInfo] = &[ $( OpInfo {
            name: stringify!($name),
            js_name: $js,
            import_name: stringify!($code),
            code: $code,
            args: &[ $( (stringify!($arg), ArgKind::$kind) ),* ],
            doc: concat!($($doc),+),
        }, )* ];

        /// Every op, in table order.
        const ALL_OPS: &[Op] = &[ $( Op::$name, )* ];
    };
}

define_ops! {
    /// Clone template `template`, give its roots and binding slots the handles `base..`,
    /// and insert the roots before node `anchor` (anchor 0: append to the mount container).
    /// An anchor that is a root of a list row (it carries the row) gives the roots its row.
    Clone / "op_CLONE" = 1 (template: U32, base: Node, anchor: Node);
    /// Remove node `node` from the document.
    Remove / "op_REMOVE" = 2 (node: Node);
    /// Set the text of text node `node` to string `value`.
    SetText / "op_SET_TEXT" = 3 (node: Node, value: Str);
    /// Set the text of text node `node` to the JS string form of number `value`.
    SetTextNum / "op_SET_TEXT_NUM" = 4 (node: Node, value: F64);
    /// Set attribute `name` of element `node` to string `value`.
    SetAttr / "op_SET_ATTR" = 5 (node: Node, name: Static, value: Str);
    /// Remove attribute `name` of element `node`.
    RemoveAttr / "op_REMOVE_ATTR" = 6 (node: Node, name: Static);
    /// Add (`on` = 1) or remove (`on` = 0) the boolean attribute `name` of element `node`.
    ToggleAttr / "op_TOGGLE_ATTR" = 7 (node: Node, name: Static, on: U32);
    /// Set DOM property `name` (e.g. `value`) of element `node` to string `value` if it differs.
    SetProp / "op_SET_PROP" = 8 (node: Node, name: Static, value: Str);
    /// Route events of type `event` on element `node` to wasm handler `handler`.
    Listen / "op_LISTEN" = 9 (node: Node, event: Static, handler: U32);
    /// Set boolean DOM property `name` (e.g. `checked`) of element `node` to `on` != 0.
    SetPropBool / "op_SET_PROP_BOOL" = 10 (node: Node, name: Static, on: U32);
    /// Move keyboard focus to element `node`.
    Focus / "op_FOCUS" = 11 (node: Node);
    /// Clone template `template` as a list row: its roots and slots get the handles `base..`,
    /// events under its roots carry `row` (as do the roots that conditional content placed
    /// before one of them brings along, see `CLONE`); it is not inserted yet (several roots stay
    /// together, in a fragment).
    CloneRow / "op_CLONE_ROW" = 12 (template: U32, base: Node, row: U32);
    /// Insert node `node` before node `before` (moving it if it is in the document).
    Insert / "op_INSERT" = 13 (node: Node, before: Node);
    /// Remove every child of the anchor's parent except the anchor (a list's rows). With
    /// `refill` = 0 (the list stays empty) a host may swap the parent for an empty copy, which
    /// the browser does faster than removing the rows one by one (`refill` = 1 keeps the element,
    /// and with it its scroll position, for the rows that follow in the same batch).
    Clear / "op_CLEAR" = 14 (anchor: Node, refill: U32);
    /// Every row cloned from template `template` routes events of type `event` on its node
    /// `slot` (0: the root, then the slots) to wasm handler `handler`: written once at start-up,
    /// so creating a row needs no `LISTEN` ops.
    TemplateListen / "op_TEMPLATE_LISTEN" = 15 (template: U32, slot: U32, event: Static, handler: U32);
    /// Insert the siblings from node `first` through node `last` before node `before`, moving
    /// them if they are in the document: a list row of several roots, with what its
    /// conditionals and lists placed between them.
    InsertRange / "op_INSERT_RANGE" = 16 (first: Node, last: Node, before: Node);
    /// Remove the siblings from node `first` through node `last` from the document.
    RemoveRange / "op_REMOVE_RANGE" = 17 (first: Node, last: Node);
}

impl Op {
    /// The table row of this op.
    pub fn info(self) -> &'static OpInfo {
        &OPS[self as usize - 1]
    }

    /// The op with opcode byte `code`, if any.
    pub fn from_code(code: u8) -> Option<Op> {
        OPS.iter().position(|o| o.code == code).map(|i| ALL_OPS[i])
    }
}

/// A decoded argument value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Arg {
    /// A u32-encoded argument (node, str, static or plain integer).
    U32(u32),
    /// An f64 argument.
    F64(f64),
}

/// One decoded op.
#[derive(Clone, Debug, PartialEq)]
pub struct DecodedOp {
    /// The opcode.
    pub op: Op,
    /// Its arguments, in table order.
    pub args: Vec<Arg>,
}

/// Why an op buffer could not be decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpDecodeError {
    /// An opcode byte that is not in the table, at this offset.
    UnknownOpcode { offset: usize, code: u8 },
    /// The buffer ends inside the op starting at this offset.
    Truncated { offset: usize },
}

impl std::fmt::Display for OpDecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::UnknownOpcode { offset, code } => {
                write!(f, "unknown opcode {code} at byte {offset}")
            }
            Self::Truncated { offset } => write!(f, "op at byte {offset} is truncated"),
        }
    }
}

impl std::error::Error for OpDecodeError {}

/// Appends one op with its arguments (used by tests and tools; the wasm writes ops itself).
pub fn encode(out: &mut Vec<u8>, op: Op, args: &[Arg]) {
    out.push(op as u8);
    for ((_, kind), arg) in op.info().args.iter().zip(args) {
        match (kind, arg) {
            (ArgKind::F64, Arg::F64(v)) => out.extend_from_slice(&v.to_le_bytes()),
            (_, Arg::U32(v)) => out.extend_from_slice(&v.to_le_bytes()),
            (kind, arg) => panic!("argument {arg:?} does not fit {kind:?}"),
        }
    }
}

/// Decodes a whole op buffer.
pub fn decode(bytes: &[u8]) -> Result<Vec<DecodedOp>, OpDecodeError> {
    let mut ops = Vec::new();
    let mut pos = 0;
    while pos < bytes.len() {
        let offset = pos;
        let code = bytes[pos];
        let op = Op::from_code(code).ok_or(OpDecodeError::UnknownOpcode { offset, code })?;
        let info = op.info();
        if bytes.len() < offset + info.encoded_len() {
            return Err(OpDecodeError::Truncated { offset });
        }
        pos += 1;
        let mut args = Vec::with_capacity(info.args.len());
        for (_, kind) in info.args {
            let size = kind.size();
            let raw = &bytes[pos..pos + size];
            args.push(match kind {
                ArgKind::F64 => Arg::F64(f64::from_le_bytes(raw.try_into().expect("8 bytes"))),
                _ => Arg::U32(u32::from_le_bytes(raw.try_into().expect("4 bytes"))),
            });
            pos += size;
        }
        ops.push(DecodedOp { op, args });
    }
    Ok(ops)
}

/// Renders decoded ops one per line, e.g. `SetText node=3 value=#1`.
pub fn dump(ops: &[DecodedOp]) -> String {
    let mut out = String::new();
    for op in ops {
        out.push_str(op.op.info().name);
        for ((name, kind), arg) in op.op.info().args.iter().zip(&op.args) {
            let value = match (kind, arg) {
                (ArgKind::Str, Arg::U32(v)) => format!("#{v}"),
                (ArgKind::Static, Arg::U32(v)) => format!("${v}"),
                (_, Arg::U32(v)) => v.to_string(),
                (_, Arg::F64(v)) => v.to_string(),
            };
            out.push_str(&format!(" {name}={value}"));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_dense_and_in_opcode_order() {
        for (i, info) in OPS.iter().enumerate() {
            assert_eq!(info.code as usize, i + 1, "{}", info.name);
            assert_eq!(ALL_OPS[i] as u8, info.code);
            assert_eq!(format!("{:?}", ALL_OPS[i]), info.name);
        }
        assert_eq!(ALL_OPS.len(), OPS.len());
    }

    #[test]
    fn encode_decode_round_trip() {
        let mut buf = Vec::new();
        encode(
            &mut buf,
            Op::Clone,
            &[Arg::U32(2), Arg::U32(10), Arg::U32(0)],
        );
        encode(&mut buf, Op::SetTextNum, &[Arg::U32(3), Arg::F64(-0.5)]);
        encode(
            &mut buf,
            Op::Listen,
            &[Arg::U32(4), Arg::U32(1), Arg::U32(7)],
        );
        let ops = decode(&buf).unwrap();
        assert_eq!(ops.len(), 3);
        assert_eq!(
            dump(&ops),
            "Clone template=2 base=10 anchor=0\nSetTextNum node=3 value=-0.5\nListen node=4 event=$1 handler=7\n"
        );
    }

    #[test]
    fn decode_rejects_garbage() {
        assert_eq!(
            decode(&[0]),
            Err(OpDecodeError::UnknownOpcode { offset: 0, code: 0 })
        );
        assert_eq!(
            decode(&[3, 1, 0]),
            Err(OpDecodeError::Truncated { offset: 0 })
        );
    }
}
