# An uncaught group from except*: CPython's boxed printout (only the last
# line of stderr is compared).
try:
    raise ExceptionGroup("g", [ValueError(1), OSError(2)])
except* ValueError:
    raise RuntimeError("handler failed")
