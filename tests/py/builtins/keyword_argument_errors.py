# The messages of built-ins given keywords they do not take, or too few
# positional arguments (Argument Clinic wording).
for c in ['list(iterable=[1])', 'tuple((), x=1)', 'sum(iterable=[1])', 'sum([1], 0, x=1)', 'sum(start=0)', 'sum()', 'max([1], foo=1)', 'min([1], foo=1)', 'zip([1], foo=1)', 'map(len, [], foo=1)', 'filter(None, [], foo=1)', 'sorted([1], foo=1)', 'min(iterable=[1])', '"ab".split(sep="a", maxsplit=1, x=2)', '"ab".count(sub="a")', 'divmod(1)', 'int("1", base=10, x=1)', 'round(number=1.5, ndigits=0, x=1)', 'tuple(1, 2)', 'list(1, 2)']:
    try:
        print(c, eval(c))
    except Exception as e:
        print(c, type(e).__name__, e)
