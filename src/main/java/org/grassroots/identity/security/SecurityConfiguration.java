package org.grassroots.identity.security;

import jakarta.servlet.DispatcherType;
import org.grassroots.identity.persistence.UserRepository;
import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Who may see what. Pages are public unless they belong to a role's workspace; forms keep CSRF
 * protection; {@code /api/**} answers 401 with a problem document instead of a login redirect.
 */
@Configuration(proxyBeanMethods = false)
// Spring Session's own cleanup thread can fire before Flyway has created its tables; SessionCleanup
// runs the same cleanup on the application scheduler, which starts once the context is ready.
@EnableJdbcHttpSession(cleanupCron = Scheduled.CRON_DISABLED)
class SecurityConfiguration {

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokens tokens, UserRepository users)
            throws Exception {
        AuthenticationEntryPoint apiEntryPoint = (request, response, e) -> {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                            + "\"detail\":\"Sign in, or send an API token or HTTP Basic credentials.\"}");
        };
        http.addFilterBefore(new ApiTokenFilter(tokens, users), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(apiEntryPoint))
                // The CSRF token lives in a cookie, not in the session, so viewing a page never writes a
                // session row. Calls that carry their own credentials cannot be forged by another site.
                .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository())
                        .ignoringRequestMatchers(request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null
                                && request.getRequestURI().startsWith(request.getContextPath() + "/api/")))
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                PathRequest.toStaticResources().atCommonLocations())
                        .permitAll()
                        .requestMatchers("/webjars/**", "/assets/**", "/images/**")
                        .permitAll()
                        .requestMatchers("/", "/login", "/register", "/error", "/actuator/health", "/actuator/info")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/shop", "/shop/**", "/producers/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/shop/area")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.GET,
                                "/api/v1/producers",
                                "/api/v1/producers/*",
                                "/api/v1/categories",
                                "/api/v1/cycles",
                                "/api/v1/cycles/*",
                                "/api/v1/cycles/*/products",
                                "/api/v1/products/*",
                                "/api/v1/products/*/safety")
                        .permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/api/v1/producer/**")
                        .hasRole("PRODUCER")
                        .requestMatchers("/api/v1/hub/**")
                        .hasRole("HUB_MANAGER")
                        .requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/producer/**")
                        .hasRole("PRODUCER")
                        .requestMatchers("/hub/**")
                        .hasRole("HUB_MANAGER")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .usernameParameter("email")
                        .defaultSuccessUrl("/", false)
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/?signedOut").permitAll())
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        apiEntryPoint, PathPatternRequestMatcher.withDefaults().matcher("/api/**")))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(
                                permissions -> permissions.policy("geolocation=(self), camera=(), microphone=()")));
        return http.build();
    }

    /**
     * Nothing exports traces or metrics of Spring Security, so its filter chain is not wrapped in an
     * observation per filter, nor authentication and authorization in one each, on every request.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** BCrypt today, behind a delegating encoder so stored hashes can move to a newer scheme. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The session filter on error and async dispatches too, so an error page still knows who is
     * signed in (Boot's default registration covers plain requests only).
     */
    @Bean
    FilterRegistrationBean<SessionRepositoryFilter<?>> sessionRepositoryFilterRegistration(
            SessionRepositoryFilter<?> filter) {
        FilterRegistrationBean<SessionRepositoryFilter<?>> registration = new FilterRegistrationBean<>(filter);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER);
        return registration;
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }
}
