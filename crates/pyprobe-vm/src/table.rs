//! Hash tables laid out exactly like CPython 3.12's `dict` and `set`.
//!
//! Keys are stored with a precomputed Python hash (`i64`) and compared only
//! through a caller-supplied, fallible callback, because the interpreter's
//! equality may run a Python `__eq__` that raises or mutates the probed table.
//!
//! * [`DictTable`] is the compact dict of `Objects/dictobject.c`: entries in
//!   insertion order (a deleted entry leaves a `None` hole) plus an index
//!   array of entry positions, EMPTY or DUMMY, probed with `perturb`.
//! * [`SetTable`] is `Objects/setobject.c`: `Empty | Dummy | Active` slots
//!   probed in linear runs and iterated in slot order, so printed sets match
//!   CPython as long as every mutation uses the primitive CPython uses for it
//!   (each method names its C counterpart).
//!
//! Invariants: slot arrays have a power-of-two length >= 8 and always keep an
//! empty slot, so every probe terminates; `len()` counts live keys;
//! `version()` changes on every structural mutation (new key, removal,
//! clear, resize) and never on a value update.
//!
//! Borrow protocol (the tables live in a `RefCell`): with a pure-Rust
//! equality, call `find` under the borrow. Otherwise take `version()` and
//! the candidates (the dict: one at a time, `next_candidate`; the set:
//! `candidates(hash)`), clone a candidate's key, release the borrow, run
//! `__eq__`, re-borrow, and restart the lookup if `version()` changed (as
//! CPython restarts); `entry(idx)` confirms the index still holds that key.
//! Removals return keys and values by value, to be dropped unborrowed.

const PERTURB_SHIFT: u32 = 5;
const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
/// Index-array markers. Entry positions are stored as `u32`, so a dict holds
/// at most `u32::MAX - 1` entries, far beyond any memory it could occupy.
const IX_EMPTY: u32 = u32::MAX;
const IX_DUMMY: u32 = u32::MAX - 1;
/// `_PyDict_NewPresized` caps presizing at 2**17 slots; so do we.
const DICT_MAX_PRESIZE: usize = 1 << 17;

/// CPython's endless probe sequence (callers stop at an empty slot). C uses
/// `size_t` for `i` and `perturb`, so the hash is reinterpreted as unsigned
/// and the arithmetic wraps. The set also visits the `linear` slots after `i`
/// when `i + LINEAR_PROBES <= mask`; the dict passes 0.
fn probe(hash: i64, mask: usize, linear: usize) -> impl Iterator<Item = usize> {
    let first = (hash as usize & mask, hash as usize);
    let starts = std::iter::successors(Some(first), move |&(i, perturb)| {
        let perturb = perturb >> PERTURB_SHIFT;
        let i = i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb);
        Some((i & mask, perturb))
    });
    starts.flat_map(move |(i, _)| i..=if i + linear <= mask { i + linear } else { i })
}

/// The same sequence as [`probe`] as a plain loop: `visit` sees slot after
/// slot until it returns `Some`, which is the result. Lookups (dict and
/// set) and set insertion use it; dict insertion and removal and the
/// candidate lists of the slow path still use the iterator form.
#[inline(always)]
fn probe_until<T>(
    hash: i64,
    mask: usize,
    linear: usize,
    mut visit: impl FnMut(usize) -> Option<T>,
) -> T {
    let mut perturb = hash as usize;
    let mut i = hash as usize & mask;
    loop {
        let last = if i + linear <= mask { i + linear } else { i };
        for j in i..=last {
            if let Some(t) = visit(j) {
                return t;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb) & mask;
    }
}

/// A place in a dict key's probe sequence ([`probe`] with no linear
/// slots), for lookups that stop between candidates.
pub struct ProbeCursor {
    i: usize,
    perturb: usize,
    started: bool,
}

impl ProbeCursor {
    pub fn new(hash: i64) -> ProbeCursor {
        ProbeCursor {
            i: hash as usize,
            perturb: hash as usize,
            started: false,
        }
    }

    /// The next slot of the sequence in a table of `mask + 1` slots.
    fn advance(&mut self, mask: usize) -> usize {
        if self.started {
            self.perturb >>= PERTURB_SHIFT;
            self.i = (self.i & mask)
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(self.perturb);
        }
        self.started = true;
        self.i & mask
    }
}

/// Where a set's probe for a key ended (see [`SetTable::probe_key`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetProbe {
    /// The key is in this slot.
    Found(usize),
    /// The key is absent; `set_add_entry` would put it in this slot, which
    /// is a dummy when the flag is set.
    Vacant(usize, bool),
}

/// `USABLE_FRACTION`: how many entries a dict of `n` slots may hold.
fn usable_fraction(n: usize) -> usize {
    (n << 1) / 3
}

/// `calculate_log2_keysize`: the smallest power of two >= `minsize`, >= 8.
fn dict_keysize(minsize: usize) -> usize {
    let n = minsize.max(MINSIZE).checked_next_power_of_two();
    n.unwrap_or(1 << (usize::BITS - 1))
}

/// A dict's index array. The smallest size (8 slots, what most dicts —
/// instance dicts among them — keep) is stored inline, saving an allocation
/// per dict; larger ones are on the heap.
#[derive(Debug, Clone)]
enum Indices {
    Small([u32; MINSIZE]),
    Large(Box<[u32]>),
}

impl Indices {
    /// `size` empty slots (`size` is a power of two >= MINSIZE).
    fn new(size: usize) -> Indices {
        if size == MINSIZE {
            Indices::Small([IX_EMPTY; MINSIZE])
        } else {
            Indices::Large(vec![IX_EMPTY; size].into_boxed_slice())
        }
    }
}

impl std::ops::Deref for Indices {
    type Target = [u32];
    #[inline]
    fn deref(&self) -> &[u32] {
        match self {
            Indices::Small(a) => a,
            Indices::Large(b) => b,
        }
    }
}

impl std::ops::DerefMut for Indices {
    #[inline]
    fn deref_mut(&mut self) -> &mut [u32] {
        match self {
            Indices::Small(a) => a,
            Indices::Large(b) => b,
        }
    }
}

/// CPython 3.12's compact, insertion-ordered dict table.
#[derive(Debug, Clone)]
pub struct DictTable<K, V> {
    /// `dk_indices`: an entry position, `IX_EMPTY` or `IX_DUMMY`.
    indices: Indices,
    /// `dk_entries[..dk_nentries]`; `None` is a deleted entry (a hole).
    entries: Vec<Option<(i64, K, V)>>,
    /// `ma_used`: live entries.
    used: usize,
    /// `dk_usable`: appends left before a resize. Deletion does not give it
    /// back (as in CPython), so holes eventually force a compacting resize.
    usable: usize,
    version: u64,
}

impl<K, V> Default for DictTable<K, V> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K, V> DictTable<K, V> {
    /// An empty dict with 8 slots (room for 5 entries): what CPython's shared
    /// empty keys object is resized to on the first insertion. The entries
    /// are allocated by the first insertion, so an empty dict (a `**kwargs`
    /// never filled, a `{}` default) costs no block of its own.
    pub fn new() -> Self {
        DictTable {
            indices: Indices::new(MINSIZE),
            entries: Vec::new(),
            used: 0,
            usable: usable_fraction(MINSIZE),
            version: 0,
        }
    }

    /// `_PyDict_NewPresized(n)`: room for about `n` entries before the first
    /// resize (capped at 2**17 slots). Only performance depends on it.
    pub fn with_capacity(n: usize) -> Self {
        let n = n.min(usable_fraction(DICT_MAX_PRESIZE));
        Self::with_size(dict_keysize((n * 3).div_ceil(2)))
    }

    fn with_size(size: usize) -> Self {
        let (indices, usable) = (Indices::new(size), usable_fraction(size));
        let entries = Vec::with_capacity(usable);
        DictTable {
            indices,
            entries,
            used: 0,
            usable,
            version: 0,
        }
    }

    /// Number of live keys.
    pub fn len(&self) -> usize {
        self.used
    }

    /// True when no key is live.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Changes on insertion of a new key, removal, `pop_last`, clear and
    /// resize; a value replacement leaves it alone.
    pub fn version(&self) -> u64 {
        self.version
    }

    fn probe(&self, hash: i64) -> impl Iterator<Item = usize> {
        probe(hash, self.indices.len() - 1, 0)
    }

    /// Live entries whose stored hash equals `hash`, in probe order (the
    /// order `lookdict` compares them in). Stops at the first EMPTY slot.
    #[cfg(test)]
    fn hash_matches(&self, hash: i64) -> impl Iterator<Item = (usize, &K)> + '_ {
        self.probe(hash)
            .map(|slot| self.indices[slot])
            .take_while(|&ix| ix != IX_EMPTY)
            .filter_map(move |ix| match self.entries.get(ix as usize) {
                Some(Some((h, k, _))) if *h == hash => Some((ix as usize, k)),
                _ => None,
            })
    }

    /// Entry index of the key for which `eq` returns true, or `None`. `eq` is
    /// only called for entries with an equal stored hash, and its error
    /// aborts the lookup. Use it when `eq` is pure Rust (str/int keys).
    pub fn find<E>(
        &self,
        hash: i64,
        mut eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<usize>, E> {
        probe_until(hash, self.indices.len() - 1, 0, |slot| {
            let ix = self.indices[slot];
            if ix == IX_EMPTY {
                return Some(Ok(None));
            }
            match self.entries.get(ix as usize) {
                Some(Some((h, k, _))) if *h == hash => match eq(k) {
                    Ok(true) => Some(Ok(Some(ix as usize))),
                    Ok(false) => None,
                    Err(e) => Some(Err(e)),
                },
                _ => None,
            }
        })
    }

    /// Entry indices with an equal stored hash, in probe order: what
    /// `next_candidate` walks one at a time (the tests compare the two).
    #[cfg(test)]
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        self.hash_matches(hash).map(|(ix, _)| ix).collect()
    }

    /// The next entry index in `hash`'s probe sequence, from `cursor` on,
    /// whose stored hash equals `hash`; None at the first empty slot. The
    /// slow path reads its candidates one at a time with it (a cursor is
    /// only good while `version` stays the same).
    pub fn next_candidate(&self, hash: i64, cursor: &mut ProbeCursor) -> Option<usize> {
        let mask = self.indices.len() - 1;
        loop {
            let ix = self.indices[cursor.advance(mask)];
            if ix == IX_EMPTY {
                return None;
            }
            if let Some(Some((h, _, _))) = self.entries.get(ix as usize) {
                if *h == hash {
                    return Some(ix as usize);
                }
            }
        }
    }

    /// The live entry at `idx` as `(hash, key, value)`; `None` for a hole.
    pub fn entry(&self, idx: usize) -> Option<(i64, &K, &V)> {
        self.entries.get(idx)?.as_ref().map(|(h, k, v)| (*h, k, v))
    }

    /// Mutable access to the value of the live entry at `idx`.
    pub fn value_mut(&mut self, idx: usize) -> Option<&mut V> {
        self.entries.get_mut(idx)?.as_mut().map(|(_, _, v)| v)
    }

    /// `d[k] = v` on an existing key: returns the old value. If `idx` is not
    /// live the new value is handed back as `Err`.
    pub fn set_value(&mut self, idx: usize, value: V) -> Result<V, V> {
        match self.value_mut(idx) {
            Some(slot) => Ok(std::mem::replace(slot, value)),
            None => Err(value),
        }
    }

    /// `insertdict` for a key the caller has established is absent. Returns
    /// the new entry's index, which is always the last position.
    pub fn insert_new(&mut self, hash: i64, key: K, value: V) -> usize {
        if self.usable == 0 {
            // GROWTH_RATE(d) = used*3; this shrinks a table that is mostly holes.
            self.resize(self.used.saturating_mul(3));
        }
        // `find_empty_slot`: the first EMPTY or DUMMY slot.
        let slot = self.probe(hash).find(|&s| self.indices[s] >= IX_DUMMY);
        let ix = self.entries.len();
        self.indices[slot.unwrap_or(0)] = ix as u32;
        if ix == self.entries.capacity() {
            // Room for exactly the appends the index array allows.
            self.entries.reserve_exact(self.usable);
        }
        self.entries.push(Some((hash, key, value)));
        self.used += 1;
        self.usable -= 1;
        self.version = self.version.wrapping_add(1);
        ix
    }

    /// `dictresize`: drops the holes (keeping order) and rebuilds the index
    /// array with `dict_keysize(minsize)` slots.
    fn resize(&mut self, minsize: usize) {
        let size = dict_keysize(minsize);
        self.entries.retain(Option::is_some);
        self.indices = Indices::new(size);
        for (ix, e) in self.entries.iter().enumerate() {
            let hash = e.as_ref().map_or(0, |e| e.0);
            let slot = self.probe(hash).find(|&s| self.indices[s] == IX_EMPTY);
            self.indices[slot.unwrap_or(0)] = ix as u32;
        }
        self.usable = usable_fraction(size).saturating_sub(self.entries.len());
        self.version = self.version.wrapping_add(1);
    }

    /// Takes entry `ix` out and turns its index slot (found like
    /// `lookdict_index`) into a DUMMY, so other positions do not move.
    fn take_entry(&mut self, ix: usize) -> Option<(i64, K, V)> {
        let (hash, key, value) = self.entries.get_mut(ix)?.take()?;
        let seq = self.probe(hash);
        let mut chain = seq.take_while(|&s| self.indices[s] != IX_EMPTY);
        if let Some(slot) = chain.find(|&s| self.indices[s] == ix as u32) {
            self.indices[slot] = IX_DUMMY;
        }
        self.used -= 1;
        self.version = self.version.wrapping_add(1);
        Some((hash, key, value))
    }

    /// `delitem_common`: removes the entry at `idx`, leaving a hole.
    pub fn remove(&mut self, idx: usize) -> Option<(K, V)> {
        self.take_entry(idx).map(|(_, k, v)| (k, v))
    }

    /// `dict.popitem()`: removes the last live entry (LIFO) and, like
    /// CPython, truncates the entries there, dropping trailing holes, so the
    /// next insertion reuses that position.
    pub fn pop_last(&mut self) -> Option<(i64, K, V)> {
        let pos = self.entries.iter().rposition(Option::is_some)?;
        let item = self.take_entry(pos);
        self.entries.truncate(pos);
        item
    }

    /// `dict.clear()` returning the live pairs in order, so the caller can
    /// drop them after releasing its borrow.
    pub fn drain_all(&mut self) -> Vec<(K, V)> {
        let version = self.version.wrapping_add(1);
        let old = std::mem::take(self);
        self.version = version;
        let live = old.entries.into_iter().flatten();
        live.map(|(_, k, v)| (k, v)).collect()
    }

    /// `dict.clear()`; see [`DictTable::drain_all`] to drop the keys later.
    pub fn clear(&mut self) {
        drop(self.drain_all());
    }

    /// Iteration step that survives mutation (CPython's `di_pos`): the first
    /// live entry >= `pos` and the position to resume from (index + 1).
    /// Removals move nothing; the caller detects resizes by `len()`.
    pub fn next_from(&self, pos: usize) -> Option<(usize, &K, &V)> {
        let mut rest = self.entries.get(pos..)?.iter().enumerate();
        rest.find_map(|(off, e)| e.as_ref().map(|(_, k, v)| (pos + off + 1, k, v)))
    }

    /// Live `(hash, key, value)` in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (i64, &K, &V)> + '_ {
        self.entries.iter().flatten().map(|(h, k, v)| (*h, k, v))
    }

    /// Live keys in insertion order.
    pub fn keys(&self) -> impl Iterator<Item = &K> + '_ {
        self.iter().map(|(_, k, _)| k)
    }

    /// Live values in insertion order.
    pub fn values(&self) -> impl Iterator<Item = &V> + '_ {
        self.iter().map(|(_, _, v)| v)
    }
}

#[derive(Debug)]
enum Slot<K> {
    Empty,
    Dummy,
    Active(i64, K),
}

impl<K> Slot<K> {
    fn active(&self) -> Option<(i64, &K)> {
        match self {
            Slot::Active(h, k) => Some((*h, k)),
            _ => None,
        }
    }

    fn into_key(self) -> Option<K> {
        match self {
            Slot::Active(_, k) => Some(k),
            _ => None,
        }
    }
}

/// `n` empty slots, or `None` if they cannot be allocated: an absurd `presize`
/// is then skipped, while a needed growth aborts as Rust does on OOM.
fn empty_slots<K>(n: usize) -> Option<Vec<Slot<K>>> {
    let mut v = Vec::new();
    v.try_reserve_exact(n).ok()?;
    v.resize_with(n, || Slot::Empty);
    Some(v)
}

/// `set_insert_clean`: puts a key known to be absent into a table without
/// dummies, at the first empty slot of its probe sequence.
fn insert_clean<K>(table: &mut [Slot<K>], hash: i64, key: K) {
    let j = probe_until(hash, table.len() - 1, LINEAR_PROBES, |j| {
        matches!(table[j], Slot::Empty).then_some(j)
    });
    table[j] = Slot::Active(hash, key);
}

/// CPython 3.12's set table. It does not implement `Clone` on purpose:
/// CPython's `set.copy()` re-lays the table out, so a copy must go through
/// [`SetTable::merge_from`] to keep CPython's iteration order.
#[derive(Debug)]
pub struct SetTable<K> {
    table: Vec<Slot<K>>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// `so->finger`: where `pop` resumes its scan.
    finger: usize,
    version: u64,
}

impl<K> Default for SetTable<K> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K> SetTable<K> {
    /// An empty set with CPython's 8-slot small table.
    pub fn new() -> Self {
        let table = (0..MINSIZE).map(|_| Slot::Empty).collect();
        SetTable {
            table,
            fill: 0,
            used: 0,
            finger: 0,
            version: 0,
        }
    }

    /// Number of live keys.
    pub fn len(&self) -> usize {
        self.used
    }

    /// True when no key is live.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Changes on every structural mutation (new key, removal, pop, clear,
    /// resize, merge, swap).
    pub fn version(&self) -> u64 {
        self.version
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// Active slots whose stored hash equals `hash`, in `set_lookkey` probe
    /// order, up to the first empty slot.
    fn hash_matches(&self, hash: i64) -> impl Iterator<Item = (usize, &K)> + '_ {
        probe(hash, self.mask(), LINEAR_PROBES)
            .map(|j| (j, &self.table[j]))
            .take_while(|(_, s)| !matches!(s, Slot::Empty))
            .filter_map(move |(j, s)| s.active().filter(|e| e.0 == hash).map(|e| (j, e.1)))
    }

    /// `set_lookkey`: slot index of the key for which `eq` returns true, or
    /// `None`. `eq` only sees keys with an equal hash; its error aborts.
    pub fn find<E>(
        &self,
        hash: i64,
        eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<usize>, E> {
        Ok(match self.probe_key(hash, eq)? {
            SetProbe::Found(slot) => Some(slot),
            SetProbe::Vacant(..) => None,
        })
    }

    /// `set_add_entry`'s one scan: the slot holding the key for which `eq`
    /// returns true, else the slot a new key goes to — the LAST dummy
    /// before the first empty slot of the probe sequence (3.12 overwrites
    /// `freeslot` at each dummy), else that empty slot. `eq` only sees keys
    /// with an equal hash; its error aborts.
    pub fn probe_key<E>(
        &self,
        hash: i64,
        mut eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<SetProbe, E> {
        let mut dummy = None;
        probe_until(hash, self.mask(), LINEAR_PROBES, |j| match &self.table[j] {
            Slot::Empty => Some(Ok(match dummy {
                Some(d) => SetProbe::Vacant(d, true),
                None => SetProbe::Vacant(j, false),
            })),
            Slot::Dummy => {
                dummy = Some(j);
                None
            }
            Slot::Active(h, k) if *h == hash => match eq(k) {
                Ok(true) => Some(Ok(SetProbe::Found(j))),
                Ok(false) => None,
                Err(e) => Some(Err(e)),
            },
            Slot::Active(..) => None,
        })
    }

    /// Slot indices with an equal stored hash, in probe order, for the slow
    /// path described in the module docs.
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        self.hash_matches(hash).map(|(j, _)| j).collect()
    }

    /// The active slot at `slot` as `(hash, key)`.
    pub fn entry(&self, slot: usize) -> Option<(i64, &K)> {
        self.table.get(slot)?.active()
    }

    /// `set_add_entry` for a key the caller has established is absent. It goes
    /// into the LAST dummy before the first empty slot of its probe sequence
    /// (3.12 overwrites `freeslot` at each dummy, as tested), with no resize;
    /// else into that empty slot, and the table grows if `fill*5 >= mask*3`.
    pub fn insert_new(&mut self, hash: i64, key: K) {
        let never_equal = |_: &K| Ok::<bool, ()>(false);
        if let Ok(SetProbe::Vacant(slot, dummy)) = self.probe_key(hash, never_equal) {
            self.insert_at(slot, dummy, hash, key);
        }
    }

    /// The tail of `set_add_entry`: `key` goes into the vacant `slot` that
    /// [`SetTable::probe_key`] just returned (the table unchanged since),
    /// and the table grows if `fill*5 >= mask*3`.
    pub fn insert_at(&mut self, slot: usize, dummy: bool, hash: i64, key: K) {
        self.table[slot] = Slot::Active(hash, key);
        self.used += 1;
        self.fill += !dummy as usize;
        self.version = self.version.wrapping_add(1);
        if !dummy && self.fill * 5 >= self.mask() * 3 {
            self.grow();
        }
    }

    /// The growth policy shared by `set_add_entry` and the dummy purge of
    /// `set_difference_update_internal`.
    fn grow(&mut self) {
        let used = self.used;
        if !self.resize(if used > 50000 { used * 2 } else { used * 4 }) {
            // Only a genuine out-of-memory gets here; like Rust's default
            // allocation-failure handling, abort rather than corrupt the set.
            std::process::abort();
        }
    }

    /// `set_table_resize(so, minused)`: rebuilds with the smallest power of two
    /// above `minused` (>= 8) slots, re-inserting active keys in slot order.
    /// As in CPython, an 8-slot table without dummies is left alone when the
    /// target is 8. Returns false, table unchanged, if allocation fails.
    pub fn resize(&mut self, minused: usize) -> bool {
        let bits = usize::BITS - minused.leading_zeros();
        let Some(size) = 1usize.checked_shl(bits).map(|s| s.max(MINSIZE)) else {
            return false;
        };
        if size == MINSIZE && self.table.len() == MINSIZE && self.fill == self.used {
            return true;
        }
        let Some(new) = empty_slots(size) else {
            return false;
        };
        for slot in std::mem::replace(&mut self.table, new) {
            if let Slot::Active(h, k) = slot {
                insert_clean(&mut self.table, h, k);
            }
        }
        self.fill = self.used;
        self.version = self.version.wrapping_add(1);
        true
    }

    /// The presizing step of `set_merge` and of `set_update_internal` for an
    /// exact dict: call it with `len(d)` before adding the dict's keys (with
    /// their stored hashes) so `set(d)` gets CPython's layout. False if an
    /// absurd request could not be allocated (the table is then unchanged).
    pub fn presize(&mut self, additional: usize) -> bool {
        let fill = self.fill.saturating_add(additional).saturating_mul(5);
        let minused = self.used.saturating_add(additional).saturating_mul(2);
        fill < self.mask() * 3 || self.resize(minused)
    }

    /// The tail of `set.difference_update()`: rebuild when more than a
    /// quarter of the slots are dummies.
    pub fn purge_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.grow();
        }
    }

    /// `set_merge`, behind `set(s)`, `frozenset(s)`, `s.copy()`, `s | t`,
    /// `s.update(t)` and set displays (a frozenset constant + SET_UPDATE).
    /// Presizes; if `self` is empty, copies `other`'s slots (verbatim when
    /// same-sized without dummies) and returns true. Otherwise returns false
    /// and the caller adds each of `other.iter()` through lookup +
    /// `insert_new`, which may call `__eq__`. The caller skips `a.update(a)`.
    pub fn merge_from(&mut self, other: &SetTable<K>) -> bool
    where
        K: Clone,
    {
        if other.used == 0 {
            return true;
        }
        if !self.presize(other.used) || self.fill != 0 {
            return false;
        }
        if self.table.len() == other.table.len() && other.fill == other.used {
            for (dst, src) in self.table.iter_mut().zip(&other.table) {
                if let Slot::Active(h, k) = src {
                    *dst = Slot::Active(*h, k.clone());
                }
            }
        } else {
            for (h, k) in other.iter() {
                insert_clean(&mut self.table, h, k.clone());
            }
        }
        (self.fill, self.used) = (other.used, other.used);
        self.version = self.version.wrapping_add(1);
        true
    }

    /// `set_swap_bodies` (used by `intersection_update` and friends): swaps
    /// the contents but, like CPython, not the `pop` finger.
    pub fn swap_contents(&mut self, other: &mut SetTable<K>) {
        std::mem::swap(&mut self.table, &mut other.table);
        std::mem::swap(&mut self.fill, &mut other.fill);
        std::mem::swap(&mut self.used, &mut other.used);
        self.version = self.version.wrapping_add(1);
        other.version = other.version.wrapping_add(1);
    }

    /// `set_discard_entry` on a slot found by `find`: the slot becomes a
    /// dummy (sets never shrink here) and the key is returned.
    pub fn remove(&mut self, slot: usize) -> Option<K> {
        let s = self.table.get_mut(slot)?;
        s.active()?;
        self.used -= 1;
        self.version = self.version.wrapping_add(1);
        std::mem::replace(s, Slot::Dummy).into_key()
    }

    /// `set.pop()`: scans from the finger (masked to the table) for the next
    /// active slot, wrapping around, and leaves the finger just past it.
    pub fn pop(&mut self) -> Option<K> {
        let (mask, start) = (self.mask(), self.finger & self.mask());
        let mut slots = (0..=mask).map(|d| (start + d) & mask);
        let slot = slots.find(|&j| self.table[j].active().is_some())?;
        self.finger = slot + 1;
        self.remove(slot)
    }

    /// `set.clear()` back to 8 slots, keeping the finger as CPython does; the
    /// keys are returned so the caller can drop them after its borrow.
    pub fn drain_all(&mut self) -> Vec<K> {
        let small = (0..MINSIZE).map(|_| Slot::Empty).collect();
        let old = std::mem::replace(&mut self.table, small);
        (self.fill, self.used) = (0, 0);
        self.version = self.version.wrapping_add(1);
        old.into_iter().filter_map(Slot::into_key).collect()
    }

    /// `set.clear()`; see [`SetTable::drain_all`] to drop the keys later.
    pub fn clear(&mut self) {
        drop(self.drain_all());
    }

    /// Iteration step that survives mutation (CPython's `si_pos`): the first
    /// active slot >= `pos` and the position to resume from (slot + 1). The
    /// caller detects resizes as CPython does, by `len()` ("changed size").
    pub fn next_from(&self, pos: usize) -> Option<(usize, &K)> {
        let mut rest = self.table.get(pos..)?.iter().enumerate();
        rest.find_map(|(off, s)| s.active().map(|(_, k)| (pos + off + 1, k)))
    }

    /// Live `(hash, key)` in slot order, i.e. CPython's iteration order.
    pub fn iter(&self) -> impl Iterator<Item = (i64, &K)> + '_ {
        self.table.iter().filter_map(Slot::active)
    }
}

#[cfg(test)]
mod tests {
    //! Every expected set order below was printed by CPython 3.12.1 for the
    //! Python code quoted next to it; the helpers replay the same primitives.
    use super::*;
    use std::convert::Infallible;

    /// Python's `hash()` of an int that fits in an i64 (-1 becomes -2).
    fn ph(n: i64) -> i64 {
        let h = (n as i128 % ((1 << 61) - 1)) as i64;
        h - (h == -1) as i64
    }
    fn eq(n: i64) -> impl FnMut(&i64) -> Result<bool, Infallible> {
        move |k| Ok(*k == n)
    }
    /// `s.add(n)`.
    fn add(s: &mut SetTable<i64>, n: i64) {
        if s.find(ph(n), eq(n)).unwrap().is_none() {
            s.insert_new(ph(n), n);
        }
    }
    /// `s.discard(n)`.
    fn discard(s: &mut SetTable<i64>, n: i64) -> bool {
        let found = s.find(ph(n), eq(n)).unwrap();
        found.and_then(|j| s.remove(j)).is_some()
    }
    /// `set(iterable)` for an iterable that is neither a set nor a dict.
    fn set_of(xs: impl IntoIterator<Item = i64>) -> SetTable<i64> {
        let mut s = SetTable::new();
        xs.into_iter().for_each(|x| add(&mut s, x));
        s
    }
    /// `s.update(o)` for a set `o` (`set_merge`).
    fn update(s: &mut SetTable<i64>, o: &SetTable<i64>) {
        if !s.merge_from(o) {
            o.iter().for_each(|(_, &k)| add(s, k));
        }
    }
    fn order(s: &SetTable<i64>) -> Vec<i64> {
        s.iter().map(|(_, k)| *k).collect()
    }
    fn pops(s: &mut SetTable<i64>, n: usize) -> Vec<i64> {
        (0..n).map_while(|_| s.pop()).collect()
    }
    const LCG_A: u64 = 6364136223846793005;
    const LCG_C: u64 = 1442695040888963407;
    /// Python: `h = (h * 31 + x) % (2**61 - 1)` over the sequence.
    fn ck(xs: &[i64]) -> i64 {
        let step = |h: i128, &x: &i64| (h * 31 + x as i128).rem_euclid((1 << 61) - 1);
        xs.iter().fold(0, step) as i64
    }

    #[test]
    fn set_orders_from_adds_and_merges() {
        // print({10, 3, 64, 17, 8, 100, -5, 33}): frozenset constant + SET_UPDATE.
        let (f, mut s) = (set_of([10, 3, 64, 17, 8, 100, -5, 33]), SetTable::new());
        assert!(s.merge_from(&f));
        assert_eq!(order(&s), [64, 33, 3, 100, 8, 10, 17, -5]);
        // set(range(20, 0, -3))
        let s = set_of((1..=20).rev().step_by(3));
        assert_eq!(order(&s), [2, 5, 8, 11, 14, 17, 20]);
        // set([-1, -2, -3, -8, -9, 7, -16, 15, -17, -24]); -1 and -2 share hash -2.
        let s = set_of([-1, -2, -3, -8, -9, 7, -16, 15, -17, -24]);
        assert_eq!(order(&s), [7, -24, 15, -16, -17, -2, -9, -8, -3, -1]);
        assert_eq!(s.candidates(-2).len(), 2);
        // [2**61-1, 2**61, 0, 1, -2**61, 2**62+5, -2**63, 2**63-1, -2**62]
        let (a, b) = (1i64 << 61, 1i64 << 62);
        let s = set_of([a - 1, a, 0, 1, -a, b + 5, i64::MIN, i64::MAX, -b]);
        let want = [a - 1, a, 0, 1, i64::MAX, b + 5, -b, i64::MIN, -a];
        assert_eq!(order(&s), want);
        // set(dict.fromkeys([0, 16, 1, 17, 2])) is presized; set([...]) is not.
        let mut s = SetTable::new();
        assert!(s.presize(5));
        [0, 16, 1, 17, 2].into_iter().for_each(|x| add(&mut s, x));
        assert_eq!(order(&s), [0, 16, 1, 17, 2]);
        assert_eq!(order(&set_of([0, 16, 1, 17, 2])), [0, 1, 2, 16, 17]);
        // s = set(i * 32 for i in range(9)) | set(range(9)); s.copy() re-lays out.
        let mut s = SetTable::new();
        update(&mut s, &set_of((0..9).map(|i| i * 32)));
        update(&mut s, &set_of(0..9));
        let want = (0..9).map(|i| i * 32).chain(1..9); // 0, 32, ..., 256, 1, ..., 8
        assert!(order(&s).into_iter().eq(want));
        let mut c = SetTable::new();
        update(&mut c, &s);
        let want = [0, 64, 128, 192, 256].into_iter().chain(1..9);
        assert!(order(&c).into_iter().eq(want.chain([32, 96, 160, 224])));
        // s = {1, 2, 3}; s.update(set(range(40, 60))): key-by-key path.
        let (mut s, o) = (set_of([1, 2, 3]), set_of(40..60));
        assert!(!s.merge_from(&o));
        o.iter().for_each(|(_, &k)| add(&mut s, k));
        assert!(order(&s).into_iter().eq((1..4).chain(40..60)));
    }

    #[test]
    fn set_orders_with_dummies() {
        // s = set(range(10)); discard 3, 5, 7; add 19, 11, 13, 27, 3
        let mut s = set_of(0..10);
        assert!([3, 5, 7].into_iter().all(|x| discard(&mut s, x)));
        assert!(!discard(&mut s, 5));
        [19, 11, 13, 27, 3].into_iter().for_each(|x| add(&mut s, x));
        assert_eq!(order(&s), [0, 1, 2, 4, 6, 3, 8, 9, 11, 13, 19, 27]);
        // s = {1, 2, 3}; s.discard(2); s.add(10): the dummy is reused.
        let mut s = set_of([1, 2, 3]);
        discard(&mut s, 2);
        add(&mut s, 10);
        assert_eq!(order(&s), [1, 10, 3]);
        // for i in range(30): s.add(i * 8); s.discard((i - 1) * 8)
        // then add 1, 2, 3, 16, 9 (same-size rebuilds of the small table)
        let mut s = SetTable::new();
        for i in 0..30 {
            add(&mut s, i * 8);
            discard(&mut s, (i - 1) * 8);
        }
        [1, 2, 3, 16, 9].into_iter().for_each(|x| add(&mut s, x));
        assert_eq!(order(&s), [16, 1, 2, 3, 232, 9]);
        // s = set(range(40)); s.difference_update(range(33)); s.add(64)
        // (discarding one by one instead leaves 64 last)
        let mut s = set_of(0..40);
        (0..33).for_each(|i| assert!(discard(&mut s, i)));
        let v = s.version();
        s.purge_dummies();
        assert_ne!(s.version(), v);
        add(&mut s, 64);
        assert_eq!(order(&s), [64, 33, 34, 35, 36, 37, 38, 39]);
    }

    #[test]
    fn set_pop_orders() {
        // s = set([5, 13, 21, 2, 29, 100]); 3 pops; add 37 and 6; pop the rest
        let mut s = set_of([5, 13, 21, 2, 29, 100]);
        let mut p = pops(&mut s, 3);
        add(&mut s, 37);
        add(&mut s, 6);
        p.extend(pops(&mut s, 10));
        assert_eq!(p, [2, 100, 5, 6, 13, 21, 29, 37]);
        assert!(s.is_empty() && s.pop().is_none());
        // set([1000, 5, 1023, 7, 519]) popped empty: the finger wraps around.
        let mut s = set_of([1000, 5, 1023, 7, 519]);
        assert_eq!(pops(&mut s, 5), [5, 519, 1000, 7, 1023]);
        // s = set(range(10)); 5 pops; s.intersection_update([9, 6, 8, 7]); pop all
        let mut s = set_of(0..10);
        assert_eq!(pops(&mut s, 5), [0, 1, 2, 3, 4]);
        let keep = |x: &i64| s.find(ph(*x), eq(*x)).unwrap().is_some();
        let mut r = set_of([9, 6, 8, 7].into_iter().filter(keep));
        s.swap_contents(&mut r);
        assert_eq!(pops(&mut s, 4), [6, 7, 8, 9]);
        // s = set(range(6)); 2 pops; s.clear(); add 8, 0, 1, 9, 3; pop all
        let mut s = set_of(0..6);
        pops(&mut s, 2);
        assert_eq!(s.drain_all(), [2, 3, 4, 5]);
        [8, 0, 1, 9, 3].into_iter().for_each(|x| add(&mut s, x));
        assert_eq!(pops(&mut s, 5), [3, 8, 9, 0, 1]);
    }

    #[test]
    fn set_orders_of_large_tables() {
        // Compared: (len, checksum of the first 20, checksum of the whole order).
        let check = |o: Vec<i64>, want| assert_eq!((o.len(), ck(&o[..20]), ck(&o)), want);
        // set((i * 7919) % 1000 - 500 for i in range(40)): past 32 slots
        let o = order(&set_of((0..40).map(|i| (i * 7919) % 1000 - 500)));
        assert_eq!(o[..6], [257, -254, -120, 394, -500, 14]);
        check(o, (40, 1013822941544200749, 163061847807940298));
        // set((i * 104729) % 100003 - 50000 for i in range(200)): past 128 slots
        let o = order(&set_of((0..200).map(|i| (i * 104729) % 100003 - 50000)));
        assert_eq!(o[..6], [-18432, -2556, 34311, -27127, -11251, 25616]);
        check(o, (200, 400630738771837676, 2167273590426109810));
        // set((i * 2654435761) % 2**40 - 2**39 for i in range(n)) for n = 60000
        // and 80000; only the latter takes the used > 50000 growth branch.
        let m = 1i64 << 39;
        let big = |n| order(&set_of((0..n).map(|i| (i * 2654435761) % (2 * m) - m)));
        check(big(60000), (60000, 140219445463163208, 803862591468335442));
        check(big(80000), (80000, 2297777954820855753, 306919931479366807));
    }

    #[test]
    fn set_random_ops_match_cpython() {
        // The same LCG-driven add/discard/pop sequence, run in CPython 3.12:
        // x = (x * 6364136223846793005 + 1442695040888963407) % 2**64; ...
        let (mut x, mut s, mut out) = (12345u64, SetTable::new(), Vec::new());
        for _ in 0..20000 {
            x = x.wrapping_mul(LCG_A).wrapping_add(LCG_C);
            let v = ((x >> 20) % 512) as i64 - 256;
            match x >> 61 {
                0..=3 => add(&mut s, v),
                4 | 5 => drop(discard(&mut s, v)),
                6 => out.extend(s.pop()),
                _ => add(&mut s, v * 1000003),
            }
        }
        assert_eq!((out.len(), ck(&out)), (2510, 704322660357344002));
        assert_eq!((s.len(), ck(&order(&s))), (495, 2213514644107523125));
    }

    #[test]
    fn set_next_from_versions_and_errors() {
        let mut s = set_of(0..6);
        let (mut pos, mut seen) = (0, Vec::new());
        while let Some((next, &k)) = s.next_from(pos) {
            seen.push(k);
            if k % 2 == 0 {
                let v = s.version();
                assert_eq!(s.remove(next - 1), Some(k));
                assert_ne!(s.version(), v);
            }
            pos = next;
        }
        assert_eq!((seen, order(&s)), (vec![0, 1, 2, 3, 4, 5], vec![1, 3, 5]));
        assert!(s.remove(0).is_none() && s.entry(0).is_none() && s.next_from(99).is_none());
        assert_eq!(s.entry(1), Some((1, &1)));
        let s2 = set_of([3, 11, 19, 4]);
        assert_eq!(s2.candidates(3), [3]);
        assert_eq!(s2.find(3, |_| Err("boom")), Err("boom"));
        assert_eq!(s2.find(5, |_| Err(())), Ok(None)); // no equal hash: eq never runs
        let v = s.version();
        s.clear();
        assert!(s.is_empty() && s.version() != v && !s.resize(usize::MAX));
    }

    #[test]
    fn dict_random_ops_against_model() {
        let (mut x, mut d, mut dm) = (99u64, DictTable::new(), Vec::<(i64, i64)>::new());
        for step in 0..30000i64 {
            x = x.wrapping_mul(LCG_A).wrapping_add(LCG_C);
            let k = ((x >> 33) % 300) as i64 - 150;
            let (h, pos) = (k % 7, dm.iter().position(|e| e.0 == k)); // many equal hashes
            let found = d.find(h, eq(k)).unwrap();
            assert_eq!(found.map(|i| *d.entry(i).unwrap().1), pos.map(|p| dm[p].0));
            match (x >> 61, found, pos) {
                (0..=3, Some(i), Some(p)) => {
                    assert_eq!(d.set_value(i, step), Ok(dm[p].1));
                    dm[p].1 = step;
                }
                (0..=3, _, _) => {
                    d.insert_new(h, k, step);
                    dm.push((k, step));
                }
                (4 | 5, Some(i), Some(p)) => assert_eq!(d.remove(i), Some(dm.remove(p))),
                (6, _, _) => assert_eq!(d.pop_last().map(|(_, k, v)| (k, v)), dm.pop()),
                (7, _, _) if step % 997 == 0 => assert_eq!(d.drain_all(), std::mem::take(&mut dm)),
                _ => {}
            }
            assert_eq!(d.len(), dm.len());
        }
        assert!(d.iter().map(|(_, k, v)| (*k, *v)).eq(dm.iter().copied()));
    }

    #[test]
    fn dict_order_reinsert_and_growth() {
        let mut d = DictTable::with_capacity(3);
        assert!((0..1000).all(|k| d.insert_new(k, k, k * 10) == k as usize));
        for k in (0..1000).step_by(2) {
            let i = d.find(k, eq(k)).unwrap();
            assert_eq!(i.and_then(|i| d.remove(i)), Some((k, k * 10)));
        }
        d.insert_new(0, 0, 7); // a deleted key re-inserted goes to the end
        let ks: Vec<i64> = d.keys().copied().collect();
        assert_eq!((ks.len(), ks[0], ks[499], ks[500]), (501, 1, 999, 0));
        assert_eq!(d.values().last(), Some(&7));
        assert!((0..1000).all(|k| d.find(k, eq(k)).unwrap().is_some() == (k % 2 == 1 || k == 0)));
        let cap = |n| DictTable::<(), ()>::with_capacity(n).indices.len();
        assert_eq!((cap(usize::MAX), cap(100), cap(5)), (1 << 17, 256, 8));
    }

    #[test]
    fn dict_entries_allocated_at_first_insert_to_the_usable_size() {
        let mut d = DictTable::new();
        assert_eq!(d.entries.capacity(), 0);
        d.insert_new(1, 1, 1);
        assert_eq!(d.entries.capacity(), 5);
        (2..=6).for_each(|k| _ = d.insert_new(k, k, k));
        // The sixth entry resized the index array to 16 slots: room for 10.
        assert_eq!((d.indices.len(), d.entries.capacity()), (16, 10));
    }

    #[test]
    fn dict_pop_last_and_next_from() {
        let mut d = DictTable::new();
        for (i, k) in ["a", "b", "c"].into_iter().enumerate() {
            d.insert_new(i as i64, k, i);
        }
        d.remove(2);
        assert_eq!(d.pop_last(), Some((1, "b", 1)));
        // popitem truncated the trailing hole, so the next entry reuses index 1.
        assert_eq!(d.insert_new(9, "d", 9), 1);
        assert_eq!(d.keys().copied().collect::<Vec<_>>(), ["a", "d"]);
        assert_eq!(d.pop_last(), Some((9, "d", 9)));
        assert_eq!(d.pop_last(), Some((0, "a", 0)));
        assert_eq!(d.pop_last(), None);
        // Removing the current and the following entry while iterating.
        let mut d = DictTable::new();
        for k in 0..10i64 {
            d.insert_new(k, k, ());
        }
        let (mut pos, mut seen) = (0, Vec::new());
        while let Some((next, &k, _)) = d.next_from(pos) {
            seen.push(k);
            if k % 3 == 0 {
                assert!(d.remove(next - 1).is_some());
                d.remove(next);
            }
            pos = next;
        }
        assert_eq!(seen, [0, 2, 3, 5, 6, 8, 9]);
        assert_eq!(d.keys().copied().collect::<Vec<_>>(), [2, 5, 8]);
        assert!(d.next_from(100).is_none());
    }

    #[test]
    fn dict_versions_values_and_candidates() {
        let mut d = DictTable::new();
        let (v0, i) = (d.version(), d.insert_new(5, "x", 1));
        let v1 = d.version();
        assert_ne!(v0, v1);
        assert_eq!(d.set_value(i, 2), Ok(1));
        *d.value_mut(i).unwrap() += 1;
        assert_eq!((d.version(), d.entry(i)), (v1, Some((5, &"x", &3))));
        d.insert_new(5, "y", 4);
        d.insert_new(13, "z", 5); // 13 probes the same first slot as 5
        assert_eq!(d.candidates(5), [0, 1]);
        assert_eq!(d.find(5, |k| Ok::<_, ()>(*k == "y")), Ok(Some(1)));
        assert_eq!(d.find(5, |_| Err("raised")), Err("raised"));
        let v2 = d.version();
        assert_eq!(d.remove(0), Some(("x", 3)));
        assert_eq!((d.remove(0), d.set_value(0, 9)), (None, Err(9)));
        assert_ne!(d.version(), v2);
        assert_eq!(d.candidates(5), [1]);
        let v3 = d.version();
        assert_eq!(d.drain_all(), [("y", 4), ("z", 5)]);
        assert!(d.is_empty() && d.version() != v3 && d.candidates(5).is_empty());
        d.clear();
        assert_eq!(d.len(), 0);
    }

    #[test]
    fn cursor_visits_the_candidates_in_probe_order() {
        let mut d = DictTable::new();
        // Colliding hashes (equal low bits), negative ones, a resize on the way.
        for (n, h) in [5i64, 13, 5, -3, 21, 5, 37, -3, 5].into_iter().enumerate() {
            d.insert_new(h, n, ());
        }
        for h in [5i64, 13, -3, 21, 99] {
            let mut cursor = ProbeCursor::new(h);
            let walked: Vec<usize> =
                std::iter::from_fn(|| d.next_candidate(h, &mut cursor)).collect();
            assert_eq!(walked, d.candidates(h), "hash {h}");
        }
        assert_eq!(d.candidates(5).len(), 4);
    }
}
