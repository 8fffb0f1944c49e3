package org.grassroots.supply.domain;

/** Forecasts a series' next points from its history alone (oldest first). */
public interface Forecaster {

    /** A short name for reports, e.g. {@code snaive}. */
    String name();

    /**
     * @param history the observations before the forecast origin, oldest first; at least one
     * @param horizon how many points ahead
     * @param season the seasonal period in points (7 for daily data with a weekly cycle), at least 1
     */
    Forecast forecast(double[] history, int horizon, int season);
}
