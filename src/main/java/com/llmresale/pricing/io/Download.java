package com.llmresale.pricing.io;

import com.llmresale.pricing.model.DataException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Fetches a catalog over HTTP(S) ({@code sync --from URL}): a timeout, a size cap, nothing written
 * to disk.
 */
public final class Download {
    /** The largest catalog accepted: LiteLLM's cost map is about 1.5 MB. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Download() {}

    public static boolean isUrl(String from) {
        return from.startsWith("http://") || from.startsWith("https://");
    }

    public static byte[] fetch(String url, long maxBytes, Duration timeout) {
        HttpClient client =
                HttpClient.newBuilder()
                        .connectTimeout(timeout)
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .build();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build();
        } catch (IllegalArgumentException e) {
            throw new DataException(url, 0, null, "not a URL: " + e.getMessage(), e);
        }
        try {
            HttpResponse<InputStream> response =
                    client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new DataException(
                            url, 0, null, "the server answered HTTP " + response.statusCode());
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[65536];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    if (out.size() + (long) n > maxBytes) {
                        throw new DataException(
                                url,
                                0,
                                null,
                                "larger than " + maxBytes + " bytes: not a price catalog?");
                    }
                    out.write(buffer, 0, n);
                }
                return out.toByteArray();
            }
        } catch (java.net.http.HttpTimeoutException e) {
            throw new DataException(
                    url, 0, null, "no answer within " + timeout.toSeconds() + " s", e);
        } catch (IOException e) {
            throw new DataException(url, 0, null, "cannot download: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataException(url, 0, null, "download interrupted", e);
        }
    }
}
