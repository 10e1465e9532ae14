# traceback: the current stack (extract_stack, format_stack, print_stack,
# walk_stack, StackSummary.extract).
import io
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def show(text):
    if not isinstance(text, str):
        text = ''.join(text)
    sys.stdout.write(text.replace(HERE, ''))


def names(stack):
    return [(f.name, f.lineno, f.line) for f in stack]


def level3(action):
    return action()


def level2(action):
    return level3(action)


def level1(action):
    return level2(action)


print(names(level1(traceback.extract_stack)))
show(level1(traceback.format_stack))
print(names(level1(lambda: traceback.extract_stack(limit=2))))
print(names(level1(lambda: traceback.extract_stack(limit=-2))))
print(names(level1(lambda: traceback.extract_stack(limit=0))))
print(names(level1(lambda: traceback.extract_stack(sys._getframe(1)))))
show(level1(lambda: traceback.format_stack(limit=3)))
show(level1(lambda: traceback.format_stack(sys._getframe(2), limit=-1)))

buf = io.StringIO()
level1(lambda: traceback.print_stack(file=buf))
level1(lambda: traceback.print_stack(sys._getframe(1), limit=1, file=buf))
show(buf.getvalue())

stack = level1(traceback.extract_stack)
print(type(stack).__name__, type(stack[0]).__name__, repr(stack[-1]).replace(HERE, ''))
print(stack[-1] == (stack[-1].filename, stack[-1].lineno, stack[-1].name, stack[-1].line))
print(stack[-1].colno, stack[-1].end_colno)


def frames_of():
    return [(f.f_code.co_name, n) for f, n in traceback.walk_stack(sys._getframe())]


print(level1(frames_of))


# StackSummary.extract over walk_stack, with locals.
def with_locals(a, b="text"):
    c = [1, 2]
    return traceback.StackSummary.extract(traceback.walk_stack(sys._getframe()), limit=1, capture_locals=True)


s = with_locals(5)
print(len(s), s[0].name, s[0].locals)
show(s.format())
s = traceback.StackSummary.extract(traceback.walk_stack(sys._getframe()), lookup_lines=False)
print(s[0]._line is None, s[0].line is not None)


# Deep recursion on the stack collapses into a repeated line.
def down(n):
    if n == 0:
        return traceback.format_stack()
    return down(n - 1)


show(down(6))
