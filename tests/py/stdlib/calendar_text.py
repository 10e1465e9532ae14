# calendar: TextCalendar and HTMLCalendar layouts, module-level printing.
import calendar
from calendar import TextCalendar, HTMLCalendar

print(calendar.month(2024, 2))
print(calendar.month(2024, 2, 4, 2))
print(repr(calendar.month(2023, 10, 0, 0)))
calendar.prmonth(2021, 8)
calendar.prmonth(2021, 8, w=3, l=1)
print(calendar.calendar(2024))
print(calendar.calendar(2023, 3, 1, 2, 4))
print(calendar.calendar(2024, 1, 0, 1, 5))
calendar.prcal(1999, m=6)
calendar.prcal(2025, 2, 1, 8, 2)
print(calendar.weekheader(1), '|', calendar.weekheader(2), '|', calendar.weekheader(9))
print(repr(calendar.weekheader(12)))
print(repr(calendar.week([(0, 0), (1, 1), (2, 2)], 3)))
calendar.prweek([(5, 3), (6, 4)], 2)
print()
calendar.format(['a', 'bb', 'ccc'], 5, 2)
print(repr(calendar.formatstring(['x', 'yy'])), repr(calendar.formatstring(['x'], 3, 1)))

for fw in (6, 3):
    tc = TextCalendar(fw)
    print(tc.formatmonth(2024, 9))
    print(tc.formatyear(2024, 2, 1, 6, 3)[:600])
tc = TextCalendar()
print(repr(tc.formatday(0, 0, 3)), repr(tc.formatday(7, 0, 5)), repr(tc.formatweekday(2, 10)))
print(repr(tc.formatweekday(2, 1)), repr(tc.formatweekday(6, 8)), repr(tc.formatweekheader(4)))
print(repr(tc.formatmonthname(2024, 3, 20)), repr(tc.formatmonthname(2024, 3, 20, False)))
print(repr(tc.formatmonthname(2024, 3, 5)))
print(tc.formatyear(2024, m=12, c=1)[:300])
for bad in (13, 0):
    try:
        tc.formatmonth(2024, bad)
    except (calendar.IllegalMonthError, IndexError) as e:
        print(type(e).__name__, e)

# HTML.
hc = HTMLCalendar()
print(hc.formatmonth(2024, 2))
print(hc.formatmonth(2024, 2, withyear=False))
print(HTMLCalendar(6).formatweekheader())
print(hc.formatday(0, 3), hc.formatday(12, 3), hc.formatweekday(5))
print(hc.formatweek([(0, 0), (1, 1), (2, 2)]))
print(hc.formatmonthname(2024, 7), hc.formatmonthname(2024, 7, False))
print(hc.formatyear(2024, 4))
print(hc.formatyear(2023, 0)[:500])
page = hc.formatyearpage(2024, 4)
print(type(page).__name__, len(page))
print(page.decode()[:700])
print(page.decode()[-200:])
print(hc.formatyearpage(2024, css=None, encoding='ascii').decode()[:400])


class Custom(HTMLCalendar):
    cssclasses = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
    cssclass_noday = 'empty'
    cssclass_month = 'm'
    cssclass_month_head = 'mh'


print(Custom(1).formatmonth(2024, 6))
print(HTMLCalendar.cssclasses_weekday_head, HTMLCalendar.cssclass_year, HTMLCalendar.cssclass_year_head)
ltc = calendar.LocaleTextCalendar(locale='C')
print(ltc.locale, ltc.formatmonth(2024, 1).splitlines()[1])
lhc = calendar.LocaleHTMLCalendar(2, 'C')
print(lhc.locale, lhc.firstweekday, lhc.formatweekheader())
with calendar.different_locale('C'):
    print(calendar.month_name[5])
