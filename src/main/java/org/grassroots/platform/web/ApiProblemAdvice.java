package org.grassroots.platform.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.grassroots.common.InvalidIdException;
import org.grassroots.platform.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * RFC 9457 problem details for every REST controller. Validation failures list each field with its
 * reason; anything unexpected becomes a 500 problem without internals, and is logged.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE) // modules' own API advice comes first
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "The request has invalid fields.");
        problem.setProperty("errors", fieldErrors(ex.getFieldErrors()));
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = ex.getCause() instanceof JacksonException json
                ? json.getPath().stream()
                        .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                        .collect(Collectors.joining("."))
                : "";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status, field.isEmpty() ? "The request body is not valid JSON." : "The request has an invalid field.");
        if (!field.isEmpty()) {
            String reason = ex.getCause() instanceof InvalidFormatException invalid
                            && invalid.getValue() instanceof String text
                            && text.indexOf('\0') >= 0
                    ? "contains a NUL character (\\u0000)"
                    : "has the wrong type or an unknown value";
            problem.setProperty("errors", List.of(Map.of("field", field, "reason", reason)));
        }
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    /** A query or path parameter that does not convert: named, with the values it takes. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ParameterTypes.detail(ex));
        problem.setProperty(
                "errors", List.of(Map.of("field", ParameterTypes.name(ex), "reason", ParameterTypes.reason(ex))));
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> handleApiProblem(ApiProblem problem) {
        return ResponseEntity.status(problem.getStatusCode()).body(problem.getBody());
    }

    @ExceptionHandler(InvalidIdException.class)
    ResponseEntity<ProblemDetail> handleInvalidId(InvalidIdException invalid) {
        return handleApiProblem(ApiProblem.notFound(invalid.kind(), invalid.value()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> handleForbidden(AccessDeniedException ex) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your account may not do this."));
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
