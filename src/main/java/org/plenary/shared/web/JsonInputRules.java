package org.plenary.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.plenary.shared.TextInput;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Two rules for every JSON value read, whatever the field: no text holds a control character other than tab and
 * line breaks (U+0000 included; which texts may have several lines is the business of each field, see
 * {@link TextInput}), and no date or instant lies outside the years {@value #FIRST_YEAR} to {@value #LAST_YEAR}.
 * A value that breaks them is a 400 naming its field, as any value of the wrong format.
 */
@Component
class JsonInputRules extends SimpleModule {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2200;
    private static final Instant FIRST = Instant.parse(FIRST_YEAR + "-01-01T00:00:00Z");
    private static final Instant AFTER_LAST = Instant.parse((LAST_YEAR + 1) + "-01-01T00:00:00Z");

    JsonInputRules() {
        super("plenary-input-rules");
        setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
                    BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                boolean checked = type == String.class || type == Instant.class || type == OffsetDateTime.class
                        || type == ZonedDateTime.class || type == LocalDate.class || type == LocalDateTime.class;
                return checked ? new Checked(deserializer) : deserializer;
            }
        });
    }

    private static boolean allowed(Object value) {
        return switch (value) {
            case String text -> TextInput.isLines(text);
            case Instant instant -> !instant.isBefore(FIRST) && instant.isBefore(AFTER_LAST);
            case OffsetDateTime time -> allowed(time.toInstant());
            case ZonedDateTime time -> allowed(time.toInstant());
            case LocalDateTime time -> time.getYear() >= FIRST_YEAR && time.getYear() <= LAST_YEAR;
            case LocalDate date -> date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
            case null, default -> true;
        };
    }

    private static final class Checked extends DelegatingDeserializer {

        Checked(ValueDeserializer<?> deserializer) {
            super(deserializer);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> deserializer) {
            return new Checked(deserializer);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            Object value = super.deserialize(parser, context);
            if (!allowed(value)) {
                return context.handleWeirdStringValue(value.getClass(), value instanceof String ? "(text)"
                        : value.toString(), value instanceof String ? "holds a control character"
                        : "lies outside the years " + FIRST_YEAR + " to " + LAST_YEAR);
            }
            return value;
        }
    }
}
