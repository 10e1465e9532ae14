"""CSV file reading and writing: CPython 3.12's csv module.

reader() parses any iterable of lines (a list, io.StringIO, a file opened
with newline='') into lists of fields; writer() formats rows for any object
with a write() method. Both take a dialect (a name, a Dialect class or
instance, or any object with the dialect attributes) and keyword overrides
of its attributes. DictReader and DictWriter map rows to dicts, and Sniffer
guesses the dialect of a sample.

What CPython keeps in its C module _csv (reader and writer objects, the
dialect registry, Error) lives here too; those classes report '_csv' as
their module, as CPython's do.
"""

import types

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "QUOTE_STRINGS", "QUOTE_NOTNULL",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3
QUOTE_STRINGS = 4
QUOTE_NOTNULL = 5

_QUOTINGS = (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE,
             QUOTE_STRINGS, QUOTE_NOTNULL)


class Error(Exception):
    """The error raised for malformed CSV data and bad dialects."""


Error.__module__ = '_csv'

_field_limit = 128 * 1024
_dialects = {}


def field_size_limit(*args, **kwargs):
    """field_size_limit([new_limit]) -> the previous limit.

    Return the largest field the parser accepts; with an argument, also
    set it.
    """
    global _field_limit
    if kwargs:
        if len(kwargs) != 1 or 'new_limit' not in kwargs or args:
            name = next(k for k in kwargs if k != 'new_limit')
            raise TypeError(f"field_size_limit() got an unexpected keyword "
                            f"argument '{name}'")
        args = (kwargs['new_limit'],)
    if len(args) > 1:
        raise TypeError(f"field_size_limit() takes at most 1 argument "
                        f"({len(args)} given)")
    old = _field_limit
    if args:
        limit = args[0]
        if not isinstance(limit, int):
            raise TypeError("limit must be an integer")
        _field_limit = limit
    return old


# --- Dialects ------------------------------------------------------------------

_MISSING = object()
_ATTRS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator',
          'quotechar', 'quoting', 'skipinitialspace', 'strict')


def _char(name, value, default):
    # A one-character string attribute (the delimiter).
    if value is _MISSING:
        return default
    if not isinstance(value, str):
        raise TypeError(f'"{name}" must be string, not '
                        f'{type(value).__name__}')
    if len(value) != 1:
        raise TypeError(f'"{name}" must be a 1-character string')
    return value


def _char_or_none(name, value, default):
    # A one-character string attribute that may be None.
    if value is _MISSING:
        return default
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f'"{name}" must be string or None, not '
                        f'{type(value).__name__}')
    if len(value) != 1:
        raise TypeError(f'"{name}" must be a 1-character string')
    return value


class _CsvDialect:
    """The validated, read-only parameters of a reader or writer."""

    __slots__ = _ATTRS

    def __init__(self, source=None, params=None):
        # Each attribute comes from params, else from source, else takes
        # its default; type errors are checked in CPython's order.
        def get(name):
            if params and name in params:
                return params[name]
            if source is None:
                return _MISSING
            return getattr(source, name, _MISSING)

        delimiter = _char('delimiter', get('delimiter'), ',')
        doublequote = get('doublequote')
        doublequote = True if doublequote is _MISSING else bool(doublequote)
        escapechar = _char_or_none('escapechar', get('escapechar'), None)
        lineterminator = get('lineterminator')
        if lineterminator is _MISSING:
            lineterminator = '\r\n'
        elif lineterminator is not None and not isinstance(lineterminator,
                                                           str):
            raise TypeError('"lineterminator" must be a string')
        quotechar = _char_or_none('quotechar', get('quotechar'), '"')
        quoting = get('quoting')
        if quoting is _MISSING:
            # Without a quote character nothing can be quoted.
            quoting = QUOTE_NONE if quotechar is None else QUOTE_MINIMAL
        elif not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        elif quoting not in _QUOTINGS:
            raise TypeError('bad "quoting" value')
        skipinitialspace = get('skipinitialspace')
        skipinitialspace = (False if skipinitialspace is _MISSING
                            else bool(skipinitialspace))
        strict = get('strict')
        strict = False if strict is _MISSING else bool(strict)
        if quotechar is None and quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        if lineterminator is None:
            raise TypeError("lineterminator must be set")
        setter = object.__setattr__
        setter(self, 'delimiter', delimiter)
        setter(self, 'doublequote', doublequote)
        setter(self, 'escapechar', escapechar)
        setter(self, 'lineterminator', lineterminator)
        setter(self, 'quotechar', quotechar)
        setter(self, 'quoting', quoting)
        setter(self, 'skipinitialspace', skipinitialspace)
        setter(self, 'strict', strict)

    def __setattr__(self, name, value):
        if name in _ATTRS:
            raise AttributeError(f"attribute '{name}' of '_csv.Dialect' "
                                 f"objects is not writable")
        raise AttributeError(f"'_csv.Dialect' object has no attribute "
                             f"'{name}'")

    def __delattr__(self, name):
        self.__setattr__(name, None)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_csv.Dialect' instances")


_CsvDialect.__name__ = 'Dialect'
_CsvDialect.__qualname__ = 'Dialect'
_CsvDialect.__module__ = '_csv'


def _make_dialect(dialect, params):
    # Turn a dialect argument and keyword overrides into a _CsvDialect.
    for key in params:
        if key not in _ATTRS:
            raise TypeError(f"'{key}' is an invalid keyword argument for "
                            f"this function")
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    if isinstance(dialect, _CsvDialect) and not params:
        return dialect
    return _CsvDialect(dialect, params)


def register_dialect(name, dialect=None, **fmtparams):
    """Register dialect (with fmtparams applied) under name."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _make_dialect(dialect, fmtparams)


def unregister_dialect(name):
    """Remove the dialect registered under name."""
    try:
        del _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def get_dialect(name):
    """Return the dialect registered under name."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """Return the names of the registered dialects."""
    return list(_dialects)


class Dialect:
    """Describe a CSV dialect: subclass it and set the attributes.

    Instances are validated on creation; a bad attribute raises Error.
    """

    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _CsvDialect(self)
        except TypeError as e:
            raise Error(str(e)) from None


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""

    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""

    delimiter = '\t'


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """The usual properties of a CSV file made on UNIX systems."""

    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


# --- Reading -------------------------------------------------------------------

# Parser states.
_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7

_NEWLINE_ERROR = ("new-line character seen in unquoted field - do you need "
                  "to open the file in universal-newline mode?")


class _Reader:
    """Iterate over the records of the CSV lines of an iterable."""

    def __init__(self, iterable, dialect):
        self._it = iter(iterable)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        limit = _field_limit
        delim = d.delimiter
        quoting = d.quoting
        quote = d.quotechar if quoting != QUOTE_NONE else None
        esc = d.escapechar
        nonnumeric = quoting == QUOTE_NONNUMERIC
        # Records whose line has no quote, escape or inner line break need
        # no state machine.
        simple = not d.skipinitialspace
        it = self._it
        state = _START_RECORD
        fields = []
        pieces = []
        flen = 0
        numeric = False
        while True:
            try:
                line = next(it)
            except StopIteration:
                if flen or state == _IN_QUOTED_FIELD:
                    if d.strict:
                        raise Error("unexpected end of data") from None
                    field = ''.join(pieces)
                    if numeric:
                        field = float(field)
                    fields.append(field)
                    return fields
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s (the "
                            "file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1

            if state == _START_RECORD and simple:
                body = line
                if body[-1:] == '\n' or body[-1:] == '\r':
                    body = body.rstrip('\r\n')
                if ('\n' not in body and '\r' not in body
                        and (esc is None or esc not in body)):
                    if not body:
                        return []
                    if quote is None or quote not in body:
                        fast = body.split(delim)
                        if nonnumeric:
                            # Size and conversion errors come in field
                            # order, as the state machine gives them.
                            converted = []
                            for f in fast:
                                if len(f) > limit:
                                    raise Error("field larger than field "
                                                "limit (%d)" % limit)
                                converted.append(float(f) if f else f)
                            return converted
                        for f in fast:
                            if len(f) > limit:
                                raise Error("field larger than field limit "
                                            "(%d)" % limit)
                        return fast
                    if d.doublequote:
                        fast = _split_quoted(body, delim, quote, nonnumeric,
                                             limit)
                        if fast is not None:
                            return fast

            # The general state machine, one character at a time; runs of
            # ordinary characters are copied in one step.
            i = 0
            n = len(line)
            while i < n:
                c = line[i]
                if state == _IN_QUOTED_FIELD:
                    if c == esc:
                        state = _ESCAPE_IN_QUOTED_FIELD
                    elif c == quote:
                        state = (_QUOTE_IN_QUOTED_FIELD if d.doublequote
                                 else _IN_FIELD)
                    else:
                        j = i + 1
                        while j < n and line[j] != quote and line[j] != esc:
                            j += 1
                        pieces.append(line[i:j])
                        flen += j - i
                        if flen > limit:
                            raise Error("field larger than field limit "
                                        "(%d)" % limit)
                        i = j
                        continue
                elif state == _IN_FIELD:
                    if c == '\n' or c == '\r':
                        field = ''.join(pieces)
                        if numeric:
                            numeric = False
                            field = float(field)
                        fields.append(field)
                        pieces = []
                        flen = 0
                        state = _EAT_CRNL
                    elif c == esc:
                        state = _ESCAPED_CHAR
                    elif c == delim:
                        field = ''.join(pieces)
                        if numeric:
                            numeric = False
                            field = float(field)
                        fields.append(field)
                        pieces = []
                        flen = 0
                        state = _START_FIELD
                    else:
                        j = i + 1
                        while j < n:
                            c = line[j]
                            if (c == delim or c == esc or c == '\n'
                                    or c == '\r'):
                                break
                            j += 1
                        pieces.append(line[i:j])
                        flen += j - i
                        if flen > limit:
                            raise Error("field larger than field limit "
                                        "(%d)" % limit)
                        i = j
                        continue
                elif state == _START_RECORD or state == _START_FIELD:
                    if state == _START_RECORD and (c == '\n' or c == '\r'):
                        state = _EAT_CRNL
                    elif c == '\n' or c == '\r':
                        fields.append('')
                        state = _EAT_CRNL
                    elif c == quote:
                        state = _IN_QUOTED_FIELD
                    elif c == esc:
                        state = _ESCAPED_CHAR
                    elif c == ' ' and d.skipinitialspace:
                        state = _START_FIELD
                    elif c == delim:
                        fields.append('')
                        state = _START_FIELD
                    else:
                        numeric = nonnumeric
                        state = _IN_FIELD
                        continue
                elif state == _ESCAPED_CHAR or state == _ESCAPE_IN_QUOTED_FIELD:
                    if flen >= limit:
                        raise Error("field larger than field limit (%d)"
                                    % limit)
                    pieces.append(c)
                    flen += 1
                    state = (_IN_FIELD if state == _ESCAPED_CHAR
                             else _IN_QUOTED_FIELD)
                elif state == _QUOTE_IN_QUOTED_FIELD:
                    if c == quote:
                        if flen >= limit:
                            raise Error("field larger than field limit (%d)"
                                        % limit)
                        pieces.append(c)
                        flen += 1
                        state = _IN_QUOTED_FIELD
                    elif c == delim or c == '\n' or c == '\r':
                        field = ''.join(pieces)
                        if numeric:
                            numeric = False
                            field = float(field)
                        fields.append(field)
                        pieces = []
                        flen = 0
                        state = _START_FIELD if c == delim else _EAT_CRNL
                    elif not d.strict:
                        state = _IN_FIELD
                        continue
                    else:
                        raise Error("'%s' expected after '%s'"
                                    % (delim, d.quotechar))
                else:
                    # _EAT_CRNL
                    if c != '\n' and c != '\r':
                        raise Error(_NEWLINE_ERROR)
                i += 1

            # The end of the line.
            if state == _START_RECORD or state == _EAT_CRNL:
                return fields
            if state == _START_FIELD or state == _IN_FIELD \
                    or state == _QUOTE_IN_QUOTED_FIELD:
                field = ''.join(pieces)
                if numeric:
                    field = float(field)
                fields.append(field)
                return fields
            if state == _ESCAPED_CHAR or state == _ESCAPE_IN_QUOTED_FIELD:
                if flen >= limit:
                    raise Error("field larger than field limit (%d)" % limit)
                pieces.append('\n')
                flen += 1
                state = (_IN_FIELD if state == _ESCAPED_CHAR
                         else _IN_QUOTED_FIELD)
            # In a quoted field the record goes on with the next line.


def _split_quoted(body, delim, quote, nonnumeric, limit):
    # Split one complete record line that contains quotes, for the common
    # case of well-formed quoted fields (each closed on this line and
    # followed by a delimiter or the end). Return None for anything else,
    # which the state machine then handles.
    fields = []
    pos = 0
    n = len(body)
    while True:
        if body.startswith(quote, pos):
            pieces = []
            j = pos + 1
            while True:
                k = body.find(quote, j)
                if k == -1:
                    return None
                pieces.append(body[j:k])
                if body.startswith(quote, k + 1):
                    # A doubled quote stands for one quote.
                    pieces.append(quote)
                    j = k + 2
                else:
                    break
            field = ''.join(pieces)
            if len(field) > limit:
                raise Error("field larger than field limit (%d)" % limit)
            fields.append(field)
            pos = k + 1
            if pos == n:
                return fields
            if body[pos] != delim:
                return None
            pos += 1
        else:
            k = body.find(delim, pos)
            field = body[pos:] if k == -1 else body[pos:k]
            if len(field) > limit:
                raise Error("field larger than field limit (%d)" % limit)
            if nonnumeric and field:
                field = float(field)
            fields.append(field)
            if k == -1:
                return fields
            pos = k + 1
            if pos == n:
                fields.append('')
                return fields


_Reader.__name__ = 'reader'
_Reader.__qualname__ = 'reader'
_Reader.__module__ = '_csv'


def _dialect_arg(args, kwargs):
    # The dialect, given second or as the keyword 'dialect' (removed from
    # kwargs, which then hold only the format parameters).
    if 'dialect' in kwargs:
        if len(args) > 1:
            raise TypeError("argument for function given by name "
                            "('dialect') and position (1)")
        return kwargs.pop('dialect')
    return args[1] if len(args) > 1 else None


def reader(*args, **kwargs):
    """reader(iterable, dialect='excel', **fmtparams) -> a reader object.

    Each item of iterable is a line (a str); iterating the reader gives
    each record as a list of fields.
    """
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError(f" expected at most 2 arguments, got {len(args)}")
    iterable = args[0]
    dialect = _dialect_arg(args, kwargs)
    it = iter(iterable)
    return _Reader(it, _make_dialect(dialect, kwargs))


# --- Writing -------------------------------------------------------------------

def _is_number(value):
    # What CPython counts as a number for QUOTE_NONNUMERIC.
    if isinstance(value, (int, float, complex)):
        return True
    cls = type(value)
    return (hasattr(cls, '__index__') or hasattr(cls, '__float__')
            or hasattr(cls, '__int__'))


class _Writer:
    """Format rows as CSV records and write them to a file object."""

    def __init__(self, write, dialect):
        self._write = write
        self.dialect = dialect
        d = dialect
        # Characters that make a field need quoting or escaping.
        specials = set(d.lineterminator)
        specials.add(d.delimiter)
        if d.quotechar is not None:
            specials.add(d.quotechar)
        if d.escapechar is not None:
            specials.add(d.escapechar)
        self._specials = tuple(specials)

    def _format(self, s, quoted):
        # Return field text s, which holds special characters, quoted or
        # escaped as the dialect asks.
        d = self.dialect
        specials = self._specials
        quoting = d.quoting
        quote = d.quotechar
        esc = d.escapechar
        out = []
        for c in s:
            if c in specials:
                if quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    want_escape = False
                    if c == quote:
                        if d.doublequote:
                            out.append(quote)
                        else:
                            want_escape = True
                    elif c == esc:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if esc is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(esc)
            out.append(c)
        s = ''.join(out)
        if quoted:
            return quote + s + quote
        return s

    def writerow(self, row):
        """Write one row (an iterable of fields); return what the file's
        write() returned."""
        try:
            fields = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s"
                        % type(row).__name__) from None
        d = self.dialect
        quoting = d.quoting
        specials = self._specials
        quote = d.quotechar
        parts = []
        for field in fields:
            if isinstance(field, str):
                s = field
            elif field is None:
                s = ''
            else:
                s = str(field)
            if quoting == QUOTE_MINIMAL or quoting == QUOTE_NONE:
                quoted = False
            elif quoting == QUOTE_ALL:
                quoted = True
            elif quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            elif quoting == QUOTE_STRINGS:
                quoted = isinstance(field, str)
            else:
                quoted = field is not None
            for c in specials:
                if c in s:
                    s = self._format(s, quoted)
                    break
            else:
                if quoted:
                    s = quote + s + quote
            parts.append(s)
        record = d.delimiter.join(parts)
        if not record and parts:
            # A lone empty field would read back as an empty row.
            if quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            record = d.quotechar * 2
        return self._write(record + d.lineterminator)

    def writerows(self, rows):
        """Write each row of the iterable rows."""
        for row in rows:
            self.writerow(row)


_Writer.__name__ = 'writer'
_Writer.__qualname__ = 'writer'
_Writer.__module__ = '_csv'


def writer(*args, **kwargs):
    """writer(fileobj, dialect='excel', **fmtparams) -> a writer object.

    fileobj may be any object with a write() method.
    """
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError(f" expected at most 2 arguments, got {len(args)}")
    fileobj = args[0]
    dialect = _dialect_arg(args, kwargs)
    try:
        write = fileobj.write
    except AttributeError:
        raise TypeError('argument 1 must have a "write" method') from None
    return _Writer(write, _make_dialect(dialect, kwargs))


# --- Dict-based reading and writing --------------------------------------------

class DictReader:
    """Read records as dicts keyed by fieldnames (by default the first
    record). Extra values go in a list under restkey; missing ones are
    restval."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            # Reading the header first, if there is one to read.
            self.fieldnames
        row = next(self.reader)
        while not row:
            # Blank lines are skipped.
            row = next(self.reader)
        self.line_num = self.reader.line_num
        names = self.fieldnames
        d = dict(zip(names, row))
        nnames = len(names)
        nrow = len(row)
        if nnames < nrow:
            d[self.restkey] = row[nnames:]
        elif nnames > nrow:
            restval = self.restval
            for key in names[nrow:]:
                d[key] = restval
        return d

    __class_getitem__ = classmethod(types.GenericAlias)


class DictWriter:
    """Write dicts as records with the fields in fieldnames order.

    Missing keys are written as restval; extra keys raise ValueError with
    extrasaction='raise' or are dropped with 'ignore'.
    """

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        self.extrasaction = extrasaction.lower()
        if self.extrasaction not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        """Write a record of the field names."""
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _values(self, rowdict):
        if self.extrasaction == "raise":
            names = self.fieldnames
            wrong = [k for k in rowdict.keys() if k not in names]
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(k) for k in wrong]))
        restval = self.restval
        return [rowdict.get(key, restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        """Write one dict as a record."""
        return self.writer.writerow(self._values(rowdict))

    def writerows(self, rowdicts):
        """Write each dict of the iterable rowdicts."""
        return self.writer.writerows(map(self._values, rowdicts))

    __class_getitem__ = classmethod(types.GenericAlias)


# --- Sniffer ---------------------------------------------------------------------

class Sniffer:
    """Guess the dialect of a CSV sample, and whether it has a header."""

    def __init__(self):
        # Delimiters to favour when several fit equally well.
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """Return a Dialect subclass describing the sample."""
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample,
                                                                delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        # Look for quoted fields. The shapes tried, in order, until one is
        # found: a quoted field between two equal delimiters, one at the
        # start of a line followed by a delimiter, one after a delimiter at
        # the end of a line, and a line that is a single quoted field. The
        # quote seen most often wins, then the delimiter seen most often.
        import re
        quote = r'(?P<quote>["\'])(?:.*?)(?P=quote)'
        delim = r'(?P<delim>[^\w\n"\'])'
        shapes = (delim + r'(?P<space> ?)' + quote + r'(?P=delim)',
                  r'(?:^|\n)' + quote + delim + r'(?P<space> ?)',
                  delim + r'(?P<space> ?)' + quote + r'(?:$|\n)',
                  r'(?:^|\n)' + quote + r'(?:$|\n)')
        for shape in shapes:
            pattern = re.compile(shape, re.DOTALL | re.MULTILINE)
            found = pattern.findall(data)
            if found:
                names = pattern.groupindex
                break
        else:
            return ('', False, None, False)
        quotes = {}
        delims = {}
        spaces = 0
        for groups in found:
            if not isinstance(groups, tuple):
                groups = (groups,)
            q = groups[names['quote'] - 1]
            if q:
                quotes[q] = quotes.get(q, 0) + 1
            if 'delim' in names:
                d = groups[names['delim'] - 1]
                if d and (delimiters is None or d in delimiters):
                    delims[d] = delims.get(d, 0) + 1
            if 'space' in names and groups[names['space'] - 1]:
                spaces += 1
        quotechar = max(quotes, key=quotes.get)
        if delims:
            found_delim = max(delims, key=delims.get)
            skipinitialspace = delims[found_delim] == spaces
            if found_delim == '\n':
                found_delim = ''
        else:
            found_delim = ''
            skipinitialspace = False
        # A doubled quote inside a quoted field means doublequote.
        d = re.escape(found_delim)
        q = re.escape(quotechar)
        doubled = re.compile(
            r'((%s)|^)\W*%s[^%s\n]*%s[^%s\n]*%s\W*((%s)|$)'
            % (d, q, d, q, d, q, d), re.MULTILINE)
        doublequote = bool(doubled.search(data))
        return (quotechar, doublequote, found_delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        # A delimiter occurs the same number of times on (nearly) every
        # line. Lines are examined ten at a time; for each character the
        # most common per-line count is its mode, scored by the lines that
        # have it less the lines that do not. Characters whose score is a
        # large enough share of the lines seen are the candidates.
        lines = [line for line in data.split('\n') if line]
        chunk = 10
        counts = {}     # char -> {occurrences in a line: number of lines}
        start = 0
        seen = 0
        candidates = {}
        while start < len(lines):
            block = lines[start:start + chunk]
            seen += len(block)
            present = set(''.join(block))
            for code in range(127):
                ch = chr(code)
                table = counts.get(ch)
                if table is None:
                    table = counts[ch] = {}
                if ch in present:
                    for line in block:
                        k = line.count(ch)
                        table[k] = table.get(k, 0) + 1
                else:
                    table[0] = table.get(0, 0) + len(block)
            modes = {}
            for ch, table in counts.items():
                if len(table) == 1 and 0 in table:
                    continue
                best = max(table.items(), key=lambda kv: kv[1])
                others = sum(table.values()) - best[1]
                modes[ch] = (best[0], best[1] - others)
            consistency = 1.0
            candidates = {}
            while not candidates and consistency >= 0.9:
                for ch, (freq, agree) in modes.items():
                    if (freq > 0 and agree > 0 and agree / seen >= consistency
                            and (delimiters is None or ch in delimiters)):
                        candidates[ch] = (freq, agree)
                consistency -= 0.01
            if len(candidates) == 1:
                delim = next(iter(candidates))
                first = lines[0]
                return (delim, first.count(delim) == first.count(delim + ' '))
            start += chunk
        if not candidates:
            return ('', False)
        first = lines[0]
        if len(candidates) > 1:
            for d in self.preferred:
                if d in candidates:
                    return (d, first.count(d) == first.count(d + ' '))
        delim = max(candidates, key=lambda ch: (candidates[ch], ch))
        return (delim, first.count(delim) == first.count(delim + ' '))

    def has_header(self, sample):
        """Guess whether the first row of sample is a header.

        Each column of up to twenty following rows is typed: numeric, or
        strings of one fixed length. A header cell that does not fit its
        column's type votes for a header, one that fits votes against.
        """
        from io import StringIO
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        ncols = len(header)
        types = dict.fromkeys(range(ncols))
        checked = 0
        for row in rows:
            if checked >= 20:
                break
            checked += 1
            if len(row) != ncols:
                continue
            for col in list(types):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != types[col]:
                    if types[col] is None:
                        types[col] = kind
                    else:
                        # Inconsistent column: it gives no evidence.
                        del types[col]
        votes = 0
        for col, kind in types.items():
            if kind is None:
                continue
            if isinstance(kind, int):
                votes += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0

