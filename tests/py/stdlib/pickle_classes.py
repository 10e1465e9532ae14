# The Pickler and Unpickler classes: persistent ids, dispatch tables,
# reducer_override, find_class, files, memo handling, copyreg registrations.
import pickle
import copyreg
import io


class Record:
    def __init__(self, key):
        self.key = key

    def __repr__(self):
        return "Record(%r)" % (self.key,)


class Database:
    def __init__(self):
        self.rows = {1: Record("one"), 2: Record("two")}


db = Database()


class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Record):
            return ("Record", obj.key)
        return None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        if isinstance(pid, str):
            return "text id " + pid
        kind, key = pid
        return "loaded %s %s" % (kind, key)


print("persistent ids")
for proto in range(6):
    f = io.BytesIO()
    DBPickler(f, proto).dump([db.rows[1], "x", db.rows[2], db.rows[1]])
    print(proto, f.getvalue())
    f.seek(0)
    print(proto, DBUnpickler(f).load())


class TextIds(pickle.Pickler):
    def persistent_id(self, obj):
        return "id-%s" % obj if isinstance(obj, int) and obj > 10 else None


class TextLoads(pickle.Unpickler):
    def persistent_load(self, pid):
        return "<%s>" % pid


f = io.BytesIO()
TextIds(f, 0).dump([1, 20, 30])
print(f.getvalue())
f.seek(0)
print(TextLoads(f).load())
f.seek(0)
try:
    pickle.Unpickler(f).load()
except pickle.UnpicklingError as e:
    print(type(e).__name__, e)

# persistent_id can also be set on an instance.
f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.persistent_id = lambda obj: "P" if obj == "secret" else None
p.dump(["public", "secret"])
print(f.getvalue())

print("dispatch tables")


def reduce_record(rec):
    return (Record, (rec.key.upper(),))


for proto in (0, 2, 4):
    f = io.BytesIO()
    p = pickle.Pickler(f, proto)
    p.dispatch_table = copyreg.dispatch_table.copy()
    p.dispatch_table[Record] = reduce_record
    p.dump([Record("a"), Record("b")])
    print(proto, f.getvalue(), pickle.loads(f.getvalue()))
    print(proto, pickle.dumps(Record("a"), proto))


class TablePickler(pickle.Pickler):
    dispatch_table = {Record: lambda r: (str, ("record " + r.key,))}


f = io.BytesIO()
TablePickler(f, 3).dump(Record("k"))
print(f.getvalue(), pickle.loads(f.getvalue()))

# copyreg.pickle registers a reduction for every pickler.
copyreg.pickle(Record, lambda r: (Record, ("via copyreg " + r.key,)))
print(pickle.loads(pickle.dumps(Record("c"))))
del copyreg.dispatch_table[Record]
print(pickle.loads(pickle.dumps(Record("d"))))

print("reducer_override")


class OverridePickler(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Record):
            return (Record, ("overridden",))
        if obj == "s":
            return (str.upper, ("s",))
        return NotImplemented


for proto in (0, 2, 4):
    f = io.BytesIO()
    OverridePickler(f, proto).dump([Record("x"), Record, 1, "s", len])
    print(proto, f.getvalue(), pickle.loads(f.getvalue()))

print("find_class")


class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == "builtins" and name in ("range", "complex"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError("global '%s.%s' is forbidden" % (module, name))


for obj in [range(3), 1 + 2j, Record("r")]:
    for proto in (0, 2, 4):
        try:
            print(proto, Restricted(io.BytesIO(pickle.dumps(obj, proto))).load())
        except pickle.UnpicklingError as e:
            print(proto, "UnpicklingError", e)

print("files")
f = io.BytesIO()
for proto in range(6):
    pickle.dump(["item", proto], f, proto)
pickle.dump("x" * 100000, f)
size = f.tell()
f.seek(0)
for proto in range(6):
    print(pickle.load(f), f.tell())
print(len(pickle.load(f)), f.tell() == size)
try:
    pickle.load(f)
except EOFError as e:
    print("EOFError", e)

print("memo")
f = io.BytesIO()
p = pickle.Pickler(f, 2)
shared = ["shared"]
p.dump(shared)
p.dump(shared)
p.clear_memo()
p.dump(shared)
print(f.getvalue())
f = io.BytesIO()
p = pickle.Pickler(f, 1)
p.fast = True
p.dump([shared, shared])
print(f.getvalue())

print("extensions")
copyreg.add_extension(__name__, "Record", 240)
copyreg.add_extension("builtins", "range", 0x1234)
copyreg.add_extension(__name__, "Database", 0x123456)
for proto in range(6):
    data = pickle.dumps([Record, range, Database, Record], proto)
    print(proto, data, pickle.loads(data))
copyreg.clear_extension_cache()
print(pickle.loads(b"\x80\x02\x82\xf0."))
copyreg.remove_extension(__name__, "Record", 240)
copyreg.remove_extension("builtins", "range", 0x1234)
copyreg.remove_extension(__name__, "Database", 0x123456)
print(pickle.dumps(Record, 2))

print("buffers")
for proto in (4, 5):
    print(proto, pickle.dumps(bytearray(b"abc"), proto))
print(pickle.dumps(pickle.PickleBuffer(b"abc"), 5))
print(pickle.dumps(pickle.PickleBuffer(bytearray(b"abc")), 5))
bufs = []
data = pickle.dumps([pickle.PickleBuffer(b"ro"), pickle.PickleBuffer(bytearray(b"rw"))], 5,
                    buffer_callback=bufs.append)
print(data, len(bufs))
back = pickle.loads(data, buffers=bufs)
print([bytes(b.raw()) for b in back])
try:
    pickle.dumps(pickle.PickleBuffer(b"abc"), 4)
except pickle.PicklingError as e:
    print("PicklingError", e)

print("top-level lambda")
square = lambda x: x * x
try:
    pickle.dumps(square)
except pickle.PicklingError as e:
    print(type(e).__name__, str(e).split(" at ")[0], str(e).split(">: ")[1])
