package org.grassroots.flavor.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.grassroots.common.ProductId;
import org.grassroots.flavor.FlavorApi;
import org.grassroots.flavor.FlavorIdeas;
import org.grassroots.flavor.FlavorProblem;
import org.grassroots.flavor.FlavorRequest;
import org.grassroots.network.CurrentAccount;
import org.grassroots.network.Enterprise;
import org.grassroots.network.NetworkApi;
import org.grassroots.platform.ApiErrors;
import org.grassroots.platform.ApiProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The Flavor Generator over the API, and producers' flavor ingredients. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Flavor Generator")
class FlavorApiController {

    private final FlavorApi flavor;
    private final CurrentAccount account;
    private final NetworkApi network;

    FlavorApiController(FlavorApi flavor, CurrentAccount account, NetworkApi network) {
        this.flavor = flavor;
        this.account = account;
        this.network = network;
    }

    record IngredientRequest(String ingredient) {}

    @Operation(summary = "Combinations around seed ingredients or products, safe for your household")
    @GetMapping("/shops/{hubSlug}/flavor-combinations")
    FlavorIdeas combinations(
            @PathVariable String hubSlug,
            @RequestParam(name = "seed", defaultValue = "") List<String> seeds,
            @RequestParam(name = "product", defaultValue = "") List<Long> products,
            @RequestParam(defaultValue = "4") int size,
            @RequestParam(required = false) String cuisine,
            @RequestParam(defaultValue = "0.5") double novelty,
            @RequestParam(defaultValue = "false") boolean anywhere) {
        Enterprise hub = network.findSeller(hubSlug).orElseThrow(() -> ApiProblem.notFound("Shop", hubSlug));
        return flavor.generate(
                account.user(),
                hub.id(),
                new FlavorRequest(
                        seeds, products.stream().map(ProductId::new).toList(), size, cuisine, novelty, !anywhere));
    }

    @Operation(summary = "The flavor ingredient of your product, and suggestions from its name")
    @GetMapping("/producer/products/{id}/flavor-ingredient")
    FlavorApi.IngredientChoice ingredient(@PathVariable long id) {
        return flavor.ingredientChoice(account.producer().id(), new ProductId(id))
                .orElseThrow(() -> ApiProblem.notFound("Product", id));
    }

    @Operation(summary = "Set the flavor ingredient of your product; blank matches its name again")
    @PutMapping("/producer/products/{id}/flavor-ingredient")
    FlavorApi.IngredientChoice choose(@PathVariable long id, @RequestBody IngredientRequest request) {
        if (!flavor.chooseIngredient(
                account.producer().id(), account.user(), new ProductId(id), request.ingredient())) {
            throw ApiProblem.notFound("Product", id);
        }
        return ingredient(id);
    }

    @RestControllerAdvice(assignableTypes = FlavorApiController.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Advice {
        @ExceptionHandler(FlavorProblem.class)
        ResponseEntity<ProblemDetail> problem(FlavorProblem e) {
            HttpStatus status = e.field().equals("hub") ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
            return ResponseEntity.status(status).body(ApiErrors.problem(status, e.field(), e.getMessage()));
        }
    }
}
