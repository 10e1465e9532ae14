# urljoin (RFC 3986 resolution as CPython 3.12 does it) and urldefrag.
from urllib.parse import urljoin, urldefrag, uses_relative, uses_netloc


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


base = 'http://a/b/c/d;p?q'
rfc = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s',
       'g?y#s', ';x', 'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g',
       '../..', '../../', '../../g', '../../../g', '../../../../g', '/./g',
       '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h',
       'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g?y/../x', 'g#s/./x',
       'g#s/../x', 'http:g', 'http:', 'http:?x', 'http:#f', 'https:g',
       '//g/../x', 'a//b', 'a/./b//c/../d', '../../../', './/g', 'g//',
       '/a//b/../c', '%2e%2e/x']
for ref in rfc:
    print(repr(ref), '->', repr(urljoin(base, ref)))

print('-- other bases')
cases = [
    ('http://a/b/c/', 'd'), ('http://a/b/c', 'd'), ('http://a', 'b'),
    ('http://a', '../b'), ('http://a/', '/b/../../c'), ('http://a/b', '?q'),
    ('http://a/b?x#y', '#z'), ('http://a/b?x#y', ''), ('', 'http://x/y'),
    ('http://a/b', 'ftp://c/d'), ('ftp://a/b/c', '../d'), ('mailto:a@b', 'c'),
    ('svn+ssh://h/r/trunk/', '../branches'), ('ws://h/a/b', 'c'),
    ('wss://h/a/', './c'), ('git://h/a/b', 'c'), ('telnet://h/a/b', 'c'),
    ('file:///tmp/a/b', '../c'), ('file:/tmp/a/b', 'c'), ('file:///a', '//h/x'),
    ('urn:a:b', 'c'), ('data:text/plain,x', 'y'), ('foo://h/a/b', 'c'),
    ('foo:a/b', 'c'), ('http:/a/b', 'c'), ('http:a/b', 'c'), ('//h/a/b', 'c'),
    ('/a/b/c', '../d'), ('a/b/c', '../../../../d'), ('a/b', 'c'), ('a', 'b'),
    ('http://h/a/b/', '..'), ('http://h/a/b/', '.'), ('http://h/a/b', '.'),
    ('http://h', '.'), ('http://h', '..'), ('http://h/a;p', 'b;q'),
    ('http://h/a;p?x', ';q'), ('http://h/a;p?x', '?y'), ('http://h/a', 'g;x/h'),
    ('http://h/a/b', 'HTTP://h/c'), ('HTTP://h/a/b', 'c'), ('http://h/a/b', 'http:c'),
    ('http://h/a/b', 'https:c'), ('http://h/a/b', 'http://'), ('http://h/a/b', 'http:/'),
    ('http://u@h/a', 'b'), ('http://h/a', '//u@g/x/../y'), ('http://h/a', '\tb\n'),
    ('http://h/a', ' b'), ('http://h/a/', 'a:b'), ('http://h/a/', './a:b'),
    ('http://h/a/b', '?'), ('http://h/a/b', '#'), ('rtsps://h/a/b', 'c'),
    ('sftp://h/a/b', '../../../c'), ('nntp://h/a/b', 'c'), ('imap://h/a/b', 'c'),
    ('prospero://h/a/b', 'c'), ('tel:+1', '2'), ('sip:a@b', 'c'),
]
for b, u in cases:
    print(repr(b), repr(u), '->', repr(urljoin(b, u)))

print('-- allow_fragments')
print(urljoin('http://a/b#f', 'c#g', allow_fragments=False))
print(urljoin('http://a/b#f', '#g', False))
print(urljoin('http://a/b#f', '?x#g', False))

print('-- bytes')
print(urljoin(b'http://a/b/c', b'../d'))
print(urljoin(b'http://a/b/c', b''))
print(urljoin(b'', b'x'))
print(urljoin(b'', 'x'))
print(urljoin('', b'x'))
print(urljoin('http://a/', b''))
show(urljoin, b'http://a/', 'x')
show(urljoin, 'http://a/', b'x')
show(urljoin, b'http://a/\xff', b'x')
show(urljoin, 'http://a/', 5)
show(urljoin, 'http://[::1/', 'x')
show(urljoin, 'http://a/', 'http://[x]/')

print('-- defrag')
for u in ['http://a/b#c', 'http://a/b', 'http://a/b#', 'http://a/b;p?q#f',
          '#only', 'a#b#c', 'mailto:x#y', '', 'http://a/b?#', 'sip:a;b#c']:
    d = urldefrag(u)
    print(repr(u), d, repr(d.url), repr(d.fragment), repr(d.geturl()))
d = urldefrag(b'http://a/b#c')
print(d, d.geturl(), d.decode())
print(urldefrag('http://x/#f').encode())
print(urldefrag(b'http://x/').geturl())
url, frag = urldefrag('a#b')
print(url, frag)
show(urldefrag, 5)
show(urldefrag, None)
print('-- lists')
print(uses_relative)
print(uses_netloc)
