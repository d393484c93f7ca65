package org.plenary.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** A PDF that Plenary printed, read back as a reader would: its text, language, title and fonts, and its PDF/A. */
public record PrintedPdf(String text, String language, String title, List<String> fonts,
        List<String> fontsNotEmbedded, boolean tagged) {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    public static PrintedPdf read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            List<String> notEmbedded = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (var name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.add(font.getName());
                    if (!font.isEmbedded()) {
                        notEmbedded.add(font.getName());
                    }
                }
            }
            var catalog = document.getDocumentCatalog();
            return new PrintedPdf(new PDFTextStripper().getText(document), catalog.getLanguage(),
                    document.getDocumentInformation().getTitle(), fonts, notEmbedded,
                    catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked()
                            && catalog.getStructureTreeRoot() != null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What veraPDF finds wrong in the PDF against the PDF/A part and level it declares: nothing when it conforms. */
    public static List<String> pdfaFailures(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf));
                PDFAValidator validator = Foundries.defaultInstance().createValidator(parser.getFlavour(), false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = new ArrayList<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failures.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + " " + assertion.getMessage() + " at " + assertion.getLocation().getContext());
                }
            }
            if (failures.isEmpty() && !result.isCompliant()) {
                failures.add("not compliant with " + result.getPDFAFlavour());
            }
            return failures;
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the PDF", e);
        }
    }

    /** The PDF/A flavour the PDF declares, as veraPDF reads it (e.g. "3u"). */
    public static String pdfaFlavour(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
            return parser.getFlavour().getId();
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not read the PDF", e);
        }
    }
}
