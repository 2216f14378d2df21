package org.mlpot.cli.plot;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.mlpot.md.MdRecord;

/**
 * Traces of a molecular-dynamics run against time: the potential, kinetic and total energy (eV,
 * relative to the first record's total energy, so drift and exchange are visible) and the temperature.
 * 900×600 pixels each.
 */
public final class MdTraces {
    /** Width of the images, pixels. */
    public static final int WIDTH = 900;
    /** Height of the images, pixels. */
    public static final int HEIGHT = 600;

    private MdTraces() {
    }

    /**
     * Writes {@code energy.png} and {@code temperature.png} of {@code records} into {@code folder}.
     *
     * @return the two files
     * @throws IllegalArgumentException when there are no records
     */
    public static List<Path> write(Path folder, String title, List<MdRecord> records) {
        Objects.requireNonNull(folder, "folder is null");
        if (records.isEmpty()) {
            throw new IllegalArgumentException("traces need at least one MD record");
        }
        int n = records.size();
        double[] time = new double[n];
        double[] potential = new double[n];
        double[] kinetic = new double[n];
        double[] total = new double[n];
        double[] temperature = new double[n];
        double reference = records.get(0).totalEnergy();
        for (int k = 0; k < n; k++) {
            MdRecord r = records.get(k);
            time[k] = r.time();
            potential[k] = r.potentialEnergy() - reference;
            kinetic[k] = r.kineticEnergy();
            total[k] = r.totalEnergy() - reference;
            temperature[k] = r.temperature();
        }
        XYChart energy = chart(title + ": energies", "energy (eV; potential and total less the first total)");
        line(energy.addSeries("potential", time, potential));
        line(energy.addSeries("kinetic", time, kinetic));
        line(energy.addSeries("total", time, total));
        Path energyFile = folder.resolve("energy.png");
        PngCharts.write(energy, energyFile);
        XYChart heat = chart(title + ": temperature", "temperature (K)");
        line(heat.addSeries("T", time, temperature));
        Path temperatureFile = folder.resolve("temperature.png");
        PngCharts.write(heat, temperatureFile);
        return List.of(energyFile, temperatureFile);
    }

    private static XYChart chart(String title, String yTitle) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle("time (fs)")
                .yAxisTitle(yTitle).build();
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNE);
        return chart;
    }

    private static void line(XYSeries series) {
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        series.setMarker(SeriesMarkers.NONE);
    }
}
