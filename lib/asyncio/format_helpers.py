"""Text for the reprs of handles, futures and tasks."""

import reprlib


def _source(func):
    """Return ' at file:line' for a Python function, else ''."""
    code = getattr(func, '__code__', None)
    if code is None:
        return ''
    return f' at {code.co_filename}:{code.co_firstlineno}'


def _format_args_and_kwargs(args, kwargs):
    """Format call arguments as '(1, 2, x=3)', shortening long values."""
    items = []
    if args:
        items.extend(reprlib.repr(arg) for arg in args)
    if kwargs:
        items.extend(f'{k}={reprlib.repr(v)}' for k, v in kwargs.items())
    return '(' + ', '.join(items) + ')'


def _callback_name(func):
    name = getattr(func, '__qualname__', None)
    if name is None:
        name = getattr(func, '__name__', None)
    if name is None:
        name = repr(func)
    return name


def _format_callback(func, args, kwargs, suffix=''):
    """Format a callback and its arguments as 'name(args)'."""
    partial = getattr(func, 'func', None)
    if partial is not None and hasattr(func, 'keywords') and \
            hasattr(func, 'args'):
        suffix = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(partial, func.args, func.keywords, suffix)
    return _callback_name(func) + _format_args_and_kwargs(args, kwargs) + suffix


def _format_callback_source(func, args):
    """Format a callback with its arguments and where it is defined."""
    text = _format_callback(func, args, None)
    target = func
    while getattr(target, 'func', None) is not None and \
            hasattr(target, 'keywords'):
        target = target.func
    target = getattr(target, '__func__', target)
    return text + _source(target)
