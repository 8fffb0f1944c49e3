package org.grassroots.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.grassroots.common.InvalidIdException;
import org.grassroots.platform.ErrorPages;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page asked for with an id nothing can have ({@code /producer/products/0/edit}) is "not found",
 * like any other id that names nothing. Runs after the controller advice, so the API's problem
 * documents ({@link ApiProblemAdvice}) and modules' own handlers come first.
 */
@Component
class InvalidIdPages implements HandlerExceptionResolver, Ordered {

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        return ex instanceof InvalidIdException ? ErrorPages.page(HttpStatus.NOT_FOUND, null) : null;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
