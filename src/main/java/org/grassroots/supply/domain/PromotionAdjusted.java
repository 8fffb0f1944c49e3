package org.grassroots.supply.domain;

import java.util.Arrays;
import java.util.List;

/**
 * Demand with planned promotions: each week's promotion (a code such as feature, display or a
 * temporary price reduction, and their combinations) multiplies demand. The history is divided by
 * each week's multiplier, a base forecaster forecasts the result, and the forecast is multiplied
 * by the planned promotions of the forecast weeks, which are known in advance.
 *
 * <p>A series' multiplier for a promotion is its own mean demand in those weeks over its mean in
 * weeks without one, shrunk towards the multiplier across all series by {@link #SHRINK} weeks'
 * worth of weight, so a series with two promotion weeks does not trust them blindly.
 */
public final class PromotionAdjusted {

    /** Codes are below this: feature + 2 × display + 4 × price reduction. */
    public static final int CODES = 8;

    static final double SHRINK = 4;

    private final double[] global;

    private PromotionAdjusted(double[] global) {
        this.global = global;
    }

    /**
     * Learns the multipliers across series from their histories only.
     *
     * @param histories each series' points before its first forecast origin
     * @param codes each series' promotion codes, at least as long as its history
     */
    public static PromotionAdjusted learn(List<double[]> histories, List<int[]> codes) {
        double[] logSum = new double[CODES];
        int[] count = new int[CODES];
        for (int i = 0; i < histories.size(); i++) {
            double[] ratios = ratios(histories.get(i), codes.get(i));
            for (int c = 1; c < CODES; c++) {
                if (!Double.isNaN(ratios[c]) && ratios[c] > 0) {
                    logSum[c] += Math.log(ratios[c]);
                    count[c]++;
                }
            }
        }
        double[] global = new double[CODES];
        Arrays.fill(global, 1);
        for (int c = 1; c < CODES; c++) {
            if (count[c] > 0) {
                global[c] = Math.exp(logSum[c] / count[c]);
            }
        }
        return new PromotionAdjusted(global);
    }

    /** The multiplier across series for a promotion code; 1 for none. */
    public double global(int code) {
        return global[code];
    }

    /** A forecaster for one series whose promotion codes (history and forecast weeks) are known. */
    public Forecaster forSeries(Forecaster base, int[] codes) {
        return new Forecaster() {
            @Override
            public String name() {
                return base.name();
            }

            @Override
            public Forecast forecast(double[] y, int horizon, int season) {
                double[] m = multipliers(y, codes);
                double[] plain = new double[y.length];
                for (int t = 0; t < y.length; t++) {
                    plain[t] = y[t] / m[codes[t]];
                }
                Forecast f = base.forecast(plain, horizon, season);
                double[] p50 = new double[horizon];
                double[] p90 = new double[horizon];
                for (int h = 0; h < horizon; h++) {
                    int t = y.length + h;
                    double k = t < codes.length ? m[codes[t]] : 1;
                    p50[h] = f.p50()[h] * k;
                    p90[h] = f.p90()[h] * k;
                }
                return new Forecast(p50, p90);
            }
        };
    }

    /** This series' multipliers, shrunk towards the global ones. */
    double[] multipliers(double[] y, int[] codes) {
        int[] n = new int[CODES];
        double[] sum = new double[CODES];
        for (int t = 0; t < y.length; t++) {
            n[codes[t]]++;
            sum[codes[t]] += y[t];
        }
        double[] m = new double[CODES];
        m[0] = 1;
        double base = n[0] == 0 ? 0 : sum[0] / n[0];
        for (int c = 1; c < CODES; c++) {
            double own = base > 0 && n[c] > 0 ? (sum[c] / n[c]) / base : global[c];
            m[c] = Math.max(0.05, (n[c] * own + SHRINK * global[c]) / (n[c] + SHRINK));
        }
        return m;
    }

    /** Mean demand with each code over mean demand without one; NaN where there is none. */
    private static double[] ratios(double[] y, int[] codes) {
        int[] n = new int[CODES];
        double[] sum = new double[CODES];
        for (int t = 0; t < y.length; t++) {
            n[codes[t]]++;
            sum[codes[t]] += y[t];
        }
        double[] r = new double[CODES];
        double base = n[0] == 0 ? 0 : sum[0] / n[0];
        for (int c = 0; c < CODES; c++) {
            r[c] = base > 0 && n[c] > 0 ? (sum[c] / n[c]) / base : Double.NaN;
        }
        return r;
    }
}
