package org.plenary.silence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.plenary.documents.DocumentId;
import org.plenary.processes.ProcessId;
import org.plenary.shared.ConflictException;
import org.plenary.shared.TextInput;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.modulith.NamedInterface;

/**
 * A silence procedure, the aggregate that guards its own lifecycle: drafted ({@link #draft}), revised while a draft
 * ({@link #revise}), circulated ({@link #circulate}), then adopted at its deadline ({@link #adopt}), broken
 * ({@link #breakAt}) or withdrawn ({@link #withdraw}); once adopted, the result of its effect is recorded once
 * ({@link #recordEffect}). Each transition returns the procedure in its next version, which
 * {@link ProcedureRepository#save} stores only over the version it follows. Its drafts, the States eligible to object
 * and the answers are stored beside it and change under its row lock ({@link ProcedureRepository#lock}).
 */
@NamedInterface("api")
public final class SilenceProcedure {

    /** The longest reason for a withdrawal, in characters. */
    public static final int MAX_WITHDRAWAL_REASON = 5_000;

    /**
     * What the procedure proposes: its subject and proposal, the deadline (an instant, shown in the process's zone),
     * whether proposed amendments break silence, the effect of its adoption, its documents, the procedure it revises
     * and the letter that announced it, to which its outcome letter refers.
     */
    @NamedInterface("api")
    public record Content(String subject, String proposal, Instant deadline, boolean amendmentsBreakSilence,
            Effect effect, List<DocumentId> documents, SilenceProcedureId revises, UUID announcedWith) {
    }

    /**
     * Where it stands and how it got there: {@code effectResult} says what became of the effect when it was adopted,
     * {@code withdrawalReason} why the Presidency withdrew it (none for procedures withdrawn before a reason was
     * required).
     */
    record Course(ProcedureStatus status, Instant createdAt, String createdBy, Instant circulatedAt,
            String circulatedBy, Instant concludedAt, UUID outcomeLetter, String effectResult,
            String withdrawalReason) {
    }

    private final SilenceProcedureId id;
    private final ProcessId process;
    private final int number;
    private final Content content;
    private final Course course;
    private final long version;

    SilenceProcedure(SilenceProcedureId id, ProcessId process, int number, Content content, Course course,
            long version) {
        this.id = id;
        this.process = process;
        this.number = number;
        this.content = content;
        this.course = course;
        this.version = version;
    }

    /** A new draft, number {@code number} of its process, in its first version (0). */
    static SilenceProcedure draft(ProcessId process, int number, Content content, Instant at, String by) {
        return new SilenceProcedure(new SilenceProcedureId(UUID.randomUUID()), process, number, content,
                new Course(ProcedureStatus.DRAFT, at, by, null, null, null, null, null, null), 0);
    }

    /** Refuses a change to what a procedure says once circulated: the delegations have been told. */
    void requireDraft() {
        if (status() != ProcedureStatus.DRAFT) {
            throw new ConflictException("The silence procedure " + reference() + " is " + status()
                    + ": only a DRAFT can be edited");
        }
    }

    /** Refuses a change made to {@code expected}, if given, when the procedure is in another version. */
    void requireVersion(Long expected) {
        if (expected != null && expected != version) {
            throw new OptimisticLockingFailureException("Version " + expected + " of the silence procedure "
                    + reference() + " is no longer the current one (it is at version " + version + ")");
        }
    }

    SilenceProcedure revise(Content revised) {
        requireDraft();
        return next(revised, course);
    }

    SilenceProcedure circulate(Instant at, String by) {
        return next(content, new Course(status().to(ProcedureStatus.OPEN), course.createdAt(), course.createdBy(), at,
                by, null, null, null, null));
    }

    /** Adopted at its deadline, which is when it is concluded; its outcome letter is named now. */
    SilenceProcedure adopt() {
        return concluded(ProcedureStatus.ADOPTED, deadline());
    }

    /** Broken at {@code at}: by an objection, or at its deadline with some drafts not adopted. */
    SilenceProcedure breakAt(Instant at) {
        return concluded(ProcedureStatus.BROKEN, at);
    }

    /** Withdrawn at {@code at} for {@code reason}, before its deadline: at the deadline it is adopted. */
    SilenceProcedure withdraw(String reason, Instant at) {
        ProcedureStatus withdrawn = status().to(ProcedureStatus.WITHDRAWN);
        String why = TextInput.lines("reason", reason, MAX_WITHDRAWAL_REASON);
        if (pastDeadline(at)) {
            throw new ConflictException("The deadline of " + reference() + " has passed (" + deadline()
                    + "): the procedure is adopted and can no longer be withdrawn")
                    .withKey("refusal.silence.deadlinePassed", reference(), deadline());
        }
        return next(content, new Course(withdrawn, course.createdAt(), course.createdBy(), course.circulatedAt(),
                course.circulatedBy(), at, null, null, why));
    }

    /** Whether it was adopted and the result of its effect is not recorded yet. */
    boolean awaitsEffect() {
        return status() == ProcedureStatus.ADOPTED && course.effectResult() == null;
    }

    /** Records what became of its effect, once. */
    SilenceProcedure recordEffect(String result) {
        if (!awaitsEffect()) {
            throw new ConflictException("The effect of " + reference() + " (" + status() + ") is recorded already");
        }
        return next(content, new Course(status(), course.createdAt(), course.createdBy(), course.circulatedAt(),
                course.circulatedBy(), course.concludedAt(), course.outcomeLetter(), result, null));
    }

    private SilenceProcedure concluded(ProcedureStatus target, Instant at) {
        return next(content, new Course(status().to(target), course.createdAt(), course.createdBy(),
                course.circulatedAt(), course.circulatedBy(), at, UUID.randomUUID(), null, null));
    }

    private SilenceProcedure next(Content c, Course k) {
        return new SilenceProcedure(id, process, number, c, k, version + 1);
    }

    /** Its short reference within the process: SP.1, SP.2, … */
    public String reference() {
        return "SP." + number;
    }

    /** The address of the procedure's page in the process with this code. */
    public String address(String processCode) {
        return "/processes/" + processCode + "/silence/" + reference();
    }

    /** Whether the deadline has passed at {@code now}: an answer at the deadline instant is late. */
    public boolean pastDeadline(Instant now) {
        return !now.isBefore(deadline());
    }

    public SilenceProcedureId id() { return id; }
    public ProcessId process() { return process; }
    public int number() { return number; }
    public Content content() { return content; }
    Course course() { return course; }
    /** The version stored last: 0 when drafted, one more at each change. */
    public long version() { return version; }
    public String subject() { return content.subject(); }
    public String proposal() { return content.proposal(); }
    public Instant deadline() { return content.deadline(); }
    public boolean amendmentsBreakSilence() { return content.amendmentsBreakSilence(); }
    public Effect effect() { return content.effect(); }
    public List<DocumentId> documents() { return content.documents(); }
    public SilenceProcedureId revises() { return content.revises(); }
    public UUID announcedWith() { return content.announcedWith(); }
    public ProcedureStatus status() { return course.status(); }
    public Instant createdAt() { return course.createdAt(); }
    public String createdBy() { return course.createdBy(); }
    public Instant circulatedAt() { return course.circulatedAt(); }
    public String circulatedBy() { return course.circulatedBy(); }
    public Instant concludedAt() { return course.concludedAt(); }
    public UUID outcomeLetter() { return course.outcomeLetter(); }
    public String effectResult() { return course.effectResult(); }
    public String withdrawalReason() { return course.withdrawalReason(); }
}
