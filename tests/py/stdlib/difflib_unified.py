# unified_diff, context_diff, diff_bytes and get_close_matches.
import difflib
from difflib import unified_diff, context_diff, diff_bytes, get_close_matches


def show(lines):
    print(''.join(lines), end='')
    print('=====')


s1 = ['bacon\n', 'eggs\n', 'ham\n', 'guido\n']
s2 = ['python\n', 'eggy\n', 'hamster\n', 'guido\n']
show(context_diff(s1, s2, fromfile='before.py', tofile='after.py'))
show(unified_diff(s1, s2, fromfile='before.py', tofile='after.py'))
show(unified_diff(s1, s2, 'a', 'b', '2005-01-26 23:30:50', '2010-04-02'))
show(context_diff(s1, s2, 'a', 'b', '2005-01-26 23:30:50', '2010-04-02'))
show(unified_diff(s1, s1))
show(context_diff(s1, s1))

# Without newlines, using lineterm=''.
a = 'one two three four five six seven eight nine ten'.split()
b = 'zero one tree four five six seven eight nine ten eleven'.split()
for line in unified_diff(a, b, lineterm=''):
    print(line)
for line in context_diff(a, b, lineterm=''):
    print(line)
for line in unified_diff(a, b, n=0, lineterm=''):
    print(line)
for line in context_diff(a, b, n=0, lineterm=''):
    print(line)

# Hunks split by long equal runs, and the range formats.
a = ['%d\n' % i for i in range(30)]
b = list(a)
b[2] = 'two\n'
b[15:17] = []
b.insert(25, 'inserted\n')
b.append('end\n')
for n in (0, 1, 3, 5):
    show(unified_diff(a, b, 'a', 'b', n=n))
    show(context_diff(a, b, 'a', 'b', n=n))

# Edge cases: empty inputs, pure insertion and deletion.
show(unified_diff([], ['x\n']))
show(unified_diff(['x\n'], []))
show(context_diff([], ['x\n', 'y\n']))
show(context_diff(['x\n', 'y\n'], []))
show(unified_diff(['a\n', 'b\n', 'c\n'], ['a\n', 'c\n']))
show(context_diff(['a\n', 'b\n', 'c\n'], ['a\n', 'c\n']))
show(unified_diff(['a\n', 'c\n'], ['a\n', 'b\n', 'c\n']))
show(context_diff(['a\n', 'c\n'], ['a\n', 'b\n', 'c\n']))
show(unified_diff([], []))

# Type checks.
for args in [([b'a'], ['b']), (['a'], [1]), (['a'], ['b'], 'x', 3),
             (['a'], ['b'], b'from')]:
    for func in (unified_diff, context_diff):
        try:
            list(func(*args))
        except TypeError as e:
            print(func.__name__, type(e).__name__, e)

# diff_bytes runs a str diff function over bytes.
ba = [b'caf\xe9\n', b'one\n', b'\xff\xfe\n']
bb = [b'cafe\n', b'one\n', b'\xff\xfd\n']
for line in diff_bytes(unified_diff, ba, bb, b'old', b'new', b'd1', b'd2'):
    print(line)
for line in diff_bytes(context_diff, ba, bb, lineterm=b''):
    print(line)
try:
    list(diff_bytes(unified_diff, ['a\n'], [b'b\n']))
except TypeError as e:
    print(type(e).__name__, e)

# get_close_matches.
print(get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
import keyword
print(get_close_matches('wheel', keyword.kwlist))
print(get_close_matches('pineapple', keyword.kwlist))
print(get_close_matches('accept', keyword.kwlist))
print(get_close_matches('lamdba', keyword.kwlist, n=1))
print(get_close_matches('retrun', keyword.kwlist, n=5, cutoff=0.3))
print(get_close_matches('abc', ['abc', 'abd', 'acb', 'bac', 'abcd'], n=10))
print(get_close_matches('abc', ['abd', 'abe', 'abf'], n=2))
print(get_close_matches('abc', [], n=2))
print(get_close_matches('', ['', 'a'], cutoff=0.0))
print(get_close_matches(['a', 'b'], [['a', 'c'], ['a', 'b', 'c']]))
for n, cutoff in [(0, 0.5), (-1, 0.5), (3, 1.5), (3, -0.1), (2.5, 0.5)]:
    try:
        print(get_close_matches('x', ['x', 'y'], n, cutoff))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
