package org.plenary.identity.web;

/** The values entered in the form that creates an account; the password is never shown again. */
public final class AccountForms {

    private AccountForms() {
    }

    public record NewAccount(String username, String password, String displayName, String email,
            String participant, boolean admin) {
        public static final NewAccount EMPTY = new NewAccount("", "", "", "", "", false);

        NewAccount withoutPassword() {
            return new NewAccount(username, "", displayName, email, participant, admin);
        }
    }
}
