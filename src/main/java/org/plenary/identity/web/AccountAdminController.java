package org.plenary.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import org.plenary.identity.Account;
import org.plenary.identity.AccountActivation;
import org.plenary.identity.Accounts;
import org.plenary.identity.CreateAccount;
import org.plenary.identity.DecideSignInRequest;
import org.plenary.identity.web.AccountForms.NewAccount;
import org.plenary.roster.ParticipantId;
import org.plenary.roster.Roster;
import org.plenary.shared.ConflictException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.web.Form;
import org.plenary.shared.web.Notice;
import org.plenary.shared.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators list the accounts and create accounts for officers, administrators and delegates. */
@PageController
class AccountAdminController {

    private final Accounts accounts;
    private final CreateAccount createAccount;
    private final Roster roster;
    private final DecideSignInRequest signInRequests;
    private final AccountActivation activation;

    AccountAdminController(Accounts accounts, CreateAccount createAccount, Roster roster,
            DecideSignInRequest signInRequests, AccountActivation activation) {
        this.activation = activation;
        this.accounts = accounts;
        this.createAccount = createAccount;
        this.roster = roster;
        this.signInRequests = signInRequests;
    }

    @GetMapping("/admin/accounts")
    String accounts(Model model) {
        model.addAttribute("accounts", AccountsPage.of(accounts.all(), roster.participants()));
        model.addAttribute("signInRequests", signInRequests.pending());
        model.addAttribute("deactivated", activation.deactivated());
        return "admin/accounts";
    }

    @PostMapping("/admin/accounts")
    String create(NewAccount form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            Account account = createAccount.execute(new CreateAccount.Command(form.username(), form.password(),
                    form.displayName(), form.email(),
                    form.participant() == null || form.participant().isBlank() ? null
                            : ParticipantId.parseReference(form.participant()),
                    form.administrator(), form.language()));
            Notice.send(redirect, "accounts.created", account.username());
            return "redirect:/admin/accounts";
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("accountForm", Form.refused(form.withoutPassword(), e, response));
            return accounts(model);
        }
    }
}
