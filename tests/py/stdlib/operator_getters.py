# operator.itemgetter, attrgetter and methodcaller.
import operator
from operator import itemgetter, attrgetter, methodcaller


def show(label, func, *args, **kwargs):
    try:
        print(label, repr(func(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


# itemgetter.
g1 = itemgetter(1)
g3 = itemgetter(0, -1, 'x' if False else 2)
print(repr(g1), repr(g3), repr(itemgetter('a', (1, 2), None)))
print(g1([10, 20, 30]), g1('xyz'), g1({1: 'one'}), g3('abcdef'))
print(itemgetter(slice(1, 3))([1, 2, 3, 4]), itemgetter('k')({'k': 'v'}))
print(itemgetter(0, 0)([7]))
rows = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)))
print(list(map(itemgetter(0), rows)))
print(max(rows, key=itemgetter(1)))
show('ig-none', itemgetter)
show('ig-kw', itemgetter, 1, k=2)
show('ig-call0', g1)
show('ig-call2', g1, [1], [2])
show('ig-callkw', g1, [1, 2], k=1)
show('ig-index', g1, [])
show('ig-key', itemgetter('z'), {})
show('ig-type', g1, 5)
print(g1.__reduce__(), g3.__reduce__())
print(type(g1).__name__, type(g1).__module__, isinstance(g1, itemgetter))


# attrgetter.
class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def __repr__(self):
        return 'Node(%r)' % self.name


leaf = Node('leaf')
root = Node('root', Node('mid', leaf))
a1 = attrgetter('name')
a2 = attrgetter('name', 'child.name', 'child.child.name')
print(repr(a1), repr(a2))
print(a1(root), a2(root), attrgetter('child.child')(root))
print(attrgetter('real', 'imag')(3 + 4j))
print(sorted([Node('b'), Node('a'), Node('c')], key=attrgetter('name')))
show('ag-none', attrgetter)
show('ag-int', attrgetter, 1)
show('ag-mixed', attrgetter, 'a', 2)
show('ag-kw', attrgetter, 'a', x=1)
show('ag-missing', a1, 5)
show('ag-dotted-missing', attrgetter('child.nope'), root)
show('ag-call0', a1)
show('ag-call2', a1, root, root)
print(a2.__reduce__())
print(repr(attrgetter('a..b')), repr(attrgetter('.b')))


# methodcaller.
m1 = methodcaller('upper')
m2 = methodcaller('split', ',', maxsplit=1)
m3 = methodcaller('get', 'k', 'default')
print(repr(m1), repr(m2), repr(m3))
print(repr(methodcaller('f', 1, 'a', k=[2], j=None)))
print(m1('abc'), m2('a,b,c'), m3({}), m3({'k': 1}))
print(methodcaller('count', 1)([1, 2, 1]))
print(sorted(['b', 'A', 'c'], key=methodcaller('lower')))
show('mc-none', methodcaller)
show('mc-int', methodcaller, 1)
show('mc-call0', m1)
show('mc-call2', m1, 'a', 'b')
show('mc-missing', m1, 5)
show('mc-bad-args', methodcaller('upper', 1), 'a')
print(m1.__reduce__(), methodcaller('split', ',').__reduce__())
mc = methodcaller('m', self=1, name=2)
print(repr(mc))


class Taker:
    def m(this, **kw):
        return sorted(kw.items())


print(mc(Taker()))
