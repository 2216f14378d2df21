package org.mlpot.cli.plot;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** A histogram of prediction errors (predicted − reference), 60 bins over their range. 800×600 pixels. */
public final class ErrorHistogram {
    /** Width of the image, pixels. */
    public static final int WIDTH = 800;
    /** Height of the image, pixels. */
    public static final int HEIGHT = 600;
    private static final int BINS = 60;

    private ErrorHistogram() {
    }

    /**
     * Writes the histogram.
     *
     * @param errors the errors, in the unit {@code unit} names; not modified
     */
    public static void write(Path file, String title, String unit, double[] errors) {
        Objects.requireNonNull(file, "file is null");
        if (errors.length == 0) {
            throw new IllegalArgumentException("a histogram needs at least one error");
        }
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double e : errors) {
            low = Math.min(low, e);
            high = Math.max(high, e);
        }
        double width = high > low ? (high - low) / BINS : 1;
        double[] counts = new double[BINS];
        for (double e : errors) {
            counts[Math.min(BINS - 1, (int) ((e - low) / width))]++;
        }
        double[] centres = new double[BINS];
        for (int b = 0; b < BINS; b++) {
            centres[b] = low + (b + 0.5) * width;
        }
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("error (" + unit + ")").yAxisTitle("count").build();
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNE);
        chart.getStyler().setXAxisDecimalPattern("0.###");
        XYSeries series = chart.addSeries(String.format(Locale.ROOT, "%d errors, bin width %.3g %s", errors.length, width, unit),
                centres, counts);
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.StepArea);
        series.setMarker(SeriesMarkers.NONE);
        PngCharts.write(chart, file);
    }
}
