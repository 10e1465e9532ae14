#!/usr/sbin/dtrace -qs
/*
 * audit.d - every PEP 578 audit event of a pyprobe (or CPython) process,
 * whether or not the program installed a hook, then a count per event:
 *
 *     <nanoseconds>\taudit:<event>
 *
 * arg1 points to the event's argument tuple, an object of the interpreter.
 *
 * Usage:  sudo dtrace -q -s scripts/audit.d -c "pyprobe script.py"
 */

python$target:::audit
{
        printf("%d\taudit:%s\n", timestamp, copyinstr(arg0));
        @events[copyinstr(arg0)] = count();
}
