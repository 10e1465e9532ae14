# sys.exit with an integer status; stderr stays empty.
import sys

for i in range(3):
    print("working", i)
print("exiting with status 3")
sys.exit(3)
print("never")
