"""Event logging, as in CPython 3.12's logging package.

Loggers form a tree named by dotted names under the root logger.  A call
such as ``getLogger("app.db").info("msg %s", arg)`` builds a LogRecord
(finding the caller's file, line and function through sys._getframe),
passes it through the logger's filters and then to the handlers of the
logger and of its ancestors while ``propagate`` holds.  Handlers filter
again and write the record's text, made by a Formatter, to a stream or a
file.

pyprobe runs Python code on one thread, so records name the thread
"MainThread".  shutdown() runs at exit (through atexit), flushing and
closing the handlers, and file and stream handlers also flush after every
record.  Exceptions are
formatted by the traceback module when there is one, and otherwise by a
small formatter here that writes CPython's traceback layout (without the
carets under parts of source lines).
"""

import sys
import os
import time

__all__ = ['BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR',
           'FATAL', 'FileHandler', 'Filter', 'Formatter', 'Handler', 'INFO',
           'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET', 'NullHandler',
           'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig',
           'captureWarnings', 'critical', 'debug', 'disable', 'error',
           'exception', 'fatal', 'getLevelName', 'getLogger', 'getLoggerClass',
           'info', 'log', 'makeLogRecord', 'setLoggerClass', 'shutdown',
           'warn', 'warning', 'getLogRecordFactory', 'setLogRecordFactory',
           'lastResort', 'raiseExceptions', 'getLevelNamesMapping',
           'getHandlerByName', 'getHandlerNames']

try:
    import threading as _threading
except ImportError:
    _threading = None

# The time the module was loaded: records measure relativeCreated from it.
_startTime = time.time()

# When true, errors raised while handling records are reported on
# sys.stderr; when false they are silently ignored.
raiseExceptions = True

# Which kinds of process information records collect.
logThreads = True
logMultiprocessing = True
logProcesses = True
logAsyncioTasks = True

# ---------------------------------------------------------------------------
# Levels
# ---------------------------------------------------------------------------

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {
    CRITICAL: 'CRITICAL',
    ERROR: 'ERROR',
    WARNING: 'WARNING',
    INFO: 'INFO',
    DEBUG: 'DEBUG',
    NOTSET: 'NOTSET',
}
_nameToLevel = {
    'CRITICAL': CRITICAL,
    'FATAL': FATAL,
    'ERROR': ERROR,
    'WARN': WARNING,
    'WARNING': WARNING,
    'INFO': INFO,
    'DEBUG': DEBUG,
    'NOTSET': NOTSET,
}


def getLevelNamesMapping():
    """Return a copy of the mapping from level names to numbers."""
    return _nameToLevel.copy()


def getLevelName(level):
    """Return the name of a level number, or the number of a level name.

    Unknown values give the string "Level %s" % level.
    """
    result = _levelToName.get(level)
    if result is not None:
        return result
    result = _nameToLevel.get(level)
    if result is not None:
        return result
    return "Level %s" % level


def addLevelName(level, levelName):
    """Associate levelName with the number level, both ways."""
    with _lock:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level


def _checkLevel(level):
    """Turn a level number or registered level name into a number."""
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


def currentframe():
    """Return the frame of the caller."""
    return sys._getframe(1)


# The file of this module, used to skip logging's own frames when the
# caller of a logging call is looked up.
_srcfile = os.path.normcase(addLevelName.__code__.co_filename)


def _is_internal_frame(frame):
    """Tell whether a frame belongs to logging or to the import machinery."""
    # Paths are compared as they are: normcase() changes nothing on POSIX.
    filename = frame.f_code.co_filename
    return filename == _srcfile or (
        "importlib" in filename and "_bootstrap" in filename)


# ---------------------------------------------------------------------------
# Locks
# ---------------------------------------------------------------------------

class _SimpleRLock:
    """A re-entrant lock for a program with a single thread: it only counts."""

    __slots__ = ("_count",)

    def __init__(self):
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        self._count += 1
        return True

    def release(self):
        if self._count <= 0:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1

    def __enter__(self):
        self._count += 1
        return True

    def __exit__(self, *exc):
        self._count -= 1


def _new_rlock():
    if _threading is not None:
        return _threading.RLock()
    return _SimpleRLock()


# The module lock guards the logger tree and the level tables.
_lock = _new_rlock()


def _acquireLock():
    _lock.acquire()


def _releaseLock():
    _lock.release()


# ---------------------------------------------------------------------------
# Tracebacks
# ---------------------------------------------------------------------------

# Source lines of files read for tracebacks, keyed by file name.
_source_lines = {}


def _source_line(filename, lineno):
    """Return the stripped source line, or '' when it cannot be read."""
    lines = _source_lines.get(filename)
    if lines is None:
        lines = []
        if filename and not (filename.startswith("<")
                             and filename.endswith(">")):
            try:
                with open(filename, encoding="utf-8",
                          errors="replace") as f:
                    lines = f.readlines()
            except Exception:
                lines = []
        _source_lines[filename] = lines
    if lineno is not None and 1 <= lineno <= len(lines):
        return lines[lineno - 1].strip()
    return ""


def _format_entries(entries):
    """Format (filename, lineno, name) entries as CPython lists frames,
    folding a run of more than three identical entries."""
    out = []
    last = None
    repeats = 0

    def flush_repeats():
        if repeats > 3:
            n = repeats - 3
            out.append("  [Previous line repeated %d more time%s]\n"
                       % (n, "s" if n > 1 else ""))

    for entry in entries:
        if entry == last:
            repeats += 1
            if repeats > 3:
                continue
        else:
            flush_repeats()
            last = entry
            repeats = 1
        filename, lineno, name = entry
        out.append('  File "%s", line %s, in %s\n' % (filename, lineno, name))
        line = _source_line(filename, lineno)
        if line:
            out.append("    %s\n" % line)
    flush_repeats()
    return out


def _safe_str(value, what):
    try:
        return str(value)
    except Exception:
        return "<%s str() failed>" % what


def _exception_only(exc):
    """Return the last lines of a traceback: the type and message."""
    etype = type(exc)
    stype = etype.__qualname__
    smod = etype.__module__
    if smod not in ("__main__", "builtins"):
        if not isinstance(smod, str):
            smod = "<unknown>"
        stype = smod + "." + stype
    text = _safe_str(exc, "exception")
    lines = [stype + ": " + text + "\n" if text else stype + "\n"]
    notes = getattr(exc, "__notes__", None)
    if notes is not None:
        if isinstance(notes, (list, tuple)):
            for note in notes:
                lines.append(_safe_str(note, "note") + "\n")
        else:
            lines.append(_safe_str(notes, "__notes__") + "\n")
    return lines


def _format_exception(exc, tb):
    """Return the lines of CPython's traceback for exc, chained
    exceptions first."""
    chain = []
    seen = set()
    current = exc
    current_tb = tb
    message = None
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, current_tb, message))
        if current.__cause__ is not None:
            message = ("\nThe above exception was the direct cause "
                       "of the following exception:\n\n")
            current = current.__cause__
        elif (current.__context__ is not None
              and not current.__suppress_context__):
            message = ("\nDuring handling of the above exception, "
                       "another exception occurred:\n\n")
            current = current.__context__
        else:
            current = None
        if current is not None:
            current_tb = current.__traceback__
    out = []
    for current, current_tb, message in reversed(chain):
        if current_tb is not None:
            out.append("Traceback (most recent call last):\n")
            entries = []
            while current_tb is not None:
                frame = current_tb.tb_frame
                entries.append((frame.f_code.co_filename, current_tb.tb_lineno,
                                frame.f_code.co_name))
                current_tb = current_tb.tb_next
            out.extend(_format_entries(entries))
        out.extend(_exception_only(current))
        if message is not None:
            out.append(message)
    return out


_traceback_module = False


def _get_traceback():
    """Return the traceback module, or None when there is none."""
    global _traceback_module
    if _traceback_module is False:
        try:
            import traceback
        except ImportError:
            traceback = None
        _traceback_module = traceback
    return _traceback_module


def _print_exception(etype, value, tb, file):
    """Write an exception's traceback to file, as traceback does."""
    traceback = _get_traceback()
    if traceback is not None:
        traceback.print_exception(etype, value, tb, None, file)
        return
    if value is None:
        # CPython describes a missing exception as the None object.
        file.write("NoneType: None\n")
        return
    file.write("".join(_format_exception(value, tb)))


def _print_stack(frame, file):
    """Write the frames from the outermost one down to frame to file."""
    traceback = _get_traceback()
    if traceback is not None:
        traceback.print_stack(frame, file=file)
        return
    entries = []
    while frame is not None:
        entries.append((frame.f_code.co_filename, frame.f_lineno,
                        frame.f_code.co_name))
        frame = frame.f_back
    entries.reverse()
    file.write("".join(_format_entries(entries)))


# ---------------------------------------------------------------------------
# Log records
# ---------------------------------------------------------------------------

def _is_mapping(value):
    if isinstance(value, dict):
        return True
    if not hasattr(type(value), "keys"):
        return False
    import collections.abc
    return isinstance(value, collections.abc.Mapping)


def _thread_ident():
    if _threading is not None:
        return _threading.get_ident()
    # With a single thread, a fixed number stands for the main thread.
    return 1


class LogRecord(object):
    """Everything known about one logged event.

    The message is ``msg % args``, made lazily by getMessage().  A single
    non-empty mapping argument becomes the args itself, so that
    ``"%(key)s"`` formats can use it.
    """

    def __init__(self, name, level, pathname, lineno,
                 msg, args, exc_info, func=None, sinfo=None, **kwargs):
        ct = time.time()
        self.name = name
        self.msg = msg
        if args and len(args) == 1 and args[0] and _is_mapping(args[0]):
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        try:
            self.filename = os.path.basename(pathname)
            self.module = os.path.splitext(self.filename)[0]
        except (TypeError, ValueError, AttributeError):
            self.filename = pathname
            self.module = "Unknown module"
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = ct
        self.msecs = int((ct - int(ct)) * 1000) + 0.0
        self.relativeCreated = (ct - _startTime) * 1000
        if logThreads:
            self.thread = _thread_ident()
            if _threading is not None:
                self.threadName = _threading.current_thread().name
            else:
                self.threadName = "MainThread"
        else:
            self.thread = None
            self.threadName = None
        if not logMultiprocessing:
            self.processName = None
        else:
            self.processName = "MainProcess"
            mp = sys.modules.get("multiprocessing")
            if mp is not None:
                try:
                    self.processName = mp.current_process().name
                except Exception:
                    pass
        if logProcesses and hasattr(os, "getpid"):
            self.process = os.getpid()
        else:
            self.process = None
        self.taskName = None
        if logAsyncioTasks:
            asyncio = sys.modules.get("asyncio")
            if asyncio is not None:
                try:
                    self.taskName = asyncio.current_task().get_name()
                except Exception:
                    pass

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        """Return the message with the arguments merged into it."""
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    """Set the callable that loggers call to create records."""
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    """Return the callable that loggers call to create records."""
    return _logRecordFactory


def makeLogRecord(dict):
    """Make a record whose attributes are taken from a dictionary."""
    rv = _logRecordFactory(None, None, "", 0, "", (), None, None)
    rv.__dict__.update(dict)
    return rv


# ---------------------------------------------------------------------------
# Format styles
# ---------------------------------------------------------------------------

_re = None


def _regex(pattern, ignorecase=False):
    global _re
    if _re is None:
        import re
        _re = re
    return _re.compile(pattern, _re.I if ignorecase else 0)


class PercentStyle(object):
    """Formats records with ``%(name)s`` fields."""

    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'
    _validation = None

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        """Check that the format has at least one %(name) field."""
        cls = PercentStyle
        if cls._validation is None:
            cls._validation = _regex(
                r'%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]', True)
        if not cls._validation.search(self._fmt):
            raise ValueError("Invalid format '%s' for '%s' style"
                             % (self._fmt, self.default_format[0]))

    def _values(self, record):
        defaults = self._defaults
        if defaults:
            return defaults | record.__dict__
        return record.__dict__

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError('Formatting field not found in record: %s' % e)


class StrFormatStyle(PercentStyle):
    """Formats records with str.format() ``{name}`` fields."""

    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'
    _spec = None
    _field = None

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def validate(self):
        """Check the fields, conversions and format specifications."""
        cls = StrFormatStyle
        if cls._spec is None:
            cls._spec = _regex(
                r'^(.?[<>=^])?[+ -]?#?0?(\d+|{\w+})?[,_]?'
                r'(\.(\d+|{\w+}))?[bcdefgnosx%]?$', True)
            cls._field = _regex(r'^(\d+|\w+)(\.\w+|\[[^]]+\])*$')
        import string
        fields = set()
        try:
            for _, name, spec, conversion in string.Formatter().parse(
                    self._fmt):
                if name:
                    if not cls._field.match(name):
                        raise ValueError(
                            'invalid field name/expression: %r' % name)
                    fields.add(name)
                if conversion and conversion not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conversion)
                if spec and not cls._spec.match(spec):
                    raise ValueError('bad specifier: %r' % spec)
        except ValueError as e:
            raise ValueError('invalid format: %s' % e)
        if not fields:
            raise ValueError('invalid format: no fields')


def _is_ident_start(c):
    return c == "_" or ("a" <= c <= "z") or ("A" <= c <= "Z")


def _is_ident_char(c):
    return _is_ident_start(c) or ("0" <= c <= "9")


class StringTemplateStyle(PercentStyle):
    """Formats records with string.Template ``$name`` fields."""

    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        import string
        self._tpl = string.Template(self._fmt)

    def usesTime(self):
        fmt = self._fmt
        return fmt.find('$asctime') >= 0 or fmt.find(self.asctime_search) >= 0

    def validate(self):
        """Check that every '$' starts a field or an escape."""
        fmt = self._fmt
        n = len(fmt)
        fields = set()
        i = fmt.find("$")
        while i >= 0:
            j = i + 1
            if j < n and fmt[j] == "$":
                i = fmt.find("$", j + 1)
                continue
            braced = j < n and fmt[j] == "{"
            k = j + 1 if braced else j
            if k < n and _is_ident_start(fmt[k]):
                end = k + 1
                while end < n and _is_ident_char(fmt[end]):
                    end += 1
                if not braced:
                    fields.add(fmt[k:end])
                    i = fmt.find("$", end)
                    continue
                if end < n and fmt[end] == "}":
                    fields.add(fmt[k:end])
                    i = fmt.find("$", end + 1)
                    continue
            raise ValueError("invalid format: bare \'$\' not allowed")
        if not fields:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        return self._tpl.substitute(**self._values(record))


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


# ---------------------------------------------------------------------------
# Formatters
# ---------------------------------------------------------------------------

class Formatter(object):
    """Turns a LogRecord into text.

    The format string uses the record's attributes, plus ``message`` (the
    merged message) and ``asctime`` (the time, when the format uses it),
    in one of three styles: '%', '{' or '$'.
    """

    converter = time.localtime
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *,
                 defaults=None):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s'
                             % ','.join(_STYLES.keys()))
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        """Return the record's creation time as text.

        Without datefmt, the time is 'YYYY-mm-dd HH:MM:SS,mmm'.
        """
        ct = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, ct)
        s = time.strftime(self.default_time_format, ct)
        if self.default_msec_format:
            s = self.default_msec_format % (s, record.msecs)
        return s

    def formatException(self, ei):
        """Return the traceback text of an exc_info triple."""
        import io
        sio = io.StringIO()
        _print_exception(ei[0], ei[1], ei[2], sio)
        s = sio.getvalue()
        sio.close()
        if s[-1:] == "\n":
            s = s[:-1]
        return s

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        """Return the record's text, with its traceback and stack if any."""
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            # The traceback text is kept, as it is the same for every handler.
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + record.exc_text
        if record.stack_info:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + self.formatStack(record.stack_info)
        return s


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records, between a header and a footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        rv = ""
        if len(records) > 0:
            rv = rv + self.formatHeader(records)
            for record in records:
                rv = rv + self.linefmt.format(record)
            rv = rv + self.formatFooter(records)
        return rv


# ---------------------------------------------------------------------------
# Filters
# ---------------------------------------------------------------------------

class Filter(object):
    """Lets through the records of one logger and its descendants.

    Filter("a.b") passes "a.b" and "a.b.c" but not "a.bb"; an empty name
    passes everything.
    """

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        nlen = self.nlen
        if nlen == 0:
            return True
        rname = record.name
        if self.name == rname:
            return True
        if not rname.startswith(self.name):
            return False
        return rname[nlen] == "."


class Filterer(object):
    """The base of loggers and handlers: a list of filters."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """Apply the filters in turn.

        Return False as soon as one rejects the record; otherwise return
        the record, possibly replaced by one a filter returned.
        """
        for f in self.filters:
            if hasattr(f, 'filter'):
                result = f.filter(record)
            else:
                result = f(record)
            if not result:
                return False
            if isinstance(result, LogRecord):
                record = result
        return record


# ---------------------------------------------------------------------------
# Handlers
# ---------------------------------------------------------------------------

import weakref as _weakref

# Handlers by name, and weak references to every handler, in creation
# order, for shutdown().
_handlers = _weakref.WeakValueDictionary()
_handlerList = []


def _removeHandlerRef(wr):
    with _lock:
        try:
            _handlerList.remove(wr)
        except ValueError:
            pass


def _addHandlerRef(handler):
    with _lock:
        _handlerList.append(_weakref.ref(handler, _removeHandlerRef))


def getHandlerByName(name):
    """Return the handler with the given name, or None."""
    return _handlers.get(name)


def getHandlerNames():
    """Return a frozenset of the names of the live named handlers."""
    return frozenset(_handlers)


def _live_frame(frame):
    """Return the running frame with the code of a traceback's frame.

    pyprobe's traceback frames do not link to their callers (f_back is
    None), so the caller chain is taken from the running frames.
    """
    code = frame.f_code
    key = (code.co_filename, code.co_name, code.co_firstlineno)
    live = sys._getframe(1)
    while live is not None:
        c = live.f_code
        if (c.co_filename, c.co_name, c.co_firstlineno) == key:
            return live
        live = live.f_back
    return frame


class Handler(Filterer):
    """The base of handlers: a level, filters and a formatter.

    Subclasses define emit().
    """

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        _addHandlerRef(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _lock:
            if self._name in _handlers:
                del _handlers[self._name]
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = _new_rlock()

    def _at_fork_reinit(self):
        self.lock = _new_rlock()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        fmt = self.formatter if self.formatter else _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented '
                                  'by Handler subclasses')

    def handle(self, record):
        """Filter the record and emit it if it passes.

        Return the filter's result: the record (perhaps a replacement)
        or a false value.
        """
        rv = self.filter(record)
        if isinstance(rv, LogRecord):
            record = rv
        if rv:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return rv

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        with _lock:
            self._closed = True
            if self._name and self._name in _handlers:
                del _handlers[self._name]

    def handleError(self, record):
        """Report an exception raised by emit() on sys.stderr, when
        raiseExceptions is true."""
        if raiseExceptions and sys.stderr:
            t, v, tb = sys.exc_info()
            try:
                err = sys.stderr
                err.write('--- Logging error ---\n')
                _print_exception(t, v, tb, err)
                err.write('Call stack:\n')
                # Start from the first frame outside the logging package.
                here = os.path.dirname(_srcfile)
                frame = _live_frame(tb.tb_frame) if tb is not None else None
                while frame is not None and os.path.dirname(
                        os.path.normcase(frame.f_code.co_filename)) == here:
                    frame = frame.f_back
                if frame is not None:
                    _print_stack(frame, err)
                else:
                    err.write('Logged from file %s, line %s\n'
                              % (record.filename, record.lineno))
                try:
                    err.write('Message: %r\nArguments: %s\n'
                              % (record.msg, record.args))
                except RecursionError:
                    raise
                except Exception:
                    err.write('Unable to print the message and arguments'
                              ' - possible formatting error.\nUse the'
                              ' traceback above to help find the error.\n')
            except OSError:
                pass
            finally:
                t = v = tb = None

    def __repr__(self):
        return '<%s (%s)>' % (self.__class__.__name__,
                              getLevelName(self.level))


class StreamHandler(Handler):
    """Writes records to a stream (sys.stderr by default), each followed
    by the terminator."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    def flush(self):
        with self.lock:
            if self.stream and hasattr(self.stream, "flush"):
                self.stream.flush()

    def emit(self, record):
        try:
            msg = self.format(record)
            self.stream.write(msg + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Switch to another stream; return the old one, or None when it
        is the same."""
        if stream is self.stream:
            return None
        result = self.stream
        with self.lock:
            self.flush()
            self.stream = stream
        return result

    def __repr__(self):
        name = str(getattr(self.stream, 'name', ''))
        if name:
            name += ' '
        return '<%s %s(%s)>' % (self.__class__.__name__, name,
                                getLevelName(self.level))

    __class_getitem__ = classmethod(lambda cls, item: _generic_alias(cls, item))


def _generic_alias(cls, item):
    import types
    return types.GenericAlias(cls, item)


class FileHandler(StreamHandler):
    """Writes records to a file, opened at once or, with delay, at the
    first record."""

    def __init__(self, filename, mode='a', encoding=None, delay=False,
                 errors=None):
        filename = os.fspath(filename)
        self.baseFilename = os.path.abspath(filename)
        self.mode = mode
        self.encoding = encoding
        if "b" not in mode:
            self.encoding = encoding if encoding is not None else "utf-8"
        self.errors = errors
        self.delay = delay
        self._builtin_open = open
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def close(self):
        with self.lock:
            try:
                if self.stream:
                    try:
                        self.flush()
                    finally:
                        stream = self.stream
                        self.stream = None
                        if hasattr(stream, "close"):
                            stream.close()
            finally:
                StreamHandler.close(self)

    def _open(self):
        open_func = self._builtin_open
        if "b" in self.mode:
            return open_func(self.baseFilename, self.mode)
        return open_func(self.baseFilename, self.mode,
                         encoding=self.encoding, errors=self.errors)

    def emit(self, record):
        if self.stream is None:
            if self.mode != 'w' or not self._closed:
                self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def __repr__(self):
        return '<%s %s (%s)>' % (self.__class__.__name__, self.baseFilename,
                                 getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """Writes to whatever sys.stderr is when a record arrives."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


# The handler used when a record finds no handler at all.
_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


class NullHandler(Handler):
    """A handler that does nothing, for libraries to silence the
    'last resort' output."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass


# ---------------------------------------------------------------------------
# The logger tree
# ---------------------------------------------------------------------------

class PlaceHolder(object):
    """Stands in the tree for a logger name that only has descendants."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None


def setLoggerClass(klass):
    """Set the class getLogger() instantiates for new loggers."""
    if klass != Logger:
        if not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: "
                            + klass.__name__)
    global _loggerClass
    _loggerClass = klass


def getLoggerClass():
    """Return the class getLogger() instantiates for new loggers."""
    return _loggerClass


class Manager(object):
    """Holds the logger tree: the loggers by name and the global disable
    level."""

    def __init__(self, rootnode):
        self.root = rootnode
        self._disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    @property
    def disable(self):
        return self._disable

    @disable.setter
    def disable(self, value):
        self._disable = _checkLevel(value)

    def getLogger(self, name):
        """Return the logger of that name, creating it (and linking it
        into the tree) if needed."""
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            rv = self.loggerDict.get(name)
            if rv is None:
                rv = (self.loggerClass or _loggerClass)(name)
                rv.manager = self
                self.loggerDict[name] = rv
                self._fixupParents(rv)
            elif isinstance(rv, PlaceHolder):
                ph = rv
                rv = (self.loggerClass or _loggerClass)(name)
                rv.manager = self
                self.loggerDict[name] = rv
                self._fixupChildren(ph, rv)
                self._fixupParents(rv)
        return rv

    def setLoggerClass(self, klass):
        if klass != Logger:
            if not issubclass(klass, Logger):
                raise TypeError("logger not derived from logging.Logger: "
                                + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _fixupParents(self, alogger):
        """Find the nearest existing ancestor of a new logger, putting
        placeholders for the missing names on the way."""
        name = alogger.name
        rv = None
        i = name.rfind(".")
        while i > 0 and rv is None:
            substr = name[:i]
            obj = self.loggerDict.get(substr)
            if obj is None:
                self.loggerDict[substr] = PlaceHolder(alogger)
            elif isinstance(obj, Logger):
                rv = obj
            else:
                obj.append(alogger)
            i = name.rfind(".", 0, i - 1)
        if rv is None:
            rv = self.root
        alogger.parent = rv

    def _fixupChildren(self, ph, alogger):
        """Make a new logger the parent of the loggers below its
        placeholder that pointed higher up."""
        name = alogger.name
        prefix = name + "."
        for c in ph.loggerMap.keys():
            if not c.parent.name.startswith(prefix):
                alogger.parent = c.parent
                c.parent = alogger

    def _clear_cache(self):
        with _lock:
            for logger in self.loggerDict.values():
                if isinstance(logger, Logger):
                    logger._cache.clear()
            self.root._cache.clear()


# The keyword arguments that logging calls accept.
_LOG_KEYWORDS = frozenset(("exc_info", "extra", "stack_info", "stacklevel"))


class Logger(Filterer):
    """A named channel for log records.

    Records at or above the effective level (the first level set on the
    logger or its ancestors) are made, filtered and passed to the handlers
    here and, while ``propagate`` is true, to those of the ancestors.
    """

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    # The logging methods pass their keyword arguments on without *args or
    # **kwargs calls: pyprobe loses a frame's f_back across such calls,
    # and findCaller() must walk from _log() back to the caller.

    def _log_kw(self, level, msg, args, kwargs):
        """Call _log() with the keyword arguments of a logging call."""
        if kwargs:
            for key in kwargs:
                if key not in _LOG_KEYWORDS:
                    raise TypeError("Logger._log() got an unexpected "
                                    "keyword argument %r" % key)
            self._log(level, msg, args,
                      exc_info=kwargs.get("exc_info"),
                      extra=kwargs.get("extra"),
                      stack_info=kwargs.get("stack_info", False),
                      stacklevel=kwargs.get("stacklevel", 1))
        else:
            self._log(level, msg, args)

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log_kw(DEBUG, msg, args, kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log_kw(INFO, msg, args, kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log_kw(WARNING, msg, args, kwargs)

    def warn(self, msg, *args, **kwargs):
        import warnings
        warnings.warn("The 'warn' method is deprecated, "
                      "use 'warning' instead", DeprecationWarning, 2)
        if type(self).warning is not Logger.warning:
            self.warning(msg, *args, **kwargs)
        elif self.isEnabledFor(WARNING):
            self._log_kw(WARNING, msg, args, kwargs)

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log_kw(ERROR, msg, args, kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        if type(self).error is not Logger.error:
            self.error(msg, *args, exc_info=exc_info, **kwargs)
        elif self.isEnabledFor(ERROR):
            kwargs["exc_info"] = exc_info
            self._log_kw(ERROR, msg, args, kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log_kw(CRITICAL, msg, args, kwargs)

    def fatal(self, msg, *args, **kwargs):
        if type(self).critical is not Logger.critical:
            self.critical(msg, *args, **kwargs)
        elif self.isEnabledFor(CRITICAL):
            self._log_kw(CRITICAL, msg, args, kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log_kw(level, msg, args, kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """Return (file name, line number, function name, stack text) of
        the code that called logging, skipping logging's own frames and
        then stacklevel - 1 more."""
        f = sys._getframe(1)
        while stacklevel > 0:
            next_f = f.f_back
            if next_f is None:
                # The stack is shorter than asked: use the outermost frame.
                break
            f = next_f
            if not _is_internal_frame(f):
                stacklevel -= 1
        co = f.f_code
        sinfo = None
        if stack_info:
            import io
            sio = io.StringIO()
            sio.write("Stack (most recent call last):\n")
            _print_stack(f, sio)
            sinfo = sio.getvalue()
            if sinfo[-1] == '\n':
                sinfo = sinfo[:-1]
            sio.close()
        return co.co_filename, f.f_lineno, co.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        """Create a record through the record factory and add the extra
        attributes, which must not replace existing ones."""
        rv = _logRecordFactory(name, level, fn, lno, msg, args, exc_info,
                               func, sinfo)
        if extra is not None:
            for key in extra:
                if (key in ["message", "asctime"]) or (key in rv.__dict__):
                    raise KeyError("Attempt to overwrite %r in LogRecord"
                                   % key)
                rv.__dict__[key] = extra[key]
        return rv

    def _log(self, level, msg, args, exc_info=None, extra=None,
             stack_info=False, stacklevel=1):
        sinfo = None
        if _srcfile:
            try:
                fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
            except ValueError:
                fn, lno, func = "(unknown file)", 0, "(unknown function)"
        else:
            fn, lno, func = "(unknown file)", 0, "(unknown function)"
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args,
                                 exc_info, func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        """Pass a record through the filters and then to the handlers."""
        if self.disabled:
            return
        maybe_record = self.filter(record)
        if not maybe_record:
            return
        if isinstance(maybe_record, LogRecord):
            record = maybe_record
        self.callHandlers(record)

    def addHandler(self, hdlr):
        with _lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def hasHandlers(self):
        """Tell whether this logger or an ancestor reached through
        propagation has a handler."""
        c = self
        while c:
            if c.handlers:
                return True
            if not c.propagate:
                return False
            c = c.parent
        return False

    def callHandlers(self, record):
        """Give the record to every handler up the tree whose level it
        reaches; use lastResort when there is no handler at all."""
        c = self
        found = 0
        while c:
            for hdlr in c.handlers:
                found = found + 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            if not c.propagate:
                c = None
            else:
                c = c.parent
        if found == 0:
            if lastResort:
                if record.levelno >= lastResort.level:
                    lastResort.handle(record)
            elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
                sys.stderr.write("No handlers could be found for logger"
                                 " \"%s\"\n" % self.name)
                self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        """Return the first level set on this logger or its ancestors."""
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        """Tell whether a record of this level would be processed."""
        if self.disabled:
            return False
        try:
            return self._cache[level]
        except KeyError:
            with _lock:
                if self.manager.disable >= level:
                    is_enabled = self._cache[level] = False
                else:
                    is_enabled = self._cache[level] = (
                        level >= self.getEffectiveLevel())
            return is_enabled

    def getChild(self, suffix):
        """Return the logger named self.name + '.' + suffix."""
        if self.root is not self:
            suffix = '.'.join((self.name, suffix))
        return self.manager.getLogger(suffix)

    def getChildren(self):
        """Return the set of loggers directly below this one."""
        def depth(logger):
            if logger is logger.manager.root:
                return 0
            return 1 + logger.name.count('.')

        with _lock:
            loggers = list(self.manager.loggerDict.values())
        mine = depth(self) + 1
        return set(item for item in loggers
                   if isinstance(item, Logger) and item.parent is self
                   and depth(item) == mine)

    def __repr__(self):
        level = getLevelName(self.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, self.name, level)

    def __reduce__(self):
        if getLogger(self.name) is not self:
            import pickle
            raise pickle.PicklingError('logger cannot be pickled')
        return getLogger, (self.name,)


class RootLogger(Logger):
    """The logger at the top of the tree, named "root"."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger


class LoggerAdapter(object):
    """Wraps a logger to add context: process() puts ``extra`` into the
    keyword arguments of every call."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def _adapt(self, level, msg, args, kwargs):
        """Log through the wrapped logger after process(), keeping the
        frame chain intact when neither class overrides log()."""
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            logger = self.logger
            if isinstance(logger, Logger) and type(logger).log is Logger.log:
                if not isinstance(level, int):
                    logger.log(level, msg)
                elif logger.isEnabledFor(level):
                    logger._log_kw(level, msg, args, kwargs)
            elif (isinstance(logger, LoggerAdapter)
                  and type(logger).log is LoggerAdapter.log):
                logger._adapt(level, msg, args, kwargs)
            else:
                logger.log(level, msg, *args, **kwargs)

    def _call(self, level, msg, args, kwargs):
        if type(self).log is LoggerAdapter.log:
            self._adapt(level, msg, args, kwargs)
        else:
            self.log(level, msg, *args, **kwargs)

    def debug(self, msg, *args, **kwargs):
        self._call(DEBUG, msg, args, kwargs)

    def info(self, msg, *args, **kwargs):
        self._call(INFO, msg, args, kwargs)

    def warning(self, msg, *args, **kwargs):
        self._call(WARNING, msg, args, kwargs)

    def warn(self, msg, *args, **kwargs):
        import warnings
        warnings.warn("The 'warn' method is deprecated, "
                      "use 'warning' instead", DeprecationWarning, 2)
        if type(self).warning is not LoggerAdapter.warning:
            self.warning(msg, *args, **kwargs)
        else:
            self._call(WARNING, msg, args, kwargs)

    def error(self, msg, *args, **kwargs):
        self._call(ERROR, msg, args, kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        kwargs["exc_info"] = exc_info
        self._call(ERROR, msg, args, kwargs)

    def critical(self, msg, *args, **kwargs):
        self._call(CRITICAL, msg, args, kwargs)

    def log(self, level, msg, *args, **kwargs):
        self._adapt(level, msg, args, kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, **kwargs):
        return self.logger._log(level, msg, args, **kwargs)

    @property
    def manager(self):
        return self.logger.manager

    @manager.setter
    def manager(self, value):
        self.logger.manager = value

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        logger = self.logger
        level = getLevelName(logger.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, logger.name, level)

    __class_getitem__ = classmethod(lambda cls, item: _generic_alias(cls, item))


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


# ---------------------------------------------------------------------------
# Module-level configuration and logging
# ---------------------------------------------------------------------------

def basicConfig(**kwargs):
    """Give the root logger a handler and a formatter, unless it already
    has handlers (or force is true, which first removes them).

    Keywords: filename, filemode, format, datefmt, style, level, stream,
    handlers, force, encoding, errors.
    """
    with _lock:
        force = kwargs.pop('force', False)
        encoding = kwargs.pop('encoding', None)
        errors = kwargs.pop('errors', 'backslashreplace')
        if force:
            for h in root.handlers[:]:
                root.removeHandler(h)
                h.close()
        if len(root.handlers) == 0:
            handlers = kwargs.pop("handlers", None)
            if handlers is None:
                if "stream" in kwargs and "filename" in kwargs:
                    raise ValueError("'stream' and 'filename' should not be "
                                     "specified together")
            else:
                if "stream" in kwargs or "filename" in kwargs:
                    raise ValueError("'stream' or 'filename' should not be "
                                     "specified together with 'handlers'")
            if handlers is None:
                filename = kwargs.pop("filename", None)
                mode = kwargs.pop("filemode", 'a')
                if filename:
                    if 'b' in mode:
                        errors = None
                    elif encoding is None:
                        encoding = "utf-8"
                    h = FileHandler(filename, mode, encoding=encoding,
                                    errors=errors)
                else:
                    stream = kwargs.pop("stream", None)
                    h = StreamHandler(stream)
                handlers = [h]
            dfs = kwargs.pop("datefmt", None)
            style = kwargs.pop("style", '%')
            if style not in _STYLES:
                raise ValueError('Style must be one of: %s'
                                 % ','.join(_STYLES.keys()))
            fs = kwargs.pop("format", _STYLES[style][1])
            fmt = Formatter(fs, dfs, style)
            for h in handlers:
                if h.formatter is None:
                    h.setFormatter(fmt)
                root.addHandler(h)
            level = kwargs.pop("level", None)
            if level is not None:
                root.setLevel(level)
            if kwargs:
                keys = ', '.join(kwargs.keys())
                raise ValueError('Unrecognised argument(s): %s' % keys)


def getLogger(name=None):
    """Return the logger of that name; the root logger without a name."""
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


def critical(msg, *args, **kwargs):
    """Log on the root logger at CRITICAL, calling basicConfig() first
    if it has no handler."""
    if len(root.handlers) == 0:
        basicConfig()
    if root.isEnabledFor(CRITICAL):
        root._log_kw(CRITICAL, msg, args, kwargs)


def fatal(msg, *args, **kwargs):
    """Log on the root logger at CRITICAL."""
    if len(root.handlers) == 0:
        basicConfig()
    if root.isEnabledFor(CRITICAL):
        root._log_kw(CRITICAL, msg, args, kwargs)


def error(msg, *args, **kwargs):
    """Log on the root logger at ERROR."""
    if len(root.handlers) == 0:
        basicConfig()
    if root.isEnabledFor(ERROR):
        root._log_kw(ERROR, msg, args, kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    """Log on the root logger at ERROR, with the current exception."""
    if len(root.handlers) == 0:
        basicConfig()
    if root.isEnabledFor(ERROR):
        kwargs["exc_info"] = exc_info
        root._log_kw(ERROR, msg, args, kwargs)


def warning(msg, *args, **kwargs):
    """Log on the root logger at WARNING."""
    if len(root.handlers) == 0:
        basicConfig()
    if root.isEnabledFor(WARNING):
        root._log_kw(WARNING, msg, args, kwargs)


def warn(msg, *args, **kwargs):
    import warnings
    warnings.warn("The 'warn' function is deprecated, "
                  "use 'warning' instead", DeprecationWarning, 2)
    if len(root.handlers) == 0:
        basicConfig()
    if root.isEnabledFor(WARNING):
        root._log_kw(WARNING, msg, args, kwargs)


def info(msg, *args, **kwargs):
    """Log on the root logger at INFO."""
    if len(root.handlers) == 0:
        basicConfig()
    if root.isEnabledFor(INFO):
        root._log_kw(INFO, msg, args, kwargs)


def debug(msg, *args, **kwargs):
    """Log on the root logger at DEBUG."""
    if len(root.handlers) == 0:
        basicConfig()
    if root.isEnabledFor(DEBUG):
        root._log_kw(DEBUG, msg, args, kwargs)


def log(level, msg, *args, **kwargs):
    """Log on the root logger at the given level."""
    if len(root.handlers) == 0:
        basicConfig()
    if not isinstance(level, int):
        root.log(level, msg)
    elif root.isEnabledFor(level):
        root._log_kw(level, msg, args, kwargs)


def disable(level=CRITICAL):
    """Drop every record at or below level, whatever the loggers say."""
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flush and close every handler, newest first."""
    for wr in reversed(handlerList[:]):
        try:
            h = wr()
            if h:
                try:
                    h.acquire()
                    if getattr(h, 'flushOnClose', True):
                        h.flush()
                    h.close()
                except (OSError, ValueError):
                    pass
                finally:
                    h.release()
        except:
            if raiseExceptions:
                raise


import atexit as _atexit
_atexit.register(shutdown)
del _atexit


# ---------------------------------------------------------------------------
# Warnings
# ---------------------------------------------------------------------------

_warnings_showwarning = None


def _showwarning(message, category, filename, lineno, file=None, line=None):
    """Replaces warnings.showwarning(): sends the warning's text to the
    'py.warnings' logger, unless a file was given."""
    if file is not None:
        if _warnings_showwarning is not None:
            _warnings_showwarning(message, category, filename, lineno,
                                  file, line)
    else:
        import warnings
        s = warnings.formatwarning(message, category, filename, lineno, line)
        logger = getLogger("py.warnings")
        if not logger.handlers:
            logger.addHandler(NullHandler())
        logger.warning(str(s))


def captureWarnings(capture):
    """Start (True) or stop (False) routing warnings to logging."""
    global _warnings_showwarning
    import warnings
    if capture:
        if _warnings_showwarning is None:
            _warnings_showwarning = warnings.showwarning
            warnings.showwarning = _showwarning
    else:
        if _warnings_showwarning is not None:
            warnings.showwarning = _warnings_showwarning
            _warnings_showwarning = None
