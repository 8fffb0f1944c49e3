package org.grassroots.catalog.web;

import org.grassroots.catalog.VariantNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A product or variant that is not the producer's own is "not found" on the catalog's pages. */
@ControllerAdvice(assignableTypes = {ProducerPortalController.class, ProductFormController.class})
class CatalogWebAdvice {

    @ExceptionHandler(VariantNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("status", 404);
        model.addAttribute("kind", "not-found");
        return "error";
    }
}
