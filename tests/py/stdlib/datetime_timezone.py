# tzinfo and timezone: fixed offsets, names, fromutc, user tzinfo classes.
from datetime import datetime, time, timedelta, timezone, tzinfo, UTC


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


print(repr(timezone.utc), str(timezone.utc), repr(UTC), UTC is timezone.utc)
print(repr(timezone.min), repr(timezone.max))
print(timezone(timedelta(0)) is timezone.utc, repr(timezone(timedelta(0), 'UTC')))
for off in [timedelta(hours=1), timedelta(hours=-1), timedelta(hours=5, minutes=30),
            timedelta(hours=-5, minutes=-30, seconds=-10, microseconds=-5),
            timedelta(microseconds=1), timedelta(hours=23, minutes=59, seconds=59),
            timedelta(seconds=-1)]:
    tz = timezone(off)
    print(repr(tz), str(tz), tz.tzname(None), repr(tz.utcoffset(None)), tz.dst(None))
named = timezone(timedelta(hours=-3), 'Somewhere')
print(repr(named), str(named), named.tzname(None), named.utcoffset(datetime(2020, 1, 1)))
show('24h', lambda: timezone(timedelta(hours=24)))
show('-24h', lambda: timezone(-timedelta(hours=24)))
show('not td', lambda: timezone(5))
show('bad name', lambda: timezone(timedelta(0), 5))
show('None name', lambda: timezone(timedelta(0), None))
show('utcoffset int', lambda: named.utcoffset(5))
show('tzname int', lambda: named.tzname(5))
show('dst int', lambda: named.dst(5))

# Equality and hashing depend on the offset only.
print(timezone(timedelta(hours=1), 'A') == timezone(timedelta(hours=1)))
print(timezone(timedelta(hours=1)) != timezone(timedelta(hours=2)), named == 5)
print(hash(timezone(timedelta(hours=1), 'A')) == hash(timezone(timedelta(hours=1))))
print(len({timezone.utc, timezone(timedelta(0), 'Z'), timezone(timedelta(hours=1))}))
print(isinstance(timezone.utc, tzinfo), named.__getinitargs__(), UTC.__getinitargs__())

# fromutc.
plus2 = timezone(timedelta(hours=2))
print(repr(plus2.fromutc(datetime(2020, 1, 1, 23, tzinfo=plus2))))
show('fromutc other tz', lambda: plus2.fromutc(datetime(2020, 1, 1, tzinfo=UTC)))
show('fromutc naive', lambda: plus2.fromutc(datetime(2020, 1, 1)))
show('fromutc int', lambda: plus2.fromutc(5))

# The abstract base class.
base = tzinfo()
show('utcoffset', lambda: base.utcoffset(None))
show('dst', lambda: base.dst(None))
show('tzname', lambda: base.tzname(None))
show('aware with base', lambda: datetime(2020, 1, 1, tzinfo=base).utcoffset())
print(type(base).__name__, datetime(2020, 1, 1, tzinfo=base).tzinfo is base)


class Eastern(tzinfo):
    """A zone with US daylight saving rules of 2007 onwards."""

    def first_sunday(self, dt):
        days_to_go = 6 - dt.weekday()
        return dt + timedelta(days_to_go)

    def dst(self, dt):
        if dt is None or dt.tzinfo is None:
            return timedelta(0)
        start = self.first_sunday(datetime(dt.year, 3, 8, 2))
        end = self.first_sunday(datetime(dt.year, 11, 1, 2))
        naive = dt.replace(tzinfo=None)
        if start + timedelta(hours=1) <= naive < end - timedelta(hours=1):
            return timedelta(hours=1)
        if end - timedelta(hours=1) <= naive < end:
            return timedelta(0) if dt.fold else timedelta(hours=1)
        if start <= naive < start + timedelta(hours=1):
            return timedelta(hours=1) if dt.fold else timedelta(0)
        return timedelta(0)

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def tzname(self, dt):
        return 'EDT' if self.dst(dt) else 'EST'

    def __repr__(self):
        return 'Eastern()'


east = Eastern()
for h in range(3, 9):
    u = datetime(2024, 11, 3, h, tzinfo=UTC)
    local = u.astimezone(east)
    print(u.hour, repr(local), local.tzname(), local.utcoffset(), local.fold)
w = datetime(2024, 1, 15, 12, tzinfo=east)
s = datetime(2024, 7, 15, 12, tzinfo=east)
print(w.tzname(), s.tzname(), w.isoformat(), s.isoformat(), s.dst())
print(repr(s.astimezone(UTC)), repr(w.astimezone(UTC)))
print(w.timetuple().tm_isdst, s.timetuple().tm_isdst, s.utctimetuple())
print(s.strftime('%Y-%m-%d %H:%M %Z %z'), repr(east.fromutc(datetime(2024, 7, 1, tzinfo=east))))
amb0 = datetime(2024, 11, 3, 1, 30, tzinfo=east)
amb1 = amb0.replace(fold=1)
print(amb0.utcoffset(), amb1.utcoffset(), amb0 == amb1, amb1 - amb0)
print(amb0.astimezone(UTC) == amb0, amb0 == amb0.astimezone(UTC))
print(amb1.astimezone(UTC) - amb0.astimezone(UTC))
print(datetime(2024, 3, 1, tzinfo=east) < datetime(2024, 3, 1, 6, tzinfo=UTC))
print(datetime(2024, 3, 1, tzinfo=east) == datetime(2024, 3, 1, 5, tzinfo=UTC))
show('fromutc wrong', lambda: east.fromutc(datetime(2024, 1, 1)))
show('fromutc int', lambda: east.fromutc(1))


class NoDst(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=1)

    def dst(self, dt):
        return None


show('fromutc none dst', lambda: datetime(2020, 1, 1, tzinfo=UTC).astimezone(NoDst()))


class NoOffset(tzinfo):
    def utcoffset(self, dt):
        return None


nz = datetime(2020, 1, 1, tzinfo=NoOffset())
print(nz.utcoffset(), nz == datetime(2020, 1, 1), nz - datetime(2020, 1, 1))
print(nz.isoformat(), time(1, tzinfo=NoOffset()).isoformat())
