#!/usr/bin/python3
"""Loads every document of an export folder with DKPro cassis (shared/consumers/cassis): the UIMA JSON CAS files
(*.json), or the XMI files (*.xmi) with the folder's TypeSystem.xml. Prints per document the number of Actor,
Agreement and Stance annotations and whether every stance has both ends (holder/target, or the INCEpTION
profile's Governor/Dependent). Exits 1 when a file does not load.

usage: cassis-load.py CONSUMERS_DIR EXPORT_DIR
"""
import glob
import os
import sys
import warnings

sys.dont_write_bytecode = True
warnings.filterwarnings('ignore')


def main(consumers, export):
    sys.path.insert(0, consumers)
    from cassis import load_cas_from_json, load_cas_from_xmi, load_typesystem
    files = sorted(glob.glob(os.path.join(export, '*.json')))
    ts = None
    if not files:
        files = sorted(glob.glob(os.path.join(export, '*.xmi')))
        with open(os.path.join(export, 'TypeSystem.xml'), 'rb') as f:
            ts = load_typesystem(f)
    failed = 0
    for path in files:
        name = os.path.basename(path)
        try:
            with open(path, 'rb') as f:
                cas = load_cas_from_json(f) if ts is None else load_cas_from_xmi(f, typesystem=ts)
        except Exception as e:  # report every file cassis cannot read, then go on
            print(f'PROBLEM {name}: cassis cannot load it: {type(e).__name__}: {e}')
            failed += 1
            continue
        counts = [len(cas.select('parley.type.' + t)) for t in ('Actor', 'Agreement', 'Stance')]
        def ends(s):
            return (s.holder, s.target) if hasattr(s, 'holder') else (s.Governor, s.Dependent)
        whole = all(None not in ends(s) for s in cas.select('parley.type.Stance'))
        print(f'{name} actors={counts[0]} agreements={counts[1]} stances={counts[2]} stances_whole={whole}')
        failed += 0 if whole else 1
    print(f'cassis loaded {len(files) - failed} of {len(files)} documents')
    return 1 if failed or not files else 0


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
