# time.strptime and datetime.strptime with %Z and %z: tm_isdst, tm_zone and
# tm_gmtoff, and the zone names taken from time.tzname.
import os
import time
from datetime import datetime


def show(*args):
    try:
        r = time.strptime(*args)
        print(args, tuple(r), repr(r.tm_zone), r.tm_gmtoff)
    except Exception as e:
        print(args, type(e).__name__, e)


def show_dt(*args):
    try:
        d = datetime.strptime(*args)
        print(args, repr(d), d.tzname(), d.utcoffset())
    except Exception as e:
        print(args, type(e).__name__, e)


# The first strptime call reads the zone names, calling time.tzset().
os.environ['TZ'] = 'America/New_York'
print(time.localtime(0).tm_hour)
show('1', '%d')
print(time.tzname, time.localtime(0).tm_hour)

NAMES = ['EST', 'EDT', 'est', 'UTC', 'utc', 'GMT', 'Gmt', 'BST', 'GMT+1',
         'AEST', 'AEDT', 'IST', 'CET', 'CEST', 'PST', 'Z', '+0330', 'LMT']
for zone in ['America/New_York', 'Europe/London', 'Australia/Sydney',
             'Asia/Kolkata', 'UTC', 'EST5EDT,M3.2.0,M11.1.0',
             'CET-1CEST,M3.5.0,M10.5.0/3', '<+0330>-3:30', 'Europe/Dublin']:
    os.environ['TZ'] = zone
    time.tzset()
    print('==', zone, time.tzname, time.daylight)
    for name in NAMES:
        show('2024-07-01 12:00 ' + name, '%Y-%m-%d %H:%M %Z')
    show_dt('2024-07-01 12:00 ' + time.tzname[0], '%Y-%m-%d %H:%M %Z')
    show_dt('2024-07-01 12:00 +0100 ' + time.tzname[1],
            '%Y-%m-%d %H:%M %z %Z')
    show('%s %s' % time.tzname, '%Z %Z')

for text in ['+0000', '-0000', '+0130', '-0130', '+01:30', '-01:30:15',
             '+013015', '-01:30:15.5', '+013015.123456', '-000000.000001',
             'Z', 'z', '+2359', '+9959', '-23:59:59.999999', '+01:3015']:
    show('2024 ' + text, '%Y %z')
    show_dt('2024 ' + text, '%Y %z')
show('2024 +0100 UTC', '%Y %z %Z')
show('2024 UTC +0100', '%Y %Z %z')
show_dt('2024 +0100 UTC', '%Y %z %Z')
show_dt('2024 +0000 GMT', '%Y %z %Z')
show_dt('2024 GMT', '%Y %Z')
# Changing TZ without tzset() keeps the old names.
os.environ['TZ'] = 'Asia/Tokyo'
show('2024 JST', '%Y %Z')
time.tzset()
show('2024 JST', '%Y %Z')
