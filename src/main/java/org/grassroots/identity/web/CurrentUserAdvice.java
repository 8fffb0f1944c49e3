package org.grassroots.identity.web;

import java.util.List;
import org.grassroots.identity.security.AccountDetails;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user (or null) into every page's model for the navigation bar. */
@ControllerAdvice
class CurrentUserAdvice {

    @ModelAttribute("currentUser")
    CurrentUser currentUser(@AuthenticationPrincipal AccountDetails account) {
        if (account == null) {
            return null;
        }
        return new CurrentUser(
                account.displayName(),
                account.getUsername(),
                account.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .toList());
    }

    record CurrentUser(String displayName, String email, List<String> authorities) {

        public boolean hasRole(String role) {
            return authorities.contains("ROLE_" + role);
        }
    }
}
