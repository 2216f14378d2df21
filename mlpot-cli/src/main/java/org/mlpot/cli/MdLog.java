package org.mlpot.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.mlpot.md.Integrator;
import org.mlpot.md.MdRecord;
import org.mlpot.md.MdRunResult;
import org.mlpot.md.MdState;

/** The periodic log lines and the closing summary of an MD run, as a plain table on stdout. */
final class MdLog {
    private final PrintWriter out;
    private final boolean quiet;
    private final int atoms;
    private final boolean conservesEnergy;
    private double firstTotal = Double.NaN;

    /**
     * @param conservesEnergy whether the integrator conserves the total energy (NVE), so that its
     *     change is worth reporting
     */
    MdLog(PrintWriter out, boolean quiet, int atoms, boolean conservesEnergy) {
        this.out = out;
        this.quiet = quiet;
        this.atoms = atoms;
        this.conservesEnergy = conservesEnergy;
    }

    void header(String potential, Integrator integrator, MdState state) {
        if (quiet) {
            return;
        }
        out.printf("# %s, %d atoms, %s%n", potential, atoms, integrator);
        out.printf("# %10s %12s %16s %14s %16s %10s%n", "step", "time/fs", "Epot/eV", "Ekin/eV", "Etot/eV", "T/K");
        out.flush();
    }

    void line(MdRecord r) {
        if (Double.isNaN(firstTotal)) {
            firstTotal = r.totalEnergy();
        }
        if (quiet) {
            return;
        }
        out.printf("  %10d %12.2f %16.6f %14.6f %16.6f %10.2f%n",
                r.step(), r.time(), r.potentialEnergy(), r.kineticEnergy(), r.totalEnergy(), r.temperature());
        out.flush();
    }

    /**
     * The change of the total energy from the first logged step to {@code last}, eV/atom, for an
     * integrator that conserves it; NaN otherwise or before any line.
     */
    double energyChangePerAtom(MdRecord last) {
        return conservesEnergy && !Double.isNaN(firstTotal) ? (last.totalEnergy() - firstTotal) / atoms : Double.NaN;
    }

    void summary(MdRunResult result, double seconds, double nsPerDay, Path trajectory) {
        MdRecord last = result.last();
        out.printf("# %d steps (%.1f fs) in %.2f s: %.3f ns/day; final T %.1f K, Etot %.6f eV",
                result.steps(), last.time(), seconds, nsPerDay, last.temperature(), last.totalEnergy());
        double change = energyChangePerAtom(last);
        if (!Double.isNaN(change)) {
            out.printf(", Etot change %.3e eV/atom", change);
        }
        out.printf("%n# trajectory: %s%n", trajectory);
        out.flush();
    }
}
