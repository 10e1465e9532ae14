# Two expressions in a row in an f-string field.
x = f"{a b}"
