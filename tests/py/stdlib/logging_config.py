# logging.config.dictConfig.
import io
import logging
import logging.config
import logging.handlers
import sys

existing = logging.getLogger('existing')
existing_child = logging.getLogger('app.child')
keep = logging.getLogger('keep')

config = {
    'version': 1,
    'formatters': {
        'simple': {'format': '%(levelname)s:%(name)s:%(message)s'},
        'brace': {'format': '{name}|{message}', 'style': '{'},
        'custom': {'()': logging.Formatter, 'fmt': 'custom>%(message)s'},
    },
    'filters': {
        'only_app': {'name': 'app'},
        'custom_filter': {'()': 'logging.Filter', 'name': 'app.db'},
    },
    'handlers': {
        'console': {'class': 'logging.StreamHandler', 'formatter': 'simple',
                    'stream': 'ext://sys.stdout', 'level': 'DEBUG'},
        'brace': {'class': 'logging.StreamHandler', 'formatter': 'brace',
                  'stream': 'ext://sys.stdout', 'filters': ['custom_filter']},
        'mem': {'class': 'logging.handlers.MemoryHandler', 'capacity': 2,
                'target': 'zconsole2', 'flushLevel': 40},
        'zconsole2': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout',
                      'formatter': 'custom'},
    },
    'loggers': {
        'app': {'level': 'INFO', 'handlers': ['console'], 'propagate': False,
                'filters': ['only_app']},
        'app.db': {'handlers': ['brace']},
        'memory': {'handlers': ['mem'], 'level': 'DEBUG', 'propagate': False},
    },
    'root': {'level': 'WARNING', 'handlers': ['console']},
}
original = repr(config)
logging.config.dictConfig(config)
print(repr(config) == original)
app = logging.getLogger('app')
print(app.level, app.propagate, app.disabled, [type(h).__name__ for h in app.handlers],
      len(app.filters))
db = logging.getLogger('app.db')
print(db.level, db.propagate, [h.name for h in db.handlers])
print(existing.disabled, existing_child.disabled, keep.disabled)
print(sorted(logging.getHandlerNames()))
print(logging.getHandlerByName('console').level, repr(logging.getHandlerByName('console')))
app.debug('not shown')
app.info('app info')
db.info('db info twice')
db.debug('not shown')
logging.getLogger('app.other').warning('other child')
logging.getLogger('unconfigured').warning('via root')
existing.error('disabled, not shown')
mem = logging.getLogger('memory')
mem.debug('held 1')
print('held')
mem.debug('held 2 and flushed')
mem.error('flushed at once')
print(type(logging.getHandlerByName('mem')).__name__,
      logging.getHandlerByName('mem').target is logging.getHandlerByName('zconsole2'))

# disable_existing_loggers False keeps other loggers working.
logging.config.dictConfig({
    'version': 1,
    'disable_existing_loggers': False,
    'handlers': {'h': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout',
                       'formatter': 'f'}},
    'formatters': {'f': {'format': 'second:%(name)s:%(message)s'}},
    'root': {'handlers': ['h'], 'level': 'INFO'},
})
print(existing.disabled, app.disabled, app.handlers, app.level, app.propagate)
existing.warning('enabled again')
app.info('app has no handlers now, propagates? %s', app.propagate)

# Configuring a parent resets its existing children.
child = logging.getLogger('parent.child')
child.setLevel(logging.ERROR)
child.propagate = False
child.addHandler(logging.NullHandler())
logging.config.dictConfig({
    'version': 1,
    'handlers': {'h': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout',
                       'formatter': 'f'}},
    'formatters': {'f': {'format': 'third:%(name)s:%(message)s'}},
    'loggers': {'parent': {'handlers': ['h'], 'level': 'DEBUG'}},
})
print(child.level, child.propagate, child.handlers, child.disabled)
child.debug('child of configured logger')
print(existing.disabled, logging.root.handlers, logging.root.level)

# Incremental configuration only changes levels.
logging.config.dictConfig({
    'version': 1, 'incremental': True,
    'handlers': {'h': {'level': 'ERROR'}},
    'loggers': {'parent': {'level': 'WARNING', 'handlers': ['nonexistent']}},
})
print(logging.getHandlerByName('h').level, logging.getLogger('parent').level,
      len(logging.getLogger('parent').handlers))
logging.getLogger('parent').warning('below the handler level now')
logging.getLogger('parent').error('shown')

# Properties and custom factories.
class Custom(logging.StreamHandler):
    def __init__(self, prefix, stream=None):
        super().__init__(stream)
        self.prefix = prefix

    def format(self, record):
        return self.prefix + super().format(record)


logging.config.dictConfig({
    'version': 1,
    'handlers': {'c': {'()': Custom, 'prefix': '>> ', 'stream': 'ext://sys.stdout',
                       '.': {'terminator': ' <<\n'}}},
    'loggers': {'custom': {'handlers': ['c']}},
})
logging.getLogger('custom').warning('custom handler')
h = logging.getHandlerByName('c')
print(type(h).__name__, h.terminator == ' <<\n')

# cfg:// references.
logging.config.dictConfig({
    'version': 1,
    'settings': {'stream': 'ext://sys.stdout', 'items': ['x', {'fmt': 'cfg:%(message)s'}]},
    'formatters': {'f': {'format': 'cfg://settings.items[1].fmt'}},
    'handlers': {'h': {'class': 'logging.StreamHandler', 'stream': 'cfg://settings.stream'}},
    'loggers': {'cfg': {'handlers': ['h']}},
})
logging.getLogger('cfg').warning('via cfg stream')

# Errors.
bad_configs = [
    {},
    {'version': 2},
    {'version': 1, 'handlers': {'h': {'class': 'logging.NoSuchHandler'}}},
    {'version': 1, 'handlers': {'h': {'class': 'nosuchmodule.Handler'}}},
    {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'formatter': 'nope'}}},
    {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'level': 'NOPE'}}},
    {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'bogus': 1}}},
    {'version': 1, 'loggers': {'x': {'handlers': ['missing']}}},
    {'version': 1, 'loggers': {'x': {'level': 'NOPE'}}},
    {'version': 1, 'root': {'handlers': ['missing']}},
    {'version': 1, 'formatters': {'f': {'format': '{x', 'style': '{'}}},
    {'version': 1, 'formatters': {'f': {'format': 'x', 'style': '?'}}},
    {'version': 1, 'filters': {'f': {'()': 'nosuchmodule.Filter'}}},
    {'version': 1, 'loggers': {'x': {'filters': ['missing']}}},
    {'version': 1, 'incremental': True, 'handlers': {'zz': {'level': 'INFO'}}},
]
for cfg in bad_configs:
    try:
        logging.config.dictConfig(cfg)
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
        c = e.__cause__
        while c is not None:
            print('  caused by', type(c).__name__, c)
            c = c.__cause__

print(logging.config.valid_ident('abc'))
try:
    logging.config.valid_ident('1abc')
except ValueError as e:
    print('ValueError', e)
print(logging.config.dictConfigClass is logging.config.DictConfigurator)
bc = logging.config.BaseConfigurator({'a': {'b': [1, 2, {'c': 'deep'}]}})
print(bc.convert('cfg://a.b[2].c'), bc.convert('cfg://a[b][1]'), bc.convert('plain'),
      bc.convert('ext://logging.INFO'), bc.convert('unknown://x'))
try:
    bc.convert('ext://nosuchmodule_xyz.thing')
except ValueError as e:
    print('ValueError', e)
