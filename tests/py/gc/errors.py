# Error messages of the gc module for bad arguments.
import gc

gc.disable()


def attempt(label, func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
        print(label, "-> returned", type(result).__name__)
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("collect(3)", gc.collect, 3)
attempt("collect(-1)", gc.collect, -1)
attempt("collect('2')", gc.collect, "2")
attempt("collect(1.0)", gc.collect, 1.0)
attempt("collect(0, 1)", gc.collect, 0, 1)
attempt("collect(gen=1)", gc.collect, gen=1)
attempt("set_threshold()", gc.set_threshold)
attempt("set_threshold(1, 2, 3, 4)", gc.set_threshold, 1, 2, 3, 4)
attempt("set_threshold('x')", gc.set_threshold, "x")
attempt("set_threshold(1.5)", gc.set_threshold, 1.5)
attempt("get_objects(generation=5)", gc.get_objects, generation=5)
attempt("get_objects(generation=3)", gc.get_objects, generation=3)
attempt("get_objects(generation=-2)", gc.get_objects, generation=-2)
attempt("get_objects(generation='0')", gc.get_objects, generation="0")
attempt("get_objects(1, 2)", gc.get_objects, 1, 2)
attempt("set_debug()", gc.set_debug)
attempt("set_debug('x')", gc.set_debug, "x")
attempt("is_tracked()", gc.is_tracked)
attempt("is_tracked(1, 2)", gc.is_tracked, 1, 2)
attempt("is_finalized()", gc.is_finalized)
attempt("get_count(1)", gc.get_count, 1)
attempt("enable(1)", gc.enable, 1)
attempt("get_threshold(0)", gc.get_threshold, 0)
print(gc.get_threshold(), gc.get_debug())
