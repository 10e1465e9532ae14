"""Unix-style command-line option parsing: getopt(), gnu_getopt() and
GetoptError, as in CPython's getopt module.

Short options are single letters ("ab:" means -a, and -b taking a value);
long options are names ("verbose", "output=" for one taking a value) that
may be abbreviated to any unique prefix.
"""

import os

__all__ = ['GetoptError', 'error', 'getopt', 'gnu_getopt']


class GetoptError(Exception):
    """An unknown option, or a missing or unexpected option value."""

    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def getopt(args, shortopts, longopts=[]):
    """Parse options from the front of args; stop at the first non-option.

    Returns (options, remaining) where options is a list of
    (option, value) pairs such as ('-a', '') or ('--output', 'x').
    """
    opts = []
    longopts = [longopts] if isinstance(longopts, str) else list(longopts)
    i = 0
    while i < len(args):
        arg = args[i]
        if not arg.startswith('-') or arg == '-':
            break
        if arg == '--':
            i += 1
            break
        if arg.startswith('--'):
            i = _long_option(opts, arg[2:], longopts, args, i + 1)
        else:
            i = _short_options(opts, arg[1:], shortopts, args, i + 1)
    # The operands are a slice of args (args itself when none was taken).
    return opts, (args[i:] if i else args)


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt(), but options and operands may be mixed.

    A leading '+' in shortopts, or $POSIXLY_CORRECT, makes the first
    operand end the options, as getopt() does.
    """
    opts = []
    operands = []
    longopts = [longopts] if isinstance(longopts, str) else list(longopts)
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        options_first = True
    else:
        options_first = bool(os.environ.get('POSIXLY_CORRECT'))
    args = list(args)
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == '--':
            operands.extend(args[i + 1:])
            break
        if arg[:2] == '--':
            i = _long_option(opts, arg[2:], longopts, args, i + 1)
        elif arg[:1] == '-' and arg != '-':
            i = _short_options(opts, arg[1:], shortopts, args, i + 1)
        elif options_first:
            operands.extend(args[i:])
            break
        else:
            operands.append(arg)
            i += 1
    return opts, operands


def _long_option(opts, text, longopts, args, i):
    """Handle "--text" (text may hold "=value"); return the next index."""
    name, eq, value = text.partition('=')
    if not eq:
        value = None
    takes_value, name = _match_long(name, longopts)
    if takes_value:
        if value is None:
            if i >= len(args):
                raise GetoptError('option --%s requires argument' % name,
                                  name)
            value = args[i]
            i += 1
    elif value is not None:
        raise GetoptError('option --%s must not have an argument' % name,
                          name)
    opts.append(('--' + name, value or ''))
    return i


def _match_long(name, longopts):
    """Resolve a possibly abbreviated long option name.

    Returns (takes_value, full_name).
    """
    candidates = [o for o in longopts if o.startswith(name)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % name, name)
    # An exact name wins over longer names it abbreviates.
    if name in candidates:
        return False, name
    if name + '=' in candidates:
        return True, name
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    full = candidates[0]
    if full.endswith('='):
        return True, full[:-1]
    return False, full


def _short_options(opts, letters, shortopts, args, i):
    """Handle a cluster of short options "-abc"; return the next index."""
    while letters:
        letter = letters[0]
        letters = letters[1:]
        if _short_takes_value(letter, shortopts):
            # The value is the rest of the cluster, or the next argument.
            if not letters:
                if i >= len(args):
                    raise GetoptError('option -%s requires argument'
                                      % letter, letter)
                letters = args[i]
                i += 1
            opts.append(('-' + letter, letters))
            letters = ''
        else:
            opts.append(('-' + letter, ''))
    return i


def _short_takes_value(letter, shortopts):
    for k, ch in enumerate(shortopts):
        if ch == letter and ch != ':':
            return shortopts.startswith(':', k + 1)
    raise GetoptError('option -%s not recognized' % letter, letter)


if __name__ == '__main__':
    import sys
    print(getopt(sys.argv[1:], 'a:b', ['alpha=', 'beta']))
