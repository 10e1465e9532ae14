# raise SystemExit("msg"): the message goes to stderr and the status is 1.

print("about to fail")
raise SystemExit("fatal: configuration missing")
