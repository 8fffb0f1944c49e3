package org.grassroots.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.grassroots.common.InvalidIdException;
import org.grassroots.platform.ErrorPages;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page asked for in a way no page can answer gets the friendly error page with its reason: an
 * id nothing can have ({@code /producer/products/0/edit}) is "not found", like any id that names
 * nothing; a parameter or form field that does not convert ({@code ?cycle=abc}) or is missing is a
 * 400 that names it and what it takes. Runs before Spring's own resolvers, which would answer with a
 * bare status; REST controllers are left to {@link ApiProblemAdvice}.
 */
@Component
class PageRequestErrors implements HandlerExceptionResolver, Ordered {

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!(handler instanceof HandlerMethod method)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), RestController.class)) {
            return null;
        }
        if (ex instanceof InvalidIdException) {
            return ErrorPages.page(HttpStatus.NOT_FOUND, null);
        }
        if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
            return ErrorPages.page(HttpStatus.BAD_REQUEST, ParameterTypes.detail(mismatch));
        }
        if (ex instanceof MissingServletRequestParameterException missing) {
            return ErrorPages.page(HttpStatus.BAD_REQUEST, missing.getParameterName() + " is required.");
        }
        if (ex instanceof BindException binding) {
            // a form field that the form record cannot hold (fulfilment=PICKUP where an id belongs); a
            // browser never sends one, so there is no form to show it on
            FieldError field = binding.getFieldError();
            if (field != null && field.contains(TypeMismatchException.class)) {
                return ErrorPages.page(
                        HttpStatus.BAD_REQUEST, ParameterTypes.detail(field.unwrap(TypeMismatchException.class)));
            }
        }
        return null;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
