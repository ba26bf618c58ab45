package vn.nhacviec.demo;

import vn.nhacviec.system.NhacViecProperties;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The settings a demo runs under, laid over the operator's: its own database, its own clock,
 * its own invite key (nothing of the demo lands in the operator's config directory), and the
 * chat simulator when there is no bot token.
 */
public final class DemoSettings {

    /** Set in demo mode only: the demo's pages exist only then. */
    public static final String ENABLED = "nhacviec.demo.enabled";
    /** Set when the demo plays Telegram itself (no bot token). */
    public static final String SIMULATOR = "nhacviec.demo.simulator";
    /** The commune's zone: the demo's Monday morning is a morning in Vietnam, whatever the machine says. */
    public static final ZoneId ZONE = ZoneId.of(NhacViecProperties.DEFAULT_ZONE);

    private final DemoDirectory directory;
    private final boolean simulator;
    private final int port;
    private final String inviteSecret;

    public DemoSettings(DemoDirectory directory, boolean simulator, int port) {
        this.directory = directory;
        this.simulator = simulator;
        this.port = port;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.inviteSecret = Base64.getEncoder().encodeToString(key);
    }

    public DemoDirectory directory() {
        return directory;
    }

    public boolean simulator() {
        return simulator;
    }

    public int port() {
        return port;
    }

    /** The properties for a context whose clock starts at {@code now} (and runs on). */
    public Map<String, Object> properties(Instant now) {
        Map<String, Object> p = new HashMap<>();
        p.put("datasources.default.url", directory.databaseUrl());
        p.put("datasources.default.username", "sa");
        p.put("datasources.default.password", "");
        p.put("datasources.default.dialect", "MYSQL");
        p.put("nhacviec.zone", ZONE.getId());
        p.put("nhacviec.clock", now.atZone(ZONE).toOffsetDateTime().toString());
        p.put("nhacviec.invite-secret", inviteSecret);
        p.put("nhacviec.scheduler.enabled", true);
        // digests show up in the simulator a few seconds after the start, not ten
        p.put("nhacviec.scheduler.dispatch-every-seconds", 3);
        p.put("micronaut.server.port", port);
        p.put("nhacviec.web.base-url", "http://localhost:" + port);
        p.put(ENABLED, true);
        p.put(SIMULATOR, simulator);
        return p;
    }
}
