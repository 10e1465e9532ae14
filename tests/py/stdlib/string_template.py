# string.Template: substitution, errors, identifiers and subclass overrides.
import string

T = string.Template
cases = ['$a $$ ${b}', '$ 1', 'x $', '${a', '${1}', '$1', 'ab\ncd $!',
         '$$$a', '$a$b${a}', '${ a}', '$A_1x', '$a.b', '${a}b', '$$', '',
         'no placeholders', 'end $', '$a\n\n  $? tail', '$_under $9', 'é$aé',
         '$ab-cd', '${ab}}', '$${a}', 'line1\nline2\n$']
for s in cases:
    t = T(s)
    print(repr(s), t.is_valid(), t.get_identifiers(), repr(t.safe_substitute(a=1)))
    try:
        print('  ', repr(t.substitute(a=1, b=2, A_1x='X', _under='U', ab='AB')))
    except (KeyError, ValueError) as e:
        print('  ', type(e).__name__, e)

t = T('$who likes $what')
print(t.template, t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'tim', 'what': 'pie'}))
print(t.substitute({'who': 'tim', 'what': 'pie'}, what='cake'))
print(t.safe_substitute({'who': 'tim'}))
try:
    t.substitute({'who': 'tim'})
except KeyError as e:
    print('KeyError', repr(e))
try:
    t.substitute({'x': 1}, {'y': 2})
except TypeError as e:
    print('TypeError', e)
print(T('$x and ${x}').substitute(x=[1, 2]))
print(T('${price}USD').substitute(price=3.5))

class Percent(T):
    delimiter = '%'
print(Percent('%who owes %%5 to %{whom}, $x').substitute(who='A', whom='B'))

class Dotted(T):
    idpattern = r'[_a-z][_a-z0-9]*(?:\.[_a-z][_a-z0-9]*)*'
d = Dotted('$user.name is ${user.age} $x.')
print(d.get_identifiers(), d.safe_substitute({'user.name': 'bob', 'user.age': 3}))

class Strict(T):
    flags = 0
    idpattern = '[a-z]+'
s = Strict('$abc $ABC $abcDEF')
print(s.is_valid(), s.safe_substitute(abc='x', abcDEF='y'))

class Braces(T):
    braceidpattern = '[^}]+'
b = Braces('$a ${odd key!} ${b}')
print(b.get_identifiers(), b.substitute({'a': 1, 'odd key!': 2, 'b': 3}))

class Under(T):
    delimiter = '@@'
    idpattern = '[a-z]+_[a-z]+'
u = Under('@@first_name @@bad @@@@ @@last_name.')
print(u.safe_substitute(first_name='Ann', last_name='Lee'), u.is_valid())

class Lower(T):
    idpattern = '(?-i:[a-z]+)'
print(Lower('$abc $Abc').safe_substitute(abc=1, Abc=2))

print(T.delimiter, T.idpattern, T.braceidpattern)
print(isinstance(T('x'), T), T('q').template)
# A whole custom pattern.
class MyT(string.Template):
    pattern = r'''
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[a-z]+) |
      \[(?P<braced>[a-z]+)\] |
      (?P<invalid>)
    )'''
t = MyT('#abc ## #[xy]z #9')
print(t.safe_substitute(abc=1, xy=2), t.get_identifiers(), t.is_valid())
try: t.substitute(abc=1, xy=2)
except ValueError as e: print(e)
