package vn.nhacviec.directory.store;

import jakarta.inject.Singleton;
import vn.nhacviec.deadline.VietnameseText;
import vn.nhacviec.directory.CommuneName;
import vn.nhacviec.directory.RosterException;
import vn.nhacviec.store.Jdbc;

import java.time.Clock;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Communes are found by their folded name ("son ky" finds "Sơn Kỳ"). Only an import may create
 * one; every other command refuses an unknown name so that a typo does not make a second commune.
 */
@Singleton
public class CommuneStore {

    private final CommuneRepository communes;
    private final Clock clock;

    public CommuneStore(CommuneRepository communes, Clock clock) {
        this.communes = communes;
        this.clock = clock;
    }

    public Optional<CommuneRecord> find(String name) {
        return communes.findByNameKey(key(name));
    }

    public CommuneRecord require(String name) {
        return find(name).orElseThrow(() -> new RosterException("unknown commune '" + name + "'; known communes: "
                + known() + " (a commune is created by importing its plan)"));
    }

    public CommuneRecord findOrCreate(String name) {
        return find(name).orElseGet(() -> communes.save(new CommuneRecord(null, VietnameseText.tidy(name), key(name),
                Jdbc.stored(clock.instant()))));
    }

    public CommuneRecord byId(Long id) {
        return communes.findById(id).orElseThrow(() -> new RosterException("no commune with id " + id));
    }

    public java.util.List<CommuneRecord> all() {
        return communes.listOrderByName();
    }

    public String known() {
        String names = communes.listOrderByName().stream().map(CommuneRecord::name).collect(Collectors.joining(", "));
        return names.isEmpty() ? "none yet" : names;
    }

    static String key(String name) {
        return CommuneName.key(name);
    }
}
