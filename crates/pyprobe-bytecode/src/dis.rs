//! A readable listing of a code object, like CPython's `dis` module: one
//! instruction a line with its source line, index and operand meaning.

use crate::{CodeObject, Constant, Instruction};
use std::fmt::Write;

/// Disassemble `code` and, recursively, the code objects among its constants.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    let mut pending = vec![code];
    while let Some(code) = pending.pop() {
        let _ = writeln!(
            out,
            "Disassembly of <code {}> ({}):",
            code.qualname, code.filename
        );
        let mut last_line = 0;
        for (i, ins) in code.instructions.iter().enumerate() {
            let line = code.line_at(i);
            let line_col = if line != last_line {
                line.to_string()
            } else {
                String::new()
            };
            last_line = line;
            let _ = writeln!(
                out,
                "{:>5} {:>6} {:?}{}",
                line_col,
                i,
                ins,
                annotate(code, ins)
            );
        }
        for e in &code.exception_table {
            let _ = writeln!(
                out,
                "  handler: {}..{} -> {} depth {}{}",
                e.start,
                e.end,
                e.handler,
                e.depth,
                if e.push_lasti { " lasti" } else { "" }
            );
        }
        out.push('\n');
        for c in code.constants.iter().rev() {
            if let Constant::Code(inner) = c {
                pending.push(inner);
            }
        }
    }
    out
}

fn annotate(code: &CodeObject, ins: &Instruction) -> String {
    use Instruction::*;
    let name = |i: &u32| code.names.get(*i as usize).cloned().unwrap_or_default();
    match ins {
        LoadConst(i) | ReturnConst(i) => match code.constants.get(*i as usize) {
            Some(Constant::Code(c)) => format!("  (<code {}>)", c.name),
            Some(c) => format!("  ({c:?})"),
            None => String::new(),
        },
        LoadName(i)
        | StoreName(i)
        | DeleteName(i)
        | LoadGlobal(i)
        | LoadGlobalNull(i)
        | StoreGlobal(i)
        | DeleteGlobal(i)
        | LoadAttr(i)
        | StoreAttr(i)
        | DeleteAttr(i)
        | LoadMethod(i)
        | LoadSuperAttr(i, _)
        | LoadSuperMethod(i, _)
        | ImportName(i)
        | ImportFrom(i) => format!("  ({})", name(i)),
        LoadFastAttr(_, i) | LoadFastMethod(_, i) | StoreAttrFast(_, i) => {
            format!("  ({})", name(i))
        }
        LoadFast(i) | StoreFast(i) | DeleteFast(i) | ReturnFast(i) | LoadFastAndClear(i)
        | ClearFast(i) => {
            format!(
                "  ({})",
                code.varnames.get(*i as usize).cloned().unwrap_or_default()
            )
        }
        _ => String::new(),
    }
}
