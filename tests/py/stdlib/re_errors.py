# re.error messages, positions and other exceptions raised for bad patterns.
import re

bad = [r'(a)\2', r'\q', r'[a', r'(a', r'a)', r'*', r'a**', r'(?P<1>a)', r'(?P<a>x)(?P<a>y)',
       r'(?P=b)', r'(?', r'(?z)', r'a(?i)b', r'(?<=a*)b', r'[z-a]', r'[a-\d]', r'\x4',
       r'(?(1)a|b|c)', r'a{3,2}', r'\777', r'[\8]', r'[\1]', r'(?i', r'(?-a:x)', r'(?L)x',
       '(?P<a', '(?P', '(?P=', '(?<x)', '\\g', r'(?(x)a)', r'(?(0)a)', r'(?(a-b)a)', r'\u12',
       '(?P<a>a)(?P=a', r'(a)(?(2)x)', r'(?<=(a))(?<=\1)', r'(?#abc', r'x(?x)y', '(?x',
       '(?i-i:a)', '(?-:a)', '(?i-:a)', '(a|b', '\\', '\\\\x(', 'ab\n(c', '(?P<a-b>x)',
       '(?P<>x)', '(?<!a|bc)', '(?>a', 'a++', 'a*++', '(?P<a>a)(?P=a)', '[]', '[^]', '(?(1',
       '(?(1)', '(?(1a)b)', '(?P<a>(?P=a))', r'(a\1)', '(?<=a|bc)', '{1}', 'a|*', '(*)', '^*',
       '$*', r'\b*', '(?=a)*', 'x{2}{3}', 'x{a}', 'x{1,a}', r'\8', r'\08', r'[\d-z]', r'[a-]',
       '(?iz)', '(?i-)', '(?-i)', '(?i-i)', '(?a', '(?au)', r'\Z', r'[\A]', r'[\Z]', r'[\B]',
       r'[\b]', r'(?<=\d)', r'(?<=a{2})', r'(?<=a{2,3})', r'(?<=(?:ab|cd))x', r'(?<=\b)',
       '(?i)a(?m)b', '(?x) (?i)a', r'\g<1>', '(?-a:x)', 'a{,3}', 'a{ 1}', 'a{1,2', 'a{', 'a{}',
       ')', '())', 'a|b)', '((a)', '[[]', '[a-b-c]', r'\N{foo}', r'\N{LATIN SMALL LETTER A}',
       r'\N', r'\N{', r'\N{}', '(?P<a>x)|(?P<a>y)', '(?P<a b>x)', '(?P<é>x)', r'\U00110000',
       r'\c', r'\e', r'[\q]', '(?<', '(?<=', 'a(?#x)*', r'\1', '(?:a)(?P=a)', 'abc\n  (']
for p in bad:
    try:
        rx = re.compile(p)
        print(repr(p), 'ok', rx.groups)
    except re.error as e:
        print(repr(p), 'error:', e, '|', repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == p)
    except Exception as e:
        print(repr(p), type(e).__name__, e)

for p in [b'(?u)x', b'(?L)x', b'(?a)x', b'\\u1234', b'\\N{x}', b'(?aL)x', b'[', b'a)']:
    try:
        print(repr(p), 'ok', re.compile(p).flags)
    except re.error as e:
        print(repr(p), 'error:', e, e.pos, e.pattern)

for p, f in [('x', re.U | re.A), (b'x', re.U), ('x', re.L), (b'x', re.L), (b'x', re.L | re.A)]:
    try:
        print(repr(p), 'ok', re.compile(p, f).flags)
    except Exception as e:
        print(repr(p), type(e).__name__, e)

# Errors from templates.
for t in [r'\g<1>', r'\g<a>', r'\g<x>', r'\g<3>', r'\g', r'\g<', r'\g<1', r'\g<>', r'\g<1a>',
          r'\3', r'\x41', r'\&', r'\q', '\\', r'\0', r'\01', r'\101', r'\777', r'\12',
          r'\n\t\\', r'\u00e9', r'\N{DASH}', r'\b', r'\a', r'\g<-1>', r'\g< 1>', r'\g<01>',
          r'x\g<0>y', r'\2\1', r'[\g<a>]']:
    try:
        print(repr(t), repr(re.sub('(?P<a>b)(c)', t, 'abcd')))
    except Exception as e:
        print(repr(t), type(e).__name__, e)

# Misuse of the API.
def attempt(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('search int', lambda: re.search('a', 1))
attempt('bytes on str', lambda: re.search(b'a', 'a'))
attempt('str on bytes', lambda: re.search('a', b'a'))
attempt('sub bad result', lambda: re.sub('a', lambda m: 1, 'a'))
attempt('sub bad repl', lambda: re.sub('a', 1, 'a'))
attempt('sub str repl bytes', lambda: re.sub(b'a', 'x', b'a'))
attempt('compile int', lambda: re.compile(5))
attempt('compile flags', lambda: re.compile(re.compile('a'), re.I))
attempt('compile same', lambda: re.compile(re.compile('a')))
m = re.match('(a)(b)?', 'a')
for g in [3, -1, 'x', 1.0, None]:
    attempt('group %r' % (g,), lambda: m.group(g))
attempt('start 5', lambda: m.start(5))
attempt('span x', lambda: m.span('x'))
attempt('getitem 9', lambda: m[9])
attempt('error str', lambda: str(re.error('boom')))
attempt('error attrs', lambda: (re.error('boom').msg, re.error('boom').pos))
e = re.error('bad', 'ab\ncd', 4)
print(str(e), e.lineno, e.colno, e.pos)
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
