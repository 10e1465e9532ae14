# time: fields, tzinfo, fold, isoformat/fromisoformat, comparisons.
from datetime import time, timezone, timedelta, tzinfo


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


print(repr(time()), repr(time(1)), repr(time(1, 2)), repr(time(1, 2, 3)))
print(repr(time(1, 2, 3, 4)), repr(time(1, 2, 0, 4)), repr(time(fold=1)))
utc = timezone.utc
plus1 = timezone(timedelta(hours=1))
t = time(12, 34, 56, 789, tzinfo=plus1, fold=1)
print(repr(t), str(t))
print(t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
print(repr(time.min), repr(time.max), repr(time.resolution))
print(repr(time(hour=5, tzinfo=utc)), str(time(5, tzinfo=utc)))

for args, kw in [((24,), {}), ((-1,), {}), ((0, 60), {}), ((0, 0, 60), {}),
                 ((0, 0, 0, 1000000), {}), ((0, 0, 0, -1), {}),
                 ((), {'fold': 2}), ((), {'tzinfo': 5}), ((1.0,), {}),
                 (('1',), {})]:
    show((args, kw), lambda: time(*args, **kw))

# isoformat and timespec.
x = time(1, 2, 3, 456789)
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds',
             'microseconds']:
    print(spec, x.isoformat(spec), time(1, 2).isoformat(timespec=spec),
          time(23, 59, 59, 999999, utc).isoformat(spec))
show('bad spec', lambda: x.isoformat('days'))
show('spec int', lambda: x.isoformat(5))
print(time(1, 2, tzinfo=timezone(timedelta(hours=-5, minutes=-30))).isoformat())
print(time(1, 2, tzinfo=timezone(timedelta(seconds=3661, microseconds=5))))

# fromisoformat.
for s in ['12', '1234', '123456', '12:34', '12:34:56', '12:34:56.789',
          '12:34:56,789123', '12:34:56.1234567', '12:34:56+0100',
          '12:34:56Z', 'T12:00', '12:34:56-01:30', '12:34:56.123-0130',
          '123456.5', '12.5', '12:00+01:00:30', '12:00+01:00:00.5',
          't12', '12:34:56 ', '', '24:00:00', '12:60', '12:34:56.',
          '1234:56', '12:3456', 'Z', '+01:00', '1:02', '12:00+25:00',
          '12:00+1', '12:00Zx', '12:34:5']:
    show(s, lambda: time.fromisoformat(s))
show('fromisoformat int', lambda: time.fromisoformat(1200))
print(time.fromisoformat(x.isoformat()) == x)

# replace.
print(repr(t.replace(hour=1)), repr(t.replace(tzinfo=None)))
print(repr(t.replace(fold=0)), repr(t.replace(2, 3, 4, 5, utc, fold=0)))
show('replace bad', lambda: t.replace(minute=99))
show('replace tz', lambda: t.replace(tzinfo='x'))

# utcoffset, dst, tzname.
print(time(1).utcoffset(), time(1).dst(), time(1).tzname())
print(repr(t.utcoffset()), t.dst(), t.tzname(), time(1, tzinfo=utc).tzname())

# Comparisons.
print(time(1) < time(2), time(1) == time(1, fold=1), time(1) != time(1, 0, 1))
print(time(1, tzinfo=utc) == time(2, tzinfo=plus1))
print(time(1, tzinfo=utc) < time(1, 30, tzinfo=plus1))
print(time(1, tzinfo=utc) == time(1), time(1, tzinfo=utc) != time(1))
show('naive < aware', lambda: time(1) < time(2, tzinfo=utc))
print(hash(time(1, tzinfo=utc)) == hash(time(2, tzinfo=plus1)))
print(hash(time(5, 6)) == hash(time(5, 6, fold=1)))
print(sorted([time(5), time(1, 30), time(1, 2, 3)]))
print(bool(time()), bool(time(0, tzinfo=utc)))


class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name

    def utcoffset(self, dt):
        return self.off

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return self.name

    def __repr__(self):
        return 'Fixed(%r)' % self.name


f = time(10, tzinfo=Fixed(90, 'X'))
print(repr(f), f.isoformat(), f.tzname(), f.utcoffset(), f.dst())
print(f == time(8, 30, tzinfo=utc), f.strftime('%H:%M %z %Z'))


class Bad(tzinfo):
    def utcoffset(self, dt):
        return 5

    def tzname(self, dt):
        return 5

    def dst(self, dt):
        return timedelta(days=1)


bad = time(1, tzinfo=Bad())
show('bad utcoffset', lambda: bad.utcoffset())
show('bad tzname', lambda: bad.tzname())
show('bad dst', lambda: bad.dst())
show('bad isoformat', lambda: bad.isoformat())

# strftime and format.
print(x.strftime('%H:%M:%S.%f %I %p %Y-%m-%d %a %j'), format(x, '%H'))
print(format(x, ''), f'{x}', f'{time(13, 5):%I:%M %p}')
