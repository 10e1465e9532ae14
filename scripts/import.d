#!/usr/sbin/dtrace -qs
/*
 * import.d - the modules a pyprobe (or CPython) process finds and loads,
 * nested as the imports nest, with the time each find-and-load took:
 *
 *     import-find-load-start:<indent>module
 *      import-find-load-done:<indent>module:found (<microseconds> us)
 *
 * found is 1 when the module was loaded, 0 when it was not found or its
 * body raised. DTrace names the probes import-find-load-start/-done; the
 * ELF notes on Linux name them import__find__load__start/__done (use
 * scripts/import.bt there, or pyprobe-dtrace).
 *
 * Usage:  sudo dtrace -q -s scripts/import.d -c "pyprobe script.py"
 */

self int indent;

python$target:::import-find-load-start
{
        printf("%*s:", 25, probename);
        printf("%*s", self->indent, "");
        printf("%s\n", copyinstr(arg0));
        start[tid, self->indent] = timestamp;
        self->indent++;
}

python$target:::import-find-load-done
/self->indent > 0/
{
        self->indent--;
        printf("%*s:", 25, probename);
        printf("%*s", self->indent, "");
        printf("%s:%d (%d us)\n", copyinstr(arg0), arg1,
            (timestamp - start[tid, self->indent]) / 1000);
}
