package vn.nhacviec.testsupport.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of one Bot API call, whichever way they came: Telegram accepts the query string,
 * application/x-www-form-urlencoded, application/json and multipart/form-data, and so does the fake.
 * TelegramBots posts JSON for ordinary methods and multipart (with JSON-valued text parts such as reply_markup)
 * for uploads, so every value is kept as a JSON node and textual values are parsed as JSON on demand.
 */
final class RequestParams {
    record FilePart(String fileName, String contentType, byte[] bytes) {
    }

    private final ObjectMapper json;
    private final Map<String, JsonNode> values = new HashMap<>();
    private final Map<String, FilePart> files = new HashMap<>();

    private RequestParams(ObjectMapper json) {
        this.json = json;
    }

    static RequestParams parse(HttpExchange exchange, ObjectMapper json) throws IOException {
        RequestParams params = new RequestParams(json);
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            params.addForm(query);
        }
        byte[] body = exchange.getRequestBody().readAllBytes();
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (body.length == 0) {
            return params;
        }
        if (type.startsWith("application/json")) {
            JsonNode node;
            try {
                node = json.readTree(body);
            } catch (IOException e) {
                throw BotApiException.badRequest("can't parse JSON object");
            }
            if (node instanceof ObjectNode object) {
                for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    params.values.put(field.getKey(), field.getValue());
                }
            }
        } else if (type.startsWith("multipart/form-data")) {
            params.addMultipart(body, boundaryOf(contentType));
        } else {
            params.addForm(new String(body, StandardCharsets.UTF_8));
        }
        return params;
    }

    boolean has(String name) {
        JsonNode node = values.get(name);
        return (node != null && !node.isNull()) || files.containsKey(name);
    }

    /** The value as text (numbers and booleans as their JSON text), null when absent. */
    String text(String name) {
        JsonNode node = values.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    /** A number sent either as a JSON number or as text ("123"), the way Telegram reads chat_id. */
    Long longValue(String name) {
        String text = text(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw BotApiException.badRequest("invalid " + name + " specified");
        }
    }

    Integer intValue(String name) {
        Long value = longValue(name);
        return value == null ? null : Math.toIntExact(value);
    }

    boolean bool(String name) {
        String text = text(name);
        return text != null && (text.equalsIgnoreCase("true") || text.equals("1"));
    }

    /** A structured value: kept as sent in JSON bodies, parsed from its text in forms and multipart. */
    JsonNode json(String name) {
        JsonNode node = values.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            try {
                return json.readTree(node.asText());
            } catch (IOException e) {
                throw BotApiException.badRequest("can't parse " + name + " JSON object");
            }
        }
        return node;
    }

    FilePart file(String name) {
        return files.get(name);
    }

    private void addForm(String form) {
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.put(key, TextNode.valueOf(value));
        }
    }

    private static String boundaryOf(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String b = p.substring("boundary=".length());
                return b.startsWith("\"") && b.endsWith("\"") ? b.substring(1, b.length() - 1) : b;
            }
        }
        throw BotApiException.badRequest("multipart boundary is missing");
    }

    /** A minimal RFC 7578 reader: parts are separated by CRLF--boundary; headers end at the first blank line. */
    private void addMultipart(byte[] body, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int pos = indexOf(body, delimiter, 0);
        while (pos >= 0) {
            int start = pos + delimiter.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
                return; // closing delimiter
            }
            start += 2; // CRLF after the delimiter
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
            int next = indexOf(body, ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1), headersEnd);
            if (headersEnd < 0 || next < 0) {
                throw BotApiException.badRequest("can't parse multipart body");
            }
            String headers = new String(body, start, headersEnd - start, StandardCharsets.UTF_8);
            byte[] content = java.util.Arrays.copyOfRange(body, headersEnd + 4, next);
            addPart(headers, content);
            pos = next + 2;
        }
    }

    private void addPart(String headers, byte[] content) {
        String name = null;
        String fileName = null;
        String contentType = null;
        for (String line : headers.split("\r\n")) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-disposition:")) {
                name = headerParam(line, "name");
                fileName = headerParam(line, "filename");
            } else if (lower.startsWith("content-type:")) {
                contentType = line.substring("content-type:".length()).trim();
            }
        }
        if (name == null) {
            return;
        }
        if (fileName != null) {
            files.put(name, new FilePart(fileName, contentType, content));
        } else {
            values.put(name, TextNode.valueOf(new String(content, StandardCharsets.UTF_8)));
        }
    }

    private static String headerParam(String header, String param) {
        for (String piece : header.split(";")) {
            String p = piece.trim();
            if (p.regionMatches(true, 0, param + "=", 0, param.length() + 1)) {
                String v = p.substring(param.length() + 1);
                return v.startsWith("\"") && v.endsWith("\"") && v.length() >= 2 ? v.substring(1, v.length() - 1) : v;
            }
        }
        return null;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        if (from < 0) {
            return -1;
        }
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
