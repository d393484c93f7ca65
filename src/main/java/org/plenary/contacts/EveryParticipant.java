package org.plenary.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.plenary.notifications.Outbox;
import org.plenary.notifications.QueuedMail;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.roster.ParticipantId;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A notice to every participant of a process today: one e-mail per distinct address of its contacts and its
 * delegates' accounts ({@link Addresses}), each in its recipient's language, recorded by the module that gives
 * notice and queued to the outbox in the same transaction as the change it tells of.
 */
@NamedInterface("api")
@Component
public class EveryParticipant {

    /** One e-mail of a notice: its id (the outbox's and the record's), to whom, in which language. */
    @NamedInterface("api")
    public record Recipient(UUID id, ParticipantId participant, String email, String language) {
    }

    private final Processes processes;
    private final Addresses addresses;
    private final Outbox outbox;
    private final NoticeCoverages coverages;

    EveryParticipant(Processes processes, Addresses addresses, Outbox outbox, NoticeCoverages coverages) {
        this.coverages = coverages;
        this.processes = processes;
        this.addresses = addresses;
        this.outbox = outbox;
    }

    /**
     * Hands the recipients to {@code record}, which stores what each e-mail will say, then queues the e-mails of
     * {@code mailKind} (written at delivery by the {@code MailComposer} of that kind) and records how far the notice
     * about {@code subject} reached ({@link NoticeCoverages}); answers how many e-mails.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int notify(Process process, String mailKind, UUID subject, Consumer<List<Recipient>> record) {
        List<Recipient> recipients = new ArrayList<>();
        List<Addresses.Addressed> addressed = addresses.of(processes.participants(process, processes.today(process)));
        coverages.record(subject, Coverage.of(addressed));
        for (Addresses.Addressed participant : addressed) {
            for (Addresses.Address address : participant.addresses()) {
                recipients.add(new Recipient(UUID.randomUUID(), participant.standing().id(), address.email(),
                        address.language()));
            }
        }
        record.accept(List.copyOf(recipients));
        outbox.queue(recipients.stream().map(r -> new QueuedMail(r.id(), mailKind, r.email(), r.language())).toList());
        return recipients.size();
    }
}
