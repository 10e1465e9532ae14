"""decimal: making Decimals from str, int, float, tuples and Decimals."""

import decimal
from decimal import Decimal, Context, getcontext, localcontext, FloatOperation


def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for s in ['0', '-0', '+12', '1.5', '.5', '5.', '-.5e-3', '1e', '.', 'e5',
          ' 1_000.5e-3_0 \n', '1__0', '_1', '1_', '1_e5', '1e1_0', '١٢.٥',
          'inf', '-Infinity', 'InFiNiTy', 'infinit', 'nan', '-NaN', 'NaN0012',
          'sNaN', '-snan987', 'nan1.5', 'NaNx', '1e+999999999', '0e-10000',
          '123456789012345678901234567890.123456789', '1.2.3', '+-1', '',
          '  ', '\t-7E+2\n', '1 2', '0x10', '1e-0', '00012.3400', '-0.000']:
    with localcontext(traps=[]) as ctx:
        d = Decimal(s)
        print(repr(s), repr(d), str(d), [k.__name__ for k, v in ctx.flags.items() if v])

show(lambda: Decimal('abc'))
show(lambda: Decimal('1e', Context()))
print(repr(Decimal('bad', Context(traps=[]))))

for n in [0, 1, -1, 10**30, -10**40 + 1, True, 12345678901234567890]:
    print(n, repr(Decimal(n)))

for f in [0.0, -0.0, 0.1, 1.5, -2.75, 1e300, 5e-324, float('inf'),
          float('-inf'), float('nan'), 123456789.0, 2.0 ** 70]:
    d = Decimal.from_float(f)
    print(repr(f), repr(d), d == Decimal(f))
print(repr(Decimal.from_float(7)), repr(Decimal.from_float(-7)))
show(lambda: Decimal.from_float('1.5'))

with localcontext() as ctx:
    ctx.clear_flags()
    Decimal(1.5)
    print('FloatOperation flag', ctx.flags[FloatOperation])
    ctx.traps[FloatOperation] = True
    show(lambda: Decimal(2.5))
    show(lambda: Decimal.from_float(2.5))
    show(lambda: ctx.create_decimal_from_float(2.5))
    show(lambda: ctx.create_decimal(2.5))

for t in [(0, (1, 2, 3), -2), (1, (0,), 0), (1, [4, 5], 3), (0, (), 0),
          (0, (1, 2), 'F'), (1, (), 'F'), (0, (1, 2), 'n'), (1, (3,), 'N'),
          (0, (0, 0, 1), -5), [0, (7,), 2], (0, (1, 12), 2), (2, (1,), 2),
          (0, (1,), 2.5), (0, (1,)), (0, (1,), 'x'), ('0', (1,), 0),
          (0, 'ab', 0), (0, (1.0,), 0), (-1, (1,), 0)]:
    show(lambda: Decimal(t))

for bad in [1.5j, None, b'1', [1, 2], object]:
    show(lambda: Decimal(bad))

d = Decimal('-12.340')
print(d.as_tuple(), d.as_tuple().sign, d.as_tuple().digits, d.as_tuple().exponent)
for s in ['NaN', 'inf', '-sNaN12', '-0.00', '1E+5', 'NaN0']:
    print(s, Decimal(s).as_tuple())
print(decimal.DecimalTuple(0, (1,), 2), Decimal(decimal.DecimalTuple(1, (2, 5), -1)))
print(Decimal(Decimal('1.50')), Decimal(Decimal('-NaN7')))

# Subclasses keep their class on construction only.
class MyDec(Decimal):
    pass

m = MyDec('1.5')
print(type(m).__name__, repr(m), type(m + 1).__name__, type(MyDec.from_float(0.5)).__name__)
print(isinstance(m, Decimal), issubclass(MyDec, Decimal))

# create_decimal rounds and checks the syntax strictly.
ctx = Context(prec=5, traps=[])
for v in ['1.23456789', ' 1.5', '1_0', 'NaN123456', 'NaN12345', '-sNaN7',
          12345678, Decimal('9.999999'), (0, (1, 2, 3, 4, 5, 6), 0), '1e1000000',
          '-1e-1000010']:
    ctx.clear_flags()
    r = ctx.create_decimal(v)
    print(repr(v), repr(r), [k.__name__ for k, vv in ctx.flags.items() if vv])
print(repr(ctx.create_decimal()), repr(ctx.create_decimal_from_float(0.1)))
show(lambda: Context(prec=3).create_decimal('abc'))
show(lambda: Context(prec=3, clamp=1).create_decimal('NaN123'))
show(lambda: ctx.create_decimal_from_float('x'))
