package vn.nhacviec.directory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a roster CSV (UTF-8, header {@code commune,name,units,role}; several units separated by
 * {@code ;}). A bad line is reported with its line number; the good lines are still returned.
 */
public final class RosterFile {

    public record Problem(int lineNumber, String message) {
    }

    public record Reading(List<RosterLine> lines, List<Problem> problems) {
    }

    private static final List<String> HEADER = List.of("commune", "name", "units", "role");

    private RosterFile() {
    }

    public static Reading read(String text) {
        List<RosterLine> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (Reader reader = new StringReader(body); CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            List<String> missing = HEADER.stream().filter(h -> !header.containsKey(h)).toList();
            if (!missing.isEmpty()) {
                problems.add(new Problem(1, "header must be 'commune,name,units,role'; missing " + missing));
                return new Reading(lines, problems);
            }
            for (CSVRecord record : parser) {
                int lineNumber = (int) record.getParser().getCurrentLineNumber();
                toLine(record, lineNumber).ifPresentOrElse(lines::add,
                        () -> problems.add(new Problem(lineNumber, describe(record))));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(0, "not a readable CSV file: " + e.getMessage()));
        }
        return new Reading(lines, problems);
    }

    private static Optional<RosterLine> toLine(CSVRecord record, int lineNumber) {
        if (!record.isConsistent()) {
            return Optional.empty();
        }
        String commune = record.get("commune");
        String name = record.get("name");
        Optional<Role> role = Role.parse(record.get("role"));
        if (commune.isBlank() || name.isBlank() || role.isEmpty()) {
            return Optional.empty();
        }
        List<String> units = Arrays.stream(record.get("units").split(";"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        return Optional.of(new RosterLine(lineNumber, commune, name, units, role.get()));
    }

    private static String describe(CSVRecord record) {
        if (!record.isConsistent()) {
            return "expected 4 fields (commune,name,units,role), found " + record.size();
        }
        if (record.get("commune").isBlank()) {
            return "commune is empty";
        }
        if (record.get("name").isBlank()) {
            return "name is empty";
        }
        return "unknown role '" + record.get("role") + "' (allowed: " + Role.allowed() + ")";
    }
}
