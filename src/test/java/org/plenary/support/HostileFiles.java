package org.plenary.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small files that expand to a lot when read: what an attacker uploads to tie up the server. */
public final class HostileFiles {

    private HostileFiles() {
    }

    /**
     * A PDF of one page whose content stream, compressed with FlateDecode, expands to {@code inflatedBytes} of text
     * operators ({@code (aaaa…) Tj}); 200 MB give a file of a few hundred KB.
     */
    public static byte[] pdfBomb(long inflatedBytes) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            page.setResources(resources);
            PDStream content = new PDStream(pdf);
            try (OutputStream stream = content.createOutputStream(COSName.FLATE_DECODE)) {
                stream.write("BT /F1 1 Tf 10 700 Td\n".getBytes(StandardCharsets.US_ASCII));
                byte[] run = "(aaaaaaaaaaaaaaaaaaaaaaaa) Tj\n".repeat(2_000).getBytes(StandardCharsets.US_ASCII);
                for (long written = 0; written < inflatedBytes; written += run.length) {
                    stream.write(run);
                }
                stream.write("ET\n".getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(content);
            pdf.addPage(page);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A PDF whose cross-reference stream, compressed with FlateDecode, lists {@code entries} objects, all at the
     * same place: PDFBox reads it whole when it opens the file, keeping an entry per object in its heap, before any
     * stream can be measured. 200 million entries (1 GB inflated, gigabytes of heap) give a file of 1.4 MB.
     */
    public static byte[] pdfCrossReferenceBomb(long entries) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            out.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
            int catalog = out.size();
            out.write("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n".getBytes(StandardCharsets.US_ASCII));
            out.write("2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n".getBytes(StandardCharsets.US_ASCII));
            int xref = out.size();
            byte[] entry = {1, (byte) (catalog >>> 24), (byte) (catalog >>> 16), (byte) (catalog >>> 8),
                    (byte) catalog};
            byte[] run = new byte[entry.length * 100_000];
            for (int i = 0; i < run.length; i += entry.length) {
                System.arraycopy(entry, 0, run, i, entry.length);
            }
            ByteArrayOutputStream compressed = new ByteArrayOutputStream();
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
            try (DeflaterOutputStream deflate = new DeflaterOutputStream(compressed, deflater)) {
                for (long written = 0; written < entries; written += run.length / entry.length) {
                    deflate.write(run);
                }
            } finally {
                deflater.end();
            }
            out.write(("3 0 obj\n<< /Type /XRef /Size " + entries + " /W [1 4 0] /Root 1 0 R /Filter /FlateDecode"
                    + " /Length " + compressed.size() + " >>\nstream\n").getBytes(StandardCharsets.US_ASCII));
            compressed.writeTo(out);
            out.write(("\nendstream\nendobj\nstartxref\n" + xref + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DOCX whose document.xml, compressed, expands to {@code inflatedBytes} of paragraphs. */
    public static byte[] docxBomb(long inflatedBytes) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/word/document.xml"
                     ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Target="word/document.xml"
                     Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
                    </Relationships>""");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w="
                    + "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] run = "<w:p><w:r><w:t>Clear all remnants.</w:t></w:r></w:p>".repeat(2_000)
                    .getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < inflatedBytes; written += run.length) {
                zip.write(run);
            }
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The zip file with every size in its central directory set to 1,000 bytes, as a bomb that lies about its size
     * would have it: only the bytes really inflated tell.
     */
    public static byte[] lyingAboutItsSizes(byte[] zip) {
        byte[] lying = zip.clone();
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(lying).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 <= lying.length; i++) {
            if (bytes.getInt(i) == 0x02014b50) {
                bytes.putInt(i + 24, 1_000);
            }
        }
        return lying;
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
