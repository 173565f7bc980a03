#!/usr/bin/env python3
"""No class of the given source folders is longer than the limit (issue 14: a part wires, it does not own the domain).

Usage: class-size.py LIMIT FOLDER...; prints the count checked and every file over the limit; exits 1 if there is one."""
import pathlib
import sys

limit = int(sys.argv[1])
files = sorted(f for folder in sys.argv[2:] for f in pathlib.Path(folder).rglob("*.java"))
if not files:
    sys.exit(f"class-size: no Java source under {' '.join(sys.argv[2:])}")
over = [(f, n) for f in files if (n := len(f.read_text(encoding="utf-8").splitlines())) > limit]
for f, n in over:
    print(f"class-size: {f} has {n} lines (limit {limit})")
longest = max(files, key=lambda f: len(f.read_text(encoding="utf-8").splitlines()))
print(f"class-size: {len(files)} classes, the longest {longest.name} "
      f"({len(longest.read_text(encoding='utf-8').splitlines())} lines), {len(over)} over {limit}")
sys.exit(1 if over else 0)
