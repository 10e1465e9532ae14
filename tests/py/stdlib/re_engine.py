# The matching engine against CPython on randomly built patterns (from a
# fixed seed): case folding of non-ASCII letters, classes and categories,
# anchors, back references, conditionals, look-around, atomic groups and
# every kind of repeat, through search, match, fullmatch, findall, sub and
# split.
import random
import re

rng = random.Random(2024)
atoms = ['a', 'b', 'A', 'é', 'É', 'ß', 'k', 'K', 's', 'ſ', '.', '[ab]', '[^a]', '[a-zé]', '[A-Z]', '[^\\W\\d]', r'\w', r'\W', r'\d', r'\s', r'\S', '(a)', '(b|c)', '(?:ab)',
         '(a|)', r'\b', r'\B', '^', '$', r'\A', r'\Z', '(?=a)', '(?!b)', '(?<=a)', '(?<!b)', '(?>a|ab)', 'x', '1', ' ', '\n', r'\1', '(?(1)a|b)', '[\u0100-\u0800]', '[^\n]', '(?P<n>a)', '(?P=n)']
quants = ['', '', '', '*', '+', '?', '*?', '+?', '??', '{2}', '{1,2}', '{,2}', '*+', '++', '{0,}?', '{2,}']
def make_pattern(depth):
    parts = []
    for _ in range(rng.randint(1, 4)):
        if depth > 0 and rng.random() < 0.3:
            inner = make_pattern(depth - 1)
            atom = rng.choice(['(%s)', '(?:%s)', '(?:%s|b)', '(%s|)', '(?i:%s)', '(?=%s)', '(?>%s)']) % inner
        else:
            atom = rng.choice(atoms)
        q = rng.choice(quants)
        if q and atom in ('^', '$', r'\b', r'\B', r'\A', r'\Z') or atom.startswith('(?=') or atom.startswith('(?<') or atom.startswith('(?!'):
            q = ''
        parts.append(atom + q)
    return ''.join(parts)
def make_string():
    return ''.join(rng.choice('aabbcxéÉßkKsſ1 \nA') for _ in range(rng.randint(0, 10)))
flagsets = [0, re.I, re.M, re.S, re.I | re.M, re.A, re.A | re.I]
for k in range(220):
    p = make_pattern(2)
    fl = rng.choice(flagsets)
    try:
        r = re.compile(p, fl)
    except (re.error, RecursionError, OverflowError) as e:
        print(k, 'error', type(e).__name__)
        continue
    for _ in range(3):
        s = make_string()
        m = r.search(s)
        out = [m and (m.span(), m.groups(), m.lastindex)]
        m = r.match(s, 1)
        out.append(m and m.span())
        m = r.fullmatch(s)
        out.append(m and m.span())
        out.append(r.findall(s))
        out.append(r.sub('-', s))
        out.append(r.split(s))
        print(k, repr(p), fl, repr(s), out)
