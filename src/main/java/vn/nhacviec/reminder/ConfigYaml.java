package vn.nhacviec.reminder;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the two operator files with a deliberately plain YAML: only strings, decimal integers,
 * booleans and null. YAML 1.1 would turn an unquoted {@code 20:00} into the base-60 number 1200 and
 * {@code 2024-01-01} into a {@code java.util.Date} at UTC midnight; an operator should not have to
 * know that, so dates and times stay text and are parsed here with errors that name file and entry.
 */
final class ConfigYaml {

    private static final Pattern DECIMAL = Pattern.compile("^[-+]?[0-9]+$");

    private ConfigYaml() {
    }

    static Object parse(String text, String source) {
        Resolver plain = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
                addImplicitResolver(Tag.INT, DECIMAL, "-+0123456789");
                addImplicitResolver(Tag.NULL, NULL, "~nN\0");
                addImplicitResolver(Tag.NULL, EMPTY, null);
            }
        };
        LoaderOptions options = new LoaderOptions();
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                options, plain);
        try {
            return yaml.load(text);
        } catch (RuntimeException e) {
            throw new ConfigException(source + ": not valid YAML: " + e.getMessage().replaceAll("\\s+", " "), e);
        }
    }

    /** A mapping whose keys are all among {@code allowed}: a typo in a key is an error, not a silent default. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node, String where, Set<String> allowed) {
        if (node == null) {
            return Map.of();
        }
        if (!(node instanceof Map<?, ?> raw)) {
            throw new ConfigException(where + ": expected a mapping (key: value), found " + describe(node));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> out.put(String.valueOf(k), v));
        for (String key : out.keySet()) {
            if (!allowed.contains(key)) {
                throw new ConfigException(where + ": unknown key '" + key + "' (allowed: " + String.join(", ", allowed) + ")");
            }
        }
        return out;
    }

    static List<Object> list(Object node, String where) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof List<?> raw)) {
            throw new ConfigException(where + ": expected a list (lines starting with '- '), found " + describe(node));
        }
        return new ArrayList<>(raw);
    }

    static LocalDate date(Object node, String where) {
        if (node == null) {
            throw new ConfigException(where + ": a date is required (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(String.valueOf(node).strip());
        } catch (DateTimeException e) {
            throw new ConfigException(where + ": '" + node + "' is not a date (write YYYY-MM-DD, e.g. 2024-09-02)");
        }
    }

    static LocalTime time(Object node, String where) {
        String text = String.valueOf(node).strip();
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeException e) {
            throw new ConfigException(where + ": '" + node + "' is not a time of day (write HH:MM, e.g. \"07:30\")");
        }
    }

    static int integer(Object node, String where, int min) {
        if (!(node instanceof Integer value)) {
            throw new ConfigException(where + ": expected a whole number, found " + describe(node));
        }
        if (value < min) {
            throw new ConfigException(where + ": must be at least " + min + ", found " + value);
        }
        return value;
    }

    static boolean bool(Object node, String where) {
        if (!(node instanceof Boolean value)) {
            throw new ConfigException(where + ": expected true or false, found " + describe(node));
        }
        return value;
    }

    static String text(Object node, String where) {
        if (node == null || String.valueOf(node).isBlank()) {
            throw new ConfigException(where + ": a value is required");
        }
        return String.valueOf(node).strip();
    }

    private static String describe(Object node) {
        return node instanceof Map ? "a mapping" : node instanceof List ? "a list" : "'" + node + "'";
    }
}
