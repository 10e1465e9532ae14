#!/usr/sbin/dtrace -qs
/*
 * call_stack.d - the call/return hierarchy of a pyprobe script, only within
 * the invocation of a function called "start" (import-time calls are not
 * listed). This is the call_stack.d example of CPython's documentation
 * ("Instrumenting CPython with DTrace and SystemTap"), unchanged: pyprobe's
 * probes carry CPython's names and arguments.
 *
 * Usage:  sudo dtrace -q -s scripts/call_stack.d -c "pyprobe script.py"
 *
 * Output:
 *     156641360502280  function-entry:call_stack.py:start:23
 *     156641360518804  function-entry: call_stack.py:function_1:1
 *     156641360532797  function-entry:  call_stack.py:function_3:9
 *     156641360546807 function-return:  call_stack.py:function_3:10
 *     ...
 * (DTrace names the probes function-entry/function-return; the ELF notes
 * on Linux name them function__entry/function__return. On Linux use
 * scripts/call_stack.bt, or pyprobe-dtrace.)
 */

self int indent;

python$target:::function-entry
/copyinstr(arg1) == "start"/
{
        self->trace = 1;
}

python$target:::function-entry
/self->trace/
{
        printf("%d\t%*s:", timestamp, 15, probename);
        printf("%*s", self->indent, "");
        printf("%s:%s:%d\n", basename(copyinstr(arg0)), copyinstr(arg1), arg2);
        self->indent++;
}

python$target:::function-return
/self->trace/
{
        self->indent--;
        printf("%d\t%*s:", timestamp, 15, probename);
        printf("%*s", self->indent, "");
        printf("%s:%s:%d\n", basename(copyinstr(arg0)), copyinstr(arg1), arg2);
}

python$target:::function-return
/copyinstr(arg1) == "start"/
{
        self->trace = 0;
}
