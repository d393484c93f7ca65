package org.plenary.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.plenary.identity.IdentityProviders;
import org.plenary.identity.SignInThrottled;
import org.plenary.shared.Actor;
import org.plenary.shared.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@PageController
class LoginController {

    private final IdentityProviders providers;

    LoginController(IdentityProviders providers) {
        this.providers = providers;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String signedOut,
            @RequestParam(required = false) String providerUnavailable,
            @RequestParam(required = false) String providerFailed,
            @RequestParam(name = "process", required = false) String processCode,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        if (Actor.current().isPresent()) {
            return "redirect:/";
        }
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("retryAfter", 0L);
        model.addAttribute("providers", providers.choices(ProcessOfSignIn.of(processCode, request, response)));
        model.addAttribute("providerFailed", providerUnavailable != null || providerFailed != null);
        return "login";
    }

    /** The form again, after a sign-in slowed down (reached by a forward that has set 429 and Retry-After). */
    @RequestMapping("/login/throttled")
    String throttled(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!(request.getAttribute(SignInThrottled.class.getName()) instanceof SignInThrottled throttled)) {
            return "redirect:/login";
        }
        model.addAttribute("failed", false);
        model.addAttribute("signedOut", false);
        model.addAttribute("retryAfter", throttled.retryAfterSeconds());
        model.addAttribute("providers", providers.choices(ProcessOfSignIn.of(null, request, response)));
        return "login";
    }
}
