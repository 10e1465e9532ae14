"""decimal: comparisons and hashes mixed with int, float and Fraction."""

import math
from fractions import Fraction
from decimal import *


def show(f):
    try:
        print(repr(f()))
    except TypeError as e:
        # The messages name the class 'decimal.Decimal' in CPython.
        print(type(e).__name__)
    except Exception as e:
        print(type(e).__name__, e)


vals = ['0', '-0', '0.000', '1', '1.0', '1.00', '-1', '2.5', '-2.5', '0.1',
        '1E+2', '100', '123.456', '1E-30', 'Infinity', '-Infinity',
        '12345678901234567890123456789012345', '0.5', '-0.25']
ds = [Decimal(v) for v in vals]
for a in ds:
    print(str(a), [(a < b, a <= b, a == b, a != b, a > b, a >= b) == (0,) for b in ds].count(True),
          ''.join('<' if a < b else ('=' if a == b else '>') for b in ds))

# Hashes agree with equal ints, floats and Fractions.
for v in vals:
    d = Decimal(v)
    h = hash(d)
    if d.is_finite():
        n, den = d.as_integer_ratio()
        print(v, h, h == hash(Fraction(n, den)), h == hash(float(d)) or float(d) != d,
              den != 1 or h == hash(n))
    else:
        print(v, h, h == hash(float(d)))
print(hash(Decimal(-1)), hash(Decimal('-1.0')), hash(Decimal(2**61 - 1)), hash(Decimal(2**61)))
print(len({Decimal('1'), Decimal('1.0'), 1, 1.0, Fraction(1)}))
show(lambda: hash(Decimal('sNaN')))
n1 = Decimal('NaN')
print(hash(n1) == hash(n1), n1 in {n1}, Decimal('NaN') in {Decimal('NaN')})

# Mixed comparisons.
for d in [Decimal('0.1'), Decimal('0.5'), Decimal('2'), Decimal('-3.75'), Decimal('1E+400')]:
    for o in [0.1, 0.5, 2, 2.0, -3.75, Fraction(1, 10), Fraction(-15, 4), 10**400,
              float('inf'), 1e300]:
        print(d, repr(o), d == o, d < o, d >= o, o == d, o > d)
print(Decimal(1) == 1 + 0j, Decimal(1) == 1 + 1j, Decimal('0.5') == complex(0.5))
show(lambda: Decimal(1) < 1j)
print(Decimal(1) == 'a', Decimal(1) != None)
show(lambda: Decimal(1) < 'a')
show(lambda: Decimal(1) >= None)

with localcontext() as ctx:
    ctx.clear_flags()
    print(Decimal('0.1') == 0.1, ctx.flags[FloatOperation])
    ctx.clear_flags()
    print(Decimal('0.1') < 0.1, ctx.flags[FloatOperation])
    ctx.traps[FloatOperation] = True
    print(Decimal('0.5') == 0.5)
    show(lambda: Decimal('0.5') < 0.5)
    show(lambda: Decimal('0.5') + 0.5)

# NaNs: == is False, ordering signals InvalidOperation.
show(lambda: Decimal('NaN') == Decimal('NaN'))
show(lambda: Decimal('NaN') != 1)
show(lambda: Decimal('NaN') < 1)
show(lambda: 1 >= Decimal('NaN'))
show(lambda: Decimal('sNaN') == 1)
show(lambda: Decimal('NaN') == float('nan'))
with localcontext(traps=[]):
    print(Decimal('NaN') < 1, Decimal('sNaN') == 1, Decimal('NaN') >= Decimal('NaN'))

print(sorted([Decimal('3'), 2, Decimal('1.5'), 2.25, Fraction(7, 4), Decimal('-1')]))
print(max(Decimal('1'), Decimal('1.0')), min(Decimal('1'), Decimal('1.0')), max([1, Decimal('1.5'), 1.25]))

# compare, compare_signal, compare_total, compare_total_mag, max/min and friends.
ctx = Context(prec=5, traps=[])
specials = ['NaN', '-NaN', 'sNaN', 'NaN5', '-sNaN3', 'Inf', '-Inf', '0', '-0',
            '1', '1.0', '-1.00', '12.3', '12.30', '1E+1', '10', '-10', '123456789']
for a in specials:
    row = []
    for b in specials:
        x = Decimal(a)
        y = Decimal(b)
        ctx.clear_flags()
        r = (x.compare(y, ctx), x.compare_signal(y, ctx), x.compare_total(y),
             x.compare_total_mag(y), ctx.max(x, y), ctx.min(x, y),
             ctx.max_mag(x, y), ctx.min_mag(x, y))
        row.append(' '.join(str(v) for v in r) + ('!' if ctx.flags[InvalidOperation] else ''))
    print(a, ' | '.join(row))
print(Decimal(1).same_quantum(Decimal('1.0')), Decimal('1.0').same_quantum(Decimal('2.0')),
      Decimal('NaN').same_quantum(Decimal('sNaN')), Decimal('Inf').same_quantum(Decimal('-Inf')),
      Decimal('Inf').same_quantum(1), Decimal(5).same_quantum(5))
