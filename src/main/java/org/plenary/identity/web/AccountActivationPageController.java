package org.plenary.identity.web;

import org.plenary.identity.AccountActivation;
import org.plenary.identity.AccountId;
import org.plenary.shared.web.Notice;
import org.plenary.shared.web.PageController;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The buttons of the accounts page that deactivate and reactivate an account. */
@PageController
class AccountActivationPageController {

    private final AccountActivation activation;

    AccountActivationPageController(AccountActivation activation) {
        this.activation = activation;
    }

    @PostMapping("/admin/accounts/{id}/deactivate")
    String deactivate(@PathVariable String id, RedirectAttributes redirect) {
        activation.deactivate(AccountId.parse(id));
        Notice.send(redirect, "accounts.deactivated");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/reactivate")
    String reactivate(@PathVariable String id, RedirectAttributes redirect) {
        activation.reactivate(AccountId.parse(id));
        Notice.send(redirect, "accounts.reactivated");
        return "redirect:/admin/accounts";
    }
}
