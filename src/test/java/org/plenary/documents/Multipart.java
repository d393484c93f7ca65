package org.plenary.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Builds and sends a multipart/form-data request, as an officer's script or browser would. */
final class Multipart {

    private record Part(String name, String fileName, String contentType, byte[] content) {
    }

    private final List<Part> parts = new ArrayList<>();
    private final String boundary = "plenary-" + UUID.randomUUID();

    Multipart json(String name, String json) {
        parts.add(new Part(name, null, "application/json", json.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    Multipart file(String name, String fileName, String contentType, byte[] content) {
        parts.add(new Part(name, fileName, contentType, content));
        return this;
    }

    HttpResponse<String> post(String url, String token) throws IOException, InterruptedException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part p : parts) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.name() + "\""
                    + (p.fileName() == null ? "" : "; filename=\"" + p.fileName() + "\"") + "\r\nContent-Type: "
                    + p.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(p.content());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A small but well-formed PDF whose only text is {@code text}. */
    static byte[] pdf(String text) {
        String content = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
        String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Resources<</Font<</F1 4 0 R>>>>/Contents 5 0 R>>endobj\n"
                + "4 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
                + "5 0 obj<</Length " + content.length() + ">>stream\n" + content + "\nendstream endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.ISO_8859_1);
    }
}
