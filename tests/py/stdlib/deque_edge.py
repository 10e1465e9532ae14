# deque: mutation during iteration and during searches, index bounds,
# insertion positions, deletion, self-extension and method argument errors.
from collections import deque


def attempt(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


# Changing the size of a deque while a for loop walks it raises
# RuntimeError on the next step; replacing an item does not.
def loop(label, d, action, rev=False):
    seen = []
    try:
        for x in (reversed(d) if rev else d):
            seen.append(x)
            action(d, x)
    except RuntimeError as e:
        print(label, seen, 'RuntimeError', e)
    else:
        print(label, seen, 'finished', d)


loop('append', deque([1, 2, 3]), lambda d, x: d.append(x))
loop('appendleft', deque([1, 2, 3]), lambda d, x: d.appendleft(x))
loop('pop', deque([1, 2, 3]), lambda d, x: d.pop())
loop('popleft', deque([1, 2, 3]), lambda d, x: d.popleft())
loop('clear', deque([1, 2, 3]), lambda d, x: d.clear())
loop('remove', deque([1, 2, 3]), lambda d, x: d.remove(x))
loop('extend empty', deque([1, 2, 3]), lambda d, x: d.extend([]))
loop('setitem', deque([1, 2, 3]), lambda d, x: d.__setitem__(0, x * 10))
loop('setitem last', deque([1, 2, 3]), lambda d, x: d.__setitem__(-1, 'z'))
loop('reverse', deque([1, 2, 3]), lambda d, x: d.reverse())
loop('rotate', deque([1, 2, 3]), lambda d, x: d.rotate(1))
loop('rotate 0', deque([1, 2, 3]), lambda d, x: d.rotate(0))
loop('insert', deque([1, 2, 3]), lambda d, x: d.insert(0, x))
loop('delitem', deque([1, 2, 3]), lambda d, x: d.__delitem__(0))
loop('rev append', deque([1, 2, 3]), lambda d, x: d.append(x), True)
loop('rev popleft', deque([1, 2, 3]), lambda d, x: d.popleft(), True)
loop('rev setitem', deque([1, 2, 3]), lambda d, x: d.__setitem__(1, 'r'), True)
loop('rev clear', deque([1, 2, 3]), lambda d, x: d.clear(), True)
loop('bounded append', deque([1, 2, 3], maxlen=3), lambda d, x: d.append(0))
loop('bounded appendleft', deque([1, 2, 3], maxlen=3),
     lambda d, x: d.appendleft(0))

# A deque iterator checks for changes on every call, even after it was
# exhausted or after the size was restored.
d = deque([1, 2])
it = iter(d)
print(list(it))
d.append(3)
attempt('after exhaustion', lambda: next(it))
d = deque([1, 2, 3])
it = iter(d)
next(it)
d.append(4)
attempt('first next', lambda: next(it))
attempt('second next', lambda: next(it))
d.pop()
attempt('size restored', lambda: next(it))
d = deque([1, 2, 3])
it = iter(d)
d.append(4)
d.pop()
attempt('same size but mutated', lambda: next(it))
d = deque([1, 2, 3])
rit = reversed(d)
d.appendleft(0)
attempt('reversed mutated', lambda: next(rit))
d = deque([1, 2, 3])
it = iter(d)
d[1] = 'two'
print('after setitem', list(it))


# Items whose __eq__ mutates the deque make remove, count, index and `in`
# fail, unless only an item was replaced.
class Mutator:
    def __init__(self, d, action, result=False):
        self.d = d
        self.action = action
        self.result = result

    def __eq__(self, other):
        self.action(self.d)
        return self.result

    def __repr__(self):
        return 'Mutator'


def search(label, action, result, method, *args):
    d = deque([1, 2, 3])
    d.insert(1, Mutator(d, action, result))
    try:
        print(label, repr(method(d, *args)), len(d))
    except Exception as e:
        print(label, type(e).__name__, e)


for act_name, act in (('append', lambda d: d.append(9)),
                      ('popleft', lambda d: d.popleft()),
                      ('clear', lambda d: d.clear()),
                      ('setitem', lambda d: d.__setitem__(0, 0))):
    for res in (False, True):
        tag = act_name + ' ' + str(res)
        search('remove ' + tag, act, res, deque.remove, 'target')
        search('count ' + tag, act, res, deque.count, 'target')
        search('index ' + tag, act, res, deque.index, 'target')
        search('contains ' + tag, act, res, deque.__contains__, 'target')


class Raiser:
    def __eq__(self, other):
        raise ZeroDivisionError('compare failed')


rd = deque([1, Raiser(), 2])
attempt('remove raising eq', lambda: rd.remove(5))
attempt('count raising eq', lambda: rd.count(5))
attempt('index raising eq', lambda: rd.index(5))
attempt('contains raising eq', lambda: 5 in rd)
print(len(rd), rd.index(1), 1 in rd)
attempt('remove before raiser', lambda: rd.remove(1))
print(len(rd))

# remove, count and index compare identity first, then equality.
nan = float('nan')
nd = deque([nan, 1.0, 1])
print(nd.count(nan), nd.index(nan), nan in nd, nd.count(1), nd.index(1))
nd.remove(nan)
print(nd, nd.count(float('nan')))
nd.remove(1)
print(nd)
attempt('remove missing', lambda: deque([1]).remove(2))
attempt('remove empty', lambda: deque().remove(None))
attempt('remove no args', lambda: deque().remove())
attempt('count no args', lambda: deque().count())

# index accepts start and stop bounds, negative or out of range.
d = deque('abcabc')
for args in (('a',), ('a', 1), ('a', 3), ('a', -3), ('c', -1), ('c', -100),
             ('a', 0, 100), ('b', -5, -3), ('b', 2, 4), ('a', 100),
             ('a', 3, 3), ('a', 4, 2), ('c', 0, -1), ('c', -2, 6),
             ('a', -100, -5), ('b', 1, 2), ('b', True)):
    attempt('index' + repr(args), lambda: d.index(*args))
attempt('index float start', lambda: d.index('a', 1.0))
attempt('index str stop', lambda: d.index('a', 0, 'x'))
attempt('index no args', lambda: d.index())
attempt('index too many', lambda: d.index('a', 0, 1, 2))
attempt('index huge start', lambda: d.index('a', 10 ** 30))
attempt('index huge negative', lambda: d.index('a', -10 ** 30))
attempt('index None start', lambda: d.index('a', None))

# insert works at the front, the back, the middle and with out-of-range or
# negative indexes.
for i in (0, 1, 2, 3, 4, 100, -1, -2, -3, -4, -100, True):
    d = deque([1, 2, 3])
    d.insert(i, 'X')
    print('insert', i, d)
e = deque()
e.insert(-5, 'a')
e.insert(5, 'b')
print('insert into empty', e)
attempt('insert float', lambda: deque().insert(1.0, 'x'))
attempt('insert one arg', lambda: deque().insert(0))
attempt('insert huge', lambda: deque([1]).insert(10 ** 30, 'x'))
big = deque(range(200))
big.insert(100, 'mid')
big.insert(-50, 'late')
print(big[98:] if False else [big[99], big[100], big[101], big[150], big[151]])

# del d[i] works at various positions and rejects bad indexes.
for i in (0, 1, -1, -2, 3, -4):
    d = deque('abcd')
    del d[i]
    print('del', i, ''.join(d))
for i in (4, -5, 100):
    d = deque('abcd')
    attempt('del ' + str(i), lambda: d.__delitem__(i))
attempt('del slice', lambda: deque('ab').__delitem__(slice(0, 1)))
attempt('del str', lambda: deque('ab').__delitem__('a'))
attempt('get float', lambda: deque('ab')[1.0])
attempt('get empty', lambda: deque()[0])
attempt('set slice', lambda: deque('ab').__setitem__(slice(0, 1), 'x'))
attempt('get huge', lambda: deque('ab')[10 ** 30])


class Idx:
    def __index__(self):
        return 1


print(deque('abc')[Idx()])
d = deque('abc')
d[Idx()] = 'B'
del d[Idx()]
print(d)

# clear empties in place, copy keeps maxlen and reverse works in place.
d = deque(range(5), maxlen=8)
c = d.copy()
d.clear()
print(d, d.maxlen, c, c.maxlen, len(d))
d.clear()
print(d)
d.extend('xyz')
print(d, c)
d.reverse()
print(d)
attempt('clear args', lambda: d.clear(1))
attempt('copy args', lambda: d.copy(1))
attempt('reverse args', lambda: d.reverse(1))
attempt('pop args', lambda: d.pop(0))
attempt('popleft args', lambda: d.popleft(0))
attempt('append no args', lambda: d.append())
attempt('append two args', lambda: d.append(1, 2))
attempt('extend no args', lambda: d.extend())
attempt('extend int', lambda: d.extend(5))
attempt('extendleft int', lambda: d.extendleft(5))
print(d.append(1), d.appendleft(0), d.extend([]), d.extendleft(''), d)

# Extending a deque with itself doubles it; extendleft reverses the copy.
d = deque([1, 2, 3])
d.extend(d)
print('extend self', d)
d = deque([1, 2, 3])
d.extendleft(d)
print('extendleft self', d)
d = deque([1, 2, 3])
d += d
print('iadd self', d)
d = deque([1, 2, 3], maxlen=4)
d.extend(d)
print('bounded extend self', d)
d = deque([1, 2, 3], maxlen=4)
d.extendleft(d)
print('bounded extendleft self', d)
d = deque([1, 2, 3], maxlen=5)
d += d
print('bounded iadd self', d)
d = deque([1, 2])
d *= 3
attempt('extend self iterator', lambda: d.extend(iter(d)))
print(len(d))
d = deque()
d.extend(d)
d.extendleft(d)
print('empty self', d)


# Extending with a generator that mutates the deque is allowed.
def grower(d):
    for i in range(3):
        d.append('g%d' % i)
        yield i


d = deque(['s'])
d.extend(grower(d))
print('extend mutating gen', d)
d = deque(['s'])
d.extendleft(grower(d))
print('extendleft mutating gen', d)


# An exception raised while extending keeps the items added before it.
def broken():
    yield 'a'
    yield 'b'
    raise KeyError('stop')


d = deque([0])
attempt('extend broken', lambda: d.extend(broken()))
print(d)
attempt('extendleft broken', lambda: d.extendleft(broken()))
print(d)
d = deque(maxlen=1)
attempt('bounded extend broken', lambda: d.extend(broken()))
print(d)

# pop and popleft work on single items and alternately from both ends.
d = deque([1])
print(d.pop(), d, len(d))
d.appendleft(2)
print(d.popleft(), d)
d = deque(range(10))
out = []
while d:
    out.append(d.popleft())
    if d:
        out.append(d.pop())
print(out)
attempt('pop empty', lambda: deque().pop())
attempt('popleft empty', lambda: deque().popleft())
attempt('pop emptied', lambda: deque(maxlen=0).popleft())

# Sorting, summing and unpacking work through iteration.
d = deque([3, 1, 2])
print(sorted(d), sum(d), max(d), list(enumerate(d)), [*d], tuple(d))
x, y, z = d
print(x, y, z, d == deque(sorted(d, reverse=True)), ' '.join(map(str, d)))
print(dict.fromkeys(deque('aba')), list(zip(deque('ab'), deque([1, 2]))))
print(deque(reversed(deque([1, 2, 3]))), list(reversed(deque())))
