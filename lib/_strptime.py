"""Parsing times from strings: the engine of time.strptime() and
datetime.datetime.strptime().

The directives are those of CPython 3.12 in the C locale (English day and
month names, AM/PM), with ``%Z`` accepting 'UTC', 'GMT' and the names in
``time.tzname``.  A format is matched by a small backtracking matcher that
tries the alternatives of each directive in the order CPython's regular
expressions do, so the same (first) match is found and the same errors are
raised.

``_strptime_time(data_string, format)`` returns a ``time.struct_time`` and
``_strptime_datetime(cls, data_string, format)`` builds an instance of a
datetime class; both are what the interpreter and the datetime module call.
"""

import time as _time
from datetime import (date as _date, timedelta as _timedelta,
                      timezone as _timezone)

__all__ = []

# Lists, not tuples: a name that matched only through case folding (such
# as 'ſun') is then missing with list.index()'s message, as in CPython.
_DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday',
              'saturday', 'sunday']
_DAY_ABBRS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
_MONTH_NAMES = ['', 'january', 'february', 'march', 'april', 'may', 'june',
                'july', 'august', 'september', 'october', 'november',
                'december']
_MONTH_ABBRS = ['', 'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug',
                'sep', 'oct', 'nov', 'dec']


def _longest_first(names):
    """Names without the empty one, longest first (the order in which a
    regular expression alternation would try them)."""
    return sorted([n for n in names if n], key=len, reverse=True)


# The textual directives, as lower-case alternatives tried in order.
_NAME_PATTERNS = {
    'a': _longest_first(_DAY_ABBRS), 'A': _longest_first(_DAY_NAMES),
    'b': _longest_first(_MONTH_ABBRS), 'B': _longest_first(_MONTH_NAMES),
    'p': ['am', 'pm'],
}

_D = '0123456789'
_D19 = '123456789'
# Each numeric directive is a list of alternatives, tried in order; an
# alternative is a sequence of allowed-character strings, one per char.
_NUMERIC_PATTERNS = {
    'd': [('3', '01'), ('12', _D), ('0', _D19), (_D19,), (' ', _D19)],
    'H': [('2', '0123'), ('01', _D), (_D,)],
    'I': [('1', '012'), ('0', _D19), (_D19,)],
    'G': [(_D, _D, _D, _D)],
    'Y': [(_D, _D, _D, _D)],
    'y': [(_D, _D)],
    'j': [('3', '6', '0123456'), ('3', '012345', _D), ('12', _D, _D),
          ('0', _D19, _D), ('0', '0', _D19), (_D19, _D), ('0', _D19),
          (_D19,)],
    'm': [('1', '012'), ('0', _D19), (_D19,)],
    'M': [('012345', _D), (_D,)],
    'S': [('6', '01'), ('012345', _D), (_D,)],
    'U': [('5', '0123'), ('01234', _D), (_D,)],
    'W': [('5', '0123'), ('01234', _D), (_D,)],
    'V': [('5', '0123'), ('0', _D19), ('1234', _D), (_D,)],
    'w': [('0123456',)],
    'u': [('1234567',)],
}


def _numeric_table(patterns):
    """Turn a directive's alternatives into (length, accepted,
    alternatives) triples, longest first.  ``accepted`` is the set of ASCII
    strings that match, or None when any ASCII digits do; the alternatives
    of that length serve for other text.  Trying longer matches first gives
    the order of the regular expression, whose alternatives all go from
    longer to shorter ones."""
    by_length = {}
    for alternative in patterns:
        length = len(alternative)
        entry = by_length.setdefault(length, [set(), []])
        entry[1].append(alternative)
        if entry[0] is None:
            continue
        if all(allowed == _D for allowed in alternative):
            entry[0] = None
            continue
        strings = ['']
        for allowed in alternative:
            strings = [head + c for head in strings for c in allowed]
        entry[0].update(strings)
    return [(length, entry[0], entry[1])
            for length, entry in sorted(by_length.items(), reverse=True)]


def _fits(text, alternative):
    """Return True when text matches an alternative, where _D stands for
    any Unicode decimal digit (the regular expression's \\d)."""
    for c, allowed in zip(text, alternative):
        if not (c.isdecimal() if allowed == _D else c in allowed):
            return False
    return True


_NUMERIC_TABLES = {}
_COMPOSITES = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}
_REGEX_SPECIAL = '\\.^$*+?(){}[]|'

# Compiled formats, keyed by the format string.
_FORMAT_CACHE = {}
_FORMAT_CACHE_SIZE = 100

# The zone names %Z accepts, built from time.tzname the first time they
# are needed and again whenever time.tzname or time.daylight change:
# (tzname, daylight, alternatives, names without DST, names with DST).
_ZONES = None


def _zone_names():
    """Return the cached zone-name record, rebuilding it (after calling
    time.tzset(), as CPython does) when the local zone has changed."""
    global _ZONES
    zones = _ZONES
    if (zones is None or zones[0] != _time.tzname
            or zones[1] != _time.daylight):
        _time.tzset()
        tzname = _time.tzname
        daylight = _time.daylight
        standard = {'utc', 'gmt', tzname[0].lower()}
        summer = {tzname[1].lower()} if daylight else set()
        zones = _ZONES = (tzname, daylight,
                          _longest_first(standard | summer),
                          standard, summer)
    return zones


def _compile(fmt, tokens, whole):
    """Compile a format into tokens: ('lit', char), ('ws',) or
    ('dir', letter)."""
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == '%':
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % whole)
            d = fmt[i + 1]
            i += 2
            if d == '%':
                tokens.append(('lit', '%'))
            elif d in _COMPOSITES:
                _compile(_COMPOSITES[d], tokens, whole)
            elif d in _NUMERIC_PATTERNS or d in 'aAbBpZzf':
                tokens.append(('dir', d))
            else:
                if d.isspace() or d in _REGEX_SPECIAL:
                    d = '%'
                raise ValueError("'%s' is a bad directive in format '%s'"
                                 % (d, whole))
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            tokens.append(('ws',))
        else:
            tokens.append(('lit', c))
            i += 1
    return tokens


# The length of the regular expression CPython builds for each directive,
# which positions in its error messages count.  %z holds two more
# (unnamed) groups; %Z depends on the zone names.
_REGEX_LENGTHS = {
    'd': 41, 'f': 17, 'H': 24, 'I': 26, 'G': 15, 'j': 71, 'm': 26, 'M': 17,
    'S': 24, 'U': 24, 'W': 24, 'V': 31, 'w': 12, 'u': 12, 'y': 11, 'Y': 15,
    'z': 56, 'a': 34, 'A': 63, 'b': 54, 'B': 92, 'p': 12,
}
_ESCAPED_IN_NAMES = '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'


def _check_groups(tokens):
    """Raise re.error, as compiling CPython's regular expression would,
    when a directive (maybe inside %c, %x or %X) appears twice."""
    length = 0
    groups = 0
    seen = {}
    for token in tokens:
        kind = token[0]
        if kind == 'lit':
            length += 2 if token[1] in _REGEX_SPECIAL else 1
            continue
        if kind == 'ws':
            length += 3
            continue
        d = token[1]
        groups += 1
        if d in seen:
            import re
            msg = ('redefinition of group name %r as group %d; was group %d'
                   % (d, groups, seen[d]))
            error = re.error('%s at position %d' % (msg, length + 4))
            error.msg = msg
            error.pos = length + 4
            error.lineno = 1
            error.colno = length + 5
            raise error
        seen[d] = groups
        if d == 'Z':
            names = _zone_names()[2]
            length += 7 + len(names) - 1 + sum(
                len(name) + sum(c in _ESCAPED_IN_NAMES for c in name)
                for name in names)
        else:
            length += _REGEX_LENGTHS[d]
            if d == 'z':
                groups += 2


def _tokens(fmt):
    """Return the compiled tokens of a format, from the cache if there."""
    tokens = _FORMAT_CACHE.get(fmt)
    if tokens is None:
        tokens = _compile(fmt, [], fmt)
        _check_groups(tokens)
        if len(_FORMAT_CACHE) >= _FORMAT_CACHE_SIZE:
            _FORMAT_CACHE.clear()
        _FORMAT_CACHE[fmt] = tokens
    return tokens


def _offset_ends(s, pos):
    """Ends of the matches of the %z pattern at pos, in regex order:
    [+-]HH:?MM(:?SS(.f{1,6})?)? or a 'Z'.  As in the regular expression,
    the digits may be any Unicode decimal digits except in the first place
    of the minutes and seconds."""
    ends = []
    n = len(s)
    if pos < n and s[pos] in '+-':
        p = pos + 1
        if (p + 1 < n and s[p].isdecimal() and s[p + 1].isdecimal()):
            p += 2
            for colon in ((True, False) if s[p:p + 1] == ':' else (False,)):
                q = p + 1 if colon else p
                if not (q + 1 < n and s[q] in '012345' and
                        s[q + 1].isdecimal()):
                    continue
                q += 2
                # The optional seconds group is greedy.
                for colon2 in ((True, False) if s[q:q + 1] == ':'
                               else (False,)):
                    r = q + 1 if colon2 else q
                    if (r + 1 < n and s[r] in '012345' and
                            s[r + 1].isdecimal()):
                        r += 2
                        if s[r:r + 1] == '.':
                            k = r + 1
                            while (k < n and k - r - 1 < 6 and
                                   s[k].isdecimal()):
                                k += 1
                            for end in range(k, r + 1, -1):
                                ends.append(end)
                        ends.append(r)
                ends.append(q)
    if s[pos:pos + 1] == 'Z':
        ends.append(pos + 1)
    return ends


# Characters besides the upper-case ASCII letters that a case-insensitive
# regular expression matches to an ASCII letter.
_EXTRA_CASES = {'\u0130': 'i', '\u0131': 'i', '\u017f': 's', '\u212a': 'k'}


def _fold(text):
    """Lower-case text for comparison with lower-case ASCII, the way a
    case-insensitive regular expression compares characters."""
    if text.isascii():
        return text.lower()
    chars = []
    for c in text:
        low = c.lower()
        chars.append(_EXTRA_CASES.get(c, low if len(low) == 1 else c))
    return ''.join(chars)


def _name_ends(names, s, pos):
    """Ends of the names (lower case) matching s at pos, ignoring case."""
    ends = []
    if names:
        lowered = _fold(s[pos:pos + len(names[0])])
        for name in names:
            if lowered.startswith(name):
                ends.append(pos + len(name))
    return ends


def _token_ends(token, s, pos):
    """Possible end positions of token matched at pos, in regex order."""
    kind = token[0]
    n = len(s)
    if kind == 'lit':
        c = token[1]
        if pos < n and (s[pos] == c or _fold(s[pos]) == _fold(c)):
            return (pos + 1,)
        return ()
    if kind == 'ws':
        k = pos
        while k < n and s[k].isspace():
            k += 1
        return range(k, pos, -1)
    d = token[1]
    table = _NUMERIC_TABLES.get(d)
    if table is None and d in _NUMERIC_PATTERNS:
        table = _NUMERIC_TABLES[d] = _numeric_table(_NUMERIC_PATTERNS[d])
    if table is not None:
        ends = []
        for length, accepted, alternatives in table:
            end = pos + length
            if end <= n:
                text = s[pos:end]
                if text.isascii():
                    if (text in accepted if accepted is not None
                            else text.isdigit()):
                        ends.append(end)
                elif any(_fits(text, alternative)
                         for alternative in alternatives):
                    ends.append(end)
        return ends
    if d == 'f':
        k = pos
        while k < n and k - pos < 6 and s[k] in _D:
            k += 1
        return range(k, pos, -1)
    if d == 'z':
        return _offset_ends(s, pos)
    if d == 'Z':
        return _name_ends(_zone_names()[2], s, pos)
    return _name_ends(_NAME_PATTERNS[d], s, pos)


def _match(tokens, s):
    """Return the end positions of the tokens in the first match, or
    None."""
    if not tokens:
        return []
    count = len(tokens)
    spans = []
    # A stack of candidate iterators, one per token being tried, does the
    # backtracking; spans holds the chosen ends of the enclosing levels.
    stack = [iter(_token_ends(tokens[0], s, 0))]
    while stack:
        end = next(stack[-1], None)
        if end is None:
            stack.pop()
            if spans:
                spans.pop()
            continue
        spans.append(end)
        if len(stack) == count:
            return spans
        stack.append(iter(_token_ends(tokens[len(stack)], s, end)))
    return None


def _parse_offset(text):
    """Return (seconds, microseconds) of a %z match."""
    if text == 'Z':
        return 0, 0
    z = text
    if z[3] == ':':
        z = z[:3] + z[4:]
        if len(z) > 5:
            if z[5] != ':':
                raise ValueError('Inconsistent use of : in %s' % text)
            z = z[:5] + z[6:]
    hours = int(z[1:3])
    minutes = int(z[3:5])
    seconds = int(z[5:7] or 0)
    offset = (hours * 60 + minutes) * 60 + seconds
    fraction = z[8:]
    us = int(fraction.ljust(6, '0')) if fraction else 0
    if z[0] == '-':
        return -offset, -us
    return offset, us


def _check_str(data_string, format):
    for index, arg in enumerate((data_string, format)):
        if not isinstance(arg, str):
            raise TypeError('strptime() argument %d must be str, not %s'
                            % (index, type(arg)))


def _strptime(data_string, format='%a %b %d %H:%M:%S %Y'):
    """Parse data_string with format.

    Return the eleven struct_time fields (year, month, day, hour, minute,
    second, weekday, day of year, isdst, zone name, UTC offset in seconds),
    the microseconds of %f and the microseconds of the %z offset.
    """
    _check_str(data_string, format)
    # As in CPython, the zone names are read again (calling time.tzset())
    # whenever time.tzname has changed since they were last read.
    _zone_names()
    tokens = _tokens(format)
    spans = _match(tokens, data_string)
    if spans is None:
        raise ValueError('time data %r does not match format %r'
                         % (data_string, format))
    end = spans[-1] if spans else 0
    if end != len(data_string):
        raise ValueError('unconverted data remains: %s'
                         % data_string[end:])

    year = iso_year = None
    month = day = 1
    hour = minute = second = fraction = 0
    julian = weekday = week_of_year = iso_week = None
    week_starts_monday = False
    gmtoff = None
    gmtoff_fraction = 0
    tzname = None
    isdst = -1
    # %I needs %p, which may come later: find it first.
    ampm = ''
    start = 0
    found = []
    for token, stop in zip(tokens, spans):
        if token[0] == 'dir':
            found.append((token[1], data_string[start:stop]))
            if token[1] == 'p':
                ampm = data_string[start:stop].lower()
        start = stop
    for key, value in found:
        if key == 'Y':
            year = int(value)
        elif key == 'm':
            month = int(value)
        elif key == 'd':
            day = int(value)
        elif key == 'H':
            hour = int(value)
        elif key == 'M':
            minute = int(value)
        elif key == 'S':
            second = int(value)
        elif key == 'y':
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif key == 'b':
            month = _MONTH_ABBRS.index(value.lower())
        elif key == 'B':
            month = _MONTH_NAMES.index(value.lower())
        elif key == 'I':
            hour = int(value)
            if ampm in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif hour != 12:
                hour += 12
        elif key == 'f':
            fraction = int(value.ljust(6, '0'))
        elif key == 'a':
            weekday = _DAY_ABBRS.index(value.lower())
        elif key == 'A':
            weekday = _DAY_NAMES.index(value.lower())
        elif key == 'w':
            weekday = (int(value) - 1) % 7
        elif key == 'u':
            weekday = int(value) - 1
        elif key == 'j':
            julian = int(value)
        elif key == 'U' or key == 'W':
            week_of_year = int(value)
            week_starts_monday = key == 'W'
        elif key == 'G':
            iso_year = int(value)
        elif key == 'V':
            iso_week = int(value)
        elif key == 'z':
            gmtoff, gmtoff_fraction = _parse_offset(value)
        elif key == 'Z':
            tzname = value
            zone = value.lower()
            zones = _zone_names()
            names = _time.tzname
            if (names[0] == names[1] and _time.daylight
                    and zone not in ('utc', 'gmt')):
                # Both names are the same: whether DST is in effect
                # cannot be told.
                pass
            elif zone in zones[3]:
                isdst = 0
            elif zone in zones[4]:
                isdst = 1

    if iso_year is not None:
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not "
                             "compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the "
                             "ISO week directive '%V' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
    elif iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the "
                             "ISO year directive '%G' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the "
                         "year directive '%Y'. Use the ISO year '%G' "
                         "instead.")

    # Without a year, 29 February is computed in a leap year (1904) and
    # reported in 1900.
    leap_day = False
    if year is None:
        if month == 2 and day == 29:
            year = 1904
            leap_day = True
        else:
            year = 1900

    if julian is None and weekday is not None:
        if week_of_year is not None:
            first_weekday = _date(year, 1, 1).weekday()
            day_of_week = weekday
            if not week_starts_monday:
                first_weekday = (first_weekday + 1) % 7
                day_of_week = (day_of_week + 1) % 7
            if week_of_year == 0:
                julian = 1 + day_of_week - first_weekday
            else:
                julian = (1 + (7 - first_weekday) % 7 +
                          7 * (week_of_year - 1) + day_of_week)
        elif iso_year is not None:
            result = _date.fromisocalendar(iso_year, iso_week, weekday + 1)
            year, month, day = result.year, result.month, result.day
        if julian is not None and julian <= 0:
            year -= 1
            leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
            julian += 366 if leap else 365
    if julian is None:
        result = _date(year, month, day)
        julian = result.toordinal() - _date(year, 1, 1).toordinal() + 1
    else:
        result = _date.fromordinal(_date(year, 1, 1).toordinal() +
                                   julian - 1)
        year, month, day = result.year, result.month, result.day
    if weekday is None:
        weekday = result.weekday()
    if leap_day:
        year = 1900

    return ((year, month, day, hour, minute, second, weekday, julian, isdst,
             tzname, gmtoff), fraction, gmtoff_fraction)


def _strptime_time(data_string, format='%a %b %d %H:%M:%S %Y'):
    """Return the time.struct_time that time.strptime() gives."""
    return _time.struct_time(_strptime(data_string, format)[0])


def _strptime_datetime(cls, data_string, format='%a %b %d %H:%M:%S %Y'):
    """Return cls(fields) for a parsed string: the datetime of
    datetime.strptime(), aware when the format has %z."""
    fields, fraction, gmtoff_fraction = _strptime(data_string, format)
    tzname = fields[9]
    gmtoff = fields[10]
    args = fields[:6] + (fraction,)
    if gmtoff is not None:
        offset = _timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        if tzname:
            args += (_timezone(offset, tzname),)
        else:
            args += (_timezone(offset),)
    return cls(*args)


# Reading the zone names when the module is first imported calls
# time.tzset(), which CPython's _strptime does too.
_zone_names()
