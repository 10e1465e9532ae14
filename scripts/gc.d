#!/usr/sbin/dtrace -qs
/*
 * gc.d - every cycle collection of a pyprobe script, automatic or explicit
 * (gc.collect()): the generation it collects when it starts, and the
 * number of unreachable objects it found when it is done (what
 * gc.collect() returns):
 *
 *     <timestamp>\tgc-start:<generation>
 *     <timestamp>\tgc-done:<collected>
 *
 * The probes carry CPython's names and arguments (gc__start(int
 * generation), gc__done(long collected)), so this also traces CPython.
 *
 * Usage:  sudo dtrace -q -s scripts/gc.d -c "pyprobe script.py"
 *         sudo dtrace -q -s scripts/gc.d -p PID
 * (On Linux use scripts/gc.bt or scripts/gc.stp, or pyprobe-dtrace.)
 */

python$target:::gc-start
{
        printf("%d\tgc-start:%d\n", timestamp, arg0);
}

python$target:::gc-done
{
        printf("%d\tgc-done:%d\n", timestamp, arg0);
}
