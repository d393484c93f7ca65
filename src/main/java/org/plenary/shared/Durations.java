package org.plenary.shared;

import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A period as people read it, in their language and with its plural: "72 hours", "72 heures", "72 часа",
 * "47 hours, 59 minutes" (CLDR data through ICU). Never the ISO form {@code PT72H}, which is for the API only.
 */
public final class Durations {

    private Durations() {
    }

    /** In hours, minutes and seconds, leaving out the parts that are zero; days are counted as 24 hours. */
    public static String words(Duration duration, Locale locale) {
        Duration d = duration.abs();
        List<Measure> parts = new ArrayList<>();
        if (d.toHours() > 0) {
            parts.add(new Measure(d.toHours(), MeasureUnit.HOUR));
        }
        if (d.toMinutesPart() > 0) {
            parts.add(new Measure(d.toMinutesPart(), MeasureUnit.MINUTE));
        }
        if (d.toSecondsPart() > 0 || parts.isEmpty()) {
            parts.add(new Measure(d.toSecondsPart(), MeasureUnit.SECOND));
        }
        return MeasureFormat.getInstance(ULocale.forLocale(locale), MeasureFormat.FormatWidth.WIDE)
                .formatMeasures(parts.toArray(Measure[]::new));
    }
}
