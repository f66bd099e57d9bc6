#!/usr/bin/env python3
"""Where the decision aid's wasm goes: the size of each crate's code and the
largest functions, read from the wasm's name section. The aid's wasm as
cargo builds it (before wasm-bindgen strips the names) is read by default:
build it first (`cargo build --release -p stagehand`). wasm-bindgen then drops
its `__wbindgen_describe` functions, which are counted here.

Usage: python3 scripts/wasm-sizes.py [file.wasm] [how many functions]"""
import collections, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    ROOT, "target/widget/wasm32-unknown-unknown/wasm-release/decision_aid.wasm")
top = int(sys.argv[2]) if len(sys.argv) > 2 else 30
data = open(path, "rb").read()


def leb(b, i):
    result = shift = 0
    while True:
        x = b[i]
        i += 1
        result |= (x & 0x7F) << shift
        shift += 7
        if x < 0x80:
            return result, i


sections, i = [], 8
while i < len(data):
    kind = data[i]
    size, i = leb(data, i + 1)
    sections.append((kind, i, size))
    i += size

imported, names, bodies, text = 0, {}, [], 0
for kind, at, size in sections:
    if kind == 2:  # imports: functions imported come first in the index space
        count, j = leb(data, at)
        for _ in range(count):
            for _ in range(2):
                length, j = leb(data, j)
                j += length
            what = data[j]
            j += 1
            if what == 0:
                _, j = leb(data, j)
                imported += 1
            elif what == 1:
                j += 1
                flags, j = leb(data, j)
                _, j = leb(data, j)
                if flags & 1:
                    _, j = leb(data, j)
            elif what == 2:
                flags, j = leb(data, j)
                _, j = leb(data, j)
                if flags & 1:
                    _, j = leb(data, j)
            elif what == 3:
                j += 2
    elif kind == 10:  # code
        count, j = leb(data, at)
        for _ in range(count):
            length, k = leb(data, j)
            bodies.append(length + (k - j))
            j = k + length
    elif kind == 11:
        text = size
    elif kind == 0:
        length, j = leb(data, at)
        if data[j:j + length] == b"name":
            j += length
            while j < at + size:
                sub = data[j]
                length, j = leb(data, j + 1)
                if sub == 1:
                    count, k = leb(data, j)
                    for _ in range(count):
                        index, k = leb(data, k)
                        n, k = leb(data, k)
                        names[index] = data[k:k + n].decode(errors="replace")
                        k += n
                j += length

if not names:
    sys.exit(f"{path} has no names: read the wasm as cargo built it, before wasm-bindgen")


def crate(name):
    m = re.match(r"_ZN(\d+)", name)
    if m:
        start = len(m.group(0))
        return name[start:start + int(m.group(1))]
    return name.split("::")[0].lstrip("<").split(" ")[0][:40]


by_crate = collections.Counter()
functions = []
for index, size in enumerate(bodies):
    name = names.get(index + imported, "?")
    by_crate[crate(name)] += size
    functions.append((size, name))
print(f"code {sum(bodies):,} B in {len(bodies):,} functions; data (the text) {text:,} B")
for name, size in by_crate.most_common(25):
    print(f"{size:>9,}  {name}")
print()
for size, name in sorted(functions, reverse=True)[:top]:
    print(f"{size:>9,}  {re.sub(r'17h[0-9a-f]{16}E$', '', name)[:140]}")
