# Seeded random patterns of literals, alternations, dots and repeats (the
# search shortcuts: first-character sets, literal prefixes, the literal
# after a greedy repeat) through search/findall/sub/split/match/fullmatch.
import random
import re

r = random.Random(11)
atoms = ['a', 'b', 'ab', 'ba', 'x', '.', '\\n', '[ab]', '[^a]', '(a)', '(ab|ba)', '(?:x|ab)', 'a|b', 'ab|xy|b']
quant = ['', '', '*', '+', '?', '*?', '+?', '{1,2}', '*+']
out = []
for n in range(300):
    pat = ''.join(r.choice(atoms) + r.choice(quant) for _ in range(r.randrange(1, 5)))
    if r.random() < 0.3:
        pat = r.choice(['ab|ba', 'x|ab', 'abx|b', '(ab)|(xy)']) + '|' + pat
    try:
        p = re.compile(pat, r.choice([0, 0, re.S, re.M]))
    except re.error as e:
        out.append(('err', pat, str(e)))
        continue
    for _ in range(3):
        s = ''.join(r.choice('abxy\n') for _ in range(r.randrange(0, 14)))
        m = p.search(s)
        out.append((pat, s, m and m.span(), m and m.groups(), p.findall(s), p.sub('-', s), p.split(s), bool(p.match(s)), bool(p.fullmatch(s))))
for o in out:
    print(o)
