package org.grassroots.market.web;

import org.grassroots.market.application.MarketProblem;
import org.grassroots.platform.ApiErrors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Market problems in the API: problem+json naming the field and the reason. */
// Selectors of an advice are OR-ed: naming a package too would catch page controllers as well.
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class MarketApiAdvice {

    @ExceptionHandler(MarketProblem.class)
    ResponseEntity<ProblemDetail> problem(MarketProblem problem) {
        return ResponseEntity.status(problem.status())
                .body(ApiErrors.problem(problem.status(), problem.field(), problem.getMessage()));
    }
}
