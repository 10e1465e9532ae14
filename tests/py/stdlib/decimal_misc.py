"""decimal: quantize, rounding to integers, conversions and the other methods."""

import copy
import math
import numbers
from decimal import *


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def flags(ctx):
    return ','.join(k.__name__ for k, v in ctx.flags.items() if v)


ctx = Context(prec=9, Emax=99, Emin=-99, traps=[])
for a in ['1.2345', '-1.2355', '123456789', '1234567891', '0.000', '-0', '9.9999',
          '1E-100', '1.5E-98', 'Inf', 'NaN7', 'sNaN', '-2.5', '0.5']:
    row = []
    for q in ['0.01', '1', '1E+1', '1E-10', '1E+100', '1E-108', 'Inf', 'NaN']:
        ctx.clear_flags()
        row.append('%s[%s]' % (ctx.quantize(Decimal(a), Decimal(q)), flags(ctx)))
    print(a, ' '.join(row))
for r in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
          ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]:
    print(r, [str(Decimal(v).quantize(Decimal('0.1'), rounding=r))
              for v in ['1.25', '1.35', '-1.25', '-1.35', '1.01', '1.51', '-1.09', '1.00', '0.04']])
show(lambda: Decimal('1.5').quantize(Decimal('0.1'), rounding='bad'))
show(lambda: Decimal('123').quantize(Decimal('1e-26')))
show(lambda: Decimal('123').quantize(Decimal('inf')))

for v in ['2.5', '3.5', '-2.5', '2.4', '-0.5', '0.0', '123.000', '1E+3', '-7.77', 'Inf', 'NaN']:
    d = Decimal(v)
    ctx.clear_flags()
    print(v, d.to_integral_value(), d.to_integral(ROUND_UP), d.to_integral_exact(context=ctx),
          flags(ctx), d.to_integral_value(ROUND_FLOOR), d.to_integral_exact(ROUND_CEILING, ctx))
    if d.is_finite():
        print('  ', int(d), round(d), math.floor(d), math.ceil(d), math.trunc(d),
              round(d, 1), round(d, -1), float(d), d.as_integer_ratio())
show(lambda: int(Decimal('NaN')))
show(lambda: int(Decimal('-Inf')))
show(lambda: round(Decimal('Inf')))
show(lambda: round(Decimal('NaN'), 2))
show(lambda: round(Decimal('1.5e30'), 2))
show(lambda: float(Decimal('sNaN')))
show(lambda: Decimal('Inf').as_integer_ratio())
show(lambda: Decimal('NaN').as_integer_ratio())
print(float(Decimal('-NaN')), float(Decimal('1e400')), float(Decimal('-1e-400')),
      float(Decimal('0.1')), complex(Decimal('2.5')), int(Decimal('1e30')),
      int(Decimal('-123456789.99999')), Decimal('3.75').as_integer_ratio(),
      Decimal('-0.000').as_integer_ratio(), Decimal('12E+3').as_integer_ratio())
print(bool(Decimal(0)), bool(Decimal('0.00')), bool(Decimal('NaN')), bool(Decimal('1e-50')))
print(Decimal('1.5').real, Decimal('1.5').imag, Decimal('1.5').conjugate(), Decimal(5).radix())
print(isinstance(Decimal(1), numbers.Number), isinstance(Decimal(1), numbers.Real))
print(copy.copy(Decimal('1.5')), copy.deepcopy(Decimal('-0.0')), Decimal('7').__reduce__())

for v in ['0', '-0', '1E-100', '-1E-100', '1E-95', '1', '-5.5', '1E+99', 'Inf',
          '-Inf', 'NaN', 'sNaN', '-NaN', '0E-200', '9.99999999E+99']:
    d = Decimal(v)
    print(v, d.number_class(ctx), d.is_normal(ctx), d.is_subnormal(ctx),
          d.is_zero(), d.is_finite(), d.is_infinite(), d.is_nan(), d.is_qnan(),
          d.is_snan(), d.is_signed(), d.is_canonical(), d.adjusted(),
          d.copy_abs(), d.copy_negate(), d.copy_sign(Decimal(-1)), d.canonical())

for v in ['1', '-1', '0', '-0', '1E-107', '-1E-107', '9.99999999E+99',
          '-9.99999999E+99', 'Inf', '-Inf', '1.000000000', '123456789012',
          '1E-99', '0.1', 'NaN', 'sNaN']:
    d = Decimal(v)
    ctx.clear_flags()
    r = (d.next_plus(ctx), d.next_minus(ctx), d.next_toward(Decimal(0), ctx),
         d.next_toward(Decimal('Inf'), ctx), d.next_toward(Decimal('-1'), ctx))
    print(v, ' '.join(map(str, r)), flags(ctx))

for v in ['1.2000', '-0.000', '1200', '1.20E+5', '0E+5', 'Inf', 'sNaN', '123456789012',
          '1.00E+99', '1E-106']:
    ctx.clear_flags()
    print(v, Decimal(v).normalize(ctx), flags(ctx))
with localcontext(Context(prec=5, Emax=9, clamp=1)) as c:
    print(Decimal('1.2E+9').normalize(), Decimal('1E+9').normalize(), Decimal('0E+20').normalize())

for a, b, c in [('2', '3', '4'), ('1E+99', '10', '-1E+100'), ('Inf', '0', '1'),
                ('NaN2', '1', 'sNaN3'), ('2', 'Inf', '-Inf'), ('1.5', '-2', '3'),
                ('0.1', '0.1', '-0.01'), ('-0', '5', '0'), ('12345', '67890', '0.000001')]:
    ctx.clear_flags()
    print(a, b, c, Decimal(a).fma(Decimal(b), Decimal(c), ctx), flags(ctx))
print(Decimal(2).fma(3, 4))

for a, n in [('1.5', 3), ('1.5', -3), ('7E+98', 2), ('Inf', 5), ('1', '2.0'),
             ('1', '1E+1'), ('1', 1000), ('NaN', 1), ('1E-99', -10)]:
    ctx.clear_flags()
    print(a, n, Decimal(a).scaleb(Decimal(n), ctx), flags(ctx))
for v in ['0', '-0', '1', '1234', '-0.000123', '1E+99', 'Inf', '-Inf', 'NaN']:
    ctx.clear_flags()
    print(v, Decimal(v).logb(ctx), flags(ctx))

for a, n in [('123456789', 2), ('123456789', -2), ('123456789', 9), ('123', 0),
             ('12345', -9), ('1234567890123', 3), ('-123.45', 4), ('Inf', 1),
             ('1', '1.0'), ('1', 10), ('NaN1', 2)]:
    ctx.clear_flags()
    print(a, n, Decimal(a).rotate(Decimal(n), ctx), Decimal(a).shift(Decimal(n), ctx), flags(ctx))
for a, b in [('1100', '1010'), ('1', '1111'), ('0', '0'), ('111111111', '1'),
             ('12', '1'), ('-1', '1'), ('1.0', '1'), ('1E+1', '1'), ('1111111111', '1')]:
    ctx.clear_flags()
    x, y = Decimal(a), Decimal(b)
    print(a, b, x.logical_and(y, ctx), x.logical_or(y, ctx), x.logical_xor(y, ctx),
          x.logical_invert(ctx), flags(ctx))

for a, b in [('10', '3'), ('-10', '3'), ('10', '-3'), ('10', '6'), ('10', '4'),
             ('1E+30', '7'), ('5', '0'), ('0', '0'), ('Inf', '1'), ('1', 'Inf'), ('0.3', '0.1')]:
    ctx.clear_flags()
    print(a, b, Decimal(a).remainder_near(Decimal(b), ctx), flags(ctx))
