package org.recordrelief.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The parts of a request the pages use: cookies, the query and a form, each parsed from its raw text. */
record WebRequest(Map<String, String> cookies, Map<String, String> query, Map<String, String> form) {

    String query(String name) {
        return query.getOrDefault(name, "");
    }

    String form(String name) {
        return form.getOrDefault(name, "");
    }

    static Map<String, String> cookies(String header) {
        Map<String, String> cookies = new HashMap<>();
        if (header == null) {
            return cookies;
        }
        for (String part : header.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                cookies.putIfAbsent(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
        }
        return cookies;
    }

    /** {@code a=1&b=2}, URL-decoded; the first of a repeated name counts. */
    static Map<String, String> pairs(String text) {
        Map<String, String> pairs = new HashMap<>();
        if (text == null || text.isEmpty()) {
            return pairs;
        }
        for (String part : text.split("&")) {
            int eq = part.indexOf('=');
            String name = eq < 0 ? part : part.substring(0, eq);
            String value = eq < 0 ? "" : part.substring(eq + 1);
            try {
                pairs.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException badEscape) {
                // a malformed pair is left out, as if it had not been sent
            }
        }
        return pairs;
    }
}
