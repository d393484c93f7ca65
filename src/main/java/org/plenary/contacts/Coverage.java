package org.plenary.contacts;

import java.util.List;
import java.util.UUID;
import org.plenary.roster.LocalNames;
import org.plenary.roster.ParticipantId;
import org.springframework.modulith.NamedInterface;

/**
 * How far a communication reaches (a letter, the circulation of a silence procedure): the participants it is
 * addressed to, how many of them have at least one address (official contact or delegate account), the e-mails
 * that makes, and by name those it cannot reach.
 */
@NamedInterface("api")
public record Coverage(int addressed, int reached, int emails, List<Unreached> unreached) {

    /** An addressed participant with no address at all. */
    @NamedInterface("api")
    public record Unreached(UUID participantId, String participantName) {
    }

    /** The same coverage for readers of {@code names}' language: the unreached named in it, in its order. */
    public Coverage in(LocalNames names) {
        return new Coverage(addressed, reached, emails, unreached.stream()
                .map(u -> new Unreached(u.participantId(), names.of(new ParticipantId(u.participantId()), u.participantName())))
                .sorted(names.by(Unreached::participantName)).toList());
    }

    public static Coverage of(List<Addresses.Addressed> addressed) {
        List<Unreached> unreached = addressed.stream().filter(a -> a.addresses().isEmpty())
                .map(a -> new Unreached(a.standing().id().value(), a.standing().name())).toList();
        int emails = addressed.stream().mapToInt(a -> a.addresses().size()).sum();
        return new Coverage(addressed.size(), addressed.size() - unreached.size(), emails, unreached);
    }
}
