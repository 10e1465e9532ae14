# timedelta: normalisation, float rounding, arithmetic, reprs and errors.
from datetime import timedelta


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


print(timedelta(), timedelta(1), timedelta(0, 1), timedelta(0, 0, 1))
print(repr(timedelta(days=1, seconds=5)), repr(timedelta(hours=-1)))
print(repr(timedelta(weeks=2, days=-1, hours=25, minutes=61, seconds=61,
                     milliseconds=1001, microseconds=1001)))
for td in [timedelta(0), timedelta(1), timedelta(-1), timedelta(2, 5),
           timedelta(-2, 5, 7), timedelta(microseconds=-1),
           timedelta(days=-1, seconds=5, microseconds=7),
           timedelta(hours=23, minutes=59, seconds=59, microseconds=999999)]:
    print(repr(td), '|', str(td), '|', td.days, td.seconds, td.microseconds,
          td.total_seconds(), bool(td))

# Float arguments and round-half-even on microseconds.
cases = [
    dict(microseconds=0.5), dict(microseconds=1.5), dict(microseconds=2.5),
    dict(microseconds=-0.5), dict(microseconds=-1.5), dict(microseconds=-2.5),
    dict(seconds=0.0000005), dict(seconds=0.0000015), dict(seconds=1 / 3),
    dict(days=0.1, seconds=0.1, microseconds=0.1, milliseconds=0.1,
         minutes=0.1, hours=0.1, weeks=0.1),
    dict(days=-1e-6), dict(hours=1.5, minutes=0.25), dict(days=1.5, seconds=-0.25),
    dict(milliseconds=0.0005), dict(milliseconds=0.0015), dict(weeks=0.5),
    dict(days=2.0), dict(seconds=1e-7), dict(days=1 / 7, hours=1 / 7),
    dict(microseconds=1e6 - 0.5), dict(seconds=86399.9999995),
]
for kw in cases:
    show(kw, lambda: timedelta(**kw))
show('bool arg', lambda: timedelta(True, False))

# Errors.
show('str days', lambda: timedelta('1'))
show('str seconds', lambda: timedelta(seconds='1'))
show('None hours', lambda: timedelta(hours=None))
show('overflow days', lambda: timedelta(days=1000000000))
show('overflow neg days', lambda: timedelta(days=-1000000000))
show('huge days', lambda: timedelta(days=10 ** 10))
show('huge seconds', lambda: timedelta(seconds=10 ** 18))
show('max+1', lambda: timedelta.max + timedelta(1))
show('min-1us', lambda: timedelta.min - timedelta.resolution)
show('max*2', lambda: timedelta.max * 2)
show('max*2.0', lambda: timedelta.max * 2.0)
show('nan', lambda: timedelta(float('nan')))
show('inf', lambda: timedelta(float('inf')))
show('mul nan', lambda: timedelta(1) * float('nan'))
show('-min', lambda: -timedelta.min)

print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))
print(str(timedelta.min), str(timedelta.max))

# Arithmetic.
a = timedelta(1, 2, 3)
b = timedelta(hours=5)
print(repr(a + b), repr(a - b), repr(b - a), repr(-a), repr(+a), repr(abs(-a)))
print(repr(a * 3), repr(3 * a), repr(a * -1), repr(a * 1.5), repr(0.5 * a))
print(repr(a / 7), repr(a / 7.3), repr(a / -2), repr(a / b), a // b)
print(repr(a // 7), repr(a // -7), repr(a % b), divmod(a, b), divmod(-a, b))
print(repr(timedelta(0, 0, 5) / 2), repr(timedelta(0, 0, 7) / 2))
print(repr(timedelta(0, 0, 5) * 0.5), repr(timedelta(0, 0, 7) * 0.5))
print(repr(timedelta(0, 0, -5) // 2), repr(timedelta(0, 0, -5) / 2))
print(repr(timedelta(7) % timedelta(hours=-5)), timedelta(7) // timedelta(hours=-5))
print(timedelta(7) / timedelta(hours=-5), timedelta(1) / timedelta(seconds=7))
print(repr(timedelta(seconds=1) * 0.1), repr(timedelta(seconds=1) / 3.0))
print(repr(timedelta(days=3) * True), repr(timedelta(days=3) // True))
show('div 0', lambda: timedelta(1) / 0)
show('div 0.0', lambda: timedelta(1) / 0.0)
show('floordiv 0', lambda: timedelta(1) // 0)
show('div td0', lambda: timedelta(1) / timedelta(0))
show('floordiv td0', lambda: timedelta(1) // timedelta(0))
show('mod td0', lambda: timedelta(1) % timedelta(0))
show('divmod td0', lambda: divmod(timedelta(1), timedelta(0)))

# Comparisons and hashing.
print(a == timedelta(1, 2, 3), a != b, a < b, a > b, a <= a, a >= b)
print(timedelta(1) == 1, timedelta(1) != 'x', timedelta(0) == timedelta())
print(hash(timedelta(1)) == hash(timedelta(hours=24)))
print(hash(timedelta(0, 1)) == hash(timedelta(milliseconds=1000)))
print(sorted([timedelta(3), timedelta(-1), timedelta(0, 5), timedelta(0)]))
print(len({timedelta(1), timedelta(hours=24), timedelta(minutes=1440)}))
print(sum([timedelta(1), timedelta(2)], timedelta()))
print(max(timedelta(1), timedelta(0, 86401)))
for f in (lambda: timedelta(1) < 1, lambda: timedelta(1) + 1,
          lambda: 1 - timedelta(1), lambda: timedelta(1) * 'x',
          lambda: timedelta(1) // 1.5, lambda: 2 / timedelta(1)):
    try:
        f()
    except TypeError:
        print('TypeError')


class Sub(timedelta):
    pass


s = Sub(days=1, seconds=3)
print(repr(s), type(s).__name__, type(s + s).__name__, type(-s).__name__)
print(isinstance(s, timedelta), s == timedelta(1, 3))
print(timedelta(1).__reduce__()[1])
