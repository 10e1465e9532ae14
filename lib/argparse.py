"""Command-line option and argument parsing: the ArgumentParser of CPython's
argparse, with its actions, argument groups, mutually exclusive groups,
sub-commands, help formatters and error messages.

Parsing first classifies every command-line string as an option ("O"), an
argument ("A") or the "--" marker ("-").  Options are then consumed one by
one; the runs of arguments between them are shared out among the positional
arguments by a small backtracking matcher that follows the same greedy rules
as CPython (each positional takes as many strings as its nargs allows while
still letting the following positionals match).

The help layout (usage wrapping, sections, the help column) is CPython 3.12's.
"""

import sys as _sys

__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError',
    'BooleanOptionalAction', 'FileType', 'HelpFormatter',
    'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
    'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace',
    'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS',
    'ZERO_OR_MORE',
]

SUPPRESS = '==SUPPRESS=='

OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'

# The whitespace that help text is collapsed on (ASCII only, like "\s" with
# re.ASCII).
_ASCII_SPACE = frozenset(' \t\n\r\x0b\x0c')


def _collapse_whitespace(text):
    """Replace every run of ASCII whitespace by one space, then strip."""
    out = []
    in_space = False
    for ch in text:
        if ch in _ASCII_SPACE:
            if not in_space:
                out.append(' ')
                in_space = True
        else:
            out.append(ch)
            in_space = False
    return ''.join(out).strip()


def _is_negative_number(text):
    """Whether text looks like "-12" or "-1.5" / "-.5"."""
    if len(text) < 2 or text[0] != '-':
        return False
    body = text[1:]
    if body.isdecimal():
        return True
    whole, dot, frac = body.partition('.')
    return bool(dot) and (not whole or whole.isdecimal()) and \
        frac.isdecimal()


def _copy_items(items):
    """A fresh list (or copy) of an append action's current value."""
    if items is None:
        return []
    if type(items) is list:
        return items[:]
    import copy
    return copy.copy(items)


# ---------------------------------------------------------------------------
# Namespace
# ---------------------------------------------------------------------------

class _AttributeHolder(object):
    """Base for objects whose repr lists their settings as keywords."""

    def __repr__(self):
        parts = [repr(arg) for arg in self._get_args()]
        odd_names = {}
        for name, value in self._get_kwargs():
            if name.isidentifier():
                parts.append('%s=%r' % (name, value))
            else:
                odd_names[name] = value
        if odd_names:
            parts.append('**%r' % (odd_names,))
        return '%s(%s)' % (type(self).__name__, ', '.join(parts))

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


class Namespace(_AttributeHolder):
    """A plain object holding the parsed attributes."""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__

    __hash__ = None


# ---------------------------------------------------------------------------
# Help formatting
# ---------------------------------------------------------------------------

class HelpFormatter(object):
    """Lays out usage and help text.

    Items (usage, text blocks, argument lists) are collected into nested
    sections and rendered only when format_help() is called, once the width
    of the widest argument invocation is known.
    """

    def __init__(self, prog, indent_increment=2, max_help_position=24,
                 width=None):
        if width is None:
            width = _terminal_columns() - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._level = 0
        self._action_max_length = 0
        self._root_section = self._Section(self, None)
        self._current_section = self._root_section

    # Indentation bookkeeping.

    def _indent(self):
        self._current_indent += self._indent_increment
        self._level += 1

    def _dedent(self):
        self._current_indent -= self._indent_increment
        assert self._current_indent >= 0, 'Indent decreased below 0.'
        self._level -= 1

    class _Section(object):
        """A titled block of items, possibly nested in another section."""

        def __init__(self, formatter, parent, heading=None):
            self.formatter = formatter
            self.parent = parent
            self.heading = heading
            self.items = []

        def format_help(self):
            formatter = self.formatter
            if self.parent is not None:
                formatter._indent()
            body = formatter._join_parts([func(*args)
                                          for func, args in self.items])
            if self.parent is not None:
                formatter._dedent()
            if not body:
                return ''
            if self.heading is not SUPPRESS and self.heading is not None:
                heading = '%s%s:\n' % (' ' * formatter._current_indent,
                                       self.heading)
            else:
                heading = ''
            return formatter._join_parts(['\n', heading, body, '\n'])

    def _add_item(self, func, args):
        self._current_section.items.append((func, args))

    # Public interface used by ArgumentParser.

    def start_section(self, heading):
        self._indent()
        section = self._Section(self, self._current_section, heading)
        self._add_item(section.format_help, [])
        self._current_section = section

    def end_section(self):
        self._current_section = self._current_section.parent
        self._dedent()

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._add_item(self._format_text, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._add_item(self._format_usage, [usage, actions, groups,
                                                prefix])

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        # Remember the widest invocation (sub-commands included, measured
        # without their extra indentation) to place the help column.
        widest = len(self._format_action_invocation(action))
        for subaction in self._iter_indented_subactions(action):
            length = len(self._format_action_invocation(subaction))
            if length > widest:
                widest = length
        widest += self._current_indent
        if widest > self._action_max_length:
            self._action_max_length = widest
        self._add_item(self._format_action, [action])

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._root_section.format_help()
        if text:
            # Runs of three or more newlines shrink to one blank line.
            while '\n\n\n' in text:
                text = text.replace('\n\n\n', '\n\n')
            text = text.strip('\n') + '\n'
        return text

    def _join_parts(self, part_strings):
        return ''.join([part for part in part_strings
                        if part and part is not SUPPRESS])

    # Usage.

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif not actions:
            usage = '%(prog)s' % dict(prog=self._prog)
        else:
            prog = '%(prog)s' % dict(prog=self._prog)
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            action_usage = self._format_actions_usage(optionals + positionals,
                                                      groups)
            usage = ' '.join([s for s in [prog, action_usage] if s])
            text_width = self._width - self._current_indent
            if len(prefix) + len(usage) > text_width:
                usage = self._wrap_usage(prefix, prog, optionals, positionals,
                                         groups, text_width)
        return '%s%s\n\n' % (prefix, usage)

    def _wrap_usage(self, prefix, prog, optionals, positionals, groups,
                    text_width):
        """Break a long usage line, keeping bracketed groups whole."""
        opt_parts = _usage_parts(self._format_actions_usage(optionals, groups))
        pos_parts = _usage_parts(self._format_actions_usage(positionals,
                                                            groups))

        def fill(parts, indent, prefix=None):
            lines = []
            line = []
            if prefix is not None:
                line_len = len(prefix) - 1
            else:
                line_len = len(indent) - 1
            for part in parts:
                if line and line_len + 1 + len(part) > text_width:
                    lines.append(indent + ' '.join(line))
                    line = []
                    line_len = len(indent) - 1
                line.append(part)
                line_len += len(part) + 1
            if line:
                lines.append(indent + ' '.join(line))
            if prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * text_width:
            # Continuation lines line up after the program name.
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = fill([prog] + opt_parts, indent, prefix)
                lines.extend(fill(pos_parts, indent))
            elif pos_parts:
                lines = fill([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            # A long program name stands alone on the first line.
            indent = ' ' * len(prefix)
            lines = fill(opt_parts + pos_parts, indent)
            if len(lines) > 1:
                lines = fill(opt_parts, indent)
                lines.extend(fill(pos_parts, indent))
            lines = [prog] + lines
        return '\n'.join(lines)

    def _format_actions_usage(self, actions, groups):
        # Mark where the mutually exclusive groups open and close, and the
        # bars between their members.
        group_actions = set()
        inserts = {}
        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError(f'empty group {group}')
            try:
                start = actions.index(members[0])
            except ValueError:
                continue
            end = start + len(members)
            if actions[start:end] != members:
                continue
            shown = 0
            for action in members:
                group_actions.add(action)
                if action.help is not SUPPRESS:
                    shown += 1
            # An optional group is bracketed even when all its members are
            # hidden (leaving a double space, as CPython 3.12 does).
            if not group.required:
                opener, closer = '[', ']'
            elif shown > 1:
                opener, closer = '(', ')'
            else:
                opener = closer = None
            if opener is not None:
                inserts[start] = inserts[start] + ' ' + opener \
                    if start in inserts else opener
                inserts[end] = inserts[end] + closer \
                    if end in inserts else closer
            for i in range(start + 1, end):
                inserts[i] = '|'

        parts = []
        for i, action in enumerate(actions):
            if action.help is SUPPRESS:
                parts.append(None)
                if inserts.get(i) == '|':
                    del inserts[i]
                elif inserts.get(i + 1) == '|':
                    del inserts[i + 1]
            elif not action.option_strings:
                default = self._get_default_metavar_for_positional(action)
                part = self._format_args(action, default)
                if action in group_actions and part[:1] == '[' \
                        and part[-1:] == ']':
                    part = part[1:-1]
                parts.append(part)
            else:
                if action.nargs == 0:
                    part = action.format_usage()
                else:
                    default = self._get_default_metavar_for_optional(action)
                    part = '%s %s' % (action.option_strings[0],
                                      self._format_args(action, default))
                if not action.required and action not in group_actions:
                    part = '[%s]' % part
                parts.append(part)

        for i in sorted(inserts, reverse=True):
            parts[i:i] = [inserts[i]]
        text = ' '.join([part for part in parts if part is not None])
        return _tidy_brackets(text).strip()

    # Plain text.

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        text_width = max(self._width - self._current_indent, 11)
        indent = ' ' * self._current_indent
        return self._fill_text(text, text_width, indent) + '\n\n'

    # Arguments.

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2,
                            self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._current_indent - 2
        header = self._format_action_invocation(action)
        indent = ' ' * self._current_indent

        if not action.help:
            header = indent + header + '\n'
            indent_first = 0
        elif len(header) <= action_width:
            header = indent + header.ljust(action_width) + '  '
            indent_first = 0
        else:
            header = indent + header + '\n'
            indent_first = help_position

        parts = [header]
        if action.help and action.help.strip():
            help_text = self._expand_help(action)
            if help_text:
                lines = self._split_lines(help_text, help_width)
                parts.append('%s%s\n' % (' ' * indent_first, lines[0]))
                pad = ' ' * help_position
                for line in lines[1:]:
                    parts.append('%s%s\n' % (pad, line))
        elif not header.endswith('\n'):
            parts.append('\n')

        for subaction in self._iter_indented_subactions(action):
            parts.append(self._format_action(subaction))
        return self._join_parts(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            metavar, = self._metavar_formatter(action, default)(1)
            return metavar
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        default = self._get_default_metavar_for_optional(action)
        args_string = self._format_args(action, default)
        return ', '.join(['%s %s' % (option_string, args_string)
                          for option_string in action.option_strings])

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{%s}' % ','.join([str(c) for c in action.choices])
        else:
            result = default_metavar

        def format(tuple_size):
            if isinstance(result, tuple):
                return result
            return (result,) * tuple_size
        return format

    def _format_args(self, action, default_metavar):
        get_metavar = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % get_metavar(1)
        if nargs == OPTIONAL:
            return '[%s]' % get_metavar(1)
        if nargs == ZERO_OR_MORE:
            metavar = get_metavar(1)
            if len(metavar) == 2:
                return '[%s [%s ...]]' % metavar
            return '[%s ...]' % metavar
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % get_metavar(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % get_metavar(1)
        if nargs == SUPPRESS:
            return ''
        try:
            formats = ['%s'] * nargs
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return ' '.join(formats) % get_metavar(nargs)

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            value = params[name]
            if value is SUPPRESS:
                del params[name]
            elif hasattr(value, '__name__'):
                params[name] = value.__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join([str(c)
                                           for c in params['choices']])
        return self._get_help_string(action) % params

    def _iter_indented_subactions(self, action):
        try:
            get_subactions = action._get_subactions
        except AttributeError:
            return
        self._indent()
        yield from get_subactions()
        self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(_collapse_whitespace(text), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        return textwrap.fill(_collapse_whitespace(text), width,
                             initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog exactly as written."""

    def _fill_text(self, text, width, indent):
        return ''.join([indent + line
                        for line in text.splitlines(keepends=True)])


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps all help text, argument help included, as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds "(default: ...)" to the help of arguments that have one."""

    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ''
        if '%(default)' not in help and action.default is not SUPPRESS:
            if action.option_strings or \
                    action.nargs in (OPTIONAL, ZERO_OR_MORE):
                help += ' (default: %(default)s)'
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    """Uses the name of each argument's type as its metavar."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


def _terminal_columns():
    """The terminal width, as shutil.get_terminal_size() reports it."""
    try:
        import shutil
        return shutil.get_terminal_size().columns
    except Exception:
        import os
        try:
            columns = int(os.environ['COLUMNS'])
            if columns > 0:
                return columns
        except (KeyError, ValueError):
            pass
        return 80


def _usage_parts(text):
    """Split usage text into the pieces that line wrapping keeps whole.

    A piece is a parenthesised or bracketed run (up to a closing bracket
    that ends a word) or else any run of non-blank characters.
    """
    parts = []
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        end = -1
        if ch == '(' or ch == '[':
            end = _bracket_piece_end(text, i, ')' if ch == '(' else ']')
        if end < 0:
            end = i + 1
            while end < n and not text[end].isspace():
                end += 1
        parts.append(text[i:end])
        i = end
    return parts


def _bracket_piece_end(text, start, closer):
    """End of the shortest "(...)" / "[...]" piece starting at start, or -1.

    The piece ends in one or more closers followed by whitespace or the end
    of the text, and does not cross a newline.
    """
    n = len(text)
    k = start + 1
    while k < n and text[k] != '\n':
        if text[k] == closer:
            m = k
            while m < n and text[m] == closer:
                m += 1
            if m == n or text[m].isspace():
                return m
            k = m
            continue
        k += 1
    return -1


def _tidy_brackets(text):
    """Drop spaces just inside brackets and remove empty bracket pairs."""
    for opener in '[(':
        text = text.replace(opener + ' ', opener)
    for closer in '])':
        text = text.replace(' ' + closer, closer)
    if '[' not in text and '(' not in text:
        return text
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in '[(':
            j = i + 1
            while j < n and text[j] == ' ':
                j += 1
            if j < n and text[j] in '])':
                i = j + 1
                continue
        out.append(ch)
        i += 1
    return ''.join(out)


# ---------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------

def _get_action_name(argument):
    """The name an argument goes by in error messages."""
    if argument is None:
        return None
    if argument.option_strings:
        return '/'.join(argument.option_strings)
    if argument.metavar not in (None, SUPPRESS):
        return argument.metavar
    if argument.dest not in (None, SUPPRESS):
        return argument.dest
    if argument.choices:
        return '{' + ','.join(argument.choices) + '}'
    return None


class ArgumentError(Exception):
    """An error in an argument's definition or in its value on the command
    line; the message names the argument."""

    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return '%s' % self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by type functions to give their own error message."""
    pass


# ---------------------------------------------------------------------------
# Actions
# ---------------------------------------------------------------------------

class Action(_AttributeHolder):
    """What to do with an argument once its strings have been found.

    Subclasses implement __call__(parser, namespace, values, option_string).
    """

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def _get_kwargs(self):
        names = ['option_strings', 'dest', 'nargs', 'const', 'default',
                 'type', 'choices', 'required', 'help', 'metavar']
        return [(name, getattr(self, name)) for name in names]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class BooleanOptionalAction(Action):
    """A flag with a "--no-" twin that sets False."""

    def __init__(self, option_strings, dest, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        strings = []
        for option_string in option_strings:
            strings.append(option_string)
            if option_string.startswith('--'):
                strings.append('--no-' + option_string[2:])
        super().__init__(option_strings=strings, dest=dest, nargs=0,
                         default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest,
                    not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _StoreAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you '
                             'have nothing to store, actions such as store '
                             'true or store const may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=nargs, const=const, default=default,
                         type=type, choices=choices, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         const=const, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest,
                         const=True, default=default, required=required,
                         help=help)


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest,
                         const=False, default=default, required=required,
                         help=help)


class _AppendAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for append actions must be != 0; if arg '
                             'strings are not supplying the value to append, '
                             'the append const action may be more '
                             'appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=nargs, const=const, default=default,
                         type=type, choices=choices, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         const=const, default=default, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):

    def __init__(self, option_strings, dest, default=None, required=False,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        if count is None:
            count = 0
        setattr(namespace, self.dest, count + 1)


class _HelpAction(Action):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest,
                         default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):

    def __init__(self, option_strings, version=None, dest=SUPPRESS,
                 default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings=option_strings, dest=dest,
                         default=default, nargs=0, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version
        if version is None:
            version = parser.version
        formatter = parser._get_formatter()
        formatter.add_text(version)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _SubParsersAction(Action):
    """The positional argument that picks a sub-command and hands the rest
    of the command line to that command's parser."""

    class _ChoicesPseudoAction(Action):

        def __init__(self, name, aliases, help):
            metavar = dest = name
            if aliases:
                metavar += ' (%s)' % ', '.join(aliases)
            super().__init__(option_strings=[], dest=dest, help=help,
                             metavar=metavar)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=PARSER, choices=self._name_parser_map,
                         required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(self,
                                    'conflicting subparser alias: %s' % alias)
        if 'help' in kwargs:
            help = kwargs.pop('help')
            self._choices_actions.append(
                self._ChoicesPseudoAction(name, aliases, help))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        parser_name = values[0]
        arg_strings = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, parser_name)
        try:
            subparser = self._name_parser_map[parser_name]
        except KeyError:
            msg = 'unknown parser %r (choices: %s)' % (
                parser_name, ', '.join(self._name_parser_map))
            raise ArgumentError(self, msg)
        # The sub-command parses into a fresh namespace so that its defaults
        # win over the main parser's.
        subnamespace, arg_strings = subparser.parse_known_args(arg_strings,
                                                               None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if arg_strings:
            vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(arg_strings)


class _ExtendAction(_AppendAction):

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


# ---------------------------------------------------------------------------
# FileType
# ---------------------------------------------------------------------------

class FileType(object):
    """A type function that opens the named file ("-" is stdin/stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            if 'r' in self._mode:
                stream = _sys.stdin
            elif any(c in self._mode for c in 'wax'):
                stream = _sys.stdout
            else:
                raise ValueError('argument "-" with mode %r' % self._mode)
            if 'b' in self._mode:
                stream = getattr(stream, 'buffer', stream)
            return stream
        try:
            return open(string, self._mode, self._bufsize, self._encoding,
                        self._errors)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))

    def __repr__(self):
        parts = [repr(arg) for arg in (self._mode, self._bufsize)
                 if arg != -1]
        for name, value in (('encoding', self._encoding),
                            ('errors', self._errors)):
            if value is not None:
                parts.append('%s=%r' % (name, value))
        return '%s(%s)' % (type(self).__name__, ', '.join(parts))


# ---------------------------------------------------------------------------
# Matching argument strings to nargs
# ---------------------------------------------------------------------------

_MANY = 1 << 62

# For each nargs, the pieces (allowed kinds, fewest, most) a positional's
# share of the command line is made of.  "A" is an argument, "O" an option
# and "-" the "--" marker.  Options use the same pieces without "-".
_POSITIONAL_PIECES = {
    None: (('-', 0, _MANY), ('A', 1, 1), ('-', 0, _MANY)),
    OPTIONAL: (('-', 0, _MANY), ('A', 0, 1), ('-', 0, _MANY)),
    ZERO_OR_MORE: (('-', 0, _MANY), ('A-', 0, _MANY)),
    ONE_OR_MORE: (('-', 0, _MANY), ('A', 1, 1), ('A-', 0, _MANY)),
    REMAINDER: (('-AO', 0, _MANY),),
    PARSER: (('-', 0, _MANY), ('A', 1, 1), ('-AO', 0, _MANY)),
    SUPPRESS: (('-', 0, _MANY), ('-', 0, _MANY)),
}
_OPTIONAL_PIECES = {
    None: (('A', 1, 1),),
    OPTIONAL: (('A', 0, 1),),
    ZERO_OR_MORE: (('A', 0, _MANY),),
    ONE_OR_MORE: (('A', 1, 1), ('A', 0, _MANY)),
    REMAINDER: (('AO', 0, _MANY),),
    PARSER: (('A', 1, 1), ('AO', 0, _MANY)),
    SUPPRESS: (),
}


def _nargs_pieces(action):
    nargs = action.nargs
    table = _OPTIONAL_PIECES if action.option_strings else _POSITIONAL_PIECES
    try:
        return table[nargs]
    except (KeyError, TypeError):
        pass
    if action.option_strings:
        return (('A', nargs, nargs),)
    pieces = [('-', 0, _MANY)]
    for _ in range(nargs):
        pieces.append(('A', 1, 1))
        pieces.append(('-', 0, _MANY))
    if nargs == 0:
        pieces.append(('-', 0, _MANY))
    return tuple(pieces)


def _match_actions(actions, pattern):
    """Share the start of pattern among actions, each taking as many
    strings as it can (earlier actions first) while the later ones still
    match.  Returns the list of counts, or None when no sharing works."""
    pieces = []
    owners = []
    for index, action in enumerate(actions):
        for piece in _nargs_pieces(action):
            pieces.append(piece)
            owners.append(index)
    total = len(pieces)
    n = len(pattern)
    taken = [0] * total
    dead_ends = set()

    def solve(k, pos):
        if k == total:
            return True
        if (k, pos) in dead_ends:
            return False
        kinds, fewest, most = pieces[k]
        limit = n if most >= n - pos else pos + most
        end = pos
        while end < limit and pattern[end] in kinds:
            end += 1
        stop = end
        lowest = pos + fewest
        while stop >= lowest:
            taken[k] = stop - pos
            if solve(k + 1, stop):
                return True
            stop -= 1
        dead_ends.add((k, pos))
        return False

    if not solve(0, 0):
        return None
    counts = [0] * len(actions)
    for k in range(total):
        counts[owners[k]] += taken[k]
    return counts


# ---------------------------------------------------------------------------
# Containers of actions
# ---------------------------------------------------------------------------

class _ActionsContainer(object):
    """What ArgumentParser and argument groups share: the registry of
    action names, add_argument() and conflict handling."""

    def __init__(self, description, prefix_chars, argument_default,
                 conflict_handler):
        super().__init__()
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler

        self._registries = {}
        self.register('action', None, _StoreAction)
        self.register('action', 'store', _StoreAction)
        self.register('action', 'store_const', _StoreConstAction)
        self.register('action', 'store_true', _StoreTrueAction)
        self.register('action', 'store_false', _StoreFalseAction)
        self.register('action', 'append', _AppendAction)
        self.register('action', 'append_const', _AppendConstAction)
        self.register('action', 'count', _CountAction)
        self.register('action', 'help', _HelpAction)
        self.register('action', 'version', _VersionAction)
        self.register('action', 'parsers', _SubParsersAction)
        self.register('action', 'extend', _ExtendAction)

        # Check the conflict handler name now rather than at the first
        # clash.
        self._get_handler()

        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        # A list rather than a flag so that groups can share it.
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        registry = self._registries.setdefault(registry_name, {})
        registry[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries[registry_name].get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ..., name=value, ...)
        add_argument(option_string, option_string, ..., name=value, ...)
        """
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0][0] not in chars:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional '
                                 'argument')
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)

        if 'default' not in kwargs:
            dest = kwargs['dest']
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default

        action_class = self._pop_action_class(kwargs)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)

        type_func = self._registry_get('type', action.type, action.type)
        if not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        if type_func is FileType:
            raise ValueError('%r is a FileType class object, instance of it'
                             ' must be passed' % (type_func,))

        # Formatting the arguments now catches a metavar tuple of the
        # wrong length.
        if hasattr(self, '_get_formatter'):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match '
                                 'nargs')
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for option_string in action.option_strings:
            self._option_string_actions[option_string] = action
        for option_string in action.option_strings:
            if _is_negative_number(option_string):
                if not self._has_negative_number_optionals:
                    self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        # Groups are merged by title.
        groups_by_title = {}
        for group in self._action_groups:
            if group.title in groups_by_title:
                raise ValueError('cannot merge actions - two groups are '
                                 'named %r' % (group.title,))
            groups_by_title[group.title] = group

        target = {}
        for group in container._action_groups:
            if group.title not in groups_by_title:
                groups_by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                target[action] = groups_by_title[group.title]

        for group in container._mutually_exclusive_groups:
            mutex_group = self.add_mutually_exclusive_group(
                required=group.required)
            for action in group._group_actions:
                target[action] = mutex_group

        for action in container._actions:
            target.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for "
                            "positionals")
        nargs = kwargs.get('nargs')
        if nargs not in (OPTIONAL, ZERO_OR_MORE):
            kwargs['required'] = True
        if nargs == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        chars = self.prefix_chars
        option_strings = []
        long_option_strings = []
        for option_string in args:
            if not option_string[0] in chars:
                raise ValueError(
                    'invalid option string %r: must start with a character '
                    '%r' % (option_string, chars))
            option_strings.append(option_string)
            if len(option_string) > 1 and option_string[1] in chars:
                long_option_strings.append(option_string)

        dest = kwargs.pop('dest', None)
        if dest is None:
            if long_option_strings:
                dest = long_option_strings[0]
            else:
                dest = option_strings[0]
            dest = dest.lstrip(chars)
            if not dest:
                raise ValueError('dest= is required for options like %r'
                                 % option_string)
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=option_strings)

    def _pop_action_class(self, kwargs, default=None):
        action = kwargs.pop('action', default)
        return self._registry_get('action', action, action)

    def _get_handler(self):
        name = '_handle_conflict_%s' % self.conflict_handler
        try:
            return getattr(self, name)
        except AttributeError:
            raise ValueError('invalid conflict_resolution value: %r'
                             % self.conflict_handler)

    def _check_conflict(self, action):
        conflicts = []
        for option_string in action.option_strings:
            if option_string in self._option_string_actions:
                conflicts.append(
                    (option_string,
                     self._option_string_actions[option_string]))
        if conflicts:
            self._get_handler()(action, conflicts)

    def _handle_conflict_error(self, action, conflicting_actions):
        if len(conflicting_actions) == 1:
            message = 'conflicting option string: %s'
        else:
            message = 'conflicting option strings: %s'
        names = ', '.join([option_string
                           for option_string, _ in conflicting_actions])
        raise ArgumentError(action, message % names)

    def _handle_conflict_resolve(self, action, conflicting_actions):
        # The newer action takes the option strings; an older action left
        # without any disappears.
        for option_string, old in conflicting_actions:
            old.option_strings.remove(option_string)
            self._option_string_actions.pop(option_string, None)
            if not old.option_strings:
                old.container._remove_action(old)


class _ArgumentGroup(_ActionsContainer):
    """A titled group of arguments in the help; parsing ignores groups."""

    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault('conflict_handler', container.conflict_handler)
        kwargs.setdefault('prefix_chars', container.prefix_chars)
        kwargs.setdefault('argument_default', container.argument_default)
        super().__init__(description=description, **kwargs)

        self.title = title
        self._group_actions = []

        # A group shares all of its container's bookkeeping.
        self._registries = container._registries
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = \
            container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)

    def add_argument_group(self, *args, **kwargs):
        import warnings
        warnings.warn('Nesting argument groups is deprecated.',
                      category=DeprecationWarning, stacklevel=2)
        return super().add_argument_group(*args, **kwargs)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Arguments of which at most one (or exactly one, when required) may
    be given."""

    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)

    def add_mutually_exclusive_group(self, *args, **kwargs):
        import warnings
        warnings.warn('Nesting mutually exclusive groups is deprecated.',
                      category=DeprecationWarning, stacklevel=2)
        return super().add_mutually_exclusive_group(*args, **kwargs)


# ---------------------------------------------------------------------------
# ArgumentParser
# ---------------------------------------------------------------------------

class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Turns command-line strings into a Namespace of attributes.

    Keyword arguments:
        prog -- the program name (default: the base name of sys.argv[0])
        usage -- a usage message (default: built from the arguments)
        description -- text shown before the arguments in the help
        epilog -- text shown after the arguments in the help
        parents -- parsers whose arguments are copied into this one
        formatter_class -- the HelpFormatter class for help messages
        prefix_chars -- the characters that start options
        fromfile_prefix_chars -- characters marking files of extra arguments
        argument_default -- the default value for all arguments
        conflict_handler -- 'error' or 'resolve' for clashing option strings
        add_help -- whether to add a -h/--help option
        allow_abbrev -- whether long options may be abbreviated
        exit_on_error -- whether errors exit or raise ArgumentError
    """

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default,
                         conflict_handler=conflict_handler)
        if prog is None:
            import os
            prog = os.path.basename(_sys.argv[0]) if _sys.argv else ''
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error

        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None

        self.register('type', None, _identity)

        default_prefix = '-' if '-' in prefix_chars else prefix_chars[0]
        if self.add_help:
            self.add_argument(default_prefix + 'h', default_prefix * 2 + 'help',
                              action='help', default=SUPPRESS,
                              help='show this help message and exit')

        for parent in parents:
            self._add_container_actions(parent)
            defaults = getattr(parent, '_defaults', None)
            if defaults is not None:
                self._defaults.update(defaults)

    def _get_kwargs(self):
        names = ['prog', 'usage', 'description', 'formatter_class',
                 'conflict_handler', 'add_help']
        return [(name, getattr(self, name)) for name in names]

    # Sub-commands.

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')

        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            description = kwargs.pop('description', None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals

        # A sub-command's prog is this parser's usage up to the command.
        if kwargs.get('prog') is None:
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._get_positional_actions(),
                                self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()

        parsers_class = self._pop_action_class(kwargs, 'parsers')
        action = parsers_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def _get_optional_actions(self):
        return [action for action in self._actions if action.option_strings]

    def _get_positional_actions(self):
        return [action for action in self._actions
                if not action.option_strings]

    # Parsing.

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error('unrecognized arguments: %s' % ' '.join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()

        for action in self._actions:
            if action.dest is not SUPPRESS and \
                    not hasattr(namespace, action.dest) and \
                    action.default is not SUPPRESS:
                setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)

        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)

        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            args.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, args

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)

        # Each member of a mutually exclusive group conflicts with the
        # others.
        conflicts = {}
        for group in self._mutually_exclusive_groups:
            members = group._group_actions
            for i, action in enumerate(members):
                others = conflicts.setdefault(action, [])
                others.extend(members[:i])
                others.extend(members[i + 1:])

        # Classify the strings: "O" option, "A" argument, "-" for the
        # first "--" (everything after it is an argument).
        option_tuples = {}
        kinds = []
        strings = iter(arg_strings)
        for i, arg_string in enumerate(strings):
            if arg_string == '--':
                kinds.append('-')
                for _ in strings:
                    kinds.append('A')
                break
            option_tuple = self._parse_optional(arg_string)
            if option_tuple is None:
                kinds.append('A')
            else:
                option_tuples[i] = option_tuple
                kinds.append('O')
        pattern = ''.join(kinds)

        seen_actions = set()
        seen_non_default_actions = set()
        extras = []
        positionals = self._get_positional_actions()

        def take_action(action, argument_strings, option_string=None):
            seen_actions.add(action)
            values = self._get_values(action, argument_strings)
            # Only a value that differs from the default counts towards
            # mutual exclusion.
            if values is not action.default:
                seen_non_default_actions.add(action)
                for other in conflicts.get(action, ()):
                    if other in seen_non_default_actions:
                        raise ArgumentError(
                            action, 'not allowed with argument %s'
                            % _get_action_name(other))
            if values is not SUPPRESS:
                action(self, namespace, values, option_string)

        def consume_optional(start_index):
            action, option_string, explicit_arg = option_tuples[start_index]
            chars = self.prefix_chars
            todo = []
            while True:
                if action is None:
                    extras.append(arg_strings[start_index])
                    return start_index + 1
                if explicit_arg is not None:
                    count = self._match_argument(action, 'A')
                    if count == 0 and option_string[1] not in chars and \
                            explicit_arg != '':
                        # "-xyz": -x takes nothing, so go on with "-yz".
                        todo.append((action, [], option_string))
                        option_string = option_string[0] + explicit_arg[0]
                        rest = explicit_arg[1:] or None
                        if option_string in self._option_string_actions:
                            action = self._option_string_actions[
                                option_string]
                            explicit_arg = rest
                        else:
                            raise ArgumentError(
                                action,
                                'ignored explicit argument %r' % explicit_arg)
                    elif count == 1:
                        stop = start_index + 1
                        todo.append((action, [explicit_arg], option_string))
                        break
                    else:
                        raise ArgumentError(
                            action,
                            'ignored explicit argument %r' % explicit_arg)
                else:
                    start = start_index + 1
                    count = self._match_argument(action, pattern[start:])
                    stop = start + count
                    todo.append((action, arg_strings[start:stop],
                                 option_string))
                    break
            for action, args, option_string in todo:
                take_action(action, args, option_string)
            return stop

        def consume_positionals(start_index):
            counts = self._match_arguments_partial(positionals,
                                                   pattern[start_index:])
            for action, count in zip(positionals, counts):
                args = arg_strings[start_index:start_index + count]
                start_index += count
                take_action(action, args)
            del positionals[:len(counts)]
            return start_index

        start_index = 0
        option_indices = sorted(option_tuples)
        last_option = option_indices[-1] if option_indices else -1
        while start_index <= last_option:
            next_option = min([i for i in option_indices
                               if i >= start_index])
            if start_index != next_option:
                end = consume_positionals(start_index)
                if end > start_index:
                    start_index = end
                    continue
                start_index = end
            if start_index not in option_tuples:
                extras.extend(arg_strings[start_index:next_option])
                start_index = next_option
            start_index = consume_optional(start_index)

        stop_index = consume_positionals(start_index)
        extras.extend(arg_strings[stop_index:])

        required_actions = []
        for action in self._actions:
            if action not in seen_actions:
                if action.required:
                    required_actions.append(_get_action_name(action))
                elif action.default is not None and \
                        isinstance(action.default, str) and \
                        hasattr(namespace, action.dest) and \
                        action.default is getattr(namespace, action.dest):
                    # String defaults go through the type function, once,
                    # only when the argument was not given.
                    setattr(namespace, action.dest,
                            self._get_value(action, action.default))
        if required_actions:
            self.error('the following arguments are required: %s'
                       % ', '.join(required_actions))

        for group in self._mutually_exclusive_groups:
            if group.required:
                for action in group._group_actions:
                    if action in seen_non_default_actions:
                        break
                else:
                    names = [_get_action_name(action)
                             for action in group._group_actions
                             if action.help is not SUPPRESS]
                    self.error('one of the arguments %s is required'
                               % ' '.join(names))
        return namespace, extras

    def _read_args_from_files(self, arg_strings):
        new_arg_strings = []
        for arg_string in arg_strings:
            if not arg_string or arg_string[0] not in \
                    self.fromfile_prefix_chars:
                new_arg_strings.append(arg_string)
                continue
            try:
                with open(arg_string[1:]) as args_file:
                    file_args = []
                    for line in args_file.read().splitlines():
                        file_args.extend(self.convert_arg_line_to_args(line))
                    new_arg_strings.extend(
                        self._read_args_from_files(file_args))
            except OSError as err:
                self.error(str(err))
        return new_arg_strings

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _match_argument(self, action, pattern):
        counts = _match_actions([action], pattern)
        if counts is None:
            nargs = action.nargs
            if nargs is None:
                msg = 'expected one argument'
            elif nargs == OPTIONAL:
                msg = 'expected at most one argument'
            elif nargs == ONE_OR_MORE:
                msg = 'expected at least one argument'
            elif nargs == 1:
                msg = 'expected %s argument' % nargs
            else:
                msg = 'expected %s arguments' % nargs
            raise ArgumentError(action, msg)
        return counts[0]

    def _match_arguments_partial(self, actions, pattern):
        # Match as many of the positionals as possible, dropping them from
        # the end until the rest fit.
        for i in range(len(actions), 0, -1):
            counts = _match_actions(actions[:i], pattern)
            if counts is not None:
                return counts
        return []

    def _parse_optional(self, arg_string):
        """None for a positional string, else (action, option_string,
        explicit_arg), with action None for an unknown option."""
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        actions = self._option_string_actions
        if arg_string in actions:
            return actions[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if '=' in arg_string:
            option_string, explicit_arg = arg_string.split('=', 1)
            if option_string in actions:
                return actions[option_string], option_string, explicit_arg

        option_tuples = self._get_option_tuples(arg_string)
        if len(option_tuples) > 1:
            options = ', '.join([option_string
                                 for _, option_string, _ in option_tuples])
            self.error('ambiguous option: %s could match %s'
                       % (arg_string, options))
        elif len(option_tuples) == 1:
            return option_tuples[0]

        # Negative numbers are arguments unless some option looks like one.
        if _is_negative_number(arg_string):
            if not self._has_negative_number_optionals:
                return None
        if ' ' in arg_string:
            return None
        return None, arg_string, None

    def _get_option_tuples(self, option_string):
        """The options that option_string may abbreviate."""
        result = []
        chars = self.prefix_chars
        actions = self._option_string_actions
        if option_string[0] in chars and option_string[1] in chars:
            if self.allow_abbrev:
                prefix, eq, explicit_arg = option_string.partition('=')
                if not eq:
                    explicit_arg = None
                for candidate in actions:
                    if candidate.startswith(prefix):
                        result.append((actions[candidate], candidate,
                                       explicit_arg))
        elif option_string[0] in chars and option_string[1] not in chars:
            short_prefix = option_string[:2]
            short_explicit_arg = option_string[2:]
            for candidate in actions:
                if candidate == short_prefix:
                    result.append((actions[candidate], candidate,
                                   short_explicit_arg))
                elif candidate.startswith(option_string):
                    result.append((actions[candidate], candidate, None))
        else:
            self.error('unexpected option string: %s' % option_string)
        return result

    def parse_intermixed_args(self, args=None, namespace=None):
        args, argv = self.parse_known_intermixed_args(args, namespace)
        if argv:
            self.error('unrecognized arguments: %s' % ' '.join(argv))
        return args

    def parse_known_intermixed_args(self, args=None, namespace=None):
        """Parse options first (positionals set aside), then the strings
        left over as positionals, so the two may be mixed freely."""
        positionals = self._get_positional_actions()
        bad = [action for action in positionals
               if action.nargs in (PARSER, REMAINDER)]
        if bad:
            raise TypeError('parse_intermixed_args: positional arg'
                            ' with nargs=%s' % bad[0].nargs)
        for group in self._mutually_exclusive_groups:
            for action in group._group_actions:
                if action in positionals:
                    raise TypeError('parse_intermixed_args: positional in'
                                    ' mutuallyExclusiveGroup')

        saved_usage = self.usage
        try:
            if self.usage is None:
                self.usage = self.format_usage()[7:]
            # Hide the positionals while the options are parsed.
            saved = []
            for action in positionals:
                saved.append((action, action.nargs, action.default))
                action.nargs = SUPPRESS
                action.default = SUPPRESS
            try:
                namespace, remaining = self.parse_known_args(args, namespace)
                for action in positionals:
                    if hasattr(namespace, action.dest) and \
                            getattr(namespace, action.dest) == []:
                        delattr(namespace, action.dest)
            finally:
                for action, nargs, default in saved:
                    action.nargs = nargs
                    action.default = default

            # Then hide the options while the leftovers are parsed.
            optionals = self._get_optional_actions()
            saved = []
            for action in optionals:
                saved.append((action, action.required))
                action.required = False
            for group in self._mutually_exclusive_groups:
                group._saved_required = group.required
                group.required = False
            try:
                namespace, extras = self.parse_known_args(remaining,
                                                          namespace)
            finally:
                for action, required in saved:
                    action.required = required
                for group in self._mutually_exclusive_groups:
                    group.required = group._saved_required
        finally:
            self.usage = saved_usage
        return namespace, extras

    def _get_values(self, action, arg_strings):
        # The first "--" is dropped, except for the nargs that keep every
        # remaining string.
        if action.nargs not in (PARSER, REMAINDER):
            try:
                arg_strings.remove('--')
            except ValueError:
                pass

        nargs = action.nargs
        if not arg_strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif not arg_strings and nargs == ZERO_OR_MORE and \
                not action.option_strings:
            if action.default is not None:
                value = action.default
                self._check_value(action, value)
            else:
                value = arg_strings
        elif len(arg_strings) == 1 and nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif nargs == REMAINDER:
            value = [self._get_value(action, v) for v in arg_strings]
        elif nargs == PARSER:
            value = [self._get_value(action, v) for v in arg_strings]
            self._check_value(action, value[0])
        elif nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, v) for v in arg_strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        type_func = self._registry_get('type', action.type, action.type)
        if not callable(type_func):
            raise ArgumentError(action, '%r is not callable' % (type_func,))
        try:
            return type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r'
                                % (name, arg_string))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ', '.join(map(repr, action.choices))
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                % (value, choices))

    # Help.

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions,
                            self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions,
                            self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_usage(), file)

    def print_help(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_help(), file)

    def _print_message(self, message, file=None):
        if message:
            file = file or _sys.stderr
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    # Exiting.

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Print the usage and the message to stderr, then exit with 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, '%(prog)s: error: %(message)s\n'
                  % {'prog': self.prog, 'message': message})


def _identity(string):
    return string
