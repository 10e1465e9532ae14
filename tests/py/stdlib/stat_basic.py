# The stat module: constants, the S_IS* tests and filemode.
import stat

names = sorted(n for n in dir(stat) if n.isupper() and isinstance(getattr(stat, n), int))
for n in names:
    print(n, oct(getattr(stat, n)))

modes = [0o100644, 0o040755, 0o120777, 0o020620, 0o060660, 0o010644, 0o140755,
         0o041777, 0o104755, 0o102755, 0o2070, 0o170777, 0o1644, 0o1645, 0o6000,
         0, 0o7777, 2**32 - 1, True]
tests = [stat.S_ISDIR, stat.S_ISREG, stat.S_ISLNK, stat.S_ISCHR, stat.S_ISBLK,
         stat.S_ISFIFO, stat.S_ISSOCK, stat.S_ISDOOR, stat.S_ISPORT, stat.S_ISWHT]
for m in modes:
    print(oct(m), stat.filemode(m), oct(stat.S_IMODE(m)), oct(stat.S_IFMT(m)),
          [t.__name__ for t in tests if t(m)])

for arg in ['x', 1.5, None, -1, 2**32, 2**40, 2**64, 2**70]:
    for f in [stat.S_ISDIR, stat.S_IMODE, stat.S_IFMT, stat.filemode, stat.S_ISDOOR]:
        try:
            print(f.__name__, repr(f(arg)))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)

print(stat.ST_MODE, stat.ST_SIZE, stat.ST_MTIME, stat.S_IRWXU | stat.S_IRGRP,
      stat.S_IMODE(stat.S_IFREG | stat.S_IRUSR | stat.S_IWUSR) == 0o600)
