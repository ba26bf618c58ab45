package vn.nhacviec.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.nhacviec.plan.store.PlanQueryStore;
import vn.nhacviec.plan.store.PlanView;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "plan", description = "Plans.", subcommands = PlanCommand.ListPlans.class)
final class PlanCommand {

    @Command(name = "list", description = "List imported plans.")
    static final class ListPlans implements Callable<Integer> {
        @Option(names = "--commune", paramLabel = "NAME")
        String commune;

        @Override
        public Integer call() {
            List<PlanView> plans = Services.bean(PlanQueryStore.class).plans(Optional.ofNullable(commune));
            if (plans.isEmpty()) {
                System.out.println("No plans yet.");
            }
            for (PlanView p : plans) {
                System.out.printf("%4d  %-12s %d  %-14s %3d tasks  reports %s  %s%n", p.id(), p.commune(), p.year(),
                        p.number() == null ? "-" : p.number(), p.tasks(),
                        p.reportingCalendar().isEmpty() ? "none" : DateText.list(p.reportingCalendar()), p.title());
            }
            return 0;
        }
    }
}
