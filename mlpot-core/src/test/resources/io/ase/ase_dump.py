"""Print what ASE reads from extxyz files, one plain-text token list per line.

Usage: python3 ase_dump.py FILE...

Used by mlpot's ExtXyz tests to compare mlpot's reader and writer with ASE. Format, per frame:
  frame <natoms>
  cell <9 reals, rows a b c>          pbc <3 ints 0/1>
  numbers <ints>                      positions <3N reals>     masses <N reals>
  momenta <3N reals>                  (only when the file has a momenta column)
  energy / free_energy <real>         stress <6 reals, Voigt xx yy zz yz xz xy>
  forces <3N reals>                   energies <N reals>
  array <hex name> <R|I|L|S> <ncols> <values>   (other per-atom arrays, file order)
  info <hex key> <I|R|B|S|IA|RA|BA> <values>    (info entries, file order)
  end
Reals are repr(float) (shortest round-trip text), booleans 1/0, strings hex-encoded UTF-8.
"""
import sys

import numpy as np
from ase.io import read

LABEL_KEYS = ('energy', 'free_energy', 'stress')
KNOWN_ARRAYS = ('numbers', 'positions', 'masses', 'momenta', 'forces', 'energies')


def hexs(text):
    return str(text).encode('utf-8').hex()


def reals(values):
    return ' '.join(repr(float(v)) for v in np.asarray(values, dtype=float).ravel())


def info_line(key, value):
    if isinstance(value, (bool, np.bool_)):
        return 'info %s B %d' % (hexs(key), int(value))
    if isinstance(value, (int, np.integer)):
        return 'info %s I %d' % (hexs(key), int(value))
    if isinstance(value, (float, np.floating)):
        return 'info %s R %s' % (hexs(key), repr(float(value)))
    if isinstance(value, str):
        return 'info %s S %s' % (hexs(key), hexs(value))
    if isinstance(value, list) and all(isinstance(v, (bool, np.bool_)) for v in value):
        return 'info %s BA %s' % (hexs(key), ' '.join(str(int(v)) for v in value))
    if isinstance(value, np.ndarray):
        flat = value.ravel()
        if value.dtype.kind == 'b':
            return 'info %s BA %s' % (hexs(key), ' '.join(str(int(v)) for v in flat))
        if value.dtype.kind in 'iu':
            return 'info %s IA %s' % (hexs(key), ' '.join(str(int(v)) for v in flat))
        if value.dtype.kind == 'f':
            return 'info %s RA %s' % (hexs(key), reals(flat))
    raise ValueError('cannot dump info %r = %r' % (key, value))


def array_line(name, array):
    ncols = 1 if array.ndim == 1 else array.shape[1]
    flat = array.ravel()
    kind = array.dtype.kind
    if kind == 'f':
        return 'array %s R %d %s' % (hexs(name), ncols, reals(flat))
    if kind in 'iu':
        return 'array %s I %d %s' % (hexs(name), ncols, ' '.join(str(int(v)) for v in flat))
    if kind == 'b':
        return 'array %s L %d %s' % (hexs(name), ncols, ' '.join(str(int(v)) for v in flat))
    return 'array %s S %d %s' % (hexs(name), ncols, ' '.join(hexs(v) for v in flat))


def dump(atoms):
    lines = ['frame %d' % len(atoms),
             'cell ' + reals(atoms.cell.array),
             'pbc ' + ' '.join(str(int(p)) for p in atoms.pbc),
             'numbers ' + ' '.join(str(int(z)) for z in atoms.numbers),
             'positions ' + reals(atoms.positions),
             'masses ' + reals(atoms.get_masses())]
    if 'momenta' in atoms.arrays:
        lines.append('momenta ' + reals(atoms.arrays['momenta']))
    results = atoms.calc.results if atoms.calc is not None else {}
    for key in LABEL_KEYS:
        if key in results:
            lines.append(key + ' ' + reals(results[key]))
    for key in ('forces', 'energies'):
        if key in atoms.arrays:
            lines.append(key + ' ' + reals(atoms.arrays[key]))
    for name, array in atoms.arrays.items():
        if name not in KNOWN_ARRAYS:
            lines.append(array_line(name, array))
    for key, value in atoms.info.items():
        if key not in LABEL_KEYS:
            lines.append(info_line(key, value))
    lines.append('end')
    return '\n'.join(lines) + '\n'


def dump_file(path):
    return ''.join(dump(atoms) for atoms in read(path, index=':', format='extxyz'))


if __name__ == '__main__':
    for path in sys.argv[1:]:
        sys.stdout.write(dump_file(path))
