# os._exit ends the process at once: no finally blocks, no atexit
# functions; bad arguments raise before anything ends.
import atexit
import os
import sys

for bad in (2**40, -2**40, 2**70, 1.5, "x", None):
    try:
        os._exit(bad)
    except Exception as e:
        print(type(bad).__name__, type(e).__name__, e)

for args, kwargs in [((), {}), ((1, 2), {}), ((1,), {"status": 1}),
                     ((), {"code": 1}), ((), {"status": 1.5}),
                     ((), {"status": 1, "x": 2})]:
    try:
        os._exit(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)

atexit.register(print, "atexit ran")


def leave():
    try:
        print("leaving with 7", flush=True)
        os._exit(7)
    finally:
        print("finally ran")


leave()
print("after")
