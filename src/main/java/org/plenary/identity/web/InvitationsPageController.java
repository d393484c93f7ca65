package org.plenary.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import org.plenary.identity.InviteAccount;
import org.plenary.identity.web.LifecycleForms.NewInvitation;
import org.plenary.roster.ParticipantId;
import org.plenary.roster.Roster;
import org.plenary.shared.DomainException;
import org.plenary.shared.web.Form;
import org.plenary.shared.web.Notice;
import org.plenary.shared.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators (and officers, for their delegates) invite people by e-mail and see the invitations waiting. */
@PageController
class InvitationsPageController {

    private final InviteAccount invite;
    private final Roster roster;

    InvitationsPageController(InviteAccount invite, Roster roster) {
        this.invite = invite;
        this.roster = roster;
    }

    @GetMapping("/accounts/invitations")
    String page(Model model) {
        model.addAttribute("pending", invite.pending());
        model.addAttribute("participants", roster.participants());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Form.of(NewInvitation.EMPTY));
        }
        return "account/invitations";
    }

    @PostMapping("/accounts/invitations")
    String create(NewInvitation form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            invite.execute(new InviteAccount.Command(form.email(), form.displayName(),
                    form.participant() == null || form.participant().isBlank() ? null
                            : ParticipantId.parseReference(form.participant()),
                    form.language()));
            Notice.send(redirect, "invitations.sent", form.email());
            return "redirect:/accounts/invitations";
        } catch (DomainException e) {
            model.addAttribute("form", Form.refused(form, e, response));
            return page(model);
        }
    }
}
