package org.grassroots.identity.web;

import org.grassroots.common.UserId;
import org.grassroots.identity.IdentityApi;
import org.grassroots.identity.security.ApiTokens;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Personal API tokens for integrations: create (shown once), list, revoke. */
@Controller
@RequestMapping("/account/tokens")
class TokenController {

    private final ApiTokens tokens;
    private final IdentityApi identity;

    TokenController(ApiTokens tokens, IdentityApi identity) {
        this.tokens = tokens;
        this.identity = identity;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("tokens", tokens.list(user()));
        return "identity/tokens";
    }

    @PostMapping
    String create(@RequestParam(defaultValue = "") String name, Model model) {
        UserId user = user();
        if (name.isBlank() || name.length() > 100) {
            model.addAttribute("nameError", "tokens.name.invalid");
        } else {
            model.addAttribute("newToken", tokens.create(user, name));
        }
        model.addAttribute("tokens", tokens.list(user));
        return "identity/tokens";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id) {
        tokens.revoke(user(), id);
        return "redirect:/account/tokens";
    }

    private UserId user() {
        return identity.currentUserId().orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }
}
