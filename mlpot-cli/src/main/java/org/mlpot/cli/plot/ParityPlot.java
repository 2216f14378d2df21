package org.mlpot.cli.plot;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A parity plot: predicted against reference values, one dot each, with the diagonal, and the MAE and
 * RMSE in the legend. 800×800 pixels.
 */
public final class ParityPlot {
    /** Width and height of the image, pixels. */
    public static final int SIZE = 800;

    private ParityPlot() {
    }

    /**
     * Writes the plot.
     *
     * @param what the quantity and its unit for the axes, e.g. "energy per atom (eV/atom)"
     * @param reference the reference values; not modified
     * @param predicted the predictions, as many; not modified
     * @param unitScale factor from the values' unit to the unit shown in the legend (e.g. 1000 for meV)
     * @param legendUnit the legend's unit, e.g. "meV/atom"
     */
    public static void write(Path file, String title, String what, double[] reference, double[] predicted, double unitScale,
                             String legendUnit) {
        Objects.requireNonNull(file, "file is null");
        if (reference.length != predicted.length || reference.length == 0) {
            throw new IllegalArgumentException("a parity plot needs as many predictions as references, and some: "
                    + reference.length + " and " + predicted.length);
        }
        double absolute = 0;
        double squares = 0;
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < reference.length; k++) {
            double e = predicted[k] - reference[k];
            absolute += Math.abs(e);
            squares += e * e;
            low = Math.min(low, Math.min(reference[k], predicted[k]));
            high = Math.max(high, Math.max(reference[k], predicted[k]));
        }
        double mae = unitScale * absolute / reference.length;
        double rmse = unitScale * Math.sqrt(squares / reference.length);
        XYChart chart = new XYChartBuilder().width(SIZE).height(SIZE).title(title)
                .xAxisTitle("reference " + what).yAxisTitle("predicted " + what).build();
        chart.getStyler().setMarkerSize(3);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
        XYSeries points = chart.addSeries(String.format(Locale.ROOT, "%d values: MAE %.3g, RMSE %.3g %s", reference.length,
                mae, rmse, legendUnit), reference, predicted);
        points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        points.setMarker(SeriesMarkers.CIRCLE);
        XYSeries diagonal = chart.addSeries("predicted = reference", new double[] {low, high}, new double[] {low, high});
        diagonal.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        diagonal.setMarker(SeriesMarkers.NONE);
        PngCharts.write(chart, file);
    }
}
