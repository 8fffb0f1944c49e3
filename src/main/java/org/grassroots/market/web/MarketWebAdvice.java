package org.grassroots.market.web;

import org.grassroots.market.application.MarketProblem;
import org.grassroots.platform.ErrorPages;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Market problems on pages: the error page with the problem's own, shopper-readable reason. */
@ControllerAdvice(basePackageClasses = MarketWebAdvice.class, annotations = Controller.class)
class MarketWebAdvice {

    @ExceptionHandler(MarketProblem.class)
    ModelAndView problem(MarketProblem problem) {
        return ErrorPages.page(problem.status(), problem.getMessage());
    }
}
