package org.grassroots.flavor.web;

import org.grassroots.common.ProductId;
import org.grassroots.flavor.FlavorApi;
import org.grassroots.flavor.FlavorProblem;
import org.grassroots.network.CurrentAccount;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A producer sets or corrects the flavor ingredient of one of their products. */
@Controller
@RequestMapping("/producer/products/{id}/flavor")
class ProducerFlavorController {

    private final FlavorApi flavor;
    private final CurrentAccount account;

    ProducerFlavorController(FlavorApi flavor, CurrentAccount account) {
        this.flavor = flavor;
        this.account = account;
    }

    @GetMapping
    String page(@PathVariable long id, Model model) {
        model.addAttribute("productId", id);
        model.addAttribute(
                "choice",
                flavor.ingredientChoice(account.producer().id(), new ProductId(id))
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Not your product")));
        model.addAttribute("ingredients", flavor.ingredientNames());
        return "flavor/producer-flavor";
    }

    @PostMapping
    String choose(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String ingredient,
            Model model,
            RedirectAttributes redirect) {
        try {
            if (!flavor.chooseIngredient(account.producer().id(), account.user(), new ProductId(id), ingredient)) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Not your product");
            }
        } catch (FlavorProblem problem) {
            model.addAttribute("error", problem.getMessage());
            model.addAttribute("typed", ingredient);
            return page(id, model);
        }
        redirect.addFlashAttribute("notice", "flavor.producer.saved");
        return "redirect:/producer/products/" + id + "/flavor";
    }
}
