# urlsplit / urlparse / urlunsplit / urlunparse and the result types.
from urllib.parse import (urlsplit, urlparse, urlunsplit, urlunparse,
                          SplitResult, ParseResult, SplitResultBytes,
                          ParseResultBytes)


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


urls = [
    'http://www.python.org/doc/?q=1#frag',
    'HTTP://User:Pass@WWW.Example.COM:8080/a/b;p?x=1&y=2#top',
    'https://[::1]:443/path',
    'http://[fe80::1%25eth0]/',
    'http://[fe80::1%eth0]:80/',
    'http://[v1.fe]/',
    'http://[2001:db8::7]/c=GB?objectClass?one',
    'ftp://ftp.is.co.za/rfc/rfc1808.txt',
    'mailto:John.Doe@example.com',
    'news:comp.infosystems.www.servers.unix',
    'tel:+1-816-555-1212',
    'telnet://192.0.2.16:80/',
    'urn:oasis:names:specification:docbook:dtd:xml:4.1.2',
    'file:///etc/passwd',
    'file:/etc/passwd',
    '//host/path',
    '/just/a/path?q',
    'relative/path#f',
    '',
    '?query',
    '#fragment',
    'path:80',
    '1a:b',
    'a:b',
    'x+y-z.w:stuff',
    'sch!eme:x',
    '  \x00\x01http://example.com/ ',
    'http://exa\tmple.com/pa\nth\r',
    'http://example.com:/',
    'http://user@host',
    'http://user:@host',
    'http://:pass@host',
    'http://a@b@host:1/',
    'http://host:80:90/',
    'http://host?#',
    'http://host#frag?notquery',
    'http:',
    'http:/',
    'http://',
    'http:///path',
    'sip:alice@atlanta.com;maddr=239.255.255.1;ttl=15',
    'http://h/a;b/c;d;e?f',
    'http://h/a;b/c',
    'git+ssh://git@github.com/user/repo.git',
    'itms-services://?action=download-manifest',
    'HTTP://EXAMPLE.COM/',
    'http://[::FFFF:129.144.52.38]:80/index.html',
]

for u in urls:
    s = urlsplit(u)
    p = urlparse(u)
    print(repr(u))
    print('  ', s)
    print('  ', p)
    print('  ', s.geturl(), '|', p.geturl(), '|', urlunsplit(s), '|', urlunparse(p))
    try:
        print('   user', s.username, 'pass', s.password, 'host', s.hostname,
              'port', s.port)
    except ValueError as e:
        print('   ValueError', e)

print('-- no fragments')
print(urlsplit('http://h/p?q#f', allow_fragments=False))
print(urlparse('http://h/p;x?q#f', allow_fragments=False))
print(urlsplit('http://h/p#f?q', allow_fragments=0))

print('-- default scheme')
print(urlsplit('//h/p', 'https'))
print(urlsplit('h/p', scheme='ftp'))
print(urlsplit('http://h/p', 'ftp'))
print(urlsplit('p', ' \tgo\nph '))
print(urlparse('/a;b', 'http'))
print(urlparse('/a;b', 'mailto'))

print('-- ports')
for u in ['http://h:99999', 'http://h:x', 'http://h:-1', 'http://h:',
          'http://h:0', 'http://h:65535', 'http://h:65536', 'http://h: 80',
          'http://h:\u0663', 'http://[::1]:8', 'http://[::1]', 'http://[::1]x:9',
          'http://h:0080']:
    try:
        print(u, urlsplit(u).port)
    except ValueError as e:
        print(u, 'ValueError', e)
try:
    urlsplit(b'http://h:x').port
except ValueError as e:
    print('ValueError', e)

print('-- bad netlocs')
for u in ['http://[::1', 'http://::1]/', 'http://[1.2.3.4]:80/', 'http://[foo]/',
          'http://[vz.x]/', 'http://[v1.]/', 'http://[v.x]/', 'http://[V1.x]/',
          'http://[::1::2]/', 'http://[1:2:3:4:5:6:7:8:9]/', 'http://[1:2:3:4:5:6:7:8]/',
          'http://[1:2:3:4:5:6:7::]/', 'http://[::1:2:3:4:5:6:7]/', 'http://[12345::]/',
          'http://[:1::]/', 'http://[1::1.2.3.4]/', 'http://[1::1.2.3.04]/',
          'http://[1::256.2.3.4]/', 'http://[fe80::1%]/', 'http://[]/',
          'http://[::g]/', 'http://[1:2:3:4:5:6:1.2.3.4]/', 'http://[1:2:3:4:5:6:7:1.2.3.4]/',
          'http://a\u2100b/', 'http://\uff03x/', 'http://caf\u00e9.fr/', 'http://[::1]]/']:
    show(urlsplit, u)

print('-- bytes')
b = urlsplit(b'http://User:Pw@Host:80/p?q#f')
print(b, b.username, b.password, b.hostname, b.port, b.geturl())
pb = urlparse(b'http://h/p;a?q#f')
print(pb, pb.geturl())
print(urlparse(bytearray(b'http://h/x')))
print(b.decode(), pb.decode('ascii'))
print(urlsplit('http://h/é').encode('utf-8'))
show(urlsplit('http://h/é').encode)
show(urlsplit, b'http://h/\xc3')
show(urlsplit, bytearray(b'http://x/y'))
show(urlsplit, b'http://x', 'ftp')
show(urlsplit, 'http://x', b'ftp')
show(urlsplit, b'x', '')
show(urlsplit, None)
show(urlsplit, 5)
show(urlsplit, ['a'])
show(urlunsplit, (b'http', b'h', b'/p', b'', b''))
show(urlunsplit, (b'http', 'h', b'/p', b'', b''))
show(urlunparse, (b'http', b'h', b'/p', b'x', b'q', b'f'))

print('-- unsplit')
for parts in [('http', '', 'a', '', ''), ('http', '', '', '', ''), ('', '', '//a', '', ''),
              ('mailto', '', '//a', '', ''), ('http', '', '//a', '', ''),
              ('x', '', 'a', 'q', 'f'), ('', 'h', 'p', '', ''), ('', '', 'p', '', ''),
              ('file', '', '/etc', '', ''), ('urn', '', 'isbn:1', '', ''),
              ('http', 'h', '', '', 'f'), ('', '', '', 'q', '')]:
    print(parts, repr(urlunsplit(parts)))
print(repr(urlunparse(('http', 'h', '/p', 'a', 'q', 'f'))))
print(repr(urlunparse(('', '', 'p', 'a', '', ''))))
show(urlunsplit, ('a', 'b'))
show(urlunparse, ('a', 'b', 'c', 'd', 'e'))
show(urlunsplit, ['http', 'h', '/', '', '', ''])

print('-- result objects')
r = urlsplit('http://u:p@h:1/x?q#f')
print(type(r).__name__, isinstance(r, tuple), len(r), r[0], r.netloc)
print(r._replace(scheme='https').geturl())
print(r._fields, ParseResult._fields)
print(r._asdict())
print(SplitResult('a', 'b', 'c', 'd', 'e').geturl())
print(ParseResult('a', 'b', 'c', 'd', 'e', 'f').geturl())
print(SplitResultBytes(b'a', b'b', b'c', b'd', b'e').geturl())
print(ParseResultBytes(b'a', b'b', b'c', b'd', b'e', b'f').geturl())
s, n, p, q, f = r
print(s, n, p, q, f)
print(r == ('http', 'u:p@h:1', '/x', 'q', 'f'))
try:
    r.foo = 1
except AttributeError as e:
    print('AttributeError')
print(urlsplit('http://[FE80::A%EtH0]:1/').hostname)
print(urlsplit('http://H%C3%A9:1/').hostname)
print(urlsplit('http://@/').username, urlsplit('http://@/').hostname)
