# expanduser and expandvars, driven by os.environ.
import os
import posixpath

os.environ['FOO'] = 'foo'
os.environ['E'] = ''
os.environ.pop('NOPE', None)
for s in ['$FOO', '${FOO}', '$FOO/x', '$NOPE', '${NOPE}', '$', '${', '${FOO',
          '$FOO$FOO', 'a$-b', '$$', '$$FOO', '${}', '${F O}', 'x${FOO}y', '$E.',
          '$FOOx', '$1', 'é$FOO', 'no dollars', '$FOO}', '${FOO}}', 'a$', '$/']:
    print(repr(s), repr(posixpath.expandvars(s)), repr(posixpath.expandvars(s.encode())))

os.environ['HOME'] = '/home/someone'
for s in ['~', '~/', '~/a', '~/a/b/', 'a~', '~~', '', '/~', 'x/~/y']:
    print(repr(s), repr(posixpath.expanduser(s)), repr(posixpath.expanduser(s.encode())))
for home in ['/', '/home/u//', '', 'rel/dir']:
    os.environ['HOME'] = home
    print(repr(home), repr(posixpath.expanduser('~')), repr(posixpath.expanduser('~/x')),
          repr(posixpath.expanduser(b'~/x')))
print(repr(posixpath.expanduser('~surely_no_such_user_here/x')))
print(repr(posixpath.expanduser('~root')) in ("'/root'", "'~root'"))
