# PGO training: str methods, formatting, dict counting, sorting, slicing,
# bytes, and comprehensions.

WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu "
         "nu xi omicron pi rho sigma tau upsilon phi chi psi omega").split()


def make_text(n):
    lines = []
    for i in range(n):
        ws = [WORDS[(i * 7 + j * 3) % len(WORDS)] for j in range(i % 11 + 1)]
        lines.append(" ".join(ws).capitalize() + ("." if i % 3 else "!"))
    return "\n".join(lines)


def stats(text):
    counts = {}
    lengths = {}
    for line in text.splitlines():
        for word in line.strip(".!").lower().split():
            counts[word] = counts.get(word, 0) + 1
            lengths.setdefault(len(word), []).append(word)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    return top, {k: len(v) for k, v in sorted(lengths.items())}


def render(rows):
    out = []
    for name, value, ratio in rows:
        out.append(f"{name:<10}|{value:>8d}|{ratio:8.3f}|{name.upper()[:3]}")
        out.append("%-10s %5d %.2f" % (name, value, ratio))
        out.append("{0}:{1:x}".format(name, value))
    return out


def transform(text):
    total = 0
    for line in text.split("\n"):
        if line.startswith(("Alpha", "Beta")) or line.endswith("!"):
            total += len(line.replace("a", "A"))
        parts = line.partition(" ")
        total += len(parts[2]) + line.find("eta") + line.count("a")
        total += sum(1 for ch in line if ch.isupper())
        b = line.encode()
        total += len(b) + b.count(b"e")
    return total


def main():
    text = make_text(15000)
    top, lens = stats(text)
    rows = [(w, c, c / 7) for w, c in top] * 2000
    lines = render(rows)
    print(top[0], sum(lens.values()), len(lines), transform(text), lines[3])


main()
