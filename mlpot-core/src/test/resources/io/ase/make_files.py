"""Write the ASE-made extxyz test files for mlpot and, beside each, what ASE reads back from it.

Usage: /usr/bin/python3 make_files.py OUTDIR

For each NAME below this writes OUTDIR/NAME with ase.io.write(..., format='extxyz') and
OUTDIR/NAME.expected with ase_dump.dump_file(OUTDIR/NAME), i.e. ASE's own reading of the file.
Deterministic: all random numbers come from numpy.random.default_rng(20240607).
"""
import os
import sys

import numpy as np
from ase import Atoms
from ase.calculators.singlepoint import SinglePointCalculator
from ase.io import write

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ase_dump import dump_file  # noqa: E402

rng = np.random.default_rng(20240607)


def labelled(atoms, energy=None, forces=False, stress=False, free_energy=None, energies=False):
    results = {}
    if energy is not None:
        results['energy'] = energy
    if free_energy is not None:
        results['free_energy'] = free_energy
    if forces:
        results['forces'] = rng.normal(size=(len(atoms), 3))
    if stress:
        results['stress'] = rng.normal(scale=0.01, size=6)
    if energies:
        results['energies'] = rng.normal(size=len(atoms))
    atoms.calc = SinglePointCalculator(atoms, **results)
    return atoms


def triclinic_frames():
    cell = [[5.1, 0.0, 0.0], [1.3, 4.9, 0.0], [-0.7, 0.9, 5.3]]
    a = Atoms('Si3GeC', scaled_positions=rng.random((5, 3)), cell=cell, pbc=True)
    a.set_momenta(rng.normal(scale=0.5, size=(5, 3)))
    masses = a.get_masses()
    masses[4] = 13.003355  # a 13C isotope
    a.set_masses(masses)
    a.set_tags([0, 1, 1, 2, 7])
    a.set_initial_charges(rng.normal(size=5))
    a.new_array('fixed', np.array([True, False, False, True, False]))
    a.new_array('label', np.array(['core', 'surf', 'surf', 'core', 'dopant']))
    a.new_array('dipoles', rng.normal(size=(5, 3)))
    a.new_array('counts', np.array([[1, -2], [3, 4], [5, 6], [7, 8], [9, 10]]))
    a.info['config_type'] = 'md run at 300 K'
    a.info['step'] = 42
    a.info['temperature'] = 300.5
    a.info['converged'] = True
    labelled(a, energy=-23.456789012345678, forces=True, stress=True, free_energy=-23.5, energies=True)

    b = Atoms('SiO2', positions=rng.random((3, 3)) * 4, cell=[[4.2, 0.1, -0.2], [0.3, 4.4, 0.0], [0.0, -0.5, 4.0]],
              pbc=True)
    b.info['config_type'] = 'quartz_like'
    b.info['kpoints'] = np.array([4, 4, 2])
    b.info['smearing'] = np.array([0.1, 0.05])
    labelled(b, energy=-12.0, forces=True, stress=True)

    c = Atoms('Cu', positions=[[0.0, 0.0, 0.0]], cell=[[0.0, 1.8, 1.8], [1.8, 0.0, 1.8], [1.8, 1.8, 0.0]], pbc=True)
    labelled(c, energy=-3.5)
    return [a, b, c]


def slab_frames():
    frames = []
    for k in range(2):
        s = Atoms('Al4', positions=rng.random((4, 3)) * [4.0, 4.0, 8.0], cell=[4.0, 4.0, 20.0], pbc=[True, True, False])
        s.info['config_type'] = 'slab "111" surface' if k == 0 else "it's a slab"
        s.info['miller'] = np.array([1, 1, 1])
        s.info['flags'] = [True, False, True]
        s.info['weights'] = np.array([0.5, 1.0, 2.5])
        s.info['note'] = 'key=value inside {braces} and [brackets]'
        s.info['my key'] = 'x'
        s.info['vacuum'] = 12.0
        labelled(s, energy=-14.25 - k, forces=True)
        frames.append(s)
    wire = Atoms('Au2', positions=[[0.0, 0.0, 0.0], [0.0, 0.0, 2.9]], cell=[10.0, 10.0, 5.8], pbc=[False, False, True])
    labelled(wire, energy=-6.0)
    frames.append(wire)
    return frames


def molecule_frames():
    frames = []
    base = np.array([[-0.0486, 0.5561, 0.0], [-1.2246, -0.3890, 0.0], [1.1744, -0.2135, 0.0],
                     [-0.1044, 1.2023, 0.8853], [-0.1044, 1.2023, -0.8853], [-1.1876, -1.0327, 0.8826],
                     [-1.1876, -1.0327, -0.8826], [-2.1553, 0.1834, 0.0], [1.9009, 0.4331, 0.0]])
    for k in range(2):
        m = Atoms('CCOHHHHHH', positions=base + rng.normal(scale=0.05, size=base.shape))
        m.info['name'] = 'ethanol'
        m.info['charge'] = 0
        labelled(m, energy=-97.1 + 0.01 * k, forces=True, energies=True)
        frames.append(m)
    return frames


def bulk_frames():
    frames = []
    for k in range(2):
        b = Atoms('Si2', scaled_positions=[[0, 0, 0], [0.25, 0.25, 0.25]],
                  cell=[[0.0, 2.7155, 2.7155], [2.7155, 0.0, 2.7155], [2.7155, 2.7155, 0.0]], pbc=True)
        b.rattle(stdev=0.02, seed=k)
        labelled(b, energy=-8.67 + 0.001 * k, forces=True, stress=True)
        frames.append(b)
    return frames


FILES = {
    'triclinic.extxyz': triclinic_frames,
    'slab.extxyz': slab_frames,
    'molecule.extxyz': molecule_frames,
    'bulk.extxyz.gz': bulk_frames,
}


def main(outdir):
    os.makedirs(outdir, exist_ok=True)
    for name, make in FILES.items():
        path = os.path.join(outdir, name)
        write(path, make(), format='extxyz')
        with open(path + '.expected', 'w') as f:
            f.write(dump_file(path))


if __name__ == '__main__':
    main(sys.argv[1])
