package org.grassroots.platform.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.UrlHandlerFilter;

/**
 * An address with a trailing slash ({@code /hub/}, typed or pasted) is redirected to the same address
 * without it. Spring MVC no longer matches the two alike, so it would otherwise be a 404.
 */
@Configuration(proxyBeanMethods = false)
class TrailingSlashConfiguration {

    @Bean
    FilterRegistrationBean<UrlHandlerFilter> trailingSlashFilter() {
        FilterRegistrationBean<UrlHandlerFilter> registration =
                new FilterRegistrationBean<>(UrlHandlerFilter.trailingSlashHandler("/**")
                        .redirect(HttpStatus.PERMANENT_REDIRECT)
                        .build());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50); // before Spring Security, as UrlHandlerFilter asks
        return registration;
    }
}
