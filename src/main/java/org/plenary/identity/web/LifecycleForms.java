package org.plenary.identity.web;

/** The values entered in the forms of the account lifecycle pages; passwords and codes are never shown again. */
public final class LifecycleForms {

    private LifecycleForms() {
    }

    public record NewInvitation(String email, String displayName, String participant, String language) {
        public static final NewInvitation EMPTY = new NewInvitation("", "", "", "en");
    }

    public record Acceptance(String username, String password) {
        Acceptance withoutPassword() {
            return new Acceptance(username, "");
        }
    }

    public record EmailAddress(String email) {
    }

    public record NewPassword(String password) {
    }

    public record Code(String code) {
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    public record DisplayName(String displayName) {
    }

    /** The language of the person's e-mails and pages. */
    public record LanguageChoice(String language) {
    }
}
