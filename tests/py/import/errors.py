# CPython's import error messages and the exceptions' name/path.
import sys

HERE = __file__.rpartition("/")[0]


def show(stmt):
    try:
        exec(stmt, {"__name__": "__main__"})
    except ImportError as e:
        msg = str(e).replace(HERE, "<here>")
        path = e.path.replace(HERE, "<here>") if isinstance(e.path, str) else e.path
        print(f"{stmt!r}: {type(e).__name__}: {msg} | name={e.name!r} path={path!r}")
    except Exception as e:
        print(f"{stmt!r}: {type(e).__name__}: {e}")
    else:
        print(f"{stmt!r}: ok")


show("import no_such_module")
show("import pkg.no_such")
show("import pkg.a.x")
show("import math.x")
show("from pkg import no_such")
show("from pkg.a import no_such")
show("from sys import no_such")
show("from . import x")
show("from .x import y")
show("import rel.beyond")
show("from no_such import x")
show("import pkg.a.b.c")
show("__import__('')")
show("__import__('pkg', level=-1)")
show("__import__(42)")
show("__import__('x', {}, level=1)")
show("__import__('x', {'__package__': 7}, level=1)")
show("__import__('x', 'notadict', level=1)")
show("__import__('x', {'__package__': 'pkg'}, level=3)")
show("__import__('pkg', fromlist=[1])")
show("__import__('pkg', fromlist=['no_such_sub'])")
show("__import__('a/b')")
show("__import__('..')")
sys.modules["halted"] = None
show("import halted")
show("from pkg import halted")
sys.modules["pkg.halted"] = None
show("from pkg import halted")
show("__import__('pkg', fromlist=['halted'])")

import no_such_at_the_end
