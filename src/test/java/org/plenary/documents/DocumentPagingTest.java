package org.plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.ApiAssertions.assertInvalid;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;

/**
 * The documents of a process page with {@code ?page=&size=} and a {@code Link: rel="next"} header; without
 * paging parameters the list is the plain JSON array of the contract. Pages count only what the caller may read.
 */
class DocumentPagingTest extends PlenaryTest {

    private static final Pattern NEXT = Pattern.compile("<http://[^/]+/api/v1(/[^>]+)>; rel=\"next\"");

    private String process;
    private Api officer;
    private final List<String> symbols = new ArrayList<>();

    /** Four documents: three of general distribution and a restricted one that only officers read. */
    @BeforeEach
    void aProcessWithFourDocuments() throws Exception {
        Api admin = admin();
        process = Fixtures.aProcess(admin);
        Fixtures.Person secretariat = Fixtures.anOfficer(admin, process, "SECRETARIAT");
        officer = secretariat.api();
        String token = Fixtures.signIn(admin, secretariat.username(), Fixtures.PASSWORD);
        String prefix = "CCM/CONF/" + (1000 + (int) (Math.random() * 8999)) + "/";
        for (String distribution : List.of("GENERAL", "GENERAL", "RESTRICTED", "GENERAL")) {
            String symbol = prefix + "INF." + (symbols.size() + 1);
            HttpResponse<String> created = new Multipart().json("metadata", "{\"symbol\":\"" + symbol
                    + "\",\"title\":\"Information note\",\"type\":\"INFORMATION_NOTE\",\"distribution\":\""
                    + distribution + "\",\"originalLanguage\":\"en\"}")
                    .file("en", "note.pdf", "application/pdf", Multipart.pdf("Information note"))
                    .post("http://localhost:" + port + "/api/v1/processes/" + process + "/documents", token);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            symbols.add(symbol);
        }
    }

    @Test
    void withoutPagingTheListIsOneArrayWithoutLink() {
        Api.Response all = officer.get(documents());
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().isArray()).isTrue();
        assertThat(symbolsOf(all)).containsExactlyInAnyOrderElementsOf(symbols);
        assertThat(all.header("Link")).isNull();
    }

    @Test
    void pagesFollowTheirNextLinkUntilTheLastPage() {
        List<String> seen = new ArrayList<>();
        String next = documents() + "?page=0&size=3";
        int pages = 0;
        while (next != null) {
            Api.Response page = officer.get(next);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            seen.addAll(symbolsOf(page));
            next = next(page);
            pages++;
        }
        assertThat(pages).isEqualTo(2);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(symbols).doesNotHaveDuplicates();

        Api.Response exact = officer.get(documents() + "?page=0&size=4");
        assertThat(exact.json()).hasSize(4);
        assertThat(exact.header("Link")).as("no page follows a full last page").isNull();
        assertThat(officer.get(documents() + "?page=5&size=2").json()).isEmpty();
    }

    @Test
    void pagesCountOnlyTheDocumentsTheCallerMayRead() {
        Api.Response first = api().get(documents() + "?size=2");
        assertThat(first.json()).hasSize(2);
        Api.Response second = api().get(next(first));
        assertThat(second.json()).hasSize(1);
        assertThat(second.header("Link")).isNull();
        assertThat(symbolsOf(first)).doesNotContain(symbols.get(2));
        assertThat(symbolsOf(second)).doesNotContain(symbols.get(2));
        Api.Response bySymbol = officer.get(documents() + "?symbol=" + symbols.get(1) + "&size=1");
        assertThat(symbolsOf(bySymbol)).containsExactly(symbols.get(1));
        assertThat(bySymbol.header("Link")).isNull();
    }

    @Test
    void refusesInvalidPaging() {
        assertInvalid(officer.get(documents() + "?page=-1"), "page");
        assertInvalid(officer.get(documents() + "?size=0"), "size");
        assertInvalid(officer.get(documents() + "?size=501"), "size");
    }

    private String documents() {
        return "/processes/" + process + "/documents";
    }

    private static String next(Api.Response page) {
        String link = page.header("Link");
        if (link == null) {
            return null;
        }
        Matcher matcher = NEXT.matcher(link);
        assertThat(matcher.matches()).as(link).isTrue();
        return matcher.group(1);
    }

    private static List<String> symbolsOf(Api.Response page) {
        return page.json().valueStream().map(d -> d.get("symbol").asString()).toList();
    }
}
