# The posix module's calls and the OSError subclasses, errnos and messages
# they raise.
import posix

d = "/tmp/pyprobe_posix_%d" % posix.getpid()
posix.mkdir(d)
print(sorted(posix.listdir(d)))
with open(d + "/f.txt", "w") as f:
    f.write("hello")
st = posix.stat(d + "/f.txt")
print(st[6], st[0] & 0o170000 == 0o100000, posix.stat(d)[0] & 0o170000 == 0o040000)
calls = [
    lambda: posix.mkdir(d),
    lambda: posix.stat(d + "/nope"),
    lambda: posix.rmdir(d),
    lambda: posix.rename(d + "/x", d + "/y"),
    lambda: posix.listdir(d + "/f.txt"),
    lambda: posix.unlink(d),
    lambda: posix.readlink(d + "/f.txt"),
    lambda: posix.chdir(d + "/nope"),
]
for call in calls:
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, str(e).replace(d, "D"))
posix.rename(d + "/f.txt", d + "/g.txt")
print(sorted(posix.listdir(d)))
posix.symlink("g.txt", d + "/link")
print(posix.readlink(d + "/link"), posix.lstat(d + "/link")[0] & 0o170000 == 0o120000)
posix.chmod(d + "/g.txt", 0o600)
print(oct(posix.stat(d + "/g.txt")[0] & 0o777))
posix.utime(d + "/g.txt", (1000000000.5, 1200000000.25))
print(int(posix.stat(d + "/g.txt")[8]))
posix.unlink(d + "/link")
posix.remove(d + "/g.txt")
posix.rmdir(d)
print(posix.access(d, posix.F_OK), posix.access("/tmp", posix.R_OK | posix.W_OK))
print(posix.strerror(2), posix.strerror(13), posix.system("exit 3"), posix.system("true"))
print(len(posix.urandom(16)), type(posix.cpu_count()).__name__, posix.getpid() > 0)
posix.putenv("PYPROBE_POSIX_TEST", "yes")
print(posix.system('test "$PYPROBE_POSIX_TEST" = yes'))
posix.unsetenv("PYPROBE_POSIX_TEST")
print(posix.system('test -z "$PYPROBE_POSIX_TEST"'))
cwd = posix.getcwd()
posix.chdir("/tmp")
print(posix.getcwd())
posix.chdir(cwd)
for bad in (lambda: posix.urandom(-1), lambda: posix.putenv("A=B", "1")):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
