# Deleting a call.
del f()
