# Construction of the built-in iterator types and range: arguments by
# position and by name, and CPython's messages for the wrong ones.
cases = [((),{}),((),{'start':1}),((1,2,3),{}),(([],),{'iterable':[1]}),((),{'iterable':[5]}),
 ((),{'iterable':"ab",'start':3}),((),{'start':3,'iterable':"ab"}),((),{'iterable':"ab",'x':3}),
 ((),{'x':"ab",'start':3}),((),{'start':3,'x':"ab"}),((),{'a':1,'b':2,'c':3}),(("ab",),{'start':2}),
 (("ab",),{'x':2}),(("ab",5),{}),((),{'foo':1}),(("ab",1),{'start':2}),(("ab",1.5),{})]
for a,k in cases:
    try: print(list(enumerate(*a,**k)))
    except TypeError as e: print(e)
for f, a, k in [(range, (), {}), (range, (1, 2, 3, 4), {}), (range, (1,), {"x": 1}), (reversed, (), {}), (enumerate, (), {}), (zip, (), {"strict": True}), (map, (abs,), {}), (filter, (), {}), (range, ("a",), {}), (reversed, (5,), {})]:
    try:
        print(f.__name__, list(f(*a, **k)))
    except TypeError as e:
        print(f.__name__, "TypeError:", e)
print(list(zip([1], [2], [3], [4])), list(map(lambda *x: sum(x), [1], [2], [3], [4])))
