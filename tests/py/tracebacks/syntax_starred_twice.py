# Two starred targets: the whole target is underlined.
*a, *b = c
