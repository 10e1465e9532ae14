# golden-env: PYTHONTZPATH=/nonexistent:rel/path:/usr/share/zoneinfo:other
# zoneinfo: TZPATH from PYTHONTZPATH, relative entries dropped with a warning.
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    import zoneinfo
for w in caught:
    print(w.category.__name__, str(w.message))
print(zoneinfo.TZPATH)
print(zoneinfo.ZoneInfo('Europe/Paris'))
zoneinfo.reset_tzpath(['/tmp'])
print(zoneinfo.TZPATH)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    zoneinfo.reset_tzpath()
for w in caught:
    print(w.category.__name__, str(w.message).splitlines())
print(zoneinfo.TZPATH)
tz = zoneinfo.available_timezones()
print(len(tz) > 400, 'America/New_York' in tz, 'UTC' in tz, 'Etc/GMT+5' in tz,
      'posixrules' in tz, 'right/UTC' in tz, 'posix/UTC' in tz, 'zone.tab' in tz,
      'tzdata.zi' in tz, 'America' in tz)
print('Australia/Lord_Howe' in tz, 'Australia/Lindeman' in tz, 'Pacific/Apia' in tz)
print(sorted(k for k in tz if k.startswith('Etc/GMT+1')))
