# time.tzset with zones from the zoneinfo files and POSIX TZ rules:
# localtime, mktime, strftime and the zone attributes in each.
import os
import time

STAMPS = [0, 1e9, 1615705199, 1615705200, 1636264799, 1636264800,
          1700000000, -1e9, 2e9, 4e9]


def show(tz):
    os.environ['TZ'] = tz
    time.tzset()
    print(tz, time.timezone, time.altzone, time.daylight, time.tzname)
    for t in STAMPS:
        lt = time.localtime(t)
        back = time.mktime(lt)
        print('  ', int(t), tuple(lt), lt.tm_zone, lt.tm_gmtoff, back,
              time.strftime('%Y-%m-%d %H:%M:%S %Z %z|%c|%s', lt))
    print('  ctime', time.ctime(1e9))
    # Wall times that are skipped or repeated, with each isdst hint.
    for tup in [(2021, 3, 14, 2, 30, 0, 0, 0, -1), (2021, 11, 7, 1, 30, 0, 0, 0, 0),
                (2021, 11, 7, 1, 30, 0, 0, 0, 1), (2021, 7, 1, 12, 0, 0, 0, 0, 0),
                (2021, 7, 1, 12, 0, 0, 0, 0, 1), (2021, 1, 1, 12, 0, 0, 0, 0, 1),
                (2021, 13, 35, 25, 61, 61, 0, 0, -1)]:
        print('  mktime', tup, time.mktime(tup))


for tz in ['UTC', 'America/New_York', 'Europe/London', 'Australia/Sydney',
           'Asia/Kolkata', 'Asia/Tokyo', 'America/Sao_Paulo',
           'EST5EDT,M3.2.0,M11.1.0', 'CET-1CEST,M3.5.0,M10.5.0/3',
           '<+0330>-3:30', 'AEST-10AEDT,M10.1.0,M4.1.0/3', 'JST-9',
           'XYZ3ABC,J60/1,300/23:30', ':Europe/Paris', 'Nowhere/Else',
           ':Nowhere/Else', '12', 'ab', 'Foo+3', '']:
    show(tz)
