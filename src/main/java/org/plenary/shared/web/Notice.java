package org.plenary.shared.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a form just did, shown once on the page it redirects to (POST-redirect-GET). Kept as a message key
 * with its arguments, so it is translated when shown; an instant is kept as such and shown as the reader reads it.
 */
public record Notice(String key, List<Serializable> args) implements Serializable {

    static final String ATTRIBUTE = "notice";

    public static void send(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute(ATTRIBUTE,
                new Notice(key, java.util.Arrays.stream(args)
                        .map(a -> a instanceof Instant at ? (Serializable) at : String.valueOf(a)).toList()));
    }

    String text(Texts t) {
        return t.get(key, args.stream().map(a -> a instanceof Instant at ? t.instant(at) : a).toArray());
    }
}
