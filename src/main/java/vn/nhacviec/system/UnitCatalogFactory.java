package vn.nhacviec.system;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.directory.UnitsFile;
import vn.nhacviec.plan.PlanReader;

import java.nio.file.Path;

@Factory
class UnitCatalogFactory {

    @Singleton
    UnitCatalog unitCatalog(@Nullable @Value("${nhacviec.units-file:}") String unitsFile) {
        return unitsFile == null || unitsFile.isBlank() ? ConfigDir.units() : UnitsFile.load(Path.of(unitsFile));
    }

    /** Plans sent to the bot are read with the same units as {@code import}. */
    @Singleton
    PlanReader planReader(UnitCatalog units) {
        return new PlanReader(units);
    }
}
