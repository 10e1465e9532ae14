#!/usr/sbin/dtrace -qs
/*
 * top_functions.d - the most-entered Python functions of a pyprobe
 * process, refreshed every second (entries during that second).
 *
 * Usage:  sudo dtrace -q -s scripts/top_functions.d -p PID
 *         sudo dtrace -q -s scripts/top_functions.d -c "pyprobe script.py"
 */

python$target:::function-entry
{
        @calls[copyinstr(arg0), copyinstr(arg1)] = count();
}

tick-1s
{
        printf("%Y  most-entered functions (file, function): entries\n", walltimestamp);
        trunc(@calls, 20);
        printa("  %-50s %-30s %@8d\n", @calls);
        trunc(@calls);
}
