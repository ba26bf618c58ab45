package vn.nhacviec.plan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import vn.nhacviec.deadline.Milestone;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The {@code import --dry-run --json} shape: {"plan": {…}, "tasks": [{…}], "warnings": […]}, and,
 * when the plan was compared with its stored version, "changes": {"added": […], "removed": […],
 * "changed": […], "unchanged": n}.
 */
public final class PlanJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private PlanJson() {
    }

    public static void write(Plan plan, OutputStream out) {
        write(plan, null, out);
    }

    /** With {@code revision} (may be null): what storing the plan would change against its stored version. */
    public static void write(Plan plan, PlanRevision revision, OutputStream out) {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeObjectFieldStart("plan");
            json.writeStringField("commune", plan.commune().isEmpty() ? null : plan.commune());
            json.writeNumberField("year", plan.year());
            json.writeStringField("title", plan.title());
            json.writeStringField("number", plan.number());
            writeDates(json, "reportingCalendar", plan.calendar().dates());
            json.writeBooleanField("hasTaskTable", plan.hasTaskTable());
            json.writeEndObject();
            json.writeArrayFieldStart("tasks");
            for (Task task : plan.tasks()) {
                writeTask(json, task);
            }
            json.writeEndArray();
            writeStrings(json, "warnings", plan.warnings());
            if (revision != null) {
                writeRevision(json, revision);
            }
            json.writeEndObject();
            json.flush();
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeTask(JsonGenerator json, Task task) throws IOException {
        json.writeStartObject();
        json.writeStringField("section", task.section());
        json.writeStringField("number", task.number());
        json.writeStringField("content", task.content());
        json.writeStringField("product", task.product());
        writeStrings(json, "lead", task.lead());
        writeStrings(json, "coordinating", task.coordinating());
        json.writeStringField("deadlineText", task.deadlineText());
        json.writeStringField("notes", task.notes());
        json.writeArrayFieldStart("milestones");
        for (Milestone milestone : task.milestones()) {
            json.writeStartObject();
            json.writeStringField("kind", milestone.kind().name());
            json.writeStringField("label", milestone.label());
            writeDates(json, "due", milestone.due());
            json.writeEndObject();
        }
        json.writeEndArray();
        writeDates(json, "dueDates", task.dueDates());
        writeStrings(json, "warnings", task.warnings());
        json.writeEndObject();
    }

    private static void writeRevision(JsonGenerator json, PlanRevision revision) throws IOException {
        json.writeObjectFieldStart("changes");
        json.writeArrayFieldStart("added");
        for (Task task : revision.added()) {
            json.writeStartObject();
            json.writeStringField("numbering", task.numbering());
            json.writeStringField("content", task.content());
            writeDates(json, "dueDates", task.dueDates());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("removed");
        for (PlanRevision.Known known : revision.removed()) {
            json.writeStartObject();
            json.writeStringField("code", "#" + known.code());
            json.writeStringField("numbering", known.numbering());
            json.writeStringField("content", known.content());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("changed");
        for (PlanRevision.Kept kept : revision.changed()) {
            json.writeStartObject();
            json.writeStringField("code", "#" + kept.before().code());
            json.writeStringField("numbering", kept.after().numbering());
            json.writeStringField("wasNumbering", kept.before().numbering());
            json.writeArrayFieldStart("changes");
            for (PlanRevision.Change change : kept.changes()) {
                json.writeString(change.name());
            }
            json.writeEndArray();
            json.writeStringField("content", kept.after().content());
            if (kept.changes().contains(PlanRevision.Change.REWORDED)) {
                json.writeStringField("wasContent", kept.before().content());
            }
            writeDates(json, "dueDates", kept.after().dueDates());
            writeDates(json, "wasDueDates", kept.before().dueDates());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberField("unchanged", revision.kept().size() - revision.changed().size());
        json.writeEndObject();
    }

    private static void writeDates(JsonGenerator json, String field, List<LocalDate> dates) throws IOException {
        json.writeArrayFieldStart(field);
        for (LocalDate date : dates) {
            json.writeString(date.toString());
        }
        json.writeEndArray();
    }

    private static void writeStrings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
