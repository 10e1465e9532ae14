# uuid: parsing, the fields and properties, comparisons, and the
# deterministic uuid3/uuid5.
import uuid
import pickle
import copy


def attempt(label, func):
    try:
        print(label, "=", repr(func()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.urn, int(u), u.int)
print(u.bytes, u.bytes_le)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version)
print(u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq)
print(u.variant, u.version)

forms = [
    uuid.UUID("{12345678-1234-5678-1234-567812345678}"),
    uuid.UUID("12345678123456781234567812345678"),
    uuid.UUID("urn:uuid:12345678-1234-5678-1234-567812345678"),
    uuid.UUID(bytes=b"\x12\x34\x56\x78" * 4),
    uuid.UUID(bytes_le=b"\x78\x56\x34\x12\x34\x12\x78\x56\x12\x34\x56\x78\x12\x34\x56\x78"),
    uuid.UUID(fields=(0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678)),
    uuid.UUID(int=0x12345678123456781234567812345678),
    uuid.UUID("12345678-1234-5678-1234-567812345678".upper()),
]
print([f == u for f in forms])
print(len({hash(f) for f in forms}), hash(u) == hash(u.int))

for version in range(1, 6):
    v = uuid.UUID(int=0, version=version)
    w = uuid.UUID(int=(1 << 128) - 1, version=version)
    print(version, v, v.version, v.variant, w, w.version)
for n in [0, 1 << 127, 0xC << 124 >> 64 << 64, (1 << 128) - 1, 0x8000 << 48, 0xC000 << 48, 0xE000 << 48]:
    x = uuid.UUID(int=n)
    print(x, x.variant, x.version)

a = uuid.UUID(int=1)
b = uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == uuid.UUID(int=1))
print(sorted([b, a, uuid.UUID(int=0)]))
print(a == 1, a != "x")
attempt("lt int", lambda: a < 1)
attempt("setattr", lambda: setattr(a, "int", 5))
attempt("new attr", lambda: setattr(a, "foo", 5))
attempt("no args", lambda: uuid.UUID())
attempt("two args", lambda: uuid.UUID("12345678123456781234567812345678", int=5))
attempt("short", lambda: uuid.UUID("1234"))
attempt("bad hex", lambda: uuid.UUID("g" * 32))
attempt("spaces", lambda: uuid.UUID(" {12345678-1234-5678-1234-567812345678} "))
attempt("bytes", lambda: uuid.UUID(bytes=b"abc"))
attempt("bytes_le", lambda: uuid.UUID(bytes_le=b"abc"))
attempt("fields", lambda: uuid.UUID(fields=(1, 2)))
for i in range(6):
    fields = [0] * 6
    fields[i] = 1 << 48
    attempt("field %d" % (i + 1), lambda: uuid.UUID(fields=tuple(fields)))
attempt("int neg", lambda: uuid.UUID(int=-1))
attempt("int big", lambda: uuid.UUID(int=1 << 128))
attempt("version 0", lambda: uuid.UUID(int=1, version=0))
attempt("version 6", lambda: uuid.UUID(int=1, version=6))

print("namespaces")
for ns in [uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500]:
    print(ns, ns.version, ns.variant)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid3(uuid.NAMESPACE_URL, "http://example.com/"))
print(uuid.uuid5(uuid.NAMESPACE_URL, b"http://example.com/"))
print(uuid.uuid3(uuid.NAMESPACE_OID, "1.3.6.1"), uuid.uuid5(uuid.NAMESPACE_X500, "cn=x"))
print(uuid.uuid5(uuid.NAMESPACE_DNS, "caf\xe9").version, uuid.uuid3(uuid.NAMESPACE_DNS, "").hex)
attempt("uuid3 str ns", lambda: uuid.uuid3("x", "y"))

print("random ones")
r4 = uuid.uuid4()
r1 = uuid.uuid1()
print(r4.version, r4.variant, r1.version, r1.variant, r4 != uuid.uuid4())
node = uuid.getnode()
print(0 <= node < 1 << 48, uuid.getnode() == node, r1.node == node)
print(uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node == 0x123456789abc)
print(uuid.uuid1(node=1, clock_seq=0x1234).clock_seq)
t1 = uuid.uuid1().time
t2 = uuid.uuid1().time
print(t2 > t1)

print("safety and pickling")
print(uuid.SafeUUID.safe, uuid.SafeUUID.unsafe.value, uuid.SafeUUID.unknown.value)
print(u.is_safe, uuid.UUID(int=5, is_safe=uuid.SafeUUID.safe).is_safe)
print(u.__getstate__(), uuid.UUID(int=5, is_safe=uuid.SafeUUID.unsafe).__getstate__())
for proto in range(6):
    data = pickle.dumps(u, proto)
    print(proto, data, pickle.loads(data) == u)
s = pickle.loads(pickle.dumps(uuid.UUID(int=5, is_safe=uuid.SafeUUID.safe)))
print(s, s.is_safe)
print(copy.copy(u) == u, copy.deepcopy(u) == u)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)
print({u: 1}[uuid.UUID(str(u))], str(u) in {str(f) for f in forms})
