package org.grassroots.safety.web;

import org.grassroots.platform.ApiErrors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** An allergen, diet, claim or severity code the API does not know: a 400 that names the field. */
class UnknownCode extends RuntimeException {

    final String field;

    UnknownCode(String field, String reason) {
        super(reason);
        this.field = field;
    }

    @RestControllerAdvice(assignableTypes = {HouseholdApiController.class, SafetyApiController.class})
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Advice {
        @ExceptionHandler(UnknownCode.class)
        ResponseEntity<ProblemDetail> unknown(UnknownCode e) {
            return ResponseEntity.badRequest().body(ApiErrors.problem(HttpStatus.BAD_REQUEST, e.field, e.getMessage()));
        }
    }
}
