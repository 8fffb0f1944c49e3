package org.grassroots.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.ModelAndView;

class ErrorPageControllerTest {

    private final ErrorPageController errors = new ErrorPageController(DataSize.ofMegabytes(20));

    @Test
    void anUploadOverTheLimitSaysWhatTheLimitIs() {
        ModelAndView page = (ModelAndView) errors.error(errorFor("/producer/import", 413));

        assertThat(page.getStatus().value()).isEqualTo(413);
        assertThat(page.getModel()).containsEntry("reason", "The file is too large: it may have at most 20 MB.");
    }

    @Test
    void otherClientErrorsKeepTheGeneralText() {
        ModelAndView page = (ModelAndView) errors.error(errorFor("/producer/import", 400));

        assertThat(page.getModel()).doesNotContainKey("reason");
    }

    private static MockHttpServletRequest errorFor(String path, int status) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/error");
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, path);
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        return request;
    }
}
