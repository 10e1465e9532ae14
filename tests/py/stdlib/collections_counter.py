# Counter: counting, most_common, arithmetic, comparisons and repr.
from collections import Counter


def attempt(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


c = Counter('abracadabra')
print(c)
print(c['a'], c['z'], 'z' in c, len(c))
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1), c.most_common(100))
print(sorted(c.elements()), list(c.elements()))
print(c.total(), sum(c.values()))
print(Counter(), Counter([]), Counter({'x': 3, 'y': -1}), Counter(a=2, b=1), Counter({'a': 1}, b=5))
print(Counter([1, 2, 2, 3, 3, 3]), Counter((i % 3 for i in range(10))))

# Ties keep insertion order.
t = Counter('zyxxyz')
print(t.most_common(), t)
t2 = Counter({'b': 2, 'a': 2, 'c': 3, 'd': 2})
print(t2.most_common(), t2.most_common(3), t2)

# update and subtract.
u = Counter('aab')
u.update('abc'); print(u)
u.update({'a': 10, 'd': -2}); print(u)
u.update(a=1, e=4); print(u)
u.update(); print(u)
u.subtract('aaaa'); print(u)
u.subtract({'b': 5}); print(u)
u.subtract(c=1); print(u)
e = Counter()
e.update({'x': 1}); print(e)
u.update(Counter(z=2)); print(u)

# Deleting a missing key is not an error.
d = Counter(a=1)
del d['a']
del d['missing']
print(d)

# Arithmetic keeps positive counts.
a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, e=5, d=-5)
print(a + b)
print(a - b)
print(a | b)
print(a & b)
print(+a, -a)
print(b - a, b & a, b | a)
x = Counter(a=3, b=1, c=-1)
x += Counter(a=-3, d=2); print(x)
x = Counter(a=3, b=1, c=-1)
x -= Counter(b=2, e=-1); print(x)
x = Counter(a=3, b=1, c=-1)
x |= Counter(b=4, f=1); print(x)
x = Counter(a=3, b=1, c=-1)
x &= Counter(a=2, b=5); print(x)
x = Counter(a=1)
x += {'a': 2, 'b': 1}; print(x)
attempt('add int', lambda: Counter() + 3)
attempt('add dict', lambda: Counter() + {})
attempt('iadd int', lambda: Counter().__iadd__(3))
attempt('fromkeys', lambda: Counter.fromkeys('abc'))
attempt('not iterable', lambda: Counter(5))

# Comparisons treat missing elements as zero.
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=1, b=1), Counter(a=1) < Counter(a=1, b=1), Counter(a=1) < Counter(a=1))
print(Counter(a=2) >= Counter(a=1), Counter(a=2) > Counter(a=2), Counter(a=2, b=1) > Counter(a=1))
print(Counter(a=1) == {'a': 1}, {'a': 1} == Counter(a=1), Counter(a=1, b=0) == {'a': 1})
attempt('lt dict', lambda: Counter() < {})
attempt('hash', lambda: hash(Counter()))

# copy, repr of subclasses and of unorderable counts.
k = Counter('hello')
k2 = k.copy()
k2['h'] += 10
print(k, k2, type(k2).__name__)
print(k.__reduce__())

class MyCounter(Counter):
    pass

mc = MyCounter('aab')
print(mc, type(mc.copy()).__name__, type(mc + mc).__name__, MyCounter())
print(Counter({'a': 'x', 'b': 'y'}))
print(Counter({'a': [1], 'b': 2}))
print(Counter({'a': 2.5, 'b': 3}))
print(Counter(a=0, b=-1, c=2))

# Counting words, a common use.
words = 'the quick brown fox jumps over the lazy dog the end'.split()
wc = Counter(words)
print(wc.most_common(3), wc['the'], len(wc))
print(sorted(wc.items()))
print(isinstance(wc, dict), issubclass(Counter, dict))
print(dict(Counter('aab')))
print(Counter('aab').keys(), Counter('aab').values(), Counter('aab').items())
print(Counter('aab').get('a'), Counter('aab').get('z'), Counter('aab').setdefault('c', 7))
print(Counter('aab').pop('a'), Counter('aab').popitem())
