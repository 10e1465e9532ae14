import random
random.seed(12345)
for args in [(5,5),(0,),(-3,),(1.5,),(1,2,0),(5,1,1),(5,1,2),(1,5,-1),(1,'a'),(1,2,1.0),(10,None,2),(1.0,5)]:
    try: print(args, random.randrange(*args))
    except Exception as e: print(args, type(e).__name__, e)
r = random.Random(1)
for st in [None, 5, (3,), (3, (1,)*625, None), (3, (1,)*624+(625,), None), (3, (1,)*624+(626,), None), (3, (-1,)*625, None), (3, [1]*625, None),(4,1,2),(2,(1,)*625,None), (3, (2**32,)*625, None)]:
    try: r.setstate(st); print('ok', r.random())
    except Exception as e: print(type(e).__name__, e)
for s in [[], {}, set(), {1:2}, object()]:
    try: print(random.choice(s))
    except Exception as e: print(type(e).__name__, e)
for a in [([1,2],3),(set([1,2]),1),({1:2},1),([1,2],-1),('abc',2),]:
    try: print(random.sample(*a))
    except Exception as e: print(type(e).__name__, e)
for kw in [dict(counts=[1,2]), dict(counts=[1.5,2,3]), dict(counts=[0,0,0]), dict(counts=[1,2,3])]:
    try: print(random.sample('abc', 2, **kw))
    except Exception as e: print(type(e).__name__, e)
for a,kw in [(('abc',[1,2]),{}), (('abc',3),{}), (('abc',[1,2,3]),dict(cum_weights=[1,2,3])), (('abc',[0,0,0]),{}), (('abc',[1,float('inf'),1]),{}),(('abc',[-1,0,0]),{}), (('abc',),dict(k=-1))]:
    try: print(random.choices(*a, **kw))
    except Exception as e: print(type(e).__name__, e)
for f,a in [('gammavariate',(0,1)),('binomialvariate',(-1,0.5)),('binomialvariate',(3,1.5)),('expovariate',(0,)),('getrandbits',(-1,)),('randbytes',(-1,)), ('seed', ([1],)), ('seed', ({},)),('paretovariate',(0,)),('getrandbits',(1.5,)),('binomialvariate',(2.5,0.3)), ('binomialvariate',(10,0.0)),('binomialvariate',(10,1.0)),('binomialvariate',(10,-0.0))]:
    try: print(getattr(random, f)(*a))
    except Exception as e: print(f, type(e).__name__, e)
