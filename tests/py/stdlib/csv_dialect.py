# csv dialects: validation messages, registry, Dialect classes.
import csv
import io


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


def attrs(d):
    return (d.delimiter, d.quotechar, d.escapechar, d.doublequote,
            d.skipinitialspace, d.lineterminator, d.quoting, d.strict)


print('constants', csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC,
      csv.QUOTE_NONE, csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL)
print('Error mro', [c.__name__ for c in csv.Error.__mro__])
print('Error module', csv.Error.__module__)
print('__all__', sorted(csv.__all__))

# Keyword validation.
for kw in [dict(delimiter='ab'), dict(delimiter=1), dict(delimiter=''),
           dict(delimiter=None), dict(quotechar='ab'), dict(quotechar=1),
           dict(escapechar='ab'), dict(escapechar=1), dict(escapechar=''),
           dict(lineterminator=1), dict(quoting=7), dict(quoting='a'),
           dict(quoting=None), dict(quoting=1.0), dict(foo=1),
           dict(quotechar=None), dict(quotechar=None, quoting=csv.QUOTE_ALL),
           dict(quotechar=None, quoting=csv.QUOTE_NONE),
           dict(delimiter=' ', skipinitialspace=True), dict(delimiter='\n'),
           dict(escapechar='"'), dict(strict=5, doublequote=0),
           dict(lineterminator=''), dict(lineterminator='\n\n')]:
    t('reader %s' % sorted(kw.items()),
      lambda: attrs(csv.reader([], **kw).dialect))
t('writer bad', lambda: csv.writer(io.StringIO(), delimiter='::'))
t('unknown name', lambda: csv.reader([], 'nope'))
t('name and kw', lambda: attrs(csv.reader([], 'excel', delimiter=';').dialect))
t('kw dialect', lambda: attrs(csv.reader([], dialect='unix').dialect))
t('both', lambda: csv.reader([], 'excel', dialect='excel'))
t('too many', lambda: csv.reader([], 'excel', 'x'))

# Registry.
t('list', lambda: sorted(csv.list_dialects()))
t('excel', lambda: attrs(csv.get_dialect('excel')))
t('excel-tab', lambda: attrs(csv.get_dialect('excel-tab')))
t('unix', lambda: attrs(csv.get_dialect('unix')))
t('dialect type', lambda: type(csv.get_dialect('excel')).__name__)
t('same object', lambda: csv.get_dialect('excel') is csv.get_dialect('excel'))
csv.register_dialect('semi', delimiter=';', quoting=csv.QUOTE_ALL)
t('semi', lambda: attrs(csv.get_dialect('semi')))
csv.register_dialect('semi2', 'semi', quotechar="'")
t('semi2', lambda: attrs(csv.get_dialect('semi2')))
csv.register_dialect('ex', csv.excel)
t('ex', lambda: attrs(csv.get_dialect('ex')))
csv.register_dialect('plain')
t('plain', lambda: attrs(csv.get_dialect('plain')))
t('register bad', lambda: csv.register_dialect('bad', delimiter='::'))
t('register bad name', lambda: csv.register_dialect(1))
t('register unknown base', lambda: csv.register_dialect('x', 'nosuch'))
t('register bad kw', lambda: csv.register_dialect('x', foo=1))
t('list after', lambda: sorted(csv.list_dialects()))
t('unregister', lambda: csv.unregister_dialect('semi'))
t('unregister again', lambda: csv.unregister_dialect('semi'))
t('get missing', lambda: csv.get_dialect('semi'))
t('get non-str', lambda: csv.get_dialect(1))
t('semi2 kept', lambda: attrs(csv.get_dialect('semi2')))
for name in ['semi2', 'ex', 'plain']:
    csv.unregister_dialect(name)
t('list final', lambda: sorted(csv.list_dialects()))


def set_attr():
    csv.get_dialect('excel').delimiter = ';'


t('read-only', set_attr)
t('reader dialect', lambda: attrs(csv.reader([], 'excel-tab').dialect))

# Dialect classes.
t('excel attrs', lambda: (csv.excel.delimiter, csv.excel.quotechar,
                          csv.excel.lineterminator, csv.excel._name))
t('excel_tab', lambda: (csv.excel_tab.delimiter, csv.excel_tab.lineterminator))
t('unix_dialect', lambda: (csv.unix_dialect.lineterminator,
                           csv.unix_dialect.quoting))
t('Dialect()', lambda: csv.Dialect())
t('excel()', lambda: type(csv.excel()).__name__)
t('excel() valid', lambda: csv.excel()._valid)


class Partial(csv.Dialect):
    delimiter = ','


class Full(csv.Dialect):
    delimiter = ';'
    quotechar = "'"
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False


class NoQuote(Full):
    quotechar = None


class NoTerm(Full):
    lineterminator = None


class BadQuoting(Full):
    quoting = 42


class Bools(Full):
    doublequote = None
    skipinitialspace = None
    strict = None


t('Partial()', lambda: Partial())
t('Partial reader', lambda: csv.reader([], Partial))
t('Full()', lambda: type(Full()).__name__)
t('Full escapechar', lambda: Full().escapechar)
t('Full reader', lambda: attrs(csv.reader([], Full).dialect))
t('Full instance reader', lambda: attrs(csv.reader([], Full()).dialect))
t('Full rows', lambda: list(csv.reader(["a;'b;c'"], Full)))
t('NoQuote()', lambda: NoQuote())
t('NoTerm()', lambda: NoTerm())
t('BadQuoting()', lambda: BadQuoting())
t('BadQuoting reader', lambda: csv.reader([], BadQuoting))
t('Bools', lambda: attrs(csv.reader([], Bools).dialect))


class Duck:
    delimiter = '|'


t('duck', lambda: attrs(csv.reader([], Duck).dialect))
t('duck instance', lambda: attrs(csv.reader([], Duck()).dialect))
t('object', lambda: attrs(csv.reader([], object()).dialect))
t('dialect of dialect', lambda: attrs(
    csv.reader([], csv.reader([], delimiter='#').dialect).dialect))
t('override dialect obj', lambda: attrs(
    csv.reader([], csv.get_dialect('unix'), quoting=csv.QUOTE_NONE).dialect))
