package org.plenary.identity.web;

/** The values entered in the form that creates an account; the password is never shown again. */
public final class AccountForms {

    private AccountForms() {
    }

    public record NewAccount(String username, String password, String displayName, String email,
            String participant, Boolean admin, String language) {
        public static final NewAccount EMPTY = new NewAccount("", "", "", "", "", false, "en");

        /** Whether the box is ticked; an unticked checkbox sends nothing. */
        public boolean administrator() {
            return Boolean.TRUE.equals(admin);
        }

        NewAccount withoutPassword() {
            return new NewAccount(username, "", displayName, email, participant, admin, language);
        }
    }
}
