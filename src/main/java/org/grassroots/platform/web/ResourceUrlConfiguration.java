package org.grassroots.platform.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Switches off the filter that rewrites every link on a page to a versioned resource URL. The
 * WebJars locator turns it on, but no asset here uses versioned URLs, and on a shop page with a
 * hundred links it cost more than the page's database queries.
 */
@Configuration(proxyBeanMethods = false)
class ResourceUrlConfiguration {

    /** Boot's Thymeleaf auto-configuration registers the filter only when no registration exists. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
