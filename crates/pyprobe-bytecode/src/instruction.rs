//! The instruction set. Each variant documents its stack effect as
//! `before -> after` (top of stack on the right). `NULL` is the vm's
//! internal marker value that never reaches Python code.
//!
//! Operands are `u32` indices (into constants, names, fast locals, or the
//! instruction vector for jumps); the enum is 8 bytes.

/// Binary operators, in-place variants included (`a += b` tries `__iadd__`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
    InplaceAdd,
    InplaceSub,
    InplaceMul,
    InplaceMatMul,
    InplaceTrueDiv,
    InplaceFloorDiv,
    InplaceMod,
    InplacePow,
    InplaceLShift,
    InplaceRShift,
    InplaceAnd,
    InplaceOr,
    InplaceXor,
}

impl BinOp {
    /// The non-in-place operator this one falls back to.
    pub fn base(self) -> BinOp {
        use BinOp::*;
        match self {
            InplaceAdd => Add,
            InplaceSub => Sub,
            InplaceMul => Mul,
            InplaceMatMul => MatMul,
            InplaceTrueDiv => TrueDiv,
            InplaceFloorDiv => FloorDiv,
            InplaceMod => Mod,
            InplacePow => Pow,
            InplaceLShift => LShift,
            InplaceRShift => RShift,
            InplaceAnd => And,
            InplaceOr => Or,
            InplaceXor => Xor,
            other => other,
        }
    }

    pub fn is_inplace(self) -> bool {
        self.base() != self
    }

    /// The in-place form of a base operator.
    pub fn inplace(self) -> BinOp {
        use BinOp::*;
        match self {
            Add => InplaceAdd,
            Sub => InplaceSub,
            Mul => InplaceMul,
            MatMul => InplaceMatMul,
            TrueDiv => InplaceTrueDiv,
            FloorDiv => InplaceFloorDiv,
            Mod => InplaceMod,
            Pow => InplacePow,
            LShift => InplaceLShift,
            RShift => InplaceRShift,
            And => InplaceAnd,
            Or => InplaceOr,
            Xor => InplaceXor,
            other => other,
        }
    }

    /// The operator as written in source (`+`, `+=`), for error messages.
    pub fn symbol(self) -> &'static str {
        use BinOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            MatMul => "@",
            TrueDiv => "/",
            FloorDiv => "//",
            Mod => "%",
            Pow => "** or pow()",
            LShift => "<<",
            RShift => ">>",
            And => "&",
            Or => "|",
            Xor => "^",
            InplaceAdd => "+=",
            InplaceSub => "-=",
            InplaceMul => "*=",
            InplaceMatMul => "@=",
            InplaceTrueDiv => "/=",
            InplaceFloorDiv => "//=",
            InplaceMod => "%=",
            InplacePow => "**=",
            InplaceLShift => "<<=",
            InplaceRShift => ">>=",
            InplaceAnd => "&=",
            InplaceOr => "|=",
            InplaceXor => "^=",
        }
    }

    /// The dunder names: (forward, reflected, in-place).
    pub fn dunders(self) -> (&'static str, &'static str, Option<&'static str>) {
        use BinOp::*;
        let (f, r) = match self.base() {
            Add => ("__add__", "__radd__"),
            Sub => ("__sub__", "__rsub__"),
            Mul => ("__mul__", "__rmul__"),
            MatMul => ("__matmul__", "__rmatmul__"),
            TrueDiv => ("__truediv__", "__rtruediv__"),
            FloorDiv => ("__floordiv__", "__rfloordiv__"),
            Mod => ("__mod__", "__rmod__"),
            Pow => ("__pow__", "__rpow__"),
            LShift => ("__lshift__", "__rlshift__"),
            RShift => ("__rshift__", "__rrshift__"),
            And => ("__and__", "__rand__"),
            Or => ("__or__", "__ror__"),
            Xor => ("__xor__", "__rxor__"),
            _ => ("", ""),
        };
        let i = match self {
            InplaceAdd => Some("__iadd__"),
            InplaceSub => Some("__isub__"),
            InplaceMul => Some("__imul__"),
            InplaceMatMul => Some("__imatmul__"),
            InplaceTrueDiv => Some("__itruediv__"),
            InplaceFloorDiv => Some("__ifloordiv__"),
            InplaceMod => Some("__imod__"),
            InplacePow => Some("__ipow__"),
            InplaceLShift => Some("__ilshift__"),
            InplaceRShift => Some("__irshift__"),
            InplaceAnd => Some("__iand__"),
            InplaceOr => Some("__ior__"),
            InplaceXor => Some("__ixor__"),
            _ => None,
        };
        (f, r, i)
    }
}

/// Rich comparison operators (`is`, `in` have their own instructions).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    /// The operator with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }

    pub fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Instruction {
    /// `->`: does nothing (kept so a line with no code still has an event).
    Nop,
    /// `->`: fire the `line` probe, then run the instruction at the same
    /// index of the code's own instructions. Never compiled: the evaluator
    /// runs a code object's instructions from an array of these while a
    /// tracer has the `line` probe enabled.
    TraceLine,
    /// `a ->`
    PopTop,
    /// `a ... x -> a ... x a`: push a copy of the n-th item (1 = top).
    Copy(u32),
    /// `a ... x -> x ... a`: swap top with the n-th item (n >= 2).
    Swap(u32),
    /// `-> NULL`: the empty callee slot of a call that has no `self`.
    PushNull,

    /// `-> consts[i]`
    LoadConst(u32),
    /// `-> fast[i]`; UnboundLocalError when unset.
    LoadFast(u32),
    /// `-> fast[a] fast[b]`: a `LoadFast(a)` fused with the `LoadFast(b)`
    /// that follows it, which stays in place (jumps may target it) and is
    /// skipped.
    LoadFastLoadFast(u16, u16),
    /// `-> fast[a] consts[b]`: `LoadFast(a)` fused with a following
    /// `LoadConst(b)`, skipped likewise.
    LoadFastLoadConst(u16, u16),
    /// `-> fast[a] op consts[b]`: `LoadFast(a) LoadConst(b) BinaryOp(op)`
    /// fused; the two that follow stay in place and are skipped. Only ints
    /// and floats are computed here; other operands are pushed and the
    /// `BinaryOp` in place runs next (an unset local runs the plain
    /// instructions from the first).
    BinaryOpFastConst(u16, u16, BinOp),
    /// `x -> x op consts[c]`: `LoadConst(c) BinaryOp(op)` fused likewise
    /// (otherwise run as `LoadConst`).
    BinaryOpConst(u16, BinOp),
    /// `-> fast[a] op fast[b]`: `LoadFast(a) LoadFast(b) BinaryOp(op)`
    /// fused likewise (otherwise run as `LoadFastLoadFast`).
    BinaryOpFastFast(u16, u16, BinOp),
    /// `-> fast[a] op consts[b]`: `LoadFast(a) LoadConst(b) CompareOp(op)`
    /// fused likewise (other operands pushed for the `CompareOp`);
    /// followed by a conditional jump, it jumps without pushing the bool
    /// (as `CompareOp` does).
    CompareFastConst(u16, u16, CmpOp),
    /// `-> fast[a] op fast[b]`: `LoadFast(a) LoadFast(b) CompareOp(op)`.
    CompareFastFast(u16, u16, CmpOp),
    /// `x -> x op consts[c]`: `LoadConst(c) CompareOp(op)` fused likewise
    /// (`n % 7 == 0`, `len(s) > 1`), a following conditional jump taken in
    /// place (otherwise run as `LoadConst`).
    CompareConst(u16, CmpOp),
    /// `-> fast[a] is consts[b]` (`is not` when the flag is set):
    /// `LoadFast(a) LoadConst(b) IsOp(flag)` fused, a following conditional
    /// jump taken in place (`x is None`).
    IsFastConst(u16, u16, bool),
    /// `x -> x is consts[c]` (`is not` when the flag is set): `LoadConst(c)
    /// IsOp(flag)` fused (`self.x is None`), a following conditional jump
    /// taken in place (otherwise run as `LoadConst`).
    IsConst(u16, bool),
    /// `-> fast[a].name`: `LoadFast(a) LoadAttr(i)` fused (`self.x`); the
    /// `LoadAttr` stays in place and is skipped.
    LoadFastAttr(u16, u32),
    /// `-> meth fast[a]` or `-> attr NULL`: `LoadFast(a) LoadMethod(i)`
    /// fused (`self.m(...)`).
    LoadFastMethod(u16, u32),
    /// `-> fast[i] NULL`: `LoadFast(i) PushNull` fused (a call of a local,
    /// `f(...)`); the `PushNull` stays in place and is skipped.
    LoadFastNull(u16),
    /// `v ->`: `fast[i] = v`
    StoreFast(u32),
    /// `v ->`: `fast[a].name = v`: `LoadFast(a) StoreAttr(i)` fused
    /// (`self.x = ...`); the `StoreAttr` stays in place and is skipped.
    StoreAttrFast(u16, u32),
    /// `v w ->`: `fast[a] = w; fast[b] = v`: `StoreFast(a) StoreFast(b)`
    /// fused (`a, b = ...`); the second stays in place and is skipped.
    StoreFastStoreFast(u16, u16),
    /// `->`: unset `fast[i]` (UnboundLocalError if already unset).
    DeleteFast(u32),
    /// `-> fast[i]`, unsetting it: pushes NULL when it was unset (CPython
    /// 3.12's `LOAD_FAST_AND_CLEAR`). An inlined comprehension saves a
    /// variable of its function that it binds too; a `StoreFast` puts the
    /// value back after it.
    LoadFastAndClear(u32),
    /// `->`: unset `fast[i]`, set or not: the variables of an inlined
    /// comprehension that nothing else binds, when it ends.
    ClearFast(u32),
    /// `-> v`: locals dict, then globals, then builtins (module/class bodies).
    LoadName(u32),
    /// `v ->`
    StoreName(u32),
    DeleteName(u32),
    /// `-> v`: globals, then builtins.
    LoadGlobal(u32),
    /// `-> v NULL`: `LoadGlobal(i)` fused with the `PushNull` of a call,
    /// which stays in place and is skipped (CPython 3.12's `LOAD_GLOBAL`
    /// with its low bit set).
    LoadGlobalNull(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// `-> v`: contents of the cell in local slot i (cells and free vars
    /// follow varnames in the slot numbering).
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// `-> v`: class bodies: the class namespace first, then the cell.
    LoadClassDeref(u32),
    /// `-> cell`: the cell object itself, to build a closure.
    LoadClosure(u32),

    /// `obj -> obj.name`
    LoadAttr(u32),
    /// `v obj ->`: `obj.name = v`
    StoreAttr(u32),
    /// `obj ->`
    DeleteAttr(u32),
    /// `obj -> meth obj` when `name` is a plain function on the type, else
    /// `obj -> attr NULL`. Followed by a call.
    LoadMethod(u32),
    /// `super cls obj -> super(cls, obj).name` (CPython's
    /// `LOAD_SUPER_ATTR`): no super object when `super` is the built-in.
    /// The flag tells `super(C, obj)` from `super()`, whose `cls` and `obj`
    /// are `__class__` and the first argument, and which calls a `super`
    /// that is not the built-in one without arguments.
    LoadSuperAttr(u32, bool),
    /// `super cls obj -> meth obj` or `-> attr NULL`, as `LoadMethod` on
    /// `super(cls, obj)`. Followed by a call.
    LoadSuperMethod(u32, bool),
    /// `super cls obj -> super()`: a zero-argument `super()` in a method
    /// (`cls` and `obj` are `__class__` and the first argument), the
    /// built-in `super` given them, any other called without arguments.
    CallSuper,

    /// `a b -> a op b`
    BinaryOp(BinOp),
    /// `a -> op a`
    UnaryOp(UnaryOp),
    /// `a b -> a op b`
    CompareOp(CmpOp),
    /// `a b -> a is b` (`is not` when the flag is set)
    IsOp(bool),
    /// `a b -> a in b` (`not in` when the flag is set)
    ContainsOp(bool),

    /// `c k -> c[k]`
    BinarySubscr,
    /// `v c k ->`: `c[k] = v`
    StoreSubscr,
    /// `c start stop -> c[start:stop]` (CPython 3.12's `BINARY_SLICE`: a
    /// slice without a step makes no slice object when it need not).
    BinarySlice,
    /// `v c start stop ->`: `c[start:stop] = v` (`STORE_SLICE`).
    StoreSlice,
    /// `-> fast[a][fast[b]]`: `LoadFast(a) LoadFast(b) BinarySubscr` fused
    /// (an exact list or tuple and an int index in range; otherwise run as
    /// `LoadFast(a)` and the plain instructions after it).
    BinarySubscrFastFast(u16, u16),
    /// `v ->`: `fast[a][fast[b]] = v`: `LoadFast(a) LoadFast(b)
    /// StoreSubscr` fused likewise (an exact list inline, anything else by
    /// the general store; an unset local runs the plain instructions).
    StoreSubscrFastFast(u16, u16),
    /// `c k -> c k c[k]`: `Copy(2) Copy(2) BinarySubscr` fused (the read of
    /// `c[k] op= v`), with `BinarySubscr`'s inline path (anything else by
    /// the general lookup); the two that follow stay in place and are
    /// skipped.
    CopySubscr,
    /// `c k v ->`: `c[k] = v`: `Swap(3) Swap(2) StoreSubscr` fused (the
    /// store of `c[k] op= v`), with `StoreSubscr`'s inline path (anything
    /// else by the general store), the two that follow skipped likewise.
    SwapStoreSubscr,
    /// `c k ->`
    DeleteSubscr,
    /// `start stop -> slice` (2) or `start stop step -> slice` (3)
    BuildSlice(u32),

    /// `x1..xn -> (x1..xn)`
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// `k1 v1 .. kn vn -> {k1: v1, ...}`
    BuildMap(u32),
    /// `k1..kn v1..vn (keys tuple) -> dict`
    BuildConstKeyMap(u32),
    /// `s1..sn -> "s1...sn"` (f-strings)
    BuildString(u32),
    /// `list ... v -> list ...`: append v to the list at depth i (below v).
    ListAppend(u32),
    SetAdd(u32),
    /// `dict ... k v -> dict ...`
    MapAdd(u32),
    /// `list ... it -> list ...`: extend by an iterable.
    ListExtend(u32),
    SetUpdate(u32),
    /// `dict ... m -> dict ...`: `{**m}` (any mapping).
    DictUpdate(u32),
    /// `dict ... m -> dict ...`: `f(**m)`, a repeated key is a TypeError.
    DictMerge(u32),
    /// `list -> tuple`
    ListToTuple,
    /// `v -> str` or `v spec -> str`; conversion: 0 none, 1 str, 2 repr, 3 ascii.
    FormatValue {
        conversion: u8,
        has_spec: bool,
    },

    /// `seq -> xn .. x1`: exactly n items.
    UnpackSequence(u32),
    /// `seq ->`: `fast[a], fast[b] = seq`: `UnpackSequence(2) StoreFast(a)
    /// StoreFast(b)` fused; an exact tuple or list of two is stored here,
    /// anything else is unpacked as `UnpackSequence(2)` and the two stores
    /// in place follow.
    UnpackStoreFast(u16, u16),
    /// `seq -> rest..`: `a, *b, c = seq` with `before` and `after` counts.
    UnpackEx {
        before: u16,
        after: u16,
    },

    /// Unconditional jump to the absolute index.
    Jump(u32),
    /// `v ->`, jump when falsy.
    PopJumpIfFalse(u32),
    /// `v ->`, jump when truthy.
    PopJumpIfTrue(u32),
    /// `v ->`, jump when `v is None`.
    PopJumpIfNone(u32),
    PopJumpIfNotNone(u32),
    /// `v -> v` and jump when falsy, else `v ->` (the `and` operator).
    JumpIfFalseOrPop(u32),
    /// `v -> v` and jump when truthy, else `v ->` (the `or` operator).
    JumpIfTrueOrPop(u32),

    /// `obj -> iter(obj)`
    GetIter,
    /// `it -> it next(it)` and jump (back into the loop's body: the test
    /// sits at the bottom of its loop); when exhausted: `it ->`.
    ForIter(u32),
    /// `it -> it` with `fast[a] = next(it)` and a jump to `t + 1`; when
    /// exhausted: `it ->`. `ForIter(t)` fused with the `StoreFast(a)` at
    /// `t` (`for x in ...:`), which stays in place: the general path
    /// pushes the item and jumps to it.
    ForIterStoreFast(u16, u32),

    /// `NULL|self callable? args.. -> result`: stack holds
    /// `callable self_or_null a1..an` with n = argc.
    Call(u32),
    /// `Call(n)` with its last argument local `a`: `LoadFast(a) Call(n)`
    /// fused (`f(x)`); the `Call` stays in place and is skipped.
    CallFast(u16, u16),
    /// Like `Call`, with a tuple of keyword names on top; the last
    /// `len(names)` arguments are keyword values.
    CallKw(u32),
    /// `callable self_or_null args [kwargs_dict] -> result`: `args` is a
    /// tuple, or any iterable (`f(*it)`), made one first.
    CallEx {
        has_kwargs: bool,
    },
    /// `[closure] iter -> result`: run the comprehension or generator
    /// expression whose code is `consts[code]` on `iter` (its `.0`), with
    /// the closure tuple below it when `closure` is set: what
    /// `MakeFunction` and `Call(1)` of the new function would do, without
    /// the function object. A list, set or dict comprehension runs as a
    /// pushed frame; a generator expression's result is its generator.
    CallComprehension {
        code: u32,
        closure: bool,
    },
    /// `[defaults] [kwdefaults] [closure] code -> function`; flag bits:
    /// 1 defaults tuple, 2 kw-defaults dict, 8 closure tuple.
    MakeFunction(u32),
    /// `-> __build_class__`
    LoadBuildClass,
    /// `v -> <returns v>`
    ReturnValue,
    /// `->`: return `consts[i]`: `LoadConst(i) ReturnValue` fused (CPython
    /// 3.12's `RETURN_CONST`); the `ReturnValue` stays in place.
    ReturnConst(u32),
    /// `->`: return `fast[i]`: `LoadFast(i) ReturnValue` fused; the
    /// `ReturnValue` stays in place.
    ReturnFast(u32),

    /// `v -> <yields v>`, then `-> sent`
    YieldValue,
    /// `v -> iter(v)` for `yield from` (a generator stays as it is).
    GetYieldFromIter,
    /// `subiter sent -> subiter sent`: delegate one step to the sub-iterator;
    /// yields what it yields (staying on this instruction), and when it
    /// returns: `subiter sent -> result` and continue.
    YieldFrom,

    /// `v -> iter`: what `await v` delegates to (`YieldFrom`): a
    /// coroutine itself, else the iterator of `v.__await__()`. `kind`
    /// names the source of `v` in errors: 0 an `await` expression,
    /// 1 `__aenter__`, 2 `__aexit__`, 3 `__anext__`.
    GetAwaitable(u8),
    /// `mgr -> aexit awaitable`: `async with` entry; `awaitable` is what
    /// `mgr.__aenter__()` returned, `aexit` the bound `__aexit__`.
    BeforeAsyncWith,
    /// `obj -> aiter`: `type(obj).__aiter__(obj)` for `async for`.
    GetAIter,
    /// `aiter -> aiter awaitable`: `type(aiter).__anext__(aiter)`.
    GetANext,
    /// `aiter exc ->`: the handler that ends an `async for`: a
    /// StopAsyncIteration ends the loop, any other exception is re-raised.
    EndAsyncFor,
    /// `v -> wrapped`: the value an asynchronous generator yields, marked
    /// so that its `asend` tells it from what an `await` in it passes on.
    AsyncGenWrap,

    /// Raise: 0 = re-raise the handled exception, 1 = `raise exc`,
    /// 2 = `raise exc from cause`.
    Raise(u32),
    /// `exc ->`: re-raise exc (end of a finally/except cleanup path). With a
    /// nonzero operand, the stack holds `lasti exc` and lasti restores the
    /// traceback position first.
    Reraise(u32),
    /// `exc -> prev_exc exc`: entering a handler; exc becomes the handled one.
    PushExcInfo,
    /// `prev_exc ->`: leaving a handler; restore the handled exception.
    PopExcept,
    /// `exc type -> exc bool`
    CheckExcMatch,
    /// `-> AssertionError`
    LoadAssertionError,

    /// `mgr -> exit enter_result`
    BeforeWith,
    /// `exit lasti prev exc -> exit lasti prev exc result`: calls
    /// `exit(type(exc), exc, tb)`.
    WithExceptStart,

    /// `level fromlist -> module`
    ImportName(u32),
    /// `module -> module attr`
    ImportFrom(u32),
    /// `module ->`: `from module import *` into the current namespace.
    ImportStar,
    /// `->`: creates `__annotations__` in the namespace if missing.
    SetupAnnotations,
    /// `v ->`: interactive-mode echo (sys.displayhook).
    PrintExpr,

    /// `subject -> subject len(subject)`
    GetLen,
    /// `subject -> subject bool`: is it a mapping?
    MatchMapping,
    /// `subject -> subject bool`: is it a sequence (not str/bytes)?
    MatchSequence,
    /// `subject keys -> subject keys values_tuple_or_None`
    MatchKeys,
    /// `subject cls names -> attrs_tuple_or_None` with n positional sub-patterns.
    MatchClass(u32),
    /// `mapping keys -> rest_dict`: copy of mapping without keys (for `**rest`).
    CopyDictWithoutKeys,
    /// `exc type -> rest match`: split exc for an `except* type` clause;
    /// match is None when nothing matched, rest None when all did. A
    /// match becomes the handled exception. Raises TypeError for a type
    /// that is not an exception class or is an exception group class.
    CheckEgMatch,
    /// `orig list -> exc_or_None`: what a `try`/`except*` re-raises, from
    /// the original exception and what the clauses raised or left
    /// (CPython's `_PyExc_PrepReraiseStar`).
    PrepReraiseStar,
}

impl Instruction {
    /// The jump target, if this instruction can jump.
    pub fn jump_target(&self) -> Option<u32> {
        let mut copy = *self;
        copy.jump_target_slot().map(|t| *t)
    }

    /// Replace the jump target (used when labels are resolved).
    pub fn set_jump_target(&mut self, target: u32) {
        if let Some(t) = self.jump_target_slot() {
            *t = target;
        }
    }

    fn jump_target_slot(&mut self) -> Option<&mut u32> {
        use Instruction::*;
        match self {
            Jump(t)
            | PopJumpIfFalse(t)
            | PopJumpIfTrue(t)
            | PopJumpIfNone(t)
            | PopJumpIfNotNone(t)
            | JumpIfFalseOrPop(t)
            | JumpIfTrueOrPop(t)
            | ForIter(t)
            | ForIterStoreFast(_, t) => Some(t),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instruction_is_compact() {
        assert!(std::mem::size_of::<Instruction>() <= 8);
    }

    #[test]
    fn inplace_round_trip() {
        assert_eq!(BinOp::Add.inplace(), BinOp::InplaceAdd);
        assert_eq!(BinOp::InplaceAdd.base(), BinOp::Add);
        assert!(BinOp::InplaceXor.is_inplace());
        assert_eq!(
            BinOp::InplaceOr.dunders(),
            ("__or__", "__ror__", Some("__ior__"))
        );
    }

    #[test]
    fn jump_targets_are_rewritable() {
        let mut i = Instruction::ForIter(3);
        i.set_jump_target(9);
        assert_eq!(i.jump_target(), Some(9));
        assert_eq!(Instruction::PopTop.jump_target(), None);
    }
}
