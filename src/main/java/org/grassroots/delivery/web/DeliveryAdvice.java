package org.grassroots.delivery.web;

import org.grassroots.delivery.application.DeliveryProblem;
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

/** Delivery problems: problem+json naming the field from the API, the error page on pages. */
final class DeliveryAdvice {

    private DeliveryAdvice() {}

    static HttpStatus status(DeliveryProblem problem) {
        return switch (problem.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
    }

    @RestControllerAdvice(assignableTypes = DeliveryApiController.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Api {
        @ExceptionHandler(DeliveryProblem.class)
        ResponseEntity<ProblemDetail> problem(DeliveryProblem problem) {
            HttpStatus status = status(problem);
            return ResponseEntity.status(status).body(ApiErrors.problem(status, problem.field(), problem.getMessage()));
        }
    }

    @ControllerAdvice(assignableTypes = DeliveriesController.class)
    static class Pages {
        @ExceptionHandler(DeliveryProblem.class)
        ModelAndView problem(DeliveryProblem problem) {
            return ErrorPages.page(status(problem), problem.getMessage());
        }
    }
}
