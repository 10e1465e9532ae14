# Errors raised inside PEP 701 f-strings are reported on the line of the
# field that raised, as CPython 3.12 does; the last one is not caught.

import sys

def line_of(fn):
    """The line, relative to `fn`'s `def`, where calling it raised."""
    try:
        fn()
    except Exception as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        return type(e).__name__, tb.tb_lineno - fn.__code__.co_firstlineno

def divide():
    return f"{
        "start"
    } {
        1 / 0
    }"

def missing_key():
    d = {"a": 1}
    return f'{d["a"]} then {
        d["b"]  # no such key
    }'

def bad_spec():
    return f"""first {"line"}
{"second"}
{"third":d}"""

def nested():
    return f"{f"{
        [][1]
    }"}"

for fn in (divide, missing_key, bad_spec, nested):
    print(fn.__name__, line_of(fn))

def uncaught():
    values = {"present": 1}
    return f"{values["present"]} {
        values["absent"]
    }"

print(uncaught())
