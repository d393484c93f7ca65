package org.plenary.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.plenary.identity.AcceptInvitation;
import org.plenary.identity.Invitation;
import org.plenary.identity.RequestPasswordReset;
import org.plenary.identity.ResetPassword;
import org.plenary.identity.web.LifecycleForms.Acceptance;
import org.plenary.identity.web.LifecycleForms.EmailAddress;
import org.plenary.identity.web.LifecycleForms.NewPassword;
import org.plenary.shared.DomainException;
import org.plenary.shared.web.Form;
import org.plenary.shared.web.Notice;
import org.plenary.shared.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages reached without an account: accepting an invitation (choose a username and a password), asking for a
 * password reset, and setting a new password through the link. A link unknown, used or expired says so.
 */
@PageController
class LinkPagesController {

    private final AcceptInvitation accept;
    private final RequestPasswordReset requestReset;
    private final ResetPassword reset;

    LinkPagesController(AcceptInvitation accept, RequestPasswordReset requestReset, ResetPassword reset) {
        this.accept = accept;
        this.requestReset = requestReset;
        this.reset = reset;
    }

    @GetMapping("/invitations/{token}")
    String invitation(@PathVariable String token, Model model, HttpServletResponse response) {
        try {
            Invitation invitation = accept.find(token);
            return invitationPage(model, token, invitation,
                    Form.of(new Acceptance(AcceptInvitation.suggestedUsername(invitation), "")));
        } catch (DomainException e) {
            return refused(model, e, response);
        }
    }

    @PostMapping("/invitations/{token}")
    String accept(@PathVariable String token, Acceptance form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Invitation invitation;
        try {
            invitation = accept.find(token);
        } catch (DomainException e) {
            return refused(model, e, response);
        }
        try {
            var account = accept.execute(token, form.username(), form.password());
            Notice.send(redirect, "invitation.accepted", account.username());
            return "redirect:/login";
        } catch (DomainException e) {
            return invitationPage(model, token, invitation, Form.refused(form.withoutPassword(), e, response));
        }
    }

    @GetMapping("/password-reset")
    String resetRequest(Model model) {
        model.addAttribute("form", Form.of(new EmailAddress("")));
        model.addAttribute("sent", false);
        return "account/resetRequest";
    }

    @PostMapping("/password-reset")
    String requestReset(EmailAddress form, Model model, HttpServletResponse response, Locale locale) {
        try {
            requestReset.execute(form.email(), locale.getLanguage());
            model.addAttribute("form", Form.of(new EmailAddress("")));
            model.addAttribute("sent", true);
        } catch (DomainException e) {
            model.addAttribute("form", Form.refused(form, e, response));
            model.addAttribute("sent", false);
        }
        return "account/resetRequest";
    }

    @GetMapping("/password-reset/{token}")
    String resetPage(@PathVariable String token, Model model, HttpServletResponse response) {
        try {
            reset.check(token);
            return resetPage(model, token, Form.of(new NewPassword("")));
        } catch (DomainException e) {
            return refused(model, e, response);
        }
    }

    @PostMapping("/password-reset/{token}")
    String setPassword(@PathVariable String token, NewPassword form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            reset.check(token);
        } catch (DomainException e) {
            return refused(model, e, response);
        }
        try {
            reset.execute(token, form.password());
            Notice.send(redirect, "reset.done");
            return "redirect:/login";
        } catch (DomainException e) {
            return resetPage(model, token, Form.refused(new NewPassword(""), e, response));
        }
    }

    private static String invitationPage(Model model, String token, Invitation invitation, Form<Acceptance> form) {
        model.addAttribute("token", token);
        model.addAttribute("invitation", invitation);
        model.addAttribute("form", form);
        return "account/acceptInvitation";
    }

    private static String resetPage(Model model, String token, Form<NewPassword> form) {
        model.addAttribute("token", token);
        model.addAttribute("form", form);
        return "account/resetPassword";
    }

    private static String refused(Model model, DomainException e, HttpServletResponse response) {
        model.addAttribute("refusal", Form.refused(new EmailAddress(""), e, response));
        return "account/linkRefused";
    }
}
