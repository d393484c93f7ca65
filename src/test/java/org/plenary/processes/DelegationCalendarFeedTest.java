package org.plenary.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.PlenaryTest;
import org.plenary.documents.Multipart;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.Fixtures.Person;
import org.plenary.support.NodeTools;
import org.plenary.support.WebSession;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a delegation's private feed adds to the public calendar, and that nothing of another delegation leaks into it:
 * a State Party and an observer State on one speakers' list, one of them having answered a consultation on a draft of
 * limited distribution and a silence procedure. Each feed, read by ical.js and valid for ical4j's validator, holds its
 * own speaking slot with its place on the list, what it may answer and what it answered; the public feed none of it.
 */
class DelegationCalendarFeedTest extends PlenaryTest {

    private static final Pattern FEED = Pattern.compile("<code id=\"calendar-feed\">([^<]+)</code>");

    @TempDir
    Path work;

    @Test
    void eachDelegationsFeedHoldsItsOwnItemsAndTheLimitedDeadlinesAndNothingOfTheOther() throws Exception {
        String treaty = Fixtures.aTreaty(admin());
        String process = Fixtures.aProcess(admin(), treaty);
        String party = Fixtures.aState(admin());
        Fixtures.recordStatus(admin(), treaty, party, "STATE_PARTY", "2011-01-01");
        String observer = Fixtures.aState(admin());
        Person partyDelegate = Fixtures.aDelegate(admin(), party);
        Person observerDelegate = Fixtures.aDelegate(admin(), observer);
        Person president = Fixtures.anOfficer(admin(), process, "PRESIDENCY");
        Api presidency = president.api();
        String base = "/processes/" + process;

        String meeting = presidency.post(base + "/meetings", Map.of("title", "Second Preparatory Meeting",
                "kind", "PREPARATORY_MEETING", "format", "IN_PERSON", "start", "2020-09-04T10:00:00+02:00",
                "end", "2020-09-04T13:00:00+02:00")).json().get("id").asString();
        presidency.put(base + "/meetings/" + meeting + "/agenda", Map.of("status", "PROVISIONAL", "items",
                List.of(Map.of("title", "Opening"), Map.of("title", "Lausanne Action Plan"))));
        for (Person who : List.of(observerDelegate, partyDelegate)) {
            assertThat(who.api().post(base + "/meetings/" + meeting + "/speakers", Map.of("agendaItem", "2"))
                    .status()).isEqualTo(201);
        }

        String limited = JsonMapper.builder().build().readTree(new Multipart().json("metadata", "{\"symbol\":\""
                + "CCM/CONF/" + (1000 + (int) (Math.random() * 8999)) + "/WP.4/L.1\",\"title\":\"Draft action plan\","
                + "\"type\":\"WORKING_PAPER\",\"distribution\":\"LIMITED\",\"originalLanguage\":\"en\"}")
                .file("en", "draft.pdf", "application/pdf", Multipart.pdf("Draft action plan"))
                .post("http://localhost:" + port + "/api/v1" + base + "/documents",
                        tokenFor(president.username(), Fixtures.PASSWORD)).body()).get("id").asString();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String consultation = presidency.post(base + "/consultations", Map.of("title", "Views on the draft plan",
                "documentId", limited, "opens", now.minus(1, ChronoUnit.HOURS).toString(),
                "closes", now.plus(5, ChronoUnit.DAYS).toString(),
                "elements", List.of(Map.of("ref", "1", "text", "Clear all remnants.")))).json().get("id").asString();
        assertThat(partyDelegate.api().put(base + "/consultations/" + consultation + "/submissions/mine",
                Map.of("positions", List.of(Map.of("element", "1", "stance", "RETAIN")))).status()).isEqualTo(200);

        String procedure = presidency.post(base + "/silence-procedures", Map.of("subject", "Date of the meeting",
                "proposal", "29 June 2020", "deadline", now.plus(4, ChronoUnit.DAYS).toString())).json()
                .get("id").asString();
        assertThat(presidency.post(base + "/silence-procedures/" + procedure + "/circulate", null).status())
                .isEqualTo(200);
        assertThat(observerDelegate.api().post(base + "/silence-procedures/" + procedure + "/comments",
                Map.of("text", "We support the new date.")).status()).isEqualTo(201);

        String partyFeed = feedOf(partyDelegate);
        String observerFeed = feedOf(observerDelegate);
        String publicFeed = unfolded(api().get(base + "/calendar.ics").text());

        String consultationUid = "consultation-" + consultation + "@plenary";
        String procedureUid = procedure + "@plenary-silence";
        assertThat(event(partyFeed, "speaking-" + meeting + "-2-" + party + "@plenary"))
                .contains("Speaking: Second Preparatory Meeting, item 2, number 1 on the list", "number 1 of 2");
        assertThat(event(partyFeed, consultationUid)).contains("Your delegation's views: version 1");
        assertThat(event(partyFeed, procedureUid)).contains("Your delegation may object")
                .doesNotContain("Your delegation sent");
        assertThat(partyFeed).doesNotContain(observer);
        assertThat(event(observerFeed, "speaking-" + meeting + "-2-" + observer + "@plenary"))
                .contains("Speaking: Second Preparatory Meeting, item 2, number 2 on the list", "number 2 of 2");
        assertThat(event(observerFeed, consultationUid)).contains("Your delegation has not given its views");
        assertThat(event(observerFeed, procedureUid)).contains("Your delegation may comment",
                "Your delegation sent: comment").doesNotContain("may object");
        assertThat(observerFeed).doesNotContain(party);
        assertThat(publicFeed).contains(procedure + "@plenary-silence")
                .doesNotContain("Speaking:", "consultation-" + consultation, "Your delegation");
        String officersFeed = feedOf(president);
        assertThat(event(officersFeed, consultationUid)).doesNotContain("Your delegation");
        assertThat(officersFeed).doesNotContain("Speaking:");
    }

    /** The person's private feed, created from "My account", valid for ical4j and unfolded as ical.js reads it. */
    private String feedOf(Person person) throws Exception {
        WebSession web = WebSession.signIn(port, person.username(), Fixtures.PASSWORD);
        web.get("/account");
        assertThat(web.post("/account/calendar-feed", Map.of()).statusCode()).isEqualTo(302);
        Matcher shown = FEED.matcher(web.get("/account").body());
        assertThat(shown.find()).isTrue();
        String ics = api().get(URI.create(shown.group(1)).getPath()).text();
        ValidationResult validation = new CalendarBuilder().build(new StringReader(ics)).validate(true);
        assertThat(validation.hasErrors()).as(validation.toString()).isFalse();
        return readWithIcalJs(ics);
    }

    /** Every event of the calendar as ical.js reads it: UID, summary and description, one line each. */
    private String readWithIcalJs(String ics) throws Exception {
        Files.writeString(work.resolve("feed.ics"), ics, StandardCharsets.UTF_8);
        NodeTools.Run run = NodeTools.node(work, """
                import ICAL from 'ical.js';
                import { readFileSync } from 'node:fs';
                const calendar = new ICAL.Component(ICAL.parse(readFileSync('feed.ics', 'utf8')));
                for (const vevent of calendar.getAllSubcomponents('vevent')) {
                    const e = new ICAL.Event(vevent);
                    console.log(['EVENT', e.uid, e.summary, e.description, vevent.getFirstPropertyValue('sequence')]
                        .join(' | '));
                }
                """, "ical.js@2.2.1");
        assertThat(run.exitCode()).as(run.output()).isZero();
        return String.join("\n", run.output().lines().filter(l -> l.startsWith("EVENT | ")).toList());
    }

    /** The one event of the feed with this UID, as {@link #readWithIcalJs} writes it. */
    private static String event(String feed, String uid) {
        List<String> events = feed.lines().filter(line -> line.startsWith("EVENT | " + uid + " | ")).toList();
        assertThat(events).as("the event %s", uid).hasSize(1);
        return events.getFirst();
    }

    private static String unfolded(String ics) {
        return ics.replaceAll("\r\n[ \t]", "");
    }
}
