# open()'s mode checks (CPython's messages) and a closed file refusing
# __enter__ and iteration.
import os, tempfile
P = os.path.join(tempfile.mkdtemp(), 'x.txt')
f = open(P, 'w'); f.close()
for op in (f.__enter__, lambda: iter(f)):
    try: op(); print('no error')
    except ValueError as e: print(e)
for m in ['q', 'rw', 'rr', 'wb+t', '', 'r+', 'rb', 'at', 'x+b', 'bw', 'tr', '++r']:
    try:
        g = open(P, m); print(repr(m), 'opened', g.mode); g.close()
    except (ValueError, FileExistsError) as e: print(repr(m), type(e).__name__, e.args)
for kw in [dict(buffering=0), dict(mode='rb', buffering=0), dict(mode=5)]:
    try: open(P, **kw).close(); print('ok', kw)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
import shutil; shutil.rmtree(os.path.dirname(P))
