package vn.nhacviec.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.nhacviec.plan.store.PlanQueryStore;
import vn.nhacviec.plan.store.TaskView;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "task", description = "Tasks.", subcommands = TaskCommand.ListTasks.class)
final class TaskCommand {

    @Command(name = "list", description = "List tasks with their code, units, due dates and status.")
    static final class ListTasks implements Callable<Integer> {
        @Option(names = "--commune", paramLabel = "NAME")
        String commune;
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() throws IOException {
            List<TaskView> tasks = Services.bean(PlanQueryStore.class).tasks(Optional.ofNullable(commune), true);
            if (json) {
                writeJson(tasks);
                return 0;
            }
            if (tasks.isEmpty()) {
                System.out.println("No tasks yet.");
            }
            for (TaskView t : tasks) {
                System.out.printf("#%-4d %-12s %-8s %-14s %s%n      %s%n", t.code(), t.commune(), t.numbering(),
                        String.join(",", t.lead()), shorten(t.content(), 70),
                        t.cancelled() ? "CANCELLED (no longer in the plan; not reminded)" : deadlines(t));
            }
            return 0;
        }

        private static String deadlines(TaskView t) {
            return t.deadlines().stream()
                    .map(d -> (d.due() == null ? d.kind() : DateText.of(d.due())) + " " + d.status())
                    .collect(Collectors.joining("; "));
        }

        private static String shorten(String s, int max) {
            return s.length() <= max ? s : s.substring(0, max - 1) + "…";
        }

        private static void writeJson(List<TaskView> tasks) throws IOException {
            try (JsonGenerator json = new JsonFactory().createGenerator(System.out)) {
                json.useDefaultPrettyPrinter();
                json.writeStartArray();
                for (TaskView t : tasks) {
                    json.writeStartObject();
                    json.writeStringField("commune", t.commune());
                    json.writeStringField("code", "#" + t.code());
                    json.writeStringField("section", t.section());
                    json.writeStringField("number", t.number());
                    json.writeStringField("content", t.content());
                    json.writeStringField("status", t.cancelled() ? "CANCELLED" : "ACTIVE");
                    json.writeArrayFieldStart("lead");
                    for (String u : t.lead()) {
                        json.writeString(u);
                    }
                    json.writeEndArray();
                    json.writeArrayFieldStart("coordinating");
                    for (String u : t.coordinating()) {
                        json.writeString(u);
                    }
                    json.writeEndArray();
                    json.writeStringField("deadlineText", t.deadlineText());
                    json.writeArrayFieldStart("deadlines");
                    for (TaskView.DeadlineView d : t.deadlines()) {
                        json.writeStartObject();
                        json.writeNumberField("id", d.id());
                        json.writeStringField("kind", d.kind());
                        json.writeStringField("label", d.label());
                        json.writeStringField("due", d.due() == null ? null : d.due().toString());
                        json.writeStringField("status", d.status());
                        json.writeEndObject();
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.flush();
            }
            System.out.println();
        }
    }
}
