package org.grassroots.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.grassroots.platform.ApiErrors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose query or form parameters contain a NUL character, naming the parameter.
 * PostgreSQL cannot store or even compare one in text, so it would otherwise fail deep in a query
 * as a 500. It runs before Spring Security, so the sign-in form is covered too. (JSON bodies are
 * checked as they are read, by {@link NulCharacterJson}.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100) // after character decoding and sessions, before Spring Security (-100)
class NulCharacterFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String parameter = withNul(request.getParameterMap());
        if (parameter == null) {
            chain.doFilter(request, response);
            return;
        }
        String field = parameter.replace("\0", "");
        request.setAttribute(
                ErrorPageController.PROBLEM,
                ApiErrors.problem(HttpStatus.BAD_REQUEST, field, field + " contains a NUL character (\\u0000)."));
        response.sendError(HttpStatus.BAD_REQUEST.value());
    }

    private static String withNul(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (parameter.getKey().indexOf('\0') >= 0) {
                return parameter.getKey();
            }
            for (String value : parameter.getValue()) {
                if (value.indexOf('\0') >= 0) {
                    return parameter.getKey();
                }
            }
        }
        return null;
    }
}
