# sys.exit(0) inside nested calls and a finally block: the exit status is 0.
import sys

def inner():
    try:
        print("calling sys.exit(0)")
        sys.exit(0)
    finally:
        print("finally still runs")

inner()
print("never")
