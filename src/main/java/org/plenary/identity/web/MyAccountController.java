package org.plenary.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.plenary.identity.AccountId;
import org.plenary.identity.Accounts;
import org.plenary.identity.CalendarFeeds;
import org.plenary.identity.ChangeOwnAccount;
import org.plenary.identity.InviteAccount;
import org.plenary.identity.OwnTokens;
import org.plenary.identity.SecondFactors;
import org.plenary.identity.WebSessions;
import org.plenary.identity.web.LifecycleForms.Code;
import org.plenary.identity.web.LifecycleForms.DisplayName;
import org.plenary.identity.web.LifecycleForms.LanguageChoice;
import org.plenary.identity.web.LifecycleForms.PasswordChange;
import org.plenary.shared.Actor;
import org.plenary.shared.DomainException;
import org.plenary.shared.web.Form;
import org.plenary.shared.web.Notice;
import org.plenary.shared.web.PageController;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My account": the display name, the language of e-mails and pages, the password, the second factor, the API
 * tokens and web sessions of the signed-in person, each of which they may end, and the secret address of their
 * private calendar feed.
 */
@PageController
class MyAccountController {

    private final Accounts accounts;
    private final ChangeOwnAccount change;
    private final OwnTokens tokens;
    private final WebSessions sessions;
    private final SecondFactors secondFactors;
    private final Clock clock;
    private final InviteAccount invite;
    private final CalendarFeeds calendarFeeds;
    private final String baseUrl;
    private final LocaleResolver locales;

    MyAccountController(Accounts accounts, ChangeOwnAccount change, OwnTokens tokens, WebSessions sessions,
            SecondFactors secondFactors, Clock clock, InviteAccount invite, CalendarFeeds calendarFeeds,
            @Value("${plenary.base-url}") String baseUrl, LocaleResolver locales) {
        this.invite = invite;
        this.calendarFeeds = calendarFeeds;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.locales = locales;
        this.accounts = accounts;
        this.change = change;
        this.tokens = tokens;
        this.sessions = sessions;
        this.secondFactors = secondFactors;
        this.clock = clock;
    }

    @GetMapping("/account")
    String page(HttpServletRequest request, Model model) {
        UUID id = Actor.require().accountId();
        var account = accounts.find(new AccountId(id)).orElseThrow();
        model.addAttribute("me", new MyAccountPage(account.username(), account.displayName(), account.email(),
                account.language(), secondFactors.enrolled(account.id()), secondFactors.recoveryCodesLeft(account.id()), tokens.mine(),
                sessions.mine(), WebSessions.current(request), invite.mayInvite(), calendarFeeds.exists(),
                (String) model.getAttribute("newCalendarFeed")));
        if (!model.containsAttribute("nameForm")) {
            model.addAttribute("nameForm", Form.of(new DisplayName(account.displayName())));
        }
        if (!model.containsAttribute("languageForm")) {
            model.addAttribute("languageForm", Form.of(new LanguageChoice(account.language())));
        }
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", Form.of(new PasswordChange("", "")));
        }
        if (!model.containsAttribute("removeForm")) {
            model.addAttribute("removeForm", Form.of(new Code("")));
        }
        return "account/me";
    }

    @PostMapping("/account/display-name")
    String rename(DisplayName form, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        try {
            change.changeDisplayName(form.displayName());
            Notice.send(redirect, "myAccount.renamed");
            return "redirect:/account";
        } catch (DomainException e) {
            model.addAttribute("nameForm", Form.refused(form, e, response));
            return page(request, model);
        }
    }

    /** The new language holds at once: for the person's next e-mails, and for these pages (their chosen language). */
    @PostMapping("/account/language")
    String language(LanguageChoice form, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        try {
            String language = change.changeLanguage(form.language());
            locales.setLocale(request, response, Locale.forLanguageTag(language));
            Notice.send(redirect, "myAccount.languageChanged");
            return "redirect:/account";
        } catch (DomainException e) {
            model.addAttribute("languageForm", Form.refused(form, e, response));
            return page(request, model);
        }
    }

    @PostMapping("/account/password")
    String password(PasswordChange form, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        try {
            change.changePassword(form.currentPassword(), form.newPassword(), WebSessions.current(request));
            Notice.send(redirect, "myAccount.passwordChanged");
            return "redirect:/account";
        } catch (DomainException e) {
            model.addAttribute("passwordForm", Form.refused(new PasswordChange("", ""), e, response));
            return page(request, model);
        }
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revoke(id);
        Notice.send(redirect, "myAccount.tokenRevoked");
        return "redirect:/account";
    }

    @PostMapping("/account/calendar-feed")
    String regenerateCalendarFeed(RedirectAttributes redirect) {
        String secret = calendarFeeds.regenerate();
        redirect.addFlashAttribute("newCalendarFeed", baseUrl + CalendarFeeds.PATH + secret + ".ics");
        Notice.send(redirect, "myAccount.calendar.regenerated");
        return "redirect:/account";
    }

    @PostMapping("/account/calendar-feed/stop")
    String stopCalendarFeed(RedirectAttributes redirect) {
        calendarFeeds.revoke();
        Notice.send(redirect, "myAccount.calendar.stopped");
        return "redirect:/account";
    }

    @PostMapping("/account/sessions/{id}/end")
    String endSession(@PathVariable UUID id, RedirectAttributes redirect) {
        sessions.end(id, clock.instant());
        Notice.send(redirect, "myAccount.sessionEnded");
        return "redirect:/account";
    }

    @GetMapping("/account/second-factor")
    String enrol(Model model) {
        if (secondFactors.enrolled(new AccountId(Actor.require().accountId()))) {
            return "redirect:/account";
        }
        model.addAttribute("enrolment", secondFactors.start());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Form.of(new Code("")));
        }
        return "account/enrol";
    }

    @PostMapping("/account/second-factor")
    String confirm(Code form, HttpServletResponse response, Model model) {
        try {
            model.addAttribute("recoveryCodes", secondFactors.confirm(form.code()));
            return "account/recoveryCodes";
        } catch (DomainException e) {
            model.addAttribute("form", Form.refused(new Code(""), e, response));
            return enrol(model);
        }
    }

    @PostMapping("/account/second-factor/remove")
    String remove(Code form, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        try {
            secondFactors.remove(form.code());
            Notice.send(redirect, "myAccount.secondFactorRemoved");
            return "redirect:/account";
        } catch (DomainException e) {
            model.addAttribute("removeForm", Form.refused(new Code(""), e, response));
            return page(request, model);
        }
    }
}
