package org.plenary.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.plenary.identity.Account;
import org.plenary.identity.AccountId;
import org.plenary.identity.DecideSignInRequest;
import org.plenary.roster.ParticipantId;
import org.plenary.shared.ConflictException;
import org.plenary.shared.DomainException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.web.Form;
import org.plenary.shared.web.Notice;
import org.plenary.shared.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators approve (linking an existing or a new account) or reject people waiting after a provider sign-in. */
@PageController
class SignInRequestsController {

    /** What the administrator chose for one request. */
    record Decision(String account, String username, String participant) {
    }

    private final DecideSignInRequest decide;
    private final AccountAdminController accounts;

    SignInRequestsController(DecideSignInRequest decide, AccountAdminController accounts) {
        this.decide = decide;
        this.accounts = accounts;
    }

    @PostMapping("/admin/accounts/sign-in-requests/{id}/link")
    String link(@PathVariable UUID id, Decision form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            Account account = decide.linkTo(id, form.account() == null || form.account().isBlank() ? null
                    : AccountId.parse(form.account()));
            Notice.send(redirect, "signInRequests.approved", account.username());
            return "redirect:/admin/accounts";
        } catch (InvalidInputException | ConflictException e) {
            return refused(form, e, model, response);
        }
    }

    @PostMapping("/admin/accounts/sign-in-requests/{id}/account")
    String create(@PathVariable UUID id, Decision form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            Account account = decide.createAccount(id, form.username(),
                    form.participant() == null || form.participant().isBlank() ? null
                            : ParticipantId.parseReference(form.participant()));
            Notice.send(redirect, "signInRequests.approved", account.username());
            return "redirect:/admin/accounts";
        } catch (InvalidInputException | ConflictException e) {
            return refused(form, e, model, response);
        }
    }

    @PostMapping("/admin/accounts/sign-in-requests/{id}/reject")
    String reject(@PathVariable UUID id, RedirectAttributes redirect) {
        decide.reject(id);
        Notice.send(redirect, "signInRequests.rejected");
        return "redirect:/admin/accounts";
    }

    private String refused(Decision form, DomainException e, Model model, HttpServletResponse response) {
        model.addAttribute("signInRequestForm", Form.refused(form, e, response));
        return accounts.accounts(model);
    }
}
