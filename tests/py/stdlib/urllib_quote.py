# quote / quote_plus / quote_from_bytes / unquote / unquote_plus /
# unquote_to_bytes.
from urllib.parse import (quote, quote_plus, quote_from_bytes, unquote,
                          unquote_plus, unquote_to_bytes)


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


texts = ['', 'abc', 'a b', 'a/b c', '~user/_x.y-z', 'a+b=c&d', '100%',
         'caf\u00e9', '\u65e5\u672c', '\U0001f600', '\x00\x1f\x7f', '<>"\'`{}|\\^',
         '!*();:@&=+$,/?#[]', 'tab\there', 'new\nline']
for t in texts:
    print(repr(t), repr(quote(t)), repr(quote_plus(t)), repr(quote(t, safe='')),
          repr(quote(t, safe='/:@&=')), repr(quote_plus(t, safe='/')))

print('-- encodings')
show(quote, 'caf\u00e9', encoding='latin-1')
show(quote, '\u20ac', encoding='latin-1')
show(quote, '\u20ac', encoding='latin-1', errors='replace')
show(quote, '\u20ac', encoding='latin-1', errors='xmlcharrefreplace')
show(quote, '\u20ac', encoding='ascii', errors='ignore')
show(quote_plus, 'a \u00e9', encoding='latin-1')
show(quote, b'a b\xff')
show(quote, bytearray(b'a b'))
show(quote, b'a b', encoding='utf-8')
show(quote, b'a b', errors='strict')
show(quote_plus, b'a b', safe=b'/')
show(quote_plus, b'a+b c')
show(quote, 'a\u00e9b', safe='\u00e9')
show(quote, 'a/b', safe=b'/')
show(quote, b'a/b', safe=[47, 200])
show(quote, 5)
show(quote, None)
show(quote_plus, 5)
show(quote_from_bytes, b'abc def\x3f')
show(quote_from_bytes, b'')
show(quote_from_bytes, 'abc')
show(quote_from_bytes, b'/a b/', '')
show(quote_from_bytes, bytearray(b'x/y'))

print('-- unquote')
for t in ['', 'abc', 'abc%20def', '%41%42%43', '%e2%82%AC', '%', '%%', '%4', '%4g',
          '%G1', '100%25', 'a+b', '%C3%A9x%', '%C3', '%C3x%A9', 'caf\u00e9%20x',
          '\u00e9%C3%A9\u00e9%', '%ff%fe', '% 1', '%+1', '%_1', '%1_', '%0a%0D']:
    print(repr(t), repr(unquote(t)), repr(unquote_plus(t)), repr(unquote_to_bytes(t)))
show(unquote, '%E9', encoding='latin-1')
show(unquote, '%E9')
show(unquote, '%E9', errors='strict')
show(unquote, '%E9', errors='ignore')
show(unquote, '%E9', encoding=None, errors=None)
show(unquote, '%00%41', encoding='utf-16-le')
show(unquote, b'%C3%A9')
show(unquote, b'abc')
show(unquote, b'%E9', 'latin-1')
show(unquote, bytearray(b'%41'))
show(unquote, 5)
show(unquote, None)
show(unquote_plus, b'a+b')
show(unquote_plus, 'a+b%2B', 'ascii')
show(unquote_to_bytes, b'%41+%zz')
show(unquote_to_bytes, bytearray(b'%41'))
show(unquote_to_bytes, None)
show(unquote_to_bytes, 5)
show(unquote_to_bytes, '\u00e9%41')

print('-- round trips')
for t in ['a b/c?d=e&f#g', '\u00e9\u00e8 \u20ac', '~!@#$%^&*()']:
    print(unquote(quote(t)) == t, unquote_plus(quote_plus(t)) == t)
big = ''.join(chr(i) for i in range(0, 300))
print(quote(big))
print(unquote(quote(big)) == big)
