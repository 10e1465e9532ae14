#!/usr/sbin/dtrace -qs
/*
 * line.d - every source line a pyprobe script executes, as sys.settrace
 * line events see them (a new line reached, or a backward jump to the
 * start of a line):
 *
 *     <timestamp>\tline:file:function:line
 *
 * Usage:  sudo dtrace -q -s scripts/line.d -c "pyprobe script.py"
 *         sudo dtrace -q -s scripts/line.d -p PID
 */

python$target:::line
{
        printf("%d\tline:%s:%s:%d\n", timestamp, copyinstr(arg0), copyinstr(arg1), arg2);
}
