"""Warning control, as in CPython 3.12's warnings module.

warn() looks up the calling frame (through sys._getframe) to find the file,
line and module a warning is attributed to, then applies the first
matching entry of the filters list: "error" raises the warning, "ignore"
drops it, "always" shows it every time, and "default", "module" and "once"
show it the first time for each location, module or message (tracked in
the module's __warningregistry__ and in onceregistry).  Warnings are
written to sys.stderr in CPython's format, with the source line read from
the file.

Message and module patterns of filterwarnings() are regular expressions
compiled with the re module; when re cannot be imported they are matched
as literal prefixes (case-insensitively for messages), which agrees with
re for patterns without special characters.  The interpreter fills
sys.warnoptions from its -W options and PYTHONWARNINGS, and they are added
to the filters when this module is imported.  Warnings the runtime issues
itself (such as SyntaxWarning from the compiler) do not go through this
module, so its filters do not apply to them.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# The default filters of a CPython 3.12 release build.
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}

# Bumped whenever the filters change, so that the per-module registries,
# which remember warnings already shown, are cleared.
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


# Source lines of files, for the second line of a warning's text.
_source_cache = {}


def _getline(filename, lineno):
    lines = _source_cache.get(filename)
    if lines is None:
        try:
            with open(filename, encoding="utf-8", errors="replace") as f:
                lines = f.readlines()
        except Exception:
            lines = []
        _source_cache[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


class _LiteralPattern:
    """Stands in for a compiled regular expression when re is missing:
    matches text that starts with the pattern."""

    def __init__(self, pattern, ignorecase):
        self.pattern = pattern
        self.flags = 2 if ignorecase else 0
        self._folded = pattern.lower() if ignorecase else pattern

    def match(self, text):
        if self.flags:
            text = text.lower()
        return text.startswith(self._folded)

    def __eq__(self, other):
        return (type(other) is _LiteralPattern
                and other.pattern == self.pattern
                and other.flags == self.flags)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __repr__(self):
        if self.flags:
            return "re.compile(%r, re.IGNORECASE)" % (self.pattern,)
        return "re.compile(%r)" % (self.pattern,)


def _compile(pattern, ignorecase):
    try:
        import re
        compile = re.compile
        flag = re.IGNORECASE
    except Exception:
        return _LiteralPattern(pattern, ignorecase)
    return compile(pattern, flag) if ignorecase else compile(pattern)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front,
    or at the end if append is true).

    message is a regular expression the start of the warning message must
    match (case-insensitively) and module one the start of the module name
    must match; category is a class the warning must be a subclass of and
    lineno a line number that must match (0 matches all)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    message = _compile(message, True) if message else None
    module = _compile(module, False) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters: one that
    matches any message and any module."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def resetwarnings():
    """Clear the list of warning filters, so that no filter applies."""
    filters[:] = []
    _filters_mutated()


class WarningMessage(object):
    """The data of one warning, as recorded by catch_warnings."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno, category, msg.message)
    if msg.line is None:
        line = _getline(msg.filename, msg.lineno)
    else:
        line = msg.line
    if line:
        s += "  %s\n" % line.strip()
    return s


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            # There is nowhere to write to.
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def formatwarning(message, category, filename, lineno, line=None):
    """Return the text of a warning as showwarning() writes it."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to a file (by default sys.stderr)."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


# The original functions, to tell whether a program has replaced them.
_formatwarning_orig = formatwarning
_showwarning_orig = showwarning


def _formatwarnmsg(msg):
    if formatwarning is not _formatwarning_orig:
        # A replacement formatwarning() is called with the old signature.
        return formatwarning(msg.message, msg.category, msg.filename,
                             msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg(msg):
    if showwarning is not _showwarning_orig:
        # A replacement showwarning() is called with the old signature.
        if not callable(showwarning):
            raise TypeError("warnings.showwarning() must be set to a "
                            "function or method")
        showwarning(msg.message, msg.category, msg.filename, msg.lineno,
                    msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def warn(message, category=None, stacklevel=1, source=None, *,
         skip_file_prefixes=()):
    """Issue a warning, or maybe ignore it or raise an exception.

    stacklevel 1 attributes the warning to the caller of warn(), 2 to its
    caller, and so on; frames from files starting with one of
    skip_file_prefixes are not counted."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    if type(skip_file_prefixes) is not tuple:
        raise TypeError("warn() argument 'skip_file_prefixes' must be "
                        "tuple, not %s" % type(skip_file_prefixes).__name__)
    if skip_file_prefixes and stacklevel < 2:
        stacklevel = 2
    frame = None
    try:
        frame = sys._getframe(1)
        level = stacklevel
        while frame is not None and level > 1:
            frame = frame.f_back
            if skip_file_prefixes:
                while (frame is not None and frame.f_code.co_filename
                       .startswith(skip_file_prefixes)):
                    frame = frame.f_back
            level -= 1
    except ValueError:
        frame = None
    if frame is None:
        globals = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = globals.get("__name__", "<string>")
    registry = globals.get("__warningregistry__")
    if registry is None:
        registry = {}
        try:
            globals["__warningregistry__"] = registry
        except TypeError:
            pass
    warn_explicit(message, category, filename, lineno, module, registry,
                  globals, source)


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    """Issue a warning attributed to an explicit file, line and module."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        # Already shown at this place.
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if ((msg is None or msg.match(text)) and issubclass(category, cat)
                and (mod is None or (mod == module if type(mod) is str
                                     else mod.match(module)))
                and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
        item = None
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = True
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = True
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = True
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = True
    elif action == "default":
        registry[key] = True
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n"
                           " %s" % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno,
                                source=source))


class catch_warnings(object):
    """Context manager that saves the warnings filters and showwarning()
    on entry and restores them on exit.

    With record=True, warnings are not shown but appended, as
    WarningMessage objects, to the list that __enter__ returns.  action,
    category, lineno and append, when action is given, add a simplefilter()
    on entry."""

    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        module = self._module
        self._saved_filters = module.filters
        module.filters = self._saved_filters[:]
        module._filters_mutated()
        self._showwarning = module.showwarning
        self._showwarnmsg_impl = module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            module._showwarnmsg_impl = log.append
            # A replaced showwarning() would bypass the recording.
            module.showwarning = module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        module = self._module
        module.filters = self._saved_filters
        module._filters_mutated()
        module.showwarning = self._showwarning
        module._showwarnmsg_impl = self._showwarnmsg_impl


def _process_warnoptions(options):
    # Each option is action:message:category:module:lineno, as for -W.
    for arg in options:
        try:
            parts = [s.strip() for s in arg.split(":")]
            if len(parts) > 5:
                continue
            while len(parts) < 5:
                parts.append("")
            action, message, category, module, lineno = parts
            action = _expand_action(action)
            category = _option_category(category)
            lineno = int(lineno) if lineno else 0
            if message or module:
                filterwarnings(action, message, category, module, lineno)
            else:
                simplefilter(action, category, lineno)
        except Exception as exc:
            print("Invalid -W option ignored: %s" % exc, file=sys.stderr)


def _expand_action(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for name in _ACTIONS:
        if name.startswith(action):
            return name
    raise ValueError("invalid action: %r" % (action,))


def _option_category(name):
    if not name:
        return Warning
    import builtins
    cat = getattr(builtins, name, None)
    if not (isinstance(cat, type) and issubclass(cat, Warning)):
        raise ValueError("invalid warning category: %r" % (name,))
    return cat


if getattr(sys, "warnoptions", None):
    _process_warnoptions(sys.warnoptions)
