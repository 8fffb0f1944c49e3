package org.grassroots.market.web;

import org.grassroots.market.application.MarketProblem;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Market problems on pages: the error page with the problem's own, shopper-readable reason. */
@ControllerAdvice(basePackageClasses = MarketWebAdvice.class, annotations = Controller.class)
class MarketWebAdvice {

    @ExceptionHandler(MarketProblem.class)
    ModelAndView problem(MarketProblem problem) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(problem.status());
        page.addObject("status", problem.status().value());
        page.addObject("kind", problem.status().value() == 404 ? "not-found" : "client");
        page.addObject("reason", problem.getMessage());
        return page;
    }
}
