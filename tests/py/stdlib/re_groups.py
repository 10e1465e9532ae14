# The Match and Pattern objects: groups, names, spans, repr, expand.
import re

m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?P<rest> .*)?', 'Isaac Newton, physicist')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('last'), m.group(1, 'last', 0))
print(m.groups(), m.groups('dflt'), m.groupdict(), m.groupdict('-'))
print(m.start(), m.end(), m.span(), m.start(2), m.end('first'), m.span('rest'))
print(m[0], m[1], m['last'], m.lastindex, m.lastgroup, m.pos, m.endpos)
print(m.re, m.string, m.regs)
print(m.expand(r'\g<last>, \1'), m.expand(r'<\g<rest>>'), bool(m))

rx = re.compile(r'(a)(b)?(?P<c>c)?')
print(rx.pattern, rx.flags, rx.groups, rx.groupindex)
for s in ['a', 'ab', 'abc', 'ac']:
    m = rx.match(s)
    print(repr(s), m.groups(), m.lastindex, m.lastgroup, m.span(2), m.span('c'), m.group(2, 3))

# lastindex follows the group that closed last.
for p, s in [('(a)(b)', 'ab'), ('((a)b)', 'ab'), ('(a)|(b)', 'b'), ('(?P<x>a)(?P<y>b)?', 'a'),
             ('(a(b))', 'ab'), ('a', 'a'), ('(a)*', 'aaa'), ('(?:(a)|b)*', 'ab'), ('(a|b)*', 'ab')]:
    m = re.match(p, s)
    print(p, m.lastindex, m.lastgroup, m.groups())

# Repeated groups keep their last iteration.
for p, s in [(r'(\w)+', 'abc'), (r'(\d+,)*', '1,22,333,'), (r'(a|bc)*', 'abcbca'),
             (r'(?:(\w)(\d))+', 'a1b2c3'), (r'(a*)+', 'aaa'), (r'(a*)*', 'b'), (r'(a?)+?b', 'aab'),
             (r'((a)|b)+', 'ab'), (r'(x)?(y)?z', 'z'), (r'(a+)(a+)', 'aaaa'), (r'(a+?)(a+)', 'aaaa')]:
    m = re.match(p, s)
    print(p, repr(s), m.span(), m.groups())

# pos and endpos.
rx = re.compile(r'\w+')
print(rx.search('hello world', 3), rx.search('hello world', 3, 8), rx.match('hello', 1, 3))
print(rx.search('abc', -5), rx.search('abc', 10), rx.search('abc', 2, 1), rx.fullmatch('abcd', 1, 3))
m = rx.search('hello world', 6, 100)
print(m.pos, m.endpos, m.span())
print(re.compile('^a').search('ba', 1), re.compile('a$').search('ab', 0, 1), re.compile(r'\Z').search('abc', 0, 2))
print(re.compile(r'(?<=a)b').search('ab', 1), re.compile(r'\bb').search('ab', 1))

# Patterns: repr, equality and the cache.
for p, f in [('a+', 0), ('a+', re.I), ('a', re.I | re.M | re.S), (b'a', 0), (b'a', re.I),
             ('a', re.A), ('a', re.U), ('a', re.X | re.DEBUG * 0), ('(?i)a', 0), ("it's", 0),
             ('a' * 300, 0)]:
    print(repr(re.compile(p, f)))
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I),
      re.compile('x') is re.compile('x'), hash(re.compile('q')) == hash(re.compile('q')))
re.purge()
print(re.compile('x').pattern)
print(type(re.compile('a')).__name__, type(re.match('a', 'a')).__name__)
print(isinstance(re.compile('a'), re.Pattern), isinstance(re.match('a', 'a'), re.Match))

# Match reprs.
for p, s in [('a', 'a'), ('', ''), (b'ab', b'ab'), ('.', "'"), ('.+', 'a"b\'c'), ('x', 'yx')]:
    print(re.search(p, s))

# Unicode subjects.
m = re.search(r'(\w+)\s(\w+)', 'ça va très bien')
print(m, m.groups(), m.span(2))
m = re.search(r'(é+)(.)', 'xxéééyz')
print(m.group(1), m.group(2), m.start(1), m.end(1))
print(re.findall(r'\d', '١٢3'), re.findall(r'\w+', 'naïve café 日本'), re.findall(r'\s', 'a\u3000b\xa0c'))
