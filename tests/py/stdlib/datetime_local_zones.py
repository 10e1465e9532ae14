# Local time in datetime: fromtimestamp, timestamp, astimezone and
# date.fromtimestamp under several TZ settings (fixed timestamps only).
import os
import time
from datetime import date, datetime, timedelta, timezone, tzinfo


def show(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


ZONES = ['UTC', 'America/New_York', 'Europe/London', 'Australia/Sydney',
         'Asia/Kolkata', 'EST5EDT,M3.2.0,M11.1.0', 'Asia/Tokyo',
         'America/Los_Angeles', 'Pacific/Chatham', '<+0330>-3:30']
STAMPS = [0, 86399, 951782400, 1000000000, 1234567890, 1700000000,
          1719792000, 1735689599, 2000000000, -1, -86400, -1000000000,
          1700000000.5, 1700000000.25, -0.5, 1e9 + 0.999999, 1e9 + 0.9999996]

for zone in ZONES:
    os.environ['TZ'] = zone
    time.tzset()
    print('==', zone, time.tzname, time.timezone, time.altzone,
          time.daylight)
    for ts in STAMPS:
        d = datetime.fromtimestamp(ts)
        aware = d.astimezone()
        print(ts, repr(d), d.timestamp(), repr(aware), aware.tzname(),
              aware.utcoffset(), repr(date.fromtimestamp(ts)))
        # The aware datetime of the same instant converts to local time.
        u = datetime.fromtimestamp(ts, timezone.utc)
        local = u.astimezone()
        print('  utc', repr(u), repr(local), local.tzname(),
              local == u, local.replace(tzinfo=None) == d)
        print('  tuple', tuple(d.timetuple()), d.ctime(),
              d.strftime('%Y-%m-%d %H:%M:%S %Z%z'))
    # Naive datetimes are local time.
    for args in [(2024, 1, 15, 12), (2024, 7, 15, 12, 30, 45, 123456),
                 (1970, 1, 1), (2000, 2, 29, 23, 59, 59), (1900, 6, 1)]:
        d = datetime(*args)
        show(('ts', args), d.timestamp)
        show(('astz', args), d.astimezone)
        show(('astz utc', args), lambda: d.astimezone(timezone.utc))
        show(('astz +5', args),
             lambda: d.astimezone(timezone(timedelta(hours=5), 'X')))
        show(('round', args),
             lambda: datetime.fromtimestamp(d.timestamp()) == d)

# Aware datetimes whose tzinfo gives no offset count as local time too.
class NoOffset(tzinfo):
    def utcoffset(self, dt):
        return None

    def tzname(self, dt):
        return None

    def dst(self, dt):
        return None


os.environ['TZ'] = 'Europe/London'
time.tzset()
odd = datetime(2024, 7, 1, 12, tzinfo=NoOffset())
show('nooffset', odd.astimezone)
show('nooffset utc', lambda: odd.astimezone(timezone.utc))
show('nooffset self', lambda: odd.astimezone(odd.tzinfo) is odd)

# A subclass keeps its type.
class MyDT(datetime):
    pass


show('sub fromts', lambda: MyDT.fromtimestamp(1700000000))
show('sub astz', lambda: MyDT(2024, 7, 1, 12).astimezone())
show('sub date', lambda: type(date.fromtimestamp(0)).__name__)

# Errors and the ends of the range.
for zone in ['UTC', 'America/New_York', 'Australia/Sydney']:
    os.environ['TZ'] = zone
    time.tzset()
    print('==', zone)
    show('min ts', lambda: datetime.min.timestamp())
    show('min ts fold', lambda: datetime.min.replace(fold=1).timestamp())
    show('min+1 ts', lambda: datetime(1, 1, 2).timestamp())
    show('max ts', lambda: datetime.max.timestamp())
    show('max ts fold', lambda: datetime.max.replace(fold=1).timestamp())
    show('max-1 ts', lambda: datetime(9999, 12, 30, 23).timestamp())
    show('min astz', lambda: datetime.min.astimezone())
    show('min astz utc', lambda: datetime.min.astimezone(timezone.utc))
    show('min+1 astz', lambda: datetime(1, 1, 2).astimezone())
    show('max astz', lambda: datetime.max.astimezone())
    show('max-1 astz', lambda: datetime(9999, 12, 30).astimezone())
    show('aware min astz',
         lambda: datetime.min.replace(tzinfo=timezone.utc).astimezone())
    show('aware max astz',
         lambda: datetime.max.replace(tzinfo=timezone.utc).astimezone())
    for ts in [-62135596800, -62135510400, -62135424000, 253402300799,
               253402214399, 253402300800, 1e18, 1e20, -1e20, 2 ** 63,
               2 ** 62, -2 ** 63 - 1, float('nan'), float('inf'), '1',
               None]:
        show(('fromts', ts), lambda: datetime.fromtimestamp(ts))
        show(('date fromts', ts), lambda: date.fromtimestamp(ts))
        show(('fromts utc', ts),
             lambda: datetime.fromtimestamp(ts, timezone.utc))
    show('bad tz', lambda: datetime.fromtimestamp(0, 'UTC'))
    show('astz bad', lambda: datetime(2024, 1, 1).astimezone(5))
    show('now bad', lambda: datetime.now(5))

# date.fromtimestamp rounds down; datetime.fromtimestamp rounds half to even.
os.environ['TZ'] = 'UTC'
time.tzset()
for ts in [86399.9999999, -1e-7, -0.5, 0.4999999, 1.0000005, 1.0000015]:
    print(ts, repr(date.fromtimestamp(ts)), repr(datetime.fromtimestamp(ts)))
