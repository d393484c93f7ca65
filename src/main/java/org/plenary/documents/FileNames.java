package org.plenary.documents;

/** File names as received are untrusted: keep the last path element, printable characters, 255 at most. */
final class FileNames {

    static final int MAX = 255;

    private FileNames() {
    }

    static String safe(String received, String fallback) {
        String name = received == null ? "" : received;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints().filter(c -> !Character.isISOControl(c) && c != '"')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isBlank()) {
            name = fallback;
        }
        return name.length() <= MAX ? name : name.substring(name.length() - MAX);
    }
}
