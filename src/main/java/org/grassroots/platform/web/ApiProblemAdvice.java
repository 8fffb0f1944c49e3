package org.grassroots.platform.web;

import java.util.List;
import java.util.Map;
import org.grassroots.platform.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem details for every REST controller. Validation failures list each field with its
 * reason; anything unexpected becomes a 500 problem without internals, and is logged.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "The request has invalid fields.");
        problem.setProperty("errors", fieldErrors(ex.getFieldErrors()));
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> handleApiProblem(ApiProblem problem) {
        return ResponseEntity.status(problem.getStatusCode()).body(problem.getBody());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception ex) {
        log.error("Unexpected error in API call", ex);
        return ResponseEntity.internalServerError()
                .body(ProblemDetail.forStatusAndDetail(
                        HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side."));
    }

    private static List<Map<String, String>> fieldErrors(List<FieldError> errors) {
        return errors.stream()
                .map(e -> Map.of(
                        "field",
                        e.getField(),
                        "reason",
                        e.getDefaultMessage() == null ? "is invalid" : e.getDefaultMessage()))
                .toList();
    }
}
