package org.plenary.consultations;

import static org.plenary.support.Fixtures.aDelegate;
import static org.plenary.support.Fixtures.aProcess;
import static org.plenary.support.Fixtures.aState;
import static org.plenary.support.Fixtures.aTreaty;
import static org.plenary.support.Fixtures.anOfficer;
import static org.plenary.support.Fixtures.anOrganisation;
import static org.plenary.support.Fixtures.recordStatus;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.plenary.support.Api;
import org.plenary.support.Fixtures.Person;

/**
 * A process with a Presidency, a Secretariat, two States Parties, a signatory and an organisation, each with a
 * delegate; and the bodies of the consultation calls.
 */
final class ConsultationWorld {

    final Api admin;
    final String process;
    final Person presidency;
    final Person secretariat;
    final String partyA;
    final String partyB;
    final String signatory;
    final String organisation;
    final Person delegateA;
    final Person delegateB;
    final Person delegateSignatory;
    final Person delegateOrganisation;

    ConsultationWorld(Api admin) {
        this.admin = admin;
        String treaty = aTreaty(admin);
        process = aProcess(admin, treaty);
        presidency = anOfficer(admin, process, "PRESIDENCY");
        secretariat = anOfficer(admin, process, "SECRETARIAT");
        partyA = aState(admin);
        partyB = aState(admin);
        signatory = aState(admin);
        organisation = anOrganisation(admin);
        recordStatus(admin, treaty, partyA, "STATE_PARTY", "2011-01-01");
        recordStatus(admin, treaty, partyB, "STATE_PARTY", "2012-01-01");
        recordStatus(admin, treaty, signatory, "SIGNATORY", "2008-12-03");
        delegateA = aDelegate(admin, partyA);
        delegateB = aDelegate(admin, partyB);
        delegateSignatory = aDelegate(admin, signatory);
        delegateOrganisation = aDelegate(admin, organisation);
    }

    String path() {
        return "/processes/" + process + "/consultations";
    }

    static Map<String, Object> newConsultation(Instant opens, Instant closes) {
        return Map.of("title", "Possible elements of the Lausanne Action Plan", "opens", opens.toString(),
                "closes", closes.toString(),
                "elements", List.of(
                        Map.of("ref", "1", "text", "Clear all cluster munition remnants as soon as possible."),
                        Map.of("ref", "2", "text", "Destroy stockpiles within eight years."),
                        Map.of("ref", "12 (d)", "text", "Report annually on victim assistance.")),
                "questions", List.of(Map.of("ref", "Q1", "text", "Which indicators should measure progress?")));
    }

    /** A consultation open from an hour ago to tomorrow; answers its path. */
    String anOpenConsultation() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Api.Response created = presidency.api().post(path(), newConsultation(now.minus(1, ChronoUnit.HOURS),
                now.plus(1, ChronoUnit.DAYS)));
        if (created.status() != 201) {
            throw new IllegalStateException("Cannot open a consultation: " + created);
        }
        return path() + "/" + created.json().get("id").asString();
    }

    static Map<String, Object> position(String element, String stance) {
        return Map.of("element", element, "stance", stance);
    }

    static Map<String, Object> amend(String element, String text) {
        return Map.of("element", element, "stance", "AMEND", "proposedText", text);
    }
}
