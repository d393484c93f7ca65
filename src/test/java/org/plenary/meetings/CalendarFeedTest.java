package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.NodeTools;

/**
 * A process's calendar as subscribed clients read it: valid for ical4j's validator, lines folded at 75 octets,
 * named, and a cancelled meeting with STATUS:CANCELLED and a higher SEQUENCE than the copy a client imported
 * before, as ical.js (the parser of Thunderbird and many web calendars) reads it; HEAD and validators for
 * clients that poll.
 */
class CalendarFeedTest extends PlenaryTest {

    private static final String ICAL_JS = "ical.js@2.2.1";

    @TempDir
    Path work;

    @Test
    void aCancelledMeetingComesBackCancelledWithAHigherSequenceInAValidFoldedNamedCalendar() throws Exception {
        String process = Fixtures.aProcess(admin());
        Api officer = Fixtures.anOfficer(admin(), process, "PRESIDENCY").api();
        String title = "Second Preparatory Meeting of the Second Review Conference of the Convention on Cluster "
                + "Munitions — réunion préparatoire";
        String meeting = officer.post("/processes/" + process + "/meetings", Map.of("title", title,
                "kind", "PREPARATORY_MEETING", "format", "IN_PERSON", "venue", "Palais des Nations, Geneva",
                "start", "2020-09-04T10:00:00+02:00", "end", "2020-09-04T13:00:00+02:00")).json().get("id").asString();
        String feed = "/processes/" + process + "/calendar.ics";

        String before = api().get(feed).text();
        assertValid(before);
        assertThat(before).contains("X-WR-CALNAME:", "REFRESH-INTERVAL;VALUE=DURATION:PT1H");
        assertThat(Arrays.stream(before.split("\r\n")))
                .allMatch(line -> line.getBytes(StandardCharsets.UTF_8).length <= 75);
        Map<String, String> imported = readWithIcalJs(before, meeting);
        assertThat(imported).containsEntry("status", "CONFIRMED").containsEntry("summary", title);

        assertThat(officer.post("/processes/" + process + "/meetings/" + meeting + "/cancel", null).status())
                .isEqualTo(200);
        String after = api().get(feed).text();
        assertValid(after);
        Map<String, String> cancelled = readWithIcalJs(after, meeting);
        assertThat(cancelled).containsEntry("status", "CANCELLED");
        assertThat(Integer.parseInt(cancelled.get("sequence")))
                .isGreaterThan(Integer.parseInt(imported.get("sequence")));
    }

    @Test
    void theCalendarAnswersHeadAndNotModifiedWhenUnchanged() {
        String process = Fixtures.aProcess(admin());
        String feed = "/processes/" + process + "/calendar.ics";
        assertThat(api().send("HEAD", feed, null, null).status()).isEqualTo(200);
        Api.Response first = api().get(feed);
        String etag = first.header("ETag");
        assertThat(etag).startsWith("\"");
        assertThat(first.header("Content-Disposition")).contains("filename*=UTF-8''");
        assertThat(api().withHeader("If-None-Match", etag).get(feed).status()).isEqualTo(304);
        assertThat(api().withHeader("If-None-Match", "W/" + etag).get(feed).status()).as("weak comparison")
                .isEqualTo(304);
        Fixtures.anOfficer(admin(), process, "PRESIDENCY").api().post("/processes/" + process + "/meetings",
                Map.of("title", "Briefing", "kind", "INFORMAL_BRIEFING", "format", "VIRTUAL",
                        "start", "2020-06-08T14:00:00+02:00", "end", "2020-06-08T16:00:00+02:00"));
        assertThat(api().withHeader("If-None-Match", etag).get(feed).status()).isEqualTo(200);
    }

    private static void assertValid(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        ValidationResult result = calendar.validate(true);
        assertThat(result.hasErrors()).as(result.toString()).isFalse();
    }

    /** The event of the meeting as ical.js reads it: status, sequence, summary, and the calendar's name. */
    private Map<String, String> readWithIcalJs(String ics, String meeting) throws Exception {
        Files.writeString(work.resolve("feed.ics"), ics, StandardCharsets.UTF_8);
        NodeTools.Run run = NodeTools.node(work, """
                import ICAL from 'ical.js';
                import { readFileSync } from 'node:fs';
                const calendar = new ICAL.Component(ICAL.parse(readFileSync('feed.ics', 'utf8')));
                const vevent = calendar.getAllSubcomponents('vevent')
                    .find(e => e.getFirstPropertyValue('uid').startsWith('%s'));
                const event = new ICAL.Event(vevent);
                console.log(JSON.stringify({status: vevent.getFirstPropertyValue('status'),
                    sequence: String(event.sequence), summary: event.summary,
                    name: calendar.getFirstPropertyValue('x-wr-calname')}));
                """.formatted(meeting), ICAL_JS);
        assertThat(run.exitCode()).as(run.output()).isZero();
        String json = run.output().strip().lines().reduce((a, b) -> b).orElseThrow();
        return new tools.jackson.databind.ObjectMapper().readValue(json,
                new tools.jackson.core.type.TypeReference<Map<String, String>>() { });
    }
}
