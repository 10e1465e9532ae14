# zoneinfo: the cache, constructors, reprs, pickling, TZPATH and errors.
# Depends on the system zone files in /usr/share/zoneinfo (Debian tzdata).
import copy
import io
import pickle
import zoneinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, InvalidTZPathWarning

ny = ZoneInfo('America/New_York')
print(repr(ny), str(ny), ny.key, ZoneInfo('America/New_York') is ny)
print(ZoneInfo(key='America/New_York') is ny)
fresh = ZoneInfo.no_cache('America/New_York')
print(fresh is ny, repr(fresh), fresh == ny, ny == ny, ny != fresh)
print(ZoneInfo('America/New_York') is ny)
ZoneInfo.clear_cache(only_keys=['Europe/London'])
print(ZoneInfo('America/New_York') is ny)
ZoneInfo.clear_cache(only_keys=['America/New_York'])
ny2 = ZoneInfo('America/New_York')
print(ny2 is ny, ZoneInfo('America/New_York') is ny2)
ZoneInfo.clear_cache()
print(ZoneInfo('America/New_York') is ny2)
ny = ZoneInfo('America/New_York')

with open('/usr/share/zoneinfo/Europe/London', 'rb') as f:
    lon = ZoneInfo.from_file(f)
print(repr(lon), str(lon), lon.key)
with open('/usr/share/zoneinfo/Europe/London', 'rb') as f:
    lon2 = ZoneInfo.from_file(f, key='My/London')
print(repr(lon2), str(lon2), lon2.key, lon2 is ZoneInfo('Europe/London'))
data = open('/usr/share/zoneinfo/Asia/Kolkata', 'rb').read()
kol = ZoneInfo.from_file(io.BytesIO(data), key='K')
print(kol, kol.utcoffset(None), kol.tzname(None), kol.dst(None))

print(copy.copy(ny) is ny, copy.deepcopy(ny) is ny)
print(pickle.loads(pickle.dumps(ny)) is ny)
p = pickle.loads(pickle.dumps(fresh))
print(p is fresh, p is ny, repr(p))
print(ny.__reduce__()[1], fresh.__reduce__()[1])
try:
    pickle.dumps(lon)
except Exception as e:
    print(type(e).__name__, e)

class MyZone(ZoneInfo):
    pass

mz = MyZone('UTC')
print(repr(mz), str(mz), mz is ZoneInfo('UTC'), MyZone('UTC') is mz, isinstance(mz, ZoneInfo))
print(repr(MyZone.no_cache('UTC')), repr(MyZone.from_file(io.BytesIO(data), key='x')))

def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, repr(str(e)), e.args)

for key in ['Nope/Zone', 'America', '../etc/passwd', '/usr/share/zoneinfo/UTC',
            'America/../UTC', '', 'America/', '.', '..', 'a\x00b', 'zone.tab',
            'America//New_York', 'UTC/', './UTC', 'America/./New_York', 'Mars',
            'america/new_york']:
    err(ZoneInfo, key)
    err(ZoneInfo.no_cache, key)
err(ZoneInfo, 5)
err(ZoneInfo)
for blob in [b'', b'abc', b'TZif', b'TZif2' + b'\0' * 39, b'XZif2' + b'\0' * 39]:
    err(ZoneInfo.from_file, io.BytesIO(blob))
err(ZoneInfo.clear_cache, ['UTC'])
try:
    ZoneInfo('No/Such')
except KeyError as e:
    print('KeyError', e, isinstance(e, ZoneInfoNotFoundError))
print([c.__name__ for c in ZoneInfoNotFoundError.__mro__])
print([c.__name__ for c in InvalidTZPathWarning.__mro__])
try:
    ny.key = 'x'
except AttributeError as e:
    print('AttributeError', e)

print(sorted(zoneinfo.__all__))
print(zoneinfo.TZPATH)
err(zoneinfo.reset_tzpath, 'abc')
err(zoneinfo.reset_tzpath, b'/abc')
err(zoneinfo.reset_tzpath, ['abc'])
err(zoneinfo.reset_tzpath, ['/a', 'b/c', 'd', '/e'])
print(zoneinfo.TZPATH)
zoneinfo.reset_tzpath(['/nonexistent'])
print(zoneinfo.TZPATH)
err(ZoneInfo.no_cache, 'Europe/Paris')
print(ZoneInfo('America/New_York') is ny)
print(zoneinfo.available_timezones())
zoneinfo.reset_tzpath(('/nonexistent', '/usr/share/zoneinfo'))
print(zoneinfo.TZPATH, ZoneInfo.no_cache('Europe/Paris'))
zoneinfo.reset_tzpath()
print(zoneinfo.TZPATH)
