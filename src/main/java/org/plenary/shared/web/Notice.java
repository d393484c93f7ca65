package org.plenary.shared.web;

import java.io.Serializable;
import java.util.List;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a form just did, shown once on the page it redirects to (POST-redirect-GET). Kept as a message key
 * with its arguments, so it is translated when shown.
 */
public record Notice(String key, List<String> args) implements Serializable {

    static final String ATTRIBUTE = "notice";

    public static void send(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute(ATTRIBUTE,
                new Notice(key, java.util.Arrays.stream(args).map(String::valueOf).toList()));
    }

    String text(Texts t) {
        return t.get(key, args.toArray());
    }
}
