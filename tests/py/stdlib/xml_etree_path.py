# ElementPath searches: find, findall, findtext, iterfind.
import warnings
import xml.etree.ElementTree as ET

root = ET.fromstring(
    '<r><a x="1">t1<b>bt</b></a><a x="2"><c/><b>other</b></a>'
    '<b y="q">bt2</b><a/><!--c--><d><a x="3"><b/></a></d></r>')


def tags(items):
    out = []
    for e in items:
        tag = e.tag if isinstance(e.tag, str) else "COMMENT"
        out.append(tag + "".join(" %s=%s" % kv for kv in e.attrib.items()))
    return out


paths = [
    "", ".", "*", "a", "./a", "a/b", "a/*", ".//b", "//b", ".//*", "a[@x]",
    'a[@x="2"]', "a[@x!='2']", "a[b]", 'a[b="bt"]', 'a[b!="bt"]',
    '*[.="bt2"]', '*[.!="bt2"]', "a[1]", "a[2]", "a[3]", "a[4]", "a[last()]",
    "a[last()-1]", "a[last()-2]", "*[2]", "a/..", "a/../b", "..", "a[1]/b",
    ".//b/..", ".//a[@x='3']/b", "@x", "a//", "a/", "]", "a[@x=1]", "a[x=1]",
    "a[ @x = '1' ]", "a[last()+1]", "a[last()-0]", "a[last()-x]",
    "a[position()]", "a[1.5]", "a[0]", "a[", "a[1", "{*}a", "{}a", "{*}*",
    "{}*", "a/./b", "a//.", "a/b/../..", "::", "a()", "d//b", "d/a/b",
    ".//a/b[1]", "./d/a[@x]/..", "*/b", "*/*", "a[c]/b", 'd[a="x"]',
]
for path in paths:
    try:
        print(repr(path), tags(root.findall(path)))
    except Exception as e:
        print(repr(path), type(e).__name__, e)

print(root.find("a").attrib, root.find("zz"), root.find(".//c").tag)
print(repr(root.findtext("a")), repr(root.findtext("zz")), repr(root.findtext("zz", "dflt")))
print(repr(root.findtext("a[3]")), repr(root.findtext("d/a/b")), repr(root.findtext(".//b")))
print(tags(root.iterfind(".//a")))
it = root.iterfind("a")
print(type(next(it)).__name__, len(list(it)))

nr = ET.fromstring('<r xmlns="u" xmlns:p="v"><a/><p:a k="1" p:k="2"/>'
                   '<b><p:c/><c/></b></r>')
cases = [
    ("a", None), ("{u}a", None), ("p:a", {"p": "v"}), ("a", {"": "u"}),
    ("p:a", None), ("x:a", {"p": "v"}), (".//p:c", {"p": "v"}),
    ("{*}a", None), ("{v}*", None), ("*[@p:k]", {"p": "v"}),
    ("*[@k]", {"": "u"}), ("b/{*}c", None), ("{u}b/{v}c", None),
    (".//{u}c", None), ("{u}b/c", {"": "u"}), ("q:b", {"q": "u"}),
]
for path, namespaces in cases:
    try:
        print(repr(path), namespaces, tags(nr.findall(path, namespaces)))
    except Exception as e:
        print(repr(path), namespaces, type(e).__name__, e)
print(nr.find("p:a", {"p": "v"}).attrib)
print(repr(nr.findtext("{u}a")), repr(nr.findtext("p:zz", "none", {"p": "v"})))

# ElementTree's searches, and its warning for absolute paths
tree = ET.ElementTree(root)
print(tags(tree.findall("a")), tree.find("a").get("x"), repr(tree.findtext("b")))
print(tags(tree.iterfind("d/a")))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(tags(tree.findall("/a")))
    print([(w.category.__name__, str(w.message)) for w in caught])
try:
    root.find("/a")
except SyntaxError as e:
    print("SyntaxError", e)
try:
    root.find(5)
except TypeError as e:
    print("TypeError", e)
