package org.plenary.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.plenary.identity.AccountId;
import org.plenary.identity.Accounts;
import org.plenary.identity.ChangeOwnAccount;
import org.plenary.identity.OwnTokens;
import org.plenary.identity.SecondFactors;
import org.plenary.identity.WebSessions;
import org.plenary.shared.Actor;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person's own account: profile, password, API tokens and web sessions. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "My account", description = "The signed-in person's own account")
class MeApiController {

    record Me(String id, String username, String displayName, String email, String participantId, boolean admin,
            boolean secondFactor, String language) {
    }

    record Language(String language) {
    }

    record Profile(String displayName) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    record Session(String id, Instant signedInAt, Instant lastSeenAt, String userAgent) {
    }

    private final Accounts accounts;
    private final ChangeOwnAccount change;
    private final OwnTokens tokens;
    private final WebSessions sessions;
    private final SecondFactors secondFactors;
    private final Clock clock;

    MeApiController(Accounts accounts, ChangeOwnAccount change, OwnTokens tokens, WebSessions sessions,
            SecondFactors secondFactors, Clock clock) {
        this.accounts = accounts;
        this.change = change;
        this.tokens = tokens;
        this.sessions = sessions;
        this.secondFactors = secondFactors;
        this.clock = clock;
    }

    @GetMapping
    @Operation(operationId = "getOwnAccount", summary = "The signed-in account")
    Me me() {
        UUID id = Actor.require().accountId();
        return accounts.find(new AccountId(id))
                .map(a -> new Me(a.id().toString(), a.username(), a.displayName(), a.email(),
                        a.participant() == null ? null : a.participant().toString(), a.admin(),
                        secondFactors.enrolled(a.id()), a.language()))
                .orElseThrow(() -> new NotFoundException("User", id));
    }

    @PutMapping
    @Operation(operationId = "changeOwnAccount", summary = "Change the display name")
    Me rename(@RequestBody Profile profile) {
        change.changeDisplayName(profile.displayName());
        return me();
    }

    @PutMapping("/language")
    @Operation(operationId = "changeOwnLanguage",
            summary = "Change the language of the account's e-mails and pages: ar, zh, en, fr, ru or es")
    Me language(@RequestBody Language request) {
        change.changeLanguage(request.language());
        return me();
    }

    @PutMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "changeOwnPassword",
            summary = "Change the password, giving the current one; every API token (this one too) and web "
            + "session of the account stops working")
    void password(@RequestBody PasswordChange request) {
        change.changePassword(request.currentPassword(), request.newPassword(), null);
    }

    @GetMapping("/tokens")
    @Operation(operationId = "listOwnTokens",
            summary = "The valid API tokens of the signed-in account (never their secret)")
    List<OwnTokens.ApiToken> tokens() {
        return tokens.mine();
    }

    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "revokeOwnToken", summary = "Revoke one of the signed-in account's API tokens")
    void revokeToken(@PathVariable String id) {
        tokens.revoke(uuid(id));
    }

    @GetMapping("/sessions")
    @Operation(operationId = "listOwnSessions", summary = "The web sessions of the signed-in account")
    List<Session> sessions() {
        return sessions.mine().stream()
                .map(s -> new Session(s.id().toString(), s.signedInAt(), s.lastSeenAt(), s.userAgent())).toList();
    }

    @DeleteMapping("/sessions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "endOwnSession", summary = "End one of the signed-in account's web sessions")
    void endSession(@PathVariable String id) {
        sessions.end(uuid(id), clock.instant());
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("id", "Not an id: " + id);
        }
    }
}
