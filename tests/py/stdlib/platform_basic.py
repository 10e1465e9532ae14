# The platform module: only properties that hold for any implementation on
# this machine are printed (types, shapes, consistency between functions).
import os
import sys
import copy
import pickle
import platform


def show(label, func, *args, **kwargs):
    try:
        print(label, repr(func(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


# Interpreter information: types and shapes only.
for name in ['python_implementation', 'python_version', 'python_compiler',
             'python_branch', 'python_revision']:
    value = getattr(platform, name)()
    print(name, type(value).__name__)
vt = platform.python_version_tuple()
print('version_tuple', type(vt).__name__, len(vt), [type(x).__name__ for x in vt])
print('version_tuple matches', '.'.join(vt) == platform.python_version())
print('version major', vt[0], vt[1])
build = platform.python_build()
print('build', type(build).__name__, len(build), [type(x).__name__ for x in build])

# uname() and its named tuple.
u = platform.uname()
print('uname type', type(u).__name__, [c.__name__ for c in type(u).__mro__])
print('uname cached', platform.uname() is u)
print('len', len(u), 'fields', u._fields)
print('uname_result_base fields', type(u).__mro__[1]._fields)
print('system', u[0] == platform.system() == u.system, platform.system())
print('node', u[1] == platform.node() == u.node)
print('release', u[2] == platform.release() == u.release)
print('version', u[3] == platform.version() == u.version)
print('machine', u[4] == platform.machine() == u.machine, platform.machine())
print('processor', u[5] == platform.processor() == u.processor,
      type(u.processor).__name__)
with open('/proc/sys/kernel/hostname') as f:
    print('node from proc', f.read().strip() == platform.node())
with open('/proc/sys/kernel/osrelease') as f:
    print('release from proc', f.read().strip() == platform.release())
with open('/proc/sys/kernel/version') as f:
    print('version from proc', f.read().strip() == platform.version())
print('all str', all(type(x) is str for x in u))
print('list len', len(list(u)), len(tuple(u)), len([*u]))
system, node, release, version, machine, processor = u
print('unpacked', system == u.system, processor == u.processor)
print('slices', u[:3] == (u.system, u.node, u.release), u[-1] == u.processor,
      u[1:6:2] == (u.node, u.version, u.processor))
print('eq tuple', u == tuple(u), u == tuple(u)[:5])
print('hash', hash(u) == hash(tuple(u)[:5]))
print('asdict keys', list(u._asdict()))
print('asdict', u._asdict() == dict(zip(u._fields, u)))
print('count', u.count(u.system), u.index(u.system))
r = u.__reduce__()
print('reduce', r[0] is platform.uname_result, len(r[1]), r[1] == tuple(u)[:5])
print('copy', copy.copy(u) == u, copy.deepcopy(u) == u,
      type(copy.copy(u)).__name__)
print('pickle', pickle.loads(pickle.dumps(u)) == u)

made = platform.uname_result('a', 'b', 'c', 'd', 'e')
print(repr(made))
print(made.system, made.machine, made[4], len(made), made._fields[-1])
print(repr(platform.uname_result._make(['s', 'n', 'r', 'v', 'm'])))
print(repr(made._replace(system='X', machine='Y')))
show('replace bad', made._replace, processor='p')
show('too many', platform.uname_result, 'a', 'b', 'c', 'd', 'e', 'f')
show('too few', platform.uname_result, 'a', 'b')
show('make 6', platform.uname_result._make, 'abcdef')
show('make 4', platform.uname_result._make, 'abcd')
print('processor str', type(made.processor).__name__, made[5] == made.processor)

# architecture()
print('architecture', platform.architecture())
print('architecture exe', platform.architecture(sys.executable))
print('architecture args', platform.architecture(bits='32bit', linkage='X'))
show('architecture empty', platform.architecture, '', '', '')
show('architecture text', platform.architecture, '/proc/sys/kernel/ostype')
show('architecture dir', platform.architecture, '/proc')
show('architecture missing', platform.architecture, '/nonexistent/x', 'a', 'b')

# libc_ver()
print('libc_ver', platform.libc_ver())
print('libc_ver empty', platform.libc_ver(''))
print('libc_ver defaults', platform.libc_ver(None, 'x', 'y'))
show('libc_ver text', platform.libc_ver, '/proc/sys/kernel/ostype', 'x', 'y')
show('libc_ver missing', platform.libc_ver, '/nonexistent/x')
path = '/tmp/platform_basic_%d.bin' % os.getpid()
samples = [
    b'\0libc.so.6\0GLIBC_2.2.5\0GLIBC_2.34\0GLIBC_2.3\0',
    b'libc.so.7\0',
    b'libc_r.so.5\0',
    b'libc.so\0__libc_init\0',
    b'__libc_init\0',
    b'GLIBC_PRIVATE\0libc.so.6.1\0libc.so.10',
    b'nothing here',
]
try:
    for data in samples:
        with open(path, 'wb') as f:
            f.write(data)
        print('scan', data[:12], platform.libc_ver(path),
              platform.libc_ver(path, 'glibc', '2.40'),
              platform.libc_ver(path, 'x', '9'))
finally:
    os.remove(path)

# platform()
p = platform.platform()
print('platform type', type(p).__name__)
print('platform prefix', p.startswith(platform.system() + '-' + platform.release()))
print('platform libc', p.endswith('-with-' + ''.join(platform.libc_ver())))
print('platform machine', ('-' + platform.machine() + '-') in p)
print('platform terse', platform.platform(terse=True) == p)
print('platform aliased', platform.platform(aliased=True) == p,
      platform.platform(1, 1) == p)
print('no spaces', ' ' not in p, '--' not in p)

# system_alias()
for args in [('SunOS', '5.10', 'v'), ('SunOS', '4.1', 'v'), ('SunOS', '6.1', 'v'),
             ('SunOS', '5.x', 'v'), ('win32', '1', '2'), ('win16', '1', '2'),
             ('Linux', '6.1', '#1'), ('Windows', '10', '10.0')]:
    print('alias', args, platform.system_alias(*args))

# Other systems' probes answer with their defaults.
print(platform.mac_ver(), platform.mac_ver('a', ('b', 'c', 'd'), 'e'))
print(platform.win32_ver(), platform.win32_edition(), platform.win32_is_iot())
print(platform.java_ver())
print(platform.java_ver('a', 'b', ('c', 'd', 'e'), ('f', 'g', 'h')))

# freedesktop_os_release()
info = platform.freedesktop_os_release()
print('os-release', type(info).__name__, info['ID'], 'NAME' in info,
      'PRETTY_NAME' in info)
info['EXTRA'] = 1
print('copy', 'EXTRA' in platform.freedesktop_os_release())
with open('/etc/os-release') as f:
    print('ID line', any(line.strip('\n"\'') == 'ID=' + info['ID'] or
                         line.strip() in ('ID=' + info['ID'],
                                          'ID="%s"' % info['ID'])
                         for line in f))

path = '/tmp/platform_os_release_%d' % os.getpid()
saved = platform._os_release_candidates
try:
    with open(path, 'w') as f:
        f.write('# A comment\n'
                'NAME="Test OS"\n'
                "ID='test'\n"
                'VERSION_ID=1.0\n'
                'QUOTED="say \\"hi\\" for \\$5 \\\\ \\n"\n'
                'UNTERMINATED="abc\n'
                "MIXED='abc\"\n"
                'EMPTY=\n'
                'lower_key=ok\n'
                ' LEADING=space\n'
                'SPACED = no\n'
                'INNER="a"b"\n'
                'EQ=a=b\n'
                '\n'
                'BAD-KEY=1\n')
    platform._os_release_candidates = ('/nonexistent/os-release', path)
    platform._os_release_cache = None
    for key, value in platform.freedesktop_os_release().items():
        print('  ', key, repr(value))
    platform._os_release_candidates = ('/nonexistent/a', '/nonexistent/b')
    platform._os_release_cache = None
    try:
        platform.freedesktop_os_release()
    except OSError as e:
        print(type(e).__name__, e, e.errno)
    platform._os_release_candidates = ('/proc',)
    try:
        platform.freedesktop_os_release()
    except OSError as e:
        print(type(e).__name__, e, e.errno)
finally:
    platform._os_release_candidates = saved
    platform._os_release_cache = None
    os.remove(path)
print('restored', platform.freedesktop_os_release()['ID'] == info['ID'])
