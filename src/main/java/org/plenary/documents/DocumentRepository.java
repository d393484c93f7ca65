package org.plenary.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.processes.ProcessId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores documents and the metadata of their files. */
@Repository
class DocumentRepository {

    private static final String SELECT = """
            select d.*, f.language, f.file_name, f.content_type, f.size, f.sha256, f.content, f.uploaded_at,
                   f.text_status, f.text_failure
              from document d left join document_file f on f.document = d.id
            """;

    private final JdbcClient jdbc;

    DocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Document d) {
        jdbc.sql("""
                insert into document (id, process, symbol, title, type, distribution, original_language, agenda_item,
                                      meeting, submitted_by, relation, related_to, issued_on, created_at, version)
                values (:id, :process, :symbol, :title, :type, :distribution, :originalLanguage, :agendaItem,
                        :meeting, :submittedBy, :relation, :relatedTo, :issuedOn, :createdAt, 0)
                """)
                .param("id", d.id().value()).param("process", d.process().value())
                .param("symbol", d.symbol() == null ? null : d.symbol().value()).param("title", d.title())
                .param("type", d.type().name()).param("distribution", d.distribution().name())
                .param("originalLanguage", d.originalLanguage()).param("agendaItem", d.agendaItem())
                .param("meeting", d.meetingId()).param("submittedBy", d.submittedBy())
                .param("relation", d.relation().name())
                .param("relatedTo", d.relatedTo() == null ? null : d.relatedTo().value())
                .param("issuedOn", d.issuedOn()).param("createdAt", Timestamp.from(d.createdAt()))
                .update();
    }

    /**
     * Stores a file's metadata; its text is PENDING, to be extracted by {@link ExtractText}, and until then only the
     * document's symbol and title are searchable.
     */
    void insertFile(DocumentId document, DocumentFile f) {
        jdbc.sql("""
                insert into document_file (document, language, file_name, content_type, size, sha256, content,
                                           text_status, search_config, search, uploaded_at)
                values (:document, :language, :fileName, :contentType, :size, :sha256, :content,
                        'PENDING', :config, ''::tsvector, :uploadedAt)
                """)
                .param("config", TextExtraction.SEARCH_CONFIG.get(f.language()))
                .param("document", document.value()).param("language", f.language()).param("fileName", f.fileName())
                .param("contentType", f.contentType()).param("size", f.size()).param("sha256", f.sha256())
                .param("content", f.contentOid()).param("uploadedAt", Timestamp.from(f.uploadedAt()))
                .update();
    }

    /** A file whose text is still to be extracted, locked until the end of the transaction. */
    record PendingFile(long contentOid, long size, String contentType) {
    }

    Optional<PendingFile> lockPendingFile(DocumentId document, String language) {
        return jdbc.sql("""
                select content, size, content_type from document_file
                 where document = :document and language = :language and text_status = 'PENDING' for update
                """).param("document", document.value()).param("language", language)
                .query((rs, n) -> new PendingFile(rs.getLong(1), rs.getLong(2), rs.getString(3))).optional();
    }

    /** Stores the text of a file, indexed in the text search configuration of its language. */
    boolean storeText(DocumentId document, String language, String text) {
        return jdbc.sql("""
                update document_file set text_status = 'EXTRACTED', text_content = :text,
                       search = to_tsvector(cast(search_config as regconfig), :text)
                 where document = :document and language = :language and text_status = 'PENDING'
                """).param("text", text).param("document", document.value()).param("language", language)
                .update() == 1;
    }

    /** Records why a file has no searchable text. */
    boolean textFailed(DocumentId document, String language, String reason) {
        return jdbc.sql("""
                update document_file set text_status = 'FAILED', text_failure = left(:reason, 500)
                 where document = :document and language = :language and text_status = 'PENDING'
                """).param("reason", reason).param("document", document.value()).param("language", language)
                .update() == 1;
    }

    /** Marks {@code old} as replaced by {@code replacement}; false if it was already replaced. */
    boolean supersede(DocumentId old, DocumentId replacement) {
        return jdbc.sql("update document set superseded_by = :by, version = version + 1 where id = :id and superseded_by is null")
                .param("by", replacement.value()).param("id", old.value()).update() == 1;
    }

    /** Files a document against a meeting and one of its agenda items (or none). */
    void fileUnder(DocumentId id, UUID meeting, String agendaItem) {
        jdbc.sql("update document set meeting = :meeting, agenda_item = :item, version = version + 1 where id = :id")
                .param("meeting", meeting).param("item", agendaItem).param("id", id.value()).update();
    }

    boolean symbolExists(DocumentSymbol symbol) {
        return jdbc.sql("select exists (select 1 from document where symbol = :symbol)")
                .param("symbol", symbol.value()).query(Boolean.class).single();
    }

    /** The document of the process with this symbol. */
    Optional<DocumentId> bySymbol(ProcessId process, String symbol) {
        return jdbc.sql("select id from document where process = :process and symbol = :symbol")
                .param("process", process.value()).param("symbol", symbol).query(UUID.class).optional()
                .map(DocumentId::new);
    }

    /** Locks a document row until the end of the transaction, so that two revisions of it cannot race. */
    Optional<Document> findForUpdate(DocumentId id) {
        jdbc.sql("select id from document where id = :id for update").param("id", id.value()).query(UUID.class).optional();
        return findById(id);
    }

    Optional<Document> findById(DocumentId id) {
        return group(jdbc.sql(SELECT + " where d.id = :id order by f.language").param("id", id.value())
                .query(this::row).list()).stream().findFirst();
    }

    List<Document> findByProcess(ProcessId process) {
        return group(jdbc.sql(SELECT + " where d.process = :process order by d.issued_on desc, d.symbol, f.language")
                .param("process", process.value()).query(this::row).list());
    }

    /**
     * Documents of a process whose symbol, title or text (in the text's language) match a web-search style
     * query, best first, with a snippet of the matching text.
     */
    List<SearchHit> search(ProcessId process, String query, int limit) {
        String like = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                select d.id, f.language,
                       ts_rank(f.search, websearch_to_tsquery(cast(f.search_config as regconfig), :q)) as rank,
                       ts_headline(cast(f.search_config as regconfig), left(f.text_content, 200000),
                                   websearch_to_tsquery(cast(f.search_config as regconfig), :q),
                                   'StartSel=«, StopSel=», MaxFragments=2, MaxWords=25, MinWords=8') as snippet
                  from document d join document_file f on f.document = d.id
                 where d.process = :process
                   and (f.search @@ websearch_to_tsquery(cast(f.search_config as regconfig), :q)
                        or d.symbol ilike :like
                        or to_tsvector('simple', coalesce(d.symbol, '') || ' ' || d.title)
                           @@ websearch_to_tsquery('simple', :q))
                 order by rank desc, d.issued_on desc
                 limit :limit
                """)
                .param("q", query).param("like", like).param("process", process.value()).param("limit", limit)
                .query((rs, n) -> new SearchHit(new DocumentId(rs.getObject("id", UUID.class)), rs.getString("language"),
                        rs.getDouble("rank"), rs.getString("snippet")))
                .list();
    }

    /** The documents that follow {@code id} with a given relation (its corrigenda, addenda, …). */
    int countRelated(DocumentId id, Relation relation) {
        return jdbc.sql("select count(*) from document where related_to = :id and relation = :relation")
                .param("id", id.value()).param("relation", relation.name()).query(Integer.class).single();
    }

    private record Row(Document document, DocumentFile file) {
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        String symbol = rs.getString("symbol");
        UUID relatedTo = rs.getObject("related_to", UUID.class);
        UUID supersededBy = rs.getObject("superseded_by", UUID.class);
        Document d = new Document(new DocumentId(rs.getObject("id", UUID.class)),
                new ProcessId(rs.getObject("process", UUID.class)),
                symbol == null ? null : new DocumentSymbol(symbol), rs.getString("title"),
                DocumentType.valueOf(rs.getString("type")), Distribution.valueOf(rs.getString("distribution")),
                rs.getString("original_language"), rs.getString("agenda_item"), rs.getObject("meeting", UUID.class),
                rs.getString("submitted_by"), Relation.valueOf(rs.getString("relation")),
                relatedTo == null ? null : new DocumentId(relatedTo),
                supersededBy == null ? null : new DocumentId(supersededBy),
                rs.getObject("issued_on", LocalDate.class), rs.getTimestamp("created_at").toInstant(), List.of());
        DocumentFile file = rs.getString("language") == null ? null
                : new DocumentFile(rs.getString("language"), rs.getString("file_name"), rs.getString("content_type"),
                        rs.getLong("size"), rs.getString("sha256"), rs.getLong("content"),
                        rs.getTimestamp("uploaded_at").toInstant(),
                        new DocumentFile.Text(DocumentFile.TextStatus.valueOf(rs.getString("text_status")),
                                rs.getString("text_failure")));
        return new Row(d, file);
    }

    private static List<Document> group(List<Row> rows) {
        Map<DocumentId, List<Row>> byDocument = new LinkedHashMap<>();
        rows.forEach(r -> byDocument.computeIfAbsent(r.document().id(), k -> new ArrayList<>()).add(r));
        return byDocument.values().stream().map(list -> {
            Document d = list.getFirst().document();
            List<DocumentFile> files = list.stream().map(Row::file).filter(f -> f != null).toList();
            return new Document(d.id(), d.process(), d.symbol(), d.title(), d.type(), d.distribution(),
                    d.originalLanguage(), d.agendaItem(), d.meetingId(), d.submittedBy(), d.relation(), d.relatedTo(),
                    d.supersededBy(), d.issuedOn(), d.createdAt(), files);
        }).toList();
    }
}
