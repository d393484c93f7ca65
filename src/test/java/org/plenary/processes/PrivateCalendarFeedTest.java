package org.plenary.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.Fixtures.Person;
import org.plenary.support.NodeTools;
import org.plenary.support.WebSession;

/**
 * The private calendar feed of an account: created from "My account" at a secret address shown once and kept as a
 * hash, read without signing in by calendar clients (ical.js here), with the meetings of the processes that concern
 * the person; a new address ends the former one, and stopping the feed ends it.
 */
class PrivateCalendarFeedTest extends PlenaryTest {

    private static final Pattern FEED = Pattern.compile("<code id=\"calendar-feed\">([^<]+)</code>");

    @TempDir
    Path work;

    @Test
    void aDelegateSubscribesToTheMeetingsOfItsProcessesAndEndsTheAddress() throws Exception {
        String treaty = Fixtures.aTreaty(admin());
        String process = Fixtures.aProcess(admin(), treaty);
        String party = Fixtures.aState(admin());
        Fixtures.recordStatus(admin(), treaty, party, "STATE_PARTY", "2010-08-01");
        Person delegate = Fixtures.aDelegate(admin(), party);
        Api officer = Fixtures.anOfficer(admin(), process, "SECRETARIAT").api();
        String meeting = officer.post("/processes/" + process + "/meetings", Map.of("title",
                "First Preparatory Meeting", "kind", "PREPARATORY_MEETING", "format", "IN_PERSON",
                "start", "2020-06-29T10:00:00+02:00", "end", "2020-06-29T13:00:00+02:00")).json().get("id").asString();
        WebSession web = WebSession.signIn(port, delegate.username(), Fixtures.PASSWORD);

        String first = newAddress(web);
        Api.Response feed = api().get(first);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.header("Content-Type")).startsWith("text/calendar");
        ValidationResult validation = new CalendarBuilder().build(new StringReader(feed.text())).validate(true);
        assertThat(validation.hasErrors()).as(validation.toString()).isFalse();
        assertThat(readWithIcalJs(feed.text(), meeting)).isEqualTo("Plenary: Delegate " + delegate.username()
                + " | First Preparatory Meeting | CONFIRMED");
        String secret = first.substring(first.lastIndexOf('/') + 1, first.length() - ".ics".length());
        assertThat(jdbc.sql("select token_hash from calendar_feed where account = :a")
                .param("a", java.util.UUID.fromString(delegate.id())).query(String.class).single())
                .isEqualTo(sha256(secret)).isNotEqualTo(secret);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'identity.calendar-feed.regenerated'"
                + " and object_id = :a").param("a", delegate.id()).query(Long.class).single()).isEqualTo(1);

        String second = newAddress(web);
        assertThat(second).isNotEqualTo(first);
        assertThat(api().get(first).status()).as("the former address").isEqualTo(404);
        assertThat(api().get(second).status()).isEqualTo(200);

        assertThat(web.post("/account/calendar-feed/stop", Map.of()).statusCode()).isEqualTo(302);
        assertThat(web.get("/account").body()).contains("You have no private calendar address.");
        assertThat(api().get(second).status()).as("a stopped feed").isEqualTo(404);
        assertThat(api().get("/calendars/not-a-secret.ics").status()).isEqualTo(404);
    }

    @Test
    void anOfficersFeedHasTheProcessesTheyServe() {
        String process = Fixtures.aProcess(admin());
        Person officer = Fixtures.anOfficer(admin(), process, "PRESIDENCY");
        officer.api().post("/processes/" + process + "/meetings", Map.of("title", "Informal briefing on SP.1",
                "kind", "INFORMAL_BRIEFING", "format", "VIRTUAL",
                "start", "2020-06-08T14:00:00+02:00", "end", "2020-06-08T16:00:00+02:00"));
        String other = Fixtures.aProcess(admin());
        Fixtures.anOfficer(admin(), other, "PRESIDENCY").api().post("/processes/" + other + "/meetings",
                Map.of("title", "Somebody else's meeting", "kind", "OTHER", "format", "VIRTUAL",
                        "start", "2020-06-08T14:00:00+02:00", "end", "2020-06-08T16:00:00+02:00"));

        String ics = api().get(newAddress(WebSession.signIn(port, officer.username(), Fixtures.PASSWORD))).text();

        assertThat(ics).contains("SUMMARY:Informal briefing on SP.1").doesNotContain("Somebody else");
    }

    /** Creates a new address from "My account" and answers its path, as the page shows it once. */
    private static String newAddress(WebSession web) {
        web.get("/account");
        HttpResponse<String> created = web.post("/account/calendar-feed", Map.of());
        assertThat(created.statusCode()).isEqualTo(302);
        Matcher shown = FEED.matcher(web.get("/account").body());
        assertThat(shown.find()).isTrue();
        return URI.create(shown.group(1)).getPath();
    }

    /** The calendar's name and the meeting's summary and status, as ical.js reads them. */
    private String readWithIcalJs(String ics, String meeting) throws Exception {
        Files.writeString(work.resolve("feed.ics"), ics, StandardCharsets.UTF_8);
        NodeTools.Run run = NodeTools.node(work, """
                import ICAL from 'ical.js';
                import { readFileSync } from 'node:fs';
                const calendar = new ICAL.Component(ICAL.parse(readFileSync('feed.ics', 'utf8')));
                const vevent = calendar.getAllSubcomponents('vevent')
                    .find(e => e.getFirstPropertyValue('uid').startsWith('%s'));
                console.log([calendar.getFirstPropertyValue('x-wr-calname'), new ICAL.Event(vevent).summary,
                    vevent.getFirstPropertyValue('status')].join(' | '));
                """.formatted(meeting), "ical.js@2.2.1");
        assertThat(run.exitCode()).as(run.output()).isZero();
        return run.output().strip().lines().reduce((a, b) -> b).orElseThrow();
    }

    private static String sha256(String secret) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(secret.getBytes(StandardCharsets.UTF_8)));
    }
}
