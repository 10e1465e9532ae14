# zoneinfo: offsets, names and conversions in several zones, around
# transitions with fold=0/1, before 1970 and far in the future (the POSIX
# rule of the file footer).  Depends on /usr/share/zoneinfo (Debian tzdata).
from datetime import datetime, timedelta, timezone, time
from zoneinfo import ZoneInfo

UTC = timezone.utc

def show(key, *fields, fold=0):
    z = ZoneInfo(key)
    d = datetime(*fields, tzinfo=z, fold=fold)
    u = d.astimezone(UTC)
    back = u.astimezone(z)
    print(key, d.isoformat(), 'fold=%d' % fold, d.utcoffset(), d.dst(), d.tzname(),
          '->', u.isoformat(), '->', back.isoformat(), back.fold)

def utc_to(key, *fields):
    z = ZoneInfo(key)
    d = datetime(*fields, tzinfo=UTC).astimezone(z)
    print(key, datetime(*fields).isoformat(), 'UTC ->', d.isoformat(), d.fold, d.tzname(), d.dst())

# America/New_York: spring gap 2021-03-14 02:00, autumn fold 2021-11-07 01:00.
for f in (0, 1):
    show('America/New_York', 2021, 3, 14, 2, 30, fold=f)
    show('America/New_York', 2021, 11, 7, 1, 30, fold=f)
    show('America/New_York', 2021, 3, 14, 1, 59, 59, fold=f)
    show('America/New_York', 2021, 3, 14, 3, 0, fold=f)
for h, m in [(5, 59), (6, 0), (6, 30), (7, 0), (7, 30)]:
    utc_to('America/New_York', 2021, 11, 7, h, m)
for h in (6, 7, 8):
    utc_to('America/New_York', 2021, 3, 14, h, 59, 59)
show('America/New_York', 1850, 1, 1)
show('America/New_York', 1918, 6, 1)
show('America/New_York', 1945, 8, 14, 19)
show('America/New_York', 1969, 12, 31, 23)
show('America/New_York', 2087, 3, 9, 2, 30)
show('America/New_York', 2087, 11, 2, 1, 30, fold=1)
show('America/New_York', 9999, 12, 31, 12)
utc_to('America/New_York', 2300, 11, 5, 5, 30)
utc_to('America/New_York', 2300, 11, 5, 6, 30)

# Europe/London.
for f in (0, 1):
    show('Europe/London', 2022, 3, 27, 1, 30, fold=f)
    show('Europe/London', 2022, 10, 30, 1, 30, fold=f)
    show('Europe/London', 2150, 10, 25, 1, 30, fold=f)
show('Europe/London', 1968, 11, 1)   # British Standard Time (+1 all year)
show('Europe/London', 1800, 5, 5)
utc_to('Europe/London', 2150, 10, 25, 0, 30)
utc_to('Europe/London', 2150, 10, 25, 1, 30)

# Australia/Lord_Howe: 30-minute DST, southern hemisphere.
for f in (0, 1):
    show('Australia/Lord_Howe', 2023, 4, 2, 1, 45, fold=f)
    show('Australia/Lord_Howe', 2023, 10, 1, 2, 15, fold=f)
    show('Australia/Lord_Howe', 2099, 4, 5, 1, 45, fold=f)
    show('Australia/Lord_Howe', 2099, 10, 4, 2, 15, fold=f)
show('Australia/Lord_Howe', 2023, 1, 1)
show('Australia/Lord_Howe', 2023, 7, 1)
for m in (0, 15, 30, 45):
    utc_to('Australia/Lord_Howe', 2099, 4, 4, 14, m)

# Asia/Kolkata: no DST since 1945.
show('Asia/Kolkata', 2024, 6, 1, 12)
show('Asia/Kolkata', 1942, 10, 1)
show('Asia/Kolkata', 1900, 1, 1)
show('Asia/Kolkata', 3000, 1, 1)

# Pacific/Apia: skipped 2011-12-30, DST until 2021.
show('Pacific/Apia', 2011, 12, 29, 23, 59)
for f in (0, 1):
    show('Pacific/Apia', 2011, 12, 30, 12, fold=f)
show('Pacific/Apia', 2011, 12, 31, 0, 0)
utc_to('Pacific/Apia', 2011, 12, 30, 9, 59)
utc_to('Pacific/Apia', 2011, 12, 30, 10, 0)
show('Pacific/Apia', 2020, 1, 1)
show('Pacific/Apia', 2040, 1, 1)

# America/Sao_Paulo: DST abolished in 2019.
for f in (0, 1):
    show('America/Sao_Paulo', 2018, 11, 4, 0, 30, fold=f)
    show('America/Sao_Paulo', 2019, 2, 16, 23, 30, fold=f)
show('America/Sao_Paulo', 2019, 12, 1)
show('America/Sao_Paulo', 2050, 12, 1)

# Fixed zones.
for key in ('UTC', 'Etc/GMT+5', 'Etc/GMT-14', 'Etc/UTC'):
    show(key, 2020, 6, 15, 12)
    show(key, 1, 1, 2, 12)
    show(key, 9999, 12, 31, 12)

# Conversions between zones.
d = datetime(2024, 3, 31, 0, 30, tzinfo=UTC)
for key in ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata',
            'Pacific/Apia', 'America/Sao_Paulo', 'UTC', 'Etc/GMT+5']:
    x = d.astimezone(ZoneInfo(key))
    print(key, x, x.tzname(), x - d, x == d)
a = datetime(2021, 11, 7, 1, 30, tzinfo=ZoneInfo('America/New_York'))
b = a.replace(fold=1)
print(a == b, b - a, a.astimezone(UTC), b.astimezone(UTC), a.timestamp(), b.timestamp())
print(datetime.fromtimestamp(1636263000, ZoneInfo('America/New_York')))
print(datetime.fromtimestamp(1636266600, ZoneInfo('America/New_York')).fold)
print(datetime(2021, 6, 1, 12, tzinfo=ZoneInfo('Europe/London')).strftime('%Y-%m-%d %H:%M %Z %z'))

# Time objects and None.
t = time(12, tzinfo=ZoneInfo('America/New_York'))
print(t.utcoffset(), t.dst(), t.tzname())
z = ZoneInfo('Europe/London')
print(z.utcoffset(None), z.dst(None), z.tzname(None))
for arg in (5, 'x'):
    for name in ('utcoffset', 'fromutc'):
        try:
            getattr(z, name)(arg)
        except Exception as e:
            print(name, type(e).__name__, e)
for arg in (datetime(2020, 1, 1), datetime(2020, 1, 1, tzinfo=UTC)):
    try:
        z.fromutc(arg)
    except Exception as e:
        print(type(e).__name__, e)
print(z.fromutc(datetime(2020, 7, 1, tzinfo=z)))
print(z.fromutc(datetime(2020, 7, 1, 5, 6, 7, 891011, tzinfo=z)))
