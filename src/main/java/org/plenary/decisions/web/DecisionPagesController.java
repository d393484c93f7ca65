package org.plenary.decisions.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.plenary.decisions.AttachStatement;
import org.plenary.decisions.DecisionId;
import org.plenary.decisions.DecisionView;
import org.plenary.decisions.Decisions;
import org.plenary.decisions.RegisterEntry;
import org.plenary.decisions.SetStatementPeriod;
import org.plenary.decisions.StatementKind;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.ConflictException;
import org.plenary.shared.DomainException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.web.Notice;
import org.plenary.shared.web.PageController;
import org.plenary.shared.web.VersionChoice;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register of decisions of a process and the page of each decision, readable without signing in; on it, the
 * form by which a delegate of a State Party attaches a statement, and the officers' form for the period.
 */
@PageController
class DecisionPagesController {

    private static final String DECISION = "/processes/{code}/decisions/{id:[0-9a-fA-F-]{36}}";

    private final Processes processes;
    private final Decisions decisions;
    private final AttachStatement attach;
    private final SetStatementPeriod setPeriod;
    private final Clock clock;

    DecisionPagesController(Processes processes, Decisions decisions, AttachStatement attach,
            SetStatementPeriod setPeriod, Clock clock) {
        this.processes = processes;
        this.decisions = decisions;
        this.attach = attach;
        this.setPeriod = setPeriod;
        this.clock = clock;
    }

    @GetMapping("/processes/{code}/decisions")
    String list(@PathVariable ProcessId code, @RequestParam(required = false) String q, Model model,
            HttpServletResponse response) {
        Process process = processes.require(code);
        String query = q == null || q.isBlank() ? null : q.strip();
        List<RegisterEntry> entries;
        String error = null;
        try {
            entries = decisions.register(process, query);
        } catch (InvalidInputException e) {
            error = e.getMessage();
            entries = List.of();
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("register", new DecisionPages.Register(process, entries, query, error));
        return "decisions/list";
    }

    @GetMapping(DECISION)
    String decision(@PathVariable ProcessId code, @PathVariable String id,
            @RequestParam(required = false) String version, Model model) {
        return page(processes.require(code), DecisionId.parse(id), version, null, model);
    }

    @PostMapping(DECISION + "/statements")
    String attach(@PathVariable ProcessId code, @PathVariable String id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String text, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Process process = processes.require(code);
        DecisionId decision = DecisionId.parse(id);
        try {
            attach.execute(new AttachStatement.Command(code, decision, kind(kind), text));
            Notice.send(redirect, "decision.statement.attached");
            return "redirect:/processes/" + process.code() + "/decisions/" + decision;
        } catch (InvalidInputException | ConflictException e) {
            return refused(process, decision, e, model, response);
        }
    }

    @PostMapping(DECISION + "/period")
    String period(@PathVariable ProcessId code, @PathVariable String id, @RequestParam(required = false) String until,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Process process = processes.require(code);
        DecisionId decision = DecisionId.parse(id);
        try {
            setPeriod.execute(new SetStatementPeriod.Command(code, decision, endOf(until, process)));
            Notice.send(redirect, "decision.period.set");
            return "redirect:/processes/" + process.code() + "/decisions/" + decision;
        } catch (InvalidInputException e) {
            return refused(process, decision, e, model, response);
        }
    }

    private String refused(Process process, DecisionId decision, DomainException e, Model model,
            HttpServletResponse response) {
        response.setStatus(e instanceof ConflictException ? HttpStatus.CONFLICT.value()
                : HttpStatus.BAD_REQUEST.value());
        return page(process, decision, null, e.getMessage(), model);
    }

    private String page(Process process, DecisionId id, String version, String error, Model model) {
        DecisionView view = decisions.require(process, id);
        boolean open = view.decision().takesStatements(clock.instant());
        model.addAttribute("decision", new DecisionPages.Page(view, VersionChoice.of(view.texts(), version), open,
                open && decisions.mayAttachStatements(process, Actor.current()),
                decisions.maySetPeriod(process, Actor.current()), error));
        return "decisions/decision";
    }

    private static StatementKind kind(String kind) {
        try {
            return kind == null || kind.isBlank() ? null : StatementKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("kind", "The kind is INTERPRETATIVE_STATEMENT or RESERVATION");
        }
    }

    /** The end of the day {@code date} in the process's zone: statements are received on that day still. */
    private static Instant endOf(String date, Process process) {
        try {
            return date == null || date.isBlank() ? null
                    : LocalDate.parse(date.strip()).plusDays(1).atStartOfDay(process.timeZone()).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("statementsUntil", "The last day is a date such as 2021-03-14");
        }
    }
}
