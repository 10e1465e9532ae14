# Spins in a loop without Python calls until the file named by argv[1]
# says "stop"; tests/probes.rs attaches a line tracer to it mid-loop.
# goldens: none (tests/probes.rs attaches to it while it runs)
import sys

flag = sys.argv[1]
i = 0
while True:
    i += 1
    if i % 1000 == 0:
        f = open(flag)
        state = f.read()
        f.close()
        if state == "stop":
            break
print("stopped")
