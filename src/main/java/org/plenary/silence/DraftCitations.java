package org.plenary.silence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.plenary.processes.Process;
import org.plenary.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The earlier decisions draft decisions cite ("revises", "recalls"): checked to be decisions of the same process
 * (adopted drafts), kept with the citing draft, and read from both sides, the draft's and the decision's.
 */
@Service
@NamedInterface("api")
public class DraftCitations {

    /** A citation as asked for: the decision's id and the relation. */
    public record Request(String decision, Citation.Relation relation) {
    }

    /** A citation checked: the decision cited and how. */
    record Checked(UUID decision, Citation.Relation relation) {
    }

    /** The most decisions one draft cites. */
    static final int MAX = 20;

    private static final String SELECT = """
            select c.draft, c.decision, c.relation, cited.symbol as cited_symbol,
                   cited.title as cited_title, citedp.number as cited_number, d.procedure, p.number,
                   d.position, d.symbol, d.title, d.status
              from silence_draft_citation c
              join silence_draft d on d.id = c.draft join silence_procedure p on p.id = d.procedure
              join silence_draft cited on cited.id = c.decision
              join silence_procedure citedp on citedp.id = cited.procedure
            """;

    private final JdbcClient jdbc;

    DraftCitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The citations of each draft asked for, checked: 400 unless each names a decision of {@code process}. */
    List<List<Checked>> check(Process process, List<DraftProcedure.DraftRequest> drafts) {
        List<List<Checked>> checked = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            DraftProcedure.DraftRequest d = drafts.get(i);
            List<Request> asked = d == null || d.cites() == null ? List.of() : d.cites();
            String field = "drafts[" + i + "].cites";
            if (asked.size() > MAX) {
                throw InvalidInputException.of(field, "A draft cites at most " + MAX + " decisions");
            }
            List<Checked> cites = new ArrayList<>();
            Set<UUID> seen = new HashSet<>();
            for (Request r : asked) {
                UUID decision = decision(process, r == null ? null : r.decision(), field);
                if (r.relation() == null) {
                    throw InvalidInputException.of(field, "How the draft cites the decision is required: REVISES or "
                            + "RECALLS");
                }
                if (!seen.add(decision)) {
                    throw InvalidInputException.of(field, "The decision " + decision + " is cited twice");
                }
                cites.add(new Checked(decision, r.relation()));
            }
            checked.add(cites);
        }
        return checked;
    }

    private UUID decision(Process process, String id, String field) {
        UUID decision;
        try {
            decision = UUID.fromString(id == null ? "" : id);
        } catch (IllegalArgumentException notAnId) {
            throw InvalidInputException.of(field, "'" + id + "' is not a decision of this process");
        }
        boolean known = jdbc.sql("""
                select count(*) from silence_draft d join silence_procedure p on p.id = d.procedure
                 where d.id = :id and p.process = :process and d.status = 'ADOPTED'
                """).param("id", decision).param("process", process.id().value()).query(Long.class).single() == 1;
        if (!known) {
            throw InvalidInputException.of(field, "'" + id + "' is not a decision of this process");
        }
        return decision;
    }

    /** The audit entry of a draft with its citations, when there are any (decision ids and relations per draft). */
    static Map<String, Object> audited(Map<String, Object> entry, List<List<Checked>> cites) {
        if (cites.stream().allMatch(List::isEmpty)) {
            return entry;
        }
        Map<String, Object> with = new LinkedHashMap<>(entry);
        with.put("cites", cites.stream().map(of -> of.stream().map(c -> c.relation() + " " + c.decision()).toList())
                .toList());
        return with;
    }

    /** Replaces the citations of the drafts of a procedure (its drafts in order, one list of citations each). */
    void replace(List<DraftDecision> drafts, List<List<Checked>> cites) {
        for (int i = 0; i < drafts.size(); i++) {
            UUID draft = drafts.get(i).id();
            jdbc.sql("delete from silence_draft_citation where draft = :d").param("d", draft).update();
            List<Checked> of = i < cites.size() ? cites.get(i) : List.of();
            for (int j = 0; j < of.size(); j++) {
                jdbc.sql("""
                        insert into silence_draft_citation (draft, decision, relation, position)
                        values (:draft, :decision, :relation, :position)
                        """).param("draft", draft).param("decision", of.get(j).decision())
                        .param("relation", of.get(j).relation().name()).param("position", j + 1).update();
            }
        }
    }

    /** What the drafts of a procedure cite: draft id → its citations, in the order given. */
    @Transactional(readOnly = true)
    public Map<UUID, List<Citation>> of(SilenceProcedureId procedure) {
        Map<UUID, List<Citation>> cites = new LinkedHashMap<>();
        jdbc.sql(SELECT + " where d.procedure = :p order by d.position, c.position").param("p", procedure.value())
                .query(this::citation).list().forEach(c -> cites.computeIfAbsent(c.draft(), k -> new ArrayList<>())
                        .add(c));
        return cites;
    }

    /** What a draft (or the decision it became) cites. */
    @Transactional(readOnly = true)
    public List<Citation> citesOf(UUID draft) {
        return jdbc.sql(SELECT + " where c.draft = :d order by c.position").param("d", draft).query(this::citation)
                .list();
    }

    /** The drafts that cite {@code decision}, oldest procedure first; drafts not yet circulated left out. */
    @Transactional(readOnly = true)
    public List<Citation> citing(UUID decision) {
        return jdbc.sql(SELECT + " where c.decision = :d and p.status <> 'DRAFT' order by p.number, d.position")
                .param("d", decision).query(this::citation).list();
    }

    private Citation citation(ResultSet rs, int n) throws SQLException {
        String citedSymbol = rs.getString("cited_symbol");
        String symbol = rs.getString("symbol");
        return new Citation(rs.getObject("draft", UUID.class), rs.getObject("decision", UUID.class),
                Citation.Relation.valueOf(rs.getString("relation")),
                citedSymbol != null ? citedSymbol : "SP." + rs.getInt("cited_number"), rs.getString("cited_title"),
                new SilenceProcedureId(rs.getObject("procedure", UUID.class)), "SP." + rs.getInt("number"),
                symbol != null ? symbol : "Draft " + rs.getInt("position"), rs.getString("title"),
                DraftStatus.valueOf(rs.getString("status")));
    }
}
