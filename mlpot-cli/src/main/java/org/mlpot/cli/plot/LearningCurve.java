package org.mlpot.cli.plot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.mlpot.nn.train.EpochMetrics;
import org.mlpot.nn.train.ErrorSums;

/**
 * Training and validation errors per epoch on a logarithmic axis: energy RMSE (meV/atom) and force
 * RMSE (meV/Å), one line each. 900×600 pixels.
 */
public final class LearningCurve {
    /** Width of the image, pixels. */
    public static final int WIDTH = 900;
    /** Height of the image, pixels. */
    public static final int HEIGHT = 600;

    private LearningCurve() {
    }

    /**
     * Writes the curve of {@code epochs}.
     *
     * @throws IllegalArgumentException when there are no epochs
     */
    public static void write(Path file, String title, List<EpochMetrics> epochs) {
        Objects.requireNonNull(file, "file is null");
        if (epochs.isEmpty()) {
            throw new IllegalArgumentException("a learning curve needs at least one epoch");
        }
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("epoch").yAxisTitle("RMSE (meV/atom, meV/Å)").build();
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setMarkerSize(4);
        add(chart, "train energy (meV/atom)", epochs, false, true);
        add(chart, "train forces (meV/Å)", epochs, false, false);
        add(chart, "validation energy (meV/atom)", epochs, true, true);
        add(chart, "validation forces (meV/Å)", epochs, true, false);
        PngCharts.write(chart, file);
    }

    private static void add(XYChart chart, String name, List<EpochMetrics> epochs, boolean validation, boolean energy) {
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (EpochMetrics m : epochs) {
            ErrorSums sums = validation ? m.validation() : m.train();
            if (sums == null) {
                continue;
            }
            double value = 1000 * (energy ? sums.energyRmse() : sums.forceRmse());
            if (Double.isFinite(value) && value > 0) {
                x.add((double) m.epoch());
                y.add(value);
            }
        }
        if (!x.isEmpty()) {
            XYSeries series = chart.addSeries(name, x, y);
            series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            series.setMarker(energy ? SeriesMarkers.CIRCLE : SeriesMarkers.DIAMOND);
        }
    }
}
