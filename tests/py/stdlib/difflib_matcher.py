# SequenceMatcher: longest matches, matching blocks, opcodes, ratios, junk.
import difflib
from difflib import SequenceMatcher, Match


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# The examples of the documentation.
s = SequenceMatcher(None, " abcd", "abcd abcd")
show('flm1', lambda: s.find_longest_match(0, 5, 0, 9))
s = SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
show('flm2', lambda: s.find_longest_match(0, 5, 0, 9))
show('flm3', lambda: s.find_longest_match())
show('flm4', lambda: s.find_longest_match(1))
show('flm5', lambda: s.find_longest_match(0, 5, 5))
s = SequenceMatcher(None, "ab", "c")
show('flm6', lambda: s.find_longest_match(0, 2, 0, 1))

s = SequenceMatcher(lambda x: x == " ",
                    "private Thread currentThread;",
                    "private volatile Thread currentThread;")
print(round(s.ratio(), 3))
for block in s.get_matching_blocks():
    print("a[%d] and b[%d] match for %d elements" % block)
for opcode in s.get_opcodes():
    print("%6s a[%d:%d] b[%d:%d]" % opcode)

s = SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
a = "qabxcd"
b = "abycdf"
s = SequenceMatcher(None, a, b)
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('{:7}   a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}'.format(
        tag, i1, i2, j1, j2, a[i1:i2], b[j1:j2]))
s = SequenceMatcher(None, "abcd", "bcde")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())

# Match is a named tuple.
m = Match(1, 2, 3)
print(m, m.a, m.b, m.size, m == (1, 2, 3), m._fields, m._asdict())
print(m._replace(size=9), Match._make([4, 5, 6]), tuple(m))
i, j, k = m
print(i + j + k)

# Empty sequences.
for x, y in [('', ''), ('abc', ''), ('', 'abc')]:
    s = SequenceMatcher(None, x, y)
    print(repr(x), repr(y), s.get_matching_blocks(), s.get_opcodes(),
          s.ratio(), s.quick_ratio(), s.real_quick_ratio(),
          list(s.get_grouped_opcodes()))

# Lists of lines and tuples work as well as strings.
s = SequenceMatcher(None, ['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd', 'e'])
print(s.get_opcodes())
s = SequenceMatcher(None, (1, 2, 3, 4, 5), (0, 1, 2, 4, 5, 6))
print(s.get_matching_blocks(), s.ratio())

# set_seq1 / set_seq2 / set_seqs reset the cached results.
s = SequenceMatcher()
s.set_seqs('abcd', 'abed')
print(s.get_opcodes())
s.set_seq1('xbcd')
print(s.get_opcodes())
s.set_seq2('xbc')
print(s.get_opcodes(), s.a, s.b)

# Junk: b2j leaves junk out and bjunk records it.
s = SequenceMatcher(lambda c: c in 'xy', 'axbyc', 'xxabcyy')
print(sorted(s.b2j.items()), sorted(s.bjunk), sorted(s.bpopular))
print(s.get_matching_blocks(), s.get_opcodes())

# autojunk: items making up more than 1% of a b of 200+ items are popular.
b = 'a' * 3 + 'b' * 197 + 'c'
s = SequenceMatcher(None, 'abc', b)
print(sorted(s.bpopular), sorted(s.b2j), s.get_matching_blocks())
s = SequenceMatcher(None, 'abc', b, autojunk=False)
print(sorted(s.bpopular), sorted(s.b2j), s.get_matching_blocks())
b = 'x' * 199
s = SequenceMatcher(None, 'xx', b)
print(sorted(s.bpopular), s.get_matching_blocks())
b = 'x' * 200
s = SequenceMatcher(None, 'xx', b)
print(sorted(s.bpopular), s.get_matching_blocks(), round(s.ratio(), 6))
# Exactly at the popularity limit: n // 100 + 1 occurrences are allowed.
b = 'a' * 3 + 'z' * 197
s = SequenceMatcher(None, 'aaa', b)
print(sorted(s.bpopular), s.get_matching_blocks())
b = 'a' * 4 + 'z' * 196
s = SequenceMatcher(None, 'aaa', b)
print(sorted(s.bpopular), s.get_matching_blocks())

# Popular elements next to a match are still absorbed into it.
a = 'q' + 'b' * 5 + 'pz'
b = 'b' * 250 + 'pz'
s = SequenceMatcher(None, a, b)
print(s.find_longest_match(), s.get_matching_blocks())

# Junk next to a match is absorbed at both ends.
s = SequenceMatcher(lambda c: c == '-', '--ab--', '--ab--')
print(s.find_longest_match(), s.get_opcodes())
s = SequenceMatcher(lambda c: c == '-', 'x--ab--y', 'z--ab--w')
print(s.find_longest_match(), s.get_opcodes())

# get_grouped_opcodes with different context sizes.
a = [str(i) for i in range(40)]
b = list(a)
b[5] = 'five'
b[20:22] = []
b.insert(35, 'new')
for n in (0, 1, 3, 10):
    s = SequenceMatcher(None, a, b)
    print(n, list(s.get_grouped_opcodes(n)))
s = SequenceMatcher(None, a, a)
print(list(s.get_grouped_opcodes()))
# As in CPython, grouping trims the cached opcode list itself.
s = SequenceMatcher(None, a, b)
print(s.get_opcodes()[0])
list(s.get_grouped_opcodes(2))
print(s.get_opcodes()[0], s.get_opcodes()[-1])

# The same matcher reused against many first sequences.
s = SequenceMatcher()
s.set_seq2('python')
for word in ['pyhton', 'java', 'pythonic', 'typhon', '', 'p']:
    s.set_seq1(word)
    print(word, round(s.ratio(), 4), round(s.quick_ratio(), 4),
          round(s.real_quick_ratio(), 4))

print(SequenceMatcher[str])

# Pseudo-random inputs, compared in full.
state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return state % n


def rstr(n, alpha):
    return ''.join(alpha[rnd(len(alpha))] for _ in range(n))


total = 0
for trial in range(60):
    x = rstr(rnd(30), 'abcd ')
    y = rstr(rnd(30), 'abcd ')
    junk = (lambda c: c == ' ') if trial % 3 == 0 else None
    s = SequenceMatcher(junk, x, y)
    print(repr(x), repr(y), s.get_opcodes(), round(s.ratio(), 6),
          round(s.quick_ratio(), 6))
for trial in range(8):
    x = [rstr(2, 'ab') for _ in range(150 + rnd(200))]
    y = [rstr(2, 'ab') for _ in range(150 + rnd(200))]
    s = SequenceMatcher(None, x, y)
    print(len(x), len(y), sorted(s.bpopular), s.get_matching_blocks()[:6],
          round(s.ratio(), 6))
