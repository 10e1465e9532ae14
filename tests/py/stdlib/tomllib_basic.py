# tomllib: the value types of TOML 1.0, tables, arrays of tables and
# dotted keys.
import math
import tomllib


def show(doc, **kw):
    try:
        print(tomllib.loads(doc, **kw))
    except Exception as e:
        print(type(e).__name__, e)


# Strings.
show(r'''
basic = "I'm a string. \"You can quote me\". Name\tJos\u00E9\nLocation\tSF."
escapes = "\b\t\n\f\r\"\\ \u0041 \U0001F600"
literal = 'C:\Users\nodejs\templates'
quoted = 'Tom "Dubs" Preston-Werner'
regex = '<\i\c*\s*>'
empty = ""
empty_lit = ''
unicode = "caf\u00e9 — ünïcödé ✓"
''')
show('''
ml = """
Roses are red
Violets are blue"""
ml2 = """\\
       The quick brown \\
       fox jumps over \\
       the lazy dog.\\
       """
ml3 = """Here are two quotation marks: "". Simple enough."""
ml4 = """Here are three quotation marks: ""\\"."""
ml5 = """""This," she said, "is just a pointless statement."""""
ml6 = """line\\   
   continued"""
lit1 = \'\'\'
The first newline is
trimmed in raw strings.
   All other whitespace
   is preserved.
\'\'\'
lit2 = \'\'\'I [dw]on't need \\d{2} apples\'\'\'
lit3 = \'\'\'Here are fifteen quotation marks: """""""""""""""\'\'\'
lit4 = \'\'\'\'That,\' she said, \'is still pointless.\'\'\'\'
tab = "a\tb"
''')

# Integers and floats.
show('''
int1 = +99
int2 = 42
int3 = 0
int4 = -17
int5 = 1_000
int6 = 5_349_221
int7 = 53_49_221
int8 = 1_2_3_4_5
hex1 = 0xDEADBEEF
hex2 = 0xdeadbeef
hex3 = 0xdead_beef
oct1 = 0o01234567
oct2 = 0o755
bin1 = 0b11010110
big = 123456789012345678901234567890
neg0 = -0
pos0 = +0
''')
show('''
flt1 = +1.0
flt2 = 3.1415
flt3 = -0.01
flt4 = 5e+22
flt5 = 1e06
flt6 = -2E-2
flt7 = 6.626e-34
flt8 = 224_617.445_991_228
flt9 = -0.0
flt10 = +0.0
flt11 = 1e1_0
sf1 = inf
sf2 = +inf
sf3 = -inf
''')
d = tomllib.loads('a = nan\nb = +nan\nc = -nan\nd = 1.5')
print([math.isnan(v) for v in d.values()], [type(v).__name__ for v in d.values()])
print(math.copysign(1, tomllib.loads('x = -0.0')['x']), math.copysign(1, tomllib.loads('x = -nan')['x']) in (-1.0, 1.0))
show('t = true\nf = false')

# parse_float.
show('a = 1.5\nb = 2\nc = inf\nd = -nan\ne = 1e3', parse_float=str)
show('a = 0.1', parse_float=lambda s: ('F', s))
show('a = [0.1, 2.0_5]', parse_float=lambda s: s.replace('_', ''))
show('a = 0.1', parse_float=lambda s: [s])
show('a = 0.1', parse_float=lambda s: {})
from fractions import Fraction
show('a = 0.1\nb = 2.5e-1', parse_float=Fraction)

# Keys.
show('''
key = "value"
bare_key = "value"
bare-key = "value"
1234 = "value"
"127.0.0.1" = "value"
"character encoding" = "value"
"ʎǝʞ" = "value"
'key2' = "value"
'quoted "value"' = "value"
"" = "blank"
''')
show('''
name = "Orange"
physical.color = "orange"
physical.shape = "round"
site."google.com" = true
3.14159 = "pi"
a . b . c = 1
fruit.apple.smooth = true
fruit.orange = 2
''')

# Arrays.
show('''
integers = [ 1, 2, 3 ]
colors = [ "red", "yellow", "green" ]
nested_arrays_of_ints = [ [ 1, 2 ], [3, 4, 5] ]
nested_mixed_array = [ [ 1, 2 ], ["a", "b", "c"] ]
string_array = [ "all", 'strings', """are the same""", \'\'\'type\'\'\' ]
numbers = [ 0.1, 0.2, 0.5, 1, 2, 5 ]
contributors = [
  "Foo Bar <foo@example.com>",
  { name = "Baz Qux", email = "bazqux@example.com", url = "https://example.com/bazqux" }
]
integers2 = [
  1, 2, 3
]
integers3 = [
  1,
  2, # this is ok
]
empty = [ ]
empty2 = [
  # only a comment
]
''')

# Tables.
show('''
[table-1]
key1 = "some string"
key2 = 123

[table-2]
key1 = "another string"
key2 = 456

[dog."tater.man"]
type.name = "pug"

[a.b.c]
[ d.e.f ]
[ g .  h  . i ]
[ j . "ʞ" . 'l' ]

[x.y.z.w]
[x]
''')
show('''
# top-level table begins.
name = "Fido"
breed = "pug"

[owner]
name = "Regina Dogman"
member_since = 1999-08-04
''')
show('''
[fruit]
apple.color = "red"
apple.taste.sweet = true

[fruit.apple.texture]
smooth = true
''')

# Inline tables.
show('''
name = { first = "Tom", last = "Preston-Werner" }
point = { x = 1, y = 2 }
animal = { type.name = "pug" }
empty = {}
nested = { a = { b = { c = [1, {d = 2}] } } }
''')

# Arrays of tables.
show('''
[[products]]
name = "Hammer"
sku = 738594937

[[products]]  # empty table within the array

[[products]]
name = "Nail"
sku = 284758393

color = "gray"
''')
show('''
[[fruits]]
name = "apple"

[fruits.physical]  # subtable
color = "red"
shape = "round"

[[fruits.varieties]]  # nested array of tables
name = "red delicious"

[[fruits.varieties]]
name = "granny smith"


[[fruits]]
name = "banana"

[[fruits.varieties]]
name = "plantain"
''')
show('points = [ { x = 1, y = 2, z = 3 },\n  { x = 7, y = 8, z = 9 },\n  { x = 2, y = 4, z = 8 } ]')

# Whitespace, comments and line endings.
show('# only a comment')
show('')
show('\n\n   \t\n')
show('a = 1\r\nb = "x"\r\n[t]\r\nc = """l1\r\nl2"""\r\n')
show('  a = 1   # trailing comment with "quotes" and \'apostrophes\'\n\t[ tbl ]  # c\n\tb=2')
show('a=1#c\nb=[1,#c\n2]#c')
print(type(tomllib.loads('a = 1')), list(tomllib.loads('z = 1\na = 2\nm = 3')))
