package org.grassroots.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** The error page every module's pages show: the status, its kind, and a reason people can read. */
public final class ErrorPages {

    private ErrorPages() {}

    /** @param reason shown under the heading; null for the kind's general text */
    public static ModelAndView page(HttpStatus status, String reason) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject(
                "kind",
                status.is4xxClientError() ? (status == HttpStatus.NOT_FOUND ? "not-found" : "client") : "server");
        if (reason != null) {
            page.addObject("reason", reason);
        }
        return page;
    }
}
