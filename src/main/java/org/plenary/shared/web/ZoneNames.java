package org.plenary.shared.web;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Time zones named as people read them: by the city whose time it is, in the reader's language ("Geneva time",
 * "heure de Genève", "日内瓦时间"), never by an identifier such as {@code Europe/Zurich} or {@code Z}. The city is
 * the one named in the bundles under {@code time.city.<zone id>} (Geneva for Europe/Zurich, where the United
 * Nations meet), else CLDR's exemplar city; {@link Texts#zone} names a zone that is a fixed offset by that offset
 * only (UTC).
 */
final class ZoneNames {

    private ZoneNames() {
    }

    /** The zone by its city: Geneva time. */
    static String name(Texts t, ZoneId zone) {
        String city = t.messages().getMessage("time.city." + zone.getId(), null, null, t.locale());
        if (city == null) {
            String canonical = TimeZone.getCanonicalID(zone.getId());
            city = canonical == null ? null : TimeZoneNames.getInstance(ULocale.forLocale(t.locale()))
                    .getExemplarLocationName(canonical);
        }
        if (city == null) {
            city = zone.getId().substring(zone.getId().lastIndexOf('/') + 1).replace('_', ' ');
        }
        return t.get("time.zone", city);
    }

    /** UTC, UTC+2, UTC-5, UTC+5:30. */
    static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        if (seconds == 0) {
            return "UTC";
        }
        int minutes = Math.abs(seconds) / 60;
        return "UTC" + (seconds < 0 ? "-" : "+") + minutes / 60 + (minutes % 60 == 0 ? "" : String.format(":%02d", minutes % 60));
    }
}
