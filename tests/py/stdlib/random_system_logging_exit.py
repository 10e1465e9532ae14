# random.SystemRandom draws from os.urandom; logging flushes a MemoryHandler's
# records at exit through atexit.
import random, logging, logging.handlers, sys
r = random.SystemRandom()
x = r.random(); print(0.0 <= x < 1.0, type(x).__name__)
print(0 <= r.getrandbits(70) < 2**70, r.getrandbits(0), len(r.randbytes(5)), r.randrange(10) in range(10))
print(sorted(r.sample(range(5), 5)), r.seed(1))
for f in (r.getstate, lambda: r.setstate(None), lambda: r.getrandbits(-1)):
    try: f()
    except (NotImplementedError, ValueError) as e: print(type(e).__name__, e)
h = logging.handlers.MemoryHandler(100, target=logging.StreamHandler(sys.stdout))
h.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
h.target.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
log = logging.getLogger('x'); log.addHandler(h); log.propagate = False
log.warning('held until exit')
print('main done')
