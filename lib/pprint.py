"""Pretty-printing of Python data structures, as in CPython 3.12's pprint.

pformat() returns the repr() of an object when it fits in the line width;
otherwise containers are broken over several lines, one item per line
(or as many as fit with compact=True), nested items indented under their
opening bracket.  Long strings and bytes are split into adjacent literals
at word or 4-byte boundaries.  Dicts are shown with sorted keys unless
sort_dicts is false, sets and frozensets broken over lines are sorted, and
dataclasses, namespaces and the collections types have their own layouts.
The line-breaking rules are CPython's, so the output is the same.
"""

import sys as _sys
import types as _types

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print object to stream (default sys.stdout), with a
    newline."""
    printer = PrettyPrinter(stream=stream, indent=indent, width=width,
                            depth=depth, compact=compact,
                            sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False,
            sort_dicts=True, underscore_numbers=False):
    """Return the pretty-printed representation of object."""
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers
                         ).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Pretty-print object, with dicts in insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """Return repr(object), with recursive containers marked instead of
    followed."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Tell whether repr(object) could be read back with eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Tell whether object contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _safe_key:
    """Sort key that orders values of different types by type name (and
    then by id) instead of failing."""

    __slots__ = ["obj"]

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) <
                    (str(type(other.obj)), id(other.obj)))


def _safe_tuple(pair):
    return _safe_key(pair[0]), _safe_key(pair[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__,
                                             id(object))


def _words(line):
    """Split line into pieces that each hold a run of non-space characters
    followed by the spaces after it."""
    parts = []
    current = []
    in_space = False
    for c in line:
        if c.isspace():
            in_space = True
        elif in_space:
            parts.append("".join(current))
            current = []
            in_space = False
        current.append(c)
    if current:
        parts.append("".join(current))
    return parts


def _wrap_bytes_repr(object, width, allowance):
    """Return the reprs of consecutive slices of a bytes object, grown 4
    bytes at a time while their repr fits in width (less allowance for
    the last)."""
    reprs = []
    current = b""
    last = len(object) // 4 * 4
    for i in range(0, len(object), 4):
        part = object[i:i + 4]
        candidate = current + part
        if i == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                reprs.append(repr(current))
            current = part
        else:
            current = candidate
    if current:
        reprs.append(repr(current))
    return reprs


_builtin_scalars = frozenset({str, bytes, bytearray, float, complex, bool,
                              type(None)})


def _is_generated_dataclass_repr(method):
    """Tell whether a __repr__ is the one the dataclass decorator wrote."""
    wrapped = getattr(method, "__wrapped__", method)
    if "__create_fn__" in getattr(wrapped, "__qualname__", ""):
        return True
    globs = getattr(method, "__globals__", None)
    return globs is not None and "__dataclass_repr_running__" in globs


class PrettyPrinter:
    """Formats objects for display, with the given indentation per level,
    line width, maximum depth and options."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._stream.write(self.pformat(object) + "\n")

    def pformat(self, object):
        out = []
        self._format(object, out, 0, 0, {}, 0)
        return "".join(out)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    # Layout.  Each _pprint_* method appends the pieces of the text to out.
    # indent is the column the object starts at; allowance is the number
    # of characters that will follow it on its last line (closing
    # brackets and commas); context holds the ids of the containers being
    # printed, to detect recursion.

    def _format(self, object, out, indent, allowance, context, level):
        objid = id(object)
        if objid in context:
            out.append(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            method = type(object).__repr__
            layout = self._dispatch.get(method)
            if layout is None and _register_collections():
                layout = self._dispatch.get(method)
            if layout is None and self._type_dispatch:
                layout = self._type_dispatch.get(type(object))
            if layout is None and self._is_dataclass_instance(object, method):
                layout = PrettyPrinter._pprint_dataclass
            if layout is not None:
                context[objid] = 1
                layout(self, object, out, indent, allowance, context,
                       level + 1)
                del context[objid]
                return
        out.append(rep)

    @staticmethod
    def _is_dataclass_instance(object, method):
        cls = type(object)
        params = getattr(cls, "__dataclass_params__", None)
        if params is None or isinstance(object, type):
            return False
        return params.repr and _is_generated_dataclass_repr(method)

    def _pprint_dataclass(self, object, out, indent, allowance, context,
                          level):
        from dataclasses import fields
        name = object.__class__.__name__
        items = [(f.name, getattr(object, f.name)) for f in fields(object)
                 if f.repr]
        out.append(name + "(")
        self._format_namespace_items(items, out, indent + len(name) + 1,
                                     allowance, context, level)
        out.append(")")

    _dispatch = {}

    def _pprint_dict(self, object, out, indent, allowance, context, level):
        out.append("{")
        if self._indent_per_level > 1:
            out.append((self._indent_per_level - 1) * " ")
        if len(object):
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_tuple)
            else:
                items = object.items()
            self._format_dict_items(items, out, indent, allowance + 1,
                                    context, level)
        out.append("}")

    _dispatch[dict.__repr__] = _pprint_dict

    def _pprint_ordered_dict(self, object, out, indent, allowance, context,
                             level):
        if not len(object):
            out.append(repr(object))
            return
        name = object.__class__.__name__
        out.append(name + "(")
        self._format(list(object.items()), out, indent + len(name) + 1,
                     allowance + 1, context, level)
        out.append(")")

    def _pprint_list(self, object, out, indent, allowance, context, level):
        out.append("[")
        self._format_items(object, out, indent, allowance + 1, context,
                           level)
        out.append("]")

    _dispatch[list.__repr__] = _pprint_list

    def _pprint_tuple(self, object, out, indent, allowance, context, level):
        out.append("(")
        end = ",)" if len(object) == 1 else ")"
        self._format_items(object, out, indent, allowance + len(end),
                           context, level)
        out.append(end)

    _dispatch[tuple.__repr__] = _pprint_tuple

    def _pprint_set(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        cls = object.__class__
        if cls is set:
            out.append("{")
            end = "}"
        else:
            out.append(cls.__name__ + "({")
            end = "})"
            indent += len(cls.__name__) + 1
        items = sorted(object, key=_safe_key)
        self._format_items(items, out, indent, allowance + len(end),
                           context, level)
        out.append(end)

    _dispatch[set.__repr__] = _pprint_set
    _dispatch[frozenset.__repr__] = _pprint_set

    def _pprint_str(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            # A top-level string gets parentheses around its pieces.
            indent += 1
            allowance += 1
        width = self._width - indent
        last_line = len(lines) - 1
        for i, line in enumerate(lines):
            rep = repr(line)
            line_width = width - allowance if i == last_line else width
            if len(rep) <= line_width:
                chunks.append(rep)
                continue
            # Split the line after runs of spaces, keeping each piece
            # within the width.
            parts = _words(line)
            last_part = len(parts) - 1
            part_width = width
            current = ""
            for j, part in enumerate(parts):
                candidate = current + part
                if j == last_part and i == last_line:
                    part_width -= allowance
                if len(repr(candidate)) > part_width:
                    if current:
                        chunks.append(repr(current))
                    current = part
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            out.append(chunks[0])
            return
        if level == 1:
            out.append("(")
        out.append(("\n" + " " * indent).join(chunks))
        if level == 1:
            out.append(")")

    _dispatch[str.__repr__] = _pprint_str

    def _pprint_bytes(self, object, out, indent, allowance, context, level):
        if len(object) <= 4:
            out.append(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            out.append("(")
        out.append(("\n" + " " * indent).join(
            _wrap_bytes_repr(object, self._width - indent, allowance)))
        if parens:
            out.append(")")

    _dispatch[bytes.__repr__] = _pprint_bytes

    def _pprint_bytearray(self, object, out, indent, allowance, context,
                          level):
        out.append("bytearray(")
        self._pprint_bytes(bytes(object), out, indent + 10, allowance + 1,
                           context, level + 1)
        out.append(")")

    _dispatch[bytearray.__repr__] = _pprint_bytearray

    def _pprint_mappingproxy(self, object, out, indent, allowance, context,
                             level):
        out.append("mappingproxy(")
        self._format(object.copy(), out, indent + 13, allowance + 1,
                     context, level)
        out.append(")")

    # pyprobe's mappingproxy inherits object.__repr__, which cannot serve
    # as its key; such types are looked up by type in _type_dispatch.
    _type_dispatch = {}
    if _types.MappingProxyType.__repr__ is object.__repr__:
        _type_dispatch[_types.MappingProxyType] = _pprint_mappingproxy
    else:
        _dispatch[_types.MappingProxyType.__repr__] = _pprint_mappingproxy

    def _pprint_simplenamespace(self, object, out, indent, allowance,
                                context, level):
        if type(object) is _types.SimpleNamespace:
            # The type's repr uses this name.
            name = "namespace"
        else:
            name = object.__class__.__name__
        out.append(name + "(")
        self._format_namespace_items(list(object.__dict__.items()), out,
                                     indent + len(name) + 1, allowance,
                                     context, level)
        out.append(")")

    _dispatch[_types.SimpleNamespace.__repr__] = _pprint_simplenamespace

    def _format_dict_items(self, items, out, indent, allowance, context,
                           level):
        indent += self._indent_per_level
        separator = ",\n" + " " * indent
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            out.append(rep)
            out.append(": ")
            self._format(value, out, indent + len(rep) + 2,
                         allowance if last else 1, context, level)
            if not last:
                out.append(separator)

    def _format_namespace_items(self, items, out, indent, allowance, context,
                                level):
        separator = ",\n" + " " * indent
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_index
            out.append(key)
            out.append("=")
            if id(value) in context:
                # A reference back to an enclosing object.
                out.append("...")
            else:
                self._format(value, out, indent + len(key) + 1,
                             allowance if last else 1, context, level)
            if not last:
                out.append(separator)

    def _format_items(self, items, out, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            out.append((self._indent_per_level - 1) * " ")
        separator = ",\n" + " " * indent
        items = list(items)
        if not items:
            return
        delim = ""
        width = max_width = self._width - indent + 1
        last_index = len(items) - 1
        compact = self._compact
        for i, item in enumerate(items):
            last = i == last_index
            if last:
                # The last item shares its line with the closing text.
                max_width -= allowance
                width -= allowance
            if compact:
                rep = self._repr(item, context, level)
                needed = len(rep) + 2
                if width < needed:
                    width = max_width
                    if delim:
                        delim = separator
                if width >= needed:
                    width -= needed
                    out.append(delim)
                    delim = ", "
                    out.append(rep)
                    continue
            out.append(delim)
            delim = separator
            self._format(item, out, indent, allowance if last else 1,
                         context, level)

    def _repr(self, object, context, level):
        rep, readable, recursive = self.format(object, context.copy(),
                                               self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return rep

    def format(self, object, context, maxlevels, level):
        """Return (repr, readable, recursive) for object; subclasses may
        override this to change how objects are shown."""
        return self._safe_repr(object, context, maxlevels, level)

    def _pprint_default_dict(self, object, out, indent, allowance, context,
                             level):
        if not len(object):
            out.append(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        out.append("%s(%s,\n%s" % (name, factory, " " * indent))
        self._pprint_dict(object, out, indent, allowance + 1, context, level)
        out.append(")")

    def _pprint_counter(self, object, out, indent, allowance, context,
                        level):
        if not len(object):
            out.append(repr(object))
            return
        name = object.__class__.__name__
        out.append(name + "({")
        if self._indent_per_level > 1:
            out.append((self._indent_per_level - 1) * " ")
        self._format_dict_items(object.most_common(), out,
                                indent + len(name) + 1, allowance + 2,
                                context, level)
        out.append("})")

    def _pprint_chain_map(self, object, out, indent, allowance, context,
                          level):
        maps = object.maps
        if not len(maps):
            out.append(repr(object))
            return
        name = object.__class__.__name__
        out.append(name + "(")
        indent += len(name) + 1
        last_index = len(maps) - 1
        for i, m in enumerate(maps):
            if i == last_index:
                self._format(m, out, indent, allowance + 1, context, level)
                out.append(")")
            else:
                self._format(m, out, indent, 1, context, level)
                out.append(",\n" + " " * indent)

    def _pprint_deque(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        name = object.__class__.__name__
        out.append(name + "([")
        indent += len(name) + 1
        if object.maxlen is None:
            self._format_items(object, out, indent, allowance + 2, context,
                               level)
            out.append("])")
        else:
            self._format_items(object, out, indent, 2, context, level)
            maxlen = self._repr(object.maxlen, context, level)
            out.append("],\n%smaxlen=%s)" % (" " * indent, maxlen))

    def _pprint_user_wrapper(self, object, out, indent, allowance, context,
                             level):
        # UserDict, UserList and UserString print as their data.
        self._format(object.data, out, indent, allowance, context, level - 1)

    def _safe_repr(self, object, context, maxlevels, level):
        """Return (repr, readable, recursive) for object, following the
        contents of plain dicts, lists and tuples."""
        typ = type(object)
        if typ in _builtin_scalars:
            return repr(object), True, False
        method = getattr(typ, "__repr__", None)
        if issubclass(typ, int) and method is int.__repr__:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if issubclass(typ, dict) and method is dict.__repr__:
            if not object:
                return "{}", True, False
            template = "{%s}"
            is_dict = True
        elif issubclass(typ, list) and method is list.__repr__:
            if not object:
                return "[]", True, False
            template = "[%s]"
            is_dict = False
        elif issubclass(typ, tuple) and method is tuple.__repr__:
            if not object:
                return "()", True, False
            template = "(%s,)" if len(object) == 1 else "(%s)"
            is_dict = False
        else:
            rep = repr(object)
            return rep, bool(rep) and not rep.startswith("<"), False
        objid = id(object)
        if maxlevels and level >= maxlevels:
            return template % "...", False, objid in context
        if objid in context:
            return _recursion(object), False, True
        context[objid] = 1
        readable = True
        recursive = False
        components = []
        level += 1
        if is_dict:
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_tuple)
            else:
                items = object.items()
            for key, value in items:
                krepr, kreadable, krecur = self.format(key, context,
                                                       maxlevels, level)
                vrepr, vreadable, vrecur = self.format(value, context,
                                                       maxlevels, level)
                components.append("%s: %s" % (krepr, vrepr))
                readable = readable and kreadable and vreadable
                if krecur or vrecur:
                    recursive = True
        else:
            for item in object:
                irepr, ireadable, irecur = self.format(item, context,
                                                       maxlevels, level)
                components.append(irepr)
                if not ireadable:
                    readable = False
                if irecur:
                    recursive = True
        del context[objid]
        return template % ", ".join(components), readable, recursive


_collections_registered = False


def _register_collections():
    """Register the layouts of the collections types, once collections
    has been imported; tell whether that was done now.

    This is done lazily so that importing pprint does not import
    collections."""
    global _collections_registered
    if _collections_registered:
        return False
    mod = _sys.modules.get("collections")
    if mod is None:
        return False
    _collections_registered = True
    dispatch = PrettyPrinter._dispatch
    pairs = [("OrderedDict", PrettyPrinter._pprint_ordered_dict),
             ("defaultdict", PrettyPrinter._pprint_default_dict),
             ("Counter", PrettyPrinter._pprint_counter),
             ("ChainMap", PrettyPrinter._pprint_chain_map),
             ("deque", PrettyPrinter._pprint_deque),
             ("UserDict", PrettyPrinter._pprint_user_wrapper),
             ("UserList", PrettyPrinter._pprint_user_wrapper),
             ("UserString", PrettyPrinter._pprint_user_wrapper)]
    for name, layout in pairs:
        cls = getattr(mod, name, None)
        if cls is not None:
            method = cls.__repr__
            if method not in dispatch:
                dispatch[method] = layout
    return True
