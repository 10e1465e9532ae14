# logging.handlers: memory, rotating, watched-file and queue handlers.
import logging
import logging.handlers
import os
import sys
import tempfile

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('target:%(levelname)s:%(message)s'))

# BufferingHandler.
b = logging.handlers.BufferingHandler(3)
print(repr(b), b.capacity, b.buffer)
lg = logging.getLogger('buf')
lg.propagate = False
lg.setLevel(logging.DEBUG)
lg.addHandler(b)
lg.info('one')
lg.info('two')
print([r.getMessage() for r in b.buffer], b.shouldFlush(None))
lg.info('three')
print(b.buffer)
lg.info('four')
b.close()
print(b.buffer)
lg.removeHandler(b)

# MemoryHandler.
m = logging.handlers.MemoryHandler(4, flushLevel=logging.ERROR, target=out)
print(m.capacity, m.flushLevel, m.target is out, m.flushOnClose)
lg.addHandler(m)
lg.debug('buffered 1')
lg.info('buffered 2')
print('buffer:', [r.getMessage() for r in m.buffer])
lg.error('error flushes')
print('buffer:', m.buffer)
for i in range(5):
    lg.info('capacity %d', i)
print('buffer:', [r.getMessage() for r in m.buffer])
m.close()
print('after close:', m.target, m.buffer)
lg.removeHandler(m)

m2 = logging.handlers.MemoryHandler(10, target=None)
lg.addHandler(m2)
lg.critical('no target yet')
print(len(m2.buffer))
m2.setTarget(out)
m2.flush()
print(len(m2.buffer))
lg.removeHandler(m2)
m3 = logging.handlers.MemoryHandler(10, target=out, flushOnClose=False)
lg.addHandler(m3)
lg.info('dropped on close')
m3.close()
print(len(m3.buffer), m3.target)
lg.removeHandler(m3)
m4 = logging.handlers.MemoryHandler(10, flushLevel=logging.INFO, target=out)
m4.setLevel(logging.WARNING)
lg.addHandler(m4)
lg.info('below handler level')
lg.warning('flushes at INFO+')
lg.removeHandler(m4)

# RotatingFileHandler.
d = tempfile.mkdtemp()
path = os.path.join(d, 'rot.log')
r = logging.handlers.RotatingFileHandler(path, maxBytes=30, backupCount=2, encoding='utf-8')
r.setFormatter(logging.Formatter('%(message)s'))
print(r.mode, r.maxBytes, r.backupCount, r.encoding)
rl = logging.getLogger('rot')
rl.propagate = False
rl.addHandler(r)
for i in range(8):
    rl.warning('message number %d', i)
r.close()
for name in sorted(os.listdir(d)):
    with open(os.path.join(d, name)) as f:
        print(name, repr(f.read()))
rl.removeHandler(r)

# No size limit: never rolls over.
r2 = logging.handlers.RotatingFileHandler(path, mode='w', backupCount=1)
print(r2.mode, r2.shouldRollover(logging.makeLogRecord({'msg': 'x' * 100})))
r2.close()

# namer and rotator.
r3 = logging.handlers.RotatingFileHandler(path, maxBytes=10, backupCount=1, delay=True)
r3.namer = lambda name: name + '.bak'
calls = []


def rotator(source, dest):
    calls.append((os.path.basename(source), os.path.basename(dest)))
    os.rename(source, dest)


r3.rotator = rotator
print(r3.stream, r3.rotation_filename('x'))
rl.addHandler(r3)
rl.warning('a long enough message')
rl.warning('another long message')
r3.close()
print(calls)
print(sorted(os.listdir(d)))
rl.removeHandler(r3)
for name in os.listdir(d):
    os.remove(os.path.join(d, name))

# TimedRotatingFileHandler: construction and errors.
for when in ['S', 'M', 'H', 'D', 'midnight', 'W0', 'w6']:
    t = logging.handlers.TimedRotatingFileHandler(path, when=when, interval=2, delay=True)
    print(when, t.when, t.interval, t.suffix, t.rolloverAt > 0)
    t.close()
for when in ['X', 'W', 'W7', 'W12']:
    try:
        logging.handlers.TimedRotatingFileHandler(path, when=when, delay=True)
    except ValueError as e:
        print('ValueError', e)

# WatchedFileHandler reopens a moved file.
w = logging.handlers.WatchedFileHandler(path)
w.setFormatter(logging.Formatter('%(message)s'))
wl = logging.getLogger('watched')
wl.propagate = False
wl.addHandler(w)
wl.warning('before move')
os.rename(path, path + '.moved')
wl.warning('after move')
w.close()
for name in sorted(os.listdir(d)):
    with open(os.path.join(d, name)) as f:
        print(name, repr(f.read()))
    os.remove(os.path.join(d, name))
os.rmdir(d)


# QueueHandler with a simple queue.
class ListQueue:
    def __init__(self):
        self.items = []

    def put_nowait(self, item):
        self.items.append(item)


q = ListQueue()
qh = logging.handlers.QueueHandler(q)
qh.setFormatter(logging.Formatter('%(levelname)s|%(message)s'))
ql = logging.getLogger('queue')
ql.propagate = False
ql.addHandler(qh)
ql.warning('queued %s', 'record')
try:
    raise ValueError('in queue')
except ValueError:
    ql.exception('with exc')
rec = q.items[0]
print(rec.msg, rec.args, rec.message, rec.exc_info, rec.exc_text, rec.getMessage())
print(q.items[1].msg.splitlines()[0], q.items[1].msg.splitlines()[-1], q.items[1].exc_info)
print(issubclass(logging.handlers.RotatingFileHandler, logging.handlers.BaseRotatingHandler),
      issubclass(logging.handlers.BaseRotatingHandler, logging.FileHandler),
      issubclass(logging.handlers.MemoryHandler, logging.handlers.BufferingHandler))
