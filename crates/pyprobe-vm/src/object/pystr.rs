//! The payload of `str` objects.
//!
//! CPython counterpart: `Include/cpython/unicodeobject.h` (the compact
//! representation, where the characters follow the header in the same
//! allocation) and `Objects/unicodeobject.c`.
//!
//! A short string (up to [`INLINE_CAPACITY`] bytes of UTF-8) is stored in
//! the payload itself, so a str such as a word or an attribute name costs
//! one allocation, the object. A longer string keeps its characters in a
//! separate heap buffer that can grow in place for `s += t`. The text is a
//! `CompactString`, which holds either form in the 24 bytes a `String`
//! takes and reads both without a branch on the hot path of [`PyStr::as_str`].
//!
//! Invariants:
//! - `kind` says whether the text is ASCII (for a non-ASCII text `chars`
//!   holds its number of code points; an ASCII text has as many as bytes)
//!   and whether this str is the interned one of its text.
//! - `hash` is -1 or the hash of the current text: every change of the text
//!   resets it.
//! - The payload is 40 bytes, and `kind` is a one-byte enum with 252
//!   unused values in which `Payload` keeps its discriminant (the text's
//!   own spare values, 38 of them, would cap `Payload` at 38 variants).

use compact_str::CompactString;
use std::cell::Cell;
use std::collections::TryReserveError;

/// The longest text, in bytes of UTF-8, stored without a second allocation.
pub const INLINE_CAPACITY: usize = std::mem::size_of::<String>();

pub struct PyStr {
    /// The text: inline when it fits in [`INLINE_CAPACITY`] bytes, else on
    /// the heap with spare capacity for growing in place, as CPython's
    /// `unicode_concatenate` does for a uniquely referenced str.
    s: CompactString,
    hash: Cell<i64>,
    /// The number of code points of a non-ASCII text, as the low 56 bits
    /// of a little-endian integer (no text in memory has more); unused for
    /// ASCII, where it is the byte length.
    chars: [u8; 7],
    /// An enum byte rather than a flag, so that `Payload` can keep its
    /// discriminant in the values it leaves unused.
    kind: Kind,
}

#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum Kind {
    Ascii,
    NonAscii,
    /// The text of `Vm::intern`'s object for it (never changed in place:
    /// the intern table holds a reference, so the object is not unique).
    AsciiInterned,
    NonAsciiInterned,
}

impl Kind {
    #[inline]
    fn ascii(self) -> bool {
        matches!(self, Kind::Ascii | Kind::AsciiInterned)
    }
}

/// The `chars` and `kind` of a new str of text `s`.
#[inline(always)]
fn text_kind(s: &str) -> ([u8; 7], Kind) {
    if s.is_ascii() {
        ([0; 7], Kind::Ascii)
    } else {
        (encode_chars(s.chars().count()), Kind::NonAscii)
    }
}

/// The text of `parts` with `sep` between them, `len` bytes in all: a short
/// one assembled on the stack and copied into the payload (a
/// `CompactString` checks its capacity at every push), a long one in a
/// buffer of exactly its size. None when the memory cannot be had or `len`
/// is not the parts' length.
fn joined_text<'a>(
    sep: &str,
    parts: impl Iterator<Item = &'a str>,
    len: usize,
) -> Option<CompactString> {
    if len <= INLINE_CAPACITY {
        let mut buf = [0u8; INLINE_CAPACITY];
        let mut at = 0;
        for (i, p) in parts.enumerate() {
            for piece in [if i > 0 { sep } else { "" }, p] {
                let end = at + piece.len();
                buf.get_mut(at..end)?.copy_from_slice(piece.as_bytes());
                at = end;
            }
        }
        return CompactString::from_utf8(&buf[..at]).ok();
    }
    let mut t = String::new();
    t.try_reserve_exact(len).ok()?;
    for (i, p) in parts.enumerate() {
        if i > 0 {
            t.push_str(sep);
        }
        t.push_str(p);
    }
    Some(CompactString::from(t))
}

fn encode_chars(n: usize) -> [u8; 7] {
    let [a, b, c, d, e, f, g, _] = (n as u64).to_le_bytes();
    [a, b, c, d, e, f, g]
}

fn decode_chars(chars: [u8; 7]) -> usize {
    let [a, b, c, d, e, f, g] = chars;
    u64::from_le_bytes([a, b, c, d, e, f, g, 0]) as usize
}

impl PyStr {
    /// Takes the text of `s`: a short text is copied into the payload and
    /// the `String`'s buffer freed; a long one keeps the buffer.
    pub fn new(s: String) -> PyStr {
        let (chars, kind) = text_kind(&s);
        PyStr {
            s: CompactString::from(s),
            hash: Cell::new(-1),
            chars,
            kind,
        }
    }

    /// A copy of `s`, stored inline when it fits (no heap buffer).
    #[inline(always)]
    pub fn new_inline(s: &str) -> PyStr {
        let (chars, kind) = text_kind(s);
        PyStr {
            s: CompactString::new(s),
            hash: Cell::new(-1),
            chars,
            kind,
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        self.s.as_str()
    }

    /// The str of `parts` with `sep` between them (`sep.join(parts)`),
    /// `len` bytes in all: made once at its final size, inline when it
    /// fits. `ascii` says whether every part and the separator are ASCII.
    /// None when the memory cannot be had (or `len` is not their length).
    pub fn joined<'a>(
        sep: &str,
        parts: impl Iterator<Item = &'a str>,
        len: usize,
        ascii: bool,
    ) -> Option<PyStr> {
        let s = joined_text(sep, parts, len)?;
        let (chars, kind) = if ascii {
            ([0; 7], Kind::Ascii)
        } else {
            text_kind(&s)
        };
        Some(PyStr {
            s,
            hash: Cell::new(-1),
            chars,
            kind,
        })
    }

    /// `a + b`, made as [`PyStr::joined`] makes it (two pieces copied
    /// straight in when short), its kind and length taken from the two
    /// parts, not counted again.
    pub fn concat(a: &PyStr, b: &PyStr) -> Option<PyStr> {
        let (x, y) = (a.as_str(), b.as_str());
        let len = x.len().checked_add(y.len())?;
        let s = if len <= INLINE_CAPACITY {
            let mut buf = [0u8; INLINE_CAPACITY];
            buf[..x.len()].copy_from_slice(x.as_bytes());
            buf[x.len()..len].copy_from_slice(y.as_bytes());
            CompactString::from_utf8(&buf[..len]).ok()?
        } else {
            joined_text("", [x, y].into_iter(), len)?
        };
        let (chars, kind) = if a.kind.ascii() && b.kind.ascii() {
            ([0; 7], Kind::Ascii)
        } else {
            (encode_chars(a.char_len() + b.char_len()), Kind::NonAscii)
        };
        Some(PyStr {
            s,
            hash: Cell::new(-1),
            chars,
            kind,
        })
    }

    /// Append in place (only through a unique reference: `PyRef::get_mut`).
    /// An inline text that no longer fits moves to a heap buffer; a heap
    /// buffer that is full grows to at least twice the length, so repeated
    /// appends are amortised.
    pub fn push_str(&mut self, t: &str) -> Result<(), TryReserveError> {
        // Grow to at least twice the length, as a `String` does (the text
        // alone would grow by half), so that `s += t` in a loop reallocates
        // as rarely as it did when the payload held a `String`.
        let len = self.s.len();
        let additional = if len.saturating_add(t.len()) > self.s.capacity() {
            t.len().max(len)
        } else {
            t.len()
        };
        if self.s.try_reserve(additional).is_err() {
            // The standard error type has no public constructor; asking
            // for more than any allocation can hold makes the same error.
            return String::new().try_reserve(usize::MAX);
        }
        if self.kind.ascii() && t.is_ascii() {
            self.s.push_str(t);
            self.kind = Kind::Ascii;
        } else {
            // The count before the append, taken while `s` is unchanged.
            let n = self.char_len() + t.chars().count();
            self.s.push_str(t);
            self.chars = encode_chars(n);
            self.kind = Kind::NonAscii;
        }
        self.hash.set(-1);
        Ok(())
    }

    #[inline]
    pub fn char_len(&self) -> usize {
        if self.kind.ascii() {
            self.s.len()
        } else {
            decode_chars(self.chars)
        }
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.kind.ascii()
    }

    /// Is this the interned object of its text (`Vm::intern`)? Two
    /// interned strs are equal exactly when they are the same object.
    #[inline]
    pub fn is_interned(&self) -> bool {
        matches!(self.kind, Kind::AsciiInterned | Kind::NonAsciiInterned)
    }

    /// Make this the interned object of its text (for `Vm::intern`, on a
    /// str no one else has seen yet).
    pub fn set_interned(&mut self) {
        self.kind = if self.kind.ascii() {
            Kind::AsciiInterned
        } else {
            Kind::NonAsciiInterned
        };
    }

    /// The text is stored in the payload, without a heap buffer.
    pub fn is_inline(&self) -> bool {
        !self.s.is_heap_allocated()
    }

    /// The hash, computed once (CPython caches it in the object too).
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = crate::ops::hash_str(self.s.as_str());
        self.hash.set(h);
        h
    }

    /// Store the hash a caller computed with `ops::hash_str` of this text.
    pub fn set_hash(&self, h: i64) {
        debug_assert_eq!(h, crate::ops::hash_str(self.s.as_str()));
        self.hash.set(h);
    }
}

#[cfg(test)]
mod tests {
    use super::{PyStr, INLINE_CAPACITY};

    fn ascii(n: usize) -> String {
        "abcdefghij".chars().cycle().take(n).collect()
    }

    #[test]
    fn text_at_the_limit_is_inline() {
        let s = PyStr::new(ascii(INLINE_CAPACITY));
        assert!(s.is_inline());
        assert_eq!(s.as_str(), ascii(INLINE_CAPACITY));
        assert_eq!(s.char_len(), INLINE_CAPACITY);
        assert!(s.is_ascii());
    }

    #[test]
    fn text_one_over_the_limit_is_on_the_heap() {
        let s = PyStr::new(ascii(INLINE_CAPACITY + 1));
        assert!(!s.is_inline());
        assert_eq!(s.as_str(), ascii(INLINE_CAPACITY + 1));
        assert_eq!(s.char_len(), INLINE_CAPACITY + 1);
    }

    #[test]
    fn empty_text_is_inline() {
        let s = PyStr::new(String::new());
        assert!(s.is_inline());
        assert_eq!(s.as_str(), "");
        assert_eq!(s.char_len(), 0);
        assert!(s.is_ascii());
    }

    #[test]
    fn push_str_up_to_the_limit_stays_inline() {
        let mut s = PyStr::new(ascii(INLINE_CAPACITY - 2));
        assert!(s.push_str("xy").is_ok());
        assert!(s.is_inline());
        assert_eq!(s.char_len(), INLINE_CAPACITY);
        assert_eq!(s.as_str().len(), INLINE_CAPACITY);
    }

    #[test]
    fn push_str_crossing_the_limit_moves_to_the_heap() {
        let mut s = PyStr::new(ascii(INLINE_CAPACITY - 1));
        let before = s.hash();
        assert!(s.push_str("xy").is_ok());
        assert!(!s.is_inline());
        let want = ascii(INLINE_CAPACITY - 1) + "xy";
        assert_eq!(s.as_str(), want);
        assert_eq!(s.char_len(), INLINE_CAPACITY + 1);
        assert_ne!(s.hash(), before);
        assert_eq!(s.hash(), crate::ops::hash_str(&want));
        // Further appends grow the heap buffer.
        for _ in 0..1000 {
            assert!(s.push_str("z").is_ok());
        }
        assert_eq!(s.char_len(), INLINE_CAPACITY + 1001);
        assert_eq!(s.as_str().len(), INLINE_CAPACITY + 1001);
        assert!(s.as_str().starts_with(&want));
        assert!(s.as_str()[want.len()..].bytes().all(|b| b == b'z'));
    }

    #[test]
    fn non_ascii_counts_code_points() {
        // "é" is two bytes: twelve of them fill the inline space exactly.
        let full = "é".repeat(INLINE_CAPACITY / 2);
        let s = PyStr::new(full.clone());
        assert!(s.is_inline());
        assert_eq!(s.char_len(), INLINE_CAPACITY / 2);
        assert!(!s.is_ascii());

        // One more byte of ASCII does not fit.
        let mut s = PyStr::new(full.clone());
        assert!(s.push_str("a").is_ok());
        assert!(!s.is_inline());
        assert_eq!(s.as_str(), full + "a");
        assert_eq!(s.char_len(), INLINE_CAPACITY / 2 + 1);
        assert!(!s.is_ascii());

        // A four-byte character appended to ASCII makes the text non-ASCII.
        let mut s = PyStr::new("ab".to_string());
        assert!(s.push_str("\u{1F600}").is_ok());
        assert!(s.is_inline());
        assert_eq!(s.char_len(), 3);
        assert_eq!(s.as_str().len(), 6);
        assert!(!s.is_ascii());
    }

    #[test]
    fn payload_is_no_larger_than_a_string_and_two_words() {
        assert_eq!(std::mem::size_of::<PyStr>(), 40);
    }
}

/// The byte offset in `s` of its character `n` (`s.len()` when it has no
/// more than `n`). The text is UTF-8 with no index, so this walks it,
/// through `Chars::nth`, which skips whole blocks of bytes at a time.
pub fn char_offset(s: &str, n: usize) -> usize {
    if n == 0 {
        return 0;
    }
    let mut chars = s.chars();
    if chars.nth(n - 1).is_none() {
        return s.len();
    }
    s.len() - chars.as_str().len()
}

#[cfg(test)]
mod char_offset_tests {
    use super::char_offset;

    #[test]
    fn offsets_match_char_indices() {
        let texts = [
            "",
            "abc",
            "é",
            "aé€😀b",
            &"é€a😀".repeat(37),
            &"x".repeat(70),
        ];
        for t in texts {
            let mut expected: Vec<usize> = t.char_indices().map(|(b, _)| b).collect();
            expected.push(t.len());
            for (n, want) in expected.iter().enumerate() {
                assert_eq!(char_offset(t, n), *want, "{t:?} char {n}");
            }
            assert_eq!(char_offset(t, expected.len() + 5), t.len());
        }
    }
}
