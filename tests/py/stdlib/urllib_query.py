# urlencode, parse_qs, parse_qsl and the deprecated split helpers.
import warnings
from urllib.parse import (urlencode, parse_qs, parse_qsl, quote, quote_plus,
                          unwrap)
import urllib.parse as up


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


print('-- urlencode')
show(urlencode, {'a': 1, 'b': 'x y', 'c': 'é'})
show(urlencode, [('a', 1), ('a', 2), ('b', None)])
show(urlencode, (('k', 'v/w'),), safe='/')
show(urlencode, {'k': 'v w'}, quote_via=quote)
show(urlencode, {'k': 'é'}, encoding='latin-1')
show(urlencode, {'k': '€'}, encoding='latin-1', errors='replace')
show(urlencode, {b'k y': b'v\xff w'})
show(urlencode, {'a': [1, 2], 'b': (3,), 'c': 'xy', 'd': b'z', 'e': 7, 'f': []}, doseq=True)
show(urlencode, {'a': [1, 2], 'b': 'xy'})
show(urlencode, {'a': ['x y', b'p q', 3]}, doseq=True, quote_via=quote)
show(urlencode, {'a': {'k': 1}}, doseq=True)
show(urlencode, {'a': ['é']}, doseq=True, encoding='latin-1')
show(urlencode, {'a': 'b/c'}, safe=b'/')
show(urlencode, [])
show(urlencode, {})
show(urlencode, 'abc')
show(urlencode, [1, 2])
show(urlencode, 5)
show(urlencode, [('a',)])
show(urlencode, [('a', 1, 2)])
show(urlencode, [['a', 1]])
show(urlencode, {'a': 1}, quote_via=lambda s, *a: '<' + str(s) + '>')

print('-- parse_qsl')
for qs in ['', 'a=1', 'a=1&b=2', 'a=1&a=2', 'a', 'a=', '=b', '=', '&', '&&a=1&&',
           'a=1;b=2', 'a+b=c+d', 'a%20b=c%2Bd', 'a=%C3%A9', 'a=%E9', 'a=b=c',
           'a=1&b', 'x=%zz', 'a==b']:
    print(repr(qs), parse_qsl(qs), parse_qsl(qs, keep_blank_values=True),
          parse_qs(qs), parse_qs(qs, True))
show(parse_qsl, 'a=1&b', strict_parsing=True)
show(parse_qsl, 'a=1&&b=2', strict_parsing=True)
show(parse_qsl, 'a=1&', strict_parsing=True)
show(parse_qsl, '', strict_parsing=True)
show(parse_qsl, 'a=&b=2', strict_parsing=True)
show(parse_qsl, 'a=&b=2', True, True)
show(parse_qsl, 'a=1;b=2', separator=';')
show(parse_qsl, 'a=1;b=2&c=3', separator=';')
show(parse_qsl, 'a=1::b=2', separator='::')
show(parse_qsl, 'a=1', separator=None)
show(parse_qsl, 'a=1', separator='')
show(parse_qsl, 'a=1', separator=5)
show(parse_qsl, '', separator=None)
show(parse_qsl, 'a=1', separator=b'&')
show(parse_qsl, 'a=1&b=2', max_num_fields=2)
show(parse_qsl, 'a=1&b=2', max_num_fields=1)
show(parse_qsl, 'a=1&b=2&', max_num_fields=2)
show(parse_qsl, '', max_num_fields=0)
show(parse_qsl, 'a', max_num_fields=0)
show(parse_qsl, 'a=%E9', encoding='latin-1')
show(parse_qsl, 'a=%E9', errors='strict')
show(parse_qsl, 'a=%E9', errors='ignore')
show(parse_qsl, 'a=%E9', errors='backslashreplace')
show(parse_qsl, b'a=1&b=x+y&c=%41')
show(parse_qsl, b'a=%C3%A9')
show(parse_qsl, b'a=\xc3')
show(parse_qsl, bytearray(b'a=1'))
show(parse_qsl, b'a=1;b=2', separator=b';')
show(parse_qsl, b'a=1;b=2', separator=';')
show(parse_qsl, None)
show(parse_qsl, 5)
show(parse_qs, 'a=1&b=2&a=3&c')
show(parse_qs, 'a=1&b=2&a=3&c', keep_blank_values=True)
show(parse_qs, b'a=1&a=2')
show(parse_qs, 'a=1&b', strict_parsing=True)
show(parse_qs, 'a=1&b=2', max_num_fields=1)
show(parse_qs, 'a=1;a=2', separator=';')
d = parse_qs('z=1&y=2&x=3&y=4')
print(list(d.items()))

print('-- round trip')
q = {'name': 'Jöhn Doe', 'tags': ['a&b', 'c=d', ' '], 'n': '42'}
enc = urlencode(q, doseq=True)
print(enc)
print(parse_qs(enc))

print('-- helpers')
print(unwrap(' <URL:http://a/b> '), unwrap('<http://x>'), unwrap('URL:y'), unwrap(5))
warnings.simplefilter('error')
for name in ['splittype', 'splithost', 'splituser', 'splitpasswd', 'splitport',
             'splitnport', 'splitquery', 'splittag', 'splitattr', 'splitvalue',
             'to_bytes']:
    try:
        getattr(up, name)('x')
    except DeprecationWarning as e:
        print(name, e)
warnings.simplefilter('ignore')
for f, args in [(up.splittype, ('HTTP:x',)), (up.splittype, ('/a:b',)), (up.splittype, (':x',)),
                (up.splithost, ('//h/p',)), (up.splithost, ('//h?q',)), (up.splithost, ('h/p',)),
                (up.splithost, ('//u@h:1#f',)),
                (up.splituser, ('u:p@h',)), (up.splituser, ('h',)), (up.splituser, ('a@b@h',)),
                (up.splitpasswd, ('u:p',)), (up.splitpasswd, ('u',)), (up.splitpasswd, ('u:p:q',)),
                (up.splitport, ('a:',)), (up.splitport, ('a:b',)), (up.splitport, ('a:1:2',)),
                (up.splitport, ('a:80',)), (up.splitport, ('a',)), (up.splitport, ('[::1]:8',)),
                (up.splitport, ('a:\u0663',)),
                (up.splitnport, ('a:x',)), (up.splitnport, ('a:',)), (up.splitnport, ('a',)),
                (up.splitnport, ('a:80',)), (up.splitnport, ('a', 5)),
                (up.splitquery, ('/p?q?r',)), (up.splitquery, ('/p',)),
                (up.splittag, ('/p#t#u',)), (up.splittag, ('/p',)),
                (up.splitattr, ('/p;a=1;b',)), (up.splitattr, ('/p',)),
                (up.splitvalue, ('a=b=c',)), (up.splitvalue, ('a',)),
                (up.to_bytes, ('abc',)), (up.to_bytes, ('é',)), (up.to_bytes, (b'x',))]:
    show(f, *args)
