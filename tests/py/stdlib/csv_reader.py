# csv.reader: parsing rules, quoting modes, errors and line_num.
import csv
import io
import os
import tempfile


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


def rows(lines, *args, **kw):
    return list(csv.reader(lines, *args, **kw))


t('simple', lambda: rows(['a,b,c', '1,2,3']))
t('crlf', lambda: rows(['a,b\r\n', 'c,d\n']))
t('empty lines', lambda: rows(['a,b\r\n', '\n', '', '\r\n']))
t('trailing delim', lambda: rows(['a,b,']))
t('only delim', lambda: rows([',']))
t('empty quoted', lambda: rows(['""']))
t('quoted', lambda: rows(['"a,b",c', '"x""y",z']))
t('quoted newline', lambda: rows(['a,"b\n', 'c",d\n', 'e\n']))
t('quoted across items', lambda: rows(['"a', 'b"']))
t('unterminated', lambda: rows(['"abc']))
t('unterminated strict', lambda: rows(['"abc'], strict=True))
t('unterminated after field', lambda: rows(['x,"ab']))
t('quote then text', lambda: rows(['"a"b,c']))
t('quote then text strict', lambda: rows(['"a"b,c'], strict=True))
t('quote in unquoted', lambda: rows(['a"b,c']))
t('cr inside', lambda: rows(['a,b\rc']))
t('lone cr', lambda: rows(['a\r']))
t('quoted cr', lambda: rows(['"ab"\r']))
t('nul', lambda: rows(['a\0b']))
t('bytes', lambda: rows([b'a,b']))
t('not iterable', lambda: csv.reader(1))
t('no args', lambda: csv.reader())
t('semicolon', lambda: rows(['a;b;"c;d"'], delimiter=';'))
t('tab', lambda: rows(['a\tb\t"c\td"'], delimiter='\t'))
t('skipinitialspace', lambda: rows([' a, "b" ,  c'], skipinitialspace=True))
t('no skipinitialspace', lambda: rows([' a, "b" ,  c']))
t('quotechar', lambda: rows(["'a,b',c"], quotechar="'"))
t('doublequote off', lambda: rows(['a,"b\\"c"'], doublequote=False,
                                   escapechar='\\'))
t('doublequote off bare', lambda: rows(['a,"b"c"'], doublequote=False))
t('escape unquoted', lambda: rows(['\\,a,b\\'], escapechar='\\'))
t('escape at eol', lambda: rows(['a\\', 'b'], escapechar='\\'))
t('escape in quotes eol', lambda: rows(['"a\\', 'b"'], escapechar='\\'))
t('escape escapes', lambda: rows(['a\\\\b,c\\"d'], escapechar='\\'))
t('quote none', lambda: rows(['"a",b"c'], quoting=csv.QUOTE_NONE))
t('quote none quotechar none', lambda: rows(['"a",b'], quotechar=None))
t('nonnumeric', lambda: rows(['1,,"x",2.5'], quoting=csv.QUOTE_NONNUMERIC))
t('nonnumeric bad', lambda: rows(['1,b'], quoting=csv.QUOTE_NONNUMERIC))
t('nonnumeric quoted', lambda: rows(['"1", 2'], quoting=csv.QUOTE_NONNUMERIC))
t('notnull', lambda: rows(['a,,"",b'], quoting=csv.QUOTE_NOTNULL))
t('strings', lambda: rows(['1,,"",b'], quoting=csv.QUOTE_STRINGS))
t('lineterminator ignored', lambda: rows(['a,b', 'c'], lineterminator='x'))
t('unicode', lambda: rows(['\xe9t\xe9,\u20ac,"\u4e2d,\u6587"']))

# After an error the reader goes on with the next line.
r = csv.reader(['"a"b', 'ok,1', 'x\ry', 'z'], strict=True)
for _ in range(5):
    try:
        print('next', next(r), r.line_num)
    except csv.Error as e:
        print('error', e, r.line_num)
    except StopIteration:
        print('stop', r.line_num)

# line_num counts lines, not records.
r = csv.reader(['a,b\n', '"c\n', 'd"\n', 'e\n'])
print('line_num start', r.line_num)
for row in r:
    print(row, r.line_num)
print('iter is self', iter(r) is r)

# Field size limit.
t('default limit', lambda: csv.field_size_limit())
t('set limit', lambda: csv.field_size_limit(5))
t('new limit', lambda: csv.field_size_limit())
t('too big', lambda: rows(['abcdef']))
t('too big quoted', lambda: rows(['"abcdef"']))
t('too big escaped', lambda: rows(['abcd\\,f'], escapechar='\\'))
t('at limit', lambda: rows(['abcde,"fghij"']))
t('limit bad', lambda: csv.field_size_limit('a'))
t('limit many', lambda: csv.field_size_limit(1, 2))
t('restore', lambda: csv.field_size_limit(131072))

# Files and StringIO.
t('stringio', lambda: rows(io.StringIO('a,b\r\n"c\r\nd",e\r\n')))
d = tempfile.mkdtemp()
name = os.path.join(d, 'data.csv')
with open(name, 'w', newline='') as f:
    f.write('h1,h2\r\n"multi\r\nline",2\r\nlast,3\r\n')
with open(name, newline='') as f:
    r = csv.reader(f)
    for row in r:
        print('file', row, r.line_num)
os.remove(name)
os.rmdir(d)

# A generator works as well as a list.
print('generator', list(csv.reader(line for line in ['x,y', 'z'])))
print('types', type(csv.reader([])).__name__, csv.reader([]).dialect.delimiter)
