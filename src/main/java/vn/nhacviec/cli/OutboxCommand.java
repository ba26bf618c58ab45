package vn.nhacviec.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.nhacviec.reminder.outbox.OutboxMessage;
import vn.nhacviec.reminder.outbox.OutboxStore;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "outbox", description = "The outbox of messages to Telegram.", subcommands = OutboxCommand.ListMessages.class)
final class OutboxCommand {

    @Command(name = "list", description = "List pending and failed messages (--all for every status).")
    static final class ListMessages implements Callable<Integer> {
        @Option(names = "--all", description = "Also sent and stale messages.")
        boolean all;

        @Override
        public Integer call() {
            List<String> statuses = all ? List.of("PENDING", "SENDING", "SENT", "FAILED", "STALE")
                    : List.of("PENDING", "SENDING", "FAILED");
            List<OutboxMessage> messages = Services.bean(OutboxStore.class).withStatus(statuses);
            if (messages.isEmpty()) {
                System.out.println("The outbox is empty.");
            }
            for (OutboxMessage m : messages) {
                String first = HtmlText.plain(m.reply().html()).lines().findFirst().orElse("");
                System.out.printf("%6d  %-8s %-7s officer %-5s attempts %d  next %s  %s%s%n", m.id(), m.status(), m.kind(),
                        m.officerId(), m.attempts(), m.notBefore(), first.length() > 60 ? first.substring(0, 59) + "…" : first,
                        m.lastError() == null ? "" : "  [" + m.lastError() + "]");
            }
            return 0;
        }
    }
}
