# Look-ahead and look-behind, atomic groups, possessive repeats,
# conditionals, backreferences and long subjects.
import re

cases = [
    (r'foo(?=bar)', 'foobaz foobar'), (r'foo(?!bar)', 'foobar foobaz'), (r'(?<=\$)\d+', 'cost $42'),
    (r'(?<!\$)\b\d+', '$42 and 17'), (r'(?<=ab)c', 'abc'), (r'(?<=a|b)c', 'bc'), (r'(?<=(a))b', 'ab'),
    (r'(?<!a)b', 'ab cb'), (r'(?=(\w+))\w', 'abc'), (r'(?=a)a', 'a'), (r'(?!a)\w', 'ab'),
    (r'\w+(?<=s)\b', 'cats and dogs'), (r'(?<=\d{3})x', '12x 123x'), (r'(?<![a-z])\d', 'a1 2'),
    (r'(?=.*\d)(?=.*[a-z])\w{6,}', 'abc123'), (r'(?=.*\d)(?=.*[a-z])\w{6,}', 'abcdef'),
    (r'^(?!.*bad).*$', 'good stuff'), (r'^(?!.*bad).*$', 'some bad stuff'),
    (r'(?:(?=(a))x|a)', 'a'), (r'(?<=^)a', 'a'), (r'(?<=\b)a', ' a'), (r'a(?=$)', 'ba'),
    (r'(?>a+)b', 'aaab'), (r'(?>a+)a', 'aaa'), (r'(?>a|ab)c', 'abc'), (r'(?:a|ab)c', 'abc'),
    (r'a++b', 'aab'), (r'a++a', 'aaa'), (r'a*+a', 'aaa'), (r'a?+a', 'a'), (r'(?:ab)++', 'ababa'),
    (r'a{1,2}+a', 'aaa'), (r'[ab]*+b', 'aab'), (r'(\w+)++\d', 'ab1'), (r'x*+', 'xxx'),
    (r'(a)?(?(1)b|c)', 'ab'), (r'(a)?(?(1)b|c)', 'c'), (r'(a)?(?(1)b|c)', 'ac'),
    (r'(?P<q><)?\w+(?(q)>)', '<abc>'), (r'(?P<q><)?\w+(?(q)>)', 'abc>'), (r'(a)?(?(1)b)c', 'c'),
    (r'^(<)?[a-z]+(?(1)>)$', '<ab>'), (r'^(<)?[a-z]+(?(1)>)$', '<ab'),
    (r'(\w+) \1', 'hello hello'), (r'(\w+) \1', 'hello help'), (r'(?P<w>\w)(?P=w)', 'abccd'),
    (r'(a)|\1', 'x'), (r'(a)?b\1', 'b'), (r'(\d)(\d)\2\1', '1221'), (r'(.)\1+', 'abbbc'),
    (r'(a*)\1', 'aaaa'), (r'(?i)(ab)\1', 'abAB'), (r'(a)(?<=\1)', 'a'),
    (r'\b\w+\b', '  hi  '), (r'\Bb\B', 'abc'), (r'a\b', 'a'), (r'\b', ''), (r'\B', ''),
    (r'\B', 'a'), (r'^\B$', ''), (r'(?m)^\w+$', 'one\ntwo'), (r'(?m)\A\w+', 'one\ntwo'),
]
for p, s in cases:
    m = re.search(p, s)
    print(repr(p), repr(s), m and (m.span(), m.groups()), re.findall(p, s))

# Long subjects do not exhaust the recursion limit.
n = 20000
print(re.match('a*', 'a' * n).end(), re.match('a*?$', 'a' * n).end(), re.match('.*b', 'a' * n + 'b').end())
print(re.match('(?:ab)*', 'ab' * n).end(), re.match('(ab)+', 'ab' * n).span(1))
print(re.match('(?:a|b)*c', 'ab' * n + 'c').end(), re.match(r'(\w)*', 'xy' * n).group(1))
print(re.search('x+y', 'x' * n + 'y').span(), re.search('[a-z]+!', 'q' * n + '!').span())
print(re.fullmatch('(?:a+b)*', 'aab' * 3000) is not None, re.match('(a|b)*?c', 'ab' * 1000 + 'c').span())
print(len(re.findall(r'\b\w', 'ab ' * n)), re.search(r'(?<=a)b', 'a' * n + 'b').span())
print(re.match('é*', 'é' * n).end(), re.search('(?:é.)+x', 'éa' * 5000 + 'x').span())

# Catastrophic-looking but bounded patterns.
print(re.match(r'(a+)+b', 'a' * 18 + 'b').span(), re.match(r'(x+x+)+y', 'xxxxxxxxxxy').span())
print(re.search(r'(\d+)\s+\1', 'x 12 12 y'), re.search(r'^(\w+)\s*=\s*(.*?)\s*$', 'key = some value  ').groups())
