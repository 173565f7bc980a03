#!/usr/bin/python3
"""Edits one document of a Parley XMI export with DKPro cassis, as another tool's user would, and writes it
back with cas.to_xmi(): rejects one stance, flips the polarity of another, adds an Actor on a capitalised word
no actor covers. Prints the three changes as JSON. Used by the round-trip test of ./parley import.

usage: cassis-edit.py CONSUMERS_DIR EXPORT_DIR NAME
"""
import json
import os
import re
import sys
import warnings

sys.dont_write_bytecode = True
warnings.filterwarnings('ignore')


def main(consumers, export, name):
    sys.path.insert(0, consumers)
    from cassis import load_cas_from_xmi, load_typesystem
    with open(os.path.join(export, 'TypeSystem.xml'), 'rb') as f:
        ts = load_typesystem(f)
    path = os.path.join(export, name + '.xmi')
    with open(path, 'rb') as f:
        cas = load_cas_from_xmi(f, typesystem=ts)
    stances = [s for s in cas.select('parley.type.Stance') if s.status != 'REJECTED']
    if len(stances) < 2:
        sys.exit(f'{name}: fewer than two stances to edit')
    rejected, flipped = stances[0], stances[1]
    rejected.status = 'REJECTED'
    flipped.polarity = 'OPPOSE' if flipped.polarity == 'SUPPORT' else 'SUPPORT'
    covered = [(a.begin, a.end) for a in cas.select('parley.type.Actor')]
    text = cas.sofa_string
    for m in re.finditer(r'\b[A-Z][a-z]{3,}\b', text):
        if all(m.end() <= b or m.start() >= e for b, e in covered):
            break
    else:
        sys.exit(f'{name}: no free capitalised word for a new actor')
    Actor = ts.get_type('parley.type.Actor')
    cas.add(Actor(begin=m.start(), end=m.end(), actorId='HTS', category='ARMED_GROUP', status='MANUAL', confidence=1.0,
                  origin='analyst:cassis'))
    cas.to_xmi(path)

    def stance(s):
        target = s.target.actorId if s.target.type.name == 'parley.type.Actor' else s.target.agreementId
        return [s.begin, s.end, s.holder.actorId, target]
    print(json.dumps({'rejected': stance(rejected), 'flipped': stance(flipped) + [flipped.polarity],
                      'added': [m.start(), m.end(), 'HTS']}))


if __name__ == '__main__':
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
