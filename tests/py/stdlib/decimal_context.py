"""decimal: contexts, signals, flags, traps and the exceptions they raise."""

import decimal
from decimal import *


def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


print(repr(getcontext()))
print(repr(DefaultContext))
print(repr(BasicContext))
print(repr(ExtendedContext))
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY,
      decimal.HAVE_THREADS, decimal.HAVE_CONTEXTVAR, decimal.__version__)
print(ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
      ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)
for cls in [DecimalException, Clamped, InvalidOperation, ConversionSyntax,
            DivisionByZero, DivisionImpossible, DivisionUndefined, Inexact,
            InvalidContext, Rounded, Subnormal, Overflow, Underflow,
            FloatOperation]:
    print(cls.__name__, cls.__module__, [b.__name__ for b in cls.__bases__],
          issubclass(cls, ArithmeticError))

c = Context(prec=5, rounding=ROUND_UP, Emin=-10, Emax=10, capitals=0, clamp=1,
            flags=[Inexact], traps=[Overflow, Clamped])
print(repr(c))
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop())
print(c.flags)
print(c.traps[Overflow], c.traps[Inexact], c.flags[Inexact], len(c.flags),
      list(c.flags)[:3], Inexact in c.flags, c.flags.get(Rounded))
print(c.flags.copy() == {k: k is Inexact for k in c.flags})
d = c.copy()
d.prec = 7
d.flags[Rounded] = True
print(repr(c))
print(repr(d))
c.clear_flags()
c.clear_traps()
print(repr(c))
print(repr(Context()))
print(repr(Context(flags={k: True for k in Context().flags}, traps={k: False for k in Context().flags})))

show(lambda: Context(prec=0))
show(lambda: Context(prec=MAX_PREC + 1))
show(lambda: Context(prec='a'))
show(lambda: Context(rounding='x'))
show(lambda: Context(Emin=5))
show(lambda: Context(Emax=-5))
show(lambda: Context(capitals=2))
show(lambda: Context(clamp=-1))
show(lambda: Context(flags=5))
show(lambda: Context(flags={Inexact: 1}))
show(lambda: Context(flags=[1]))
show(lambda: setattr(c, 'prec', 'a'))
show(lambda: setattr(c, 'foo', 'a'))
show(lambda: setattr(c, 'traps', [Inexact]))
show(lambda: setattr(c, 'flags', {Inexact: True}))
show(lambda: c.flags.__setitem__(5, True))
show(lambda: c.flags[5])
show(lambda: c.flags.__delitem__(Inexact))
show(lambda: localcontext(foo=1))
show(lambda: localcontext(prec='a'))
show(lambda: localcontext(prec=-1))
show(lambda: setcontext(5))
show(lambda: localcontext(5))

# The first trapped signal is raised with the list of trapped conditions.
show(lambda: Decimal('abc'))
show(lambda: Decimal(1) / 0)
show(lambda: Decimal(0) / 0)
show(lambda: divmod(Decimal(1), 0))
show(lambda: divmod(Decimal(0), 0))
show(lambda: Decimal(1) % 0)
show(lambda: Decimal(-1).sqrt())
show(lambda: Decimal('1e999999') * 10)
show(lambda: Decimal('sNaN') + 1)
show(lambda: Decimal('1e30') // Decimal('1e-30'))
show(lambda: Decimal('Inf') - Decimal('Inf'))
show(lambda: Decimal(0).ln())
show(lambda: Decimal(0).logb())
getcontext().traps[Inexact] = True
show(lambda: Decimal('1e999999') * 10)
show(lambda: Decimal(1) / 3)
show(lambda: Decimal(2).sqrt())
getcontext().traps[Inexact] = False
print(repr(getcontext()))
try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print('caught as ZeroDivisionError', type(e).__name__, e.args)
try:
    Decimal('x')
except ArithmeticError as e:
    print('caught as ArithmeticError', type(e).__name__, e.args)

with localcontext(BasicContext) as bc:
    print(repr(bc))
    show(lambda: Decimal('1e-999999') / 100)
    print(Decimal(1) / 7)

# A trapped condition still sets its flag.
with localcontext(Context(traps=[DivisionByZero])) as ctx:
    show(lambda: Decimal(5) / 0)
    print(ctx.flags[DivisionByZero], ctx.flags[InvalidOperation])
    print(Decimal(0) / 0, ctx.flags[InvalidOperation])

# localcontext keywords and restoring the context.
before = getcontext()
with localcontext(prec=6, rounding=ROUND_DOWN, Emax=50, Emin=-50, capitals=0,
                  clamp=1, traps=[Overflow], flags=[Inexact]) as ctx:
    print(repr(ctx), getcontext() is ctx)
    print(Decimal(2) / 3, Decimal('1e49') * 1)
    show(lambda: Decimal('1e50') * 10)
print(getcontext() is before, getcontext().prec)
with localcontext() as ctx:
    ctx.prec = 3
    print(Decimal(1) / 7)
    with localcontext(ctx, prec=2):
        print(Decimal(1) / 7)
    print(Decimal(1) / 7)
print(Decimal(1) / 7)

old = getcontext()
setcontext(ExtendedContext)
print(getcontext() is ExtendedContext, repr(getcontext()))
print(Decimal(1) / 0, Decimal(0) / 0, Decimal(1) / 3)
print(repr(getcontext()))
print(repr(ExtendedContext))
setcontext(old)
mine = Context(prec=4)
setcontext(mine)
print(getcontext() is mine, Decimal(2) / 3)
setcontext(old)

# Every context method, with ints accepted as operands.
ctx = Context(prec=6, traps=[])
print(ctx.abs(-3), ctx.add(1, 2), ctx.subtract(1, 2), ctx.multiply(3, 4),
      ctx.divide(1, 3), ctx.divide_int(17, 5), ctx.remainder(17, 5),
      ctx.divmod(17, 5), ctx.remainder_near(17, 5), ctx.power(2, 10),
      ctx.power(3, 5, 7), ctx.plus(-0), ctx.minus(5), ctx.sqrt(2))
print(ctx.compare(1, 2), ctx.compare_signal(2, 1), ctx.compare_total(1, 1),
      ctx.compare_total_mag(-2, 1), ctx.copy_abs(-5), ctx.copy_decimal(5),
      ctx.copy_negate(5), ctx.copy_sign(5, -1), ctx.exp(1), ctx.ln(10),
      ctx.log10(1000), ctx.logb(1234), ctx.fma(2, 3, 4))
print(ctx.is_canonical(Decimal(1)), ctx.is_finite(1), ctx.is_infinite(1),
      ctx.is_nan(1), ctx.is_normal(1), ctx.is_qnan(1), ctx.is_signed(-1),
      ctx.is_snan(1), ctx.is_subnormal(1), ctx.is_zero(0))
print(ctx.logical_and(1100, 1010), ctx.logical_or(1100, 1010),
      ctx.logical_xor(1100, 1010), ctx.logical_invert(1100), ctx.max(1, 2),
      ctx.max_mag(-3, 2), ctx.min(1, 2), ctx.min_mag(-3, 2),
      ctx.next_minus(1), ctx.next_plus(1), ctx.next_toward(1, 0),
      ctx.normalize(1200), ctx.number_class(1), ctx.quantize(Decimal('1.2345'), Decimal('0.01')),
      ctx.radix(), ctx.rotate(123, 2), ctx.same_quantum(1, 2), ctx.scaleb(1, 3),
      ctx.shift(123, 2), ctx.to_eng_string(Decimal('1e7')),
      ctx.to_sci_string(Decimal('1e7')), ctx.to_integral_exact(Decimal('2.5')),
      ctx.to_integral_value(Decimal('2.5')), ctx.to_integral(Decimal('3.5')))
show(lambda: ctx.add(1.5, 2))
show(lambda: ctx.add('1', 2))
show(lambda: ctx.canonical(1))
show(lambda: Decimal(1).compare(1.5))
show(lambda: Decimal(1).max('2'))
show(lambda: ctx.create_decimal_from_float(None))
import copy
c2 = copy.copy(ctx)
print(repr(c2) == repr(ctx), c2 is ctx)
