# datetime: copying, subclasses with extra state, hashing in containers.
import copy
from datetime import *
vals = [timedelta(1, 2, 3), date(2020, 1, 2), time(1, 2, tzinfo=timezone.utc, fold=1),
        datetime(2020, 1, 2, 3, tzinfo=timezone(timedelta(hours=2), 'X'), fold=1), timezone.utc,
        timezone(timedelta(hours=2), 'X')]
for v in vals:
    c1 = copy.copy(v); c2 = copy.deepcopy(v)
    print(repr(c1), c1 == v, repr(c2), c2 == v)
print(repr(datetime.max - datetime.min), repr(date.max - date.min))
class D2(datetime):
    def __new__(cls, *a, **k):
        self = super().__new__(cls, *a, **k)
        self.extra = 'x'
        return self
d = D2(2020, 1, 1)
print(repr(d + timedelta(1)), (d + timedelta(1)).extra, d.extra)
print(datetime(2020,1,1) in {datetime(2020,1,1): 1}, time(1) in [time(1)])
try:
    date(2020,1,1).year = 5
except AttributeError as e:
    print('AttributeError')
print(timedelta(days=1) // timedelta(hours=7), abs(timedelta(-3, 5)))
