# sub, subn, split, findall and finditer, including the empty-match rules.
import re

pairs = [
    ('x*', 'abxd'), ('x*', ''), ('x*', 'xxx'), ('a|', 'baac'), ('', 'abc'), (r'\b', 'ab cd'),
    (r'\s+', ' a  b c '), (',', 'a,b,,c,'), ('(,)', 'a,b,,c'), ('(,)|(;)', 'a,b;c'),
    (r'(\d)(\w)?', '1a2 3'), ('a*?', 'baaa'), ('(?:)', 'ab'), ('^', 'ab\ncd'), ('$', 'ab\ncd\n'),
    ('(?m)^', 'ab\ncd\n'), ('(?m)$', 'ab\ncd\n'), (r'\W+', 'Words, words, words.'),
    (r'(\W+)', 'Words, words, words.'), ('[aeiou]', 'education'), ('(a)(x)?', 'banana'),
    ('x?', 'axbxx'), (r'\d+', 'a1b22c333'), ('(?=b)', 'abab'), ('(?<=a)', 'abab'),
    ('é', 'caféé'), ('.', 'é\u00e0b'), ('(?s).', 'a\nb'), ('ab|a', 'abaab'),
]
for p, s in pairs:
    print(repr(p), repr(s))
    print('  sub', repr(re.sub(p, '-', s)), re.subn(p, '<\\g<0>>', s))
    print('  sub1', repr(re.sub(p, '-', s, count=1)), repr(re.sub(p, '-', s, 2)))
    print('  split', re.split(p, s), re.split(p, s, maxsplit=1), re.split(p, s, 2))
    print('  findall', re.findall(p, s))
    print('  finditer', [(m.span(), m.group()) for m in re.finditer(p, s)])

# Replacement templates.
s = 'John Smith, Jane Doe'
p = r'(?P<first>\w+) (?P<last>\w+)'
for t in [r'\2 \1', r'\g<last>, \g<first>', r'\g<0>!', r'[\g<2>]', r'\\', r'\n', r'a\&b',
          r'\g<1>0', r'\10', r'\0', r'\1\1']:
    try:
        print(repr(t), repr(re.sub(p, t, s)))
    except Exception as e:
        print(repr(t), type(e).__name__, e)
print(re.sub('(a)|b', r'[\1]', 'abc'))
print(re.sub('(a)?b', r'<\1>', 'b ab'))

# Function replacements.
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub(r'\w+', lambda m: m.group().upper(), 'hello world', count=1))
print(re.subn('a', lambda m: '', 'banana'))
print(re.sub('(?P<n>\\d)', lambda m: m['n'] * 2, '1-2-3'))
calls = []
print(re.sub('x*', lambda m: calls.append(m.span()) or '.', 'axb'), calls)

# Pattern methods with pos and endpos.
rx = re.compile(r'\d')
print(rx.findall('1a2b3c4', 2), rx.findall('1a2b3c4', 2, 5), rx.findall('1a2b3c4', 0, 100))
print([m.span() for m in rx.finditer('1a2b3c4', 1, 6)])
print(rx.split('1a2b3c'), rx.split('1a2b3c', 2), rx.sub('#', '1a2b3c', 2), rx.subn('#', 'abc'))
print(re.split('x', 'axbxc', -1), re.split('x', 'axbxc', 0), re.sub('x', '-', 'axbxc', -1))

# Bytes.
print(re.sub(rb'\d', b'#', b'a1b2'), re.split(rb',', b'a,b'), re.findall(rb'\w+', b'ab cd'))
print(re.sub(rb'(\w)(\d)', rb'\2\1', b'a1 b2'), re.subn(b'a', b'', b'banana'))
print(re.sub(b'a', lambda m: m.group().upper(), b'banana'))

# Larger inputs.
text = 'word ' * 2000
print(len(re.findall(r'\w+', text)), len(re.split(' ', text)), re.subn('o', '0', text)[1])
print(len(re.sub(r'(\w+) ', r'\1,', text)))
long_uni = 'é' * 3000 + 'x' + 'é' * 10
print(re.search('x', long_uni).span(), len(re.findall('é', long_uni)), re.sub('é+', '-', long_uni))
