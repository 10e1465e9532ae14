# Differ and ndiff: line deltas with '?' hint lines, restore, junk filters.
import difflib
from difflib import Differ, ndiff, restore, IS_LINE_JUNK, IS_CHARACTER_JUNK


def show(lines):
    print(''.join(lines), end='')
    print('=====')


text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
d = Differ()
result = list(d.compare(text1, text2))
show(result)
show(ndiff(text1, text2))

diff = list(ndiff('one\ntwo\nthree\n'.splitlines(keepends=True),
                  'ore\ntree\nemu\n'.splitlines(keepends=True)))
show(diff)
show(restore(diff, 1))
show(restore(diff, 2))
for which in (0, 3, '1', 'x'):
    try:
        print(list(restore(diff, which))[:1])
    except Exception as e:
        print(type(e).__name__, e)

# Tabs and spaces of the original survive in the guide lines.
show(ndiff(['\tabc def\n', 'x\n'], ['\tabX def\n', 'y\n']))
show(ndiff(['    indented line here\n'], ['    indented lyne here!\n']))
show(ndiff(['a b c d e f\n'], ['a b x d e f g\n']))
show(ndiff(['abcdefghij\n'], ['abcdefghij\n', 'abcdefghiX\n']))
show(ndiff(['abcdefghij\n', 'zzz\n'], ['zzz\n', 'abcdXfghij\n']))

# Identical lines inside a replaced block anchor the comparison.
show(ndiff(['aaa\n', 'same\n', 'bbb\n'], ['xyz\n', 'same\n', 'qrs\n']))
show(ndiff(['1\n', '2\n', '3\n'], ['4\n', '5\n']))
show(ndiff(['1\n', '2\n'], ['4\n', '5\n', '6\n']))
show(ndiff([], ['a\n']))
show(ndiff(['a\n'], []))
show(ndiff([], []))

# Lines without newlines give guide lines with newlines.
print(list(ndiff(['hello world'], ['hello wrld'])))
print(list(ndiff(['abc'], ['abd'])))
print(list(ndiff(['private Thread currentThread;'],
                 ['private volatile Thread currentThread;'])))

# linejunk and charjunk.
a = ['line one\n', '\n', 'line two\n', '#\n', 'line three\n']
b = ['line one\n', 'line 2\n', '  #  \n', 'line three\n', '\n']
show(ndiff(a, b))
show(ndiff(a, b, linejunk=IS_LINE_JUNK))
show(ndiff(a, b, charjunk=None))
show(Differ(charjunk=lambda c: c in 'aeiou').compare(
    ['the quick brown fox\n'], ['the quack brewn fix\n']))

for line in ['', '\n', '   \n', '#\n', '  #  \n', ' # x\n', 'x\n', '##\n',
             '\t#\t\n']:
    print(repr(line), IS_LINE_JUNK(line))
for ch in [' ', '\t', '\n', 'x', '#', '']:
    print(repr(ch), IS_CHARACTER_JUNK(ch))

# Many similar lines: the best pair is chosen, ties go to the first one.
a = ['abcdef%d\n' % i for i in range(6)]
b = ['abcdeg%d\n' % i for i in range(4)] + ['zzzz\n']
show(ndiff(a, b))
a = ['The quick brown fox jumps over the lazy dog.\n',
     'Pack my box with five dozen liquor jugs.\n',
     'How vexingly quick daft zebras jump!\n']
b = ['How vexingly quick daft zebras jumped!\n',
     'The quick brown fox jumped over the lazy dogs.\n',
     'Sphinx of black quartz, judge my vow.\n',
     'Pack my box with five dozen liquor jug.\n']
show(ndiff(a, b))
show(restore(ndiff(a, b), 2))

# Longer pseudo-random texts.
state = 7


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return state % n


def rline():
    return ''.join('ab c\t'[rnd(5)] for _ in range(rnd(14))) + '\n'


for trial in range(4):
    x = [rline() for _ in range(25)]
    y = [line if rnd(10) < 6 else rline() for line in x]
    y.insert(rnd(20), rline())
    del y[rnd(20)]
    delta = list(ndiff(x, y))
    show(delta)
    print(list(restore(delta, 1)) == x, list(restore(delta, 2)) == y)
