# date: construction checks, ordinals, ISO calendar, arithmetic, formatting.
from datetime import date, datetime, timedelta, MINYEAR, MAXYEAR
import datetime as dtmod


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


print(MINYEAR, MAXYEAR, repr(date.min), repr(date.max), repr(date.resolution))
d = date(2024, 2, 29)
print(repr(d), str(d), d.year, d.month, d.day, d.isoformat())
print(d.weekday(), d.isoweekday(), d.toordinal(), d.ctime())
print(repr(date(year=2020, month=1, day=2)), repr(date(True, 1, 1)))

for args in [(0, 1, 1), (10000, 1, 1), (2020, 0, 1), (2020, 13, 1),
             (2020, 1, 0), (2020, 1, 32), (2021, 2, 29), (2020, 4, 31),
             (1900, 2, 29), (2000, 2, 29), (2020.0, 1, 1), ('2020', 1, 1),
             (2020, 1.5, 1), (2020, 1, None)]:
    show(args, lambda: date(*args))

# Ordinals round trip over interesting dates.
for y, m, dd in [(1, 1, 1), (1, 12, 31), (4, 2, 29), (100, 3, 1),
                 (400, 12, 31), (1600, 2, 29), (1970, 1, 1), (2000, 12, 31),
                 (2024, 3, 1), (9999, 12, 31)]:
    o = date(y, m, dd).toordinal()
    print((y, m, dd), o, repr(date.fromordinal(o)), date(y, m, dd).weekday())
show('ordinal 0', lambda: date.fromordinal(0))
show('ordinal max+1', lambda: date.fromordinal(3652060))
show('ordinal float', lambda: date.fromordinal(1.5))
ok = True
for o in range(1, 3652059, 997):
    dd = date.fromordinal(o)
    if dd.toordinal() != o or (dd + timedelta(1)).toordinal() != o + 1:
        ok = False
print('ordinal sweep', ok)

# ISO calendar.
for args in [(2024, 1, 1), (2023, 1, 1), (2020, 12, 31), (2021, 1, 3),
             (2026, 12, 31), (2027, 1, 1), (2015, 12, 28), (1, 1, 1),
             (9999, 12, 31)]:
    ic = date(*args).isocalendar()
    print(args, repr(ic), ic.year, ic.week, ic.weekday, tuple(ic), ic[1])
print(type(date(2024, 1, 1).isocalendar()).__name__,
      isinstance(date(2024, 1, 1).isocalendar(), tuple))
print(hasattr(dtmod, 'IsoCalendarDate'))
for args in [(2020, 53, 7), (2021, 1, 1), (2004, 53, 1), (2024, 10, 3),
             (1, 1, 1), (9999, 52, 5), (0, 1, 1), (2020, 54, 1),
             (2021, 53, 1), (2020, 0, 1), (2020, 1, 0), (2020, 1, 8),
             (10000, 1, 1), (9999, 52, 6)]:
    show(('fromisocalendar',) + args, lambda: date.fromisocalendar(*args))

# Formatting.
print(d.timetuple())
print(d.timetuple().tm_yday, d.timetuple()[6], len(d.timetuple()))
print(format(d, ''), format(d, '%d/%m/%Y'), f'{d:%A %B}', '{:%j}'.format(d))
print(date(1, 1, 1).ctime(), date(5, 6, 7).isoformat())

# replace.
print(repr(d.replace(year=2023, day=28)), repr(d.replace(month=3)))
print(repr(d.replace(2020, 1, 2)), repr(d.replace()))
show('replace bad', lambda: d.replace(year=2023))
show('replace month', lambda: d.replace(month=13))

# Arithmetic.
print(repr(d + timedelta(1)), repr(timedelta(days=-60) + d))
print(repr(d - timedelta(days=366)), repr(d + timedelta(hours=47)))
print(repr(d - timedelta(hours=1)), repr(d - date(2024, 1, 1)))
print(repr(date(2024, 1, 1) - d), repr(d - d))
show('max+1', lambda: date.max + timedelta(1))
show('min-1', lambda: date.min - timedelta(1))
show('big', lambda: d + timedelta.max)

# Comparisons.
print(d == date(2024, 2, 29), d != date(2024, 2, 28), d < date(2024, 3, 1))
print(d > date(2024, 3, 1), d <= d, d >= date(1, 1, 1))
print(d == datetime(2024, 2, 29), d != datetime(2024, 2, 29), d == 5)
show('date < datetime', lambda: d < datetime(2024, 2, 29))
show('datetime >= date', lambda: datetime(2024, 2, 29) >= d)
print(sorted([date(2024, 1, 3), date(2023, 5, 1), date(2024, 1, 2)]))
print(len({date(2024, 1, 1), date(2024, 1, 1), date(2024, 1, 2)}))
print(hash(d) == hash(date(2024, 2, 29)))
print({date(2024, 1, 1): 'a'}[date(2024, 1, 1)])

# fromtimestamp, today.
print(repr(date.fromtimestamp(0)), repr(date.fromtimestamp(86399.9)))
print(repr(date.fromtimestamp(1e9)), repr(date.fromtimestamp(-86400)))
show('fromtimestamp str', lambda: date.fromtimestamp('1'))
print(type(date.today()).__name__, date.today() >= date(2024, 1, 1))


class MyDate(date):
    def double(self):
        return self.day * 2


m = MyDate(2020, 5, 6)
print(repr(m), m.double(), type(m + timedelta(1)).__name__,
      type(m - timedelta(1)).__name__, type(m.replace(day=1)).__name__)
print(repr(MyDate.fromordinal(5)), repr(MyDate.fromisoformat('2020-01-02')))
print(repr(MyDate.fromisocalendar(2020, 1, 1)), m == date(2020, 5, 6))
print(repr(m - date(2020, 5, 1)), isinstance(m, date))
