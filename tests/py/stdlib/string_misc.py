# string constants, capwords and Formatter.
import string

for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits',
             'hexdigits', 'octdigits', 'punctuation', 'printable', 'whitespace']:
    print(name, repr(getattr(string, name)))
print(string.__all__)
for s, sep in [('  hello   wORLD  x ', None), ('a-b-c', '-'), ('', None),
               ("they're bill's friends", None), ('aBC dEF', ' '), ('x  y', ' '),
               ('ÉCOLE école', None), ('a\tb\nc', None)]:
    print(repr(string.capwords(s, sep)))

f = string.Formatter()
print(list(f.parse('a{0}b{x.y[1]!r:>{w}}c{{d}}e{}')))
print(list(f.parse('')), list(f.parse('{}')), list(f.parse('x}}')), list(f.parse('{{')))
print(list(f.parse('{0!s}{a[}]}{:}{!a:^3}')))
for bad in ['{', '}', 'a{0', '{0!}', '{0!rr}', '{!r', '{0:{1}', 'x}y', '{a{b}',
            '{0!', 'a{']:
    try:
        print(list(f.parse(bad)))
    except ValueError as e:
        print('ValueError', e)

class P:
    real = 5
    items = {'k': [10, 20]}
print(f.get_field('0.real', (5,), {}))
print(f.get_field('p.items[k][1]', (), {'p': P}))
print(f.get_field('0[1]', ([7, 8],), {}))
for name in ['0.', '0[', '0[]', '0[1]x', '0..a']:
    try:
        print(f.get_field(name, ([1, 2],), {}))
    except Exception as e:
        print(type(e).__name__, e)
print(f.format('{0:{1}} {x!r:>5} {2}', 3, 4, 'z', x='q'))
print(f.format('{} {} {}', 1, 'two', 3.0))
print(f.format('{:{}}|{}', 'a', 5, 'b'))
print(f.format('{a[0]} {b.real} {0}', 9, a=[1], b=2))
print(f.format('{0!s} {0!r} {0!a}', 'é'))
print(f.format('{:*^9}', 'mid'), f.format('{0:.{1}f}', 3.14159, 2))
print(f.vformat('{x}-{0}', (1,), {'x': 2}))
for fmt, args in [('{} {0}', (1,)), ('{0} {}', (1,)), ('{0:{1:{2}}}', (1, 2, 3)),
                  ('{0!x}', (1,)), ('{1}', (1,)), ('{k}', ()), ('{0:d}', ('s',))]:
    try:
        print(f.format(fmt, *args))
    except Exception as e:
        print(type(e).__name__, e)

class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<' + key + '>'
        return super().get_value(key, args, kwargs)
    def check_unused_args(self, used, args, kwargs):
        print('used', sorted(used, key=str))
print(Upper().format('{0} {name} {missing} {1:>4}', 'ab', 'cd', name='nm'))

class Conv(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)
print(Conv().format('{0!u} {0!r}', 'hi'))
