package org.grassroots.flavor.web;

import org.grassroots.common.EnterpriseId;
import org.grassroots.common.ProductId;
import org.grassroots.common.UserId;
import org.grassroots.flavor.FlavorApi;
import org.grassroots.flavor.FlavorProblem;
import org.grassroots.identity.IdentityApi;
import org.grassroots.network.NetworkApi;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
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
    private final IdentityApi identity;
    private final NetworkApi network;

    ProducerFlavorController(FlavorApi flavor, IdentityApi identity, NetworkApi network) {
        this.flavor = flavor;
        this.identity = identity;
        this.network = network;
    }

    @GetMapping
    String page(@PathVariable long id, Model model) {
        model.addAttribute("productId", id);
        model.addAttribute(
                "choice",
                flavor.ingredientChoice(producer(), new ProductId(id))
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
            if (!flavor.chooseIngredient(producer(), user(), new ProductId(id), ingredient)) {
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

    private UserId user() {
        return identity.currentUserId().orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }

    private EnterpriseId producer() {
        return network.producerFor(user())
                .orElseThrow(() -> new AccessDeniedException("Not a producer"))
                .id();
    }
}
