//! Binary formats shared by the dx compiler, the JS host, the server and devtools.
//!
//! Each format is defined by **one table** from which every reader and writer is derived:
//! - [`ops`]: the op buffer that wasm writes and the JS host applies (one opcode table);
//! - [`htip`]: the HTIP template table (static DOM of each template plus binding slot paths).
//!
//! [`js`] derives the JS host's opcode constants and op dispatch loop from the same tables,
//! so the compiler, the host and the decoders cannot drift apart.

pub mod htip;
pub mod js;
pub mod ops;
pub mod varint;
