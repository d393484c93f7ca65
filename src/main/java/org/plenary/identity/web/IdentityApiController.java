package org.plenary.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.plenary.identity.Account;
import org.plenary.identity.AccountId;
import org.plenary.identity.Accounts;
import org.plenary.identity.CreateAccount;
import org.plenary.identity.IdentityPolicy;
import org.plenary.identity.SignInThrottled;
import org.plenary.identity.TokenService;
import org.plenary.roster.ParticipantId;
import org.plenary.shared.Actor;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Identity", description = "Sign-in for the API, and accounts")
class IdentityApiController {

    record Credentials(String username, String password, String code) {
    }

    record TokenResponse(String token, Instant expiresAt) {
    }

    record NewAccount(String username, String password, String displayName, String email, String participantId,
            Boolean admin, String language) {
    }

    record AccountResponse(String id, String username, String displayName, String email, String participantId,
            boolean admin, String language) {

        static AccountResponse of(Account a) {
            return new AccountResponse(a.id().toString(), a.username(), a.displayName(), a.email(),
                    a.participant() == null ? null : a.participant().toString(), a.admin(), a.language());
        }
    }

    private final TokenService tokens;
    private final CreateAccount createAccount;
    private final Accounts accounts;

    IdentityApiController(TokenService tokens, CreateAccount createAccount, Accounts accounts) {
        this.tokens = tokens;
        this.createAccount = createAccount;
        this.accounts = accounts;
    }

    @PostMapping("/auth/token")
    @Operation(operationId = "signIn",
            summary = "Exchange a username and password (and the second-factor code of an account that has one,"
            + " as \"code\") for a bearer token (401 if they do not match, the same for an unknown username; 429 with Retry-After while repeated failures of the account or the client"
            + " address are slowed down)")
    TokenResponse token(@RequestBody Credentials credentials, HttpServletRequest request) {
        TokenService.Issued issued = tokens.signIn(credentials.username(), credentials.password(),
                credentials.code(), request.getRemoteAddr());
        return new TokenResponse(issued.token(), issued.expiresAt());
    }

    @ExceptionHandler(SignInThrottled.class)
    ResponseEntity<ProblemDetail> throttled(SignInThrottled e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(Problems.of(HttpStatus.TOO_MANY_REQUESTS,
                        "Too many failed sign-ins: try again in " + e.retryAfterSeconds() + " seconds"));
    }

    @DeleteMapping("/auth/token")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "signOut", summary = "Revoke the token used for this call")
    void revoke(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        tokens.revoke(authorization.substring("Bearer ".length()).strip());
    }

    @GetMapping("/auth/me")
    @Operation(operationId = "getSignedInAccount", summary = "The signed-in account")
    AccountResponse me() {
        return accounts.find(new AccountId(Actor.require().accountId())).map(AccountResponse::of).orElseThrow();
    }

    @PostMapping("/users")
    @Operation(operationId = "createAccount",
            summary = "Create an account; a delegate has the participantId of its State or organisation (administrators)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<AccountResponse> create(@RequestBody NewAccount request) {
        Account account = createAccount.execute(new CreateAccount.Command(request.username(), request.password(),
                request.displayName(), request.email(),
                request.participantId() == null ? null : ParticipantId.parseReference(request.participantId()),
                Boolean.TRUE.equals(request.admin()), request.language()));
        return ResponseEntity.created(URI.create("/api/v1/users/" + account.id())).body(AccountResponse.of(account));
    }

    @GetMapping("/users")
    @Operation(operationId = "listAccounts", summary = "List the accounts (administrators)")
    List<AccountResponse> list() {
        IdentityPolicy.mayManageAccounts(Actor.require()).orForbid();
        return accounts.all().stream().map(AccountResponse::of).toList();
    }

    @GetMapping("/users/{id}")
    @Operation(operationId = "getAccount", summary = "One account (administrators, or the account itself)")
    AccountResponse get(@PathVariable String id) {
        Actor actor = Actor.require();
        AccountId accountId = AccountId.parse(id);
        if (!actor.admin() && !actor.accountId().equals(accountId.value())) {
            throw new NotFoundException("User", id);
        }
        return accounts.find(accountId).map(AccountResponse::of).orElseThrow(() -> new NotFoundException("User", id));
    }

    @DeleteMapping("/users/{id}/tokens")
    @Operation(operationId = "revokeAccountTokens", summary = "Revoke every API token of an account (administrators)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> revokeAll(@PathVariable String id) {
        tokens.revokeAll(AccountId.parse(id));
        return ResponseEntity.noContent().build();
    }
}
