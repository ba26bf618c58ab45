package vn.nhacviec.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.nhacviec.evidence.store.EvidenceBinders;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

/** {@code report binder --commune NAME --year YEAR [--out FILE]}: the evidence binder (.zip) of that year's plan. */
@Command(name = "binder", description = "Write the evidence binder (.zip: a folder per section and task, an index workbook).")
final class BinderCommand implements Callable<Integer> {

    @Option(names = "--commune", required = true, paramLabel = "NAME")
    String commune;
    @Option(names = "--year", required = true, paramLabel = "YEAR")
    int year;
    @Option(names = "--out", paramLabel = "FILE", description = "Where to write (default: ho-so-kiem-chung-<commune>-<year>.zip here).")
    Path out;

    @Override
    public Integer call() {
        EvidenceBinders binders = Services.bean(EvidenceBinders.class);
        EvidenceBinders.PlanRef plan = binders.plan(commune, year).orElseThrow(() ->
                new IllegalArgumentException("no plan of " + year + " for commune \"" + commune + "\""));
        Path target = out != null ? out : Path.of(EvidenceBinders.fileName(plan));
        OutputFile.checkWritable(target);
        Path absolute = target.toAbsolutePath();
        Path temporary = null;
        try {
            // streamed into a file beside the target, then moved: never half a binder under its name
            temporary = Files.createTempFile(absolute.getParent(), ".nhacviec-", ".tmp");
            try (OutputStream stream = Files.newOutputStream(temporary)) {
                binders.write(plan, stream);
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            temporary = null;
            System.out.println("Wrote " + target + " (" + Files.size(absolute) / 1024 + " KB): " + plan.title());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the temporary file is left beside the target: harmless
                }
            }
        }
        return 0;
    }
}
