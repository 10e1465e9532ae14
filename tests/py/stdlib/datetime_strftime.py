# strftime and __format__ in the C locale: every directive, flags, widths.
from datetime import date, datetime, time, timedelta, timezone

directives = 'aAbBcCdDeFgGhHIjklmMnprRsStTuUVwWxXyYzZ%f'
samples = [datetime(2024, 1, 2, 3, 4, 5, 6), datetime(2023, 1, 1, 13, 5),
           datetime(2024, 12, 31, 23, 59, 59, 999999), datetime(1, 1, 1),
           datetime(50, 6, 15, 12), datetime(999, 7, 4, 0, 30),
           datetime(1000, 2, 28, 11, 59), datetime(9999, 12, 31, 12),
           datetime(2021, 1, 3, 1, 2, 3), datetime(2020, 12, 28),
           datetime(1969, 12, 31, 23, 59, 59),
           datetime(2024, 3, 10, 0, 0, tzinfo=timezone.utc),
           datetime(2024, 3, 10, 0, 0, tzinfo=timezone(timedelta(hours=-5, minutes=-30), 'X%Y')),
           datetime(2024, 3, 10, tzinfo=timezone(timedelta(seconds=3661, microseconds=7)))]
for d in samples:
    print(repr(d))
    print('  ', '|'.join(d.strftime('%' + c) for c in directives))
    print('  ', d.strftime('%:z|%-d|%-m|%_d|%05d|%10Y|%^a|%^B|%#b|%#p|%^p|%-j|%3d|%_3H'))
    print('  ', d.strftime('%Ey|%Od|%EY|%Ex|%E|%O|%Q|%+|%v|%5%|%-I|%-l|%_m|%0e'))

for d in [date(2024, 5, 6), date(1, 1, 1), date(2020, 2, 29)]:
    print(repr(d), d.strftime('%Y-%m-%d %H:%M:%S.%f %z %Z %a %j %U %W %V %G %u %w %s %c'))
for t in [time(1, 2, 3), time(13, 14, 15, 16, tzinfo=timezone(timedelta(hours=2))),
          time(0, 0, tzinfo=timezone.utc)]:
    print(repr(t), t.strftime('%H:%M:%S.%f %z %:z %Z %Y-%m-%d %a %j %p %I %s %c'))

d = datetime(2024, 5, 6, 7, 8, 9)
for fmt in ['', '%', 'abc%', '%%', '%%%', 'x%%y', '%-', '%%Y', '100%% %Y',
            'é%a€', '%Y%m%d%H%M%S', '\t%n%t|', '%::z', '%:Z', '%:', '%#Z']:
    print(repr(fmt), repr(d.strftime(fmt)))
print(format(d, ''), format(d, '%Y'), f'{d:%d.%m.%Y %H:%M}', '{:%b %d}'.format(d))
print(f'{d.date():%A}', f'{d.time():%H}', format(date(2024, 1, 1), ''))
for bad in [5, None]:
    try:
        d.strftime(bad)
    except TypeError as e:
        print('TypeError', e)

# U, W and V across whole years.
rows = []
for year in (2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026):
    day = date(year, 1, 1)
    out = []
    while day.year == year:
        if day.day in (1, 7) or (day.month == 12 and day.day > 25):
            out.append(day.strftime('%U%W%V%G%g%u%w'))
        day += timedelta(1)
    rows.append(' '.join(out))
for row in rows:
    print(row)
