package org.mlpot.gp.sparse;

import java.util.SplittableRandom;

/** Seeded point sets and measures shared by the selector tests. */
final class TestData {

    private TestData() {
    }

    /** N rows of D independent standard normal components. */
    static double[][] gaussian(int n, int d, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] rows = new double[n][d];
        for (double[] row : rows) {
            for (int a = 0; a < d; a++) {
                row[a] = random.nextGaussian();
            }
        }
        return rows;
    }

    /**
     * SOAP-like rows: non-negative, unit length, from 50 clusters in a 20-dimensional latent space
     * mixed into D components, plus 0.01 noise.
     */
    static double[][] soapLike(int n, int d, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int latent = 20;
        double[][] mixing = new double[latent][d];
        for (double[] column : mixing) {
            for (int a = 0; a < d; a++) {
                column[a] = random.nextGaussian();
            }
        }
        double[][] centres = gaussian(50, latent, seed + 1);
        double[] z = new double[latent];
        double[][] rows = new double[n][d];
        for (double[] row : rows) {
            double[] centre = centres[random.nextInt(centres.length)];
            for (int l = 0; l < latent; l++) {
                z[l] = 3 * centre[l] + random.nextGaussian();
            }
            double norm = 0;
            for (int a = 0; a < d; a++) {
                double s = 0;
                for (int l = 0; l < latent; l++) {
                    s += z[l] * mixing[l][a];
                }
                row[a] = Math.abs(s) + 0.01 * random.nextGaussian();
                norm += row[a] * row[a];
            }
            norm = Math.sqrt(norm);
            for (int a = 0; a < d; a++) {
                row[a] /= norm;
            }
        }
        return rows;
    }

    /** Euclidean distance. */
    static double distance(double[] x, double[] y) {
        double sum = 0;
        for (int a = 0; a < x.length; a++) {
            double d = x[a] - y[a];
            sum += d * d;
        }
        return Math.sqrt(sum);
    }

    /** Largest distance from any row to its nearest chosen row. */
    static double coverageRadius(double[][] rows, int[] chosen) {
        double worst = 0;
        for (double[] row : rows) {
            double best = Double.POSITIVE_INFINITY;
            for (int c : chosen) {
                best = Math.min(best, distance(row, rows[c]));
            }
            worst = Math.max(worst, best);
        }
        return worst;
    }

    /** Smallest distance between two chosen rows. */
    static double closestPair(double[][] rows, int[] chosen) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < chosen.length; i++) {
            for (int j = 0; j < i; j++) {
                best = Math.min(best, distance(rows[chosen[i]], rows[chosen[j]]));
            }
        }
        return best;
    }
}
