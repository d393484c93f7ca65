package org.plenary.consultations.docx;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;

/**
 * The labels that Word's automatic numbering shows before the paragraphs of one document, counted in reading
 * order. A paragraph is numbered directly or through its paragraph style (as UN templates number paragraphs); a list
 * (an abstract numbering) keeps one counter per level, shared by its instances unless one restarts it with a start
 * override, and a level restarts whenever a level above it advances. Only decimal levels ({@code 12. }) and
 * lower-letter levels ({@code (d) }) give a label; bullets, roman numerals and the rest give none.
 */
public final class DocxNumbering {

    private static final int LEVELS = 9;
    private static final int NONE = -1;
    private static final int STYLE_DEPTH = 16;

    private final XWPFNumbering numbering;
    private final XWPFStyles styles;
    /** Per abstract numbering, the last number shown at each level ({@link #NONE} before the first). */
    private final Map<BigInteger, int[]> counters = new HashMap<>();
    private final Set<BigInteger> startedInstances = new HashSet<>();

    public DocxNumbering(XWPFDocument document) {
        this.numbering = document.getNumbering();
        this.styles = document.getStyles();
    }

    /** The label of a paragraph's automatic number followed by a space, or "" when it has none that counts. */
    public String label(XWPFParagraph paragraph) {
        Numbered numbered = numbered(paragraph);
        if (numbering == null || numbered.instance() == null) {
            return "";
        }
        BigInteger instance = numbered.instance();
        BigInteger list = numbering.getAbstractNumID(instance);
        XWPFAbstractNum abstractNum = list == null ? null : numbering.getAbstractNum(list);
        if (abstractNum == null) {
            return "";
        }
        int level = level(numbered.level(), abstractNum, paragraph.getStyleID());
        CTLvl lvl = lvl(abstractNum, level);
        if (lvl == null || lvl.getNumFmt() == null) {
            return "";
        }
        int[] shown = counters.computeIfAbsent(list, id -> none());
        Integer override = startOverride(instance, level);
        if (startedInstances.add(instance) && override != null) {
            shown[level] = override - 1;
        } else if (shown[level] == NONE) {
            shown[level] = (lvl.getStart() == null ? 1 : lvl.getStart().getVal().intValue()) - 1;
        }
        shown[level]++;
        Arrays.fill(shown, level + 1, LEVELS, NONE);
        return switch (lvl.getNumFmt().getVal().toString()) {
            case "decimal" -> shown[level] + ". ";
            case "lowerLetter" -> "(" + letters(shown[level]) + ") ";
            default -> "";
        };
    }

    /** A list instance and level, either of them null when neither the paragraph nor its styles name it. */
    private record Numbered(BigInteger instance, BigInteger level) {

        Numbered inherit(CTPPrBase properties) {
            CTNumPr numPr = properties == null ? null : properties.getNumPr();
            if (numPr == null) {
                return this;
            }
            return new Numbered(instance != null || numPr.getNumId() == null ? instance : numPr.getNumId().getVal(),
                    level != null || numPr.getIlvl() == null ? level : numPr.getIlvl().getVal());
        }
    }

    /** The paragraph's numbering, each of its list and level from the paragraph itself or else from its styles. */
    private Numbered numbered(XWPFParagraph paragraph) {
        Numbered numbered = new Numbered(null, null).inherit(paragraph.getCTP().getPPr());
        XWPFStyle style = styles == null || paragraph.getStyleID() == null ? null : styles.getStyle(paragraph.getStyleID());
        for (int depth = 0; style != null && depth < STYLE_DEPTH; depth++) {
            numbered = numbered.inherit(style.getCTStyle().getPPr());
            style = style.getBasisStyleID() == null ? null : styles.getStyle(style.getBasisStyleID());
        }
        return numbered;
    }

    /** The level named by the numbering, else the level of the list tied to the paragraph's style, else 0. */
    private static int level(BigInteger named, XWPFAbstractNum abstractNum, String styleId) {
        if (named != null) {
            return Math.clamp(named.intValue(), 0, LEVELS - 1);
        }
        for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
            if (styleId != null && lvl.getIlvl() != null && lvl.getPStyle() != null
                    && styleId.equals(lvl.getPStyle().getVal())) {
                return Math.clamp(lvl.getIlvl().intValue(), 0, LEVELS - 1);
            }
        }
        return 0;
    }

    private static CTLvl lvl(XWPFAbstractNum abstractNum, int level) {
        for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
            if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level) {
                return lvl;
            }
        }
        return null;
    }

    /** The number a list instance restarts a level at, or null. */
    private Integer startOverride(BigInteger instance, int level) {
        XWPFNum num = numbering.getNum(instance);
        if (num == null) {
            return null;
        }
        for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
            if (override.getIlvl() != null && override.getIlvl().intValue() == level && override.isSetStartOverride()) {
                return override.getStartOverride().getVal().intValue();
            }
        }
        return null;
    }

    private static int[] none() {
        int[] shown = new int[LEVELS];
        Arrays.fill(shown, NONE);
        return shown;
    }

    /** Word's lower letters: a … z, then aa … zz, then aaa …. */
    private static String letters(int number) {
        int index = Math.max(number, 1) - 1;
        return String.valueOf((char) ('a' + index % 26)).repeat(index / 26 + 1);
    }
}
