package org.plenary.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.plenary.contacts.ImportContacts;
import org.plenary.identity.Account;
import org.plenary.identity.CreateAccount;
import org.plenary.processes.AppointOfficer;
import org.plenary.processes.CreateProcess;
import org.plenary.processes.OfficerRole;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.roster.CreateTreaty;
import org.plenary.roster.ImportTreatyStatuses;
import org.plenary.roster.OrganisationType;
import org.plenary.roster.Participant;
import org.plenary.roster.ParticipantKind;
import org.plenary.roster.RegisterParticipant;
import org.plenary.roster.Roster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With the profile {@code demo}: at start, unless the process {@code CCM-2RC} exists, creates the treaty
 * CCM, its roster (the sample of real treaty statuses plus a complement, and observer organisations), the
 * process, its officers and a few delegate accounts, all in one transaction through the real operations.
 * The passwords are the fixed demo passwords listed in the README.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    static final String PROCESS = "CCM-2RC";
    static final String PASSWORD = "plenary-demo";
    /** Serialises instances starting at once on one database; FirstAdministrator holds 7431001 before. */
    private static final long LOCK = 7431002;

    private record Organisation(String name, OrganisationType type) {
    }

    private record Officer(String username, String displayName, OfficerRole role) {
    }

    private record Delegate(String username, String participant, String displayName) {
    }

    private static final List<String> ROSTER = List.of("demo/ccm-roster-sample.csv", "demo/ccm-roster-complement.csv");
    /** Illustrative mission addresses for most States, in each mission's working language; a few have none. */
    private static final String CONTACTS = "demo/ccm-contacts.csv";

    private static final List<Organisation> ORGANISATIONS = List.of(
            new Organisation("International Committee of the Red Cross", OrganisationType.INTERNATIONAL_ORGANISATION),
            new Organisation("Organization for Security and Co-operation in Europe",
                    OrganisationType.INTERNATIONAL_ORGANISATION),
            new Organisation("United Nations Development Programme", OrganisationType.UN_BODY),
            new Organisation("United Nations Mine Action Service", OrganisationType.UN_BODY),
            new Organisation("United Nations Institute for Disarmament Research", OrganisationType.UN_BODY),
            new Organisation("Geneva International Centre for Humanitarian Demining", OrganisationType.OTHER),
            new Organisation("Cluster Munition Coalition", OrganisationType.NON_GOVERNMENTAL_ORGANISATION),
            new Organisation("Humanity & Inclusion", OrganisationType.NON_GOVERNMENTAL_ORGANISATION));

    private static final List<Officer> OFFICERS = List.of(
            new Officer("president", "President of the Second Review Conference", OfficerRole.PRESIDENCY),
            new Officer("secretariat", "Secretariat of the Second Review Conference", OfficerRole.SECRETARIAT));

    private static final List<Delegate> DELEGATES = List.of(
            new Delegate("delegate.che", "Switzerland", "Delegation of Switzerland"),
            new Delegate("delegate.lao", "Lao People's Democratic Republic", "Delegation of the Lao PDR"),
            new Delegate("delegate.ago", "Angola", "Delegation of Angola"),
            new Delegate("delegate.niu", "Niue", "Delegation of Niue"),
            new Delegate("delegate.icrc", "International Committee of the Red Cross", "ICRC delegation"));

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final Processes processes;
    private final Roster roster;
    private final CreateTreaty createTreaty;
    private final ImportTreatyStatuses importStatuses;
    private final ImportContacts importContacts;
    private final RegisterParticipant registerParticipant;
    private final CreateProcess createProcess;
    private final CreateAccount createAccount;
    private final AppointOfficer appointOfficer;
    private final DemoMeetings meetings;
    private final DemoConsultations consultations;
    private final DemoSilence silence;
    private final DemoLetters letters;

    DemoData(TransactionTemplate transaction, JdbcClient jdbc, Processes processes, Roster roster,
            CreateTreaty createTreaty, ImportTreatyStatuses importStatuses, ImportContacts importContacts,
            RegisterParticipant registerParticipant,
            CreateProcess createProcess, CreateAccount createAccount, AppointOfficer appointOfficer,
            DemoMeetings meetings, DemoConsultations consultations, DemoSilence silence, DemoLetters letters) {
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.processes = processes;
        this.roster = roster;
        this.createTreaty = createTreaty;
        this.importStatuses = importStatuses;
        this.importContacts = importContacts;
        this.registerParticipant = registerParticipant;
        this.createProcess = createProcess;
        this.createAccount = createAccount;
        this.appointOfficer = appointOfficer;
        this.meetings = meetings;
        this.consultations = consultations;
        this.silence = silence;
        this.letters = letters;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean created = Boolean.TRUE.equals(transaction.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", LOCK).query().singleRow();
            if (processes.find(PROCESS).isPresent()) {
                return false;
            }
            SystemActor.runAs("demo", this::create);
            return true;
        }));
        String accounts = "admin, " + OFFICERS.stream().map(Officer::username).collect(Collectors.joining(", "))
                + ", " + DELEGATES.stream().map(Delegate::username).collect(Collectors.joining(", "));
        log.info("Demo {}: process {}; demo accounts {} (passwords in the README)",
                created ? "ready" : "already set up", PROCESS, accounts);
    }

    private void create() {
        createTreaty.execute(new CreateTreaty.Command("CCM", "Convention on Cluster Munitions"));
        ROSTER.forEach(csv -> importStatuses.execute("CCM", read(csv)));
        ORGANISATIONS.forEach(o -> registerParticipant.execute(
                new RegisterParticipant.Command(o.name(), ParticipantKind.ORGANISATION, null, o.type())));
        importContacts.execute(read(CONTACTS));
        Process process = createProcess.execute(new CreateProcess.Command(PROCESS,
                "Second Review Conference of the Convention on Cluster Munitions", "CCM", "Europe/Zurich",
                List.of("en", "fr", "es"), "PT72H"));
        Account president = null;
        for (Officer officer : OFFICERS) {
            Account account = createAccount.execute(new CreateAccount.Command(officer.username(), PASSWORD,
                    officer.displayName(), email(officer.username()), null, false, null));
            appointOfficer.execute(new AppointOfficer.Command(process.id(), account.id().value().toString(),
                    officer.role()));
            if (officer.role() == OfficerRole.PRESIDENCY) {
                president = account;
            }
        }
        Map<String, Participant> byName = roster.participants().stream()
                .collect(Collectors.toMap(Participant::name, Function.identity()));
        Map<String, Account> delegates = new HashMap<>();
        for (Delegate delegate : DELEGATES) {
            Participant participant = byName.get(delegate.participant());
            Account account = createAccount.execute(new CreateAccount.Command(delegate.username(), PASSWORD,
                    delegate.displayName(), email(delegate.username()), participant.id(), false, null));
            delegates.put(delegate.username(), account);
        }
        meetings.create(process.id(), president);
        letters.create(process.id(), president);
        consultations.create(process.id(), president, delegates);
        silence.create(process.id(), president, delegates.get("delegate.che"));
    }

    private static String email(String username) {
        return username + "@plenary.example";
    }

    private static String read(String resource) {
        try {
            return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
