package org.grassroots.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a shopper types to register. Bound from the form; never an entity. */
record RegistrationForm(
        @NotBlank(message = "{registration.name.required}") @Size(max = 100, message = "{registration.name.tooLong}")
        String displayName,

        @NotBlank(message = "{registration.email.required}")
        @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{registration.email.invalid}")
        @Size(max = 254, message = "{registration.email.invalid}")
        String email,

        @NotBlank(message = "{registration.password.required}")
        @Size(min = 10, max = 128, message = "{registration.password.length}")
        String password) {

    static RegistrationForm empty() {
        return new RegistrationForm("", "", "");
    }
}
