# A backslash continuing the last line into the end of the file.
total = 1 + \
