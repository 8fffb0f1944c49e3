package org.grassroots.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param demo load the demo market into an empty database on start ({@code --grassroots.demo=false} to start empty)
 * @param demoSeed the seed of the generator; the same seed gives the same market
 * @param demoShoppers how many simulated households to create
 * @param demoWeeks how many weeks of order history to simulate
 */
@ConfigurationProperties("grassroots")
record DemoSettings(
        @DefaultValue("true") boolean demo,
        @DefaultValue("20261121") long demoSeed,
        @DefaultValue("200") int demoShoppers,
        @DefaultValue("26") int demoWeeks) {}
