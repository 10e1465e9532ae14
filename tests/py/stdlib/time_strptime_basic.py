# time.strptime: directives, computed weekday and day of the year, and the
# struct_time it returns.
import os
import time

os.environ['TZ'] = 'UTC'
time.tzset()


def show(*args):
    try:
        r = time.strptime(*args)
        print(args, tuple(r), r.tm_zone, r.tm_gmtoff)
    except Exception as e:
        print(args, type(e).__name__, e)


r = time.strptime('2024-05-06 07:08:09', '%Y-%m-%d %H:%M:%S')
print(type(r).__name__, r)
print(r.tm_year, r.tm_mon, r.tm_mday, r.tm_hour, r.tm_min, r.tm_sec,
      r.tm_wday, r.tm_yday, r.tm_isdst, r.tm_zone, r.tm_gmtoff, len(r))
print(r == time.struct_time((2024, 5, 6, 7, 8, 9, 0, 127, -1)))
print(time.strptime('Tue Jan  2 03:04:05 2024'))
print(time.mktime(time.strptime('2024-05-06', '%Y-%m-%d')))

for case in [
        ('2024',), ('Tue Jan 2 03:04:05 2024',),
        ('2024', '%Y'), ('99', '%y'), ('68', '%y'), ('69', '%y'),
        ('00', '%y'), ('Feb 29', '%b %d'), ('February 28', '%B %d'),
        ('september', '%B'), ('SEP', '%b'), ('may', '%b'), ('May', '%B'),
        ('mon', '%a'), ('FRIDAY', '%A'), ('sunday 7', '%A %d'),
        ('12 pm', '%I %p'), ('12 AM', '%I %p'), ('1 PM', '%I %p'),
        ('11 am', '%I %p'), ('PM 3', '%p %I'), ('3', '%I'), ('0', '%H'),
        ('23:59:60', '%H:%M:%S'), ('23:59:61', '%H:%M:%S'), ('7', '%M'),
        ('1.5', '%S.%f'), ('1.123456', '%S.%f'), ('100', '%j'),
        ('2024 366', '%Y %j'), ('2023 366', '%Y %j'), ('2024 1', '%Y %j'),
        ('001', '%j'), ('5', '%w'), ('0', '%w'), ('7', '%u'), ('1', '%u'),
        ('5 2024', '%U %Y'), ('Mon 5 2024', '%a %U %Y'),
        ('Mon 0 2024', '%a %W %Y'), ('Sun 0 2024', '%a %U %Y'),
        ('2024 0 0', '%Y %U %w'), ('2023 52 6', '%Y %W %w'),
        ('2024 53 Sun', '%Y %U %a'), ('2024 53 6', '%Y %W %w'),
        ('2020-W53-7', '%G-W%V-%u'), ('2024-W05-3', '%G-W%V-%u'),
        ('2024-W01-1', '%G-W%V-%u'), ('2025-W01 Monday', '%G-W%V %A'),
        ('0001-W01-1', '%G-W%V-%u'), ('01/02/24', '%x'),
        ('03:04:05', '%X'), ('01/02/24 03:04:05', '%x %X'),
        ('Tue Jan  2 03:04:05 2024', '%c'), ('%2024', '%%%Y'),
        ('2024\t1', '%Y %m'), ('2024   1', '%Y %m'), ('2024 1', '%Y  %m'),
        ('2024-1-2', '%Y-%m-%d'), ('2024-12-31', '%Y-%m-%d'),
        ('20240102', '%Y%m%d'), ('240102', '%y%m%d'),
        ('2024x05', '%YX%m'), ('1900', '%Y'), ('9999 365', '%Y %j'),
        ('0001 0 Mon', '%Y %U %a'), ('1999-12-31T23:59:59', '%Y-%m-%dT%H:%M:%S'),
        ('(2024)', '(%Y)'), ('a.b 2024', 'a.b %Y'), ('[1]', '[%d]'),
        ('2024 ', '%Y '), ('', ''), ('x', 'x'), (' 5', '%d'),
        ('２０２４', '%Y'), ('1٣', '%d'), ('٣٣', '%y'), ('SUN', '%a'),
        ('ſun', '%a'), ('2024', '%Y%%'), ('2024%', '%Y%%'),
        ]:
    show(*case)
