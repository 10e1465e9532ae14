# datetime: construction, timestamps, arithmetic, comparisons, conversions.
from datetime import datetime, date, time, timedelta, timezone, tzinfo, UTC


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


dt = datetime(2024, 1, 2, 3, 4, 5, 6)
print(repr(dt), str(dt), dt.isoformat())
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second,
      dt.microsecond, dt.tzinfo, dt.fold)
print(repr(datetime(2024, 1, 2)), repr(datetime(2024, 1, 2, 3, 0, 5)))
print(repr(datetime(2020, 1, 1, fold=1)), repr(datetime.min), repr(datetime.max))
print(repr(datetime(2021, 2, 3, 4, 5, 6, 7, timezone.utc, fold=1)))
print(repr(datetime.resolution), UTC is timezone.utc, isinstance(dt, date))
for args, kw in [((2020, 1, 1, 24), {}), ((2020, 1, 1, 0, 60), {}),
                 ((2020, 2, 30), {}), ((2020, 1, 1), {'fold': -1}),
                 ((2020, 1, 1), {'tzinfo': 1}), ((2020, 1, 1, 0, 0, 0, 10 ** 6), {}),
                 ((2020, 1), {})]:
    try:
        datetime(*args, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e if kw or len(args) > 2 else '')

# Timestamps (local time is UTC in these tests).
for ts in [0, 1, -1, 1.5, -1.5, 1e-7, 5e-7, 1.5e-6, 2.5e-6, 1e9 + 0.5,
           1700000000.123456, -86400.25, 253402300799, -62135596800]:
    show(('utc', ts), lambda: datetime.utcfromtimestamp(ts))
    show(('aware', ts), lambda: datetime.fromtimestamp(ts, timezone.utc))
show('too big', lambda: datetime.utcfromtimestamp(253402300800))
show('too small', lambda: datetime.utcfromtimestamp(-62135596801))
show('nan', lambda: datetime.utcfromtimestamp(float('nan')))
show('inf', lambda: datetime.utcfromtimestamp(float('inf')))
show('str', lambda: datetime.utcfromtimestamp('1'))
show('bad tz', lambda: datetime.fromtimestamp(0, 5))
print(repr(datetime.fromtimestamp(0, timezone(timedelta(hours=3)))))
print(repr(datetime.fromtimestamp(86400 * 365.25)))
for d in [datetime(2020, 1, 1), datetime(2020, 1, 1, 0, 0, 0, 1),
          datetime(1969, 12, 31, 23, 59, 59, 999999),
          datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=3))),
          datetime(2020, 1, 1, 0, 0, 0, 1, tzinfo=timezone.utc),
          datetime.min.replace(tzinfo=timezone.utc), datetime(1, 1, 1, 23),
          datetime(9999, 12, 31, 5)]:
    show(('timestamp', d), lambda: d.timestamp())
print(datetime.utcfromtimestamp(dt.timestamp()) == dt)

# now/today/utcnow give the current time: only check types and order.
n = datetime.now()
u = datetime.utcnow()
a = datetime.now(timezone.utc)
print(type(n).__name__, n.tzinfo, u.tzinfo, a.tzinfo, type(datetime.today()))
print(abs(u - n) < timedelta(seconds=5), abs(a.replace(tzinfo=None) - u) < timedelta(seconds=5))
print(datetime.now(timezone(timedelta(hours=2))).utcoffset())

# combine, date(), time(), timetz(), replace.
c = datetime.combine(date(2020, 5, 6), time(7, 8, 9, 10, tzinfo=timezone.utc, fold=1))
print(repr(c), repr(c.date()), repr(c.time()), repr(c.timetz()))
print(repr(datetime.combine(date(2020, 5, 6), time(1), tzinfo=timezone.utc)))
print(repr(datetime.combine(date(2020, 5, 6), c.timetz(), tzinfo=None)))
print(repr(datetime.combine(datetime(2020, 5, 6, 7), time(1))))
show('combine bad date', lambda: datetime.combine(5, time(1)))
show('combine bad time', lambda: datetime.combine(date(2020, 1, 1), 5))
print(repr(dt.replace(year=2000, microsecond=0)), repr(dt.replace(tzinfo=UTC)))
print(repr(c.replace(tzinfo=None, fold=0)), repr(dt.replace(2001, 2, 3, 4, 5, 6, 7, UTC)))
show('replace bad', lambda: dt.replace(month=2, day=30))

# Arithmetic.
print(repr(dt + timedelta(days=30, hours=22)), repr(timedelta(-1) + dt))
print(repr(dt - timedelta(microseconds=7)), repr(dt - datetime(2024, 1, 1)))
print(repr(datetime(2024, 1, 1) - dt), repr(dt - dt))
aw1 = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
aw2 = datetime(2024, 1, 1, 12, tzinfo=timezone(timedelta(hours=5)))
print(repr(aw1 - aw2), repr(aw2 - aw1), repr(aw1 + timedelta(hours=1)))
show('naive - aware', lambda: dt - aw1)
show('aware - naive', lambda: aw1 - dt)
show('max + 1', lambda: datetime.max + timedelta(microseconds=1))
show('min - 1', lambda: datetime.min - timedelta(microseconds=1))

# Comparisons.
print(aw1 > aw2, aw1 == aw2 + timedelta(hours=5), aw1 != aw2)
print(dt == datetime(2024, 1, 2, 3, 4, 5, 6), dt < datetime(2024, 1, 2, 3, 4, 5, 7))
print(dt == aw1, dt != aw1, dt == date(2024, 1, 2), dt == 'x')
print(datetime(2020, 1, 1) == datetime(2020, 1, 1, fold=1))
show('naive < aware', lambda: dt < aw1)
show('aware >= naive', lambda: aw1 >= dt)
show('datetime < date', lambda: dt < date(2024, 1, 2))
show('date > datetime', lambda: date(2024, 1, 2) > dt)
print(hash(aw1) == hash(aw2 + timedelta(hours=5)), hash(dt) == hash(dt.replace()))
print(hash(datetime(2020, 1, 1)) == hash(datetime(2020, 1, 1, fold=1)))
print(sorted([aw2, aw1, aw1 - timedelta(hours=6)]))
print(len({aw1, aw2 + timedelta(hours=5), aw1.astimezone(timezone(timedelta(hours=-3)))}))

# astimezone.
east = timezone(timedelta(hours=7), 'East')
print(repr(aw1.astimezone(east)), repr(aw2.astimezone(timezone.utc)))
print(repr(aw1.astimezone()), repr(dt.astimezone()), repr(dt.astimezone(east)))
print(aw1.astimezone(aw1.tzinfo) is aw1)
show('astimezone bad', lambda: aw1.astimezone(5))
show('astimezone min', lambda: datetime(1, 1, 1, 5).astimezone(timezone.utc))
show('astimezone max', lambda: datetime.max.replace(tzinfo=timezone.utc).astimezone(east))

# timetuple, utctimetuple, toordinal, weekday, isocalendar, ctime.
print(dt.timetuple())
print(aw2.utctimetuple())
print(aw2.timetuple().tm_isdst, dt.toordinal(), dt.weekday(), dt.isoweekday())
print(repr(dt.isocalendar()), dt.ctime(), datetime(1, 2, 3, 4, 5, 6).ctime())
print(repr(datetime.fromordinal(738000)), repr(datetime.fromisocalendar(2020, 53, 7)))

# isoformat.
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(dt.isoformat(timespec=spec), aw2.isoformat(' ', spec))
print(dt.isoformat('x'), dt.isoformat(sep='\u00e9'), str(aw2))
show('sep str', lambda: dt.isoformat(sep='xy'))
show('sep int', lambda: dt.isoformat(sep=5))
show('timespec int', lambda: dt.isoformat(timespec=5))
show('timespec bad', lambda: dt.isoformat(timespec='nanoseconds'))
print(datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=5, seconds=3, microseconds=4))).isoformat())


class MyDT(datetime):
    pass


m = MyDT(2020, 1, 1, 12)
print(repr(m), repr(m + timedelta(1)), repr(m - timedelta(1)))
print(repr(m.replace(day=3)), repr(MyDT.fromisoformat('2020-01-01')))
print(repr(MyDT.combine(date(2020, 1, 1), time())), repr(MyDT.fromordinal(5)))
print(repr(MyDT.strptime('2020', '%Y')), repr(MyDT.utcfromtimestamp(0)))
print(repr(m.replace(tzinfo=UTC).astimezone(timezone(timedelta(hours=1)))))
print(type(m.date()).__name__, type(m - m).__name__)
