package org.grassroots.supply.domain;

/**
 * Exponential smoothing with additive errors, chosen per series: no trend, additive trend or
 * damped trend, each with or without additive seasonality (Holt-Winters), six models in all. Each
 * model's smoothing parameters are found on a grid by least squares over the history; the model
 * with the lowest AICc wins. Seasonal models need two full seasons of history.
 */
public final class Ets implements Forecaster {

    private static final double[] ALPHAS = {0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9};
    private static final double[] BETAS = {0.01, 0.05, 0.1, 0.2};
    private static final double[] PHIS = {0.8, 0.9, 0.98};
    private static final double[] GAMMAS = {0.01, 0.05, 0.1, 0.2};

    enum Trend {
        NONE,
        ADDITIVE,
        DAMPED
    }

    /** A fitted model: its form, parameters, final states, one-step error spread and AICc. */
    record Fit(
            Trend trend,
            boolean seasonal,
            double alpha,
            double beta,
            double phi,
            double gamma,
            double level,
            double slope,
            double[] seasonals,
            double sigma,
            double aicc) {}

    @Override
    public String name() {
        return "ets";
    }

    @Override
    public Forecast forecast(double[] y, int horizon, int season) {
        Fit best = fit(y, season);
        return forecast(best, horizon, season);
    }

    static Forecast forecast(Fit f, int horizon, int season) {
        double[] point = new double[horizon];
        double damp = 0;
        double phiPower = 1;
        for (int h = 1; h <= horizon; h++) {
            phiPower *= f.phi();
            damp += f.trend() == Trend.NONE ? 0 : phiPower;
            double s = f.seasonal() ? f.seasonals()[(h - 1) % season] : 0;
            point[h - 1] = f.level() + damp * f.slope() + s;
        }
        double a2 = f.alpha() * f.alpha();
        return Forecast.of(point, f.sigma(), h -> Math.sqrt(1 + (h - 1) * a2));
    }

    /** The best of the six models by AICc. */
    static Fit fit(double[] y, int season) {
        Fit best = null;
        boolean seasonalPossible = season > 1 && y.length >= 2 * season + 2;
        for (boolean seasonal : seasonalPossible ? new boolean[] {false, true} : new boolean[] {false}) {
            for (Trend trend : Trend.values()) {
                if (trend != Trend.NONE && y.length < 4) {
                    continue;
                }
                Fit f = fit(y, season, trend, seasonal);
                if (f != null && (best == null || f.aicc() < best.aicc())) {
                    best = f;
                }
            }
        }
        return best;
    }

    private static Fit fit(double[] y, int season, Trend trend, boolean seasonal) {
        int s = seasonal ? season : 1;
        double level0;
        double slope0 = 0;
        double[] seasonals0 = new double[s];
        if (seasonal) {
            level0 = Stats.mean(y, 0, s);
            if (trend != Trend.NONE) {
                slope0 = (Stats.mean(y, s, 2 * s) - level0) / s;
            }
            for (int i = 0; i < s; i++) {
                seasonals0[i] = y[i] - level0;
            }
        } else {
            level0 = y[0];
            if (trend != Trend.NONE) {
                slope0 = y.length > 1 ? y[1] - y[0] : 0;
            }
        }
        double[] betas = trend == Trend.NONE ? new double[] {0} : BETAS;
        double[] phis = trend == Trend.DAMPED ? PHIS : new double[] {1};
        double[] gammas = seasonal ? GAMMAS : new double[] {0};
        double bestSse = Double.POSITIVE_INFINITY;
        double[] bestParams = null;
        double[] state = new double[2 + s];
        for (double alpha : ALPHAS) {
            for (double beta : betas) {
                if (beta > alpha) {
                    continue;
                }
                for (double phi : phis) {
                    for (double gamma : gammas) {
                        if (gamma > 1 - alpha) {
                            continue;
                        }
                        double sse = run(
                                y,
                                s,
                                trend != Trend.NONE,
                                seasonal,
                                alpha,
                                beta,
                                phi,
                                gamma,
                                level0,
                                slope0,
                                seasonals0,
                                state);
                        if (sse < bestSse) {
                            bestSse = sse;
                            bestParams = new double[] {alpha, beta, phi, gamma};
                        }
                    }
                }
            }
        }
        if (bestParams == null) {
            return null;
        }
        run(
                y,
                s,
                trend != Trend.NONE,
                seasonal,
                bestParams[0],
                bestParams[1],
                bestParams[2],
                bestParams[3],
                level0,
                slope0,
                seasonals0,
                state);
        int n = y.length;
        int k = 1
                + (trend == Trend.NONE ? 0 : 1)
                + (trend == Trend.DAMPED ? 1 : 0)
                + (seasonal ? 1 : 0)
                + 1
                + (trend == Trend.NONE ? 0 : 1)
                + (seasonal ? s - 1 : 0);
        double sse = Math.max(bestSse, 1e-9);
        double aicc = n - k - 1 > 0
                ? n * Math.log(sse / n) + 2 * k + 2.0 * k * (k + 1) / (n - k - 1)
                : Double.POSITIVE_INFINITY;
        // the seasonal states in the order the next points need them
        double[] next = new double[s];
        for (int i = 0; i < s; i++) {
            next[i] = seasonal ? state[2 + (n + i) % s] : 0;
        }
        return new Fit(
                trend,
                seasonal,
                bestParams[0],
                bestParams[1],
                bestParams[2],
                bestParams[3],
                state[0],
                state[1],
                next,
                Math.sqrt(sse / n),
                aicc);
    }

    /**
     * Runs the recursions over y; returns the sum of squared one-step errors and leaves the final
     * level, slope and seasonal states (indexed by time mod s) in {@code state}.
     */
    private static double run(
            double[] y,
            int s,
            boolean trended,
            boolean seasonal,
            double alpha,
            double beta,
            double phi,
            double gamma,
            double level0,
            double slope0,
            double[] seasonals0,
            double[] state) {
        double level = level0;
        double slope = trended ? slope0 : 0;
        System.arraycopy(seasonals0, 0, state, 2, s);
        double sse = 0;
        for (int t = 0; t < y.length; t++) {
            double seasonalState = seasonal ? state[2 + t % s] : 0;
            double forecast = level + phi * slope + seasonalState;
            double e = y[t] - forecast;
            sse += e * e;
            level = level + phi * slope + alpha * e;
            if (trended) {
                slope = phi * slope + beta * e;
            }
            if (seasonal) {
                state[2 + t % s] = seasonalState + gamma * e;
            }
        }
        state[0] = level;
        state[1] = slope;
        return sse;
    }
}
