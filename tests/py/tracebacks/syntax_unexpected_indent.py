# An unexpected indent: CPython prints no caret.
def f():
  x = 1
    y = 2
