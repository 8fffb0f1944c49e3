package org.grassroots.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.grassroots.platform.ErrorPages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The one place errors end up when no handler dealt with them: a friendly page for people, and
 * {@code application/problem+json} for anything under {@code /api}. Neither ever shows internals.
 */
@Controller
class ErrorPageController implements ErrorController {

    /** A request attribute: the problem to answer with, set by a filter that refused the request. */
    static final String PROBLEM = ErrorPageController.class.getName() + ".problem";

    private final String tooLarge;

    ErrorPageController(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
        this.tooLarge = "The file is too large: it may have at most " + maxFileSize.toMegabytes() + " MB.";
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        ProblemDetail refused = request.getAttribute(PROBLEM) instanceof ProblemDetail p ? p : null;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString();
        if (path.startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = refused != null ? refused : ProblemDetail.forStatus(status);
            problem.setInstance(URI.create(path));
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        if (refused != null) {
            return ErrorPages.page(status, refused.getDetail());
        }
        return ErrorPages.page(status, status == HttpStatus.CONTENT_TOO_LARGE ? tooLarge : null);
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
