# golden-args: -m mpkg.boom
# A module run with -m that raises: traceback and exit status 1.
