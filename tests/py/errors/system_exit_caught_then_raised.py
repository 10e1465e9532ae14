# SystemExit can be caught; a second one with a status ends the program.
import sys

try:
    sys.exit(7)
except SystemExit as e:
    print("caught SystemExit with code", e.code, e.args)

try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit code:", e.code)

print("now exiting for real")
sys.exit(42)
