# Formatting errors in f-strings: the replacement field, braces included,
# on the line of its brace in a multi-line f-string.

def show(value):
    return f"value: {value:d} units"

try:
    show("ten")
except ValueError:
    width = "wide"
    text = f"""header
    {width:>{width}}
    """
