package vn.nhacviec.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class UnitsConfigurationTest {

    private static final Path FILE = Path.of("config/units.yml");

    private static Object load(String yaml) {
        return new Yaml().load(yaml);
    }

    private static List<Unit> fileUnits() throws IOException {
        try (Reader reader = Files.newBufferedReader(FILE, StandardCharsets.UTF_8)) {
            return UnitCatalog.unitsFrom(new Yaml().load(reader));
        }
    }

    @Test
    void theConfigurationFileListsEveryDefaultUnitWithItsName() throws IOException {
        Map<String, String> names = new java.util.HashMap<>();
        fileUnits().forEach(u -> names.put(u.code(), u.name()));
        for (Unit unit : UnitCatalog.defaults().units()) {
            assertEquals(unit.name(), names.get(unit.code()), unit.code());
        }
    }

    @Test
    void theConfigurationFileEqualsTheDefaultsAlias_for_alias() throws IOException {
        assertEquals(UnitCatalog.defaults().units(), fileUnits());
        assertEquals(UnitCatalog.defaults().units(), UnitCatalog.defaults().withUnits(fileUnits()).units());
    }

    @Test
    void theCommentedExampleInTheFileWorksWhenUncommented() throws IOException {
        String text = Files.readString(FILE, StandardCharsets.UTF_8).replace("\n#  - ", "\n  - ")
                .replace("\n#    ", "\n    ");
        UnitCatalog catalog = UnitCatalog.defaults().withUnits(UnitCatalog.unitsFrom(load(text)));
        assertEquals("Đoàn Thanh niên", catalog.byCode("DTN").orElseThrow().name());
        assertEquals(List.of("DTN", "VP-TK"), catalog.read("Đoàn TN; Văn thư").codes());
    }

    @Test
    void aSingleAliasMayBeWrittenWithoutBrackets() {
        List<Unit> units = UnitCatalog.unitsFrom(load("units:\n  - code: DTN\n    name: Đoàn Thanh niên\n"
                + "    aliases: ĐTN\n"));
        assertEquals(List.of(Unit.of("DTN", "Đoàn Thanh niên", "ĐTN")), units);
    }

    @Test
    void anEntryWithoutACodeIsRejectedNamingItsPosition() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> UnitCatalog.unitsFrom(load("units:\n  - code: DTN\n  - name: Hội Nông dân\n")));
        assertTrue(error.getMessage().contains("units[1]"), error.getMessage());
    }

    @Test
    void anEmptyFileAddsNothing() {
        assertEquals(List.of(), UnitCatalog.unitsFrom(load("")));
        assertEquals(List.of(), UnitCatalog.unitsFrom(load("units:\n")));
    }
}
