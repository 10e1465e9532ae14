# Levels, the logger tree and effective levels.
import logging
import sys

print(logging.CRITICAL, logging.FATAL, logging.ERROR, logging.WARNING,
      logging.WARN, logging.INFO, logging.DEBUG, logging.NOTSET)
for v in [50, 40, 30, 20, 10, 0, 5, 'INFO', 'WARN', 'FATAL', 'nope', 'Level 5', None]:
    print(repr(v), '->', repr(logging.getLevelName(v)))
m = logging.getLevelNamesMapping()
print(sorted(m.items()))
m['X'] = 1
print('X' in logging.getLevelNamesMapping())

logging.addLevelName(15, 'VERBOSE')
print(logging.getLevelName(15), logging.getLevelName('VERBOSE'))
print(logging.getLevelNamesMapping()['VERBOSE'])

lg = logging.getLogger('levels.test')
for bad in [1.5, 'FOO', None, [10]]:
    try:
        lg.setLevel(bad)
    except Exception as e:
        print(type(e).__name__, e)
lg.setLevel('VERBOSE')
print(lg.level, lg.getEffectiveLevel())
lg.setLevel('debug'.upper())
print(lg.level)
lg.setLevel(logging.NOTSET)

# The tree.
root = logging.getLogger()
print(root is logging.root, root.name, repr(root), logging.getLogger('root') is root,
      logging.getLogger('') is root)
a = logging.getLogger('a')
abc = logging.getLogger('a.b.c')
print(abc.parent is a)
print(type(logging.Logger.manager.loggerDict['a.b']).__name__)
ab = logging.getLogger('a.b')
print(abc.parent is ab, ab.parent is a, a.parent is root)
print(logging.getLogger('a.b') is ab)
print(a.getChild('b') is ab, root.getChild('a') is a, a.getChild('b.c') is abc)
print(sorted(l.name for l in a.getChildren()), sorted(l.name for l in ab.getChildren()))
x = logging.getLogger('x.y.z')
xy = logging.getLogger('x.y')
print(x.parent is xy, xy.parent is root)
print(repr(a), repr(abc), repr(root))
print(a.manager is root.manager, a.root is root)
try:
    logging.getLogger(5)
except TypeError as e:
    print('TypeError', e)
try:
    logging.getLogger(b'a')
except TypeError as e:
    print('TypeError', e)

# Effective levels and isEnabledFor.
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.INFO), abc.isEnabledFor(logging.WARNING))
a.setLevel(logging.DEBUG)
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.INFO), repr(abc))
ab.setLevel(logging.ERROR)
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.WARNING), abc.isEnabledFor(logging.ERROR))
ab.setLevel(logging.NOTSET)
print(abc.getEffectiveLevel())

# Records reach handlers up the tree.
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('%(name)s|%(levelname)s|%(message)s'))
a.addHandler(out)
abc.info('to a via propagation')
ab.propagate = False
abc.info('stopped at a.b (lastResort not used: no handler found -> lastResort)')
ab.propagate = True
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter('h2:%(message)s'))
ab.addHandler(h2)
abc.warning('twice')
h2.setLevel(logging.ERROR)
abc.warning('h2 level too high')
abc.error('both again')
print(ab.hasHandlers(), logging.getLogger('zzz').hasHandlers(), a.hasHandlers())
ab.removeHandler(h2)
ab.removeHandler(h2)
print(ab.handlers)

# disable()
logging.disable(logging.INFO)
abc.info('not shown')
abc.warning('shown while INFO disabled')
print(logging.root.manager.disable, abc.isEnabledFor(logging.INFO))
logging.disable()
abc.critical('not shown')
print(logging.root.manager.disable)
logging.disable(logging.NOTSET)
abc.info('back')
try:
    logging.disable('nope')
except ValueError as e:
    print('ValueError', e)

# A disabled logger.
abc.disabled = True
abc.error('not shown (disabled)')
print(abc.isEnabledFor(logging.CRITICAL))
abc.disabled = False

# log() with levels.
abc.log(logging.INFO, 'log %d', 20)
abc.log(15, 'custom level %s', 'VERBOSE')
abc.log(5, 'below')
try:
    abc.log('INFO', 'x')
except TypeError as e:
    print('TypeError', e)
logging.raiseExceptions = False
abc.log('INFO', 'x')
logging.raiseExceptions = True
print('fatal', logging.fatal is not logging.critical)
abc.fatal('fatal %s', 'msg')
abc.critical('critical')

# Logger classes.
class MyLogger(logging.Logger):
    pass
print(logging.getLoggerClass() is logging.Logger)
logging.setLoggerClass(MyLogger)
print(type(logging.getLogger('mine.one')).__name__)
logging.setLoggerClass(logging.Logger)
print(type(logging.getLogger('mine.two')).__name__)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print('TypeError', e)
print(isinstance(logging.Logger.manager.loggerDict['mine'], logging.PlaceHolder))
m = logging.getLogger('mine')
print(type(m).__name__, logging.getLogger('mine.one').parent is m)
