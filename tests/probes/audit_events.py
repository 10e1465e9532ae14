# Audit probe test: the audit probe fires for every event, with and without
# a Python hook. Traced with scripts/audit.bt; compared (from test.begin to
# test.end) with audit_events.audit.golden (the events CPython 3.12's audit
# hooks see, recorded by scripts/gen_trace_golden.py).
# goldens: audit
import sys

sys.audit("test.begin")
sys.audit("test.no_hook", 1, "two")
identity = id(sys)


def hook(event, args):
    if event.startswith("test."):
        print("hook:", event, args)


sys.addaudithook(hook)
sys.audit("test.with_hook", 3)
code = compile("1 + 1", "<audit>", "eval")
print(eval(code))
exec("y = 2")
sys.audit("test.end")
