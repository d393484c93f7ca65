package org.plenary.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plenary.consultations.ConsultationStatus;
import org.plenary.consultations.Stance;
import org.plenary.correspondence.AddresseeGroup;
import org.plenary.correspondence.DispatchStatus;
import org.plenary.correspondence.LetterStatus;
import org.plenary.documents.Distribution;
import org.plenary.documents.DocumentType;
import org.plenary.documents.Relation;
import org.plenary.meetings.MeetingFormat;
import org.plenary.meetings.MeetingKind;
import org.plenary.meetings.MeetingStatus;
import org.plenary.silence.ProcedureStatus;
import org.plenary.processes.Process;
import org.plenary.processes.OfficerRole;
import org.plenary.roster.Category;
import org.plenary.roster.OrganisationType;
import org.plenary.roster.ParticipantKind;
import org.plenary.roster.TreatyStatus;

/**
 * Every text of the interface is translated into the six official languages of the United Nations: the Arabic,
 * Chinese, French, Russian and Spanish bundles have exactly the keys of the English one, with the same placeholders; every key the templates and controllers name exists; every
 * enum shown has its labels; and no template holds human text outside message keys.
 */
class I18nTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final Path SOURCES = Path.of("src/main/java");
    /** Words allowed in templates as they are: the product's name and each language's own name. */
    private static final Set<String> ALLOWED_WORDS = Set.of("Plenary", "English", "Français", "Español", "Русский", "中文",
            "العربية");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("\\.get\\(\"([\\w.-]+)\"\\s*[,)]");
    private static final Pattern KEY_IN_NOTICE = Pattern.compile("Notice\\.send\\(\\w+,\\s*\"([\\w.-]+)\"");
    /** The key of a refusal's translated text: {@code .withKey("refusal.silence.tooLate", …)}. */
    private static final Pattern KEY_OF_REFUSAL = Pattern.compile("\\.withKey\\(\\s*\"([\\w.-]+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"ar", "zh", "fr", "ru", "es"})
    void everyLanguageHasExactlyTheKeysOfEnglish(String language) throws IOException {
        Set<String> english = bundle("").keySet();
        Set<String> translated = bundle("_" + language).keySet();
        assertThat(difference(english, translated)).as("keys missing in messages_%s.properties", language).isEmpty();
        assertThat(difference(translated, english)).as("keys of messages_%s.properties unknown in English", language)
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_ar", "_zh", "_fr", "_ru", "_es"})
    void everyMessageIsWrittenAndItsPlaceholdersMatchEnglish(String suffix) throws IOException {
        Map<String, String> english = bundle("");
        bundle(suffix).forEach((key, text) -> {
            assertThat(text).as("messages%s: %s", suffix, key).isNotBlank();
            assertThat(placeholders(text)).as("placeholders of messages%s: %s", suffix, key)
                    .isEqualTo(placeholders(english.getOrDefault(key, "")));
            if (!placeholders(text).isEmpty()) {
                // MessageFormat takes a single ASCII apostrophe as a quote and would swallow the text after it.
                assertThat(text.replace("''", "")).as("messages%s: %s has a lone ASCII apostrophe", suffix, key)
                        .doesNotContain("'");
            }
        });
    }

    @Test
    void everyKeyNamedInTemplatesAndControllersExists() throws IOException {
        Set<String> keys = bundle("").keySet();
        Set<String> named = new TreeSet<>();
        for (Path file : files(TEMPLATES, ".jte")) {
            collect(KEY_IN_TEMPLATE, Files.readString(file), named);
        }
        for (Path file : files(SOURCES, ".java")) {
            collect(KEY_IN_NOTICE, Files.readString(file), named);
            collect(KEY_OF_REFUSAL, Files.readString(file), named);
        }
        assertThat(named).as("keys found in the sources").hasSizeGreaterThan(50);
        assertThat(difference(named, keys)).as("keys named in the sources but missing in messages.properties")
                .isEmpty();
    }

    @Test
    void everyEnumShownHasALabelAndEveryOfficialLanguageAName() throws IOException {
        Set<String> keys = bundle("").keySet();
        Stream.of(Category.values(), TreatyStatus.values(), ParticipantKind.values(), OrganisationType.values(),
                OfficerRole.values(), DocumentType.values(), Distribution.values(), Relation.values(),
                LetterStatus.values(), DispatchStatus.values(), AddresseeGroup.values(), MeetingKind.values(),
                MeetingFormat.values(), MeetingStatus.values(), Stance.values(), ConsultationStatus.values(),
                ProcedureStatus.values()).flatMap(Stream::of)
                .forEach(value -> assertThat(keys).contains(Texts.labelKey(value)));
        Stream.of(DocumentType.values()).forEach(type -> assertThat(keys).contains("documents.group." + type.name()));
        Process.LANGUAGES.forEach(code -> assertThat(keys).contains("language." + code));
    }

    @Test
    void theInterfaceOffersTheSixOfficialLanguages() {
        assertThat(WebConfiguration.LANGUAGES.stream().map(java.util.Locale::getLanguage))
                .containsExactlyInAnyOrderElementsOf(Process.LANGUAGES);
    }

    @Test
    void templatesHoldNoHumanTextOutsideMessageKeys() throws IOException {
        Map<String, Set<String>> offending = new TreeMap<>();
        for (Path file : files(TEMPLATES, ".jte")) {
            Set<String> words = new TreeSet<>(TemplateText.words(Files.readString(file)));
            words.removeAll(ALLOWED_WORDS);
            if (!words.isEmpty()) {
                offending.put(TEMPLATES.relativize(file).toString(), words);
            }
        }
        assertThat(files(TEMPLATES, ".jte")).hasSizeGreaterThan(5);
        assertThat(offending).as("hard-coded text in templates (use page.t().get(...))").isEmpty();
    }

    private static Map<String, String> bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve("messages" + suffix + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> messages = new TreeMap<>();
        properties.forEach((key, value) -> messages.put((String) key, (String) value));
        return messages;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        collect(PLACEHOLDER, text, found);
        return found;
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static java.util.List<Path> files(Path root, String extension) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
    }
}
