# tomllib: offset date-times, local date-times, local dates and local times.
import datetime
import tomllib


def show(doc):
    try:
        for key, value in tomllib.loads(doc).items():
            print(key, type(value).__name__, repr(value), value.isoformat() if hasattr(value, 'isoformat') else '')
    except Exception as e:
        print(type(e).__name__, e)


show('''
odt1 = 1979-05-27T07:32:00Z
odt2 = 1979-05-27T00:32:00-07:00
odt3 = 1979-05-27T00:32:00.999999-07:00
odt4 = 1979-05-27 07:32:00Z
odt5 = 1979-05-27t07:32:00z
odt6 = 2000-01-01T00:00:00+00:00
odt7 = 2000-01-01T00:00:00-00:00
odt8 = 2000-01-01T23:59:59+23:59
odt9 = 2000-01-01T12:00:00.5+05:30
ldt1 = 1979-05-27T07:32:00
ldt2 = 1979-05-27T00:32:00.999999
ldt3 = 1979-05-27T00:32:00.1234567891
ldt4 = 1979-05-27T00:32:00.1
ld1 = 1979-05-27
ld2 = 2024-02-29
lt1 = 07:32:00
lt2 = 00:32:00.999999
lt3 = 23:59:59.0000001
lt4 = 12:00:00.05
''')
d = tomllib.loads('a = 1979-05-27T00:32:00-07:00\nb = 1979-05-27T07:32:00Z\nc = 1979-05-27T07:32:00+00:00')
print(d['a'] == d['b'], d['a'].utcoffset(), d['b'].tzinfo is datetime.timezone.utc, d['c'].tzinfo == datetime.timezone.utc)
print(d['a'].tzinfo, d['b'].tzname(), d['a'].tzname())
show('arr = [1979-05-27, 07:32:00, 1979-05-27T07:32:00Z]\ntbl = {when = 2020-01-01}')
show('d = 1979-05-27 # a date then a comment')
show('d = 1979-05-27 07:32')
show('d = 1979-05-27T')
show('d = 1979-05-27T07:32:00.')
show('d = 1979-05-27T07:32:00+07')
show('d = 1979-05-27T07:32:00+7:00')
show('d = 1979-05-27T07:32:00+24:00')
show('d = 1979-05-27T24:00:00')
show('d = 1979-5-27')
show('d = 79-05-27')
show('d = 2023-02-29')
show('d = 2023-04-31T10:00:00Z')
show('d = 2023-00-10')
show('d = 2023-01-32')
show('t = 24:00:00')
show('t = 7:32:00')
show('t = 07:60:00')
show('t = 07:32:60')
show('t = 07:32')
show('t = 07:32:00Z')
show('t = 07:32:00.x')
