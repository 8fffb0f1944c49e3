package org.grassroots.identity;

/** Thrown when an email address already belongs to an account. */
public class EmailAlreadyRegisteredException extends RuntimeException {

    private EmailAlreadyRegisteredException(String message) {
        super(message);
    }

    public static EmailAlreadyRegisteredException forEmail(String email) {
        return new EmailAlreadyRegisteredException("An account already exists for " + email);
    }
}
