"""Platform identification: the Linux part of CPython 3.12's platform module.

The interpreter functions (`python_implementation`, `python_version`,
`python_version_tuple`, `python_build`, `python_compiler`,
`python_branch`, `python_revision`) read `sys.version`,
`sys.implementation` and `sys._git`.  The system functions (`uname`,
`system`, `node`, `release`, `version`, `machine`, `processor`) use
`os.uname()` when the os module has it and otherwise the kernel's files
under /proc/sys/kernel.  `architecture()` reads the ELF header of the
executable instead of running the `file` command, `libc_ver()` asks
`os.confstr`, then the C library mapped into this process, then scans the
executable, and `platform()` joins it all into one string such as
'Linux-6.1.0-x86_64-with-glibc2.36'.  `freedesktop_os_release()` parses
/etc/os-release or /usr/lib/os-release.

The Windows, macOS and Java probes (`win32_ver`, `mac_ver`, `java_ver`,
`win32_edition`, `win32_is_iot`) answer as CPython does on Linux: they
return their defaults.
"""

import os
import sys

__version__ = '1.0.8'


# ---------------------------------------------------------------------------
# The interpreter.

_IMPLEMENTATION_NAMES = {
    'cpython': 'CPython',
    'pypy': 'PyPy',
    'ironpython': 'IronPython',
    'jython': 'Jython',
}

_sys_version_cache = {}


def _parse_sys_version(text):
    """Split a sys.version string into (version, buildno, builddate, compiler).

    The usual shape is '3.12.1 (main, May  9 2026, 07:36:11) [GCC 12.2.0]';
    the parenthesised build part and the bracketed compiler are optional.
    """
    result = _sys_version_cache.get(text)
    if result is not None:
        return result
    version, _, rest = text.strip().partition(' ')
    rest = rest.strip()
    buildno = builddate = compiler = ''
    if rest.startswith('('):
        close = rest.find(')')
        if close < 0:
            close = len(rest)
        parts = rest[1:close].split(',')
        buildno = parts[0].strip()
        if buildno.startswith('#'):
            buildno = buildno[1:]
        if len(parts) > 1:
            builddate = parts[1].strip()
            if len(parts) > 2 and parts[2].strip():
                builddate = builddate + ' ' + parts[2].strip()
        rest = rest[close + 1:].strip()
    if rest.startswith('['):
        close = rest.find(']')
        compiler = rest[1:close] if close >= 0 else rest[1:]
    # Versions given as 'major.minor' gain a micro number, as CPython's do.
    pieces = version.split('.')
    if len(pieces) == 2:
        version = version + '.0'
    result = (version, buildno, builddate, compiler)
    _sys_version_cache[text] = result
    return result


def python_implementation():
    """Return the implementation's name: 'CPython', 'PyPy', or for others
    sys.implementation.name as it is (for example 'pyprobe')."""
    name = sys.implementation.name
    return _IMPLEMENTATION_NAMES.get(name, name)


def python_version():
    """Return the Python version as a 'major.minor.patchlevel' string."""
    return _parse_sys_version(sys.version)[0]


def python_version_tuple():
    """Return the Python version as a tuple of strings (major, minor, patch)."""
    return tuple(python_version().split('.'))


def python_build():
    """Return (buildno, builddate) taken from sys.version."""
    _, buildno, builddate, _ = _parse_sys_version(sys.version)
    return buildno, builddate


def python_compiler():
    """Return the name of the compiler that built the interpreter."""
    return _parse_sys_version(sys.version)[3]


def _git_info():
    """Return sys._git as a 3-tuple, or empty strings when it is absent."""
    info = getattr(sys, '_git', None)
    if not info or len(info) != 3:
        return ('', '', '')
    return info


def python_branch():
    """Return the source-control branch the interpreter was built from."""
    return _git_info()[1]


def python_revision():
    """Return the source-control revision the interpreter was built from."""
    return _git_info()[2]


# ---------------------------------------------------------------------------
# uname() and the functions built on it.

def _unknown_as_blank(value):
    """Report the placeholder 'unknown' as an empty string."""
    return '' if value == 'unknown' else value


def _tuple_items(self):
    """The items stored in a tuple subclass, ignoring an overridden __iter__."""
    return tuple.__iter__(self)


class uname_result_base(tuple):
    """uname_result_base(system, node, release, version, machine)"""

    __slots__ = ()
    _fields = ('system', 'node', 'release', 'version', 'machine')
    _field_defaults = {}
    __match_args__ = _fields

    def __new__(_cls, system, node, release, version, machine):
        """Create new instance of uname_result_base(system, node, release, version, machine)"""
        return tuple.__new__(_cls, (system, node, release, version, machine))

    @classmethod
    def _make(cls, iterable):
        """Make a new uname_result_base object from a sequence or iterable."""
        result = tuple.__new__(cls, iterable)
        if tuple.__len__(result) != 5:
            raise TypeError(f'Expected 5 arguments, got {tuple.__len__(result)}')
        return result

    def _replace(self, /, **kwds):
        """Return a new object replacing the given fields with new values."""
        values = [kwds.pop(name, value) for name, value
                  in zip(uname_result_base._fields, _tuple_items(self))]
        result = self._make(values)
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    def __repr__(self):
        """Show the class name and each of the five fields."""
        system, node, release, version, machine = _tuple_items(self)
        return (f'{self.__class__.__name__}(system={system!r}, node={node!r}, '
                f'release={release!r}, version={version!r}, '
                f'machine={machine!r})')

    def _asdict(self):
        """Return a dict from each field name to its value."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """The constructor arguments for copy and pickle."""
        return tuple(_tuple_items(self))

    system = property(lambda self: tuple.__getitem__(self, 0),
                      doc='Alias for field number 0')
    node = property(lambda self: tuple.__getitem__(self, 1),
                    doc='Alias for field number 1')
    release = property(lambda self: tuple.__getitem__(self, 2),
                       doc='Alias for field number 2')
    version = property(lambda self: tuple.__getitem__(self, 3),
                       doc='Alias for field number 3')
    machine = property(lambda self: tuple.__getitem__(self, 4),
                       doc='Alias for field number 4')


def _processor_name():
    """Ask `uname -p` for the processor name, as CPython does on Linux."""
    try:
        import subprocess
    except ImportError:
        return ''
    try:
        output = subprocess.check_output(['uname', '-p'],
                                         stderr=subprocess.DEVNULL,
                                         text=True, encoding='utf8')
    except (OSError, ValueError, subprocess.SubprocessError):
        return ''
    return output.strip()


class _LazyProcessor:
    """The processor field: computed on first access, then kept on the
    instance (running a command is too slow to do for every uname())."""

    def __set_name__(self, owner, name):
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = _unknown_as_blank(_processor_name())
        instance.__dict__[self.attrname] = value
        return value


class uname_result(uname_result_base):
    """A uname_result_base extended by the processor field, which is only
    determined when first needed.

    It is a tuple of five items (system, node, release, version, machine)
    that iterates, indexes and measures as six: the processor comes last.
    """

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    processor = _LazyProcessor()

    @classmethod
    def _make(cls, iterable):
        """Make a uname_result from the five uname fields."""
        result = cls.__new__(cls, *iterable)
        if tuple.__len__(result) != 5:
            raise TypeError(f'Expected 5 arguments, got {tuple.__len__(result)}')
        return result

    def __iter__(self):
        yield from _tuple_items(self)
        yield self.processor

    def __getitem__(self, key):
        return tuple(self)[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(_tuple_items(self))


def _read_kernel_value(name):
    """Read one of the files in /proc/sys/kernel, or '' when unreadable."""
    try:
        with open('/proc/sys/kernel/' + name) as f:
            return f.read().rstrip('\n')
    except (OSError, ValueError):
        return ''


# Machine names of ELF e_machine numbers, for kernels without
# /proc/sys/kernel/arch.
_ELF_MACHINES = {3: 'i686', 8: 'mips', 20: 'ppc', 21: 'ppc64', 22: 's390x',
                 40: 'armv7l', 62: 'x86_64', 183: 'aarch64', 243: 'riscv64',
                 258: 'loongarch64'}


def _read_elf_header(path):
    """Return the first 20 bytes of an ELF file, or None."""
    try:
        with open(path, 'rb') as f:
            header = f.read(20)
    except (OSError, ValueError):
        return None
    if len(header) < 20 or header[:4] != b'\x7fELF':
        return None
    return header


def _elf_half(header, offset):
    """Decode the 16-bit field at offset in the header's byte order."""
    pair = header[offset:offset + 2]
    return int.from_bytes(pair, 'big' if header[5] == 2 else 'little')


def _machine_fallback():
    """Guess the machine name when the kernel does not say."""
    header = _read_elf_header('/proc/self/exe')
    if header is not None:
        name = _ELF_MACHINES.get(_elf_half(header, 18))
        if name is not None:
            if name == 'ppc64' and header[5] == 1:
                name = 'ppc64le'
            return name
    return 'x86_64' if sys.maxsize > 2**32 else 'i686'


_uname_cache = None


def uname():
    """Return the system's identification as a uname_result named tuple:
    (system, node, release, version, machine, processor)."""
    global _uname_cache
    if _uname_cache is not None:
        return _uname_cache
    if hasattr(os, 'uname'):
        system, node, release, version, machine = tuple(os.uname())
    else:
        system = _read_kernel_value('ostype')
        if not system:
            system = 'Linux' if sys.platform.startswith('linux') else sys.platform
        node = _read_kernel_value('hostname')
        release = _read_kernel_value('osrelease')
        version = _read_kernel_value('version')
        machine = _read_kernel_value('arch') or _machine_fallback()
    _uname_cache = uname_result(_unknown_as_blank(system),
                                _unknown_as_blank(node),
                                _unknown_as_blank(release),
                                _unknown_as_blank(version),
                                _unknown_as_blank(machine))
    return _uname_cache


def system():
    """Return the operating system's name, e.g. 'Linux'."""
    return uname().system


def node():
    """Return the computer's network name ('' when unknown)."""
    return uname().node


def release():
    """Return the operating system's release, e.g. '6.1.0-18-amd64'."""
    return uname().release


def version():
    """Return the operating system's version string."""
    return uname().version


def machine():
    """Return the machine type, e.g. 'x86_64'."""
    return uname().machine


def processor():
    """Return the processor name ('' when it cannot be determined)."""
    return uname().processor


def system_alias(system, release, version):
    """Return (system, release, version) under their marketing names:
    SunOS 5 is reported as Solaris 2, win32 and win16 as Windows."""
    if system == 'SunOS':
        if release < '5':
            return system, release, version
        pieces = release.split('.')
        if pieces:
            try:
                major = int(pieces[0])
            except ValueError:
                pass
            else:
                pieces[0] = str(major - 3)
                release = '.'.join(pieces)
        system = 'Solaris'
    elif system in ('win32', 'win16'):
        system = 'Windows'
    return system, release, version


# ---------------------------------------------------------------------------
# Executable format and C library.

def architecture(executable=sys.executable, bits='', linkage=''):
    """Return (bits, linkage) for an executable, e.g. ('64bit', 'ELF').

    The file's ELF header decides both for executables and shared
    objects; for other files the given defaults are returned, with bits
    defaulting to the interpreter's pointer size.
    """
    if not bits:
        bits = '%dbit' % (sys.maxsize.bit_length() + 1)
    if not executable:
        return bits, linkage
    header = _read_elf_header(executable)
    if header is None:
        return bits, linkage
    # Only executables (ET_EXEC) and shared objects or position independent
    # executables (ET_DYN) count, not object files or core dumps.
    if _elf_half(header, 16) not in (2, 3):
        return bits, linkage
    if header[4] == 1:
        bits = '32bit'
    elif header[4] == 2:
        bits = '64bit'
    return bits, 'ELF'


# Ranks of the words that can appear in version numbers, for comparisons.
_VERSION_STAGES = {'dev': 10, 'alpha': 20, 'a': 20, 'beta': 30, 'b': 30,
                   'c': 40, 'RC': 50, 'rc': 50, 'pl': 200, 'p': 200}


def _version_key(text):
    """Turn a version string into a list that compares numerically."""
    key = []
    run = ''
    for char in text + '.':
        if char.isdigit() != run.isdigit() or char in '._+-':
            if run:
                key.append(int(run) if run.isdigit()
                           else _VERSION_STAGES.get(run, 0))
            run = '' if char in '._+-' else char
        else:
            run += char
    return key


def _glibc_release(path):
    """Find the release number in a GNU C library file, or ''."""
    try:
        with open(path, 'rb') as f:
            data = f.read()
    except (OSError, ValueError):
        return ''
    start = data.find(b'GNU C Library')
    if start < 0:
        return ''
    start = data.find(b'release version ', start)
    if start < 0:
        return ''
    start += len(b'release version ')
    end = start
    while end < len(data) and data[end] in b'0123456789.':
        end += 1
    return data[start:end].rstrip(b'.').decode('ascii')


def _libc_of_process():
    """Return ('glibc', version) for the C library mapped into this
    process, or None when it is not a recognisable glibc."""
    try:
        with open('/proc/self/maps') as f:
            lines = f.read().splitlines()
    except (OSError, ValueError):
        return None
    for line in lines:
        fields = line.split(None, 5)
        if len(fields) < 6:
            continue
        path = fields[5]
        name = path.rpartition('/')[2]
        if not (name.startswith('libc.so') or name.startswith('libc-')):
            continue
        for candidate in (name, os.path.realpath(path).rpartition('/')[2]):
            # Older glibc installs name the library libc-2.31.so.
            if candidate.startswith('libc-') and candidate.endswith('.so'):
                number = candidate[5:-3]
                if number and number[0].isdigit():
                    return 'glibc', number
        number = _glibc_release(path)
        if number:
            return 'glibc', number
        return None
    return None


_WORD_BYTES = frozenset(b'abcdefghijklmnopqrstuvwxyz'
                        b'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
_VERSION_BYTES = frozenset(b'0123456789.')


def _scan_libc(data, lib, version):
    """Look through a binary for the C library it links against.

    Symbol versions GLIBC_x.y name glibc (the highest one wins), a
    libc.so.N or libc_xxx.so.N name another libc, and __libc_init an
    unversioned libc when nothing else is known.
    """
    size = len(data)
    pos = 0
    while True:
        glibc_at = data.find(b'GLIBC_', pos)
        libc_at = data.find(b'libc', pos)
        if glibc_at < 0 and libc_at < 0:
            break
        if libc_at < 0 or 0 <= glibc_at < libc_at - 2:
            # A GLIBC_ symbol version.
            end = start = glibc_at + 6
            while end < size and data[end] in _VERSION_BYTES:
                end += 1
            pos = end if end > start else glibc_at + 1
            if end == start:
                continue
            found = data[start:end].decode('latin-1')
            if lib != 'glibc':
                lib = 'glibc'
                version = found
            elif _version_key(found) > _version_key(version):
                version = found
            continue
        if data[libc_at - 2:libc_at] == b'__' and \
                data[libc_at + 4:libc_at + 9] == b'_init':
            if not lib:
                lib = 'libc'
            pos = libc_at + 9
            continue
        # A library name: libc, an optional _suffix, '.so' and an optional
        # '.N' version.
        end = libc_at + 4
        threads = ''
        if end < size and data[end] == 0x5F:
            suffix_end = end + 1
            while suffix_end < size and data[suffix_end] in _WORD_BYTES:
                suffix_end += 1
            threads = data[end:suffix_end].decode('latin-1')
            end = suffix_end
        if data[end:end + 3] != b'.so' or threads == '_':
            pos = libc_at + 1
            continue
        end += 3
        soversion = ''
        if data[end:end + 1] == b'.' and data[end + 1:end + 2].isdigit():
            start = end + 1
            end = start + 1
            while end < size and data[end] in _VERSION_BYTES:
                end += 1
            soversion = data[start:end].decode('latin-1')
        pos = end
        if lib != 'glibc':
            lib = 'libc'
            if soversion and (not version or
                              _version_key(soversion) > _version_key(version)):
                version = soversion
            if threads and not version.endswith(threads):
                version = version + threads
    return lib, version


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """Return (lib, version) naming the C library the executable uses.

    Without an executable the running process is asked (os.confstr, then
    the library mapped into memory); otherwise, or when that fails, the
    file (by default the interpreter) is scanned for the symbol versions
    it links against.  lib and version are returned when nothing is found.
    chunksize is accepted for compatibility; the file is read whole.
    """
    if not executable:
        confstr = getattr(os, 'confstr', None)
        if confstr is not None:
            try:
                parts = confstr('CS_GNU_LIBC_VERSION').split(maxsplit=1)
            except (AttributeError, ValueError, OSError):
                parts = ()
            if len(parts) == 2:
                return tuple(parts)
        found = _libc_of_process()
        if found is not None:
            return found
        executable = sys.executable
        if not executable:
            return lib, version
    executable = os.path.realpath(executable)
    with open(executable, 'rb') as f:
        data = f.read()
    return _scan_libc(data, lib, version)


# ---------------------------------------------------------------------------
# The summary string.

# Characters that cannot appear in platform() strings, and their stand-ins.
_PLATFORM_REPLACEMENTS = {' ': '_', '/': '-', '\\': '-', ':': '-', ';': '-',
                          '"': '-', '(': '-', ')': '-'}


def _platform(*parts):
    """Join the non-empty parts with '-' into a string fit for file names."""
    text = '-'.join(part.strip() for part in parts if part)
    text = ''.join(_PLATFORM_REPLACEMENTS.get(char, char) for char in text)
    text = text.replace('unknown', '')
    while '--' in text:
        text = text.replace('--', '-')
    if text.endswith('-'):
        text = text[:-1]
    return text


_platform_cache = {}


def platform(aliased=False, terse=False):
    """Return one string identifying the platform, e.g.
    'Linux-6.1.0-x86_64-with-glibc2.36'.

    aliased applies system_alias(); terse shortens the result on systems
    other than Linux, where the C library is always included.
    """
    key = (bool(aliased), bool(terse))
    result = _platform_cache.get(key)
    if result is not None:
        return result
    system, node, release, version, machine, processor = uname()
    if machine == processor:
        processor = ''
    if aliased:
        system, release, version = system_alias(system, release, version)
    if system == 'Linux':
        libcname, libcversion = libc_ver()
        result = _platform(system, release, machine, processor,
                           'with', libcname + libcversion)
    elif terse:
        result = _platform(system, release)
    else:
        bits, linkage = architecture(sys.executable)
        result = _platform(system, release, machine, processor, bits, linkage)
    _platform_cache[key] = result
    return result


# ---------------------------------------------------------------------------
# /etc/os-release.

_os_release_candidates = ('/etc/os-release', '/usr/lib/os-release')
_os_release_cache = None

_OS_RELEASE_KEY_CHARS = frozenset('abcdefghijklmnopqrstuvwxyz'
                                  'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
_OS_RELEASE_ESCAPABLE = '\\$"\'`'


def _unescape_os_release(value):
    """Undo the shell-style backslash escapes of an os-release value."""
    if '\\' not in value:
        return value
    out = []
    index = 0
    size = len(value)
    while index < size:
        char = value[index]
        if (char == '\\' and index + 1 < size
                and value[index + 1] in _OS_RELEASE_ESCAPABLE):
            out.append(value[index + 1])
            index += 2
        else:
            out.append(char)
            index += 1
    return ''.join(out)


def _parse_os_release(lines):
    """Parse os-release lines of the form KEY=value into a dict."""
    info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
    keychars = _OS_RELEASE_KEY_CHARS
    for line in lines:
        if line.endswith('\n'):
            line = line[:-1]
        if '\n' in line:
            continue
        name, sep, value = line.partition('=')
        if not sep or not name:
            continue
        if not all(char in keychars for char in name):
            continue
        if len(value) >= 2 and value[0] in '"\'' and value[-1] == value[0]:
            value = value[1:-1]
        info[name] = _unescape_os_release(value)
    return info


def freedesktop_os_release():
    """Return the operating system identification from os-release as a dict.

    /etc/os-release is read, or /usr/lib/os-release when that fails; if
    neither can be read, OSError (or the subclass for the error) is raised.
    """
    global _os_release_cache
    if _os_release_cache is None:
        error_number = None
        for candidate in _os_release_candidates:
            try:
                with open(candidate, encoding='utf-8') as f:
                    _os_release_cache = _parse_os_release(f)
                break
            except OSError as exc:
                error_number = exc.errno
        else:
            raise OSError(error_number, 'Unable to read files '
                          + ', '.join(_os_release_candidates))
    return _os_release_cache.copy()


# ---------------------------------------------------------------------------
# Other operating systems: on Linux these report their defaults.

def win32_ver(release='', version='', csd='', ptype=''):
    """Return Windows version information; the defaults elsewhere."""
    return release, version, csd, ptype


def win32_edition():
    """Return the Windows edition; None elsewhere."""
    return None


def win32_is_iot():
    """Return whether this is Windows IoT; False elsewhere."""
    return False


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    """Return macOS version information; the defaults elsewhere."""
    return release, versioninfo, machine


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    """Return Java VM information; the defaults outside Jython."""
    return release, vendor, vminfo, osinfo
