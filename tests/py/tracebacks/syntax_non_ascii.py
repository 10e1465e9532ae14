# Columns of compiler errors count UTF-8 bytes, as CPython's do.
x = "é"; return "wörld"
