"""Object serialization: CPython 3.12's pickle.

`dumps`/`dump` write the same bytes as CPython's C pickler (`_pickle`) for
protocols 0 to 5: the same opcodes, memo indexes, batching of container
items and protocol-4 framing. `loads`/`load` read everything CPython
writes, the Python 2 opcodes of protocols 0-2 included. `Pickler` and
`Unpickler` support `persistent_id`/`persistent_load`, `dispatch_table`,
`reducer_override` and `find_class`, and out-of-band buffers (protocol 5).
"""

import sys
import copyreg
from copyreg import _extension_registry, _inverted_registry, _extension_cache

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads", "PickleBuffer",
           "ADDITEMS", "APPEND", "APPENDS", "BINBYTES", "BINBYTES8",
           "BINFLOAT", "BINGET", "BININT", "BININT1", "BININT2", "BINPERSID",
           "BINPUT", "BINSTRING", "BINUNICODE", "BINUNICODE8", "BUILD",
           "BYTEARRAY8", "DICT", "DUP", "EMPTY_DICT", "EMPTY_LIST",
           "EMPTY_SET", "EMPTY_TUPLE", "EXT1", "EXT2", "EXT4", "FALSE",
           "FLOAT", "FRAME", "FROZENSET", "GET", "GLOBAL", "INST", "INT",
           "LIST", "LONG", "LONG1", "LONG4", "LONG_BINGET", "LONG_BINPUT",
           "MARK", "MEMOIZE", "NEWFALSE", "NEWOBJ", "NEWOBJ_EX", "NEWTRUE",
           "NEXT_BUFFER", "NONE", "OBJ", "PERSID", "POP", "POP_MARK", "PROTO",
           "PUT", "READONLY_BUFFER", "REDUCE", "SETITEM", "SETITEMS",
           "SHORT_BINBYTES", "SHORT_BINSTRING", "SHORT_BINUNICODE",
           "STACK_GLOBAL", "STOP", "STRING", "TRUE", "TUPLE", "TUPLE1",
           "TUPLE2", "TUPLE3", "UNICODE"]

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]
HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
bytes_types = (bytes, bytearray)


class PickleError(Exception):
    """The base class of the pickling exceptions."""


class PicklingError(PickleError):
    """Raised when an object cannot be pickled."""


class UnpicklingError(PickleError):
    """Raised when a pickle cannot be read (it is corrupt, or unsafe)."""


class _Stop(Exception):
    """Raised by the STOP opcode to end the loading loop with its value."""

    def __init__(self, value):
        self.value = value


# The opcodes, as one-byte bytes objects.
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_TUPLESIZE2CODE = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]

# Items of lists, dicts and sets are written in batches of this many.
_BATCHSIZE = 1000
# Protocol 4 cuts the output into frames of about this many bytes.
_FRAME_SIZE_TARGET = 64 * 1024
# Frames shorter than this are not worth their 9-byte header.
_FRAME_SIZE_MIN = 4

_FunctionType = type(_Stop.__init__)
_BuiltinFunctionType = type(len)
_NoneType = type(None)
_EllipsisType = type(...)
_NotImplementedType = type(NotImplemented)


class PickleBuffer:
    """A wrapper of a buffer for out-of-band pickling (protocol 5)."""

    def __init__(self, buffer):
        self._view = memoryview(buffer)

    def raw(self):
        """A memoryview of the buffer's bytes."""
        if self._view is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return self._view

    def release(self):
        """Release the buffer."""
        self._view = None

    def __repr__(self):
        return "<pickle.PickleBuffer object at %#x>" % id(self)


# ---------------------------------------------------------------------------
# Numbers and text in their pickled forms.

def _pack_double(x):
    """The 8 big-endian bytes of the IEEE 754 double x (BINFLOAT)."""
    import math
    sign = 1 if math.copysign(1.0, x) < 0 else 0
    if x != x:
        bits = (0x7ff8 << 48)
    elif x == 0.0:
        bits = 0
    elif x in (float("inf"), float("-inf")):
        bits = 0x7ff << 52
    else:
        mant, exp = math.frexp(abs(x))
        biased = exp + 1022
        if biased <= 0:
            # Subnormal numbers: the mantissa is x in units of 2**-1074.
            bits = int(math.ldexp(abs(x), 1074))
        else:
            bits = (biased << 52) | (int(math.ldexp(mant, 53)) - (1 << 52))
    return ((sign << 63) | bits).to_bytes(8, "big")


def _unpack_double(data):
    """The float of 8 big-endian IEEE 754 bytes."""
    import math
    bits = int.from_bytes(data, "big")
    exp = (bits >> 52) & 0x7ff
    mant = bits & ((1 << 52) - 1)
    if exp == 0x7ff:
        value = float("nan") if mant else float("inf")
    elif exp == 0:
        value = math.ldexp(float(mant), -1074)
    else:
        value = math.ldexp(float(mant | (1 << 52)), exp - 1075)
    if bits >> 63:
        value = -value if value == value else math.copysign(value, -1.0)
    return value


def encode_long(x):
    """The little-endian two's-complement bytes of x, as short as possible.

    >>> encode_long(255)
    b'\\xff\\x00'
    """
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, "little", signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def decode_long(data):
    """The int of little-endian two's-complement bytes."""
    return int.from_bytes(data, "little", signed=True)


def _escape_unicode(text):
    """Protocol 0's text encoding: latin-1 with \\u and \\U escapes.

    Backslashes and the characters that would end a line or confuse
    readers (NUL, LF, CR, ^Z) are escaped too.
    """
    if text.isascii() and not any(c in text for c in '\\\n\r\x00\x1a'):
        return text.encode("latin-1")
    out = []
    for ch in text:
        code = ord(ch)
        if code >= 0x10000:
            out.append("\\U%08x" % code)
        elif code >= 0x100 or ch in '\\\n\r\x00\x1a':
            out.append("\\u%04x" % code)
        else:
            out.append(ch)
    return "".join(out).encode("latin-1")


def _unescape_unicode(data):
    """Decode protocol 0's raw-unicode-escape text (the UNICODE opcode)."""
    text = data.decode("latin-1")
    if "\\" not in text:
        return text
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch != "\\" or i + 1 >= n:
            out.append(ch)
            i += 1
            continue
        nxt = text[i + 1]
        if nxt == "\\":
            out.append("\\\\")
            i += 2
        elif nxt in "uU":
            width = 4 if nxt == "u" else 8
            digits = text[i + 2:i + 2 + width]
            if len(digits) != width or not all(c in "0123456789abcdefABCDEF" for c in digits):
                raise UnicodeDecodeError(
                    "rawunicodeescape", data, i, min(i + 2 + width, n),
                    "truncated \\uXXXX escape" if width == 4 else "truncated \\UXXXXXXXX escape")
            code = int(digits, 16)
            if code > 0x10ffff:
                raise UnicodeDecodeError("rawunicodeescape", data, i, i + 10,
                                         "\\Uxxxxxxxx out of range")
            out.append(chr(code))
            i += 2 + width
        else:
            out.append(ch)
            i += 1
    return "".join(out)


_SIMPLE_ESCAPES = {"\\": "\\", "'": "'", '"': '"', "a": "\a", "b": "\b",
                   "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v",
                   "\n": ""}


def _unescape_bytes(text):
    """Decode the backslash escapes of a Python 2 string literal's body."""
    if b"\\" not in text:
        return text
    s = text.decode("latin-1")
    out = []
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch != "\\":
            out.append(ch)
            i += 1
            continue
        if i + 1 >= n:
            raise ValueError("Trailing \\ in string")
        nxt = s[i + 1]
        if nxt in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[nxt])
            i += 2
        elif nxt == "x":
            digits = s[i + 2:i + 4]
            if len(digits) != 2 or not all(c in "0123456789abcdefABCDEF" for c in digits):
                raise ValueError("invalid \\x escape at position %d" % i)
            out.append(chr(int(digits, 16)))
            i += 4
        elif nxt in "01234567":
            j = i + 1
            while j < n and j < i + 4 and s[j] in "01234567":
                j += 1
            out.append(chr(int(s[i + 1:j], 8) & 0xff))
            i = j
        else:
            out.append("\\")
            i += 1
    return "".join(out).encode("latin-1")


# ---------------------------------------------------------------------------
# Python 2 names, for protocols 0-2 with fix_imports.

_MODULES_2TO3 = {
    "__builtin__": "builtins", "copy_reg": "copyreg", "Queue": "queue",
    "SocketServer": "socketserver", "ConfigParser": "configparser",
    "repr": "reprlib", "thread": "_thread", "dummy_thread": "_dummy_thread",
    "HTMLParser": "html.parser", "htmlentitydefs": "html.entities",
    "httplib": "http.client", "Cookie": "http.cookies",
    "cookielib": "http.cookiejar", "BaseHTTPServer": "http.server",
    "xmlrpclib": "xmlrpc.client", "urlparse": "urllib.parse",
    "urllib2": "urllib.request", "cPickle": "pickle", "cStringIO": "io",
    "StringIO": "io", "UserDict": "collections", "UserList": "collections",
    "UserString": "collections", "exceptions": "builtins",
    "commands": "subprocess", "anydbm": "dbm", "whichdb": "dbm",
    "Tkinter": "tkinter", "__main__": "__main__",
}
_MODULES_3TO2 = {
    "builtins": "__builtin__", "copyreg": "copy_reg", "queue": "Queue",
    "socketserver": "SocketServer", "configparser": "ConfigParser",
    "reprlib": "repr", "_thread": "thread", "html.parser": "HTMLParser",
    "html.entities": "htmlentitydefs", "http.client": "httplib",
    "http.cookies": "Cookie", "http.cookiejar": "cookielib",
    "http.server": "BaseHTTPServer", "xmlrpc.client": "xmlrpclib",
    "urllib.parse": "urlparse", "urllib.request": "urllib2",
    "_pickle": "pickle", "subprocess": "commands", "tkinter": "Tkinter",
    "_functools": "functools",
}
_NAMES_2TO3 = {
    ("__builtin__", "xrange"): ("builtins", "range"),
    ("__builtin__", "reduce"): ("functools", "reduce"),
    ("__builtin__", "intern"): ("sys", "intern"),
    ("__builtin__", "unichr"): ("builtins", "chr"),
    ("__builtin__", "unicode"): ("builtins", "str"),
    ("__builtin__", "long"): ("builtins", "int"),
    ("__builtin__", "basestring"): ("builtins", "str"),
    ("__builtin__", "raw_input"): ("builtins", "input"),
    ("itertools", "izip"): ("builtins", "zip"),
    ("itertools", "imap"): ("builtins", "map"),
    ("itertools", "ifilter"): ("builtins", "filter"),
    ("itertools", "ifilterfalse"): ("itertools", "filterfalse"),
    ("itertools", "izip_longest"): ("itertools", "zip_longest"),
    ("UserDict", "IterableUserDict"): ("collections", "UserDict"),
    ("UserDict", "UserDict"): ("collections", "UserDict"),
    ("UserList", "UserList"): ("collections", "UserList"),
    ("UserString", "UserString"): ("collections", "UserString"),
    ("exceptions", "StandardError"): ("builtins", "Exception"),
    ("copy_reg", "_reconstructor"): ("copyreg", "_reconstructor"),
}
_NAMES_3TO2 = {
    ("builtins", "range"): ("__builtin__", "xrange"),
    ("functools", "reduce"): ("__builtin__", "reduce"),
    ("_functools", "reduce"): ("__builtin__", "reduce"),
    ("sys", "intern"): ("__builtin__", "intern"),
    ("builtins", "chr"): ("__builtin__", "unichr"),
    ("builtins", "str"): ("__builtin__", "unicode"),
    ("builtins", "int"): ("__builtin__", "long"),
    ("builtins", "zip"): ("itertools", "izip"),
    ("builtins", "map"): ("itertools", "imap"),
    ("builtins", "filter"): ("itertools", "ifilter"),
    ("itertools", "filterfalse"): ("itertools", "ifilterfalse"),
    ("itertools", "zip_longest"): ("itertools", "izip_longest"),
    ("collections", "UserDict"): ("UserDict", "IterableUserDict"),
    ("collections", "UserList"): ("UserList", "UserList"),
    ("collections", "UserString"): ("UserString", "UserString"),
}
# The built-in exceptions are written as members of Python 2's
# `exceptions` module; the OSError family as OSError itself.
_OSERROR_FAMILY = (
    "BlockingIOError", "BrokenPipeError", "ChildProcessError",
    "ConnectionAbortedError", "ConnectionError", "ConnectionRefusedError",
    "ConnectionResetError", "EnvironmentError", "FileExistsError",
    "FileNotFoundError", "IOError", "InterruptedError", "IsADirectoryError",
    "NotADirectoryError", "PermissionError", "ProcessLookupError",
    "TimeoutError")
_PY3_ONLY_EXCEPTIONS = ("BaseExceptionGroup", "ExceptionGroup",
                        "EncodingWarning", "RecursionError",
                        "StopAsyncIteration", "ResourceWarning")


def _name_3to2(module, name):
    """The Python 2 spelling of the global module.name."""
    key = (module, name)
    mapped = _NAMES_3TO2.get(key)
    if mapped is not None:
        return mapped
    if module == "builtins":
        obj = getattr(sys.modules["builtins"], name, None)
        if (isinstance(obj, type) and issubclass(obj, BaseException)
                and name not in _PY3_ONLY_EXCEPTIONS):
            if name in _OSERROR_FAMILY:
                return "exceptions", "OSError"
            if name == "ModuleNotFoundError":
                return "exceptions", "ImportError"
            return "exceptions", name
    return _MODULES_3TO2.get(module, module), name


def _name_2to3(module, name):
    """The Python 3 spelling of the Python 2 global module.name."""
    mapped = _NAMES_2TO3.get((module, name))
    if mapped is not None:
        return mapped
    return _MODULES_2TO3.get(module, module), name


# ---------------------------------------------------------------------------
# Finding the module of a global.

def _dotted_path(name, obj=None):
    """The components of a qualified name; local objects are refused."""
    path = name.split(".")
    if "<locals>" in path:
        if obj is None:
            raise AttributeError("Can't pickle local object %r" % (name,))
        raise AttributeError("Can't pickle local attribute %r on %r" % (name, obj))
    return path


def _deep_getattr(obj, path):
    """Follow the attribute path from obj: (the value, its parent)."""
    parent = None
    for part in path:
        parent = obj
        obj = getattr(obj, part)
    return obj, parent


def whichmodule(obj, name):
    """The name of the module that holds obj under the (dotted) name."""
    module_name = getattr(obj, "__module__", None)
    # pyprobe's `type.__module__` is a descriptor, not a name: look it up.
    if module_name is not None and (isinstance(module_name, str) or obj is not type):
        return module_name
    path = name.split(".") if isinstance(name, str) else name
    for module_name, module in list(sys.modules.items()):
        if module_name in ("__main__", "__mp_main__") or module is None:
            continue
        try:
            if _deep_getattr(module, path)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return "__main__"


def _codecs_encode(text, encoding):
    """codecs.encode for str (how protocols 0-2 rebuild bytes)."""
    return text.encode(encoding)


# Globals that pyprobe may lack, given by their (module, name).
_FALLBACK_GLOBALS = {
    ("_codecs", "encode"): _codecs_encode,
    ("codecs", "encode"): _codecs_encode,
}


def _reduce_builtin(obj):
    """The reduction of built-in functions and methods.

    Functions of modules are globals; methods are getattr() of their owner.
    """
    owner = getattr(obj, "__self__", None)
    if owner is None:
        owner = getattr(obj, "__objclass__", None)
        if owner is None:
            qualname = getattr(obj, "__qualname__", "")
            if "." in qualname:
                owner = getattr(sys.modules["builtins"], qualname.split(".")[0], None)
    if owner is None or type(owner) is type(sys):
        return obj.__qualname__
    return getattr, (owner, obj.__name__)


def _reduce_method(obj):
    """The reduction of a bound method: getattr() of its instance."""
    return getattr, (obj.__self__, obj.__func__.__name__)


def _interpreter_reductions():
    """The reductions of built-in objects that pyprobe's types lack.

    Each is used only when the type has no `__reduce__` of its own.
    """
    table = {}

    class _Probe:
        def method(self):
            pass

    candidates = [
        (type(len), _reduce_builtin),
        (type([].append), _reduce_builtin),
        (type(str.join), _reduce_builtin),
        (type(int.__add__), _reduce_builtin),
        (type((1).__add__), _reduce_builtin),
        (type(dict.__dict__["fromkeys"]), _reduce_builtin),
        (type(_Probe().method), _reduce_method),
        (_EllipsisType, lambda obj: "Ellipsis"),
        (_NotImplementedType, lambda obj: "NotImplemented"),
    ]
    for cls, reduce in candidates:
        if cls in table or cls is _FunctionType:
            continue
        if getattr(cls, "__reduce__", None) is object.__reduce__:
            table[cls] = reduce
    return table


_builtin_reductions = None

# BININT1 with each of its arguments.
_BININT1_OPS = [BININT1 + bytes((i,)) for i in range(256)]
# The frame limit when there are no frames.
_NO_LIMIT = 1 << 62

# The file of the Pickler of dumps(), which keeps its output in memory.
_NO_FILE = object()


# ---------------------------------------------------------------------------
# Pickling.

class Pickler:
    """Write pickles of objects to a binary file."""

    def __init__(self, file, protocol=None, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        elif protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        if file is _NO_FILE:
            self._file_write = None
        else:
            try:
                self._file_write = file.write
            except AttributeError:
                raise TypeError("file must have a 'write' attribute") from None
        self.proto = protocol
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = bool(fix_imports) and protocol < 3
        self._buffer_callback = buffer_callback
        self.memo = {}
        self._buf = bytearray()
        self._framing = False
        self._frame_start = -1
        self._frame_limit = _NO_LIMIT

    # The output: a bytearray, cut into frames for protocol 4 and up.

    def _open_frame(self):
        self._frame_start = len(self._buf)
        self._buf += b'\x00' * 9
        # save() commits the frame once the buffer reaches this size.
        self._frame_limit = self._frame_start + 9 + _FRAME_SIZE_TARGET

    def _commit_frame(self):
        """Close the current frame: give it its header, or drop a short one."""
        start = self._frame_start
        if start < 0:
            return
        buf = self._buf
        size = len(buf) - start - 9
        if size >= _FRAME_SIZE_MIN:
            buf[start:start + 9] = FRAME + size.to_bytes(8, "little")
        else:
            del buf[start:start + 9]
        self._frame_start = -1

    def _flush(self):
        if self._file_write is not None and self._buf:
            self._file_write(bytes(self._buf))
            self._buf = bytearray()

    def _write_large(self, header, payload):
        """Write a big bytes/str payload outside of any frame."""
        if self._framing:
            self._commit_frame()
            self._buf += header
            self._buf += payload
            self._open_frame()
        else:
            self._buf += header
            self._buf += payload

    def clear_memo(self):
        """Forget the objects already written (they will be written again)."""
        self.memo.clear()

    def dump(self, obj):
        """Write the pickle of obj to the file."""
        if not hasattr(self, "_buf"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % type(self).__name__)
        global _builtin_reductions
        if _builtin_reductions is None:
            _builtin_reductions = _interpreter_reductions()
        try:
            self._pers_func = getattr(self, "persistent_id")
        except AttributeError:
            self._pers_func = None
        try:
            self._reducer_override = getattr(self, "reducer_override")
        except AttributeError:
            self._reducer_override = None
        try:
            self._dispatch_table = getattr(self, "dispatch_table")
        except AttributeError:
            self._dispatch_table = None
        self._buf = bytearray()
        self._frame_start = -1
        self._frame_limit = _NO_LIMIT
        self._framing = False
        if self.proto >= 2:
            self._buf += PROTO + bytes((self.proto,))
            if self.proto >= 4:
                self._framing = True
                self._open_frame()
        try:
            self.save(obj)
            self._buf += STOP
            self._commit_frame()
        finally:
            self._framing = False
            self._frame_limit = _NO_LIMIT
        self._flush()

    # persistent_id and dispatch_table are attributes a subclass or the
    # caller may set; the class itself has none.

    def _get_persistent_id(self):
        func = self.__dict__.get("_persistent_id")
        if func is None:
            raise AttributeError("persistent_id")
        return func

    def _set_persistent_id(self, func):
        if not callable(func):
            raise TypeError("persistent_id must be a callable taking one argument")
        self.__dict__["_persistent_id"] = func

    def _del_persistent_id(self):
        self.__dict__.pop("_persistent_id", None)

    persistent_id = property(_get_persistent_id, _set_persistent_id, _del_persistent_id)

    def _get_dispatch_table(self):
        table = self.__dict__.get("_dispatch_table_attr")
        if table is None:
            raise AttributeError("dispatch_table")
        return table

    def _set_dispatch_table(self, table):
        self.__dict__["_dispatch_table_attr"] = table

    dispatch_table = property(_get_dispatch_table, _set_dispatch_table)

    # The memo: id(obj) -> (index, obj); the object is kept alive so
    # that its id is not reused while pickling.

    def memoize(self, obj):
        """Store obj in the memo, writing its PUT (or MEMOIZE) opcode."""
        if self.fast:
            return
        memo = self.memo
        idx = len(memo)
        memo[id(obj)] = (idx, obj)
        if self.proto >= 4:
            self._buf += MEMOIZE
        elif not self.bin:
            self._buf += b'p%d\n' % idx
        elif idx < 256:
            self._buf += BINPUT + bytes((idx,))
        elif idx <= 0xffffffff:
            self._buf += LONG_BINPUT + idx.to_bytes(4, "little")
        else:
            raise PicklingError("memo id too large for LONG_BINPUT")

    def _memo_get(self, idx):
        if not self.bin:
            self._buf += b'g%d\n' % idx
        elif idx < 256:
            self._buf += BINGET + bytes((idx,))
        else:
            self._buf += LONG_BINGET + idx.to_bytes(4, "little")

    def save(self, obj, save_persistent_id=True):
        """Write obj: the core of dump(), called for every object."""
        if len(self._buf) >= self._frame_limit:
            self._commit_frame()
            self._flush()
            self._open_frame()
        if save_persistent_id and self._pers_func is not None:
            pid = self._pers_func(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        t = type(obj)
        # Atomic values are never memoized.
        f = _ATOMIC.get(t)
        if f is not None:
            f(self, obj)
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self._memo_get(x[0])
            return
        f = _CONTAINERS.get(t)
        if f is not None:
            f(self, obj)
            return
        rv = NotImplemented
        override = self._reducer_override
        if override is not None:
            rv = override(obj)
        if rv is NotImplemented:
            if t is type:
                self.save_type(obj)
                return
            if t is _FunctionType:
                self.save_global(obj)
                return
            table = self._dispatch_table
            if table is None:
                reduce = copyreg.dispatch_table.get(t)
            else:
                try:
                    reduce = table[t]
                except KeyError:
                    reduce = None
            if reduce is not None:
                rv = reduce(obj)
            elif issubclass(t, type):
                self.save_global(obj)
                return
            else:
                reduce = _builtin_reductions.get(t)
                if reduce is not None:
                    rv = reduce(obj)
                else:
                    reduce = getattr(obj, "__reduce_ex__", None)
                    if reduce is not None:
                        rv = reduce(self.proto)
                    else:
                        reduce = getattr(obj, "__reduce__", None)
                        if reduce is None:
                            raise PicklingError("can't pickle %r object: %r"
                                                % (t.__name__, obj))
                        rv = reduce()
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        self.save_reduce(*rv, obj=obj) if 2 <= len(rv) <= 6 else self._bad_reduce()

    def _bad_reduce(self):
        raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")

    def save_pers(self, pid):
        """Write a persistent id in place of an object."""
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._buf += BINPERSID
        else:
            text = str(pid)
            if not text.isascii():
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")
            self._buf += PERSID + text.encode("ascii") + b'\n'

    def save_reduce(self, func, args, state=None, listitems=None,
                    dictitems=None, state_setter=None, *, obj=None):
        """Write the call func(*args) and the steps that rebuild obj's state."""
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if listitems is not None and not _is_iterator(listitems):
            raise PicklingError("fourth element of the tuple returned by __reduce__ "
                                "must be an iterator, not %s" % type(listitems).__name__)
        if dictitems is not None and not _is_iterator(dictitems):
            raise PicklingError("fifth element of the tuple returned by __reduce__ "
                                "must be an iterator, not %s" % type(dictitems).__name__)
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by __reduce__ "
                                "must be a function, not %s" % type(state_setter).__name__)
        save = self.save
        use_newobj = use_newobj_ex = False
        if self.proto >= 2:
            name = getattr(func, "__name__", None)
            if isinstance(name, str):
                use_newobj_ex = name == "__newobj_ex__"
                use_newobj = name == "__newobj__"
        if use_newobj_ex:
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple must be "
                                    "exactly 3, not %d" % len(args))
            cls, cargs, kwargs = args
            if not isinstance(cls, type):
                raise PicklingError("first item from NEWOBJ_EX argument tuple must be "
                                    "a class, not %s" % type(cls).__name__)
            if not isinstance(cargs, tuple):
                raise PicklingError("second item from NEWOBJ_EX argument tuple must be "
                                    "a tuple, not %s" % type(cargs).__name__)
            if not isinstance(kwargs, dict):
                raise PicklingError("third item from NEWOBJ_EX argument tuple must be "
                                    "a dict, not %s" % type(kwargs).__name__)
            if self.proto >= 4:
                save(cls)
                save(cargs)
                save(kwargs)
                self._buf += NEWOBJ_EX
            else:
                import functools
                save(functools.partial(cls.__new__, cls, *cargs, **kwargs))
                save(())
                self._buf += REDUCE
        elif use_newobj:
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and getattr(obj, "__class__", None) is not cls:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            save(cls)
            save(args[1:])
            self._buf += NEWOBJ
        else:
            save(func)
            save(args)
            self._buf += REDUCE
        if obj is not None:
            # A recursive object was memoized while its arguments were
            # written: drop what was just built and use the memo.
            x = self.memo.get(id(obj))
            if x is not None:
                self._buf += POP
                self._memo_get(x[0])
                return
            self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                self._buf += BUILD
            else:
                save(state_setter)
                save(obj)
                save(state)
                self._buf += TUPLE2 + REDUCE + POP

    # The writers of the built-in types.

    def save_none(self, obj):
        self._buf += NONE

    def save_bool(self, obj):
        if self.proto >= 2:
            self._buf += NEWTRUE if obj else NEWFALSE
        else:
            self._buf += TRUE if obj else FALSE

    def save_long(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff:
            if self.bin:
                if 0 <= obj <= 0xff:
                    self._buf += _BININT1_OPS[obj]
                elif 0 <= obj <= 0xffff:
                    self._buf += BININT2 + obj.to_bytes(2, "little")
                else:
                    self._buf += BININT + obj.to_bytes(4, "little", signed=True)
            else:
                self._buf += b'I%d\n' % obj
        elif self.proto >= 2:
            data = encode_long(obj)
            n = len(data)
            if n < 256:
                self._buf += LONG1 + bytes((n,)) + data
            else:
                self._buf += LONG4 + n.to_bytes(4, "little") + data
        else:
            self._buf += b'L%dL\n' % obj

    def save_float(self, obj):
        if self.bin:
            self._buf += BINFLOAT + _pack_double(obj)
        else:
            self._buf += FLOAT + repr(obj).encode("ascii") + b'\n'

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode,
                                 (obj.decode("latin-1"), "latin1"), obj=obj)
            return
        self._save_bytes_data(obj)

    def _save_bytes_data(self, data):
        n = len(data)
        if n <= 0xff:
            header = SHORT_BINBYTES + bytes((n,))
        elif n <= 0xffffffff:
            header = BINBYTES + n.to_bytes(4, "little")
        elif self.proto >= 4:
            header = BINBYTES8 + n.to_bytes(8, "little")
        else:
            raise OverflowError("serializing a bytes object larger than 4 GiB "
                                "requires pickle protocol 4 or higher")
        if n >= _FRAME_SIZE_TARGET:
            self._write_large(header, data)
        else:
            self._buf += header
            self._buf += data
        self.memoize(data)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self._save_bytearray_data(obj, obj)

    def _save_bytearray_data(self, obj, data):
        n = len(data)
        header = BYTEARRAY8 + n.to_bytes(8, "little")
        if n >= _FRAME_SIZE_TARGET:
            self._write_large(header, data)
        else:
            self._buf += header
            self._buf += data
        self.memoize(obj)

    def save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only pickled with protocol >= 5")
        view = obj.raw()
        in_band = True
        if self._buffer_callback is not None:
            in_band = bool(self._buffer_callback(obj))
        if in_band:
            if view.readonly:
                data = view.tobytes()
                n = len(data)
                if n <= 0xff:
                    header = SHORT_BINBYTES + bytes((n,))
                elif n <= 0xffffffff:
                    header = BINBYTES + n.to_bytes(4, "little")
                else:
                    header = BINBYTES8 + n.to_bytes(8, "little")
                self._buf += header
                self._buf += data
                self.memoize(obj)
            else:
                self._save_bytearray_data(obj, view.tobytes())
        else:
            self._buf += NEXT_BUFFER
            if view.readonly:
                self._buf += READONLY_BUFFER

    def save_str(self, obj):
        if self.bin:
            data = obj.encode("utf-8")
            n = len(data)
            if n <= 0xff and self.proto >= 4:
                header = SHORT_BINUNICODE + bytes((n,))
            elif n <= 0xffffffff:
                header = BINUNICODE + n.to_bytes(4, "little")
            elif self.proto >= 4:
                header = BINUNICODE8 + n.to_bytes(8, "little")
            else:
                raise OverflowError("serializing a string larger than 4 GiB "
                                    "requires pickle protocol 4 or higher")
            if n >= _FRAME_SIZE_TARGET:
                self._write_large(header, data)
            else:
                self._buf += header
                self._buf += data
        else:
            self._buf += UNICODE + _escape_unicode(obj) + b'\n'
        self.memoize(obj)

    def save_tuple(self, obj):
        n = len(obj)
        if not n:
            self._buf += EMPTY_TUPLE if self.bin else MARK + TUPLE
            return
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for item in obj:
                save(item)
            x = memo.get(id(obj))
            if x is not None:
                self._buf += POP * n
                self._memo_get(x[0])
                return
            self._buf += _TUPLESIZE2CODE[n]
            self.memoize(obj)
            return
        self._buf += MARK
        for item in obj:
            save(item)
        x = memo.get(id(obj))
        if x is not None:
            # The tuple is recursive: throw its items away.
            if self.bin:
                self._buf += POP_MARK
            else:
                self._buf += POP * (n + 1)
            self._memo_get(x[0])
            return
        self._buf += TUPLE
        self.memoize(obj)

    def save_list(self, obj):
        self._buf += EMPTY_LIST if self.bin else MARK + LIST
        self.memoize(obj)
        if not obj:
            return
        if self.proto == 0:
            self._batch_appends(iter(obj))
            return
        save = self.save
        if len(obj) == 1:
            save(obj[0])
            self._buf += APPEND
            return
        total = 0
        while True:
            self._buf += MARK
            count = 0
            while total < len(obj):
                save(obj[total])
                total += 1
                count += 1
                if count == _BATCHSIZE:
                    break
            self._buf += APPENDS
            if total >= len(obj):
                break

    def _batch_appends(self, items):
        """Write the items of an iterator as APPEND/APPENDS operations."""
        save = self.save
        if not self.bin:
            for x in items:
                save(x)
                self._buf += APPEND
            return
        while True:
            batch = []
            for x in items:
                batch.append(x)
                if len(batch) == _BATCHSIZE:
                    break
            n = len(batch)
            if n == 1:
                save(batch[0])
                self._buf += APPEND
            elif n > 1:
                self._buf += MARK
                for x in batch:
                    save(x)
                self._buf += APPENDS
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        self._buf += EMPTY_DICT if self.bin else MARK + DICT
        self.memoize(obj)
        if not obj:
            return
        if self.proto == 0:
            self._batch_setitems(iter(obj.items()))
            return
        save = self.save
        size = len(obj)
        if size == 1:
            for k, v in obj.items():
                save(k)
                save(v)
            self._buf += SETITEM
            return
        it = iter(obj.items())
        while True:
            self._buf += MARK
            count = 0
            for k, v in it:
                save(k)
                save(v)
                count += 1
                if count == _BATCHSIZE:
                    break
            self._buf += SETITEMS
            if len(obj) != size:
                raise RuntimeError("dictionary changed size during iteration")
            if count != _BATCHSIZE:
                break

    def _batch_setitems(self, items):
        """Write the (key, value) pairs of an iterator as SETITEM(S)."""
        save = self.save
        if not self.bin:
            for item in items:
                if not isinstance(item, tuple) or len(item) != 2:
                    raise TypeError("dict items iterator must return 2-tuples")
                save(item[0])
                save(item[1])
                self._buf += SETITEM
            return
        while True:
            batch = []
            for item in items:
                if not isinstance(item, tuple) or len(item) != 2:
                    raise TypeError("dict items iterator must return 2-tuples")
                batch.append(item)
                if len(batch) == _BATCHSIZE:
                    break
            n = len(batch)
            if n == 1:
                save(batch[0][0])
                save(batch[0][1])
                self._buf += SETITEM
            elif n > 1:
                self._buf += MARK
                for k, v in batch:
                    save(k)
                    save(v)
                self._buf += SETITEMS
            if n < _BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self._buf += EMPTY_SET
        self.memoize(obj)
        if not obj:
            return
        save = self.save
        size = len(obj)
        it = iter(obj)
        while True:
            self._buf += MARK
            count = 0
            for item in it:
                save(item)
                count += 1
                if count == _BATCHSIZE:
                    break
            self._buf += ADDITEMS
            if len(obj) != size:
                raise RuntimeError("set changed size during iteration")
            if count != _BATCHSIZE:
                break

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self._buf += MARK
        save = self.save
        for item in obj:
            save(item)
        x = self.memo.get(id(obj))
        if x is not None:
            self._buf += POP_MARK
            self._memo_get(x[0])
            return
        self._buf += FROZENSET
        self.memoize(obj)

    def save_type(self, obj):
        if obj is _NoneType:
            return self.save_reduce(type, (None,), obj=obj)
        if obj is _EllipsisType:
            return self.save_reduce(type, (...,), obj=obj)
        if obj is _NotImplementedType:
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        return self.save_global(obj)

    def save_global(self, obj, name=None):
        """Write obj as a reference to a global: module and qualified name."""
        if name is None:
            name = getattr(obj, "__qualname__", None)
            if name is None:
                name = obj.__name__
        if obj is _codecs_encode:
            module_name, name = "_codecs", "encode"
            parent = module = None
            lastname = name
        else:
            path = _dotted_path(name)
            module_name = whichmodule(obj, path)
            try:
                __import__(module_name)
                module = sys.modules[module_name]
            except Exception:
                raise PicklingError("Can't pickle %r: import of module %r failed"
                                    % (obj, module_name)) from None
            lastname = path[-1]
            try:
                found, parent = _deep_getattr(module, path)
            except AttributeError:
                raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                    % (obj, name, module_name)) from None
            if found is not obj:
                raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                    % (obj, module_name, name))
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code is not None:
                if not isinstance(code, int):
                    raise PicklingError("Can't pickle %r: extension code %r isn't an integer"
                                        % (obj, code))
                if not 0 < code <= 0x7fffffff:
                    raise PicklingError("Can't pickle %r: extension code %d is out of range"
                                        % (obj, code))
                if code <= 0xff:
                    self._buf += EXT1 + bytes((code,))
                elif code <= 0xffff:
                    self._buf += EXT2 + code.to_bytes(2, "little")
                else:
                    self._buf += EXT4 + code.to_bytes(4, "little")
                return
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self._buf += STACK_GLOBAL
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        else:
            if self.fix_imports:
                module_name, name = _name_3to2(module_name, name)
            encoding = "utf-8" if self.proto == 3 else "ascii"
            try:
                module_bytes = module_name.encode(encoding)
            except UnicodeEncodeError:
                raise PicklingError("can't pickle module identifier '%s' using "
                                    "pickle protocol %d" % (module_name, self.proto)) from None
            try:
                name_bytes = name.encode(encoding)
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s' using "
                                    "pickle protocol %d" % (name, self.proto)) from None
            self._buf += GLOBAL + module_bytes + b'\n' + name_bytes + b'\n'
        self.memoize(obj)


def _is_iterator(obj):
    """Whether obj is an iterator (has __next__)."""
    return hasattr(type(obj), "__next__")


_ATOMIC = {
    _NoneType: Pickler.save_none,
    bool: Pickler.save_bool,
    int: Pickler.save_long,
    float: Pickler.save_float,
}
_CONTAINERS = {
    bytes: Pickler.save_bytes,
    str: Pickler.save_str,
    dict: Pickler.save_dict,
    set: Pickler.save_set,
    frozenset: Pickler.save_frozenset,
    list: Pickler.save_list,
    tuple: Pickler.save_tuple,
    bytearray: Pickler.save_bytearray,
    PickleBuffer: Pickler.save_picklebuffer,
}


# ---------------------------------------------------------------------------
# Unpickling.

class Unpickler:
    """Read pickles from a binary file (or bytes, through loads())."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII",
                 errors="strict", buffers=None):
        try:
            self._file_read = file.read
            self._file_readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes") from None
        self._init(fix_imports, encoding, errors, buffers)
        self._data = b''
        self._pos = 0
        # A seekable file is read in chunks; what load() does not use is
        # given back with a seek, so the file ends up just past the pickle.
        self._seek = None
        try:
            if file.seekable():
                self._seek = file.seek
        except (AttributeError, OSError, ValueError):
            pass

    def _init(self, fix_imports, encoding, errors, buffers):
        self.fix_imports = fix_imports
        self.encoding = encoding
        self.errors = errors
        self._buffers = iter(buffers) if buffers is not None else None
        self.memo = {}
        self.proto = 0
        self._seek = None

    # Reading the input: a buffer of bytes (the whole pickle for loads(),
    # chunks or the current frame for files) and the file behind it.

    def _fill(self, n):
        """Make at least n bytes available after the position, if the
        file has them; return how many are available."""
        rest = self._data[self._pos:]
        self._pos = 0
        if self._file_read is None:
            self._data = rest
            return len(rest)
        if self._seek is not None:
            chunks = [rest]
            size = len(rest)
            while size < n:
                chunk = self._file_read(max(n - size, 65536))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
            self._data = b''.join(chunks)
        else:
            more = self._file_read(n - len(rest)) if n > len(rest) else b''
            self._data = rest + more if more else rest
        return len(self._data)

    def _read(self, n):
        pos = self._pos
        end = pos + n
        if end <= len(self._data):
            self._pos = end
            return self._data[pos:end]
        if self._fill(n) < n:
            self._pos = len(self._data)
            raise UnpicklingError("pickle data was truncated")
        self._pos = n
        return self._data[:n]

    def _readline(self):
        data = self._data
        pos = self._pos
        # Search a short window first: pyprobe's bytes.find costs time in
        # proportion to the whole object, whatever the start position.
        end = data[pos:pos + 128].find(b'\n')
        if end < 0:
            end = data[pos:].find(b'\n')
        if end >= 0:
            end += pos
            self._pos = end + 1
            return data[pos:end + 1]
        if self._file_read is not None and self._seek is not None:
            # Read chunks until a newline turns up.
            want = len(data) - pos + 1
            while True:
                have = self._fill(want)
                end = self._data.find(b'\n')
                if end >= 0 or have < want:
                    break
                want = have + 65536
            if end >= 0:
                self._pos = end + 1
                return self._data[:end + 1]
            self._pos = len(self._data)
            raise UnpicklingError("pickle data was truncated")
        rest = data[pos:]
        self._data = b''
        self._pos = 0
        if self._file_readline is not None:
            rest += self._file_readline()
        if not rest.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return rest

    def load(self):
        """Read one pickled object and return it."""
        if not hasattr(self, "_data"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % type(self).__name__)
        self.stack = []
        self.metastack = []
        self.proto = 0
        dispatch = _DISPATCH
        try:
            while True:
                data = self._data
                pos = self._pos
                if pos < len(data):
                    self._pos = pos + 1
                    dispatch[data[pos]](self)
                else:
                    key = self._read_opcode()
                    dispatch[key](self)
        except _Stop as stop:
            return stop.value
        finally:
            self.stack = self.metastack = None
            if self._seek is not None and self._pos < len(self._data):
                self._seek(self._pos - len(self._data), 1)
                self._data = b''
                self._pos = 0

    def _read_opcode(self):
        if not self._fill(1):
            raise EOFError("Ran out of input")
        self._pos = 1
        return self._data[0]

    # The stack: `stack` holds the objects since the last MARK, and
    # `metastack` the stacks of the enclosing marks.

    def _underflow(self):
        if self.metastack:
            raise UnpicklingError("unexpected MARK found")
        raise UnpicklingError("unpickling stack underflow")

    def _pop(self):
        stack = self.stack
        if not stack:
            self._underflow()
        return stack.pop()

    def pop_mark(self):
        """The objects pushed since the last MARK (which is removed)."""
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        return items

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered, "
                              "but no persistent_load function was specified.")

    def find_class(self, module, name):
        """The global module.name (the GLOBAL and STACK_GLOBAL opcodes)."""
        sys.audit("pickle.find_class", module, name)
        if self.proto < 3 and self.fix_imports:
            module, name = _name_2to3(module, name)
        try:
            __import__(module)
        except ImportError:
            fallback = _FALLBACK_GLOBALS.get((module, name))
            if fallback is not None:
                return fallback
            raise
        mod = sys.modules[module]
        if self.proto >= 4:
            path = _dotted_path(name)
        else:
            path = [name]
        try:
            return _deep_getattr(mod, path)[0]
        except AttributeError:
            fallback = _FALLBACK_GLOBALS.get((module, name))
            if fallback is not None:
                return fallback
            raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None

    # The opcodes.

    def load_proto(self):
        proto = self._read(1)[0]
        if proto > HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def load_frame(self):
        size = int.from_bytes(self._read(8), "little")
        if self._pos + size <= len(self._data):
            return
        if self._fill(size) < size:
            raise UnpicklingError("pickle data was truncated")

    def load_persid(self):
        line = self._readline()[:-1]
        try:
            pid = line.decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
        self.stack.append(self.persistent_load(pid))

    def load_binpersid(self):
        pid = self._pop()
        self.stack.append(self.persistent_load(pid))

    def load_none(self):
        self.stack.append(None)

    def load_false(self):
        self.stack.append(False)

    def load_true(self):
        self.stack.append(True)

    def load_int(self):
        line = self._readline()
        if line == b'00\n':
            value = False
        elif line == b'01\n':
            value = True
        else:
            try:
                value = int(line.decode("latin-1"))
            except ValueError:
                raise ValueError("could not convert string to int") from None
        self.stack.append(value)

    def load_binint(self):
        self.stack.append(int.from_bytes(self._read(4), "little", signed=True))

    def load_binint1(self):
        self.stack.append(self._read(1)[0])

    def load_binint2(self):
        self.stack.append(int.from_bytes(self._read(2), "little"))

    def load_long(self):
        line = self._readline()
        text = line[:-2] if line[-2:] == b'L\n' else line
        try:
            value = int(text.decode("latin-1"))
        except ValueError:
            raise ValueError("invalid literal for int() with base 10: %r"
                             % text.decode("latin-1")) from None
        self.stack.append(value)

    def load_long1(self):
        n = self._read(1)[0]
        self.stack.append(decode_long(self._read(n)))

    def load_long4(self):
        n = int.from_bytes(self._read(4), "little", signed=True)
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.stack.append(decode_long(self._read(n)))

    def load_float(self):
        line = self._readline()
        try:
            value = float(line.decode("latin-1"))
        except ValueError:
            raise ValueError("could not convert string to float: '%s'"
                             % line.decode("latin-1")) from None
        self.stack.append(value)

    def load_binfloat(self):
        self.stack.append(_unpack_double(self._read(8)))

    def _decode_string(self, value):
        """A Python 2 str: bytes as they are, or decoded with `encoding`."""
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self._readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[:1] in (b'"', b"'"):
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.stack.append(self._decode_string(_unescape_bytes(data)))

    def load_binstring(self):
        n = int.from_bytes(self._read(4), "little", signed=True)
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.stack.append(self._decode_string(self._read(n)))

    def load_short_binstring(self):
        n = self._read(1)[0]
        self.stack.append(self._decode_string(self._read(n)))

    def load_binbytes(self):
        n = int.from_bytes(self._read(4), "little")
        self.stack.append(bytes(self._read(n)))

    def load_short_binbytes(self):
        n = self._read(1)[0]
        self.stack.append(bytes(self._read(n)))

    def load_binbytes8(self):
        n = int.from_bytes(self._read(8), "little")
        if n > sys.maxsize:
            raise UnpicklingError("BINBYTES8 exceeds system's maximum size of %d bytes"
                                  % sys.maxsize)
        self.stack.append(bytes(self._read(n)))

    def load_bytearray8(self):
        n = int.from_bytes(self._read(8), "little")
        if n > sys.maxsize:
            raise UnpicklingError("BYTEARRAY8 exceeds system's maximum size of %d bytes"
                                  % sys.maxsize)
        self.stack.append(bytearray(self._read(n)))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None
        self.stack.append(buf)

    def load_readonly_buffer(self):
        stack = self.stack
        if not stack:
            self._underflow()
        buf = stack[-1]
        if isinstance(buf, PickleBuffer):
            buf = buf.raw()
        try:
            view = memoryview(buf)
        except TypeError:
            return
        if not view.readonly:
            stack[-1] = view.toreadonly() if hasattr(view, "toreadonly") else bytes(view)

    def load_unicode(self):
        self.stack.append(_unescape_unicode(self._readline()[:-1]))

    def load_binunicode(self):
        n = int.from_bytes(self._read(4), "little")
        self.stack.append(str(self._read(n), "utf-8", "strict"))

    def load_short_binunicode(self):
        n = self._read(1)[0]
        self.stack.append(str(self._read(n), "utf-8", "strict"))

    def load_binunicode8(self):
        n = int.from_bytes(self._read(8), "little")
        if n > sys.maxsize:
            raise UnpicklingError("BINUNICODE8 exceeds system's maximum size of %d bytes"
                                  % sys.maxsize)
        self.stack.append(str(self._read(n), "utf-8", "strict"))

    def load_tuple(self):
        items = self.pop_mark()
        self.stack.append(tuple(items))

    def load_empty_tuple(self):
        self.stack.append(())

    def load_tuple1(self):
        stack = self.stack
        if not stack:
            self._underflow()
        stack[-1] = (stack[-1],)

    def load_tuple2(self):
        stack = self.stack
        if len(stack) < 2:
            self._underflow()
        stack[-2:] = [(stack[-2], stack[-1])]

    def load_tuple3(self):
        stack = self.stack
        if len(stack) < 3:
            self._underflow()
        stack[-3:] = [(stack[-3], stack[-2], stack[-1])]

    def load_empty_list(self):
        self.stack.append([])

    def load_empty_dict(self):
        self.stack.append({})

    def load_empty_set(self):
        self.stack.append(set())

    def load_frozenset(self):
        items = self.pop_mark()
        self.stack.append(frozenset(items))

    def load_list(self):
        items = self.pop_mark()
        self.stack.append(items)

    def load_dict(self):
        items = self.pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for DICT")
        self.stack.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def _instantiate(self, cls, args):
        if not args and isinstance(cls, type) and not hasattr(cls, "__getinitargs__"):
            value = cls.__new__(cls)
        else:
            value = cls(*args)
        self.stack.append(value)

    def load_inst(self):
        module = self._readline()[:-1].decode("ascii")
        name = self._readline()[:-1].decode("ascii")
        cls = self.find_class(module, name)
        self._instantiate(cls, tuple(self.pop_mark()))

    def load_obj(self):
        args = self.pop_mark()
        if not args:
            self._underflow()
        cls = args.pop(0)
        self._instantiate(cls, tuple(args))

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument must be a type, not %s"
                                  % type(cls).__name__)
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ args argument must be a tuple, not %s"
                                  % type(args).__name__)
        self.stack.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, not %s"
                                  % type(cls).__name__)
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ_EX args argument must be a tuple, not %s"
                                  % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise UnpicklingError("NEWOBJ_EX kwargs argument must be a dict, not %s"
                                  % type(kwargs).__name__)
        self.stack.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self._readline()[:-1].decode("utf-8")
        name = self._readline()[:-1].decode("utf-8")
        self.stack.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.stack.append(self.find_class(module, name))

    def load_ext1(self):
        self._get_extension(self._read(1)[0])

    def load_ext2(self):
        self._get_extension(int.from_bytes(self._read(2), "little"))

    def load_ext4(self):
        self._get_extension(int.from_bytes(self._read(4), "little", signed=True))

    def _get_extension(self, code):
        obj = _extension_cache.get(code, _extension_cache)
        if obj is not _extension_cache:
            self.stack.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.stack.append(obj)

    def load_reduce(self):
        args = self._pop()
        func = self._pop()
        if not isinstance(args, tuple):
            raise TypeError("argument list must be a tuple")
        self.stack.append(func(*args))

    def load_pop(self):
        if self.stack:
            self.stack.pop()
        elif self.metastack:
            self.stack = self.metastack.pop()
        else:
            self._underflow()

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        stack = self.stack
        if not stack:
            self._underflow()
        stack.append(stack[-1])

    def _memo_value(self, idx):
        try:
            self.stack.append(self.memo[idx])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % idx) from None

    def load_get(self):
        line = self._readline()
        try:
            idx = int(line.decode("latin-1"))
        except ValueError:
            raise ValueError("invalid literal for int() with base 10: %r"
                             % line.decode("latin-1")) from None
        self._memo_value(idx)

    def load_binget(self):
        self._memo_value(self._read(1)[0])

    def load_long_binget(self):
        self._memo_value(int.from_bytes(self._read(4), "little"))

    def _memo_put(self, idx):
        stack = self.stack
        if not stack:
            self._underflow()
        self.memo[idx] = stack[-1]

    def load_put(self):
        line = self._readline()
        try:
            idx = int(line.decode("latin-1"))
        except ValueError:
            raise ValueError("invalid literal for int() with base 10: %r"
                             % line.decode("latin-1")) from None
        if idx < 0:
            raise ValueError("negative PUT argument")
        self._memo_put(idx)

    def load_binput(self):
        self._memo_put(self._read(1)[0])

    def load_long_binput(self):
        idx = int.from_bytes(self._read(4), "little")
        if idx > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self._memo_put(idx)

    def load_memoize(self):
        self._memo_put(len(self.memo))

    def load_append(self):
        stack = self.stack
        if len(stack) < 2:
            self._underflow()
        value = stack.pop()
        target = stack[-1]
        if type(target) is list:
            target.append(value)
        else:
            self._extend(target, [value])

    def load_appends(self):
        items = self.pop_mark()
        stack = self.stack
        if not stack:
            self._underflow()
        target = stack[-1]
        if type(target) is list:
            target.extend(items)
        elif items:
            self._extend(target, items)

    def _extend(self, target, items):
        try:
            extend = target.extend
        except AttributeError:
            append = target.append
            for item in items:
                append(item)
        else:
            extend(items)

    def load_setitem(self):
        stack = self.stack
        if len(stack) < 3:
            self._underflow()
        value = stack.pop()
        key = stack.pop()
        stack[-1][key] = value

    def load_setitems(self):
        items = self.pop_mark()
        stack = self.stack
        if not stack:
            self._underflow()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for SETITEMS")
        target = stack[-1]
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        stack = self.stack
        if not stack:
            self._underflow()
        target = stack[-1]
        if isinstance(target, set):
            target.update(items)
        else:
            add = target.add
            for item in items:
                add(item)

    def load_build(self):
        stack = self.stack
        if len(stack) < 2:
            self._underflow()
        state = stack.pop()
        inst = stack[-1]
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state is not None:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            intern = sys.intern
            for k, v in state.items():
                if type(k) is str:
                    k = intern(k)
                inst_dict[k] = v
        if slotstate is not None:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []

    def load_stop(self):
        raise _Stop(self._pop())


def _key_text(key):
    """How CPython shows an unknown opcode byte in its message."""
    code = key[0] if key else 0
    if 32 <= code < 127:
        return chr(code)
    return "\\x%02x" % code


class _BadOpcode:
    """The dispatch entry of an unknown opcode byte."""

    def __init__(self, code):
        self.code = code

    def __call__(self, unpickler):
        raise UnpicklingError("invalid load key, '%s'." % _key_text(bytes((self.code,))))


def _make_dispatch():
    names = {
        MARK: "load_mark", STOP: "load_stop", POP: "load_pop",
        POP_MARK: "load_pop_mark", DUP: "load_dup", FLOAT: "load_float",
        INT: "load_int", BININT: "load_binint", BININT1: "load_binint1",
        LONG: "load_long", BININT2: "load_binint2", NONE: "load_none",
        PERSID: "load_persid", BINPERSID: "load_binpersid",
        REDUCE: "load_reduce", STRING: "load_string",
        BINSTRING: "load_binstring", SHORT_BINSTRING: "load_short_binstring",
        UNICODE: "load_unicode", BINUNICODE: "load_binunicode",
        APPEND: "load_append", BUILD: "load_build", GLOBAL: "load_global",
        DICT: "load_dict", EMPTY_DICT: "load_empty_dict",
        APPENDS: "load_appends", GET: "load_get", BINGET: "load_binget",
        INST: "load_inst", LONG_BINGET: "load_long_binget", LIST: "load_list",
        EMPTY_LIST: "load_empty_list", OBJ: "load_obj", PUT: "load_put",
        BINPUT: "load_binput", LONG_BINPUT: "load_long_binput",
        SETITEM: "load_setitem", TUPLE: "load_tuple",
        EMPTY_TUPLE: "load_empty_tuple", SETITEMS: "load_setitems",
        BINFLOAT: "load_binfloat", PROTO: "load_proto",
        NEWOBJ: "load_newobj", EXT1: "load_ext1", EXT2: "load_ext2",
        EXT4: "load_ext4", TUPLE1: "load_tuple1", TUPLE2: "load_tuple2",
        TUPLE3: "load_tuple3", NEWTRUE: "load_true", NEWFALSE: "load_false",
        LONG1: "load_long1", LONG4: "load_long4", BINBYTES: "load_binbytes",
        SHORT_BINBYTES: "load_short_binbytes",
        SHORT_BINUNICODE: "load_short_binunicode",
        BINUNICODE8: "load_binunicode8", BINBYTES8: "load_binbytes8",
        EMPTY_SET: "load_empty_set", ADDITEMS: "load_additems",
        FROZENSET: "load_frozenset", NEWOBJ_EX: "load_newobj_ex",
        STACK_GLOBAL: "load_stack_global", MEMOIZE: "load_memoize",
        FRAME: "load_frame", BYTEARRAY8: "load_bytearray8",
        NEXT_BUFFER: "load_next_buffer", READONLY_BUFFER: "load_readonly_buffer",
    }
    table = [_BadOpcode(i) for i in range(256)]
    for code, name in names.items():
        table[code[0]] = getattr(Unpickler, name)
    return table


_DISPATCH = _make_dispatch()


class _BytesUnpickler(Unpickler):
    """An Unpickler reading from a bytes object, for loads()."""

    def __init__(self, data, *, fix_imports=True, encoding="ASCII",
                 errors="strict", buffers=None):
        self._init(fix_imports, encoding, errors, buffers)
        self._file_read = None
        self._file_readline = None
        self._data = data
        self._pos = 0


# ---------------------------------------------------------------------------
# The shorthand functions.


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write the pickle of obj to the binary file."""
    Pickler(file, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The pickle of obj, as bytes."""
    pickler = Pickler(_NO_FILE, protocol, fix_imports=fix_imports,
                      buffer_callback=buffer_callback)
    pickler.dump(obj)
    return bytes(pickler._buf)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Read a pickled object from the binary file."""
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """The object pickled in the bytes-like data."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if type(data) is not bytes:
        data = bytes(data)
    return _BytesUnpickler(data, fix_imports=fix_imports, buffers=buffers,
                           encoding=encoding, errors=errors).load()
