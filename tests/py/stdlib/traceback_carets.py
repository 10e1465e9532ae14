# traceback.format_exc draws the carets under the failing expression from
# co_positions() and tb_lasti, as the interpreter's own printer does.
import traceback, sys
def f(x):
    return x + [] * 2
def g():
    return {'a': 1}['b']
for fn in (lambda: f(1), g):
    try:
        fn()
    except Exception:
        s = traceback.format_exc()
        print(s.replace(__file__, 'F'))
