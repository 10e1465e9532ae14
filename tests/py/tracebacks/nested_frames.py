# An error several frames down: every frame shows the call it is in, the
# innermost one the failing expression.

def convert(field):
    return int(field) + field

def parse(line):
    fields = line.split(",")
    return [convert(f) for f in fields]

def process(lines):
    out = []
    for line in lines:
        out.extend(parse(line))
    return out

def main():
    print(process(["1,2", "3"]))

main()
