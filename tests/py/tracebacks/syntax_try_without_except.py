# A 'try' body at the end of the file, with no 'except' or 'finally'.
try:
    x = 1

