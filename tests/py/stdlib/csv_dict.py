# csv.DictReader and csv.DictWriter.
import csv
import io


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


r = csv.DictReader(['a,b,c', '1,2,3', '4,5', '6,7,8,9', '', '10,11,12'])
t('line_num before', lambda: r.line_num)
t('fieldnames', lambda: r.fieldnames)
t('line_num header', lambda: r.line_num)
for row in r:
    print('row', row, r.line_num)
t('line_num end', lambda: r.line_num)
t('restkey', lambda: list(csv.DictReader(['1,2,3,4'], fieldnames=['x', 'y'],
                                         restkey='R', restval='V')))
t('restval', lambda: list(csv.DictReader(['1'], fieldnames=['x', 'y'],
                                         restval='V')))
t('empty input', lambda: csv.DictReader([]).fieldnames)
t('empty list', lambda: list(csv.DictReader([])))
t('header only', lambda: list(csv.DictReader(['a,b'])))
t('blank first', lambda: list(csv.DictReader(['', 'a,b', '1,2'])))
t('type', lambda: type(next(csv.DictReader(['a', '1']))).__name__)
t('iter fieldnames', lambda: list(csv.DictReader(['1,2'],
                                                 fieldnames=iter('xy'))))
t('tuple fieldnames', lambda: list(csv.DictReader(['1,2'],
                                                  fieldnames=('p', 'q'))))
r = csv.DictReader(['a;b', '1;2'], delimiter=';')
t('kw dialect', lambda: list(r))
t('dialect attr', lambda: r.dialect)
t('reader dialect', lambda: r.reader.dialect.delimiter)
t('positional dialect', lambda: list(csv.DictReader(['a\tb', '1\t2'], None,
                                                    None, None, 'excel-tab')))
r = csv.DictReader(['x,y', '1,2'])
r.fieldnames = ['X', 'Y']
t('set fieldnames', lambda: list(r))
t('quoted', lambda: list(csv.DictReader(io.StringIO(
    'name,note\r\n"Smith, J","said ""hi"""\r\n'))))
t('duplicate names', lambda: list(csv.DictReader(['a,a', '1,2'])))
t('iter self', lambda: iter(r) is r)
t('generic alias', lambda: csv.DictReader[str])

s = io.StringIO()
w = csv.DictWriter(s, ['a', 'b'])
t('writeheader', lambda: w.writeheader())
t('writerow', lambda: w.writerow({'a': 1}))
t('writerow full', lambda: w.writerow({'b': 'x,y', 'a': None}))
t('writerow extra', lambda: w.writerow({'a': 1, 'c': 2}))
t('writerows', lambda: w.writerows([{'b': 2}, {'a': 'q"r'}]))
t('output', lambda: s.getvalue())
t('fieldnames attr', lambda: w.fieldnames)
t('bad extrasaction', lambda: csv.DictWriter(s, ['a'], extrasaction='bad'))
s = io.StringIO()
w2 = csv.DictWriter(s, ['a', 'b'], extrasaction='IGNORE', restval='R')
t('extrasaction attr', lambda: w2.extrasaction)
t('ignore', lambda: w2.writerow({'b': 1, 'zz': 5}))
t('ignore output', lambda: s.getvalue())
t('list row', lambda: w2.writerow([1]))
t('list row raise', lambda: csv.DictWriter(io.StringIO(), ['a']).writerow([1]))
t('iter fieldnames', lambda: csv.DictWriter(s, iter(['p', 'q'])).fieldnames)
t('writer type', lambda: type(csv.DictWriter(s, ['a']).writer).__name__)
s = io.StringIO()
w3 = csv.DictWriter(s, ['n', 'v'], dialect='unix', quoting=csv.QUOTE_MINIMAL,
                    delimiter=';')
w3.writeheader()
w3.writerows({'n': i, 'v': i * i} for i in range(3))
t('dialect kwargs', lambda: s.getvalue())
t('round trip', lambda: list(csv.DictReader(io.StringIO(s.getvalue()),
                                            delimiter=';')))
t('generic alias', lambda: csv.DictWriter[int])
