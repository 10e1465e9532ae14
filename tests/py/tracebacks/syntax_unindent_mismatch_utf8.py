# A dedent to no outer level, with non-ASCII text: the offset counts bytes.
if True:
    name = "é"
  other = "é"
