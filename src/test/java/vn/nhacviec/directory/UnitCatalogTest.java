package vn.nhacviec.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.nhacviec.deadline.VietnameseText;

class UnitCatalogTest {

    private static final UnitCatalog CATALOG = UnitCatalog.defaults();

    private static Arguments cell(String text, List<String> codes, List<String> unknown) {
        return Arguments.of(text, codes, unknown);
    }

    private static Arguments cell(String text, String... codes) {
        return Arguments.of(text, List.of(codes), List.of());
    }

    /** Lead and coordinating cells as they appear in the seed plans (000, 001, 003, 004), and the contract's examples. */
    static Stream<Arguments> seedCells() {
        return Stream.of(
                // contract examples
                cell("Tư pháp- HT, VHXH, ĐCXĐ", "TP-HT", "VH-XH", "DC-XD"),
                cell("Tư pháp- HT, VHXX, ĐCXĐ", "TP-HT", "VH-XH", "DC-XD"),
                cell("Bộ phận VHXH, VP-TK", "VH-XH", "VP-TK"),
                cell("Các Bộ phận CM có liên quan.", "ALL"),
                cell("Ban Pháp chế HĐND xã; các bộ phận chuyên môn thuộc UBND xã.",
                        List.of("ALL"), List.of("Ban Pháp chế HĐND xã")),
                cell("Các bộ phận chuyên môn, HĐT xã", List.of("ALL"), List.of("HĐT xã")),
                cell("Văn phòng – Thống kê phối hợp triển khai, hướng dẫn nghiệp vụ, đơn đốc, kiểm tra, "
                        + "đánh giá kết quả thực hiện", "VP-TK"),
                cell("Văn phòng – Thông kê phối hợp triển khai, hướng dẫn nghiệp vụ, đơn đốc, kiểm tra, "
                        + "đánh giá kết quả thực hiện", "VP-TK"),
                cell("Văn phòng – Thống kê phối hợp triển khai, hướng dẫn", "VP-TK"),
                cell("Công chức\nVăn phòng - TK", "VP-TK"),
                cell("Văn phòng - TK Văn hóa - XH", "VP-TK", "VH-XH"),
                cell("Vian phong- thong ké xa", "VP-TK"),
                cell("B0 phan Tu phap- ho tich xa", "TP-HT"),
                cell("Bo phan Tai chinh - K& toan x&", "TC-KT"),
                cell("", List.of(), List.of()),
                cell("Văn hóa – Xã hội, Đài truyền thanh xã", "VH-XH"),
                // 000: tab table, columns 4-5
                cell("Tư pháp- Hộ tịch xã.", "TP-HT"),
                cell("Tur pháp- Hộ tịch xã", "TP-HT"),
                cell("Tur pháp- Hộ tịch xã.", "TP-HT"),
                cell("Các bộ phận CM có liên quan", "ALL"),
                cell("Văn phòng – thống kê xã", "VP-TK"),
                cell("Văn phòng- Thống kê xã", "VP-TK"),
                cell("Các bộ phận chuyên môn thuộc UBND xã", "ALL"),
                cell("Tài Chính - Kế toán xã", "TC-KT"),
                cell("Văn hóa – Xã hội xã", "VH-XH"),
                cell("Văn hóa- xã hội xã", "VH-XH"),
                cell("<p>Các bộ phận CM đơn vị có liên quan</p>", "ALL"),
                cell("<p>+ Văn phòng Chủ trì, phối hợp với các bộ phận chuyên môn, đơn vị có liên quan thực hiện "
                        + "việc công khai kết quả đánh giá trên Hệ thống thông tin giải quyết TTHC. + Các bộ phận CM, "
                        + "đơn vị xã thực hiện các giải pháp nâng cao chất lượng phục vụ, mức độ hài lòng của người "
                        + "dân, doanh nghiệp; thực hiện giải trình và xin</p>", "VP-TK", "ALL"),
                // 001: tab table, columns 3-4
                cell("Văn phòng- Thống kê", "VP-TK"),
                cell("Văn phòng- thống kê", "VP-TK"),
                cell("Các Bộ phận CM có liên quan", "ALL"),
                cell("Bộ phận Tư pháp xã.", "TP-HT"),
                cell("Bộ phận Văn phòng- thống kê", "VP-TK"),
                cell("Các Bộ phận CM có liên", "ALL"),
                cell("Bộ phận Tài chính- kế toán", "TC-KT"),
                cell("Bộ phận Tài\nchính- kế toán", "TC-KT"),
                cell("Các bộ phận\nCM có liên quan", "ALL"),
                cell("Bộ phận Tài", List.of(), List.of("Bộ phận Tài")),
                cell("<ul style=\"list-style-type: none\"> - Văn phòng-thống kê xã phối hợp với các bộ phận CM có "
                        + "liên quan thực hiện việc công khai kết quả đánh giá trên Hệ thống thông tin giải quyết TTHC "
                        + "tỉnh Quảng Ngãi. - Các bộ phận CM xã thực hiện các giải pháp nâng cao chất lượng phục vụ, "
                        + "mức độ hài lòng của người dân, doanh nghiệp; thực hiện giải trình và xin lỗi người dân "
                        + "theo đúng quy định. ", "VP-TK", "ALL"),
                // 003: OCR text of "- Bộ phận thực hiện: …" lines
                cell("Vian phong- thong ké xa chu tri, ph01 hop vo1 cac bd\nphén chuyén mén ¢6 lién quan tham muu "
                        + "UBND xa Ké hoach kiém tra cac bo phan", "VP-TK", "ALL"),
                cell("Bo phan Vian hoa- xa hoi xa cha tri, phbi hop vOi Van\nphong-thdng ké xa tham muu UBND x4 "
                        + "tham gia c4c cudc thi", "VH-XH", "VP-TK"),
                cell("Van phong- théng ké xa tham muu UBND X& giao chi\ntiéu cho cac b phan chuyén mon sang kién "
                        + "hodc giai phap", "VP-TK", "ALL"),
                cell("Giao B0 phan Tu phap- ho tich xa chu tri tham muu", "TP-HT"),
                cell("Cc bo phan chuyén mon xi cin cr ké hoach ra soat,", "ALL"),
                cell("Giao b phan Vun phong- thong ké xa thuong xuyén", "VP-TK"),
                cell("Vin phong — thong ké xa chu tri, phoi hgp véi cac bd", "VP-TK"),
                cell("Bo phan Tai chinh - K& toan x& chu tri, phdi hop véi\ncac bd phan chuyén mén trién khai "
                        + "thue hién", "TC-KT", "ALL"),
                cell("Bo phan Tai chinh - Ké toan xa chu tri, phdi hop véi\ncac bo phan chuyén mon c6 lién quan",
                        "TC-KT", "ALL"),
                cell("BY phdn thyc hién: B phan Van phong- thong ké xa thuong xuyén theo doi, d6n ddc cong chirc "
                        + "phy trach theo doi xu ly h6 so", "VP-TK"),
                cell("Bộ phận thực hiện: Bộ phận Văn phòng – Thống kê", "VP-TK"),
                // 004: PDF text, lead cells broken over lines
                cell("Công chức \n\nTư pháp - HT ", "TP-HT"),
                cell("Công chức \n\nVăn phòng - TK  ", "VP-TK"),
                cell("Công chức \n\nTài chính - KT ", "TC-KT"),
                cell("Công chức \n\nVăn hóa - XH Quý I năm 2024 ", "VH-XH"),
                cell("Văn hóa - Xã hội, Đài truyên thanh xã", "VH-XH"),
                // other units and names a commune uses
                cell("Bộ phận Một cửa xã", "MC"),
                cell("Bộ phận Tiếp nhận và Trả kết quả", "MC"),
                cell("TN&TKQ", "MC"),
                cell("Chỉ huy trưởng Quân sự", "QS"),
                cell("Công an xã", "CA"),
                cell("CA, QS", "CA", "QS"),
                cell("ĐCXD", "DC-XD"),
                cell("Địa chính – Nông nghiệp – Xây dựng và Môi trường", "DC-XD"),
                cell("Tư pháp- HT, VHXH, Nông nghiệp", List.of("TP-HT", "VH-XH"), List.of("Nông nghiệp")),
                cell("Hội Nông dân và Đoàn Thanh niên", List.of(), List.of("Hội Nông dân", "Đoàn Thanh niên")),
                cell("Văn phòng - TK Hội Nông dân", List.of("VP-TK"), List.of("Hội Nông dân")),
                cell("Đài truyền thanh xã", List.of(), List.of("Đài truyền thanh xã")),
                // headers and fragments
                cell("Cơ quan chủ trì thực hiện"),
                cell("Bộ phận phối hợp"),
                cell("---"),
                cell("quan.", List.of(), List.of("quan")));
    }

    /**
     * Cells of the merged communes and wards (from 1 July 2025): the new bodies, their abbreviations,
     * names with commas in them, and bodies outside the commune that stay as written.
     */
    static Stream<Arguments> communeCellsAfter2025() {
        return Stream.of(
                // Văn phòng HĐND và UBND
                cell("Văn phòng HĐND và UBND xã", "VP-TK"),
                cell("Văn phòng HĐND và UBND phường", "VP-TK"),
                cell("Văn phòng HĐND&UBND", "VP-TK"),
                cell("Văn phòng HĐND & UBND xã", "VP-TK"),
                cell("VP HĐND-UBND", "VP-TK"),
                cell("VP HĐND - UBND xã", "VP-TK"),
                cell("VP HĐND và UBND", "VP-TK"),
                cell("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "VP-TK"),
                cell("Văn phòng HĐND và UBND xã chủ trì, phối hợp các phòng, ban, đơn vị thuộc UBND xã", "VP-TK", "ALL"),
                // Phòng Văn hóa – Xã hội
                cell("Phòng Văn hóa - Xã hội", "VH-XH"),
                cell("Phòng Văn hóa – Xã hội xã", "VH-XH"),
                cell("Phòng VH-XH", "VH-XH"),
                cell("Phòng VHXH", "VH-XH"),
                cell("P. VH-XH", "VH-XH"),
                cell("Phòng Văn hóa và Xã hội", "VH-XH"),
                // Phòng Kinh tế / Kinh tế, Hạ tầng và Đô thị: one unit although its name holds a comma
                cell("Phòng Kinh tế", "KT"),
                cell("P. Kinh tế", "KT"),
                cell("P.Kinh tế", "KT"),
                cell("Phòng KT", "KT"),
                cell("Phòng Kinh tế xã", "KT"),
                cell("Phòng Kinh tế, Hạ tầng và Đô thị", "KT"),
                cell("Phòng Kinh tế, Hạ tầng và Đô thị phường", "KT"),
                cell("Phòng Kinh tế - Hạ tầng - Đô thị", "KT"),
                cell("Phòng KT, HT&ĐT", "KT"),
                cell("Phòng KT-HT&ĐT", "KT"),
                cell("Phòng Kinh tế, Hạ tầng và Đô thị; Phòng VH-XH", "KT", "VH-XH"),
                cell("Phòng Kinh tế, Hạ tầng và Đô thị, Phòng Văn hóa - Xã hội", "KT", "VH-XH"),
                cell("Phòng KT, HT&ĐT, VP HĐND-UBND", "KT", "VP-TK"),
                // Trung tâm Phục vụ hành chính công
                cell("Trung tâm Phục vụ hành chính công", "MC"),
                cell("Trung tâm Phục vụ hành chính công xã", "MC"),
                cell("Trung tâm Phục vụ Hành chính công phường", "MC"),
                cell("TT PVHCC", "MC"),
                cell("Trung tâm PVHCC xã", "MC"),
                cell("TT Phục vụ HCC", "MC"),
                // Công an, Quân sự
                cell("Công an phường", "CA"),
                cell("Công an xã", "CA"),
                cell("Ban CHQS", "QS"),
                cell("Ban CHQS xã", "QS"),
                cell("Ban Chỉ huy quân sự phường", "QS"),
                cell("Công an xã, Ban CHQS xã", "CA", "QS"),
                // all the commune's bodies: one name, not three
                cell("Các phòng, ban, đơn vị thuộc UBND xã", "ALL"),
                cell("Các phòng, ban, đơn vị thuộc UBND phường", "ALL"),
                cell("Các phòng, ban, đơn vị", "ALL"),
                cell("Các phòng, ban, đơn vị có liên quan", "ALL"),
                cell("các phòng chuyên môn", "ALL"),
                cell("Các phòng, ban chuyên môn", "ALL"),
                cell("Phòng VH-XH; các phòng, ban, đơn vị có liên quan", "VH-XH", "ALL"),
                // a 2027 plan's lead and coordinating cells
                cell("Văn phòng HĐND và UBND xã, Phòng Văn hóa - Xã hội", "VP-TK", "VH-XH"),
                cell("Phòng Kinh tế; Trung tâm Phục vụ hành chính công", "KT", "MC"),
                cell("Văn phòng HĐND&UBND, Phòng Kinh tế, Trung tâm PVHCC", "VP-TK", "KT", "MC"),
                // bodies outside the commune's apparatus: kept as written
                cell("Ban Pháp chế HĐND", List.of(), List.of("Ban Pháp chế HĐND")),
                cell("Ủy ban MTTQ Việt Nam xã", List.of(), List.of("Ủy ban MTTQ Việt Nam xã")),
                cell("Kho bạc Nhà nước", List.of(), List.of("Kho bạc Nhà nước")),
                cell("Đoàn Thanh niên", List.of(), List.of("Đoàn Thanh niên")),
                cell("Sở Nội vụ", List.of(), List.of("Sở Nội vụ")),
                cell("Phòng VH-XH, Sở Nội vụ", List.of("VH-XH"), List.of("Sở Nội vụ")),
                cell("Phòng Kinh tế phối hợp với Sở Tài chính", List.of("KT"), List.of("Sở Tài chính")),
                cell("Văn phòng UBND tỉnh", List.of(), List.of("Văn phòng UBND tỉnh")),
                cell("Công an tỉnh", List.of(), List.of("Công an tỉnh")),
                cell("Văn phòng HĐND và UBND huyện", List.of(), List.of("Văn phòng HĐND và UBND huyện")),
                cell("Phòng Nông nghiệp", List.of(), List.of("Phòng Nông nghiệp")),
                cell("Phòng Tài chính - Kế toán", "TC-KT"),
                // more spellings seen in 2026-2027 drafts
                cell("Văn phòng HĐND - UBND xã", "VP-TK"),
                cell("VP HĐND&UBND phường", "VP-TK"),
                cell("VĂN PHÒNG HĐND VÀ UBND XÃ", "VP-TK"),
                cell("Phòng Văn hoá - Xã hội", "VH-XH"),
                cell("P.VHXH", "VH-XH"),
                cell("Phòng Kinh tế - Hạ tầng và Đô thị", "KT"),
                cell("Phòng Kinh tế, Hạ tầng, Đô thị", "KT"),
                cell("Trung tâm phục vụ HCC xã", "MC"),
                cell("Ban Chỉ huy Quân sự xã; Công an xã", "QS", "CA"),
                cell("Các phòng, ban, ngành có liên quan", "ALL"),
                cell("Văn phòng HĐND và UBND xã chủ trì; Phòng Kinh tế, Trung tâm PVHCC phối hợp", "VP-TK", "KT", "MC"),
                cell("Ủy ban MTTQ Việt Nam xã và các đoàn thể", List.of(), List.of("Ủy ban MTTQ Việt Nam xã", "đoàn thể")),
                cell("Phòng VH-XH, Đoàn Thanh niên", List.of("VH-XH"), List.of("Đoàn Thanh niên")),
                cell("UBND tỉnh", List.of(), List.of("UBND tỉnh")),
                cell("Sở Nội vụ, UBND tỉnh", List.of(), List.of("Sở Nội vụ", "UBND tỉnh")));
    }

    @ParameterizedTest(name = "2025+: \"{0}\" names {1}, unknown {2}")
    @MethodSource("communeCellsAfter2025")
    void aCellOfAMergedCommuneGivesItsNewBodies(String text, List<String> codes, List<String> unknown) {
        UnitReading reading = CATALOG.read(text);
        assertEquals(codes, reading.codes(), "codes");
        assertEquals(unknown, reading.unknown(), "unknown");
    }

    @ParameterizedTest(name = "2025+ without diacritics: \"{0}\" names {1}")
    @MethodSource("communeCellsAfter2025")
    void aCellOfAMergedCommuneTypedWithoutDiacriticsGivesTheSameBodies(String text, List<String> codes,
                                                                       List<String> unknown) {
        UnitReading reading = CATALOG.read(stripDiacritics(text));
        assertEquals(codes, reading.codes(), "codes");
        assertEquals(unknown.stream().map(UnitCatalogTest::stripDiacritics).toList(), reading.unknown(), "unknown");
    }

    @ParameterizedTest(name = "2025+ in capitals: \"{0}\" names {1}")
    @MethodSource("communeCellsAfter2025")
    void aCellOfAMergedCommuneInCapitalsGivesTheSameCodes(String text, List<String> codes, List<String> unknown) {
        assertEquals(codes, CATALOG.read(text.toUpperCase(java.util.Locale.ROOT)).codes(), "codes");
    }

    @ParameterizedTest(name = "\"{0}\" names {1}, unknown {2}")
    @MethodSource("seedCells")
    void aCellFromARealPlanGivesItsUnitsInOrder(String text, List<String> codes, List<String> unknown) {
        UnitReading reading = CATALOG.read(text);
        assertEquals(codes, reading.codes(), "codes");
        assertEquals(unknown, reading.unknown(), "unknown");
    }

    @ParameterizedTest(name = "without diacritics: \"{0}\" names {1}")
    @MethodSource("seedCells")
    void theSameCellTypedWithoutDiacriticsGivesTheSameUnits(String text, List<String> codes, List<String> unknown) {
        UnitReading reading = CATALOG.read(stripDiacritics(text));
        assertEquals(codes, reading.codes(), "codes");
        assertEquals(unknown.stream().map(UnitCatalogTest::stripDiacritics).toList(), reading.unknown(), "unknown");
    }

    @Test
    void aLongCellWithNoUnitIsReportedShortenedNotWhole() {
        String prose = "Tham mưu ban hành kế hoạch kiểm tra công tác cải cách hành chính năm 2024 đối với các "
                + "thôn, bảo đảm đúng tiến độ được giao";
        UnitReading reading = CATALOG.read(prose);
        assertEquals(List.of(), reading.codes());
        assertEquals(1, reading.unknown().size());
        String shortened = reading.unknown().get(0);
        assertTrue(shortened.length() <= UnitCatalog.SHORT_TEXT + 1, shortened);
        assertTrue(shortened.endsWith("…"), shortened);
        assertTrue(prose.startsWith(shortened.substring(0, shortened.length() - 1).strip()), shortened);
    }

    @Test
    void unitNamesInsideLongProseAreFoundAndTheProseIsNotReported() {
        UnitReading reading = CATALOG.read("Giao Văn phòng — thống kê xã có trách nhiệm theo dõi, đôn đốc, tổng "
                + "hợp báo cáo UBND xã; trường hợp các nội dung liên quan đến các bộ phận chuyên môn thì phối hợp");
        assertEquals(List.of("VP-TK", "ALL"), reading.codes());
        assertEquals(List.of(), reading.unknown());
    }

    @Test
    void nullAndBlankCellsNameNothing() {
        assertTrue(CATALOG.read(null).isEmpty());
        assertTrue(CATALOG.read(" \n\t ").isEmpty());
    }

    @Test
    void readingNeverThrowsOnGarbageAndStaysFast() {
        Random random = new Random(42);
        String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyÁÀẢÃẠĐ -–—,.;:+&()<>/\\\n\t0123456789\u0301\u0300";
        long started = System.nanoTime();
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(400);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            UnitReading reading = CATALOG.read(text.toString());
            reading.unknown().forEach(u -> assertFalse(u.length() > UnitCatalog.SHORT_TEXT + 1, u));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        // generous: guards against runaway matching, not a benchmark (about 0.1 ms a cell on an idle machine)
        assertTrue(millis < 30_000, "2000 random cells took " + millis + " ms");
    }

    @Test
    void theDefaultsAreTheTenUnitsOfTheContract() {
        assertEquals(List.of("VP-TK", "TP-HT", "TC-KT", "VH-XH", "DC-XD", "KT", "MC", "QS", "CA", "ALL"),
                CATALOG.units().stream().map(Unit::code).toList());
        assertEquals("Tư pháp – Hộ tịch", CATALOG.byCode("TP-HT").orElseThrow().name());
        assertSame(CATALOG, UnitCatalog.defaults());
    }

    @Test
    void codesAreLookedUpWithoutRegardToCaseDashesOrDiacritics() {
        assertEquals("TP-HT", CATALOG.byCode("tp-ht").orElseThrow().code());
        assertEquals("TP-HT", CATALOG.byCode("TPHT").orElseThrow().code());
        assertEquals("DC-XD", CATALOG.byCode("ĐC-XĐ").orElseThrow().code());
        assertEquals("VH-XH", CATALOG.byCode("VHXH").orElseThrow().code());
        assertEquals("TP-HT", CATALOG.byCode("Tư pháp - HT").orElseThrow().code());
        assertEquals("VP-TK", CATALOG.byCode("văn phòng – thống kê").orElseThrow().code());
        assertTrue(CATALOG.byCode("DTN").isEmpty());
        assertTrue(CATALOG.byCode(null).isEmpty());
        assertTrue(CATALOG.byCode("").isEmpty());
    }

    @Test
    void aCommuneCanAddItsOwnUnitAndItIsThenRead() {
        UnitCatalog catalog = CATALOG.withUnits(List.of(Unit.of("DTN", "Đoàn Thanh niên", "Đoàn TN", "ĐTN")));
        assertEquals(List.of("VH-XH", "DTN"), catalog.read("Văn hóa - XH, Đoàn Thanh niên xã").codes());
        assertEquals(List.of("DTN"), catalog.read("ĐTN").codes());
        assertEquals(List.of("DTN"), catalog.read("Doan thanh nien").codes());
        assertEquals("Đoàn Thanh niên", catalog.byCode("dtn").orElseThrow().name());
        assertEquals(11, catalog.units().size());
        assertEquals(10, CATALOG.units().size(), "the defaults are not changed");
    }

    @Test
    void extraAliasesForAnExistingCodeAreMergedIntoThatUnit() {
        UnitCatalog catalog = CATALOG.withUnits(List.of(new Unit("vp-tk", null, List.of("Văn thư", "Văn phòng"))));
        Unit office = catalog.byCode("VP-TK").orElseThrow();
        assertEquals("Văn phòng – Thống kê", office.name());
        assertEquals(1, office.aliases().stream().filter(a -> a.equals("Văn thư")).count());
        assertEquals(1, office.aliases().stream().filter(a -> a.equals("Văn phòng")).count());
        assertEquals(List.of("VP-TK", "TP-HT"), catalog.read("Văn thư, Tư pháp").codes());
        assertEquals(10, catalog.units().size());
    }

    @Test
    void aNewNameForAnExistingCodeReplacesTheDisplayNameAndKeepsTheOldOneAsAnAlias() {
        UnitCatalog catalog = CATALOG.withUnits(List.of(new Unit("CA", "Công an xã Sơn Kỳ", List.of())));
        Unit police = catalog.byCode("CA").orElseThrow();
        assertEquals("Công an xã Sơn Kỳ", police.name());
        assertTrue(police.aliases().contains("Công an xã"));
    }

    @Test
    void aMergedCommuneCanAddItsOwnBodyWithACommaInItsNameAndAliasesForTheNewOnes() {
        UnitCatalog catalog = CATALOG.withUnits(List.of(
                Unit.of("NN-MT", "Phòng Nông nghiệp, Tài nguyên và Môi trường", "Phòng NN, TN&MT"),
                new Unit("KT", "Phòng Kinh tế, Hạ tầng và Đô thị", List.of("Phòng KTHT"))));
        assertEquals(List.of("NN-MT", "KT"),
                catalog.read("Phòng Nông nghiệp, Tài nguyên và Môi trường; Phòng KTHT").codes());
        assertEquals(List.of("NN-MT", "VH-XH"), catalog.read("Phong NN, TN&MT, Phong VH-XH").codes());
        assertEquals("Phòng Kinh tế, Hạ tầng và Đô thị", catalog.byCode("KT").orElseThrow().name());
        assertEquals(List.of("KT"), catalog.read("P. Kinh tế").codes(), "the built-in aliases stay");
    }

    @Test
    void theNewBodiesAreFoundByTheirCodeAndNames() {
        assertEquals("KT", CATALOG.byCode("kt").orElseThrow().code());
        assertEquals("KT", CATALOG.byCode("Phòng Kinh tế, Hạ tầng và Đô thị").orElseThrow().code());
        assertEquals("VP-TK", CATALOG.byCode("VP HĐND-UBND").orElseThrow().code());
        assertEquals("MC", CATALOG.byCode("TT PVHCC").orElseThrow().code());
    }

    @Test
    void aNameAsWrittenInACellIsNotMistakenForAShortCode() {
        assertEquals(List.of(), CATALOG.read("các cá nhân công chức phụ trách").codes());
        assertEquals(List.of("CA"), CATALOG.read("CA xã").codes());
    }

    /** Removes diacritics but keeps case, as an officer typing on a keyboard without Vietnamese input would. */
    static String stripDiacritics(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D');
    }

    @Test
    void theTestHelperKeepsCase() {
        assertEquals("Tu phap- HT, VHXH, DCXD", stripDiacritics("Tư pháp- HT, VHXH, ĐCXĐ"));
        assertEquals(VietnameseText.fold("Đoàn"), "doan");
    }
}
