package org.grassroots.shopper.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.grassroots.market.Cycle;
import org.grassroots.network.Enterprise;
import org.grassroots.shopper.BasketProposal;
import org.grassroots.shopper.Shelves;
import org.grassroots.shopper.ShopperApi;
import org.grassroots.shopper.ShopperProfile;
import org.grassroots.shopper.ShopperSettings;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The personal shopper over the API: suggestions with their reasons, a basket for a budget, the shopper's controls. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Personal shopper")
class SuggestionsApiController {

    private final ShopperApi shopper;
    private final ShopperRequests requests;

    SuggestionsApiController(ShopperApi shopper, ShopperRequests requests) {
        this.shopper = shopper;
        this.requests = requests;
    }

    /** @param budget an amount such as "40.00": items and the hub's fee together */
    record BudgetRequest(String budget) {}

    record SettingsRequest(Boolean personalized) {}

    @Operation(summary = "Buy again and For you: products in the open cycle, in stock and safe, each with why")
    @GetMapping("/shops/{hubSlug}/suggestions")
    Shelves suggestions(@PathVariable String hubSlug) {
        Enterprise hub = requests.shop(hubSlug);
        return shopper.shelves(requests.shopper(), hub.id()).orElseThrow(ShopperProblem::closed);
    }

    @Operation(summary = "Propose a whole basket for a budget; nothing is added to the cart")
    @PostMapping("/shops/{hubSlug}/basket-proposals")
    BasketProposal propose(@PathVariable String hubSlug, @RequestBody BudgetRequest request) {
        Enterprise hub = requests.shop(hubSlug);
        Cycle cycle = shopper.openCycle(hub.id()).orElseThrow(ShopperProblem::closed);
        return shopper.propose(
                        requests.shopper(),
                        hub.id(),
                        ShopperRequests.budget(request.budget() == null ? "" : request.budget(), cycle.currency()))
                .orElseThrow(ShopperProblem::closed);
    }

    @Operation(summary = "What the personal shopper has learned about you, and your settings")
    @GetMapping("/shopper/profile")
    ShopperProfile profile() {
        return shopper.profile(requests.shopper());
    }

    @Operation(summary = "Turn personal suggestions on or off")
    @PutMapping("/shopper/settings")
    ShopperSettings settings(@RequestBody SettingsRequest request) {
        if (request.personalized() == null) {
            throw ShopperProblem.invalid("personalized", "Say true or false.");
        }
        shopper.personalize(requests.shopper(), request.personalized());
        return shopper.settings(requests.shopper());
    }

    @Operation(summary = "Delete your learned profile: orders until now are never learned from again")
    @DeleteMapping("/shopper/profile")
    ResponseEntity<Void> deleteProfile() {
        shopper.deleteProfile(requests.shopper());
        return ResponseEntity.noContent().build();
    }
}
