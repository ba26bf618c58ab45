package vn.nhacviec.web.store;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.nhacviec.deadline.VietnameseText;
import vn.nhacviec.store.Jdbc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The province's staff accounts and which communes belong to which province. */
@Singleton
public class ProvinceStore {

    /** A staff account; {@code passwordHash} is a bcrypt hash. */
    public record StaffAccount(long id, String login, String name, String province, String provinceKey,
                               String passwordHash) {
    }

    /** A commune of a province. */
    public record ProvinceCommune(long communeId, String name) {
    }

    private final Jdbc jdbc;

    public ProvinceStore(JdbcOperations jdbc) {
        this.jdbc = new Jdbc(jdbc);
    }

    /** The folded province name accounts and communes are matched by ("Nghệ An" = "nghe an"). */
    public static String key(String province) {
        return VietnameseText.fold(province).replaceAll("\\s+", " ").strip();
    }

    /** Adds an account; empty when the login is taken. */
    @Transactional
    public Optional<Long> addStaff(String login, String name, String province, String passwordHash, Instant at) {
        return jdbc.insertUnlessDuplicate("INSERT INTO province_user (login, name, province, province_key, password_hash, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", login, VietnameseText.tidy(name), VietnameseText.tidy(province),
                key(province), passwordHash, Jdbc.seconds(at));
    }

    @Transactional
    public Optional<StaffAccount> staffByLogin(String login) {
        return jdbc.one("SELECT id, login, name, province, province_key, password_hash FROM province_user "
                + "WHERE login = ? AND removed_at IS NULL", ProvinceStore::staff, login);
    }

    @Transactional
    public Optional<StaffAccount> staff(long id) {
        return jdbc.one("SELECT id, login, name, province, province_key, password_hash FROM province_user "
                + "WHERE id = ? AND removed_at IS NULL", ProvinceStore::staff, id);
    }

    @Transactional
    public List<StaffAccount> allStaff() {
        return jdbc.list("SELECT id, login, name, province, province_key, password_hash FROM province_user "
                + "WHERE removed_at IS NULL ORDER BY province_key, login", ProvinceStore::staff);
    }

    /** Removes an account (kept for the record, no longer able to sign in); false when there is none. */
    @Transactional
    public boolean removeStaff(String login, Instant at) {
        return jdbc.update("UPDATE province_user SET removed_at = ? WHERE login = ? AND removed_at IS NULL",
                Jdbc.seconds(at), login) == 1;
    }

    /** Puts a commune in a province (moving it if it was in another). */
    @Transactional
    public void attach(long communeId, String province) {
        jdbc.upsert("DELETE FROM province_commune WHERE commune_id = ?", new Object[]{communeId},
                "INSERT INTO province_commune (commune_id, province, province_key) VALUES (?, ?, ?)",
                communeId, VietnameseText.tidy(province), key(province));
    }

    /** The communes of a province, by name. */
    @Transactional
    public List<ProvinceCommune> communes(String provinceKey) {
        return jdbc.list("SELECT c.id, c.name FROM province_commune pc JOIN commune c ON c.id = pc.commune_id "
                + "WHERE pc.province_key = ? ORDER BY c.name_key", rs -> new ProvinceCommune(rs.getLong(1), rs.getString(2)),
                provinceKey);
    }

    /** Whether the commune is one of the province's. */
    @Transactional
    public boolean inProvince(long communeId, String provinceKey) {
        return jdbc.exists("SELECT COUNT(*) FROM province_commune WHERE commune_id = ? AND province_key = ?",
                communeId, provinceKey);
    }

    private static StaffAccount staff(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new StaffAccount(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6));
    }
}
