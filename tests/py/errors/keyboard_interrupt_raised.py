# Raising KeyboardInterrupt explicitly: exits with status 1 and a traceback.

print("simulating Ctrl-C")
raise KeyboardInterrupt
