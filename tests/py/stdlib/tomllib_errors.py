# tomllib: TOMLDecodeError messages and positions for malformed documents.
import tomllib

print(issubclass(tomllib.TOMLDecodeError, ValueError), tomllib.TOMLDecodeError.__module__)
print(tomllib.TOMLDecodeError.__doc__)
print(sorted(tomllib.__all__))

CASES = [
    # statements
    'a = ', 'a = 1 2', '= 1', 'a', 'a =\n1', '.a = 1', 'a. = 1', 'a..b = 1', '[a', '[a]]', '[]', '[[]]', '[a.]',
    '[[a]', '[[a] ]', '[ [a]]', 'a = 1\n  b', '"a" "b" = 1', 'a b = 1', '}', ']', '+a = 1', 'key = value',
    'a = 1 # ok\nb = 2 x', '\n\n\n   x', 'a = 1\n\n\n  = 2', 'a = 1\rb = 2', 'a = 1\r', '\ta = true false',
    # strings
    'a = "x', 'a = "\\q"', 'a = "\\u12"', 'a = "\\uD800"', 'a = "\\uDFFF"', 'a = "\\U00110000"', 'a = "\\UFFFFFFFF"',
    'a = "\\u00zz"', 'a = "a\x01"', 'a = "a\x7f"', 'a = "tab\there"', 'a = "x\ny"', 'a = """x', 'a = """\\ x"""',
    'a = """ok\\  \n  next"""', 'a = """a\x00b"""', "a = 'x", "a = 'x\n'", "a = 'x\x7f'", "a = '''x", "a = '''x\x00'''",
    "a = ''''''''", 'a = """"""""', 'a = "\\', 'a = """\\', 'a = """\\\t', 'a = "\\e"', 'a = "\\x41"', "a = 'é\x01'",
    'a = "é\\q"', 'a = "\u00e9\n\u00e9" ', "'''k''' = 1", '"""k""" = 1', '"k\n" = 1', "'k\n' = 1",
    # comments
    '# c\x01', 'a = 1 # ok\x00', '# fine\n# bad\x1f', '#\x7f', '# tab\tis fine\n#\r',
    # numbers
    'a = 0x', 'a = 01', 'a = 1__0', 'a = +inf1', 'a = nan1', 'a = 1.', 'a = .1', 'a = 1e', 'a = 1e+', 'a = -0x1',
    'a = 0b2', 'a = 0o8', 'a = 1_', 'a = _1', 'a = 3.14_', 'a = 1.e5', 'a = 0X10', 'a = 0B1', 'a = +', 'a = -',
    'a = 00', 'a = -01', 'a = 1e1.5', 'a = 1.2.3', 'a = 0x_1', 'a = 0xg', 'a = inf_', 'a = Inf', 'a = NaN', 'a = ++1',
    'a = 1 000', 'a = 9_', 'a = 1e_1', 'a = 1_e1',
    # values
    'a = tru', 'a = True', 'a = falsey', 'a = [1,', 'a = [1 2]', 'a = [,]', 'a = [1,,2]', 'a = [', 'a = ]',
    'a = {b = 1', 'a = {b = 1,}', 'a = {,}', 'a = { a = 1 b = 2 }', 'a = {a = 1\n}', 'a = {\na = 1}', 'a = {a}',
    'a = {a = 1, a = 2}', 'a = {a.b = 1, a.b = 2}', 'a = {a.b = 1, a = {}}', 'a = {a = [], a.b = 1}',
    'a = {a = {}, a.b = 1}', 'a = {a = 1, a.b = 2}', 'a = [1]]', 'a = [[1]', 'a = [1] [2]', 'a = bare', 'a = "s" "t"',
    # redefinitions
    'a = 1\na = 2', 'a = 1\na = 2\n', 'a.b = 1\na = 2', 'a = {b = 1}\na.c = 2', '[a]\n[a]', '[[a]]\n[a]',
    'a = [1]\n[[a]]', '[a.b]\n[a]\nb = 1', 'x = 1\n[x]', 'x = {a = {b = 1}}\n[x.a]', '[x]\ny.z = 1\n[x.y]',
    '[x.y]\n[x]\ny = 1', 'a."b c".d = 1\n[a."b c"]', '[[a.b]]\n[a]\nb = 1', '[a]\nb=1\n[a.b.c]', 'a = [{b=1}]\n[a.c]',
    '[a]\nb.c = 1\n[a.b]\nd = 2', '[a.b]\nc = 1\n[a]\nb.d = 2', 'a.b = 1\na.b.c = 2', 'a = {}\n[a.b]',
    '[[a]]\nb = 1\n[a.b]', '[a]\n[[a]]', 'a = []\n[[a]]', '[t]\nx = 1\n[t]\ny = 2', "'a' = 1\n\"a\" = 2",
    '[tbl]\na = 1\n[tbl.a]', 'a.b.c = 1\na.b = 2', '[a]\nx.y = 1\n[a.x.y]', '[[a]]\n[a.b]\n[[a]]\n[a.b]\n[a.b]',
    'a = 1\n[[a]]', '[[a]]\n[[a.b]]\n[a.b]', 'p = {q = 1}\n[p.r]',
    # dates
    'a = 2000-02-30', 'a = 1979-05-27T25:00:00', 'a = 1979-13-27', 'a = 07:32:61',
]
for doc in CASES:
    try:
        print(repr(doc), '->', tomllib.loads(doc))
    except tomllib.TOMLDecodeError as e:
        print(repr(doc), '!', e)
        assert e.args == (str(e),)

# Positions: line and column numbers are counted from 1; the column of a
# character after the first line is its distance from the preceding newline.
doc = 'a = 1\nb = 2\n\n[t]\nc = "ok"\nd = "bad\\q"\n'
try:
    tomllib.loads(doc)
except tomllib.TOMLDecodeError as e:
    print(e)
try:
    tomllib.loads('x = "caf\u00e9 \u00e9\u00e9\u00e9" junk')
except tomllib.TOMLDecodeError as e:
    print(e)

# Misuse of the API.
for bad in (b'a = 1', None, 5):
    try:
        tomllib.loads(bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__)
import io
try:
    tomllib.load(io.StringIO('a = 1'))
except TypeError as e:
    print('TypeError', e)
try:
    tomllib.load(io.BytesIO(b'a = "\\uZZZZ"'))
except tomllib.TOMLDecodeError as e:
    print(e)
e = tomllib.TOMLDecodeError('msg')
print(repr(e), e.args)
