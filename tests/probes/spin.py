# Spins in a loop without Python calls until the file named by argv[1]
# says "stop"; tests/probes.rs attaches a line tracer to it mid-loop.
# goldens: none (tests/probes.rs attaches to it while it runs)
import sys

flag = sys.argv[1]
i = 0
state = "run"
# The loop's only backward jump is its test at the bottom (a conditional
# jump), which must poll the probe as a plain `Jump` does.
while state != "stop":
    i += 1
    if i % 1000 == 0:
        f = open(flag)
        state = f.read()
        f.close()
print("stopped")
