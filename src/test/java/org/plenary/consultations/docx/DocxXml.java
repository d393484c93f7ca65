package org.plenary.consultations.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The raw {@code word/document.xml} of a DOCX, to look at its WordprocessingML elements as Word reads them. */
public record DocxXml(Document document) {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String XML = "http://www.w3.org/XML/1998/namespace";

    public static DocxXml of(byte[] docx) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                    factory.setNamespaceAware(true);
                    return new DocxXml(factory.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes())));
                }
            }
            throw new AssertionError("no word/document.xml");
        } catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new AssertionError(e);
        }
    }

    /** The WordprocessingML elements with these local names, in document order. */
    public List<Element> elements(String... names) {
        return descendants(document.getDocumentElement(), names);
    }

    List<Element> descendants(Element root, String... names) {
        Set<String> wanted = Set.of(names);
        List<Element> found = new ArrayList<>();
        NodeList all = root.getElementsByTagNameNS(W, "*");
        for (int i = 0; i < all.getLength(); i++) {
            if (wanted.contains(all.item(i).getLocalName())) {
                found.add((Element) all.item(i));
            }
        }
        return found;
    }

    String attribute(Element element, String name) {
        return element.getAttributeNS(W, name);
    }

    /** The text of the runs under an element, deleted text included. */
    public String text(Element element) {
        StringBuilder text = new StringBuilder();
        descendants(element, "t", "delText").forEach(piece -> text.append(piece.getTextContent()));
        return text.toString();
    }

    public List<Element> paragraphsWithRevisions() {
        return elements("p").stream().filter(p -> !descendants(p, "ins", "del").isEmpty()).toList();
    }

    /** The paragraph's text with every revision accepted. */
    public String accepted(Element paragraph) {
        return content(paragraph, "del");
    }

    /** The paragraph's text with every revision rejected. */
    public String rejected(Element paragraph) {
        return content(paragraph, "ins");
    }

    private String content(Element paragraph, String dropped) {
        StringBuilder text = new StringBuilder();
        for (Element piece : descendants(paragraph, "t", "delText", "tab", "br")) {
            if (inside(piece, dropped, paragraph)) {
                continue;
            }
            text.append(switch (piece.getLocalName()) {
                case "tab" -> "\t";
                case "br" -> "\n";
                default -> piece.getTextContent();
            });
        }
        return text.toString();
    }

    private static boolean inside(Node node, String name, Node paragraph) {
        for (Node up = node.getParentNode(); up != null && up != paragraph; up = up.getParentNode()) {
            if (W.equals(up.getNamespaceURI()) && name.equals(up.getLocalName())) {
                return true;
            }
        }
        return false;
    }
}
