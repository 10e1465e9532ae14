# Randomly built patterns (from a fixed seed) matched against random strings:
# search, findall and sub results, compared with CPython's.
import random
import re

rng = random.Random(12345)
atoms = ['a', 'b', 'c', '.', '[ab]', '[^a]', r'\w', r'\d', r'\s', '(a)', '(b|c)', '(?:ab)',
         '(a|)', r'\b', '^', '$', '(?=a)', '(?!b)', '(?<=a)', '(?<!b)', '(?>a|ab)', 'x', '1', ' ']
quants = ['', '', '', '*', '+', '?', '*?', '+?', '??', '{2}', '{1,2}', '{,2}', '*+', '++', '{0,}?']


def make_pattern(depth):
    parts = []
    for _ in range(rng.randint(1, 4)):
        if depth > 0 and rng.random() < 0.25:
            inner = make_pattern(depth - 1)
            atom = rng.choice(['(%s)', '(?:%s)', '(?:%s|b)', '(%s|)']) % inner
        else:
            atom = rng.choice(atoms)
        q = rng.choice(quants)
        if q and atom in ('^', '$', r'\b'):
            q = ''
        parts.append(atom + q)
    return ''.join(parts)


def make_string():
    return ''.join(rng.choice('aabbcx1 ') for _ in range(rng.randint(0, 9)))


total = 0
for _ in range(400):
    p = make_pattern(2)
    try:
        rx = re.compile(p)
    except re.error as e:
        print(repr(p), 'error', e)
        continue
    for _ in range(4):
        s = make_string()
        m = rx.search(s)
        res = m and (m.span(), m.groups())
        print(repr(p), repr(s), res, rx.findall(s), repr(rx.sub('-', s)))
        total += 1
print(total)
