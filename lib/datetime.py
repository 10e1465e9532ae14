"""Dates and times: the classes of CPython's datetime module, in Python.

This module provides ``timedelta``, ``date``, ``time``, ``datetime``,
``tzinfo`` and ``timezone`` with the behaviour of CPython 3.12: the same
normalisation and rounding rules, reprs, ISO 8601 formatting and parsing,
``strftime`` for the C locale, and the same error messages for common
mistakes.  ``datetime.strptime`` is done by the ``_strptime`` module, which
is imported the first time it is needed.

Local time comes from ``time.localtime``, so it follows the TZ environment
variable (after ``time.tzset()``) or /etc/localtime: ``fromtimestamp``,
``now``, ``today``, ``timestamp`` and ``astimezone`` of naive datetimes use
it, with ``fold`` telling apart the two readings of an ambiguous wall time.
"""

import time as _time
import math as _math

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo',
           'MINYEAR', 'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999

# Ordinal of 9999-12-31 and of the Unix epoch (1970-01-01).
_MAXORDINAL = 3652059
_EPOCH_ORDINAL = 719163

_US_PER_DAY = 86400000000
_MAX_DELTA_DAYS = 999999999

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304,
                      334, 365)

_DAY_NAMES = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
              'Saturday', 'Sunday')
_DAY_ABBRS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTH_NAMES = ('', 'January', 'February', 'March', 'April', 'May', 'June',
                'July', 'August', 'September', 'October', 'November',
                'December')
_MONTH_ABBRS = ('', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug',
                'Sep', 'Oct', 'Nov', 'Dec')


# ---------------------------------------------------------------------------
# Calendar arithmetic on the proleptic Gregorian calendar.  Day 1 is
# 0001-01-01, a Monday.

def _is_leap(year):
    """Return True for leap years."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    """Return the number of days in the month."""
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    """Return the number of days before January 1st of year."""
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd_to_ordinal(year, month, day):
    """Return the day number of a date, 0001-01-01 being day 1."""
    n = _days_before_year(year) + _DAYS_BEFORE_MONTH[month] + day
    if month > 2 and _is_leap(year):
        n += 1
    return n


def _ordinal_to_ymd(n):
    """Return (year, month, day) for a day number."""
    # Split the days since 0001-01-01 into whole 400-, 100-, 4- and 1-year
    # periods; only the last day of a 4- or 400-year period (December 31st
    # of a leap year) makes the 1- or 100-year count reach 4.
    n -= 1
    n400, n = divmod(n, 146097)
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    # n is now the 0-based day of the year; months have at most 31 days so
    # n // 32 never overshoots the month index.
    month = (n >> 5) + 1
    while True:
        end = _DAYS_BEFORE_MONTH[month + 1]
        if leap and month >= 2:
            end += 1
        if n < end:
            break
        month += 1
    start = _DAYS_BEFORE_MONTH[month]
    if leap and month > 2:
        start += 1
    return year, month, n - start + 1


def _iso_week1_monday(year):
    """Return the ordinal of the Monday starting ISO week 1 of year."""
    first = _days_before_year(year) + 1
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


def _iso_calendar(ordinal, year):
    """Return (ISO year, ISO week, ISO weekday) for a day number."""
    week1 = _iso_week1_monday(year)
    if ordinal < week1:
        year -= 1
        week1 = _iso_week1_monday(year)
    else:
        following = _iso_week1_monday(year + 1)
        if ordinal >= following:
            year += 1
            week1 = following
    week, day = divmod(ordinal - week1, 7)
    return year, week + 1, day + 1


# ---------------------------------------------------------------------------
# Argument checking.

def _as_int(value):
    """Return value as an int, accepting objects with __index__."""
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float) or not hasattr(type(value), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return type(value).__index__(value)


def _check_date_fields(year, month, day):
    year = _as_int(year)
    month = _as_int(month)
    day = _as_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _as_int(hour)
    minute = _as_int(minute)
    second = _as_int(second)
    microsecond = _as_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, int(fold)


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo "
                        "subclass, not type '%s'" % type(tz).__name__)


def _check_offset(method, offset):
    """Validate what a tzinfo's utcoffset() or dst() returned."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (method, type(offset).__name__))
    if not -_ONE_DAY < offset < _ONE_DAY:
        raise ValueError('offset must be a timedelta strictly between '
                         '-timedelta(hours=24) and timedelta(hours=24).')
    return offset


def _call_tzname(tz, dt):
    if tz is None:
        return None
    name = tz.tzname(dt)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, "
                        "not '%s'" % type(name).__name__)
    return name


def _arg_type_name(obj):
    """Name of an argument's type as argument errors give it."""
    return 'None' if obj is None else type(obj).__name__


def _type_name(obj):
    """Name used in reprs: 'datetime.date' for the module's own classes,
    the bare class name for subclasses."""
    cls = type(obj)
    if cls.__module__ == 'datetime':
        return 'datetime.' + cls.__name__
    return cls.__name__


# ---------------------------------------------------------------------------
# Formatting helpers.

def _format_time(hour, minute, second, us, timespec):
    if not isinstance(timespec, str):
        raise TypeError('isoformat() argument 1 must be str, not %s'
                        % _arg_type_name(timespec))
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hour
    if timespec == 'minutes':
        return '%02d:%02d' % (hour, minute)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hour, minute, second)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hour, minute, second, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hour, minute, second, us)
    raise ValueError('Unknown timespec value')


def _format_offset(offset, sep=':'):
    """Format a UTC offset as +HH:MM[:SS[.ffffff]] ('' for None)."""
    if offset is None:
        return ''
    us = offset._to_us()
    sign = '+'
    if us < 0:
        sign = '-'
        us = -us
    hh, us = divmod(us, 3600000000)
    mm, us = divmod(us, 60000000)
    ss, us = divmod(us, 1000000)
    text = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or us:
        text += '%s%02d' % (sep, ss)
        if us:
            text += '.%06d' % us
    return text


def _ctime(year, month, day, hour, minute, second):
    weekday = (_ymd_to_ordinal(year, month, day) + 6) % 7
    return '%s %s %2d %02d:%02d:%02d %04d' % (
        _DAY_ABBRS[weekday], _MONTH_ABBRS[month], day, hour, minute, second,
        year)


def _strftime(fmt, year, month, day, hour, minute, second, us, tzobj, dtarg):
    """Format like C strftime in the C locale (as glibc does), plus the
    %f, %z, %:z and %Z directives that datetime handles itself.

    tzobj is the tzinfo (or None) whose utcoffset(dtarg) and tzname(dtarg)
    give %z and %Z."""
    if not isinstance(fmt, str):
        raise TypeError('strftime() argument 1 must be str, not %s'
                        % _arg_type_name(fmt))
    ordinal = _ymd_to_ordinal(year, month, day)
    fields = [year, month, day, hour, minute, second, us, ordinal, None]
    out = []
    _strftime_into(out, fmt, fields, tzobj, dtarg)
    return ''.join(out)


_NUMERIC_WIDTH = {'d': 2, 'e': 2, 'H': 2, 'I': 2, 'k': 2, 'l': 2, 'j': 3,
                  'm': 2, 'M': 2, 'S': 2, 'U': 2, 'W': 2, 'V': 2, 'u': 1,
                  'w': 1, 'y': 2, 'g': 2, 'Y': 1, 'C': 1, 'G': 1, 's': 1}
_SPACE_PADDED = 'ekl'
_COMPOSITES = {'c': '%a %b %e %H:%M:%S %Y', 'x': '%m/%d/%y',
               'D': '%m/%d/%y', 'X': '%H:%M:%S', 'T': '%H:%M:%S',
               'r': '%I:%M:%S %p', 'R': '%H:%M', 'F': '%Y-%m-%d'}
_TEXTUAL = 'aAbBhpPnt%zZ'


def _numeric_value(conv, fields):
    year, month, day, hour, minute, second, us, ordinal, iso = fields
    if conv == 'd' or conv == 'e':
        return day
    if conv == 'H' or conv == 'k':
        return hour
    if conv == 'I' or conv == 'l':
        return (hour + 11) % 12 + 1
    if conv == 'M':
        return minute
    if conv == 'S':
        return second
    if conv == 'm':
        return month
    if conv == 'Y':
        return year
    if conv == 'y':
        return year % 100
    if conv == 'C':
        return year // 100
    yday = ordinal - _days_before_year(year)
    weekday = (ordinal + 6) % 7
    if conv == 'j':
        return yday
    if conv == 'u':
        return weekday + 1
    if conv == 'w':
        return (weekday + 1) % 7
    if conv == 'U':
        return (yday + 6 - (weekday + 1) % 7) // 7
    if conv == 'W':
        return (yday + 6 - weekday) // 7
    if conv == 's':
        return ((ordinal - _EPOCH_ORDINAL) * 86400 + hour * 3600 +
                minute * 60 + second)
    if iso is None:
        iso = fields[8] = _iso_calendar(ordinal, year)
    if conv == 'G':
        return iso[0]
    if conv == 'g':
        return iso[0] % 100
    return iso[1]


def _strftime_into(out, fmt, fields, tzobj, dtarg):
    n = len(fmt)
    i = 0
    while i < n:
        j = fmt.find('%', i)
        if j < 0:
            out.append(fmt[i:])
            return
        if j > i:
            out.append(fmt[i:j])
        i = j + 1
        if i >= n:
            out.append('%')
            return
        c = fmt[i]
        # The directives datetime itself replaces before calling strftime.
        if c == 'f':
            out.append('%06d' % fields[6])
            i += 1
            continue
        if c == 'z' or (c == ':' and fmt.startswith('z', i + 1)):
            if tzobj is not None:
                offset = _check_offset('utcoffset', tzobj.utcoffset(dtarg))
                out.append(_format_offset(offset, ':' if c == ':' else ''))
            i += 1 if c == 'z' else 2
            continue
        if c == 'Z':
            name = _call_tzname(tzobj, dtarg)
            if name is not None:
                out.append(name)
            i += 1
            continue
        # glibc's syntax: flags, a width, an E or O modifier, a conversion.
        flags = ''
        while i < n and fmt[i] in '_-0^#':
            flags += fmt[i]
            i += 1
        k = i
        while i < n and '0' <= fmt[i] <= '9':
            i += 1
        width = int(fmt[k:i]) if i > k else None
        if i < n and fmt[i] in 'EO':
            i += 1
        if i >= n:
            out.append(fmt[j:])
            return
        conv = fmt[i]
        i += 1
        pad = None
        for flag in flags:
            if flag in '_-0':
                pad = flag
        if conv in _NUMERIC_WIDTH:
            value = _numeric_value(conv, fields)
            if pad == '-' and width is None:
                text = str(value)
            else:
                if width is None:
                    width = _NUMERIC_WIDTH[conv]
                if pad == '_' or pad == '-' or (
                        pad is None and conv in _SPACE_PADDED):
                    text = str(value).rjust(width)
                elif value < 0:
                    text = '-' + str(-value).rjust(width - 1, '0')
                else:
                    text = str(value).rjust(width, '0')
            out.append(text)
            continue
        upper = '^' in flags
        if conv in _COMPOSITES:
            sub = []
            _strftime_into(sub, _COMPOSITES[conv], fields, tzobj, dtarg)
            text = ''.join(sub)
        elif conv in _TEXTUAL:
            year, month, day, hour = fields[0], fields[1], fields[2], fields[3]
            if conv == 'a':
                text = _DAY_ABBRS[(fields[7] + 6) % 7]
            elif conv == 'A':
                text = _DAY_NAMES[(fields[7] + 6) % 7]
            elif conv == 'b' or conv == 'h':
                text = _MONTH_ABBRS[month]
            elif conv == 'B':
                text = _MONTH_NAMES[month]
            elif conv == 'p':
                text = 'AM' if hour < 12 else 'PM'
                if '#' in flags:
                    text = text.lower()
            elif conv == 'P':
                text = 'am' if hour < 12 else 'pm'
            elif conv == 'n':
                text = '\n'
            elif conv == 't':
                text = '\t'
            elif conv == '%':
                text = '%'
            else:
                # %z and %Z with flags reach the C library, which knows no
                # zone for a struct tm made from timetuple().
                text = ''
            if '#' in flags and conv in 'aAbBh':
                upper = True
        else:
            # Unknown conversions are copied unchanged.
            out.append(fmt[j:i])
            continue
        if upper:
            text = text.upper()
        if width is not None and len(text) < width:
            text = text.rjust(width, '0' if pad == '0' else ' ')
        out.append(text)


def _format_spec(obj, fmt):
    if not isinstance(fmt, str):
        raise TypeError('must be str, not %s' % _arg_type_name(fmt))
    if fmt:
        return obj.strftime(fmt)
    return str(obj)


# ---------------------------------------------------------------------------
# timedelta

_DELTA_FACTORS = (('microseconds', 1), ('milliseconds', 1000),
                  ('seconds', 1000000), ('minutes', 60000000),
                  ('hours', 3600000000), ('days', 86400000000),
                  ('weeks', 604800000000))


def _delta_from_us(us, cls=None):
    """Make a timedelta from a number of microseconds."""
    seconds, microseconds = divmod(us, 1000000)
    days, seconds = divmod(seconds, 86400)
    if not -_MAX_DELTA_DAYS <= days <= _MAX_DELTA_DAYS:
        if not -2147483648 <= days <= 2147483647:
            raise OverflowError('Python int too large to convert to C int')
        raise OverflowError('days=%d; must have magnitude <= %d'
                            % (days, _MAX_DELTA_DAYS))
    self = object.__new__(cls or timedelta)
    self._days = days
    self._seconds = seconds
    self._microseconds = microseconds
    self._hashcode = -1
    return self


def _divide_nearest(a, b):
    """Divide ints, rounding half to even."""
    if b < 0:
        a = -a
        b = -b
    q, r = divmod(a, b)
    r2 = r * 2
    if r2 > b or (r2 == b and q & 1):
        q += 1
    return q


class timedelta:
    """A duration: days, seconds and microseconds, normalised so that
    0 <= seconds < 86400 and 0 <= microseconds < 1000000."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        if (type(days) is int and type(seconds) is int and
                type(microseconds) is int and type(milliseconds) is int and
                type(minutes) is int and type(hours) is int and
                type(weeks) is int):
            us = (((weeks * 7 + days) * 86400 + hours * 3600 + minutes * 60 +
                   seconds) * 1000000 + milliseconds * 1000 + microseconds)
            return _delta_from_us(us, cls)
        values = (microseconds, milliseconds, seconds, minutes, hours, days,
                  weeks)
        total = 0
        leftover = 0.0
        for (name, factor), value in zip(_DELTA_FACTORS, values):
            if isinstance(value, int):
                total += int(value) * factor
            elif isinstance(value, float):
                # Whole units are exact; the fraction is scaled to
                # microseconds, whose own fraction is kept for rounding.
                frac, whole = _math.modf(value)
                total += int(whole) * factor
                if frac:
                    frac, whole = _math.modf(frac * factor)
                    total += int(whole)
                    leftover += frac
            else:
                raise TypeError('unsupported type for timedelta %s '
                                'component: %s' % (name, type(value).__name__))
        if leftover:
            # Round the leftover microseconds half to even on the total.
            low = _math.floor(leftover)
            if leftover - low == 0.5:
                whole = low if (total + low) % 2 == 0 else low + 1
            else:
                whole = round(leftover)
            total += int(whole)
        return _delta_from_us(total, cls)

    @property
    def days(self):
        """Number of days (may be negative)."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds, 0 <= seconds < 86400."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds, 0 <= microseconds < 1000000."""
        return self._microseconds

    def _to_us(self):
        return ((self._days * 86400 + self._seconds) * 1000000 +
                self._microseconds)

    def total_seconds(self):
        """Total number of seconds in the duration, as a float."""
        return self._to_us() / 1000000

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        return '%s(%s)' % (_type_name(self), ', '.join(args) or '0')

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = '%d:%02d:%02d' % (hours, minutes, seconds)
        if self._days:
            plural = 's' if self._days not in (1, -1) else ''
            text = '%d day%s, %s' % (self._days, plural, text)
        if self._microseconds:
            text += '.%06d' % self._microseconds
        return text

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))

    # Arithmetic.

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(other._to_us() - self._to_us())
        return NotImplemented

    def __neg__(self):
        return _delta_from_us(-self._to_us())

    def __pos__(self):
        return _delta_from_us(self._to_us())

    def __abs__(self):
        if self._days < 0:
            return _delta_from_us(-self._to_us())
        return _delta_from_us(self._to_us())

    def __mul__(self, other):
        if isinstance(other, int):
            return _delta_from_us(self._to_us() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return _delta_from_us(_divide_nearest(self._to_us() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            div = other._to_us()
            if not div:
                raise ZeroDivisionError('division by zero')
            return self._to_us() / div
        if isinstance(other, int):
            if not other:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _delta_from_us(_divide_nearest(self._to_us(), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            if not num:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _delta_from_us(_divide_nearest(self._to_us() * den, num))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            div = other._to_us()
            if not div:
                raise ZeroDivisionError('integer division or modulo by zero')
            return self._to_us() // div
        if isinstance(other, int):
            if not other:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _delta_from_us(self._to_us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            div = other._to_us()
            if not div:
                raise ZeroDivisionError('integer modulo by zero')
            return _delta_from_us(self._to_us() % div)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            div = other._to_us()
            if not div:
                raise ZeroDivisionError('integer division or modulo by zero')
            q, r = divmod(self._to_us(), div)
            return q, _delta_from_us(r)
        return NotImplemented

    # Comparisons.

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)


timedelta.min = _delta_from_us(-_MAX_DELTA_DAYS * _US_PER_DAY)
timedelta.max = _delta_from_us((_MAX_DELTA_DAYS + 1) * _US_PER_DAY - 1)
timedelta.resolution = _delta_from_us(1)
_ONE_DAY = _delta_from_us(_US_PER_DAY)
_ZERO = _delta_from_us(0)


# ---------------------------------------------------------------------------
# The tuples returned by timetuple() and isocalendar().

class _StructTime(tuple):
    """The time tuple of timetuple(): time.struct_time's nine fields."""

    _fields = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
               'tm_wday', 'tm_yday', 'tm_isdst')
    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0

    tm_zone = None
    tm_gmtoff = None

    def __new__(cls, seq):
        return tuple.__new__(cls, seq)

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])

    def __repr__(self):
        return 'time.struct_time(%s)' % ', '.join(
            '%s=%r' % pair for pair in zip(self._fields, self))

    def __reduce__(self):
        return (type(self), (tuple(self),))


_StructTime.__name__ = 'struct_time'
_StructTime.__qualname__ = 'struct_time'
_StructTime.__module__ = 'time'


def _struct_time(year, month, day, hour, minute, second, isdst):
    ordinal = _ymd_to_ordinal(year, month, day)
    return _StructTime((year, month, day, hour, minute, second,
                        (ordinal + 6) % 7,
                        ordinal - _days_before_year(year), isdst))


class IsoCalendarDate(tuple):
    """The (year, week, weekday) tuple returned by isocalendar()."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return ('%s(year=%d, week=%d, weekday=%d)'
                % (_type_name(self), self[0], self[1], self[2]))

    def __reduce__(self):
        return (tuple, (tuple(self),))


_IsoCalendarDate = IsoCalendarDate
del IsoCalendarDate


# ---------------------------------------------------------------------------
# ISO 8601 parsing, for the fromisoformat() methods.

def _parse_digits(text, start, count):
    """Return the int written by text[start:start+count], ASCII digits
    only, or raise ValueError."""
    part = text[start:start + count]
    if len(part) != count or not part.isascii() or not part.isdigit():
        raise ValueError
    return int(part)


def _isodate_length(text):
    """Return the length of the date at the start of a datetime string."""
    n = len(text)
    if n == 7:
        return 7
    if n < 8:
        raise ValueError
    if text[4] == '-':
        if text[5] == 'W':
            # YYYY-Www or YYYY-Www-D, then the separator.
            if n > 8 and text[8] == '-':
                if n == 9:
                    raise ValueError
                if n > 10 and text[10].isdigit():
                    return 8
                return 10
            return 8
        return 10
    if text[4] == 'W':
        # YYYYWww or YYYYWwwD, then the separator (maybe a digit).
        idx = 7
        while idx < n and text[idx].isdigit():
            idx += 1
        if idx < 9:
            return idx
        return 7 if idx % 2 == 0 else 8
    return 8


def _parse_isodate(text):
    """Parse YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]; any error
    raises ValueError."""
    n = len(text)
    if n not in (7, 8, 10):
        raise ValueError
    year = _parse_digits(text, 0, 4)
    dash = text[4] == '-'
    pos = 5 if dash else 4
    if text[pos] == 'W':
        week = _parse_digits(text, pos + 1, 2)
        pos += 3
        day = 1
        if n > pos:
            if (text[pos] == '-') != dash:
                raise ValueError
            if dash:
                pos += 1
            day = _parse_digits(text, pos, 1)
            pos += 1
        if pos != n:
            raise ValueError
        return _isocalendar_to_ymd(year, week, day)
    month = _parse_digits(text, pos, 2)
    pos += 2
    if (text[pos:pos + 1] == '-') != dash:
        raise ValueError
    if dash:
        pos += 1
    day = _parse_digits(text, pos, 2)
    if pos + 2 != n:
        raise ValueError
    return year, month, day


def _parse_hms(text):
    """Parse HH[:MM[:SS]] or HH[MM[SS]], then an optional fraction
    ('.' or ',' and digits, of which the first six count)."""
    n = len(text)
    values = [0, 0, 0, 0]
    pos = 0
    colon = None
    index = 0
    while True:
        values[index] = _parse_digits(text, pos, 2)
        pos += 2
        if pos >= n:
            return values
        sep = text[pos]
        if sep in '.,':
            break
        if index == 2:
            raise ValueError
        if colon is None:
            colon = sep == ':'
        if colon:
            if sep != ':':
                raise ValueError
            pos += 1
        index += 1
    digits = text[pos + 1:]
    if not digits or not digits.isascii() or not digits.isdigit():
        raise ValueError
    values[3] = int(digits[:6].ljust(6, '0'))
    return values


def _parse_isotime(text):
    """Parse a time with an optional UTC offset; return the time fields and
    the offset in microseconds (or None, or 'Z')."""
    tzpos = len(text)
    for index, char in enumerate(text):
        if char in '+-Z':
            tzpos = index
            break
    if not tzpos:
        raise ValueError
    hour, minute, second, us = _parse_hms(text[:tzpos])
    offset = None
    if tzpos < len(text):
        zone = text[tzpos:]
        if zone == 'Z':
            offset = 0
        else:
            if len(zone) < 3:
                raise ValueError
            hh, mm, ss, zus = _parse_hms(zone[1:])
            offset = ((hh * 60 + mm) * 60 + ss) * 1000000 + zus
            if zone[0] == '-':
                offset = -offset
    return hour, minute, second, us, offset


def _zone_from_us(offset):
    """The timezone of a parsed offset (timezone.utc for zero)."""
    if offset is None:
        return None
    if not offset:
        return timezone.utc
    return timezone(_delta_from_us(offset))


def _invalid_iso(text):
    return ValueError('Invalid isoformat string: %r' % (text,))


def _isocalendar_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    if not 0 < week < 53:
        if week != 53 or _iso_calendar(
                _iso_week1_monday(year + 1) - 1, year)[1] != 53:
            raise ValueError('Invalid week: %d' % week)
    if not 0 < day < 8:
        raise ValueError('Invalid day: %d (range is [1, 7])' % day)
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    if not 1 <= ordinal <= _MAXORDINAL:
        raise ValueError('year %d is out of range'
                         % _ordinal_to_ymd(ordinal)[0])
    return _ordinal_to_ymd(ordinal)


# ---------------------------------------------------------------------------
# Timestamps.

def _split_timestamp(t):
    """Return (seconds, microseconds) for a timestamp, rounding half to
    even."""
    if isinstance(t, float):
        if t != t:
            raise ValueError('Invalid value NaN (not a number)')
        frac, whole = _math.modf(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            whole += 1.0
            us -= 1000000
        elif us < 0:
            whole -= 1.0
            us += 1000000
        if not -9.223372036854775808e18 <= whole < 9.223372036854775808e18:
            raise OverflowError('timestamp out of range for platform time_t')
        return int(whole), us
    seconds = _as_int(t)
    if not -2 ** 63 <= seconds < 2 ** 63:
        raise OverflowError('timestamp out of range for platform time_t')
    return seconds, 0


def _floor_timestamp(t):
    """Return the whole seconds of a timestamp, rounding down (as
    date.fromtimestamp does)."""
    if isinstance(t, float):
        if t != t:
            raise ValueError('Invalid value NaN (not a number)')
        if not -9.223372036854775808e18 <= t < 9.223372036854775808e18:
            raise OverflowError('timestamp out of range for platform time_t')
        return _math.floor(t)
    seconds = _as_int(t)
    if not -2 ** 63 <= seconds < 2 ** 63:
        raise OverflowError('timestamp out of range for platform time_t')
    return seconds


def _utc_fields(seconds, us):
    """Return the UTC calendar fields of a Unix time."""
    days, rest = divmod(seconds, 86400)
    ordinal = days + _EPOCH_ORDINAL
    if not 1 <= ordinal <= _MAXORDINAL:
        # Far out of range, gmtime() itself fails (with OSError), as in
        # CPython; otherwise the year is reported.
        _time.gmtime(seconds)
        raise ValueError('year %d is out of range'
                         % _ordinal_to_ymd(ordinal)[0])
    year, month, day = _ordinal_to_ymd(ordinal)
    hour, rest = divmod(rest, 3600)
    minute, second = divmod(rest, 60)
    return year, month, day, hour, minute, second, us


# ---------------------------------------------------------------------------
# Local time.  Wall-clock times are handled as "wall seconds": seconds
# since 1970-01-01 00:00 counted as if the local clock were UTC, so that a
# Unix time u shows the wall time u + (UTC offset at u).

# How far from a time to look for the other side of a transition.
_FOLD_SPAN = 86400


def _local_wall(u):
    """Return the local wall seconds of the Unix time u; the local date
    must lie in years 1 to 9999."""
    tm = _time.localtime(u)
    year = tm[0]
    if not 0 < year < 10000:
        raise ValueError('year %d is out of range' % year)
    return ((_days_before_year(year) + tm[7] - _EPOCH_ORDINAL) * 86400 +
            tm[3] * 3600 + tm[4] * 60 + tm[5])


def _local_to_unix(wall, fold):
    """Return the Unix time at which the local clock shows wall.

    Where the clock was set back the wall time happens twice, and fold
    picks the first (0) or the second (1) time.  Where it was set forward
    the wall time never happens; it is then read with the UTC offset of
    before the change (fold=0) or after it (fold=1), as PEP 495 says.
    """
    # The offset in effect around the wall time, read as a Unix time,
    # gives a first candidate.
    first_offset = _local_wall(wall) - wall
    first = wall - first_offset
    first_wall = _local_wall(first)
    if first_wall == wall:
        # The candidate is right, but the same wall time may also occur
        # with the offset of a day earlier (for fold=0) or later (fold=1).
        probe = first + _FOLD_SPAN if fold else first - _FOLD_SPAN
        other_offset = _local_wall(probe) - probe
        if other_offset == first_offset:
            return first
    else:
        # The first candidate shows another wall time, whose offset is
        # the other one around the transition.
        other_offset = first_wall - first
    second = wall - other_offset
    if _local_wall(second) == wall:
        return second
    if first_wall == wall:
        return first
    # Neither offset gives the wall time: it lies in a gap.  The earlier
    # offset is the smaller one, which gives the later Unix time.
    if fold:
        return min(first, second)
    return max(first, second)


def _local_fields(seconds):
    """Return the local (year, month, day, hour, minute, second, fold) of
    a Unix time."""
    tm = _time.localtime(seconds)
    year = tm[0]
    if not 0 < year < 10000:
        raise ValueError('year %d is out of range' % year)
    second = tm[5] if tm[5] < 60 else 59
    wall = ((_days_before_year(year) + tm[7] - _EPOCH_ORDINAL) * 86400 +
            tm[3] * 3600 + tm[4] * 60 + second)
    # The wall time is the second of two occurrences when the offset was
    # larger a day earlier and the clock showed the same time that much
    # earlier.
    fold = 0
    change = wall - _local_wall(seconds - _FOLD_SPAN) - _FOLD_SPAN
    if change < 0 and _local_wall(seconds + change) == wall:
        fold = 1
    return year, tm[1], tm[2], tm[3], tm[4], second, fold


def _local_zone_at(u):
    """Return the local zone at Unix time u as a fixed-offset timezone
    named after it."""
    tm = _time.localtime(u)
    return timezone(_delta_from_us(tm.tm_gmtoff * 1000000), tm.tm_zone)


# ---------------------------------------------------------------------------
# date

def _new_date(cls, year, month, day):
    """Make a date of class cls from valid fields; subclasses are made by
    calling them, as CPython does."""
    if cls is date:
        self = object.__new__(date)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self
    return cls(year, month, day)


class date:
    """A date of the proleptic Gregorian calendar: year, month and day."""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month, day):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    # Other constructors.

    @classmethod
    def fromtimestamp(cls, t):
        """Return the local date of a POSIX timestamp."""
        tm = _time.localtime(_floor_timestamp(t))
        year = tm[0]
        if not 0 < year < 10000:
            raise ValueError('year %d is out of range' % year)
        return _new_date(cls, year, tm[1], tm[2])

    @classmethod
    def today(cls):
        """Return the current local date."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """Return the date of a proleptic Gregorian ordinal (1 is
        0001-01-01)."""
        n = _as_int(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        year, month, day = _ordinal_to_ymd(n)
        if n > _MAXORDINAL:
            raise ValueError('year %d is out of range' % year)
        return _new_date(cls, year, month, day)

    @classmethod
    def fromisoformat(cls, date_string):
        """Build a date from an ISO 8601 string such as '2024-01-31',
        '20240131' or '2024-W05-3'."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            year, month, day = _parse_isodate(date_string)
        except ValueError:
            raise _invalid_iso(date_string) from None
        _check_date_fields(year, month, day)
        return _new_date(cls, year, month, day)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """Build a date from an ISO year, week number and weekday."""
        year, month, mday = _isocalendar_to_ymd(
            _as_int(year), _as_int(week), _as_int(day))
        return _new_date(cls, year, month, mday)

    # Fields.

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    # Conversions and formatting.

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_type_name(self), self._year, self._month,
                                   self._day)

    def isoformat(self):
        """Return the date as 'YYYY-MM-DD'."""
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        """Return a string like 'Tue Jan  2 00:00:00 2024'."""
        return _ctime(self._year, self._month, self._day, 0, 0, 0)

    def strftime(self, format):
        """Format the date with C strftime directives."""
        return _strftime(format, self._year, self._month, self._day,
                         0, 0, 0, 0, None, None)

    def __format__(self, fmt):
        return _format_spec(self, fmt)

    def timetuple(self):
        """Return a time.struct_time for the date at midnight."""
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Return the proleptic Gregorian ordinal (1 is 0001-01-01)."""
        return _ymd_to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        """Return the day of the week, Monday being 0."""
        return (_ymd_to_ordinal(self._year, self._month, self._day) + 6) % 7

    def isoweekday(self):
        """Return the day of the week, Monday being 1."""
        return self.weekday() + 1

    def isocalendar(self):
        """Return the ISO (year, week, weekday) as a named tuple."""
        return _IsoCalendarDate(*_iso_calendar(self.toordinal(), self._year))

    def replace(self, year=None, month=None, day=None):
        """Return a copy with the given fields changed."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        year, month, day = _check_date_fields(year, month, day)
        return _new_date(type(self), year, month, day)

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))

    # Comparisons: a date never equals a datetime.

    def _cmp(self, other):
        a = (self._year, self._month, self._day)
        b = (other._year, other._month, other._day)
        return 0 if a == b else (-1 if a < b else 1)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    # Arithmetic.

    def _shift(self, days):
        ordinal = self.toordinal() + days
        if not 1 <= ordinal <= _MAXORDINAL:
            raise OverflowError('date value out of range')
        year, month, day = _ordinal_to_ymd(ordinal)
        return _new_date(type(self), year, month, day)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._shift(other._days)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._shift(-other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return _delta_from_us(
                (self.toordinal() - other.toordinal()) * _US_PER_DAY)
        return NotImplemented


date.min = _new_date(date, 1, 1, 1)
date.max = _new_date(date, 9999, 12, 31)
date.resolution = _ONE_DAY


# ---------------------------------------------------------------------------
# tzinfo and timezone

class tzinfo:
    """Abstract base class for time zone information."""

    __slots__ = ()

    def tzname(self, dt):
        """Return the name of the zone for the datetime dt."""
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        """Return the offset from UTC (east positive) as a timedelta."""
        raise NotImplementedError(
            'a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        """Return the daylight saving adjustment as a timedelta."""
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        """Convert a datetime whose fields are UTC to this zone's local
        time (dt.tzinfo must be self)."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        dst = dt.dst()
        if dst is None:
            raise ValueError('fromutc: non-None dst() result required')
        delta = offset - dst
        if delta:
            dt += delta
            dst = dt.dst()
            if dst is None:
                raise ValueError('fromutc: tz.dst() gave inconsistent '
                                 'results; cannot convert')
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs is not None else ()
        state = getattr(self, '__dict__', None) or None
        return (type(self), args, state)


_NO_NAME = object()


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=_NO_NAME):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta,'
                            ' not %s' % _arg_type_name(offset))
        if name is _NO_NAME:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s'
                            % _arg_type_name(name))
        if not -_ONE_DAY < offset < _ONE_DAY:
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24),'
                             ' not %r.' % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__())

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return 'datetime.timezone(%r)' % (self._offset,)
        return 'datetime.timezone(%r, %r)' % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    @staticmethod
    def _check_arg(method, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError('%s(dt) argument must be a datetime instance or '
                            'None, not %s' % (method, type(dt).__name__))

    def utcoffset(self, dt):
        """Return the fixed offset."""
        self._check_arg('utcoffset', dt)
        return self._offset

    def tzname(self, dt):
        """Return the name given, else 'UTC' or 'UTC+HH:MM'."""
        self._check_arg('tzname', dt)
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset)

    def dst(self, dt):
        """Return None: fixed offsets have no daylight saving time."""
        self._check_arg('dst', dt)
        return None

    def fromutc(self, dt):
        """Convert a datetime holding UTC fields to this zone."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt._tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset


timezone.utc = timezone._create(_ZERO)
timezone.min = timezone._create(-_delta_from_us(86340000000))
timezone.max = timezone._create(_delta_from_us(86340000000))
UTC = timezone.utc


# ---------------------------------------------------------------------------
# time

_UNSET = object()


def _new_time(cls, hour, minute, second, us, tz, fold):
    if cls is time:
        self = object.__new__(time)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = us
        self._tzinfo = tz
        self._fold = fold
        self._hashcode = -1
        return self
    if fold:
        return cls(hour, minute, second, us, tz, fold=fold)
    return cls(hour, minute, second, us, tz)


class time:
    """A time of day, with an optional tzinfo and a fold (0 or 1) telling
    which of two repeated wall times is meant."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_fold', '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    @classmethod
    def fromisoformat(cls, time_string):
        """Build a time from an ISO 8601 string such as '12:30:05.5+01:00'."""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        text = time_string
        if text.startswith('T'):
            text = text[1:]
        try:
            hour, minute, second, us, offset = _parse_isotime(text)
        except ValueError:
            raise _invalid_iso(time_string) from None
        hour, minute, second, us, fold = _check_time_fields(
            hour, minute, second, us, 0)
        tz = _zone_from_us(offset)
        return _new_time(cls, hour, minute, second, us, tz, 0)

    # Time zone queries.

    def utcoffset(self):
        """Return tzinfo.utcoffset(None), or None for a naive time."""
        if self._tzinfo is None:
            return None
        return _check_offset('utcoffset', self._tzinfo.utcoffset(None))

    def dst(self):
        """Return tzinfo.dst(None), or None for a naive time."""
        if self._tzinfo is None:
            return None
        return _check_offset('dst', self._tzinfo.dst(None))

    def tzname(self):
        """Return tzinfo.tzname(None), or None for a naive time."""
        return _call_tzname(self._tzinfo, None)

    # Formatting.

    def __repr__(self):
        text = '%s(%d, %d' % (_type_name(self), self._hour, self._minute)
        if self._microsecond:
            text += ', %d, %d' % (self._second, self._microsecond)
        elif self._second:
            text += ', %d' % self._second
        if self._tzinfo is not None:
            text += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            text += ', fold=1'
        return text + ')'

    def isoformat(self, timespec='auto'):
        """Return 'HH:MM:SS[.ffffff][+HH:MM]'; timespec selects the
        precision ('hours' ... 'microseconds', or 'auto')."""
        text = _format_time(self._hour, self._minute, self._second,
                            self._microsecond, timespec)
        return text + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        """Format the time with C strftime directives; the date fields are
        those of 1900-01-01."""
        return _strftime(format, 1900, 1, 1, self._hour, self._minute,
                         self._second, self._microsecond, self._tzinfo, None)

    def __format__(self, fmt):
        return _format_spec(self, fmt)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        """Return a copy with the given fields changed."""
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return _new_time(type(self), hour, minute, second, microsecond,
                         tzinfo, fold)

    def __reduce__(self):
        args = (self._hour, self._minute, self._second, self._microsecond,
                self._tzinfo)
        if self._fold:
            return (_with_fold, (type(self),) + args)
        return (type(self), args)

    # Comparisons.

    def _us(self):
        return (((self._hour * 60 + self._minute) * 60 + self._second) *
                1000000 + self._microsecond)

    def _cmp(self, other, for_eq):
        if self._tzinfo is other._tzinfo:
            mine, theirs = self._us(), other._us()
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if myoff == otoff:
                mine, theirs = self._us(), other._us()
            elif myoff is None or otoff is None:
                if for_eq:
                    return 2
                raise TypeError("can't compare offset-naive and "
                                "offset-aware times")
            else:
                mine = self._us() - myoff._to_us()
                theirs = other._us() - otoff._to_us()
        return 0 if mine == theirs else (-1 if mine < theirs else 1)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            offset = self.utcoffset()
            if offset is None:
                self._hashcode = hash(self._us())
            else:
                self._hashcode = hash(self._us() - offset._to_us())
        return self._hashcode

    def __bool__(self):
        return True


def _with_fold(cls, *args):
    return cls(*args, fold=1)


time.min = _new_time(time, 0, 0, 0, 0, None, 0)
time.max = _new_time(time, 23, 59, 59, 999999, None, 0)
time.resolution = timedelta.resolution


# ---------------------------------------------------------------------------
# datetime

def _new_datetime(cls, year, month, day, hour, minute, second, us, tz,
                  fold=0):
    """Make a datetime of class cls from valid fields; subclasses are made
    by calling them."""
    if cls is datetime:
        self = object.__new__(datetime)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = us
        self._tzinfo = tz
        self._fold = fold
        self._hashcode = -1
        return self
    if fold:
        return cls(year, month, day, hour, minute, second, us, tz, fold=fold)
    return cls(year, month, day, hour, minute, second, us, tz)


def _datetime_from_us(cls, total, tz):
    """Make a datetime from microseconds since 0001-01-01 minus a day."""
    ordinal, rest = divmod(total, _US_PER_DAY)
    if not 1 <= ordinal <= _MAXORDINAL:
        raise OverflowError('date value out of range')
    year, month, day = _ordinal_to_ymd(ordinal)
    seconds, us = divmod(rest, 1000000)
    hour, seconds = divmod(seconds, 3600)
    minute, second = divmod(seconds, 60)
    return _new_datetime(cls, year, month, day, hour, minute, second, us, tz)


def _datetime_from_unix(cls, seconds, us, tz):
    """Make the datetime of a Unix time: local and naive when tz is None,
    else converted to tz."""
    if tz is None:
        year, month, day, hour, minute, second, fold = _local_fields(seconds)
        return _new_datetime(cls, year, month, day, hour, minute, second, us,
                             None, fold)
    return tz.fromutc(_new_datetime(cls, *_utc_fields(seconds, us), tz))


class datetime(date):
    """A date and a time of day, with an optional tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_fold')

    def __new__(cls, year, month, day, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    # Other constructors.

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """Return the local datetime of a POSIX timestamp (naive), or the
        time in the zone tz."""
        _check_tzinfo(tz)
        seconds, us = _split_timestamp(t)
        return _datetime_from_unix(cls, seconds, us, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Return the naive UTC datetime of a POSIX timestamp."""
        seconds, us = _split_timestamp(t)
        return _new_datetime(cls, *_utc_fields(seconds, us), None)

    @classmethod
    def now(cls, tz=None):
        """Return the current local datetime, or the current time in tz."""
        _check_tzinfo(tz)
        seconds, us = divmod(_time.time_ns() // 1000, 1000000)
        return _datetime_from_unix(cls, seconds, us, tz)

    @classmethod
    def utcnow(cls):
        """Return the current UTC time as a naive datetime."""
        seconds, us = divmod(_time.time_ns() // 1000, 1000000)
        return _new_datetime(cls, *_utc_fields(seconds, us), None)

    @classmethod
    def today(cls):
        """Return the current local datetime."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """Return midnight of a proleptic Gregorian ordinal."""
        n = _as_int(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        year, month, day = _ordinal_to_ymd(n)
        if n > _MAXORDINAL:
            raise ValueError('year %d is out of range' % year)
        return _new_datetime(cls, year, month, day, 0, 0, 0, 0, None)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """Join a date and a time; tzinfo defaults to the time's."""
        if not isinstance(date, _date_class):
            raise TypeError('combine() argument 1 must be datetime.date, '
                            'not %s' % _arg_type_name(date))
        if not isinstance(time, _time_class):
            raise TypeError('combine() argument 2 must be datetime.time, '
                            'not %s' % _arg_type_name(time))
        if tzinfo is True:
            tzinfo = time._tzinfo
        _check_tzinfo(tzinfo)
        return _new_datetime(cls, date._year, date._month, date._day,
                             time._hour, time._minute, time._second,
                             time._microsecond, tzinfo, time._fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """Build a datetime from an ISO 8601 string such as
        '2024-01-31T12:30:00+01:00'."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        text = date_string
        try:
            length = _isodate_length(text)
            year, month, day = _parse_isodate(text[:length])
            if len(text) > length:
                hour, minute, second, us, offset = _parse_isotime(
                    text[length + 1:])
            else:
                hour = minute = second = us = 0
                offset = None
        except (ValueError, IndexError):
            raise _invalid_iso(date_string) from None
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, us, fold = _check_time_fields(
            hour, minute, second, us, 0)
        tz = _zone_from_us(offset)
        return _new_datetime(cls, year, month, day, hour, minute, second, us,
                             tz)

    @classmethod
    def strptime(cls, date_string, format):
        """Parse a string according to a format (C locale directives)."""
        if not isinstance(date_string, str):
            raise TypeError('strptime() argument 1 must be str, not %s'
                            % _arg_type_name(date_string))
        if not isinstance(format, str):
            raise TypeError('strptime() argument 2 must be str, not %s'
                            % _arg_type_name(format))
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    # Parts.

    def date(self):
        """Return the date part."""
        return _new_date(date, self._year, self._month, self._day)

    def time(self):
        """Return the time part, without tzinfo."""
        return _new_time(_time_class, self._hour, self._minute, self._second,
                         self._microsecond, None, self._fold)

    def timetz(self):
        """Return the time part with the same tzinfo."""
        return _new_time(_time_class, self._hour, self._minute, self._second,
                         self._microsecond, self._tzinfo, self._fold)

    def replace(self, year=None, month=None, day=None, hour=None,
                minute=None, second=None, microsecond=None, tzinfo=True, *,
                fold=None):
        """Return a copy with the given fields changed."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return _new_datetime(type(self), year, month, day, hour, minute,
                             second, microsecond, tzinfo, fold)

    # Time zone queries.

    def utcoffset(self):
        """Return tzinfo.utcoffset(self), or None for a naive datetime."""
        if self._tzinfo is None:
            return None
        return _check_offset('utcoffset', self._tzinfo.utcoffset(self))

    def dst(self):
        """Return tzinfo.dst(self), or None for a naive datetime."""
        if self._tzinfo is None:
            return None
        return _check_offset('dst', self._tzinfo.dst(self))

    def tzname(self):
        """Return tzinfo.tzname(self), or None for a naive datetime."""
        return _call_tzname(self._tzinfo, self)

    def astimezone(self, tz=None):
        """Convert to the zone tz; by default to the local zone, as a
        fixed-offset timezone named after it.  A naive datetime is taken
        to be local time."""
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo "
                            "subclass, not type '%s'" % type(tz).__name__)
        mytz = self._tzinfo
        offset = None
        if mytz is not None:
            if mytz is tz:
                return self
            offset = self.utcoffset()
        if offset is None:
            offset_us = self._local_offset() * 1000000
        else:
            offset_us = offset._to_us()
        utc_us = self._total_us() - offset_us
        if tz is None:
            tz = _local_zone_at(
                (utc_us - _EPOCH_ORDINAL * _US_PER_DAY) // 1000000)
        return tz.fromutc(_datetime_from_us(type(self), utc_us, tz))

    def _wall(self):
        """The fields as wall seconds (see _local_to_unix)."""
        return ((self.toordinal() - _EPOCH_ORDINAL) * 86400 +
                self._hour * 3600 + self._minute * 60 + self._second)

    def _local_offset(self):
        """Return the UTC offset in seconds of this naive datetime read as
        local time."""
        wall = self._wall()
        fold = self._fold
        mine = _local_to_unix(wall, fold)
        other = _local_to_unix(wall, 1 - fold)
        # In a gap the two readings fall on either side of the change; the
        # offset comes from the other one, so that subtracting it gives
        # the same instant as timestamp().
        if other != mine and (other > mine) == bool(fold):
            mine = other
        return _time.localtime(mine).tm_gmtoff

    def timestamp(self):
        """Return the POSIX timestamp as a float; a naive datetime is taken
        to be local time."""
        if self._tzinfo is None:
            return (_local_to_unix(self._wall(), self._fold) +
                    self._microsecond / 1e6)
        return (self - _EPOCH).total_seconds()

    def timetuple(self):
        """Return a time.struct_time of the local fields."""
        dst = self.dst()
        isdst = -1 if dst is None else (1 if dst else 0)
        return _struct_time(self._year, self._month, self._day, self._hour,
                            self._minute, self._second, isdst)

    def utctimetuple(self):
        """Return a time.struct_time of the UTC fields."""
        offset = self.utcoffset()
        dt = self
        if offset:
            dt = _datetime_from_us(datetime, self._total_us() -
                                   offset._to_us(), None)
        return _struct_time(dt._year, dt._month, dt._day, dt._hour,
                            dt._minute, dt._second, 0)

    # Formatting.

    def __repr__(self):
        text = '%s(%d, %d, %d, %d, %d' % (
            _type_name(self), self._year, self._month, self._day, self._hour,
            self._minute)
        if self._microsecond:
            text += ', %d, %d' % (self._second, self._microsecond)
        elif self._second:
            text += ', %d' % self._second
        if self._fold:
            text += ', fold=1'
        if self._tzinfo is not None:
            text += ', tzinfo=%r' % (self._tzinfo,)
        return text + ')'

    def isoformat(self, sep='T', timespec='auto'):
        """Return 'YYYY-MM-DDTHH:MM:SS[.ffffff][+HH:MM]'."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode '
                            'character, not %s' % _arg_type_name(sep))
        if not isinstance(timespec, str):
            raise TypeError('isoformat() argument 2 must be str, not %s'
                            % _arg_type_name(timespec))
        text = '%04d-%02d-%02d%s%s' % (
            self._year, self._month, self._day, sep,
            _format_time(self._hour, self._minute, self._second,
                         self._microsecond, timespec))
        return text + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=' ')

    def ctime(self):
        """Return a string like 'Tue Jan  2 03:04:05 2024'."""
        return _ctime(self._year, self._month, self._day, self._hour,
                      self._minute, self._second)

    def strftime(self, format):
        """Format with C strftime directives plus %f, %z and %Z."""
        return _strftime(format, self._year, self._month, self._day,
                         self._hour, self._minute, self._second,
                         self._microsecond, self._tzinfo, self)

    def __reduce__(self):
        args = (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond, self._tzinfo)
        if self._fold:
            return (_with_fold, (type(self),) + args)
        return (type(self), args)

    # Comparisons and arithmetic.

    def _total_us(self):
        """Microseconds since the start of day 0 (naive fields)."""
        return (_ymd_to_ordinal(self._year, self._month, self._day) *
                _US_PER_DAY +
                ((self._hour * 60 + self._minute) * 60 + self._second) *
                1000000 + self._microsecond)

    def _offset_ignoring_fold(self, offset):
        """Return True when the offset would change with the other fold,
        which makes the datetime unequal to any other zone's."""
        flipped = _new_datetime(datetime, self._year, self._month, self._day,
                                self._hour, self._minute, self._second,
                                self._microsecond, self._tzinfo,
                                1 - self._fold)
        return flipped.utcoffset() != offset

    def _cmp(self, other, for_eq=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        if mytz is ottz:
            mine, theirs = self._total_us(), other._total_us()
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if for_eq:
                # Times in a repeated interval never equal another zone's.
                if (mytz is not None and not isinstance(mytz, timezone) and
                        self._offset_ignoring_fold(myoff)):
                    return 2
                if (ottz is not None and not isinstance(ottz, timezone) and
                        other._offset_ignoring_fold(otoff)):
                    return 2
            if myoff == otoff:
                mine, theirs = self._total_us(), other._total_us()
            elif myoff is None or otoff is None:
                if for_eq:
                    return 2
                raise TypeError("can't compare offset-naive and "
                                "offset-aware datetimes")
            else:
                mine = self._total_us() - myoff._to_us()
                theirs = other._total_us() - otoff._to_us()
        return 0 if mine == theirs else (-1 if mine < theirs else 1)

    def _not_comparable(self, other):
        raise TypeError("can't compare %s to %s"
                        % (_type_name(self), _type_name(other)))

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) < 0
        if isinstance(other, date):
            self._not_comparable(other)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) <= 0
        if isinstance(other, date):
            self._not_comparable(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) > 0
        if isinstance(other, date):
            self._not_comparable(other)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) >= 0
        if isinstance(other, date):
            self._not_comparable(other)
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            if self._fold:
                base = self.replace(fold=0)
            else:
                base = self
            offset = base.utcoffset()
            total = self._total_us()
            if offset is not None:
                total -= offset._to_us()
            self._hashcode = hash(total)
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _datetime_from_us(type(self),
                                     self._total_us() + other._to_us(),
                                     self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _datetime_from_us(type(self),
                                     self._total_us() - other._to_us(),
                                     self._tzinfo)
        if not isinstance(other, datetime):
            return NotImplemented
        mine = self._total_us()
        theirs = other._total_us()
        if self._tzinfo is not other._tzinfo:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if (myoff is None) != (otoff is None):
                raise TypeError("can't subtract offset-naive and "
                                "offset-aware datetimes")
            if myoff is not None:
                mine -= myoff._to_us()
                theirs -= otoff._to_us()
        return _delta_from_us(mine - theirs)


_date_class = date
_time_class = time

datetime.min = _new_datetime(datetime, 1, 1, 1, 0, 0, 0, 0, None)
datetime.max = _new_datetime(datetime, 9999, 12, 31, 23, 59, 59, 999999,
                             None)
datetime.resolution = timedelta.resolution
_EPOCH = _new_datetime(datetime, 1970, 1, 1, 0, 0, 0, 0, timezone.utc)
