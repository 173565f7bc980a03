#!/usr/bin/python3
"""Loads every UIMA JSON CAS of a Parley export folder with DKPro cassis (shared/consumers/cassis) and prints
per document the number of Actor, Agreement and Stance annotations, and whether every stance has its holder and
target. Exits 1 when a file does not load.

usage: cassis-json.py CONSUMERS_DIR EXPORT_DIR
"""
import glob
import os
import sys
import warnings

sys.dont_write_bytecode = True
warnings.filterwarnings('ignore')


def main(consumers, export):
    sys.path.insert(0, consumers)
    from cassis import load_cas_from_json
    files = sorted(glob.glob(os.path.join(export, '*.json')))
    failed = 0
    for path in files:
        name = os.path.splitext(os.path.basename(path))[0]
        try:
            with open(path, 'rb') as f:
                cas = load_cas_from_json(f)
        except Exception as e:  # report every file cassis cannot read, then go on
            print(f'PROBLEM {name}.json: cassis cannot load it: {type(e).__name__}: {e}')
            failed += 1
            continue
        counts = [len(cas.select('parley.type.' + t)) for t in ('Actor', 'Agreement', 'Stance')]
        whole = all(s.holder is not None and s.target is not None for s in cas.select('parley.type.Stance'))
        print(f'{name} actors={counts[0]} agreements={counts[1]} stances={counts[2]} stances_whole={whole}')
        failed += 0 if whole else 1
    print(f'cassis loaded {len(files) - failed} of {len(files)} JSON documents')
    return 1 if failed or not files else 0


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
