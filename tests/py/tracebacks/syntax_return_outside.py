# 'return' at module level: the statement is underlined.
return 5
