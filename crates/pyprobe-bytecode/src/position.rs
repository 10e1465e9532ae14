//! Source positions of instructions: where in the source each instruction
//! comes from, as a span of lines and columns (PEP 657).
//!
//! CPython counterpart: `co_positions()` and the location table described in
//! `Objects/locations.md` (3.12: `InternalDocs/locations.md` later). The
//! traceback printer reads it to underline the failing expression.
//!
//! Invariants:
//! - A position's start line is the instruction's entry in the line table
//!   (`CodeObject::lines`); this table adds the end line and the columns, so
//!   the two tables cannot disagree about the line.
//! - Columns are 0-based UTF-8 byte offsets into their lines, as CPython's
//!   `co_positions()`; the printer turns them into characters.
//! - The table is read only when a traceback is printed: a lookup decodes
//!   from the start, nothing on the evaluator's path touches it.
//!
//! Encoding: a byte stream of entries, each covering a run of 1 to 64
//! consecutive instructions whose end-line offset and columns are equal
//! (their start lines come from the line table, so one entry can span
//! lines). An entry starts with a header byte, `kind << 6 | low`, where
//! `low` is the run's length minus one except for kind 3:
//!
//! | kind | meaning | bytes after the header |
//! |---|---|---|
//! | 0 | columns unknown | none |
//! | 1 | on one line, column < 256, width < 256 | column, width |
//! | 2 | anything else | varints: end line - line, column, end column |
//! | 3 | one instruction on one line, column < 256, `low` its width (< 64) | column |
//!
//! Most expressions are short and sit on one line near its start, so a
//! typical instruction costs two bytes (1.55 on average over `tests/py`
//! and `benches/py`, where the line table takes 4 and the instruction 8).

/// Where an instruction comes from: lines are 1-based, columns 0-based
/// UTF-8 byte offsets (CPython's `lineno`, `end_lineno`, `col_offset`,
/// `end_col_offset`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Position {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// The columns of a position relative to its start line: what an entry of
/// the table stores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Span {
    end_line_delta: u32,
    col: u32,
    end_col: u32,
}

impl Span {
    fn of(p: Option<Position>) -> Option<Span> {
        p.map(|p| Span {
            end_line_delta: p.end_line.saturating_sub(p.line),
            col: p.col,
            end_col: p.end_col,
        })
    }
}

const KIND_NONE: u8 = 0;
const KIND_SHORT: u8 = 1;
const KIND_LONG: u8 = 2;
const KIND_NARROW: u8 = 3;
const MAX_RUN: usize = 64;

/// The position table of one code object (see the module comment).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PositionTable {
    data: Box<[u8]>,
}

impl PositionTable {
    /// Encode one position per instruction (`None`: columns unknown).
    pub fn new(positions: &[Option<Position>]) -> PositionTable {
        let mut data = Vec::new();
        let mut i = 0;
        while i < positions.len() {
            let span = Span::of(positions[i]);
            let mut run = 1;
            while run < MAX_RUN && i + run < positions.len() && Span::of(positions[i + run]) == span
            {
                run += 1;
            }
            let len_bits = (run - 1) as u8;
            match span {
                None => data.push(KIND_NONE << 6 | len_bits),
                Some(s) => {
                    let width = s.end_col.wrapping_sub(s.col);
                    let short = s.end_line_delta == 0 && s.col < 256 && s.end_col >= s.col;
                    if short && run == 1 && width < 64 {
                        data.extend([KIND_NARROW << 6 | width as u8, s.col as u8]);
                    } else if short && width < 256 {
                        data.extend([KIND_SHORT << 6 | len_bits, s.col as u8, width as u8]);
                    } else {
                        data.push(KIND_LONG << 6 | len_bits);
                        for v in [s.end_line_delta, s.col, s.end_col] {
                            write_varint(&mut data, v);
                        }
                    }
                }
            }
            i += run;
        }
        PositionTable {
            data: data.into_boxed_slice(),
        }
    }

    /// The position of instruction `index`, whose start line is `line`;
    /// `None` when its columns are unknown or the index is past the end.
    pub fn get(&self, index: usize, line: u32) -> Option<Position> {
        let mut reader = Reader {
            data: &self.data,
            at: 0,
        };
        let mut first = 0;
        while let Some(header) = reader.byte() {
            let low = header & 0x3f;
            let mut run = low as usize + 1;
            let span = match header >> 6 {
                KIND_NARROW => {
                    run = 1;
                    let col = u32::from(reader.byte()?);
                    Some(Span {
                        end_line_delta: 0,
                        col,
                        end_col: col + u32::from(low),
                    })
                }
                KIND_SHORT => {
                    let col = u32::from(reader.byte()?);
                    let width = u32::from(reader.byte()?);
                    Some(Span {
                        end_line_delta: 0,
                        col,
                        end_col: col + width,
                    })
                }
                KIND_LONG => Some(Span {
                    end_line_delta: reader.varint()?,
                    col: reader.varint()?,
                    end_col: reader.varint()?,
                }),
                _ => None,
            };
            if index < first + run {
                return span.map(|s| Position {
                    line,
                    end_line: line.saturating_add(s.end_line_delta),
                    col: s.col,
                    end_col: s.end_col,
                });
            }
            first += run;
        }
        None
    }

    /// Size of the encoded table in bytes.
    pub fn byte_len(&self) -> usize {
        self.data.len()
    }
}

/// Unsigned LEB128: seven bits a byte, low bits first.
fn write_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push((v & 0x7f) as u8 | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

struct Reader<'a> {
    data: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.data.get(self.at)?;
        self.at += 1;
        Some(b)
    }

    fn varint(&mut self) -> Option<u32> {
        let mut v: u32 = 0;
        for shift in (0..35).step_by(7) {
            let b = self.byte()?;
            v |= u32::from(b & 0x7f).checked_shl(shift)?;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pos(line: u32, end_line: u32, col: u32, end_col: u32) -> Option<Position> {
        Some(Position {
            line,
            end_line,
            col,
            end_col,
        })
    }

    #[test]
    fn positions_round_trip() {
        let positions = vec![
            pos(1, 1, 4, 9),
            pos(1, 1, 4, 9),
            None,
            pos(2, 2, 0, 300),
            pos(3, 7, 8, 2),
            pos(9, 9, 70_000, 70_010),
            pos(10, 10, 255, 510),
            pos(11, 11, 12, 12),
        ];
        let table = PositionTable::new(&positions);
        for (i, p) in positions.iter().enumerate() {
            let line = p.map_or(5, |p| p.line);
            assert_eq!(table.get(i, line), *p, "instruction {i}");
        }
        assert_eq!(table.get(positions.len(), 1), None);
    }

    #[test]
    fn runs_share_an_entry_across_lines() {
        // Equal columns on different lines: one entry, lines from the caller.
        let positions: Vec<_> = (1..=100).map(|l| pos(l, l, 4, 8)).collect();
        let table = PositionTable::new(&positions);
        // Two entries (64 + 36 instructions) of three bytes each.
        assert_eq!(table.byte_len(), 6);
        // A lone instruction of a narrow span takes two bytes.
        assert_eq!(PositionTable::new(&[pos(1, 1, 200, 263)]).byte_len(), 2);
        assert_eq!(PositionTable::new(&[pos(1, 1, 200, 264)]).byte_len(), 3);
        assert_eq!(table.get(99, 100), pos(100, 100, 4, 8));
    }

    #[test]
    fn empty_table_has_no_positions() {
        let table = PositionTable::new(&[]);
        assert_eq!(table.get(0, 1), None);
    }
}
