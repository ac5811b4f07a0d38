package org.mosaiccrm.itests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small HTTP client for the CRM REST API, as a script or a browser would call it. */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String authorization;

    public Http(int port) {
        this("http://localhost:" + port, null);
    }

    private Http(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** The same client, sending HTTP Basic credentials. */
    public Http as(String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Http(base, "Basic " + token);
    }

    /**
     * A GET whose request target goes out exactly as written, even when no URI class would accept it
     * ({@code ?%ZZ}): what a hostile or broken client sends. Returns the status and the body.
     */
    public Reply rawGet(String target) {
        java.net.URI server = URI.create(base);
        try (java.net.Socket socket = new java.net.Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(30_000);
            String request = "GET " + target + " HTTP/1.1\r\nHost: " + server.getHost() + "\r\n"
                    + (authorization == null ? "" : "Authorization: " + authorization + "\r\n") + "Connection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(answer.substring(9, 12));
            int bodyStart = answer.indexOf("\r\n\r\n");
            return new Reply(status, null, null, bodyStart < 0 ? "" : answer.substring(bodyStart + 4));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public Reply get(String path) {
        return send("GET", path, null, null);
    }

    /** A GET that may take longer than the usual 30 s (a benchmark's batch query). */
    public Reply get(String path, Duration timeout) {
        return send("GET", path, null, HttpRequest.BodyPublishers.noBody(), java.util.Map.of(), timeout);
    }

    /** A GET of a binary body (a PDF): its bytes, after checking the status is 200 and the type {@code type}. */
    public byte[] getBytes(String path, String type) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            if (response.statusCode() != 200 || !contentType.startsWith(type)) {
                throw new AssertionError("GET " + path + ": " + response.statusCode() + " " + contentType + " "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply postJson(String path, String json) {
        return send("POST", path, "application/json", json);
    }

    /** A POST that may take long (a job run on demand). */
    public Reply postJson(String path, String json, Duration timeout) {
        return send("POST", path, "application/json", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8), java.util.Map.of(),
                timeout);
    }

    public Reply putJson(String path, String json) {
        return send("PUT", path, "application/json", json);
    }

    public Reply send(String method, String path, String contentType, String body) {
        return send(method, path, contentType, body, java.util.Map.of());
    }

    public Reply send(String method, String path, String contentType, String body, java.util.Map<String, String> headers) {
        return send(method, path, contentType, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8), headers, Duration.ofSeconds(30));
    }

    /** Uploads a file, streamed. */
    public Reply upload(String path, String contentType, java.nio.file.Path file) {
        try {
            return send("POST", path, contentType, HttpRequest.BodyPublishers.ofFile(file), java.util.Map.of(), Duration.ofMinutes(10));
        } catch (java.io.FileNotFoundException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Uploads a file without a length (chunked), as a streaming client does: the server learns the size as it reads. */
    public Reply uploadChunked(String path, String contentType, java.nio.file.Path file) {
        return send("POST", path, contentType, HttpRequest.BodyPublishers.ofInputStream(() -> {
            try {
                return java.nio.file.Files.newInputStream(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }), java.util.Map.of(), Duration.ofMinutes(10));
    }

    private Reply send(String method, String path, String contentType, HttpRequest.BodyPublisher body,
                       java.util.Map<String, String> headers, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, content type, headers and body. */
    public record Reply(int status, String contentType, HttpResponse<String> raw, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + " " + contentType + "): " + body, e);
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
