package org.plenary.roster;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the roster: participants, treaties, and where each participant stands on a date. */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class Roster {

    private final ParticipantRepository participants;
    private final TreatyRepository treaties;
    private final ObligationRepository obligations;
    private final JdbcClient jdbc;

    Roster(ParticipantRepository participants, TreatyRepository treaties, ObligationRepository obligations,
            JdbcClient jdbc) {
        this.participants = participants;
        this.obligations = obligations;
        this.treaties = treaties;
        this.jdbc = jdbc;
    }

    public Optional<Participant> participant(ParticipantId id) {
        return participants.findById(id.value());
    }

    /** A participant's treaty obligation deadlines with their histories, by treaty and article. */
    public List<ObligationDeadline> obligations(ParticipantId id) {
        return obligations.of(id);
    }

    public List<Participant> participants() {
        return participants.findAll().stream().sorted(Comparator.comparing(p -> p.name().toLowerCase())).toList();
    }

    public boolean treatyExists(String code) {
        return code != null && treaties.existsById(code);
    }

    public Optional<Treaty> treaty(String code) {
        return code == null ? Optional.empty() : treaties.findById(code);
    }

    public List<Treaty> treaties() {
        return treaties.findAll().stream().sorted(Comparator.comparing(Treaty::code)).toList();
    }

    /** Every participant with its category towards {@code treaty} on {@code date}, by name. */
    public List<Standing> standings(String treaty, LocalDate date) {
        return jdbc.sql("""
                select p.id, p.name, p.kind, p.iso3, p.organisation_type,
                       (select s.status from treaty_status s
                         where s.participant = p.id and s.treaty = :treaty and s.since <= :date
                         order by s.since desc limit 1) as status
                  from participant p
                 order by lower(p.name)
                """)
                .param("treaty", treaty).param("date", date)
                .query((rs, n) -> {
                    ParticipantKind kind = ParticipantKind.valueOf(rs.getString("kind"));
                    String status = rs.getString("status");
                    TreatyStatus treatyStatus = kind == ParticipantKind.STATE
                            ? status == null ? TreatyStatus.NONE : TreatyStatus.valueOf(status)
                            : null;
                    String orgType = rs.getString("organisation_type");
                    return new Standing(new ParticipantId(rs.getObject("id", java.util.UUID.class)),
                            rs.getString("name"), kind, rs.getString("iso3"),
                            orgType == null ? null : OrganisationType.valueOf(orgType), treatyStatus,
                            Category.of(kind, treatyStatus));
                })
                .list();
    }

    /** Where one participant stands towards {@code treaty} on {@code date}. */
    public Optional<Standing> standing(ParticipantId id, String treaty, LocalDate date) {
        return participant(id).map(p -> new Standing(p.id(), p.name(), p.kind(), p.iso3(), p.organisationType(),
                p.kind() == ParticipantKind.STATE ? p.statusOn(treaty, date) : null, p.categoryOn(treaty, date)));
    }
}
