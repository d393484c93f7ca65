package org.plenary.shared.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.plenary.shared.Durations;
import org.springframework.context.MessageSource;

/** The interface texts in the reader's language, for templates: {@code ${t.get("nav.roster")}}. */
public record Texts(MessageSource messages, Locale locale) {

    public String get(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** The label of an enum constant, under the key {@code enum.<Type>.<CONSTANT>}. */
    /**
     * The texts in {@code language} when the interface has that language, else in English: what is written with
     * them is in {@link #language()}, which an e-mail names in its Content-Language header.
     */
    public static Texts written(MessageSource messages, String language) {
        return new Texts(messages, WebConfiguration.LANGUAGES.stream().filter(l -> l.getLanguage().equals(language))
                .findFirst().orElse(Locale.ENGLISH));
    }

    public String label(Enum<?> value) {
        return get(labelKey(value));
    }

    static String labelKey(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    /** The name of a language given by its ISO 639-1 code, under {@code language.<code>}. */
    public String languageName(String code) {
        return get("language." + code);
    }

    public String language() {
        return locale.getLanguage();
    }

    /**
     * For a text shown in {@code shown} to a reader of another language: the line that says in which languages the
     * text exists ({@code mail.content.languages}); empty when the reader has it in their own language.
     */
    public String otherLanguagesLine(String shown, List<String> languages) {
        if (shown.equals(language())) {
            return "";
        }
        return get("mail.content.languages", String.join(", ", languages.stream().map(this::languageName).toList()));
    }

    /** The direction of writing of the language, for the {@code dir} attribute: rtl for Arabic, else ltr. */
    public String direction() {
        return locale.getLanguage().equals("ar") ? "rtl" : "ltr";
    }

    /** A date as readers of the language write it: 6 August 2020, 6 août 2020, 6 de agosto de 2020. */
    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(formats()).format(date);
    }

    /** An instant as a local date and time in {@code zone}, with the zone named: 18 June 2020 at 18:00 Geneva time (UTC+2). */
    public String dateTime(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(formats())
                .format(at.atZone(zone)) + " " + zone(zone, at);
    }

    /** An instant in {@code zone} and in UTC, as notices give it: 18 June 2020 at 18:00 Geneva time (UTC+2) / … UTC. */
    public String dateTimeAndUtc(Instant at, ZoneId zone) {
        return dateTime(at, zone) + " / " + dateTime(at, ZoneId.of("UTC"));
    }

    /** An instant to the second in UTC, as a receipt gives it: 12 June 2020 at 16:00:05 UTC. */
    public String instant(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.MEDIUM).withLocale(formats())
                .format(at.atZone(ZoneOffset.UTC)) + " UTC";
    }

    /** A time zone as people name it at {@code at}, with its offset: Geneva time (UTC+2), heure de Genève (UTC+2), UTC. */
    public String zone(ZoneId zone, Instant at) {
        ZoneOffset offset = zone.getRules().getOffset(at);
        return zone.normalized() instanceof ZoneOffset ? ZoneNames.offset(offset)
                : ZoneNames.name(this, zone) + " (" + ZoneNames.offset(offset) + ")";
    }

    /** A time zone as people name it, for the hints of forms: Geneva time, heure de Genève, UTC. */
    public String zone(ZoneId zone) {
        return zone.normalized() instanceof ZoneOffset fixed ? ZoneNames.offset(fixed) : ZoneNames.name(this, zone);
    }

    /** English dates follow United Nations editorial style, day first (6 August 2020), as in British usage. */
    private Locale formats() {
        return locale.getLanguage().equals("en") ? Locale.UK : locale;
    }

    /** A period in hours (and minutes, seconds when not whole hours): 72 hours, 72 heures, 72 часа. */
    public String duration(Duration duration) {
        return Durations.words(duration, locale);
    }
}
