//! Linear memory layout, fixed at compile time.
//!
//! ```text
//! 16            dirty bits: one bit per binding, 32 per word
//! mounted       one i32 per scope: 1 while its template is in the document
//! arms          one i32 per binding: which arm a conditional shows (0 none, 1 then, 2 else)
//! slots         8 bytes per state slot (f64 number or i32 boolean; strings live in the ref table)
//! op buffer     OP_CAPACITY bytes of DOM edits for the host
//! free lists    32 heads of the heap allocator's size classes
//! lists         32 bytes per keyed list: its rows, recycled handle ranges, last epoch (the
//!               rows and epoch of a list inside list rows are in a block per outer row)
//! heap          arrays and records (see `heap.rs`), growing memory as needed
//! ```

use crate::lower::plan::{BindingId, Plan, ScopeId, SlotId, Ty};

/// Bytes of op buffer; a batch that needs more is applied in several host calls.
pub const OP_CAPACITY: u32 = 16 * 1024;

/// Addresses of one plan's tables.
pub struct Layout {
    dirty: u32,
    mounted: u32,
    arms: u32,
    slots: u32,
    /// Start of the op buffer.
    pub op_base: u32,
    /// Number of dirty words.
    pub dirty_words: u32,
    /// Ref-table index of each string slot (others `None`).
    pub string_slot: Vec<Option<u32>>,
    /// Ref-table entries reserved for string slots; op strings go after them.
    pub string_slots: u32,
    /// The heap's 32 free-list heads (after the op buffer).
    pub free_lists: u32,
    /// 32 bytes of state per keyed list (rows vector, free handle ranges, the heap epoch of
    /// its last reconcile).
    lists: u32,
    /// Where heap blocks start.
    pub heap_base: u32,
    /// For state owned by a component rendered per list row: its offset in the row block
    /// (after the row's binding caches). Such state lives in each row, not at a fixed address.
    pub row_slot: Vec<Option<u32>>,
    /// For such state: the list whose row block holds it.
    pub row_owner: Vec<Option<usize>>,
    /// Per list: how many state slots each of its rows holds.
    pub row_slots: Vec<u32>,
}

impl Layout {
    /// Lays out `plan`.
    pub fn new(plan: &Plan) -> Layout {
        let dirty_words = (plan.bindings.len() as u32).div_ceil(32).max(1);
        let dirty = 16;
        let mounted = dirty + 4 * dirty_words;
        let arms = mounted + 4 * plan.scopes.len() as u32;
        let slots = (arms + 4 * plan.bindings.len() as u32).next_multiple_of(8);
        let op_base = (slots + 8 * plan.slots.len() as u32).next_multiple_of(8);
        // State of row instances: 8 bytes each in the row block, after the caches.
        let mut row_slot = vec![None; plan.slots.len()];
        let mut row_owner = vec![None; plan.slots.len()];
        let mut row_slots = vec![0; plan.lists.len()];
        for scope in &plan.scopes {
            if let Some(l) = scope.row {
                let list = &plan.lists[l];
                for &slot in &scope.owned_slots {
                    let caches = super::lists::cache_base(list) + 8 * list.bindings.len() as u32;
                    row_slot[slot] = Some(caches + 8 * row_slots[l]);
                    row_owner[slot] = Some(l);
                    row_slots[l] += 1;
                }
            }
        }
        let mut string_slot = Vec::new();
        let mut n = 0;
        for (k, s) in plan.slots.iter().enumerate() {
            string_slot.push((s.ty.repr() == Ty::Str && row_slot[k].is_none()).then(|| {
                n += 1;
                n - 1
            }));
        }
        Layout {
            dirty,
            mounted,
            arms,
            slots,
            op_base,
            dirty_words,
            string_slot,
            string_slots: n,
            free_lists: op_base + OP_CAPACITY,
            lists: op_base + OP_CAPACITY + 128,
            heap_base: (op_base + OP_CAPACITY + 128 + 32 * plan.lists.len() as u32)
                .next_multiple_of(16),
            row_slot,
            row_owner,
            row_slots,
        }
    }

    /// End of the op buffer.
    pub fn op_end(&self) -> u32 {
        self.op_base + OP_CAPACITY
    }

    /// Pages of linear memory at start-up (the heap grows it when needed).
    pub fn pages(&self) -> u64 {
        u64::from(self.heap_base.div_ceil(65536))
    }

    /// Address of dirty word `w`.
    pub fn dirty_word(&self, w: u32) -> u32 {
        self.dirty + 4 * w
    }

    /// Dirty word and bit of binding `b`.
    pub fn dirty_bit(&self, b: BindingId) -> (u32, u32) {
        (self.dirty_word(b as u32 / 32), 1 << (b % 32))
    }

    /// Address of scope `s`'s mounted flag.
    pub fn mounted(&self, s: ScopeId) -> u32 {
        self.mounted + 4 * s as u32
    }

    /// Address of binding `b`'s arm cell.
    pub fn arm(&self, b: BindingId) -> u32 {
        self.arms + 4 * b as u32
    }

    /// Address of list `l`'s state.
    pub fn list(&self, l: usize) -> u32 {
        self.lists + 32 * l as u32
    }

    /// Address of slot `s` (numbers and booleans).
    pub fn slot(&self, s: SlotId) -> u32 {
        self.slots + 8 * s as u32
    }
}
