package org.grassroots.supply.domain;

/**
 * The Croston method for intermittent demand in the form of Teunter, Syntetos and Babai (TSB). It
 * smooths the probability that a period has demand and the size of demand when there is some, and
 * forecasts their product. Unlike the original Croston method, the probability decays through long
 * runs of zeros, so a product that stopped selling is forecast to stay low. Both smoothing weights
 * are chosen on a grid by one-step squared error.
 */
public final class Tsb implements Forecaster {

    private static final double[] WEIGHTS = {0.02, 0.05, 0.1, 0.2, 0.3, 0.5};

    @Override
    public String name() {
        return "croston";
    }

    @Override
    public Forecast forecast(double[] y, int horizon, int season) {
        int nonZero = 0;
        double sizeSum = 0;
        for (double v : y) {
            if (v > 0) {
                nonZero++;
                sizeSum += v;
            }
        }
        double p0 = Math.max(1e-3, (double) nonZero / y.length);
        double z0 = nonZero == 0 ? 0 : sizeSum / nonZero;
        double bestSse = Double.POSITIVE_INFINITY;
        double[] best = {0, 0, p0, z0};
        for (double alpha : WEIGHTS) {
            for (double beta : WEIGHTS) {
                double p = p0;
                double z = z0;
                double sse = 0;
                for (double v : y) {
                    double e = v - p * z;
                    sse += e * e;
                    if (v > 0) {
                        p += beta * (1 - p);
                        z += alpha * (v - z);
                    } else {
                        p -= beta * p;
                    }
                }
                if (sse < bestSse) {
                    bestSse = sse;
                    best = new double[] {alpha, beta, p, z};
                }
            }
        }
        double[] point = new double[horizon];
        java.util.Arrays.fill(point, best[2] * best[3]);
        return Forecast.of(point, Math.sqrt(bestSse / y.length), h -> 1);
    }
}
