package org.grassroots.safety.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.grassroots.catalog.CatalogApi;
import org.grassroots.catalog.ProductDetails;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.ProductId;
import org.grassroots.network.CurrentAccount;
import org.grassroots.safety.Allergen;
import org.grassroots.safety.Claim;
import org.grassroots.safety.SafetyApi;
import org.grassroots.safety.domain.Correction;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A producer's allergen page for one product: what was detected in its ingredients, the "may
 * contain" traces and claims they declare, and their corrections of the detection, each with the
 * reason it was made.
 */
@Controller
@RequestMapping("/producer/products/{id}/safety")
class ProducerSafetyController {

    private final SafetyApi safety;
    private final CatalogApi catalog;
    private final CurrentAccount current;

    ProducerSafetyController(SafetyApi safety, CatalogApi catalog, CurrentAccount current) {
        this.safety = safety;
        this.catalog = catalog;
        this.current = current;
    }

    /** A product that is not the producer's own. */
    static class NotYours extends RuntimeException {}

    @GetMapping
    String page(@PathVariable long id, Model model) {
        ProductDetails product = owned(id);
        model.addAttribute("product", product);
        model.addAttribute(
                "declarations",
                safety.declarations(product.producer(), product.id()).orElseThrow(NotYours::new));
        model.addAttribute("profile", safety.productSafety(product.id(), null).orElseThrow());
        model.addAttribute("allergens", Allergen.values());
        model.addAttribute("claims", Claim.values());
        return "safety/producer-safety";
    }

    @PostMapping("/declaration")
    String declare(
            @PathVariable long id,
            @RequestParam(required = false) List<String> trace,
            @RequestParam(required = false) List<String> claim,
            RedirectAttributes redirect) {
        ProductDetails product = owned(id);
        Set<Allergen> traces = EnumSet.noneOf(Allergen.class);
        Set<Claim> claims = EnumSet.noneOf(Claim.class);
        if (trace != null) {
            trace.forEach(code -> Allergen.fromCode(code).ifPresent(traces::add));
        }
        if (claim != null) {
            claim.forEach(code -> Claim.fromCode(code).ifPresent(claims::add));
        }
        safety.declare(product.producer(), product.id(), traces, claims);
        redirect.addFlashAttribute("notice", "Saved the traces and claims of " + product.name() + ".");
        return "redirect:/producer/products/" + id + "/safety";
    }

    /** Where the corrections form with errors leaves the browser: opened again, the safety page. */
    @GetMapping({"/declaration", "/corrections"})
    String formAddress(@PathVariable long id) {
        return "redirect:/producer/products/" + id + "/safety";
    }

    @PostMapping("/corrections")
    String correct(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String allergen,
            @RequestParam(defaultValue = "") String present,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        ProductDetails product = owned(id);
        Allergen chosen = Allergen.fromCode(allergen).orElse(null);
        String error = null;
        String field = null;
        if (chosen == null) {
            field = "allergen";
            error = "Choose the allergen you are correcting.";
        } else if (!present.equals("true") && !present.equals("false")) {
            field = "present";
            error = "Say whether the product contains it.";
        } else if (!Correction.validReason(reason)) {
            field = "reason";
            error = "Give a reason of " + Correction.REASON_MIN + " to " + Correction.REASON_MAX
                    + " characters; it is kept with the correction.";
        }
        if (error != null) {
            model.addAttribute("errorField", field);
            model.addAttribute("error", error);
            model.addAttribute("typed", new Typed(allergen, present, reason));
            return page(id, model);
        }
        safety.correct(
                product.producer(),
                current.user(),
                product.id(),
                new Correction(chosen, Boolean.parseBoolean(present), reason));
        redirect.addFlashAttribute("notice", "Recorded your correction for " + chosen.label() + ".");
        return "redirect:/producer/products/" + id + "/safety";
    }

    /** What the producer typed into the correction form, shown again with the error. */
    record Typed(String allergen, String present, String reason) {}

    @ExceptionHandler(NotYours.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("status", 404);
        model.addAttribute("kind", "not-found");
        return "error";
    }

    private ProductDetails owned(long id) {
        EnterpriseId producer = current.producer().id();
        return catalog.productOf(producer, new ProductId(id)).orElseThrow(NotYours::new);
    }
}
