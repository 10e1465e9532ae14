"""Calendars: the functions and classes of CPython's calendar module.

Weeks start on Monday by default (``setfirstweekday`` changes this).  The
``Calendar`` class iterates over the days of months and years, and its
``TextCalendar`` and ``HTMLCalendar`` subclasses lay months and years out as
plain text and as HTML tables, character for character as CPython does.
Names of months and days are those of the C locale; the ``Locale*``
classes accept a locale argument but keep these names, as there is no
``locale`` module.
"""

import sys
import datetime
from enum import IntEnum, global_enum

__all__ = ['IllegalMonthError', 'IllegalWeekdayError', 'setfirstweekday',
           'firstweekday', 'isleap', 'leapdays', 'weekday', 'monthrange',
           'monthcalendar', 'prmonth', 'month', 'prcal', 'calendar',
           'timegm', 'month_name', 'month_abbr', 'day_name', 'day_abbr',
           'Calendar', 'TextCalendar', 'HTMLCalendar', 'LocaleTextCalendar',
           'LocaleHTMLCalendar', 'weekheader',
           'Day', 'Month', 'JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY',
           'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER',
           'DECEMBER', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY',
           'FRIDAY', 'SATURDAY', 'SUNDAY']

error = ValueError


class IllegalMonthError(ValueError):
    """A month number outside 1..12."""

    def __init__(self, month):
        self.month = month

    def __str__(self):
        return 'bad month number %r; must be 1-12' % (self.month,)


class IllegalWeekdayError(ValueError):
    """A weekday number outside 0..6."""

    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return ('bad weekday number %r; must be 0 (Monday) to 6 (Sunday)'
                % (self.weekday,))


@global_enum
class Month(IntEnum):
    """The months, January being 1."""
    JANUARY = 1
    FEBRUARY = 2
    MARCH = 3
    APRIL = 4
    MAY = 5
    JUNE = 6
    JULY = 7
    AUGUST = 8
    SEPTEMBER = 9
    OCTOBER = 10
    NOVEMBER = 11
    DECEMBER = 12

    def __repr__(self):
        return 'calendar.%s' % self._name_


@global_enum
class Day(IntEnum):
    """The days of the week, Monday being 0."""
    MONDAY = 0
    TUESDAY = 1
    WEDNESDAY = 2
    THURSDAY = 3
    FRIDAY = 4
    SATURDAY = 5
    SUNDAY = 6

    def __repr__(self):
        return 'calendar.%s' % self._name_


# global_enum exports the members; bind them explicitly as well.
JANUARY, FEBRUARY, MARCH, APRIL, MAY, JUNE = list(Month)[:6]
JULY, AUGUST, SEPTEMBER, OCTOBER, NOVEMBER, DECEMBER = list(Month)[6:]
MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = list(Day)

EPOCH = 1970
_EPOCH_ORDINAL = datetime.date(EPOCH, 1, 1).toordinal()

# Days in each month of a common year (index 0 unused).
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


class _localized_month:
    """The month names (index 0 is ''), as a read-only sequence."""

    _dates = [datetime.date(2001, i + 1, 1) for i in range(12)]

    def __init__(self, format):
        self.format = format
        self._names = None

    def __getitem__(self, i):
        names = self._names
        if names is None:
            names = self._names = [''] + [d.strftime(self.format)
                                          for d in self._dates]
        return names[i]

    def __len__(self):
        return 13


class _localized_day:
    """The weekday names, Monday first, as a read-only sequence."""

    # 2001-01-01 was a Monday.
    _dates = [datetime.date(2001, 1, i + 1) for i in range(7)]

    def __init__(self, format):
        self.format = format
        self._names = None

    def __getitem__(self, i):
        names = self._names
        if names is None:
            names = self._names = [d.strftime(self.format)
                                   for d in self._dates]
        return names[i]

    def __len__(self):
        return 7


day_name = _localized_day('%A')
day_abbr = _localized_day('%a')
month_name = _localized_month('%B')
month_abbr = _localized_month('%b')


def isleap(year):
    """Return True for leap years, False for non-leap years."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """Return the number of leap years in range(y1, y2)."""
    y1 -= 1
    y2 -= 1
    return (y2 // 4 - y1 // 4) - (y2 // 100 - y1 // 100) + (y2 // 400 - y1 // 400)


def weekday(year, month, day):
    """Return the weekday (0 is Monday) of year-month-day; years outside
    1..9999 are mapped into the 400-year cycle."""
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        year = 2000 + year % 400
    return Day(datetime.date(year, month, day).weekday())


def monthrange(year, month):
    """Return the weekday of the first day of the month and the number of
    days in the month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    first = weekday(year, month, 1)
    return first, _monthlen(year, month)


def _monthlen(year, month):
    if month == 2 and isleap(year):
        return 29
    return mdays[month]


def _prevmonth(year, month):
    if month == 1:
        return year - 1, 12
    return year, month - 1


def _nextmonth(year, month):
    if month == 12:
        return year + 1, 1
    return year, month + 1


def _chunks(items, size):
    return [items[i:i + size] for i in range(0, len(items), size)]


class Calendar:
    """Iterators and lists over the days of months and years, with weeks
    starting on firstweekday (0 is Monday)."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        """Yield the weekday numbers of one week, starting with the first
        weekday."""
        first = self.firstweekday
        for i in range(first, first + 7):
            yield i % 7

    def _padding(self, year, month):
        """Return the month's length and the numbers of days shown from the
        months before and after it."""
        first, ndays = monthrange(year, month)
        before = (first - self.firstweekday) % 7
        after = (self.firstweekday - first - ndays) % 7
        return ndays, before, after

    def itermonthdates(self, year, month):
        """Yield datetime.date objects for every day of the weeks of the
        month, including days of the neighbouring months."""
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    def itermonthdays(self, year, month):
        """Yield the day numbers of the weeks of the month, 0 for days
        outside it."""
        ndays, before, after = self._padding(year, month)
        for _ in range(before):
            yield 0
        yield from range(1, ndays + 1)
        for _ in range(after):
            yield 0

    def itermonthdays2(self, year, month):
        """Yield (day number, weekday) pairs; the day is 0 outside the
        month."""
        wd = self.firstweekday
        for d in self.itermonthdays(year, month):
            yield d, wd % 7
            wd += 1

    def itermonthdays3(self, year, month):
        """Yield (year, month, day) for every day of the weeks of the
        month."""
        ndays, before, after = self._padding(year, month)
        y, m = _prevmonth(year, month)
        end = _monthlen(y, m) + 1
        for d in range(end - before, end):
            yield y, m, d
        for d in range(1, ndays + 1):
            yield year, month, d
        y, m = _nextmonth(year, month)
        for d in range(1, after + 1):
            yield y, m, d

    def itermonthdays4(self, year, month):
        """Yield (year, month, day, weekday) for every day of the weeks of
        the month."""
        wd = self.firstweekday
        for y, m, d in self.itermonthdays3(year, month):
            yield y, m, d, wd % 7
            wd += 1

    def monthdatescalendar(self, year, month):
        """Return the month as a list of weeks of seven dates."""
        return _chunks(list(self.itermonthdates(year, month)), 7)

    def monthdays2calendar(self, year, month):
        """Return the month as a list of weeks of (day, weekday) pairs."""
        return _chunks(list(self.itermonthdays2(year, month)), 7)

    def monthdayscalendar(self, year, month):
        """Return the month as a list of weeks of day numbers."""
        return _chunks(list(self.itermonthdays(year, month)), 7)

    def yeardatescalendar(self, year, width=3):
        """Return the year as rows of width months, each a list of weeks
        of dates."""
        months = [self.monthdatescalendar(year, m) for m in range(1, 13)]
        return _chunks(months, width)

    def yeardays2calendar(self, year, width=3):
        """Like yeardatescalendar() with (day, weekday) pairs."""
        months = [self.monthdays2calendar(year, m) for m in range(1, 13)]
        return _chunks(months, width)

    def yeardayscalendar(self, year, width=3):
        """Like yeardatescalendar() with day numbers."""
        months = [self.monthdayscalendar(year, m) for m in range(1, 13)]
        return _chunks(months, width)


class TextCalendar(Calendar):
    """A Calendar that lays months and years out as plain text."""

    def prweek(self, theweek, width):
        """Print one week (a list of (day, weekday) pairs)."""
        print(self.formatweek(theweek, width), end='')

    def formatday(self, day, weekday, width):
        """Return a day number centred in width ('' for day 0)."""
        text = '%2i' % day if day else ''
        return text.center(width)

    def formatweek(self, theweek, width):
        """Return one week as a line of day cells."""
        return ' '.join([self.formatday(d, wd, width) for d, wd in theweek])

    def formatweekday(self, day, width):
        """Return a weekday name cut to width and centred."""
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        """Return the line of weekday names."""
        return ' '.join([self.formatweekday(i, width)
                         for i in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        """Return the month's name (and year) centred in width."""
        text = month_name[themonth]
        if withyear:
            text = '%s %r' % (text, theyear)
        return text.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        """Print a month's calendar."""
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """Return a month's calendar; w is the width of a day column and l
        the number of lines per week."""
        w = max(2, w)
        l = max(1, l)
        newlines = '\n' * l
        parts = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1)
                 .rstrip(), newlines,
                 self.formatweekheader(w).rstrip(), newlines]
        for week in self.monthdays2calendar(theyear, themonth):
            parts.append(self.formatweek(week, w).rstrip())
            parts.append(newlines)
        return ''.join(parts)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """Return a year's calendar with m months per row, c spaces between
        months."""
        w = max(2, w)
        l = max(1, l)
        c = max(2, c)
        newlines = '\n' * l
        colwidth = (w + 1) * 7 - 1
        parts = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(),
                 newlines]
        header = self.formatweekheader(w)
        for row_index, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * row_index + 1, min(m * (row_index + 1) + 1, 13))
            parts.append(newlines)
            names = [self.formatmonthname(theyear, k, colwidth, False)
                     for k in months]
            parts.append(formatstring(names, colwidth, c).rstrip())
            parts.append(newlines)
            parts.append(formatstring([header] * len(months), colwidth,
                                      c).rstrip())
            parts.append(newlines)
            height = max(len(cal) for cal in row)
            for j in range(height):
                weeks = [self.formatweek(cal[j], w) if j < len(cal) else ''
                         for cal in row]
                parts.append(formatstring(weeks, colwidth, c).rstrip())
                parts.append(newlines)
        return ''.join(parts)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        """Print a year's calendar."""
        print(self.formatyear(theyear, w, l, c, m), end='')


class HTMLCalendar(Calendar):
    """A Calendar that lays months and years out as HTML tables."""

    # CSS classes of the weekday cells, Monday first.
    cssclasses = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
    cssclasses_weekday_head = cssclasses
    cssclass_noday = 'noday'
    cssclass_month_head = 'month'
    cssclass_month = 'month'
    cssclass_year_head = 'year'
    cssclass_year = 'year'

    def formatday(self, day, weekday):
        """Return one day as a table cell."""
        if day == 0:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        """Return one week as a table row."""
        cells = ''.join([self.formatday(d, wd) for d, wd in theweek])
        return '<tr>%s</tr>' % cells

    def formatweekday(self, day):
        """Return a weekday name as a table header cell."""
        return '<th class="%s">%s</th>' % (
            self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        """Return the row of weekday names."""
        cells = ''.join([self.formatweekday(i) for i in self.iterweekdays()])
        return '<tr>%s</tr>' % cells

    def formatmonthname(self, theyear, themonth, withyear=True):
        """Return the month's name as a table header row."""
        if withyear:
            text = '%s %s' % (month_name[themonth], theyear)
        else:
            text = month_name[themonth]
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (
            self.cssclass_month_head, text)

    def formatmonth(self, theyear, themonth, withyear=True):
        """Return a month as an HTML table."""
        parts = ['<table border="0" cellpadding="0" cellspacing="0" '
                 'class="%s">' % self.cssclass_month, '\n',
                 self.formatmonthname(theyear, themonth, withyear=withyear),
                 '\n', self.formatweekheader(), '\n']
        for week in self.monthdays2calendar(theyear, themonth):
            parts.append(self.formatweek(week))
            parts.append('\n')
        parts.append('</table>')
        parts.append('\n')
        return ''.join(parts)

    def formatyear(self, theyear, width=3):
        """Return a year as an HTML table of month tables, width months per
        row."""
        width = max(width, 1)
        parts = ['<table border="0" cellpadding="0" cellspacing="0" '
                 'class="%s">' % self.cssclass_year, '\n',
                 '<tr><th colspan="%d" class="%s">%s</th></tr>' % (
                     width, self.cssclass_year_head, theyear)]
        for first in range(1, 13, width):
            parts.append('<tr>')
            for m in range(first, min(first + width, 13)):
                parts.append('<td>')
                parts.append(self.formatmonth(theyear, m, withyear=False))
                parts.append('</td>')
            parts.append('</tr>')
        parts.append('</table>')
        return ''.join(parts)

    def formatyearpage(self, theyear, width=3, css='calendar.css',
                       encoding=None):
        """Return a complete XHTML page for a year, as bytes."""
        if encoding is None:
            encoding = sys.getdefaultencoding()
        parts = ['<?xml version="1.0" encoding="%s"?>\n' % encoding,
                 '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                 '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
                 '<html>\n', '<head>\n',
                 '<meta http-equiv="Content-Type" content="text/html; '
                 'charset=%s" />\n' % encoding]
        if css is not None:
            parts.append('<link rel="stylesheet" type="text/css" href="%s" />\n'
                         % css)
        parts.append('<title>Calendar for %d</title>\n' % theyear)
        parts.append('</head>\n')
        parts.append('<body>\n')
        parts.append(self.formatyear(theyear, width))
        parts.append('</body>\n')
        parts.append('</html>\n')
        return ''.join(parts).encode(encoding, 'xmlcharrefreplace')


class different_locale:
    """Context manager for running code in another locale; without a
    locale module it changes nothing."""

    def __init__(self, locale):
        self.locale = locale

    def __enter__(self):
        return None

    def __exit__(self, *args):
        return None


class LocaleTextCalendar(TextCalendar):
    """A TextCalendar for a locale (the C locale's names are used)."""

    def __init__(self, firstweekday=0, locale=None):
        TextCalendar.__init__(self, firstweekday)
        if locale is None:
            locale = 'C.UTF-8'
        self.locale = locale


class LocaleHTMLCalendar(HTMLCalendar):
    """An HTMLCalendar for a locale (the C locale's names are used)."""

    def __init__(self, firstweekday=0, locale=None):
        HTMLCalendar.__init__(self, firstweekday)
        if locale is None:
            locale = 'C.UTF-8'
        self.locale = locale


# The module-level functions use one shared TextCalendar.
c = TextCalendar()

firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    """Set the weekday (0 is Monday) that weeks start on."""
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear

# Spacing between month columns.
_colwidth = 7 * 3 - 1
_spacing = 6


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Print strings centred in columns."""
    print(formatstring(cols, colwidth, spacing))


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """Return strings centred in columns, separated by spacing spaces."""
    return (' ' * spacing).join([col.center(colwidth) for col in cols])


def timegm(tuple):
    """Return the POSIX timestamp of a UTC time tuple (the inverse of
    time.gmtime)."""
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() - _EPOCH_ORDINAL + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second
