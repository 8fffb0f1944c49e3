package org.grassroots.identity.security;

import java.util.Locale;
import org.grassroots.identity.persistence.UserRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountDetailsService implements UserDetailsService {

    private final UserRepository users;

    AccountDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return users.findByEmail(email.strip().toLowerCase(Locale.ROOT))
                .map(AccountDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("No account for this email"));
    }
}
