package vn.nhacviec.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.plan.PlanFile;
import vn.nhacviec.plan.PlanReader;
import vn.nhacviec.plan.PlanSource;
import vn.nhacviec.testsupport.Seeds;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reading the five seed plans (file guard, shape readers, unit catalog, deadline parser), as
 * {@code import --dry-run} does. Goal: the five together well under 2 s in one JVM.
 * Run: see docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SingleShotTime, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class PlanImportBenchmark {

    private List<byte[]> seeds;
    private PlanReader reader;

    @Setup
    public void load() {
        seeds = List.of(Seeds.SON_KY_2024, Seeds.SON_HA_2025, Seeds.TAY_THUAN_2025, Seeds.SON_KY_OCR_2024,
                Seeds.ANH_SON_2024).stream().map(Seeds::bytes).toList();
        reader = new PlanReader(UnitCatalog.defaults());
    }

    @Benchmark
    public void readAllFiveSeeds(Blackhole blackhole) {
        for (byte[] bytes : seeds) {
            PlanSource source = PlanFile.fromBytes("seed.txt", bytes);
            blackhole.consume(reader.read(source.text(), 2024));
        }
    }
}
