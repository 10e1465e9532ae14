"""File mode bits: the constants and tests of CPython's stat module.

The S_IS* functions, S_IMODE and S_IFMT take the st_mode of an
os.stat_result; filemode() renders a mode as `ls -l` does ('-rw-r--r--').
The values are those of Linux.
"""

# Indexes of the fields in the tuple form of os.stat_result.
ST_MODE = 0
ST_INO = 1
ST_DEV = 2
ST_NLINK = 3
ST_UID = 4
ST_GID = 5
ST_SIZE = 6
ST_ATIME = 7
ST_MTIME = 8
ST_CTIME = 9

# File types.
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
# Types that Linux does not have.
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

# Permission and special bits.
S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IREAD = 0o0400
S_IWRITE = 0o0200
S_IEXEC = 0o0100
S_IRWXU = 0o0700
S_IRUSR = 0o0400
S_IWUSR = 0o0200
S_IXUSR = 0o0100
S_IRWXG = 0o0070
S_IRGRP = 0o0040
S_IWGRP = 0o0020
S_IXGRP = 0o0010
S_IRWXO = 0o0007
S_IROTH = 0o0004
S_IWOTH = 0o0002
S_IXOTH = 0o0001

# Flags of chflags() (BSD and macOS).
UF_NODUMP = 0x00000001
UF_IMMUTABLE = 0x00000002
UF_APPEND = 0x00000004
UF_OPAQUE = 0x00000008
UF_NOUNLINK = 0x00000010
UF_COMPRESSED = 0x00000020
UF_HIDDEN = 0x00008000
SF_ARCHIVED = 0x00010000
SF_IMMUTABLE = 0x00020000
SF_APPEND = 0x00040000
SF_NOUNLINK = 0x00100000
SF_SNAPSHOT = 0x00200000

# Windows file attributes (os.stat_result.st_file_attributes).
FILE_ATTRIBUTE_ARCHIVE = 32
FILE_ATTRIBUTE_COMPRESSED = 2048
FILE_ATTRIBUTE_DEVICE = 64
FILE_ATTRIBUTE_DIRECTORY = 16
FILE_ATTRIBUTE_ENCRYPTED = 16384
FILE_ATTRIBUTE_HIDDEN = 2
FILE_ATTRIBUTE_INTEGRITY_STREAM = 32768
FILE_ATTRIBUTE_NORMAL = 128
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 8192
FILE_ATTRIBUTE_NO_SCRUB_DATA = 131072
FILE_ATTRIBUTE_OFFLINE = 4096
FILE_ATTRIBUTE_READONLY = 1
FILE_ATTRIBUTE_REPARSE_POINT = 1024
FILE_ATTRIBUTE_SPARSE_FILE = 512
FILE_ATTRIBUTE_SYSTEM = 4
FILE_ATTRIBUTE_TEMPORARY = 256
FILE_ATTRIBUTE_VIRTUAL = 65536


def _mode(mode):
    # The C functions take a mode_t: an int (bool included, no __index__)
    # in the range of a 32-bit unsigned number.
    if not isinstance(mode, int):
        raise TypeError("an integer is required")
    if mode < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if mode > 0xFFFFFFFF:
        if mode > 0xFFFFFFFFFFFFFFFF:
            raise OverflowError(
                "Python int too large to convert to C unsigned long")
        raise OverflowError("mode out of range")
    return int(mode)


def S_IMODE(mode):
    """Return the permission bits of mode (what chmod() can set)."""
    return _mode(mode) & 0o7777


def S_IFMT(mode):
    """Return the file type bits of mode."""
    return _mode(mode) & 0o170000


def S_ISDIR(mode):
    """Return True if mode is that of a directory."""
    return _mode(mode) & 0o170000 == S_IFDIR


def S_ISCHR(mode):
    """Return True if mode is that of a character device."""
    return _mode(mode) & 0o170000 == S_IFCHR


def S_ISBLK(mode):
    """Return True if mode is that of a block device."""
    return _mode(mode) & 0o170000 == S_IFBLK


def S_ISREG(mode):
    """Return True if mode is that of a regular file."""
    return _mode(mode) & 0o170000 == S_IFREG


def S_ISFIFO(mode):
    """Return True if mode is that of a FIFO (named pipe)."""
    return _mode(mode) & 0o170000 == S_IFIFO


def S_ISLNK(mode):
    """Return True if mode is that of a symbolic link."""
    return _mode(mode) & 0o170000 == S_IFLNK


def S_ISSOCK(mode):
    """Return True if mode is that of a socket."""
    return _mode(mode) & 0o170000 == S_IFSOCK


def S_ISDOOR(mode):
    """Return False: Linux has no doors."""
    _mode(mode)
    return False


def S_ISPORT(mode):
    """Return False: Linux has no event ports."""
    _mode(mode)
    return False


def S_ISWHT(mode):
    """Return False: Linux has no whiteouts."""
    _mode(mode)
    return False


# The letter that filemode() shows for each file type.
_TYPE_LETTERS = {
    S_IFLNK: "l", S_IFSOCK: "s", S_IFREG: "-", S_IFBLK: "b",
    S_IFDIR: "d", S_IFCHR: "c", S_IFIFO: "p",
}


def filemode(mode):
    """Return mode as a string of ten characters, such as '-rwxr-xr-x'."""
    mode = _mode(mode)
    chars = [_TYPE_LETTERS.get(mode & 0o170000, "?")]
    # Each triple is read, write and execute; the execute slot also shows
    # the set-id or sticky bit: lowercase when execute is set, else uppercase.
    for shift, special, letter in ((6, S_ISUID, "s"), (3, S_ISGID, "s"),
                                   (0, S_ISVTX, "t")):
        bits = (mode >> shift) & 7
        chars.append("r" if bits & 4 else "-")
        chars.append("w" if bits & 2 else "-")
        if mode & special:
            chars.append(letter if bits & 1 else letter.upper())
        else:
            chars.append("x" if bits & 1 else "-")
    return "".join(chars)
