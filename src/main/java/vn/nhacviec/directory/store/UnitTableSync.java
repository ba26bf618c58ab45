package vn.nhacviec.directory.store;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.nhacviec.directory.Unit;
import vn.nhacviec.directory.UnitCatalog;

/**
 * config/units.yml is the source of the unit list; the {@code unit} table mirrors it at every
 * start so that reports and SQL queries can name units without reading the file.
 */
@Singleton
class UnitTableSync implements ApplicationEventListener<StartupEvent> {

    private final UnitCatalog catalog;
    private final UnitRepository units;

    UnitTableSync(UnitCatalog catalog, UnitRepository units) {
        this.catalog = catalog;
        this.units = units;
    }

    @Override
    @Transactional
    public void onApplicationEvent(StartupEvent event) {
        for (Unit unit : catalog.units()) {
            UnitRecord wanted = new UnitRecord(unit.code(), unit.name(), String.join("\n", unit.aliases()));
            units.findById(unit.code()).ifPresentOrElse(stored -> {
                if (!stored.equals(wanted)) {
                    units.update(wanted);
                }
            }, () -> units.save(wanted));
        }
    }
}
