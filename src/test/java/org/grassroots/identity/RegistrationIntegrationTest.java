package org.grassroots.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.grassroots.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class RegistrationIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityApi identity;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewShopperIsCreatedWithTheShopperRole() throws Exception {
        mvc.perform(register("Rowan Reed", "Rowan.Reed@Example.org", "long enough secret"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"));

        UserAccount account = identity.findByEmail("rowan.reed@example.org").orElseThrow();
        assertThat(account.roles()).containsExactly(Role.SHOPPER);
        assertThat(account.displayName()).isEqualTo("Rowan Reed");
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "''|empty.name@example.org|long enough secret|displayName|Enter your name.",
                "Mal Formed|not-an-email|long enough secret|email|Enter an email address like name@example.org.",
                "Mal Formed|two@@example.org|long enough secret|email|Enter an email address like name@example.org.",
                "Shorty|short.password@example.org|short|password|Your password must be 10 to 128 characters long.",
                "Sam Again|shopper@neoterica.test|long enough secret|email|An account with this email already exists.",
                "Sam Again|SHOPPER@neoterica.TEST|long enough secret|email|An account with this email already exists."
            })
    void badInputShowsFieldErrorsAndCreatesNothing(
            String name, String email, String password, String field, String message) throws Exception {
        long usersBefore = identity.countUsers();

        mvc.perform(register(name, email, password))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", field))
                .andExpect(content().string(Matchers.containsString(message)));

        assertThat(identity.countUsers()).isEqualTo(usersBefore);
    }

    @Test
    void registrationWithoutCsrfTokenIsRefused() throws Exception {
        long usersBefore = identity.countUsers();

        mvc.perform(post("/register")
                        .param("displayName", "No Token")
                        .param("email", "no.token@example.org")
                        .param("password", "long enough secret"))
                .andExpect(status().isForbidden());

        assertThat(identity.countUsers()).isEqualTo(usersBefore);
    }

    @Test
    void passwordsAreStoredAsModernHashes() {
        UserAccount account = identity.register(
                new NewUser("hash.check@example.org", "Hash Check", "correct horse battery", Set.of(Role.SHOPPER)));

        assertThat(account.email()).isEqualTo("hash.check@example.org");
        assertThat(passwordEncoder.matches("correct horse battery", storedHash("hash.check@example.org")))
                .isTrue();
        assertThat(storedHash("hash.check@example.org")).startsWith("{bcrypt}$2a$");
    }

    private String storedHash(String email) {
        return jdbc.sql("select password_hash from app_user where email = ?")
                .param(email)
                .query(String.class)
                .single();
    }

    private static MockHttpServletRequestBuilder register(String name, String email, String password) {
        return post("/register")
                .with(csrf())
                .param("displayName", name)
                .param("email", email)
                .param("password", password);
    }
}
