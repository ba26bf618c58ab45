package vn.nhacviec.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nhacviec.reminder.WorkingCalendar;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigDirTest {

    @TempDir
    Path tmp;

    @Test
    void anExplicitDirectoryWinsOverEverything() throws Exception {
        Path work = Files.createDirectories(tmp.resolve("work/config"));
        assertEquals(Path.of("/etc/nhacviec"), ConfigDir.resolve("/etc/nhacviec", work.getParent(), Optional.of(tmp)));
    }

    @Test
    void theWorkingDirectorysConfigComesBeforeTheJars() throws Exception {
        Path work = Files.createDirectories(tmp.resolve("work/config")).getParent();
        Path app = Files.createDirectories(tmp.resolve("app/config")).getParent();
        assertEquals(work.resolve("config"), ConfigDir.resolve(null, work, Optional.of(app)));
    }

    @Test
    void startedFromAnotherDirectoryItFindsTheConfigBesideTheJar() throws Exception {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Path app = Files.createDirectories(tmp.resolve("app/config")).getParent();
        assertEquals(app.resolve("config"), ConfigDir.resolve("", elsewhere, Optional.of(app)));
        assertEquals(elsewhere.resolve("config"), ConfigDir.resolve(null, elsewhere, Optional.empty()),
                "no configuration anywhere: ./config, which holds nothing, so the jar's defaults are read");
    }

    @Test
    void aFileMissingFromTheDirectoryIsReadFromTheJarsDefaults() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("config"));
        ConfigDir.ConfigText holidays = ConfigDir.read(dir, "holidays.yml").orElseThrow();
        assertEquals("built-in holidays.yml", holidays.source());
        WorkingCalendar calendar = WorkingCalendar.fromYaml(holidays.text(), holidays.source());
        assertTrue(calendar.warnings().isEmpty(), calendar.warnings().toString());
        assertFalse(calendar.isWorkingDay(LocalDate.of(2024, 9, 2)), "Quốc khánh is a day off with the jar's holidays");
        assertEquals(Files.readString(Path.of("config/holidays.yml")), holidays.text(), "the jar ships config/holidays.yml");
        assertTrue(ConfigDir.read(dir, "units.yml").isPresent());
        assertTrue(ConfigDir.read(dir, "reminders.yml").isPresent());
        assertTrue(ConfigDir.read(dir, "application.yml").isEmpty(), "the jar's own defaults are not a config file");
    }

    @Test
    void theOperatorsFileOverridesTheJarsCopy() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("config"));
        Files.writeString(dir.resolve("holidays.yml"), "holidays: []\n");
        ConfigDir.ConfigText holidays = ConfigDir.read(dir, "holidays.yml").orElseThrow();
        assertEquals(dir.resolve("holidays.yml").toString(), holidays.source());
        assertTrue(WorkingCalendar.fromYaml(holidays.text(), holidays.source()).isWorkingDay(LocalDate.of(2024, 9, 3)));
    }
}
