# time.mktime of wall times in the gaps and repeats of daylight-time changes,
# with each isdst hint; strftime of a time of unknown kind.
import os, time
for tz in ['America/New_York', 'Europe/London', 'Australia/Sydney', 'UTC']:
    os.environ['TZ'] = tz; time.tzset()
    for tup in [(2024,3,10,2,30,0,0,0,1), (2024,3,10,2,30,0,0,0,0), (2024,3,10,2,30,0,0,0,-1),
                (2024,3,31,1,30,0,0,0,1), (2024,3,31,1,30,0,0,0,0), (2024,3,31,1,30,0,0,0,-1),
                (2024,10,6,2,30,0,0,0,1), (2024,10,6,2,30,0,0,0,0), (2024,10,6,2,30,0,0,0,-1)]:
        print(tz, tup, time.mktime(tup))
    print(repr(time.strftime('%Z|%z', (2024,6,1,12,0,0,0,0,-1))), repr(time.strftime('%Z|%z', (2024,6,1,12,0,0,0,0,0))))
