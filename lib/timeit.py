"""Timing of small code snippets: CPython's timeit module.

``Timer(stmt, setup, timer, globals)`` compiles the statement (a string of
Python code, or a callable) into a function that runs it in a loop, and
``timeit``, ``repeat`` and ``autorange`` measure that loop.  The functions
``timeit()`` and ``repeat()`` build a Timer and call its method; ``main()``
is the command line:

    python -m timeit [-n N] [-r N] [-u U] [-s S] [-p] [-v] [-h] [statement ...]

Options:
  -n/--number N   how many times to execute 'statement' (default: so many
                  that the total time is at least 0.2 seconds)
  -r/--repeat N   how many times to repeat the timer (default 5)
  -s/--setup S    statement to be executed once initially (default 'pass');
                  several -s options are joined with newlines
  -p/--process    measure process time, not wall-clock time
                  (time.process_time instead of time.perf_counter)
  -u/--unit U     the time unit of the output: nsec, usec, msec or sec
  -v/--verbose    print the raw timing results; repeat for more digits
  -h/--help       print this usage message and exit
  statement       the statement to be timed (default 'pass'); several
                  arguments are joined with newlines

The garbage collector is disabled while the loop runs.
"""

import gc
import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals

# The function a Timer compiles.  It receives the iterator that sets the
# loop count and the timer; callables given as stmt or setup are passed
# in as default arguments (the {init} part).
_TEMPLATE = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def reindent(src, indent):
    """Indent every line of src after the first by indent spaces."""
    return src.replace("\n", "\n" + " " * indent)


class Timer:
    """Time the execution of a statement.

    stmt and setup are strings of Python code or callables without
    arguments; timer is the clock (time.perf_counter by default); globals
    is the namespace the code runs in (this module's by default).
    """

    def __init__(self, stmt="pass", setup="pass", timer=default_timer,
                 globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        init = ''
        if isinstance(setup, str):
            # Compile setup alone first so that errors such as 'return'
            # outside a function are reported against its own lines.
            compile(setup, dummy_src_name, "exec")
            stmtprefix = setup + '\n'
            setup = reindent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            init += ', _setup=_setup'
            stmtprefix = ''
            setup = '_setup()'
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            # The statement is checked after the setup code, as it would
            # follow it.
            compile(stmtprefix + stmt, dummy_src_name, "exec")
            stmt = reindent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt = '_stmt()'
        else:
            raise ValueError("stmt is neither a string nor callable")
        src = _TEMPLATE.format(stmt=stmt, setup=setup, init=init)
        # Kept for print_exc(), which shows the lines of a traceback.
        self.src = src
        code = compile(src, dummy_src_name, "exec")
        exec(code, global_ns, local_ns)
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        """Print the traceback of the exception being handled, with the
        source lines of the timed code.

        Use it as:

            t = Timer(...)
            try:
                t.timeit(...)
            except:
                t.print_exc()
        """
        import linecache
        import traceback
        if self.src is not None:
            linecache.cache[dummy_src_name] = (
                len(self.src), None, self.src.split("\n"), dummy_src_name)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Run the setup once and the statement number times; return the
        time taken in seconds, as a float."""
        it = itertools.repeat(None, number)
        gc_was_enabled = gc.isenabled()
        gc.disable()
        try:
            timing = self.inner(it, self.timer)
        finally:
            if gc_was_enabled:
                gc.enable()
        return timing

    def repeat(self, repeat=default_repeat, number=default_number):
        """Call timeit(number) repeat times; return the list of results.

        The minimum is usually the figure to look at: the others are
        slowed down by whatever else the machine was doing.
        """
        results = []
        for _ in range(repeat):
            results.append(self.timeit(number))
        return results

    def autorange(self, callback=None):
        """Find a number of loops that takes at least 0.2 seconds.

        Tries 1, 2, 5, 10, 20, 50, ... loops, calling callback(number,
        time_taken) after each try when given; returns (number,
        time_taken) of the first try long enough.
        """
        scale = 1
        while True:
            for factor in (1, 2, 5):
                number = scale * factor
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            scale *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer,
           number=default_number, globals=None):
    """Create a Timer and call its timeit method."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer,
           repeat=default_repeat, number=default_number, globals=None):
    """Create a Timer and call its repeat method."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_UNITS = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}


def main(args=None, *, _wrap_timer=None):
    """The command line: time the statement in args (sys.argv[1:] by
    default) and print the best time per loop.

    Returns None on success, 0 after --help, 1 when the timed code raised
    (its traceback is printed) and 2 for bad options.  _wrap_timer, when
    given, is called with the timer and returns the one to use.
    """
    if args is None:
        args = sys.argv[1:]
    import getopt
    try:
        opts, args = getopt.getopt(args, "n:u:s:r:tcpvh",
                                   ["number=", "setup=", "repeat=",
                                    "process", "verbose", "unit=", "help"])
    except getopt.error as err:
        print(err)
        print("use -h/--help for command line help")
        return 2

    timer = default_timer
    stmt = "\n".join(args) or "pass"
    number = 0  # Zero means: find a good number with autorange().
    setup = []
    repeat = default_repeat
    verbose = 0
    time_unit = None
    precision = 3
    for opt, value in opts:
        if opt in ("-n", "--number"):
            number = int(value)
        elif opt in ("-s", "--setup"):
            setup.append(value)
        elif opt in ("-u", "--unit"):
            if value in _UNITS:
                time_unit = value
            else:
                print("Unrecognized unit. Please select nsec, usec, msec, "
                      "or sec.", file=sys.stderr)
                return 2
        elif opt in ("-r", "--repeat"):
            repeat = int(value)
            if repeat <= 0:
                repeat = 1
        elif opt in ("-p", "--process"):
            timer = time.process_time
        elif opt in ("-v", "--verbose"):
            if verbose:
                precision += 1
            verbose += 1
        elif opt in ("-h", "--help"):
            print(__doc__, end=' ')
            return 0
    setup = "\n".join(setup) or "pass"

    # Let the timed code import modules of the current directory.
    import os
    sys.path.insert(0, os.curdir)
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)

    t = Timer(stmt, setup, timer)
    if number == 0:
        callback = None
        if verbose:
            def callback(number, time_taken):
                print("{num} loop{s} -> {secs:.{prec}g} secs".format(
                    num=number, s='s' if number != 1 else '',
                    secs=time_taken, prec=precision))
        try:
            number, _ = t.autorange(callback)
        except:
            t.print_exc()
            return 1
        if verbose:
            print()

    try:
        raw_timings = t.repeat(repeat, number)
    except:
        t.print_exc()
        return 1

    def format_time(dt):
        unit = time_unit
        if unit is not None:
            scale = _UNITS[unit]
        else:
            # The largest unit not larger than dt (nsec for tiny times).
            for unit, scale in sorted(_UNITS.items(), key=lambda u: -u[1]):
                if dt >= scale:
                    break
        return "%.*g %s" % (precision, dt / scale, unit)

    if verbose:
        print("raw times: %s" % ", ".join(map(format_time, raw_timings)))
        print()
    timings = [dt / number for dt in raw_timings]
    best = min(timings)
    print("%d loop%s, best of %d: %s per loop"
          % (number, 's' if number != 1 else '', repeat, format_time(best)))

    worst = max(timings)
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit(
            "The test results are likely unreliable. The worst time (%s) "
            "was more than four times slower than the best time (%s)."
            % (format_time(worst), format_time(best)), UserWarning, '', 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
