"""Logging configuration from a dictionary, as in CPython 3.12's
logging.config.dictConfig.

The dictionary follows the documented schema (version 1): "formatters",
"filters", "handlers", "loggers" and "root", plus
"disable_existing_loggers" and "incremental".  Objects are made from a
"class" (a dotted name) or from a "()" factory, and string values of the
form "ext://module.attr" and "cfg://path" refer to Python objects and to
other parts of the configuration.  fileConfig() and listen() are not
provided.
"""

import re
import sys
import logging
import logging.handlers

__all__ = ["dictConfig", "dictConfigClass", "valid_ident",
           "BaseConfigurator", "DictConfigurator"]

IDENTIFIER = re.compile('^[a-z_][a-z0-9_]*$', re.I)


def valid_ident(s):
    """Return True for a valid Python identifier, else raise ValueError."""
    m = IDENTIFIER.match(s)
    if not m:
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _resolve_name(name):
    """Import a dotted name: the longest importable module, then
    attributes."""
    parts = name.split('.')
    used = parts.pop(0)
    found = __import__(used)
    for frag in parts:
        used += '.' + frag
        try:
            found = getattr(found, frag)
        except AttributeError:
            __import__(used)
            found = getattr(found, frag)
    return found


_MISSING = object()


class ConvertingDict(dict):
    """A configuration dictionary whose values are resolved through the
    configurator ("ext://", "cfg://") when they are read."""

    configurator = None

    def _convert(self, value):
        if self.configurator is not None:
            return self.configurator.convert(value)
        return value

    def __getitem__(self, key):
        return self._convert(dict.__getitem__(self, key))

    def get(self, key, default=None):
        return self._convert(dict.get(self, key, default))

    def pop(self, key, default=_MISSING):
        if default is _MISSING:
            return self._convert(dict.pop(self, key))
        return self._convert(dict.pop(self, key, default))


class ConvertingList(list):
    """A configuration list whose items are resolved when indexed."""

    configurator = None

    def __getitem__(self, key):
        value = list.__getitem__(self, key)
        if self.configurator is not None and not isinstance(key, slice):
            return self.configurator.convert(value)
        return value


def _copy_config(value, configurator):
    """Copy the dictionaries and lists of a configuration into converting
    ones."""
    if isinstance(value, dict):
        result = ConvertingDict()
        for k, v in value.items():
            dict.__setitem__(result, k, _copy_config(v, configurator))
        result.configurator = configurator
        return result
    if isinstance(value, list):
        result = ConvertingList(_copy_config(v, configurator) for v in value)
        result.configurator = configurator
        return result
    return value


class BaseConfigurator(object):
    """Resolves "ext://" and "cfg://" references in a configuration."""

    CONVERT_PATTERN = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')

    WORD_PATTERN = re.compile(r'^\s*(\w+)\s*')
    DOT_PATTERN = re.compile(r'^\.\s*(\w+)\s*')
    INDEX_PATTERN = re.compile(r'^\[([^\[\]]*)\]\s*')
    DIGIT_PATTERN = re.compile(r'^\d+$')

    value_converters = {
        'ext': 'ext_convert',
        'cfg': 'cfg_convert',
    }

    importer = staticmethod(__import__)

    def __init__(self, config):
        # The configuration is copied, dictionaries and lists included, as
        # configuring replaces its entries with the objects made.
        self.config = _copy_config(config, self)

    def resolve(self, s):
        """Return the object a dotted name refers to."""
        try:
            return _resolve_name(s)
        except ImportError as e:
            v = ValueError('Cannot resolve %r: %s' % (s, e))
            raise v from e

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        """Follow a path like "handlers.console" or "a[0].b" into the
        configuration."""
        rest = value
        m = self.WORD_PATTERN.match(rest)
        if m is None:
            raise ValueError("Unable to convert %r" % value)
        rest = rest[m.end():]
        d = self.config[m.groups()[0]]
        while rest:
            m = self.DOT_PATTERN.match(rest)
            if m:
                d = d[m.groups()[0]]
            else:
                m = self.INDEX_PATTERN.match(rest)
                if m:
                    idx = m.groups()[0]
                    if not self.DIGIT_PATTERN.match(idx):
                        d = d[idx]
                    else:
                        try:
                            n = int(idx)
                            d = d[n]
                        except TypeError:
                            d = d[idx]
            if m:
                rest = rest[m.end():]
            else:
                raise ValueError('Unable to convert '
                                 '%r at %r' % (value, rest))
        return d

    def convert(self, value):
        """Resolve a "prefix://" string; other values are returned
        as they are."""
        if isinstance(value, str):
            m = self.CONVERT_PATTERN.match(value)
            if m:
                d = m.groupdict()
                prefix = d['prefix']
                converter = self.value_converters.get(prefix, None)
                if converter:
                    suffix = d['suffix']
                    converter = getattr(self, converter)
                    value = converter(suffix)
        return value

    def configure_custom(self, config):
        """Make an object from a configuration with a "()" factory."""
        config = _copy_config(dict(config), self)
        c = config.pop('()')
        if not callable(c):
            c = self.resolve(c)
        props = config.pop('.', None)
        kwargs = {}
        for k in config:
            if valid_ident(k):
                kwargs[k] = self.convert(config[k])
        result = c(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def as_tuple(self, value):
        if isinstance(value, list):
            value = tuple(value)
        return value


class DictConfigurator(BaseConfigurator):
    """Configures logging from a dictionary."""

    def configure(self):
        """Apply the whole configuration."""
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError("Unsupported version: %s" % config['version'])
        incremental = config.pop('incremental', False)
        EMPTY_DICT = {}
        with logging._lock:
            if incremental:
                self._configure_incremental(config)
                return
            disable_existing = config.pop('disable_existing_loggers', True)
            # Closing and forgetting the existing handlers first.
            logging._handlers.clear()
            logging.shutdown(logging._handlerList[:])
            del logging._handlerList[:]

            formatters = config.get('formatters', EMPTY_DICT)
            for name in formatters:
                try:
                    formatters[name] = self.configure_formatter(
                        formatters[name])
                except Exception as e:
                    raise ValueError('Unable to configure '
                                     'formatter %r' % name) from e
            filters = config.get('filters', EMPTY_DICT)
            for name in filters:
                try:
                    filters[name] = self.configure_filter(filters[name])
                except Exception as e:
                    raise ValueError('Unable to configure '
                                     'filter %r' % name) from e

            # Handlers are made in name order; one whose target handler
            # is not made yet is tried again after the others.
            handlers = config.get('handlers', EMPTY_DICT)
            deferred = []
            for name in sorted(handlers):
                try:
                    handler = self.configure_handler(handlers[name])
                    handler.name = name
                    handlers[name] = handler
                except Exception as e:
                    if ' not configured yet' in str(e.__cause__):
                        deferred.append(name)
                    else:
                        raise ValueError('Unable to configure handler '
                                         '%r' % name) from e
            for name in deferred:
                try:
                    handler = self.configure_handler(handlers[name])
                    handler.name = name
                    handlers[name] = handler
                except Exception as e:
                    raise ValueError('Unable to configure handler '
                                     '%r' % name) from e

            root = logging.root
            existing = list(root.manager.loggerDict.keys())
            existing.sort()
            child_loggers = []
            loggers = config.get('loggers', EMPTY_DICT)
            for name in loggers:
                if name in existing:
                    i = existing.index(name) + 1
                    prefixed = name + "."
                    pflen = len(prefixed)
                    num_existing = len(existing)
                    while i < num_existing:
                        if existing[i][:pflen] == prefixed:
                            child_loggers.append(existing[i])
                        i += 1
                    existing.remove(name)
                try:
                    self.configure_logger(name, loggers[name])
                except Exception as e:
                    raise ValueError('Unable to configure logger '
                                     '%r' % name) from e
            _handle_existing_loggers(existing, child_loggers,
                                     disable_existing)
            root_config = config.get('root', None)
            if root_config:
                try:
                    self.configure_root(root_config)
                except Exception as e:
                    raise ValueError('Unable to configure root '
                                     'logger') from e

    def _configure_incremental(self, config):
        """Change only the levels (and propagation) of existing handlers
        and loggers."""
        handlers = config.get('handlers', {})
        for name in handlers:
            if name not in logging._handlers:
                raise ValueError('No handler found with '
                                 'name %r' % name)
            try:
                handler = logging._handlers[name]
                level = handlers[name].get('level', None)
                if level:
                    handler.setLevel(logging._checkLevel(level))
            except Exception as e:
                raise ValueError('Unable to configure handler '
                                 '%r' % name) from e
        loggers = config.get('loggers', {})
        for name in loggers:
            try:
                self.configure_logger(name, loggers[name], True)
            except Exception as e:
                raise ValueError('Unable to configure logger '
                                 '%r' % name) from e
        root = config.get('root', None)
        if root:
            try:
                self.configure_root(root, True)
            except Exception as e:
                raise ValueError('Unable to configure root '
                                 'logger') from e

    def configure_formatter(self, config):
        """Make a Formatter from its configuration."""
        if '()' in config:
            return self.configure_custom(config)
        fmt = config.get('format', None)
        dfmt = config.get('datefmt', None)
        style = config.get('style', '%')
        cname = config.get('class', None)
        defaults = config.get('defaults', None)
        if not cname:
            c = logging.Formatter
        else:
            c = self.resolve(cname)
        kwargs = {}
        if 'validate' in config:
            kwargs['validate'] = config['validate']
        if defaults:
            kwargs['defaults'] = defaults
        return c(fmt, dfmt, style, **kwargs)

    def configure_filter(self, config):
        """Make a Filter from its configuration."""
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                if callable(f) or callable(getattr(f, 'filter', None)):
                    filter_ = f
                else:
                    filter_ = self.config.get('filters', {})[f]
                filterer.addFilter(filter_)
            except Exception as e:
                raise ValueError('Unable to add filter %r' % f) from e

    def configure_handler(self, config):
        """Make a handler from its configuration: the class, level,
        formatter and filters, the other keys being constructor
        arguments."""
        config = _copy_config(dict(config), self)
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self.config.get('formatters', {})[formatter]
            except Exception as e:
                raise ValueError('Unable to set formatter '
                                 '%r' % formatter) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            c = config.pop('()')
            if not callable(c):
                c = self.resolve(c)
            factory = c
        else:
            cname = config.pop('class')
            if callable(cname):
                klass = cname
            else:
                klass = self.resolve(cname)
            if (issubclass(klass, logging.handlers.MemoryHandler)
                    and 'target' in config):
                # The target names another handler, which must be made
                # first.
                try:
                    tn = config['target']
                    th = self.config['handlers'][tn]
                    if not isinstance(th, logging.Handler):
                        config['class'] = cname
                        raise ValueError('target not configured yet')
                    config['target'] = th
                except Exception as e:
                    raise ValueError('Unable to set target handler '
                                     '%r' % tn) from e
            factory = klass
        props = config.pop('.', None)
        kwargs = {}
        for k in config:
            if valid_ident(k):
                kwargs[k] = self.convert(config[k])
        try:
            result = factory(**kwargs)
        except TypeError as te:
            if "'stream'" not in str(te):
                raise
            # Older handlers name their stream argument "strm".
            kwargs['strm'] = kwargs.pop('stream')
            result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def add_handlers(self, logger, handlers):
        for h in handlers:
            try:
                logger.addHandler(self.config.get('handlers', {})[h])
            except Exception as e:
                raise ValueError('Unable to add handler %r' % h) from e

    def common_logger_config(self, logger, config, incremental=False):
        """Set the level, handlers and filters of a logger."""
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            handlers = config.get('handlers', None)
            if handlers:
                self.add_handlers(logger, handlers)
            filters = config.get('filters', None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get('propagate', None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        root = logging.getLogger()
        self.common_logger_config(root, config, incremental)


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    """Reset the children of configured loggers and disable (or enable)
    the other loggers that existed before."""
    root = logging.root
    for log in existing:
        logger = root.manager.loggerDict[log]
        if log in child_loggers:
            if not isinstance(logger, logging.PlaceHolder):
                logger.setLevel(logging.NOTSET)
                logger.handlers = []
                logger.propagate = True
        else:
            logger.disabled = disable_existing


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging from a dictionary."""
    dictConfigClass(config).configure()
