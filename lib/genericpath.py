"""Path operations shared by every flavour of os.path.

The tests that stat the file system (exists, isfile, isdir, islink,
getsize, the times, samefile, samestat) and the string function
commonprefix. posixpath re-exports all of them.
"""

import os
import stat

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime',
           'getsize', 'isdir', 'isfile', 'islink', 'samefile',
           'sameopenfile', 'samestat', 'lexists']


def exists(path):
    """Return True if path names an existing file (following symlinks)."""
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    """Return True if path exists, even as a broken symbolic link."""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    """Return True if path is a regular file (following symlinks)."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    return stat.S_ISREG(st.st_mode)


def isdir(s):
    """Return True if s is a directory (following symlinks)."""
    try:
        st = os.stat(s)
    except (OSError, ValueError):
        return False
    return stat.S_ISDIR(st.st_mode)


def islink(path):
    """Return True if path is a symbolic link."""
    try:
        st = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISLNK(st.st_mode)


def getsize(filename):
    """Return the size of a file in bytes."""
    return os.stat(filename).st_size


def getmtime(filename):
    """Return the time of the last modification, in seconds since the epoch."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """Return the time of the last access, in seconds since the epoch."""
    return os.stat(filename).st_atime


def getctime(filename):
    """Return the time of the last metadata change, in seconds since the epoch."""
    return os.stat(filename).st_ctime


def commonprefix(m):
    """Return the longest leading part common to all the items of m.

    The comparison is item by item (character by character for strings), so
    the result need not be a valid path.
    """
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    # The smallest and the largest items differ first where any pair does.
    low = min(m)
    high = max(m)
    for i in range(len(low)):
        if low[i] != high[i]:
            return low[:i]
    return low


def samestat(s1, s2):
    """Return True if the two stat results describe the same file."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Return True if both paths name the same file (device and inode)."""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Return True if the two file descriptors refer to the same file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def _splitext(p, sep, altsep, extsep):
    # The extension starts at the last dot of the last component, unless
    # every character before that dot is a dot too (as in '.bashrc').
    sep_index = p.rfind(sep)
    if altsep:
        sep_index = max(sep_index, p.rfind(altsep))
    dot_index = p.rfind(extsep)
    if dot_index > sep_index:
        name = p[sep_index + 1:dot_index]
        if name.strip(extsep):
            return p[:dot_index], p[dot_index:]
    return p, p[:0]


def _check_arg_types(funcname, *args):
    # Turn an error of a path function into CPython's message: a wrong type
    # names the first bad argument, else it is a str and bytes mix.
    has_str = has_bytes = False
    for s in args:
        if isinstance(s, str):
            has_str = True
        elif isinstance(s, bytes):
            has_bytes = True
        else:
            raise TypeError(
                f'{funcname}() argument must be str, bytes, or '
                f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None
