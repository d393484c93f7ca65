package org.plenary.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.plenary.identity.AccountActivation;
import org.plenary.identity.AccountId;
import org.plenary.identity.Accounts;
import org.plenary.identity.Invitation;
import org.plenary.identity.InviteAccount;
import org.plenary.identity.RequestPasswordReset;
import org.plenary.roster.ParticipantId;
import org.plenary.shared.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Invitations, password resets, and deactivating or reactivating accounts. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Identity", description = "Sign-in for the API, and accounts")
class AccountLifecycleApiController {

    record NewInvitation(String email, String displayName, String participantId, String language) {
    }

    record InvitationResponse(String id, String email, String displayName, String participantId, String language,
            Instant createdAt, Instant expiresAt) {

        static InvitationResponse of(Invitation i) {
            return new InvitationResponse(i.id().toString(), i.email(), i.displayName(),
                    i.participant() == null ? null : i.participant().toString(), i.language(), i.createdAt(),
                    i.expiresAt());
        }
    }

    record ResetRequest(String email) {
    }

    record AccountStatus(String id, String username, boolean active) {
    }

    private final InviteAccount invite;
    private final RequestPasswordReset reset;
    private final AccountActivation activation;
    private final Accounts accounts;

    AccountLifecycleApiController(InviteAccount invite, RequestPasswordReset reset, AccountActivation activation,
            Accounts accounts) {
        this.invite = invite;
        this.reset = reset;
        this.activation = activation;
        this.accounts = accounts;
    }

    @PostMapping("/users/invitations")
    @Operation(operationId = "inviteAccount",
            summary = "Invite a person by e-mail: a one-time link, valid 7 days, to choose a username and password "
            + "(administrators; officers for the delegates of their processes' participants)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<InvitationResponse> invite(@RequestBody NewInvitation request) {
        Invitation invitation = invite.execute(new InviteAccount.Command(request.email(), request.displayName(),
                request.participantId() == null || request.participantId().isBlank() ? null
                        : ParticipantId.parseReference(request.participantId()),
                request.language()));
        return ResponseEntity.created(URI.create("/api/v1/users/invitations/" + invitation.id()))
                .body(InvitationResponse.of(invitation));
    }

    @GetMapping("/users/invitations")
    @Operation(operationId = "listInvitations",
            summary = "The invitations waiting to be accepted (all for administrators, their own for officers)")
    List<InvitationResponse> invitations() {
        return invite.pending().stream().map(InvitationResponse::of).toList();
    }

    @PostMapping("/auth/password-reset")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(operationId = "requestPasswordReset",
            summary = "Ask for a password-reset link by e-mail; always 202, whether or not the address has an account")
    void passwordReset(@RequestBody ResetRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        reset.execute(request.email(), locale.getLanguage());
    }

    @PostMapping("/users/{id}/deactivate")
    @Operation(operationId = "deactivateAccount",
            summary = "Deactivate an account: its sessions and tokens are refused at once, sign-in too (administrators)")
    AccountStatus deactivate(@PathVariable String id) {
        AccountId account = AccountId.parse(id);
        activation.deactivate(account);
        return status(account, false);
    }

    @PostMapping("/users/{id}/reactivate")
    @Operation(operationId = "reactivateAccount", summary = "Reactivate a deactivated account (administrators)")
    AccountStatus reactivate(@PathVariable String id) {
        AccountId account = AccountId.parse(id);
        activation.reactivate(account);
        return status(account, true);
    }

    private AccountStatus status(AccountId id, boolean active) {
        return accounts.find(id).map(a -> new AccountStatus(a.id().toString(), a.username(), active))
                .orElseThrow(() -> new NotFoundException("User", id));
    }
}
