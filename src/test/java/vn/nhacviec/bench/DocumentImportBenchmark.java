package vn.nhacviec.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.plan.Plan;
import vn.nhacviec.plan.PlanFile;
import vn.nhacviec.plan.PlanReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;

/**
 * Reading seed 000 from each kind of office document (what {@code import --dry-run} and a file
 * sent to the bot do): Word tables, a Word 97 file, a TCVN3 Word 97 file, a ruled-table PDF and a
 * text file printed to PDF. Goal: each under 1 s warmed up, so a preview answers at once.
 * Run: see docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DocumentImportBenchmark {

    @Param({"000.docx", "000.doc", "000-tcvn3.doc", "office/000.pdf", "office/000_cdce05b82f3b33d6.pdf"})
    public String fixture;

    private byte[] bytes;
    private PlanReader reader;

    @Setup
    public void load() {
        try (InputStream in = DocumentImportBenchmark.class.getClassLoader().getResourceAsStream("plans/" + fixture)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        reader = new PlanReader(UnitCatalog.defaults());
    }

    @Benchmark
    public Plan readSeed000() {
        return reader.read(PlanFile.fromBytes(fixture, bytes), 2024);
    }
}
