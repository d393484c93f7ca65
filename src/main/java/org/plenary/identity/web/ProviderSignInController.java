package org.plenary.identity.web;

import org.plenary.identity.IdentityProviders;
import org.plenary.shared.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The buttons of the sign-in page lead to a provider if it answers; a person not yet approved is told so. */
@PageController
class ProviderSignInController {

    private final IdentityProviders providers;

    ProviderSignInController(IdentityProviders providers) {
        this.providers = providers;
    }

    @GetMapping("/login/provider/{id}")
    String signInWith(@PathVariable String id) {
        return providers.findByRegistrationId(id) == null ? "redirect:/login?providerUnavailable"
                : "redirect:/oauth2/authorization/" + id;
    }

    @GetMapping("/login/awaiting-approval")
    String awaitingApproval(@RequestParam(required = false) String rejected, Model model) {
        model.addAttribute("rejected", rejected != null);
        return "providers/awaiting";
    }
}
