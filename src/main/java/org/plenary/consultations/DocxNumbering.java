package org.plenary.consultations;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;

/**
 * The labels that Word's automatic numbering shows before the paragraphs of one document, counted in reading
 * order: the counters of a list (an abstract numbering, shared by its instances unless one restarts it with a start
 * override), one per level, a level's counter restarting whenever a level above it advances. Only decimal levels
 * ({@code 12. }) and lower-letter levels ({@code (d) }) give a label; bullets, roman numerals and the rest give none.
 */
final class DocxNumbering {

    private static final int LEVELS = 9;
    private static final int NONE = -1;

    private final XWPFNumbering numbering;
    /** Per abstract numbering, the last number shown at each level ({@link #NONE} before the first). */
    private final Map<BigInteger, int[]> counters = new HashMap<>();
    private final Set<BigInteger> startedInstances = new HashSet<>();

    DocxNumbering(XWPFDocument document) {
        this.numbering = document.getNumbering();
    }

    /** The label of a paragraph's automatic number followed by a space, or "" when it has none that counts. */
    String label(XWPFParagraph paragraph) {
        BigInteger instance = paragraph.getNumID();
        if (numbering == null || instance == null || paragraph.getNumFmt() == null) {
            return "";
        }
        BigInteger list = numbering.getAbstractNumID(instance);
        if (list == null) {
            return "";
        }
        int level = paragraph.getNumIlvl() == null ? 0 : Math.min(paragraph.getNumIlvl().intValue(), LEVELS - 1);
        int[] shown = counters.computeIfAbsent(list, id -> none());
        if (startedInstances.add(instance) && paragraph.getNumStartOverride() != null) {
            shown[level] = paragraph.getNumStartOverride().intValue() - 1;
        } else if (shown[level] == NONE) {
            shown[level] = start(list, level) - 1;
        }
        shown[level]++;
        for (int below = level + 1; below < LEVELS; below++) {
            shown[below] = NONE;
        }
        return switch (paragraph.getNumFmt()) {
            case "decimal" -> shown[level] + ". ";
            case "lowerLetter" -> "(" + letters(shown[level]) + ") ";
            default -> "";
        };
    }

    private static int[] none() {
        int[] shown = new int[LEVELS];
        Arrays.fill(shown, NONE);
        return shown;
    }

    /** The first number of a level: its {@code w:start}, 1 when it names none. */
    private int start(BigInteger list, int level) {
        XWPFAbstractNum abstractNum = numbering.getAbstractNum(list);
        if (abstractNum == null) {
            return 1;
        }
        for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
            if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level && lvl.getStart() != null) {
                return lvl.getStart().getVal().intValue();
            }
        }
        return 1;
    }

    /** Word's lower letters: a … z, then aa … zz, then aaa …. */
    private static String letters(int number) {
        int index = Math.max(number, 1) - 1;
        return String.valueOf((char) ('a' + index % 26)).repeat(index / 26 + 1);
    }
}
