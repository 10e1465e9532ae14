# String building: f-strings, %-formatting, str.format, join, concatenation,
# split/strip/replace/upper/... and slicing. Verified by a fingerprint.
import sys

ROWS = 20000     # size knob: rows in the generated report
CONCAT = 60000   # size knob: pieces appended with +=
REPEAT = 4       # size knob: whole-workload repetitions

EXPECTED = {
    (2000, 6000): (682547178, 811690410, 243126483, 74626, 93287, 47454, 25290),
    (20000, 60000): (693951891, 175960129, 519131543, 746202, 971191, 514457, 312890),
}

MOD = 1000000007


def fingerprint(s, step=7):
    h = len(s)
    for ch in s[::step]:
        h = (h * 131 + ord(ch)) % MOD
    return h


def build_report(n):
    parts = []
    for i in range(n):
        name = f"item{i:05d}"
        price = i * 1.25
        tag = "even" if i % 2 == 0 else "odd"
        parts.append(f"{name:<12}|{price:>10.2f}| {tag} |{i % 7:3d}|{hex(i)}|{i / 4}")
    return "\n".join(parts)


def transform(report):
    out = []
    for line in report.split("\n"):
        fields = [f.strip() for f in line.split("|")]
        name = fields[0].upper().replace("ITEM", "I-")
        price = float(fields[1])
        tag = fields[2].capitalize()
        code = int(fields[4], 16)
        if fields[2].startswith("e") and not name.endswith("0"):
            name = name.lower()
        out.append("%s:%.1f:%s:%d" % (name, price * 2, tag, code + int(fields[3])))
    return ";".join(out)


def concat(n):
    s = ""
    for i in range(n):
        s += str(i)
        if i % 10 == 0:
            s += "-"
        elif i % 3 == 0:
            s = s + "x"
    return s


def misc(n):
    total = 0
    pieces = []
    for i in range(n):
        word = "Word" + str(i % 97)
        padded = word.center(12, "*")
        left, sep, right = padded.partition("d")
        total += len(left) + len(right) + padded.find("o") + padded.rfind("*")
        total += padded.count("*") + word.zfill(8).count("0")
        if word[-1].isdigit() and word[:4].isalpha():
            total += 1
        rev = word[::-1]
        pieces.append("{0}/{1}/{2:>4}".format(rev, word.swapcase(), i % 13))
        if len(pieces) >= 100:
            total += len(" ".join(pieces).title().split())
            pieces = []
    return total


def main():
    result = None
    for _ in range(REPEAT):
        report = build_report(ROWS)
        transformed = transform(report)
        joined = concat(CONCAT)
        m = misc(ROWS)
        result = (fingerprint(report), fingerprint(transformed),
                  fingerprint(joined), m, len(report), len(transformed), len(joined))
    want = EXPECTED[(ROWS, CONCAT)]
    if result != want:
        print("string_build FAILED: got", result, "expected", want)
        sys.exit(1)
    print("string_build ok")


main()
