# sys.excepthook prints uncaught exceptions (a replacement is called with the
# type, value and traceback; one that raises is reported with the original);
# sys.last_exc and friends; child interpreters through subprocess.
import subprocess, sys
def run(code):
    r = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True)
    print(r.returncode, repr(r.stdout), r.stderr.splitlines())
run('import sys\ndef h(t, v, tb): print("hook", t.__name__, v, tb.tb_lineno, sys.last_value is v, sys.last_exc is v, sys.last_type is t)\nsys.excepthook = h\n1/0')
run('import sys\ndef h(t, v, tb): raise KeyError("in hook")\nsys.excepthook = h\nraise ValueError("orig")')
run('import sys\ndel sys.excepthook\nraise ValueError("no hook")')
run('import sys\nprint(sys.excepthook is sys.__excepthook__)\nsys.excepthook(ValueError, ValueError("direct"), None)\nprint("after")')
run('import sys\ndef h(t, v, tb): sys.exit(5)\nsys.excepthook = h\nraise ValueError("x")')
run('import sys\nsys.excepthook = lambda *a: print("quiet", a[0].__name__)\nraise SystemExit(3)')
