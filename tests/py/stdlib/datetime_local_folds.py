# Local time around daylight saving changes: wall times in gaps and folds
# with fold=0 and fold=1, and timestamps around the transitions.
import os
import time
from datetime import date, datetime, timedelta, timezone


def show(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


def find_transitions(start, stop):
    """Return the Unix times at which the local UTC offset changes."""
    found = []
    step = 6 * 3600
    prev = time.localtime(start).tm_gmtoff
    t = start
    while t < stop:
        nxt = t + step
        off = time.localtime(nxt).tm_gmtoff
        if off != prev:
            lo, hi = t, nxt
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if time.localtime(mid).tm_gmtoff == prev:
                    lo = mid
                else:
                    hi = mid
            found.append(hi)
            prev = off
        t = nxt
    return found


CASES = {
    'America/New_York': [(2024, 3, 10, 2, 30), (2024, 11, 3, 1, 30),
                         (2024, 3, 10, 1, 59, 59), (2024, 3, 10, 3, 0),
                         (2024, 11, 3, 0, 59, 59), (2024, 11, 3, 2, 0),
                         (1970, 4, 26, 2, 30), (2007, 3, 11, 2, 0)],
    'Europe/London': [(2024, 3, 31, 1, 30), (2024, 10, 27, 1, 30),
                      (2024, 10, 27, 1, 0), (2024, 3, 31, 2, 0)],
    'Australia/Sydney': [(2024, 10, 6, 2, 30), (2024, 4, 7, 2, 30),
                         (2024, 4, 7, 3, 0), (2024, 10, 6, 3, 0)],
    'Asia/Kolkata': [(1942, 9, 1, 0, 30), (1945, 10, 15, 0, 0),
                     (2024, 1, 1, 0, 0)],
    'UTC': [(2024, 3, 10, 2, 30)],
    'EST5EDT,M3.2.0,M11.1.0': [(2024, 3, 10, 2, 30), (2024, 11, 3, 1, 30),
                               (2030, 3, 10, 2, 15), (2030, 11, 3, 1, 15)],
    'Australia/Lord_Howe': [(2024, 4, 7, 1, 45), (2024, 10, 6, 2, 15)],
    'Pacific/Apia': [(2011, 12, 30, 12, 0), (2011, 12, 29, 23, 59)],
}

for zone, cases in CASES.items():
    os.environ['TZ'] = zone
    time.tzset()
    print('==', zone, time.tzname, time.daylight)
    for args in cases:
        for fold in (0, 1):
            d = datetime(*args, fold=fold)
            show(('ts', args, fold), d.timestamp)
            show(('astz', args, fold), d.astimezone)
            show(('astz utc', args, fold),
                 lambda: d.astimezone(timezone.utc))
            show(('back', args, fold),
                 lambda: datetime.fromtimestamp(d.timestamp()))
    # Every transition from 2020 to 2026, and the seconds around it.
    for t in find_transitions(1577836800, 1798761600)[:8]:
        print('transition', t)
        for delta in (-3601, -3600, -1801, -1, 0, 1, 1799, 3599, 3600,
                      3601):
            ts = t + delta
            d = datetime.fromtimestamp(ts)
            a = d.astimezone()
            print(' ', delta, repr(d), d.fold, d.timestamp() == ts,
                  d.replace(fold=1 - d.fold).timestamp() - ts,
                  a.tzname(), a.utcoffset(), repr(date.fromtimestamp(ts)))

# Comparing and subtracting naive datetimes ignores fold; timestamps differ.
os.environ['TZ'] = 'America/New_York'
time.tzset()
a = datetime(2024, 11, 3, 1, 30)
b = a.replace(fold=1)
print(a == b, b - a, b.timestamp() - a.timestamp(), hash(a) == hash(b))
print(repr(datetime.fromtimestamp(1730615400)),
      repr(datetime.fromtimestamp(1730611800)))
print(repr(datetime.fromtimestamp(1730615400.5)),
      repr(datetime.fromtimestamp(1730613599.999999)))
# The fold appears in repr and survives replace.
print(repr(datetime.fromtimestamp(1730613600).replace(minute=5)))
print(datetime.fromtimestamp(1730613600).isoformat(),
      datetime.fromtimestamp(1730613600).timetuple())
