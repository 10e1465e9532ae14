# Flags: RegexFlag values and reprs, inline and scoped flags, case folding,
# multi-line, dot-all, verbose and ASCII modes, bytes patterns.
import re

for f in [re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.DEBUG, re.NOFLAG, re.T,
          re.I | re.M, re.I | re.S | re.X, ~re.I, ~re.NOFLAG, re.I ^ re.M, re.I & re.M,
          re.RegexFlag(1024), re.RegexFlag(1025), re.I | 1024, re.IGNORECASE | re.TEMPLATE]:
    print(repr(f), str(f), int(f), type(f).__name__)
print(re.I == 2, re.I + 0, re.M | 0, re.I | re.M == 10, format(re.I, 'd'), '%d' % re.S)
print(re.IGNORECASE is re.I, re.RegexFlag.IGNORECASE == re.I, re.NOFLAG == 0)
print(re.compile('a').flags, re.compile(b'a').flags, re.compile('(?i)a').flags,
      re.compile('(?ms)a', re.X).flags, re.compile('a', re.A).flags, re.compile('(?a)a').flags)

cases = [
    ('abc', 'ABC', re.I), ('[a-z]+', 'HeLLo', re.I), ('[^a-z]+', 'HeLLo1', re.I),
    ('straße', 'STRASSE', re.I), ('é', 'É', re.I), ('É', 'é', re.I), (r'\w+', 'ÉCOLE', re.I),
    ('k', '\u212a', re.I), ('s', '\u017f', re.I), ('\u212a', 'k', re.I), ('\u017f', 'S', re.I),
    ('k', '\u212a', re.I | re.A), ('σ', 'Σς', re.I), ('[σ]+', 'Σς', re.I),
    (r'(a)\1', 'aA', re.I), (r'(?i)(a)\1', 'Aa', 0), ('[A-Z]', 'k', re.I), ('[k-m]+', 'KLM', re.I),
    ('^b', 'a\nb', 0), ('^b', 'a\nb', re.M), ('a$', 'a\nb', 0), ('a$', 'a\nb', re.M),
    ('a$', 'a\n', 0), ('a\\Z', 'a\n', 0), ('a.b', 'a\nb', 0), ('a.b', 'a\nb', re.S),
    ('(?s:a.b)', 'a\nb', 0), ('(?-s:a.b)', 'a\nb', re.S), ('a (?i:b) c', 'a B c', 0),
    ('(?i:a)b', 'AB', 0), ('(?i:a)b', 'Ab', 0), ('(?-i:a)b', 'AB', re.I), ('(?-i:a)b', 'aB', re.I),
    (' a b # comment\n c ', 'abc', re.X), ('a\\ b', 'a b', re.X), ('[ ]a', ' a', re.X),
    ('(?x) a  b', 'ab', 0), ('a(?x: b c )d', 'abcd', 0), ('a{2} # two', 'aa', re.X),
    (r'\w+', 'café', 0), (r'\w+', 'café', re.A), (r'(?a)\w+', 'café', 0), (r'(?a:\w)+é', 'cé', 0),
    (r'\d+', '٣4', 0), (r'\d+', '٣4', re.A), (r'\s+', '\x1c\u2003 ', 0), (r'\s+', '\x1c ', re.A),
    (r'\bé', ' é', 0), (r'\bé', ' é', re.A), (r'[\w]+', 'ñú', 0), (r'[\W]+', 'ñú!', re.A),
    ('(?i)ǅ', 'ǆ', 0), ('(?i)ǅ', 'Ǆ', 0), ('ﬀ', 'FF', re.I), ('İ', 'i', re.I), ('ı', 'I', re.I),
    ('(?im)^A$', 'x\na\n', 0), ('(?i)[^k]', '\u212a', 0), ('(?mx) ^ b $', 'a\nb\nc', 0),
]
for p, s, f in cases:
    m = re.search(p, s, f)
    print(repr(p), repr(s), repr(f), m and (m.span(), m.group()))

bcases = [
    (rb'\w+', 'café'.encode('latin-1')), (rb'[a-z]+', b'ABC'), (rb'\d', b'\xb2'),
    (rb'\s+', b'\x1c\x85 '), (rb'.', b'\xff'), (rb'[\x80-\xff]+', b'a\x80\xffb'),
    (rb'(?i)\xe9', b'\xc9'), (rb'(?i)abc', b'aBC'), (rb'\bx', b'\xe9x'), (rb'a\nb', b'a\nb'),
]
for p, s in bcases:
    m = re.search(p, s)
    print(repr(p), repr(s), m and (m.span(), m.group()))
print(re.search(rb'(?L)\w', b'a'), re.compile(rb'a', re.L).flags)
print(re.findall(b'(?i)[A-C]', b'abcABC'), re.split(rb'\W', b'a b\xffc'))

# Escaping.
for s in ['a.b', 'a b', '1+1=2', '[x]', 'é!', '\t\n', '_-~#&', 'plain', '']:
    esc = re.escape(s)
    print(repr(s), repr(esc), re.fullmatch(esc, s) is not None)
print(re.escape(b'a.b\x00\xff'), re.escape(b'1+1'))
