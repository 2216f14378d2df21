package org.mlpot.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mlpot.cli.plot.ErrorHistogram;
import org.mlpot.cli.plot.ParityPlot;
import org.mlpot.data.Frame;
import org.mlpot.data.Labels;
import org.mlpot.potential.Result;

/** Reference and predicted energies per atom and force components gathered by {@code eval --plot}, and the plots of them. */
final class ParityData {
    private double[] energyReference = new double[64];
    private double[] energyPredicted = new double[64];
    private int energies;
    private double[] forceReference = new double[1024];
    private double[] forcePredicted = new double[1024];
    private int forces;

    /** Adds the frame's labelled values and their predictions. */
    void add(Frame frame, Result result) {
        Labels labels = frame.labels();
        int n = frame.structure().size();
        if (labels.energy().isPresent() && n > 0) {
            if (energies == energyReference.length) {
                energyReference = Arrays.copyOf(energyReference, 2 * energies);
                energyPredicted = Arrays.copyOf(energyPredicted, 2 * energies);
            }
            energyReference[energies] = labels.energy().getAsDouble() / n;
            energyPredicted[energies++] = result.energy() / n;
        }
        if (labels.hasForces() && result.forces() != null) {
            while (forces + 3 * n > forceReference.length) {
                forceReference = Arrays.copyOf(forceReference, 2 * forceReference.length);
                forcePredicted = Arrays.copyOf(forcePredicted, 2 * forcePredicted.length);
            }
            for (int k = 0; k < 3 * n; k++) {
                forceReference[forces] = labels.force(k);
                forcePredicted[forces++] = result.forces()[k];
            }
        }
    }

    /** Writes the parity plots and error histograms of what has labels into {@code folder}; returns the files. */
    List<Path> write(Path folder, String model) {
        List<Path> files = new ArrayList<>();
        if (energies > 0) {
            double[] reference = Arrays.copyOf(energyReference, energies);
            double[] predicted = Arrays.copyOf(energyPredicted, energies);
            Path parity = folder.resolve("energy-parity.png");
            ParityPlot.write(parity, model + ": energy per atom", "energy (eV/atom)", reference, predicted, 1000, "meV/atom");
            Path histogram = folder.resolve("energy-errors.png");
            ErrorHistogram.write(histogram, model + ": energy errors", "meV/atom", errors(reference, predicted));
            files.add(parity);
            files.add(histogram);
        }
        if (forces > 0) {
            double[] reference = Arrays.copyOf(forceReference, forces);
            double[] predicted = Arrays.copyOf(forcePredicted, forces);
            Path parity = folder.resolve("force-parity.png");
            ParityPlot.write(parity, model + ": force components", "force (eV/Å)", reference, predicted, 1000, "meV/Å");
            Path histogram = folder.resolve("force-errors.png");
            ErrorHistogram.write(histogram, model + ": force errors", "meV/Å", errors(reference, predicted));
            files.add(parity);
            files.add(histogram);
        }
        return files;
    }

    /** {@code 1000·(predicted − reference)}: errors in milli-units. */
    private static double[] errors(double[] reference, double[] predicted) {
        double[] e = new double[reference.length];
        for (int k = 0; k < e.length; k++) {
            e[k] = 1000 * (predicted[k] - reference[k]);
        }
        return e;
    }
}
