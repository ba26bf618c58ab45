package vn.nhacviec.demo;

import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.plan.Plan;
import vn.nhacviec.plan.PlanFile;
import vn.nhacviec.plan.PlanReader;
import vn.nhacviec.plan.PlanSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The demo commune's plan: seed plan 000 (Sơn Kỳ's CCHC plan for 2024), carried inside the jar so
 * the demo needs nothing beside it, and read by the same reader as any imported plan.
 */
public final class DemoPlan {

    static final String RESOURCE = "/demo/plan-000.txt";
    static final String FILE_NAME = "ke-hoach-cchc-son-ky-2024.txt";

    private DemoPlan() {
    }

    public static PlanSource source() {
        try (InputStream in = DemoPlan.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the demo plan " + RESOURCE + " is missing from the jar");
            }
            return PlanFile.fromBytes(FILE_NAME, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo plan: " + e.getMessage(), e);
        }
    }

    /** The plan as read; it states its own year, {@code fallbackYear} only matters if it did not. */
    public static Plan read(UnitCatalog units, int fallbackYear) {
        return new PlanReader(units).read(source(), fallbackYear);
    }
}
