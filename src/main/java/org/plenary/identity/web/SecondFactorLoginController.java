package org.plenary.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.plenary.identity.SecondFactorSignIn;
import org.plenary.identity.web.LifecycleForms.Code;
import org.plenary.shared.web.PageController;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The second step of sign-in for an account with a second factor: the code of the app, or a recovery code. */
@PageController
class SecondFactorLoginController {

    private final SecondFactorSignIn signIn;

    SecondFactorLoginController(SecondFactorSignIn signIn) {
        this.signIn = signIn;
    }

    @GetMapping("/login/second-factor")
    String page(HttpServletRequest request, Model model) {
        if (!signIn.waiting(request)) {
            return "redirect:/login";
        }
        model.addAttribute("wrong", false);
        return "account/secondFactorCode";
    }

    @PostMapping("/login/second-factor")
    String code(Code form, HttpServletRequest request, HttpServletResponse response, Model model) {
        return switch (signIn.complete(request, response, form.code())) {
            case SIGNED_IN -> "redirect:/";
            case START_AGAIN -> "redirect:/login?error";
            case WRONG_CODE -> {
                response.setStatus(HttpStatus.UNAUTHORIZED.value());
                model.addAttribute("wrong", true);
                yield "account/secondFactorCode";
            }
        };
    }
}
