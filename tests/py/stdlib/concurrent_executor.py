# ThreadPoolExecutor and ProcessPoolExecutor: submit, map, shutdown,
# initializers and argument checks.
import concurrent.futures as cf
from concurrent.futures import thread as cf_thread, process as cf_process
import io
import logging
import re
import threading


def mask(obj):
    """Hide addresses, which change from run to run."""
    return re.sub(r'0x[0-9a-f]+', '0x?', str(obj))


def show(label, func, *args, **kwargs):
    try:
        print(label, mask(repr(func(*args, **kwargs))))
    except BaseException as e:
        print(label, type(e).__name__, mask(e))


logged = io.StringIO()
handler = logging.StreamHandler(logged)
handler.setFormatter(logging.Formatter('%(levelname)s: %(message)s'))
logging.getLogger('concurrent.futures').addHandler(handler)
logging.getLogger('concurrent.futures').propagate = False


def square(x):
    return x * x


def divide(a, b):
    return a / b


def power(base, exp=2):
    return base ** exp


def fail_init():
    raise OSError('no setup')


def main():
    # ThreadPoolExecutor basics.
    with cf.ThreadPoolExecutor(max_workers=2) as ex:
        fut = ex.submit(power, 3, exp=3)
        print(mask(fut), fut.result(), fut.done())
        bad = ex.submit(divide, 1, 0)
        print(type(bad.exception()).__name__, mask(bad))
        show('bad result', bad.result)
        print(list(ex.map(square, range(6))))
        print(list(ex.map(divide, [1, 4, 9], [1, 2, 3])))
        print(list(ex.map(power, [2, 3], [5, 2], timeout=5)))
        print(list(ex.map(square, [])))
        it = ex.map(divide, [1, 2, 3], [1, 0, 1])
        print(next(it))
        show('map error', next, it)
        show('map after error', next, it)
        results = sorted(f.result() for f in cf.as_completed(
            [ex.submit(square, n) for n in range(4)]))
        print(results)
        futs = [ex.submit(divide, 6, n) for n in (1, 2, 0)]
        done, not_done = cf.wait(futs, return_when=cf.FIRST_EXCEPTION)
        print(any(f.exception() for f in done))
        done, not_done = cf.wait(futs)
        print(len(done), len(not_done))
        print(isinstance(ex, cf.Executor))
    show('after shutdown', ex.submit, square, 2)
    show('map after shutdown', ex.map, square, [1])

    for kwargs in ({'max_workers': 0}, {'max_workers': -3},
                   {'initializer': 'x'}):
        show('threads %s' % kwargs, cf.ThreadPoolExecutor, **kwargs)
    ex = cf.ThreadPoolExecutor()
    print(ex._max_workers >= 5)
    ex.shutdown(wait=False, cancel_futures=True)
    ex.shutdown()

    # Workers: names, thread-local state and the initializer.
    local = threading.local()
    setups = []

    def setup(tag):
        local.tag = tag
        setups.append(threading.current_thread().name)

    def where():
        return (threading.current_thread().name, local.tag,
                threading.current_thread() is threading.main_thread())

    with cf.ThreadPoolExecutor(1, thread_name_prefix='pool',
                               initializer=setup, initargs=('ready',)) as ex:
        print(ex.submit(where).result())
        print(ex.submit(where).result())
        print(setups)
    print(hasattr(local, 'tag'))

    ex = cf.ThreadPoolExecutor(2, initializer=fail_init)
    fut = ex.submit(square, 3)
    show('broken result', fut.result)
    show('broken submit', ex.submit, square, 3)
    print(logged.getvalue().splitlines()[0])
    print(logged.getvalue().splitlines()[-1])
    logged.truncate(0)
    print(cf_thread.BrokenThreadPool.__mro__[1].__name__)

    # Nested submissions.
    with cf.ThreadPoolExecutor(1) as outer:
        with cf.ThreadPoolExecutor(1) as inner:
            nested = outer.submit(lambda: inner.submit(square, 7).result())
            print(nested.result())

    # ProcessPoolExecutor.
    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        print(ex.submit(power, 2, exp=10).result())
        print(list(ex.map(square, range(5))))
        print(list(ex.map(square, range(5), chunksize=2)))
        show('chunksize', ex.map, square, [1], chunksize=0)
        show('process error', ex.submit(divide, 1, 0).result)
    show('process after shutdown', ex.submit, square, 1)
    for kwargs in ({'max_workers': 0}, {'initializer': 3},
                   {'max_tasks_per_child': 'x'}, {'max_tasks_per_child': 0}):
        show('processes %s' % kwargs, cf.ProcessPoolExecutor, **kwargs)
    print(cf_process.BrokenProcessPool.__mro__[1].__name__)

    # The abstract executor.
    show('abstract submit', cf.Executor().submit, square, 1)
    with cf.Executor() as plain:
        print(type(plain).__name__)


if __name__ == '__main__':
    main()
