#!/usr/bin/env python3
"""Fails when Parley's packages depend on each other in a circle.

Usage: package-cycles.py <jdeps> <bundle jar>...
Reads the package dependencies of the given jars with jdeps (-verbose:package) and looks for strongly
connected components of more than one package among the parley.* packages. Prints each circle and exits 1
if there is one; exits 2 if it was given too little to check.
"""
import collections
import subprocess
import sys


def circles(edges):
    index, low, stack, on_stack, found = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(10000)
    for v in list(edges):
        if v not in index:
            visit(v)
    return found


def main():
    if len(sys.argv) < 4:
        print("package-cycles: give jdeps and at least two jars", file=sys.stderr)
        return 2
    out = subprocess.run([sys.argv[1], "-verbose:package", "-filter:none", "-e", "parley\\..*"] + sys.argv[2:],
                         capture_output=True, text=True, check=True).stdout
    edges = collections.defaultdict(set)
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 3 and parts[1] == "->" and parts[0].startswith("parley.") and parts[2].startswith("parley.") \
                and parts[0] != parts[2]:
            edges[parts[0]].add(parts[2])
    packages = set(edges) | {p for targets in edges.values() for p in targets}
    if len(packages) < 5:
        print(f"package-cycles: only {len(packages)} packages found; nothing was checked", file=sys.stderr)
        return 2
    found = circles(edges)
    for circle in found:
        print("package-cycles: these packages depend on each other in a circle: " + ", ".join(circle))
    print(f"package-cycles: {len(packages)} packages, {sum(len(t) for t in edges.values())} dependencies, "
          f"{len(found)} circles")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
