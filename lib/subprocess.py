"""Subprocesses: CPython's subprocess module for pyprobe.

Popen, run, call, check_call, check_output, getstatusoutput and getoutput,
with CompletedProcess and the SubprocessError family, on the built-in
_subprocess module (which starts the child and waits and communicates
with it).

A Popen's pipes are file objects of the descriptors _subprocess made; text
mode (text=, universal_newlines=, encoding= or errors=) opens them as text
files with universal newlines.  preexec_fn, pass_fds, user, group,
extra_groups and umask are not supported (a ValueError says so when one is
given); close_fds is always in effect.
"""

import os as _os
import sys as _sys
import time as _time
import _subprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

# The signals a child may die of, for CalledProcessError's message.
_SIGNAL_NAMES = {
    1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 5: 'SIGTRAP',
    6: 'SIGABRT', 7: 'SIGBUS', 8: 'SIGFPE', 9: 'SIGKILL', 10: 'SIGUSR1',
    11: 'SIGSEGV', 12: 'SIGUSR2', 13: 'SIGPIPE', 14: 'SIGALRM', 15: 'SIGTERM',
    17: 'SIGCHLD', 18: 'SIGCONT', 19: 'SIGSTOP', 20: 'SIGTSTP', 21: 'SIGTTIN',
    22: 'SIGTTOU', 23: 'SIGURG', 24: 'SIGXCPU', 25: 'SIGXFSZ',
    26: 'SIGVTALRM', 27: 'SIGPROF', 28: 'SIGWINCH', 29: 'SIGIO', 30: 'SIGPWR',
    31: 'SIGSYS',
}


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when run(check=True), check_call or check_output sees a
    non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            name = _SIGNAL_NAMES.get(-self.returncode)
            if name is None:
                return "Command '%s' died with unknown signal %d." % (
                    self.cmd, -self.returncode)
            return "Command '%s' died with <Signals.%s: %d>." % (
                self.cmd, name, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (
            self.cmd, self.returncode)

    @property
    def stdout(self):
        """Alias for output attribute, to match stderr"""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when the timeout of a wait or communication passes."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return ("Command '%s' timed out after %s seconds" %
                (self.cmd, self.timeout))

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """What run() returns: args, returncode, stdout and stderr."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args),
                'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout,
                                     self.stderr)


def _file_types():
    # The classes of pyprobe's own file objects, which _subprocess takes as
    # they are; other objects are passed by their fileno().
    types = {type(_sys.__stdin__), type(_sys.__stdout__)}
    with open(_os.devnull, 'rb') as f:
        types.add(type(f))
    return tuple(types)


_FILE_TYPES = _file_types()


def _stream(value):
    if value is None or isinstance(value, (int, _FILE_TYPES)):
        return value
    return value.fileno()


def _arg(value):
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode('utf-8', 'surrogateescape')
    if hasattr(type(value), '__fspath__'):
        return _os.fsdecode(value)
    raise TypeError('expected str, bytes or os.PathLike object, not %s'
                    % type(value).__name__)


def _translate_newlines(text):
    return text.replace('\r\n', '\n').replace('\r', '\n')


class Popen:
    """Execute a child program in a new process."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None,
                 stdout=None, stderr=None, preexec_fn=None, close_fds=True,
                 shell=False, cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0, restore_signals=True,
                 start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.returncode = None
        self.stdin = self.stdout = self.stderr = None
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize
        self._communication_started = False
        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            raise SubprocessError('Cannot disambiguate when both text '
                                  'and universal_newlines are supplied but '
                                  'different. Pass one or the other.')
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        if self.text_mode and encoding is None:
            self.encoding = encoding = 'utf-8'
        for name, value, unset in [('preexec_fn', preexec_fn, None),
                                   ('pass_fds', pass_fds, ()),
                                   ('user', user, None), ('group', group, None),
                                   ('extra_groups', extra_groups, None),
                                   ('umask', umask, -1)]:
            if value != unset and value is not unset:
                raise ValueError('%s is not supported by pyprobe' % name)
        if process_group not in (None, 0):
            raise ValueError('process_group is not supported by pyprobe')

        if isinstance(args, (str, bytes)) or hasattr(type(args), '__fspath__'):
            argv = [_arg(args)]
        else:
            argv = [_arg(a) for a in args]
        if shell:
            argv = ['/bin/sh', '-c'] + argv
            if executable is not None:
                argv[0] = _arg(executable)
            executable = None
        elif executable is not None:
            executable = _arg(executable)
        if cwd is not None:
            cwd = _arg(cwd)
        if env is not None:
            env = {_arg(k): _arg(v) for k, v in env.items()}
        pid, to_child, from_out, from_err = _subprocess.spawn(
            argv, executable, cwd, env, _stream(stdin), _stream(stdout),
            _stream(stderr), bool(start_new_session or process_group == 0))
        self.pid = pid
        if to_child is not None:
            if self.text_mode:
                self.stdin = open(to_child, 'w', encoding=encoding,
                                  errors=errors)
            else:
                self.stdin = open(to_child, 'wb')
        for fd, attr in [(from_out, 'stdout'), (from_err, 'stderr')]:
            if fd is None:
                continue
            if self.text_mode:
                f = open(fd, 'r', encoding=encoding, errors=errors)
            else:
                f = open(fd, 'rb')
            setattr(self, attr, f)

    def __repr__(self):
        args = repr(self.args)
        if len(args) > 80:
            args = args[:77] + '...'
        return (f"<{type(self).__name__}: returncode: {self.returncode} "
                f"args: {args}>")

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for f in (self.stdout, self.stderr):
            if f is not None:
                f.close()
        try:
            if self.stdin is not None:
                self.stdin.close()
        finally:
            self.wait()

    def poll(self):
        """The return code if the child has ended, else None."""
        if self.returncode is None:
            code = _subprocess.poll(self.pid)
            if code is not None:
                self.returncode = code
        return self.returncode

    def wait(self, timeout=None):
        """Wait for the child to end and return its return code."""
        if self.returncode is not None:
            return self.returncode
        code = _subprocess.wait(self.pid, timeout)
        if code is None:
            raise TimeoutExpired(self.args, timeout)
        self.returncode = code
        return code

    def communicate(self, input=None, timeout=None):
        """Send input to the child, read its stdout and stderr to the end,
        wait for it to end, and return (stdout_data, stderr_data)."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        if input is not None and self.text_mode:
            input = input.encode(self.encoding, self.errors or 'strict')
        elif input is not None:
            input = bytes(memoryview(input))
        if timeout is not None:
            endtime = _time.monotonic() + timeout
        started = self._communication_started
        self._communication_started = True
        if not started and self.stdin is not None and input is None:
            self.stdin.close()
        result = _subprocess.communicate(
            self.pid, None if started else self.stdin, input,
            None if started else self.stdout, None if started else self.stderr,
            timeout)
        if result is None:
            raise TimeoutExpired(self.args, timeout)
        out, err = result
        if self.text_mode:
            if out is not None:
                out = _translate_newlines(out.decode(self.encoding,
                                                     self.errors or 'strict'))
            if err is not None:
                err = _translate_newlines(err.decode(self.encoding,
                                                     self.errors or 'strict'))
        if timeout is None:
            self.wait()
        else:
            self.wait(timeout=max(endtime - _time.monotonic(), 0))
        return out, err

    def send_signal(self, sig):
        """Send the signal sig to the child (unless it has been reaped)."""
        self.poll()
        if self.returncode is None:
            _subprocess.signal(self.pid, sig)

    def terminate(self):
        """Terminate the child with SIGTERM."""
        self.send_signal(15)

    def kill(self):
        """Kill the child with SIGKILL."""
        self.send_signal(9)


def call(*popenargs, timeout=None, **kwargs):
    """Run a command, wait for it, and return its return code."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run a command; CalledProcessError unless its return code is 0."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return its output; CalledProcessError unless its
    return code is 0."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        if (kwargs.get('universal_newlines') or kwargs.get('text')
                or kwargs.get('encoding') or kwargs.get('errors')):
            kwargs['input'] = ''
        else:
            kwargs['input'] = b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True,
               **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None,
        check=False, **kwargs):
    """Run a command and return a CompletedProcess."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            exc.stdout, exc.stderr = process.communicate()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args,
                                     output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Return (exitcode, output) of a shell command, stderr included and
    one trailing newline removed."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Return the output (stdout and stderr) of a shell command."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]
