# csv.writer: quoting modes, escaping, line terminators and errors.
import csv
import io
import os
import tempfile
from fractions import Fraction


def w(row, **kw):
    s = io.StringIO()
    wr = csv.writer(s, **kw)
    try:
        r = wr.writerow(row)
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
    return repr(s.getvalue()) + ' ' + repr(r)


class Flo:
    def __float__(self):
        return 1.5

    def __str__(self):
        return 'one-and-a-half'


class Num:
    def __index__(self):
        return 7

    def __str__(self):
        return 'seven'


print(w(['a', 'b,c', 'd"e', 'f\ng', 'h\ri', None, 1, 2.5, True, '']))
print(w(['']))
print(w([None]))
print(w([]))
print(w(['', '']))
print(w([''], quoting=csv.QUOTE_NONE))
print(w(['a,b'], quoting=csv.QUOTE_NONE))
print(w(['a,b', 'c"d', 'e\\f'], quoting=csv.QUOTE_NONE, escapechar='\\'))
print(w(['a"b'], doublequote=False))
print(w(['a"b', 'c\\d'], doublequote=False, escapechar='\\'))
print(w(['a', 1, None, 2.0, '', Flo(), Fraction(1, 3), Num(), 1j],
        quoting=csv.QUOTE_NONNUMERIC))
print(w(['a', 1, None, 2.0, ''], quoting=csv.QUOTE_ALL))
print(w(['a', 1, None, 2.0, ''], quoting=csv.QUOTE_STRINGS))
print(w(['a', 1, None, 2.0, ''], quoting=csv.QUOTE_NOTNULL))
print(w([None], quoting=csv.QUOTE_NOTNULL))
print(w(['a\rb', 'c\nd'], lineterminator='\n'))
print(w(['a b', ' c'], skipinitialspace=True))
print(w([' ', 'x']))
print(w(['a|b', 'c'], lineterminator='|'))
print(w(['a', 'b'], lineterminator=''))
print(w(['a', 'b'], lineterminator='\n'))
print(w(1))
print(w(None))
print(w('abc'))
print(w((x * 2 for x in 'ab')))
print(w(['a\\b'], escapechar='\\'))
print(w(['ab', 'x'], quotechar="'", quoting=csv.QUOTE_ALL))
print(w(["it's", 'x"'], quotechar="'"))
print(w(['a#b'], escapechar='#', quoting=csv.QUOTE_NONE))
print(w([b'x', [1], (2, 3)]))
print(w(['a;b', 'c,d'], delimiter=';'))
print(w(['a\tb', 'c'], dialect='excel-tab'))
print(w(['a', 'b'], dialect='unix'))
print(w(['a', 'b'], dialect=csv.unix_dialect, quoting=csv.QUOTE_MINIMAL))
print(w(['x'], quotechar=None))
print(w(['x,y'], quotechar=None))
print(w(['x,y'], quotechar=None, escapechar='\\'))
print(w([1.0 / 3, 10 ** 20, -0.0, float('inf')]))

s = io.StringIO()
wr = csv.writer(s)
print('writerows', wr.writerows([[1, 2], [3], [], ['x']]), repr(s.getvalue()))
try:
    wr.writerows(5)
except TypeError as e:
    print('writerows int', type(e).__name__, e)
try:
    wr.writerows([5])
except csv.Error as e:
    print('writerows [int]', type(e).__name__, e)
print('dialect', repr(wr.dialect.lineterminator), wr.dialect.quoting)


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return 'ret:' + str(len(text))


sink = Sink()
wr = csv.writer(sink)
print('custom sink', wr.writerow(['a', 'b']), sink.parts)
try:
    csv.writer(1)
except TypeError as e:
    print('no write', e)
try:
    csv.writer()
except TypeError as e:
    print('no args', e)

# Round trip through a real file.
d = tempfile.mkdtemp()
name = os.path.join(d, 'out.csv')
data = [['id', 'text'], [1, 'plain'], [2, 'with, comma'], [3, 'with "quote"'],
        [4, 'multi\nline'], [5, '']]
with open(name, 'w', newline='') as f:
    csv.writer(f).writerows(data)
with open(name, 'rb') as f:
    print('bytes', f.read())
with open(name, newline='') as f:
    print('back', list(csv.reader(f)))
os.remove(name)
os.rmdir(d)
