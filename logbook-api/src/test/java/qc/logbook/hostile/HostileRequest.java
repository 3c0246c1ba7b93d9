package qc.logbook.hostile;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One request a hostile client could send, exactly as it goes out: method, path, headers, query parameters and body
 * bytes. Its text (what jqwik prints for a failing case) says how it was bent from a valid request.
 *
 * @param user who sends it: {@code super} (every role, every territory), {@code worker} (Lévis only) or
 *             {@code evaluator}
 */
record HostileRequest(String method, String path, String contentType, String accept, byte[] body,
                      List<Map.Entry<String, String>> parameters, String user, String how) {

    static HostileRequest json(String method, String path, String body, String how) {
        return new HostileRequest(method, path, "application/json", null,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), List.of(), "super", how);
    }

    HostileRequest withContentType(String type, String why) {
        return new HostileRequest(method, path, type, accept, body, parameters, user, how + "; " + why);
    }

    HostileRequest withAccept(String type) {
        return new HostileRequest(method, path, contentType, type, body, parameters, user, how + "; accept " + type);
    }

    HostileRequest withBody(byte[] bytes, String why) {
        return new HostileRequest(method, path, contentType, accept, bytes, parameters, user, how + "; " + why);
    }

    HostileRequest withMethod(String other) {
        return new HostileRequest(other, path, contentType, accept, body, parameters, user, how + "; as " + other);
    }

    HostileRequest withPath(String other, String why) {
        return new HostileRequest(method, other, contentType, accept, body, parameters, user, how + "; " + why);
    }

    HostileRequest withUser(String other) {
        return new HostileRequest(method, path, contentType, accept, body, parameters, other, how + "; as " + other);
    }

    @Override
    public String toString() {
        String shown = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        if (shown.length() > 300) {
            shown = shown.substring(0, 300) + "… (" + body.length + " bytes)";
        }
        return method + " " + path + " " + parameters + " [" + user + ", " + contentType + ", accept " + accept
                + "] " + how + " :: " + escape(shown);
    }

    /** Control characters and surrogates shown as escapes, so that the report stays readable. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7F || (c >= 0xD800 && c <= 0xDFFF)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
