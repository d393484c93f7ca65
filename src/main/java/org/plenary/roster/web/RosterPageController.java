package org.plenary.roster.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.plenary.roster.CreateTreaty;
import org.plenary.roster.ImportTreatyStatuses;
import org.plenary.roster.ParticipantId;
import org.plenary.roster.ParticipantKind;
import org.plenary.roster.ParticipantNames;
import org.plenary.roster.RecordTreatyStatus;
import org.plenary.roster.RegisterParticipant;
import org.plenary.roster.Roster;
import org.plenary.roster.web.RosterForms.NewImport;
import org.plenary.roster.web.RosterForms.NewOrganisation;
import org.plenary.roster.web.RosterForms.NewState;
import org.plenary.roster.web.RosterForms.NewStatus;
import org.plenary.roster.web.RosterForms.NewTreaty;
import org.plenary.shared.ConflictException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.StrictUtf8;
import org.plenary.shared.web.Form;
import org.plenary.shared.web.Notice;
import org.plenary.shared.web.PageController;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The roster page: everyone signed in reads it; administrators add treaties, States and organisations,
 * record treaty statuses and import them from CSV. Every form posts to {@code /roster} and names itself.
 */
@PageController
class RosterPageController {

    private static final String VIEW = "roster/roster";

    private final Roster roster;
    private final CreateTreaty createTreaty;
    private final RegisterParticipant registerParticipant;
    private final RecordTreatyStatus recordTreatyStatus;
    private final ImportTreatyStatuses importTreatyStatuses;
    private final ParticipantNames names;
    private final Clock clock;

    RosterPageController(Roster roster, CreateTreaty createTreaty, RegisterParticipant registerParticipant,
            RecordTreatyStatus recordTreatyStatus, ImportTreatyStatuses importTreatyStatuses, ParticipantNames names,
            Clock clock) {
        this.names = names;
        this.roster = roster;
        this.createTreaty = createTreaty;
        this.registerParticipant = registerParticipant;
        this.recordTreatyStatus = recordTreatyStatus;
        this.importTreatyStatuses = importTreatyStatuses;
        this.clock = clock;
    }

    @GetMapping("/roster")
    String roster(Model model) {
        model.addAttribute("roster", RosterPage.of(roster.participants(), roster.treaties(), LocalDate.now(clock),
                names.in(LocaleContextHolder.getLocale().getLanguage())));
        return VIEW;
    }

    /** A refused form is answered at its own address; reloading it or switching language there goes back. */
    @GetMapping({"/roster/treaties", "/roster/states", "/roster/organisations", "/roster/statuses", "/roster/imports"})
    String back() {
        return "redirect:/roster";
    }

    @PostMapping("/roster/treaties")
    String addTreaty(NewTreaty form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            var treaty = createTreaty.execute(new CreateTreaty.Command(form.code(), form.title()));
            Notice.send(redirect, "roster.treaty.added", treaty.code());
            return "redirect:/roster";
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("treatyForm", Form.refused(form, e, response));
            return roster(model);
        }
    }

    @PostMapping("/roster/states")
    String addState(NewState form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            var state = registerParticipant.execute(
                    new RegisterParticipant.Command(form.name(), ParticipantKind.STATE, form.iso3(), null));
            Notice.send(redirect, "roster.state.added", state.name());
            return "redirect:/roster";
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("stateForm", Form.refused(form, e, response));
            return roster(model);
        }
    }

    @PostMapping("/roster/organisations")
    String addOrganisation(NewOrganisation form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            var organisation = registerParticipant.execute(new RegisterParticipant.Command(form.name(),
                    ParticipantKind.ORGANISATION, null, form.organisationType()));
            Notice.send(redirect, "roster.organisation.added", organisation.name());
            return "redirect:/roster";
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("organisationForm", Form.refused(form, e, response));
            return roster(model);
        }
    }

    @PostMapping("/roster/statuses")
    String recordStatus(NewStatus form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            var state = recordTreatyStatus.execute(new RecordTreatyStatus.Command(form.treaty(),
                    ParticipantId.parseReference(form.participant()), form.status(), form.since()));
            Notice.send(redirect, "roster.status.recorded", state.name());
            return "redirect:/roster";
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("statusForm", Form.refused(form, e, response));
            return roster(model);
        }
    }

    @PostMapping("/roster/imports")
    String importStatuses(NewImport form, @RequestParam(required = false) MultipartFile file, Model model,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        String csv = form.csv();
        try {
            if (file != null && !file.isEmpty()) {
                csv = StrictUtf8.decode(file.getBytes(), "file");
            }
            var result = importTreatyStatuses.execute(form.treaty(), csv);
            Notice.send(redirect, "roster.import.done", result.rows(), result.participantsCreated(),
                    result.statusesRecorded());
            return "redirect:/roster";
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("importForm", Form.refused(new NewImport(form.treaty(), csv), e, response));
            return roster(model);
        }
    }
}
