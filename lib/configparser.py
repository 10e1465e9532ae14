"""Configuration file parser: CPython 3.12's configparser module.

A configuration file is made of sections, each introduced by a "[name]"
header and holding "key = value" (or "key: value") options. Values may run
over several lines when the following lines are indented, and the special
DEFAULT section supplies fallback values to every other section.

RawConfigParser reads files, strings and dicts, answers typed queries
(getint, getfloat, getboolean and user-defined converters) and writes the
configuration back out. ConfigParser adds value interpolation ("%(name)s"
references by default, "${section:name}" with ExtendedInterpolation).
Both parsers are mutable mappings of section names to SectionProxy
objects, which are in turn mappings of option names to values.
"""

import functools
import io
import itertools
import os
import sys
from collections import ChainMap as _ChainMap
from collections.abc import MutableMapping

__all__ = ("NoSectionError", "DuplicateOptionError", "DuplicateSectionError",
           "NoOptionError", "InterpolationError", "InterpolationDepthError",
           "InterpolationMissingOptionError", "InterpolationSyntaxError",
           "ParsingError", "MissingSectionHeaderError",
           "ConfigParser", "RawConfigParser",
           "Interpolation", "BasicInterpolation", "ExtendedInterpolation",
           "LegacyInterpolation", "SectionProxy", "ConverterMapping",
           "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH")

DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10


# ---------------------------------------------------------------------------
# Exceptions

class Error(Exception):
    """The base class of configparser's exceptions."""

    def __init__(self, msg=''):
        self.message = msg
        Exception.__init__(self, msg)

    def __repr__(self):
        return self.message

    __str__ = __repr__


class NoSectionError(Error):
    """Raised when a section does not exist."""

    def __init__(self, section):
        Error.__init__(self, 'No section: %r' % (section,))
        self.section = section
        self.args = (section,)


class DuplicateSectionError(Error):
    """Raised when a section appears twice (in strict mode) or is added
    when it already exists."""

    def __init__(self, section, source=None, lineno=None):
        what = "%r already exists" % (section,)
        if source is None:
            text = "Section " + what
        else:
            text = "While reading from %r" % (source,)
            if lineno is not None:
                text += " [line %2d]" % (lineno,)
            text += ": section " + what
        Error.__init__(self, text)
        self.section = section
        self.source = source
        self.lineno = lineno
        self.args = (section, source, lineno)


class DuplicateOptionError(Error):
    """Raised when an option appears twice in one section of a single
    source (in strict mode)."""

    def __init__(self, section, option, source=None, lineno=None):
        what = "%r in section %r already exists" % (option, section)
        if source is None:
            text = "Option " + what
        else:
            text = "While reading from %r" % (source,)
            if lineno is not None:
                text += " [line %2d]" % (lineno,)
            text += ": option " + what
        Error.__init__(self, text)
        self.section = section
        self.option = option
        self.source = source
        self.lineno = lineno
        self.args = (section, option, source, lineno)


class NoOptionError(Error):
    """Raised when an option is missing from a section."""

    def __init__(self, option, section):
        Error.__init__(self, "No option %r in section: %r" % (option, section))
        self.option = option
        self.section = section
        self.args = (option, section)


class InterpolationError(Error):
    """The base class of the errors raised while interpolating values."""

    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        self.option = option
        self.section = section
        self.args = (option, section, msg)


class InterpolationMissingOptionError(InterpolationError):
    """Raised when a value refers to an option that does not exist."""

    def __init__(self, option, section, rawval, reference):
        msg = ("Bad value substitution: option {!r} in section {!r} contains "
               "an interpolation key {!r} which is not a valid option name. "
               "Raw value: {!r}".format(option, section, reference, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    """Raised when a value's interpolation syntax is malformed."""


class InterpolationDepthError(InterpolationError):
    """Raised when references nest deeper than MAX_INTERPOLATION_DEPTH."""

    def __init__(self, option, section, rawval):
        msg = ("Recursion limit exceeded in value substitution: option {!r} "
               "in section {!r} contains an interpolation key which "
               "cannot be substituted in {} steps. Raw value: {!r}"
               "".format(option, section, MAX_INTERPOLATION_DEPTH, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.args = (option, section, rawval)


class ParsingError(Error):
    """Raised for malformed lines; lists every bad line of the source."""

    def __init__(self, source):
        Error.__init__(self, 'Source contains parsing errors: %r' % source)
        self.source = source
        self.errors = []
        self.args = (source,)

    def append(self, lineno, line):
        """Record one more bad line."""
        self.errors.append((lineno, line))
        self.message += '\n\t[line %2d]: %s' % (lineno, line)


class MissingSectionHeaderError(ParsingError):
    """Raised when a source has options before its first section header."""

    def __init__(self, filename, lineno, line):
        Error.__init__(
            self,
            'File contains no section headers.\nfile: %r, line: %d\n%r' %
            (filename, lineno, line))
        self.source = filename
        self.lineno = lineno
        self.line = line
        self.errors = []
        self.args = (filename, lineno, line)


class _LazyPattern:
    """A class attribute holding a compiled pattern, compiled on first use
    so that importing the module stays cheap."""

    def __init__(self, source, verbose=True):
        self.source = source
        self.verbose = verbose
        self.pattern = None

    def __get__(self, instance, owner=None):
        if self.pattern is None:
            import re
            self.pattern = re.compile(self.source,
                                      re.VERBOSE if self.verbose else 0)
        return self.pattern


# A marker for arguments that were not given (None is a valid fallback).
_UNSET = object()


# ---------------------------------------------------------------------------
# Interpolation

class Interpolation:
    """Interpolation that leaves values as they are."""

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


def _strip_references(value, opener, closer, suffix):
    """Return value with its doubled markers and its well-formed references
    removed, as the validity check of before_set needs."""
    marker = opener[0]
    value = value.replace(marker + marker, '')
    pieces = []
    start = 0
    while True:
        i = value.find(opener, start)
        if i < 0:
            break
        end = _reference_end(value, i, opener, closer, suffix)
        if end < 0:
            # Look for the next opener after this one's first character.
            pieces.append(value[start:i + 1])
            start = i + 1
            continue
        pieces.append(value[start:i])
        start = end
    pieces.append(value[start:])
    return ''.join(pieces)


def _reference_end(text, i, opener, closer, suffix):
    """Return the index just past the reference starting at text[i] (which
    begins with opener), or -1 when there is no well-formed reference."""
    j = text.find(closer, i + len(opener))
    if j <= i + len(opener):
        return -1
    end = j + 1
    if suffix:
        if text[end:end + len(suffix)] != suffix:
            return -1
        end += len(suffix)
    return end


class BasicInterpolation(Interpolation):
    """Interpolation of "%(name)s" references to options of the same
    section or of the DEFAULT section; "%%" stands for a percent sign."""

    _KEYCRE = _LazyPattern(r"%\(([^)]+)\)s", False)

    def before_get(self, parser, section, option, value, defaults):
        parts = []
        self._interpolate_some(parser, option, parts, value, section,
                               defaults, 1)
        return ''.join(parts)

    def before_set(self, parser, section, option, value):
        rest = _strip_references(value, '%(', ')', 's')
        if '%' in rest:
            raise ValueError("invalid interpolation syntax in %r at "
                             "position %d" % (value, rest.find('%')))
        return value

    def _interpolate_some(self, parser, option, accum, rest, section, map,
                          depth):
        rawval = parser.get(section, option, raw=True, fallback=rest)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, rawval)
        while rest:
            p = rest.find('%')
            if p < 0:
                accum.append(rest)
                return
            if p > 0:
                accum.append(rest[:p])
                rest = rest[p:]
            # rest now starts with a percent sign.
            c = rest[1:2]
            if c == '%':
                accum.append('%')
                rest = rest[2:]
            elif c == '(':
                end = _reference_end(rest, 0, '%(', ')', 's')
                if end < 0:
                    raise InterpolationSyntaxError(
                        option, section,
                        "bad interpolation variable reference %r" % rest)
                name = parser.optionxform(rest[2:end - 2])
                rest = rest[end:]
                try:
                    v = map[name]
                except KeyError:
                    raise InterpolationMissingOptionError(
                        option, section, rawval, name) from None
                if '%' in v:
                    self._interpolate_some(parser, option, accum, v,
                                           section, map, depth + 1)
                else:
                    accum.append(v)
            else:
                raise InterpolationSyntaxError(
                    option, section,
                    "'%%' must be followed by '%%' or '(', "
                    "found: %r" % (rest,))


class ExtendedInterpolation(Interpolation):
    """Interpolation of "${name}" references to options of the same section
    and "${section:name}" references to any section; "$$" stands for a
    dollar sign."""

    _KEYCRE = _LazyPattern(r"\$\{([^}]+)\}", False)

    def before_get(self, parser, section, option, value, defaults):
        parts = []
        self._interpolate_some(parser, option, parts, value, section,
                               defaults, 1)
        return ''.join(parts)

    def before_set(self, parser, section, option, value):
        rest = _strip_references(value, '${', '}', '')
        if '$' in rest:
            raise ValueError("invalid interpolation syntax in %r at "
                             "position %d" % (value, rest.find('$')))
        return value

    def _interpolate_some(self, parser, option, accum, rest, section, map,
                          depth):
        rawval = parser.get(section, option, raw=True, fallback=rest)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, rawval)
        while rest:
            p = rest.find('$')
            if p < 0:
                accum.append(rest)
                return
            if p > 0:
                accum.append(rest[:p])
                rest = rest[p:]
            c = rest[1:2]
            if c == '$':
                accum.append('$')
                rest = rest[2:]
            elif c == '{':
                end = _reference_end(rest, 0, '${', '}', '')
                if end < 0:
                    raise InterpolationSyntaxError(
                        option, section,
                        "bad interpolation variable reference %r" % rest)
                path = rest[2:end - 1].split(':')
                rest = rest[end:]
                sect = section
                opt = option
                try:
                    if len(path) == 1:
                        opt = parser.optionxform(path[0])
                        v = map[opt]
                    elif len(path) == 2:
                        sect = path[0]
                        opt = parser.optionxform(path[1])
                        v = parser.get(sect, opt, raw=True)
                    else:
                        raise InterpolationSyntaxError(
                            option, section,
                            "More than one ':' found: %r" % (rest,))
                except (KeyError, NoSectionError, NoOptionError):
                    raise InterpolationMissingOptionError(
                        option, section, rawval, ":".join(path)) from None
                if '$' in v:
                    self._interpolate_some(
                        parser, opt, accum, v, sect,
                        dict(parser.items(sect, raw=True)), depth + 1)
                else:
                    accum.append(v)
            else:
                raise InterpolationSyntaxError(
                    option, section,
                    "'$' must be followed by '$' or '{', "
                    "found: %r" % (rest,))


class LegacyInterpolation(Interpolation):
    """The interpolation of Python 2's ConfigParser, which substitutes with
    the % operator. Deprecated; use BasicInterpolation."""

    _KEYCRE = _LazyPattern(r"%\(([^)]*)\)s|.", False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        import warnings
        warnings.warn(
            "LegacyInterpolation has been deprecated since Python 3.2 "
            "and will be removed from the configparser module in Python 3.13. "
            "Use BasicInterpolation or ExtendedInterpolation instead.",
            DeprecationWarning, stacklevel=2)

    def before_get(self, parser, section, option, value, vars):
        rawval = value
        for _ in range(MAX_INTERPOLATION_DEPTH):
            if not (value and "%(" in value):
                break
            value = self._KEYCRE.sub(
                lambda m: m.group() if m.group(1) is None
                else "%%(%s)s" % parser.optionxform(m.group(1)), value)
            try:
                value = value % vars
            except KeyError as e:
                raise InterpolationMissingOptionError(
                    option, section, rawval, e.args[0]) from None
        if value and "%(" in value:
            raise InterpolationDepthError(option, section, rawval)
        return value

    def before_set(self, parser, section, option, value):
        return value


# ---------------------------------------------------------------------------
# Line parsing

def _comment_start(line, prefixes):
    """Return where an inline comment starts in line, or None.

    A prefix only starts a comment at the start of the line or after
    whitespace. The occurrences of every prefix are examined in rounds
    (the first occurrence of each, then the second of each, ...), and the
    first round that finds a comment decides: the leftmost comment found in
    that round wins.
    """
    best_round = None
    best = None
    for prefix in prefixes:
        rnd = 0
        i = line.find(prefix)
        while i >= 0:
            if best_round is not None and rnd > best_round:
                break
            if i == 0 or line[i - 1].isspace():
                if best_round is None or rnd < best_round or i < best:
                    best_round = rnd
                    best = i
                break
            rnd += 1
            i = line.find(prefix, i + 1)
    return best


def _split_option(text, delimiters, allow_no_value):
    """Split an option line at its first delimiter.

    Return (name, value): value is None for a valueless option, and the
    result is None when the line has no delimiter and valueless options are
    not allowed.
    """
    at = -1
    width = 0
    for delim in delimiters:
        i = text.find(delim)
        if i >= 0 and (at < 0 or i < at):
            at = i
            width = len(delim)
    if at < 0:
        if allow_no_value:
            return text, None
        return None
    return text[:at].rstrip(), text[at + width:].strip()


class _PatternTemplates:
    """The regular-expression sources (verbose syntax) of the default line
    syntax; {delim} stands for the alternatives of the delimiters."""

    SECT = r"""
        \[ (?P<header>.+) \]        # anything between brackets
        """
    OPT = r"""
        (?P<option>.*?) \s*          # the name, up to the first
        (?P<vi>{delim}) \s*          # delimiter and its spaces,
        (?P<value>.*)$                # then the value
        """
    OPT_NV = r"""
        (?P<option>.*?) \s*          # the name, then optionally
        (?: (?P<vi>{delim}) \s*      # a delimiter and
            (?P<value>.*) )?$         # the value
        """


_DEFAULT_SECTCRE = _LazyPattern(_PatternTemplates.SECT)
_DEFAULT_OPTCRE = _LazyPattern(_PatternTemplates.OPT.format(delim="=|:"))
_DEFAULT_OPTCRE_NV = _LazyPattern(_PatternTemplates.OPT_NV.format(delim="=|:"))


def _class_attribute(obj, name):
    """Return the raw class-level object that obj.name finds (the
    descriptor itself, not what it produces), or None when an instance
    attribute shadows it."""
    if name in getattr(obj, '__dict__', ()):
        return None
    for klass in type(obj).__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


# ---------------------------------------------------------------------------
# The parsers

class RawConfigParser(MutableMapping):
    """A configuration parser without value interpolation."""

    _SECT_TMPL = _PatternTemplates.SECT
    _OPT_TMPL = _PatternTemplates.OPT
    _OPT_NV_TMPL = _PatternTemplates.OPT_NV
    # The default interpolation of the class.
    _DEFAULT_INTERPOLATION = Interpolation()
    # Patterns of section headers and option lines, compiled on first use.
    SECTCRE = _DEFAULT_SECTCRE
    OPTCRE = _DEFAULT_OPTCRE
    OPTCRE_NV = _DEFAULT_OPTCRE_NV
    NONSPACECRE = _LazyPattern(r"\S", False)
    # The strings getboolean() accepts (compared lowercased).
    BOOLEAN_STATES = {'1': True, 'yes': True, 'true': True, 'on': True,
                      '0': False, 'no': False, 'false': False, 'off': False}

    def __init__(self, defaults=None, dict_type=dict, allow_no_value=False,
                 *, delimiters=('=', ':'), comment_prefixes=('#', ';'),
                 inline_comment_prefixes=None, strict=True,
                 empty_lines_in_values=True, default_section=DEFAULTSECT,
                 interpolation=_UNSET, converters=_UNSET):
        self._dict = dict_type
        self._sections = self._dict()
        self._defaults = self._dict()
        self._converters = ConverterMapping(self)
        self._proxies = self._dict()
        self._proxies[default_section] = SectionProxy(self, default_section)
        self._delimiters = tuple(delimiters)
        if delimiters == ('=', ':'):
            attr = 'OPTCRE_NV' if allow_no_value else 'OPTCRE'
            if _class_attribute(self, attr) in (_DEFAULT_OPTCRE,
                                                _DEFAULT_OPTCRE_NV):
                # The default patterns are applied by hand, which is much
                # faster; None stands for them.
                self._optcre = None
                self._split_by_hand = True
            else:
                self._optcre = getattr(self, attr)
                self._split_by_hand = False
        else:
            import re
            alternatives = "|".join(re.escape(d) for d in delimiters)
            template = self._OPT_NV_TMPL if allow_no_value else self._OPT_TMPL
            self._optcre = re.compile(template.format(delim=alternatives),
                                      re.VERBOSE)
            # Splitting at the first delimiter finds what this pattern does.
            self._split_by_hand = True
        self._comment_prefixes = tuple(comment_prefixes or ())
        self._inline_comment_prefixes = tuple(inline_comment_prefixes or ())
        self._strict = strict
        self._allow_no_value = allow_no_value
        self._empty_lines_in_values = empty_lines_in_values
        self.default_section = default_section
        self._interpolation = interpolation
        if self._interpolation is _UNSET:
            self._interpolation = self._DEFAULT_INTERPOLATION
        if self._interpolation is None:
            self._interpolation = Interpolation()
        if not isinstance(self._interpolation, Interpolation):
            raise TypeError(
                f"interpolation= must be None or an instance of "
                f"Interpolation; got an object of type "
                f"{type(self._interpolation)}")
        if converters is not _UNSET:
            self._converters.update(converters)
        if defaults:
            self._read_defaults(defaults)

    # -- sections and options ------------------------------------------

    def defaults(self):
        """Return the dict of the DEFAULT section's options."""
        return self._defaults

    def sections(self):
        """Return the list of section names, DEFAULT excluded."""
        return list(self._sections.keys())

    def add_section(self, section):
        """Create a new, empty section.

        Raise DuplicateSectionError if it exists already, and ValueError
        for the name of the default section.
        """
        if section == self.default_section:
            raise ValueError('Invalid section name: %r' % section)
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._sections[section] = self._dict()
        self._proxies[section] = SectionProxy(self, section)

    def has_section(self, section):
        """Tell whether the section exists (DEFAULT does not count)."""
        return section in self._sections

    def options(self, section):
        """Return the option names of a section, defaults included."""
        try:
            opts = self._sections[section].copy()
        except KeyError:
            raise NoSectionError(section) from None
        opts.update(self._defaults)
        return list(opts.keys())

    # -- reading ---------------------------------------------------------

    def read(self, filenames, encoding=None):
        """Read and parse one file name or an iterable of them.

        Files that cannot be opened are skipped; return the list of names
        that were read.
        """
        if isinstance(filenames, (str, bytes, os.PathLike)):
            filenames = [filenames]
        encoding = io.text_encoding(encoding)
        done = []
        for filename in filenames:
            # The path is converted first, as pyprobe's open() does not
            # accept path-like objects.
            path = filename
            if isinstance(path, os.PathLike):
                path = os.fspath(path)
            try:
                with open(path, encoding=encoding) as fp:
                    self._read(fp, filename)
            except OSError:
                continue
            if isinstance(filename, os.PathLike):
                filename = os.fspath(filename)
            done.append(filename)
        return done

    def read_file(self, f, source=None):
        """Parse the lines of an iterable, such as an open text file.

        source names it in error messages; it defaults to f.name, or
        '<???>' when f has no name.
        """
        if source is None:
            try:
                source = f.name
            except AttributeError:
                source = '<???>'
        self._read(f, source)

    def read_string(self, string, source='<string>'):
        """Parse configuration text held in a string."""
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        """Read sections from a mapping of section names to mappings of
        option names to values; names and values are converted to str."""
        seen = set()
        for section, keys in dictionary.items():
            section = str(section)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                if self._strict and section in seen:
                    raise
            seen.add(section)
            for key, value in keys.items():
                key = self.optionxform(str(key))
                if value is not None:
                    value = str(value)
                if self._strict and (section, key) in seen:
                    raise DuplicateOptionError(section, key, source)
                seen.add((section, key))
                self.set(section, key, value)

    # -- getting values -------------------------------------------------

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """Return an option's value, interpolated unless raw is true.

        vars maps option names to values that take precedence; fallback is
        returned when the section or option is missing.
        """
        try:
            d = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        option = self.optionxform(option)
        try:
            value = d[option]
        except KeyError:
            if fallback is _UNSET:
                raise NoOptionError(option, section)
            return fallback
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, option, value, d)

    def _get(self, section, conv, option, **kwargs):
        return conv(self.get(section, option, **kwargs))

    def _get_conv(self, section, option, conv, *, raw=False, vars=None,
                  fallback=_UNSET, **kwargs):
        try:
            return self._get(section, conv, option, raw=raw, vars=vars,
                             **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback

    def getint(self, section, option, *, raw=False, vars=None,
               fallback=_UNSET, **kwargs):
        """Return an option's value converted with int()."""
        return self._get_conv(section, option, int, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None,
                 fallback=_UNSET, **kwargs):
        """Return an option's value converted with float()."""
        return self._get_conv(section, option, float, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None,
                   fallback=_UNSET, **kwargs):
        """Return an option's value as a bool, by BOOLEAN_STATES."""
        return self._get_conv(section, option, self._convert_to_boolean,
                              raw=raw, vars=vars, fallback=fallback, **kwargs)

    def items(self, section=_UNSET, raw=False, vars=None):
        """Without a section, return the (name, SectionProxy) pairs of the
        parser; with one, return the list of its (option, value) pairs,
        defaults included and values interpolated unless raw is true."""
        if section is _UNSET:
            return super().items()
        d = self._defaults.copy()
        try:
            d.update(self._sections[section])
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section)
        names = list(d.keys())
        if vars:
            for key, value in vars.items():
                d[self.optionxform(key)] = value
        if raw:
            return [(name, d[name]) for name in names]
        before_get = self._interpolation.before_get
        return [(name, before_get(self, section, name, d[name], d))
                for name in names]

    def popitem(self):
        """Remove and return the first (name, SectionProxy) pair other
        than DEFAULT; raise KeyError when there is none."""
        for key in self.sections():
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def optionxform(self, optionstr):
        """Normalize an option name: lowercase it."""
        return optionstr.lower()

    def has_option(self, section, option):
        """Tell whether the section has the option, or the DEFAULT section
        has it. A false or default section name checks DEFAULT alone."""
        if not section or section == self.default_section:
            return self.optionxform(option) in self._defaults
        if section not in self._sections:
            return False
        option = self.optionxform(option)
        return option in self._sections[section] or option in self._defaults

    # -- changing values -------------------------------------------------

    def set(self, section, option, value=None):
        """Set an option's value (the DEFAULT section's for a false or
        default section name)."""
        if value:
            value = self._interpolation.before_set(self, section, option,
                                                   value)
        if not section or section == self.default_section:
            options = self._defaults
        else:
            try:
                options = self._sections[section]
            except KeyError:
                raise NoSectionError(section) from None
        options[self.optionxform(option)] = value

    def write(self, fp, space_around_delimiters=True):
        """Write the configuration in .ini format to a text file.

        Delimiters get a space on both sides unless space_around_delimiters
        is false; continuation lines of values are indented with a tab.
        """
        if space_around_delimiters:
            delimiter = " {} ".format(self._delimiters[0])
        else:
            delimiter = self._delimiters[0]
        if self._defaults:
            self._write_section(fp, self.default_section,
                                self._defaults.items(), delimiter)
        for section in self._sections:
            self._write_section(fp, section,
                                self._sections[section].items(), delimiter)

    def _write_section(self, fp, section_name, section_items, delimiter):
        lines = ["[{}]\n".format(section_name)]
        before_write = self._interpolation.before_write
        for key, value in section_items:
            value = before_write(self, section_name, key, value)
            if value is not None or not self._allow_no_value:
                lines.append("{}{}{}\n".format(
                    key, delimiter, str(value).replace('\n', '\n\t')))
            else:
                lines.append("{}\n".format(key))
        lines.append("\n")
        fp.write("".join(lines))

    def remove_option(self, section, option):
        """Remove an option; return whether it existed."""
        if not section or section == self.default_section:
            options = self._defaults
        else:
            try:
                options = self._sections[section]
            except KeyError:
                raise NoSectionError(section) from None
        option = self.optionxform(option)
        if option in options:
            del options[option]
            return True
        return False

    def remove_section(self, section):
        """Remove a section; return whether it existed."""
        if section in self._sections:
            del self._sections[section]
            del self._proxies[section]
            return True
        return False

    # -- the mapping protocol --------------------------------------------

    def __getitem__(self, key):
        if key != self.default_section and not self.has_section(key):
            raise KeyError(key)
        return self._proxies[key]

    def __setitem__(self, key, value):
        # Assigning a section's own proxy to it changes nothing.
        if key in self and self[key] is value:
            return
        if key == self.default_section:
            self._defaults.clear()
        elif key in self._sections:
            self._sections[key].clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if not self.has_section(key):
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return key == self.default_section or self.has_section(key)

    def __len__(self):
        return len(self._sections) + 1

    def __iter__(self):
        return itertools.chain((self.default_section,), self._sections.keys())

    # -- the parser proper ---------------------------------------------

    def _read(self, fp, fpname):
        """Parse the lines of fp, named fpname in error messages.

        Sections already present are extended. Bad option lines are
        collected and reported together by one ParsingError at the end;
        a missing first header and (in strict mode) duplicates stop the
        parse at once.
        """
        seen = set()
        sections = self._sections
        cursect = None          # the dict of the current section
        sectname = None
        optname = None          # the option continuation lines extend
        indent_level = 0
        error = None
        inline_prefixes = self._inline_comment_prefixes
        comment_prefixes = self._comment_prefixes
        empty_lines_in_values = self._empty_lines_in_values
        strict = self._strict
        optionxform = self.optionxform
        # The default patterns are applied by hand, which is much faster.
        sectcre = self.SECTCRE
        if _class_attribute(self, 'SECTCRE') is _DEFAULT_SECTCRE:
            sectcre = None
        optcre = self._optcre
        manual_options = self._split_by_hand
        delimiters = self._delimiters
        allow_no_value = self._allow_no_value

        for lineno, line in enumerate(fp, start=1):
            comment_start = None
            if inline_prefixes:
                comment_start = _comment_start(line, inline_prefixes)
            if comment_prefixes:
                stripped = line.strip()
                for prefix in comment_prefixes:
                    if stripped.startswith(prefix):
                        comment_start = 0
                        break
            if comment_start is None:
                value = line.strip()
            else:
                value = line[:comment_start].strip()

            if not value:
                if empty_lines_in_values:
                    # A blank line (not a comment) inside a multi-line
                    # value is kept as an empty line of it.
                    if (comment_start is None and cursect is not None and
                            optname and cursect[optname] is not None):
                        cursect[optname].append('')
                else:
                    # A blank line ends the value.
                    indent_level = sys.maxsize
                continue

            cur_indent_level = len(line) - len(line.lstrip())
            if (cursect is not None and optname and
                    cur_indent_level > indent_level):
                # A continuation line of the current value.
                cursect[optname].append(value)
                continue

            indent_level = cur_indent_level
            # A section header?
            if sectcre is None:
                header = None
                if value[0] == '[':
                    close = value.rfind(']')
                    if close > 1:
                        header = value[1:close]
            else:
                mo = sectcre.match(value)
                header = mo.group('header') if mo else None
            if header is not None:
                sectname = header
                if sectname in sections:
                    if strict and sectname in seen:
                        raise DuplicateSectionError(sectname, fpname, lineno)
                    cursect = sections[sectname]
                    seen.add(sectname)
                elif sectname == self.default_section:
                    cursect = self._defaults
                else:
                    cursect = self._dict()
                    sections[sectname] = cursect
                    self._proxies[sectname] = SectionProxy(self, sectname)
                    seen.add(sectname)
                # A section cannot begin with a continuation line.
                optname = None
                continue
            if cursect is None:
                raise MissingSectionHeaderError(fpname, lineno, line)

            # An option line.
            if manual_options:
                parts = _split_option(value, delimiters, allow_no_value)
            else:
                mo = optcre.match(value)
                parts = None
                if mo:
                    parts = mo.group('option', 'vi', 'value')[::2]
            if parts is None:
                # Bad lines are collected and reported at the end.
                error = self._handle_error(error, fpname, lineno, line)
                continue
            optname, optval = parts
            if not optname:
                error = self._handle_error(error, fpname, lineno, line)
            optname = optionxform(optname.rstrip())
            if strict and (sectname, optname) in seen:
                raise DuplicateOptionError(sectname, optname, fpname, lineno)
            seen.add((sectname, optname))
            if optval is not None:
                cursect[optname] = [optval.strip()]
            else:
                cursect[optname] = None

        self._join_multiline_values()
        if error:
            raise error

    def _join_multiline_values(self):
        before_read = self._interpolation.before_read
        everything = itertools.chain(((self.default_section, self._defaults),),
                                     self._sections.items())
        for section, options in everything:
            for name, val in options.items():
                if isinstance(val, list):
                    val = '\n'.join(val).rstrip()
                options[name] = before_read(self, section, name, val)

    def _read_defaults(self, defaults):
        """Read the defaults given to the constructor."""
        self.read_dict({self.default_section: defaults})

    def _handle_error(self, exc, fpname, lineno, line):
        if not exc:
            exc = ParsingError(fpname)
        exc.append(lineno, repr(line))
        return exc

    def _unify_values(self, section, vars):
        """Return the chain of mappings an option of section is looked up
        in: vars first, then the section, then the defaults."""
        try:
            sectiondict = self._sections[section]
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
            sectiondict = {}
        vardict = {}
        if vars:
            for key, value in vars.items():
                if value is not None:
                    value = str(value)
                vardict[self.optionxform(key)] = value
        return _ChainMap(vardict, sectiondict, self._defaults)

    def _convert_to_boolean(self, value):
        """Return the bool value stands for, by BOOLEAN_STATES."""
        key = value.lower()
        if key not in self.BOOLEAN_STATES:
            raise ValueError('Not a boolean: %s' % value)
        return self.BOOLEAN_STATES[key]

    def _validate_value_types(self, *, section="", option="", value=""):
        """Raise TypeError unless section, option and value are strings
        (a false value is accepted when valueless options are allowed)."""
        if not isinstance(section, str):
            raise TypeError("section names must be strings")
        if not isinstance(option, str):
            raise TypeError("option keys must be strings")
        if not self._allow_no_value or value:
            if not isinstance(value, str):
                raise TypeError("option values must be strings")

    @property
    def converters(self):
        return self._converters


class ConfigParser(RawConfigParser):
    """A configuration parser with "%(name)s" interpolation by default,
    which only accepts strings as section names, option names and values."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        """Set an option's value; names and value must be strings."""
        self._validate_value_types(option=option, value=value)
        super().set(section, option, value)

    def add_section(self, section):
        """Create a new section; its name must be a string."""
        self._validate_value_types(section=section)
        super().add_section(section)

    def _read_defaults(self, defaults):
        # The constructor's defaults are stored as given, without the
        # interpolation syntax check of set().
        saved = self._interpolation
        self._interpolation = Interpolation()
        try:
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = saved


class SectionProxy(MutableMapping):
    """A view of one section of a parser, as a mapping of option names to
    values (interpolated, with the defaults included)."""

    def __init__(self, parser, name):
        self._parser = parser
        self._name = name
        for conv in parser.converters:
            key = 'get' + conv
            getter = functools.partial(self.get, _impl=getattr(parser, key))
            setattr(self, key, getter)

    def __repr__(self):
        return '<Section: {}>'.format(self._name)

    def __getitem__(self, key):
        if not self._parser.has_option(self._name, key):
            raise KeyError(key)
        return self._parser.get(self._name, key)

    def __setitem__(self, key, value):
        self._parser._validate_value_types(option=key, value=value)
        return self._parser.set(self._name, key, value)

    def __delitem__(self, key):
        if not (self._parser.has_option(self._name, key) and
                self._parser.remove_option(self._name, key)):
            raise KeyError(key)

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __len__(self):
        return len(self._options())

    def __iter__(self):
        return iter(self._options())

    def _options(self):
        if self._name != self._parser.default_section:
            return self._parser.options(self._name)
        return self._parser.defaults()

    @property
    def parser(self):
        """The parser this section belongs to."""
        return self._parser

    @property
    def name(self):
        """The name of the section."""
        return self._name

    def get(self, option, fallback=None, *, raw=False, vars=None,
            _impl=None, **kwargs):
        """Return an option's value, or fallback when it is missing."""
        if not _impl:
            _impl = self._parser.get
        return _impl(self._name, option, raw=raw, vars=vars,
                     fallback=fallback, **kwargs)


class ConverterMapping(MutableMapping):
    """The converters of a parser, by name: each converter "name" gives the
    parser and its sections a getname() method. The built-in converters
    (int, float, boolean) map to None."""

    GETTERCRE = _LazyPattern(r"^get(?P<name>.+)$", False)

    def __init__(self, parser):
        self._parser = parser
        self._data = {}
        for attr in dir(self._parser):
            if (len(attr) > 3 and attr.startswith('get') and
                    callable(getattr(self._parser, attr))):
                self._data[attr[3:]] = None

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        try:
            name = 'get' + key
        except TypeError:
            raise ValueError('Incompatible key: {} (type: {})'
                             ''.format(key, type(key))) from None
        if name == 'get':
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._data[key] = value
        func = functools.partial(self._parser._get_conv, conv=value)
        func.converter = value
        setattr(self._parser, name, func)
        for proxy in self._parser.values():
            setattr(proxy, name, functools.partial(proxy.get, _impl=func))

    def __delitem__(self, key):
        try:
            name = 'get' + (key or None)
        except TypeError:
            raise KeyError(key) from None
        del self._data[key]
        for inst in itertools.chain((self._parser,), self._parser.values()):
            try:
                delattr(inst, name)
            except AttributeError:
                continue

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)
