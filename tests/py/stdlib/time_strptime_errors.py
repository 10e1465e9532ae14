# time.strptime and datetime.strptime: error types and messages.
import os
import time
from datetime import datetime, date

os.environ['TZ'] = 'UTC'
time.tzset()


def show(func, *args):
    try:
        r = func(*args)
        print(args, tuple(r) if isinstance(r, time.struct_time) else repr(r))
    except Exception as e:
        print(args, type(e).__name__, e)


for case in [
        ('x', '%Y'), ('2024x', '%Y'), ('2024', '%'), ('2024', '%Y%'),
        ('2024', '%q'), ('2024', '%Y %Q'), ('2024', '% '), ('2024', '%.'),
        ('2024', '%('), ('2024', '%:z'), ('2024', '%E'), ('', '%Y'),
        ('  2024', '%Y'), ('2024  ', ' %Y '), ('20241', '%Y %m'),
        ('13', '%I'), ('13', '%m'), ('32', '%d'), ('0', '%d'),
        ('24', '%H'), ('60', '%M'), ('62', '%S'), ('367', '%j'),
        ('0', '%j'), ('7', '%w'), ('0', '%u'), ('54', '%U'),
        ('1.1234567', '%S.%f'), ('2024 a', '%Y %a'), ('sept', '%b'),
        ('2023-02-29', '%Y-%m-%d'), ('2023-02-30', '%Y-%m-%d'),
        ('Feb 29 1900', '%b %d %Y'), ('2024-04-31', '%Y-%m-%d'),
        ('0000', '%Y'), ('9999 366', '%Y %j'), ('2021-W53-7', '%G-W%V-%u'),
        ('9999-W52-7', '%G-W%V-%u'), ('2024 53 Sun', '%G %V %a'),
        ('2024 Sun', '%G %a'), ('2024 10', '%G %V'), ('10 Sun', '%V %a'),
        ('10', '%V'), ('2024 10 Sun 100', '%G %V %a %j'),
        ('2024 05 3', '%Y %V %u'), ('+01:3000', '%z'), ('+0130:00', '%z'),
        ('+2400', '%z'), ('+01', '%z'), ('01:00', '%z'), ('ſep', '%b'),
        ('PST', '%Z'), ('2024 K', '%Y %Z'),
        ]:
    show(time.strptime, *case)

# Arguments of the wrong type.
for args in [(1, '%Y'), ('1', 2), (b'1', '%Y'), ('1', None), (None,),
             ('1', b'%Y')]:
    show(time.strptime, *args)
for args in [(1, '%Y'), ('1', 2), (b'1', '%Y'), ('1', None)]:
    show(datetime.strptime, *args)
show(time.strptime)
show(time.strptime, '1', '%d', 'x')

# datetime.strptime range checks come from the datetime constructor.
for case in [('23:59:60', '%H:%M:%S'), ('2024-02-30', '%Y-%m-%d'),
             ('Feb 29', '%b %d'), ('0000', '%Y'), ('x', '%Y'),
             ('2024', '%q'), ('2024 +2400', '%Y %z'),
             ('2024 +23:59:59.999999', '%Y %z'), ('2024 -00:00', '%Y %z')]:
    show(datetime.strptime, *case)

# A directive used twice (also through %c, %x or %X) is an error of the
# regular expression CPython builds, with its group numbers and position.
import re
for fmt in ['%d%d', '%z%z', '%c%Y', '%Y %c', 'a.b%Y%Y', 'a  b%Y\t%Y',
            '%%%Y%Y', '%a%a', '%b%b', '%B%B', '%x%x', '%X%X', '%p%p',
            '%Y%q%Y', '%Y%Y%', '(%d)[%H]{%M}|%S|%d', '%c %x', '%X %c',
            '%j %G %V %U %W %w %u %y %f %I %m %A %m']:
    try:
        time.strptime('', fmt)
    except re.error as e:
        print(repr(fmt), 're.error', e, e.msg, e.pos)
    except ValueError as e:
        print(repr(fmt), 'ValueError', e)
