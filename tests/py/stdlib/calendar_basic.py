# calendar: leap years, weekdays, month ranges, enums, names, Calendar iterators.
import calendar
from calendar import Calendar
import datetime


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


print(sorted(calendar.__all__) == sorted(set(calendar.__all__)), len(calendar.__all__))
print([y for y in range(1896, 1910) if calendar.isleap(y)], calendar.isleap(2000), calendar.isleap(2100))
print(calendar.leapdays(2000, 2025), calendar.leapdays(1900, 1904), calendar.leapdays(2025, 2000))
print(calendar.leapdays(1, 10000), calendar.leapdays(2010, 2010))
for args in [(2024, 1, 1), (2000, 2, 29), (1, 1, 1), (9999, 12, 31), (20024, 1, 1), (-5, 3, 1), (0, 1, 1)]:
    show(('weekday',) + args, lambda: calendar.weekday(*args))
show('weekday bad', lambda: calendar.weekday(2023, 2, 29))
for args in [(2024, 2), (2023, 2), (1900, 2), (2024, 12), (1, 1), (9999, 12), (2024, 13), (2024, 0)]:
    show(('monthrange',) + args, lambda: calendar.monthrange(*args))
print(calendar.monthcalendar(2024, 2))
show('monthcalendar 0', lambda: calendar.monthcalendar(2024, 0))

# Enums and constants.
print(repr(calendar.MONDAY), repr(calendar.SUNDAY), repr(calendar.JANUARY), repr(calendar.DECEMBER))
print(str(calendar.JANUARY), calendar.MONDAY + 1, calendar.Month(3).name, calendar.Day(6).value)
print(calendar.Day.SUNDAY == 6, isinstance(calendar.FRIDAY, int), calendar.Month.MAY is calendar.MAY)
print(list(calendar.Day)[:3], len(calendar.Month), f'{calendar.MARCH}', int(calendar.APRIL))
print(calendar.EPOCH, calendar.mdays, calendar.error is ValueError)

# Names.
print(list(calendar.month_name), list(calendar.month_abbr))
print(list(calendar.day_name), list(calendar.day_abbr))
print(len(calendar.month_name), len(calendar.day_abbr), calendar.month_name[1:3], calendar.month_name[-1])
print(calendar.day_name[calendar.WEDNESDAY], calendar.month_abbr[calendar.SEPTEMBER])
show('month_name[13]', lambda: calendar.month_name[13])
show('day_name[7]', lambda: calendar.day_name[7])
print(type(calendar.month_name).__name__, type(calendar.day_name).__name__)

# Errors.
e = calendar.IllegalMonthError(13)
print(repr(e), str(e), e.month, isinstance(e, ValueError))
e = calendar.IllegalWeekdayError(9)
print(repr(e), str(e), e.weekday)
show('setfirstweekday 7', lambda: calendar.setfirstweekday(7))
show('setfirstweekday -1', lambda: calendar.setfirstweekday(-1))
print(calendar.firstweekday())
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 3)[0], calendar.weekheader(3))
calendar.setfirstweekday(0)

# timegm.
print(calendar.timegm((2024, 1, 2, 3, 4, 5, 0, 0, 0)), calendar.timegm((1970, 1, 1, 0, 0, 0)))
print(calendar.timegm((1969, 12, 31, 23, 59, 59.5)), calendar.timegm((2000, 3, 1, 0, 0, 0)))
print(calendar.timegm(datetime.datetime(2021, 5, 6, 7, 8, 9).utctimetuple()))
print(calendar.timegm((2024, 1, 40, 0, 0, 0)), calendar.timegm((2024, 1, 1, 25, 61, 61)))

# Calendar iterators.
for fw in (0, 6, 7, 8, 3):
    cal = Calendar(fw)
    print(fw, cal.firstweekday, cal.getfirstweekday(), list(cal.iterweekdays()))
    print('  ', list(cal.itermonthdays(2024, 2)))
    print('  ', list(cal.itermonthdays2(2024, 9))[:9])
    print('  ', list(cal.itermonthdays3(2024, 1))[:3], list(cal.itermonthdays4(2024, 12))[-2:])
    dates = list(cal.itermonthdates(2023, 12))
    print('  ', len(dates), dates[0], dates[-1])
cal = Calendar()
cal.setfirstweekday(2)
print(cal.firstweekday, cal.monthdayscalendar(2024, 4))
cal.firstweekday = 0
print(cal.monthdays2calendar(2024, 4)[0])
print(cal.monthdatescalendar(2024, 4)[-1])
print(len(cal.yeardatescalendar(2024)), len(cal.yeardatescalendar(2024, 4)), len(cal.yeardatescalendar(2024, 5)[-1]))
print(cal.yeardays2calendar(2024, 4)[0][0][0])
print(cal.yeardayscalendar(2024, 6)[1][5])
print(list(cal.itermonthdates(1, 1))[:3], list(cal.itermonthdays4(1, 1))[:2])
show('dates 9999-12', lambda: cal.monthdatescalendar(9999, 12))
print(list(cal.itermonthdays3(9999, 12))[-3:], cal.monthdayscalendar(9999, 12)[-1])
show('itermonthdays bad', lambda: list(cal.itermonthdays(2024, 13)))
