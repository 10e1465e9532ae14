# os.uname() and its result type: fields, tuple behaviour, repr, errors.
import os
import platform

u = os.uname()
print(type(u).__name__, type(u).__module__, len(u), isinstance(u, tuple))
print(u.sysname, u.sysname == u[0], u.machine == u[4], u.release == u[2])
print(all(isinstance(x, str) for x in u), u.nodename == u[1], u.version == u[3])
print(repr(u).startswith("posix.uname_result(sysname='Linux', nodename="))
print(u == tuple(u), u[1:3] == (u.nodename, u.release))
print(platform.system() == u.sysname, platform.machine() == u.machine)
r = os.uname_result(('a', 'b', 'c', 'd', 'e'))
print(r, r.machine, r.__reduce__()[0] is os.uname_result, os.uname_result.n_fields)
for bad in ((1, 2), (1, 2, 3, 4, 5, 6)):
    try:
        os.uname_result(bad)
    except TypeError as e:
        print(e)
try:
    u.sysname = 'x'
except AttributeError as e:
    print(type(e).__name__)
