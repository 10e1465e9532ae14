# Dict word counts: generate a deterministic pseudo-random text, split it into
# words, count them in dicts, then sort by count. Dict/str hashing and sorting.
import sys

WORDS = 900000   # size knob: words of generated text
VOCAB = 5000     # distinct candidate words

EXPECTED = {
    50000: (4793, 50000, [('ansalo', 47), ('iskami', 46), ('kane', 44), ('netilo', 44), ('kaerlo', 42)], ('zezeel', 1), [(2, 18, 468), (4, 306, 7913), (6, 4469, 41619)]),
    900000: (5000, 900000,
             [('tiqulo', 597), ('tisalo', 591), ('kaislo', 579), ('tiurlo', 574), ('ismilo', 570)],
             ('kaquur', 12),
             [(2, 18, 8460), (4, 306, 143321), (6, 4676, 748219)]),
}

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "qu",
             "an", "el", "is", "on", "ur", "py", "th", "er"]


def make_vocab(n):
    words = []
    for i in range(n):
        w = ""
        k = i
        while True:
            w += SYLLABLES[k % len(SYLLABLES)]
            k //= len(SYLLABLES)
            if k == 0:
                break
        words.append(w)
    return words


def make_text(n, vocab):
    # linear congruential generator; skewed so that counts differ a lot
    state = 12345
    out = []
    nv = len(vocab)
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7fffffff
        r = state >> 8
        idx = (r % nv) * (r % 7 + 1) // 7
        word = vocab[idx]
        if i % 17 == 0:
            word = word.capitalize()
        out.append(word)
        if i % 12 == 11:
            out.append(".\n")
    return " ".join(out)


def count_words(text):
    counts = {}
    for line in text.splitlines():
        for word in line.split():
            word = word.strip(".").lower()
            if not word:
                continue
            counts[word] = counts.get(word, 0) + 1
    return counts


def count_words_in(text):
    counts = {}
    for word in text.split():
        if word == ".":
            continue
        word = word.lower()
        if word in counts:
            counts[word] += 1
        else:
            counts[word] = 1
    return counts


def main():
    vocab = make_vocab(VOCAB)
    text = make_text(WORDS, vocab)
    counts = count_words(text)
    counts2 = count_words_in(text)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    by_len = {}
    for word, c in counts.items():
        by_len.setdefault(len(word), []).append(c)
    len_summary = sorted((k, len(v), sum(v)) for k, v in by_len.items())
    result = (len(counts), sum(counts.values()), top[:5], top[-1], len_summary[:3])
    if counts != counts2:
        print("word_count FAILED: counting methods disagree")
        sys.exit(1)
    if result != EXPECTED[WORDS]:
        print("word_count FAILED: got", result, "expected", EXPECTED[WORDS])
        sys.exit(1)
    print("word_count ok")


main()
