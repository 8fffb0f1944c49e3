package org.grassroots.shopper.web;

import org.grassroots.platform.ApiErrors;
import org.grassroots.platform.ErrorPages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.ModelAndView;

/**
 * A personal-shopper request that cannot be answered: an unknown hub, no open cycle, a bad
 * budget. The API answers with problem+json naming the field; pages show the error page.
 */
class ShopperProblem extends RuntimeException {

    final HttpStatus status;
    final String field;

    private ShopperProblem(HttpStatus status, String field, String reason) {
        super(reason);
        this.status = status;
        this.field = field;
    }

    static ShopperProblem noSuchShop(String slug) {
        return new ShopperProblem(HttpStatus.NOT_FOUND, "hub", "There is no shop called '" + slug + "'.");
    }

    static ShopperProblem closed() {
        return new ShopperProblem(HttpStatus.CONFLICT, "hub", "This shop has no order cycle open now.");
    }

    static ShopperProblem invalid(String field, String reason) {
        return new ShopperProblem(HttpStatus.BAD_REQUEST, field, reason);
    }

    @RestControllerAdvice(assignableTypes = SuggestionsApiController.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class ApiAdvice {
        @ExceptionHandler(ShopperProblem.class)
        ResponseEntity<ProblemDetail> problem(ShopperProblem e) {
            return ResponseEntity.status(e.status).body(ApiErrors.problem(e.status, e.field, e.getMessage()));
        }
    }

    @ControllerAdvice(assignableTypes = {BasketController.class, ShopperSettingsController.class})
    static class PageAdvice {
        @ExceptionHandler(ShopperProblem.class)
        ModelAndView problem(ShopperProblem e) {
            return ErrorPages.page(e.status, e.getMessage());
        }
    }
}
