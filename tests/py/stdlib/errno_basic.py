# errno: the Linux error numbers and errorcode.
import errno
import os

print(errno.EPERM, errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EINVAL)
print(errno.EAGAIN, errno.EWOULDBLOCK, errno.EDEADLK, errno.EDEADLOCK,
      errno.ENOTSUP, errno.EOPNOTSUPP)
print(errno.errorcode[errno.ENOENT], errno.errorcode[11], errno.errorcode[35],
      errno.errorcode[95])
print(len(errno.errorcode), type(errno.errorcode).__name__)
names = sorted(n for n in dir(errno) if n.startswith('E'))
print(len(names))
for n in names:
    print(n, getattr(errno, n))
print(sorted(errno.errorcode.items()) == sorted(errno.errorcode.items()))
print(all(getattr(errno, name) == num for num, name in errno.errorcode.items()))
print(sorted(set(range(1, 134)) - set(errno.errorcode)))
try:
    errno.errorcode[0]
except KeyError as e:
    print('KeyError', e)
try:
    errno.ENOTANERROR
except AttributeError as e:
    print('AttributeError', e)

# The numbers are the ones the system uses.
try:
    os.stat('/no/such/file/here')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], type(e).__name__)
try:
    os.mkdir('/')
except OSError as e:
    print(errno.errorcode[e.errno], type(e).__name__)
print(OSError(errno.EACCES, 'denied').errno, type(OSError(errno.EACCES, 'x')).__name__)
print(type(OSError(errno.ENOENT, 'x')).__name__, type(OSError(errno.EEXIST, 'x')).__name__)
