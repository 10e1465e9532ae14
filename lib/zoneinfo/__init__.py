"""IANA time zones: CPython's zoneinfo module, a ``tzinfo`` read from the
system's TZif files.

``ZoneInfo(key)`` finds the file named by key (such as
``'America/New_York'``) under the directories of ``TZPATH`` (by default
/usr/share/zoneinfo, /usr/lib/zoneinfo, /usr/share/lib/zoneinfo and
/etc/zoneinfo, or the ``PYTHONTZPATH`` environment variable) and returns a
cached instance, so that ``ZoneInfo(key) is ZoneInfo(key)``.  Offsets
follow the transitions of the file; later dates follow the POSIX TZ rule
of the file's footer.  Ambiguous and missing wall times are told apart
with ``fold`` (PEP 495): in a gap, fold=0 uses the offset from before the
transition and fold=1 the one after; in a fold, fold=0 is the first
occurrence and fold=1 the second.

There is no fallback to the ``tzdata`` package: zones come from the
directories of ``TZPATH`` only.
"""

import os
from datetime import datetime, timedelta, tzinfo

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH",
           "ZoneInfoNotFoundError", "InvalidTZPathWarning"]

_DEFAULT_TZPATH = ('/usr/share/zoneinfo', '/usr/lib/zoneinfo',
                   '/usr/share/lib/zoneinfo', '/etc/zoneinfo')

# Day number (as date.toordinal() counts) of 1970-01-01.
_EPOCH_ORDINAL = 719163


class ZoneInfoNotFoundError(KeyError):
    """No time zone file was found for the key."""


class InvalidTZPathWarning(RuntimeWarning):
    """PYTHONTZPATH holds a relative path, which is ignored."""


# ---------------------------------------------------------------------------
# The search path.

def _relative_paths_message(paths):
    bad = [p for p in paths if not os.path.isabs(p)]
    return ("Paths should be absolute but found the following relative "
            "paths:\n    " + "\n    ".join(bad))


def _tzpath_from_environment(stacklevel):
    value = os.environ.get("PYTHONTZPATH")
    if value is None:
        return _DEFAULT_TZPATH
    if not value:
        return ()
    paths = value.split(os.pathsep)
    kept = [p for p in paths if os.path.isabs(p)]
    if len(kept) != len(paths):
        import warnings
        warnings.warn("Invalid paths specified in PYTHONTZPATH environment "
                      "variable. " + _relative_paths_message(paths),
                      InvalidTZPathWarning, stacklevel=stacklevel)
    return tuple(kept)


def reset_tzpath(to=None):
    """Set TZPATH to the sequence of absolute directories to, or to the
    default (from PYTHONTZPATH, else the system directories)."""
    global TZPATH
    if to is None:
        TZPATH = _tzpath_from_environment(stacklevel=4)
        return
    if isinstance(to, (str, bytes)):
        raise TypeError(f"tzpaths must be a list or tuple, not {type(to)}: "
                        f"{to!r}")
    if not all(map(os.path.isabs, to)):
        raise ValueError(_relative_paths_message(to))
    TZPATH = tuple(to)


TZPATH = _tzpath_from_environment(stacklevel=5)


def _check_key(key):
    """Reject keys that are not plain relative paths below a TZPATH
    directory, with CPython's messages."""
    if type(key) is not str:
        if isinstance(key, bytes):
            raise TypeError("Can't mix strings and bytes in path components")
        key = os.fspath(key)
    if key.startswith('/'):
        raise ValueError(f"ZoneInfo keys may not be absolute paths, got: {key}")
    if len(os.path.normpath(key)) != len(key):
        raise ValueError(
            f"ZoneInfo keys must be normalized relative paths, got: {key}")
    # A normalized relative path leaves its directory only through leading
    # '..' components, or names the directory itself as '.'.
    if key == '.' or key == '..' or key.startswith('../'):
        raise ValueError(
            f"ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}")


def _find_file(key):
    """Return the path of the zone file for key, or None."""
    _check_key(key)
    if '\x00' in key:
        return None
    for root in TZPATH:
        path = os.path.join(root, key)
        if os.path.isfile(path):
            return path
    return None


def available_timezones():
    """Return the set of keys of the zones found under TZPATH.

    Every file that starts with the TZif magic counts, except those under
    the 'posix' and 'right' directories and 'posixrules'.
    """
    zones = set()
    for root in TZPATH:
        if not os.path.exists(root):
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            if dirpath == root:
                for special in ('right', 'posix'):
                    if special in dirnames:
                        dirnames.remove(special)
            for name in filenames:
                path = os.path.join(dirpath, name)
                key = os.path.relpath(path, start=root)
                if not key or key in zones:
                    continue
                try:
                    with open(path, 'rb') as f:
                        if f.read(4) == b'TZif':
                            zones.add(key)
                except (OSError, UnicodeDecodeError):
                    pass
    zones.discard('posixrules')
    return zones


# ---------------------------------------------------------------------------
# Calendar helpers for the POSIX TZ rules.

def _days_from_civil(year, month, day):
    """Days from 1970-01-01 to the given proleptic Gregorian date."""
    y = year - 1
    ordinal = y * 365 + y // 4 - y // 100 + y // 400
    ordinal += (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304,
                334)[month]
    if month > 2 and (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
        ordinal += 1
    return ordinal + day - _EPOCH_ORDINAL


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _ttinfo(utcoff, dstoff, name):
    """One local time type: (utcoffset, dst, tzname, utcoffset in
    seconds)."""
    return (timedelta(seconds=utcoff), timedelta(seconds=dstoff), name,
            utcoff)


class _Rule:
    """The daylight saving rule of a POSIX TZ string, for dates past the
    last transition of a file."""

    __slots__ = ('std', 'dst', 'diff', 'start', 'end')

    def __init__(self, std, dst, start, end):
        self.std = std
        self.dst = dst
        self.diff = dst[3] - std[3]
        # Each of start and end is (kind, a, b, c, seconds after midnight):
        # ('J', n) counts days 1-365 without Feb 29, ('N', n) counts days
        # 0-365 with it, ('M', month, week, weekday) is the week-th
        # weekday of the month (week 5 being the last).
        self.start = start
        self.end = end

    @staticmethod
    def _when(spec, year):
        """Seconds from the epoch to the local wall time of spec in year."""
        kind = spec[0]
        if kind == 'J':
            day = spec[1] - 1
            if day >= 59 and _is_leap(year):
                day += 1
            days = _days_from_civil(year, 1, 1) + day
        elif kind == 'N':
            days = _days_from_civil(year, 1, 1) + spec[1]
        else:
            month, week, weekday = spec[1], spec[2], spec[3]
            first = _days_from_civil(year, month, 1)
            # 1970-01-01 was a Thursday (weekday 4, Sunday being 0).
            first_weekday = (first + 4) % 7
            day = (weekday - first_weekday) % 7 + (week - 1) * 7
            length = _MONTH_DAYS[month]
            if month == 2 and _is_leap(year):
                length += 1
            if day >= length:
                day -= 7
            days = first + day
        return days * 86400 + spec[4]

    def local(self, ts, year, fold):
        """The type in effect at the wall time ts (seconds) of year."""
        # The start is written in standard time, the end in daylight time.
        start = self._when(self.start, year)
        end = self._when(self.end, year)
        diff = self.diff
        # Wall times in the gap or the fold at either change belong to the
        # earlier type when fold is 0 and to the later one when it is 1.
        if diff >= 0:
            if fold:
                end -= diff
            else:
                start += diff
        else:
            if fold:
                start += diff
            else:
                end -= diff
        if start < end:
            in_dst = start <= ts < end
        else:
            in_dst = not (end <= ts < start)
        return self.dst if in_dst else self.std

    def fromutc(self, ts, year):
        """The type in effect at the UTC time ts of year, and the fold of
        the resulting wall time."""
        start = self._when(self.start, year) - self.std[3]
        end = self._when(self.end, year) - self.dst[3]
        if start < end:
            in_dst = start <= ts < end
        else:
            in_dst = not (end <= ts < start)
        diff = self.diff
        # Wall times are repeated just after the change to the type with
        # the smaller offset.
        if diff > 0:
            fold = end <= ts < end + diff
        else:
            fold = start <= ts < start - diff
        return (self.dst if in_dst else self.std), fold


def _parse_tz_string(text):
    """Parse a POSIX TZ string: a fixed type, or a _Rule."""
    pos = 0
    n = len(text)

    def bad():
        return ValueError(f"Invalid TZ string: {text}")

    def name(pos):
        if pos < n and text[pos] == '<':
            close = text.find('>', pos)
            if close < 0:
                raise bad()
            return text[pos + 1:close], close + 1
        start = pos
        while pos < n and text[pos].isalpha():
            pos += 1
        if pos - start < 3:
            raise bad()
        return text[start:pos], pos

    def clock(pos, max_hours):
        """Parse [+-]hh[:mm[:ss]] into seconds."""
        sign = 1
        if pos < n and text[pos] in '+-':
            if text[pos] == '-':
                sign = -1
            pos += 1
        parts = []
        while True:
            start = pos
            while pos < n and text[pos].isdigit():
                pos += 1
            if start == pos or pos - start > 3:
                raise bad()
            parts.append(int(text[start:pos]))
            if len(parts) == 3 or pos >= n or text[pos] != ':':
                break
            pos += 1
        if parts[0] > max_hours or any(p > 59 for p in parts[1:]):
            raise bad()
        seconds = parts[0] * 3600
        if len(parts) > 1:
            seconds += parts[1] * 60
        if len(parts) > 2:
            seconds += parts[2]
        return sign * seconds, pos

    def number(pos):
        start = pos
        while pos < n and text[pos].isdigit():
            pos += 1
        if start == pos:
            raise bad()
        return int(text[start:pos]), pos

    def date(pos):
        if pos < n and text[pos] == 'J':
            day, pos = number(pos + 1)
            if not 1 <= day <= 365:
                raise bad()
            spec = ['J', day, 0, 0]
        elif pos < n and text[pos] == 'M':
            month, pos = number(pos + 1)
            if pos >= n or text[pos] != '.':
                raise bad()
            week, pos = number(pos + 1)
            if pos >= n or text[pos] != '.':
                raise bad()
            weekday, pos = number(pos + 1)
            if not (1 <= month <= 12 and 1 <= week <= 5 and weekday <= 6):
                raise bad()
            spec = ['M', month, week, weekday]
        else:
            day, pos = number(pos)
            if day > 365:
                raise bad()
            spec = ['N', day, 0, 0]
        seconds = 7200
        if pos < n and text[pos] == '/':
            seconds, pos = clock(pos + 1, 167)
        spec.append(seconds)
        return tuple(spec), pos

    std_name, pos = name(pos)
    # POSIX offsets count hours west of Greenwich.
    std_off, pos = clock(pos, 24)
    std_off = -std_off
    if pos == n:
        return _ttinfo(std_off, 0, std_name)
    dst_name, pos = name(pos)
    if pos < n and text[pos] != ',':
        dst_off, pos = clock(pos, 24)
        dst_off = -dst_off
    else:
        dst_off = std_off + 3600
    if pos >= n or text[pos] != ',':
        raise bad()
    start, pos = date(pos + 1)
    if pos >= n or text[pos] != ',':
        raise bad()
    end, pos = date(pos + 1)
    if pos != n:
        raise bad()
    return _Rule(_ttinfo(std_off, 0, std_name),
                 _ttinfo(dst_off, dst_off - std_off, dst_name), start, end)


# ---------------------------------------------------------------------------
# TZif files (RFC 8536).

def _read_counts(data, pos):
    """Read the TZif header at pos: return (version, the six counts, the
    position after the header)."""
    if data[pos:pos + 4] != b'TZif':
        raise ValueError("Invalid TZif file: magic not found")
    version_byte = data[pos + 4:pos + 5]
    version = 1 if version_byte == b'\x00' else int(version_byte)
    if len(data) < pos + 44:
        raise ValueError("Invalid TZif file: header too short")
    counts = [int.from_bytes(data[i:i + 4], 'big')
              for i in range(pos + 20, pos + 44, 4)]
    return version, counts, pos + 44


def _block_size(counts, time_size):
    isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
    return (timecnt * time_size + timecnt + typecnt * 6 + charcnt +
            leapcnt * (time_size + 4) + isstdcnt + isutcnt)


def _dst_offsets(trans_types, utcoffs, isdst):
    """Work out the DST adjustment of each daylight time type.

    TZif files only flag types as daylight time, so the adjustment is
    taken from the first transition into each such type: its offset less
    that of the standard type before it, or failing that of the standard
    type after it.  A daylight type that no transition settles gets one
    hour.
    """
    ntypes = len(utcoffs)
    result = [0] * ntypes
    unsettled = sum(1 for flag in isdst if flag)
    last = len(trans_types) - 1
    i = 0
    completed = True
    while i < last:
        i += 1
        if not unsettled:
            completed = False
            break
        t = trans_types[i]
        if not isdst[t] or result[t]:
            continue
        before = trans_types[i - 1]
        offset = 0 if isdst[before] else utcoffs[t] - utcoffs[before]
        if not offset and t < ntypes - 1:
            if i + 1 > last:
                continue
            after = trans_types[i + 1]
            if isdst[after]:
                continue
            offset = utcoffs[t] - utcoffs[after]
        if offset:
            result[t] = offset
            unsettled -= 1
    if completed:
        for t in range(ntypes):
            if isdst[t] and not result[t]:
                result[t] = 3600
    return result


def _parse_tzif(data):
    """Return (transition times, the type of each transition, the types,
    the type before the first transition, the footer) of TZif data."""
    version, counts, pos = _read_counts(data, 0)
    time_size = 4
    if version >= 2:
        # Skip the 32-bit block; the 64-bit one follows with its header.
        version, counts, pos = _read_counts(
            data, pos + _block_size(counts, 4))
        time_size = 8
    isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
    from_bytes = int.from_bytes
    end = pos + timecnt * time_size
    times = [from_bytes(data[i:i + time_size], 'big', signed=True)
             for i in range(pos, end, time_size)]
    pos = end
    trans_types = list(data[pos:pos + timecnt])
    pos += timecnt
    utcoffs = []
    isdst = []
    name_index = []
    for i in range(pos, pos + typecnt * 6, 6):
        utcoffs.append(from_bytes(data[i:i + 4], 'big', signed=True))
        isdst.append(data[i + 4])
        name_index.append(data[i + 5])
    pos += typecnt * 6
    chars = data[pos:pos + charcnt]
    pos += charcnt + leapcnt * (time_size + 4) + isstdcnt + isutcnt
    names = []
    for start in name_index:
        stop = chars.find(b'\x00', start)
        if stop < 0:
            stop = len(chars)
        names.append(chars[start:stop].decode('ascii'))
    footer = None
    if time_size == 8:
        rest = data[pos:]
        if rest[:1] == b'\n':
            stop = rest.find(b'\n', 1)
            if stop > 1:
                footer = rest[1:stop].decode('ascii')
    dstoffs = _dst_offsets(trans_types, utcoffs, isdst)
    types = [_ttinfo(utcoffs[t], dstoffs[t], names[t])
             for t in range(typecnt)]
    # Before the first transition: the first standard type, else type 0.
    before = None
    for t in range(typecnt):
        if not isdst[t]:
            before = types[t]
            break
    else:
        if types:
            before = types[0]
    return times, trans_types, types, before, footer


# ---------------------------------------------------------------------------

_MISSING = object()


class ZoneInfo(tzinfo):
    """A time zone of the IANA database, read from a TZif file."""

    __slots__ = ('_key', '_file_repr', '_from_cache', '_utc', '_walls',
                 '_types', '_before', '_after', '_rule')

    _cache = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._cache = {}

    def __new__(cls, key=_MISSING, **kwargs):
        if kwargs:
            raise TypeError("function takes at most 1 keyword argument "
                            "(%d given)" % (len(kwargs) + 1))
        if key is _MISSING:
            raise TypeError("function missing required argument 'key' "
                            "(pos 1)")
        cache = cls._cache
        zone = cache.get(key)
        if zone is None:
            zone = cls._load(key)
            zone._from_cache = True
            zone = cache.setdefault(key, zone)
        return zone

    @classmethod
    def no_cache(cls, key):
        """Return a new instance for key, bypassing the cache."""
        zone = cls._load(key)
        zone._from_cache = False
        return zone

    @classmethod
    def from_file(cls, fobj, /, key=None):
        """Read a zone from the binary file object fobj (not cached)."""
        zone = object.__new__(cls)
        zone._setup(fobj.read())
        zone._key = key
        zone._file_repr = repr(fobj)
        zone._from_cache = False
        return zone

    @classmethod
    def clear_cache(cls, *args, only_keys=None):
        """Forget the cached zones: all, or those of the keys given."""
        if args:
            raise TypeError("clear_cache() takes no positional arguments")
        if only_keys is None:
            cls._cache.clear()
        else:
            for key in only_keys:
                cls._cache.pop(key, None)

    @classmethod
    def _load(cls, key):
        path = _find_file(key)
        if path is None:
            raise ZoneInfoNotFoundError(f"No time zone found with key {key}")
        with open(path, 'rb') as f:
            data = f.read()
        zone = object.__new__(cls)
        zone._setup(data)
        zone._key = key
        zone._file_repr = None
        return zone

    @classmethod
    def _unpickle(cls, key, from_cache):
        if from_cache:
            return cls(key)
        return cls.no_cache(key)

    def _setup(self, data):
        times, trans_types, types, before, footer = _parse_tzif(data)
        self._utc = times
        self._types = [types[t] for t in trans_types]
        self._before = before
        # The transitions as wall times, one list for each fold: with
        # fold=0 a change happens at the later of its two wall readings,
        # with fold=1 at the earlier (see the module docstring).
        wall0 = []
        wall1 = []
        if times:
            prev = types[0][3]
            for when, t in zip(times, trans_types):
                cur = types[t][3]
                if cur > prev:
                    wall0.append(when + cur)
                    wall1.append(when + prev)
                else:
                    wall0.append(when + prev)
                    wall1.append(when + cur)
                prev = cur
        self._walls = (wall0, wall1)
        self._rule = None
        after = None
        if footer:
            after = _parse_tz_string(footer)
            if isinstance(after, _Rule):
                self._rule = after
                after = None
        if after is None and self._rule is None:
            if self._types:
                after = self._types[-1]
            elif types:
                after = types[0]
        self._after = after

    @property
    def key(self):
        return self._key

    @key.setter
    def key(self, value):
        raise AttributeError("readonly attribute")

    @key.deleter
    def key(self):
        raise AttributeError("readonly attribute")

    def _name(self):
        cls = type(self)
        if cls is ZoneInfo:
            return 'zoneinfo.ZoneInfo'
        return cls.__name__

    def __repr__(self):
        if self._key is not None:
            return f"{self._name()}(key={self._key!r})"
        return f"{self._name()}.from_file({self._file_repr})"

    def __str__(self):
        if self._key is not None:
            return str(self._key)
        return repr(self)

    def __reduce__(self):
        if self._file_repr is not None:
            import pickle
            raise pickle.PicklingError(
                "Cannot pickle a ZoneInfo file from a file stream.")
        return (type(self)._unpickle, (self._key, int(self._from_cache)))

    def _find(self, dt):
        """The local time type of the wall time of dt."""
        ts = ((dt.toordinal() - _EPOCH_ORDINAL) * 86400 + dt.hour * 3600 +
              dt.minute * 60 + dt.second)
        walls = self._walls[dt.fold]
        if walls and ts <= walls[-1]:
            # The number of transitions at or before ts.
            lo, hi = 0, len(walls)
            while lo < hi:
                mid = (lo + hi) // 2
                if ts < walls[mid]:
                    hi = mid
                else:
                    lo = mid + 1
            if lo == 0:
                return self._before
            return self._types[lo - 1]
        rule = self._rule
        if rule is not None:
            return rule.local(ts, dt.year, dt.fold)
        return self._after

    def utcoffset(self, dt):
        """The offset from UTC of the wall time dt (None for None)."""
        if dt is None:
            return None
        return self._find(dt)[0]

    def dst(self, dt):
        """The DST adjustment at the wall time dt (None for None)."""
        if dt is None:
            return None
        return self._find(dt)[1]

    def tzname(self, dt):
        """The abbreviation of the zone at the wall time dt (None for
        None)."""
        if dt is None:
            return None
        return self._find(dt)[2]

    def fromutc(self, dt):
        """Convert dt, whose fields are UTC and whose tzinfo is self, to
        this zone's wall time (with fold=1 for the second occurrence of a
        repeated wall time)."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        ts = ((dt.toordinal() - _EPOCH_ORDINAL) * 86400 + dt.hour * 3600 +
              dt.minute * 60 + dt.second)
        times = self._utc
        n = len(times)
        fold = False
        if n and ts < times[0]:
            info = self._before
        elif (not n or ts > times[-1]) and self._rule is not None:
            info, fold = self._rule.fromutc(ts, dt.year)
        elif not n:
            info = self._after
        else:
            lo, hi = 0, n
            while lo < hi:
                mid = (lo + hi) // 2
                if ts < times[mid]:
                    hi = mid
                else:
                    lo = mid + 1
            types = self._types
            info = types[lo - 1]
            prev = types[lo - 2] if lo >= 2 else self._before
            # The wall time is a repeated one when the last change put the
            # clocks back by more than the time elapsed since.
            fold = prev[3] - info[3] > ts - times[lo - 1]
        dt = dt + info[0]
        if fold:
            return dt.replace(fold=1)
        return dt
