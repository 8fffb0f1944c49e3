package org.grassroots.identity.web;

import java.util.List;
import org.grassroots.identity.security.AccountDetails;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is looking at a page, for the layout as {@code ${@viewer.user()}}. A bean rather than a
 * model attribute, so pages rendered by exception handlers and error dispatches know it too.
 */
@Component("viewer")
class Viewer {

    public CurrentUser user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountDetails account)) {
            return null;
        }
        return new CurrentUser(
                account.displayName(),
                account.getUsername(),
                account.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .toList());
    }

    public record CurrentUser(String displayName, String email, List<String> authorities) {

        public boolean hasRole(String role) {
            return authorities.contains("ROLE_" + role);
        }
    }
}
