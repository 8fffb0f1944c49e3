package org.grassroots.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in the market's time zone; tests replace it to fix "now". */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TimeConfiguration.MarketTime.class)
class TimeConfiguration {

    @Bean
    Clock clock(MarketTime time) {
        return Clock.system(time.timeZone());
    }

    /** @param timeZone where order cycles open and close and seasons turn */
    @ConfigurationProperties("grassroots.market")
    record MarketTime(@DefaultValue("Europe/London") ZoneId timeZone) {}
}
