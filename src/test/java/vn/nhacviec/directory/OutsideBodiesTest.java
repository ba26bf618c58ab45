package vn.nhacviec.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.nhacviec.deadline.VietnameseText;

/** Bodies outside the commune whose names hold "và" or commas stay one name, as written. */
class OutsideBodiesTest {

    private static final UnitCatalog CATALOG = UnitCatalog.defaults();

    private static Arguments cell(String text, List<String> codes, String... unknown) {
        return Arguments.of(text, codes, List.of(unknown));
    }

    static Stream<Arguments> cells() {
        return Stream.of(
                cell("Sở Khoa học và Công nghệ", List.of(), "Sở Khoa học và Công nghệ"),
                cell("Sở Khoa\nhọc và Công nghệ.", List.of(), "Sở Khoa học và Công nghệ"),
                cell("So Khoa hoc va Cong nghe", List.of(), "So Khoa hoc va Cong nghe"),
                cell("SỞ KHOA HỌC VÀ CÔNG NGHỆ", List.of(), "SỞ KHOA HỌC VÀ CÔNG NGHỆ"),
                cell("Sở KH&CN", List.of(), "Sở KH&CN"),
                cell("Sở Văn hóa, Thể thao và Du lịch", List.of(), "Sở Văn hóa, Thể thao và Du lịch"),
                cell("Sở Văn hoá, Thể thao & Du lịch; Sở Tư pháp", List.of(),
                        "Sở Văn hoá, Thể thao & Du lịch", "Sở Tư pháp"),
                cell("So Van hoa, The thao va Du lich", List.of(), "So Van hoa, The thao va Du lich"),
                cell("Bộ Văn hóa, Thể thao và Du lịch", List.of(), "Bộ Văn hóa, Thể thao và Du lịch"),
                cell("Sở Tài nguyên và Môi trường", List.of(), "Sở Tài nguyên và Môi trường"),
                cell("Sở Nông nghiệp và Môi trường tỉnh", List.of(), "Sở Nông nghiệp và Môi trường"),
                cell("Sở Nông nghiệp và PTNT", List.of(), "Sở Nông nghiệp và PTNT"),
                cell("Sở Lao động - Thương binh và Xã hội", List.of(), "Sở Lao động - Thương binh và Xã hội"),
                cell("Sở LĐ-TB&XH", List.of(), "Sở LĐ-TB&XH"),
                cell("Sở Giáo dục và Đào tạo", List.of(), "Sở Giáo dục và Đào tạo"),
                cell("Sở Thông tin và Truyền thông", List.of(), "Sở Thông tin và Truyền thông"),
                cell("Sở Kế hoạch và Đầu tư", List.of(), "Sở Kế hoạch và Đầu tư"),
                cell("Ban Dân tộc và Tôn giáo", List.of(), "Ban Dân tộc và Tôn giáo"),
                cell("Vụ Khoa học, Công nghệ và Môi trường", List.of(), "Vụ Khoa học, Công nghệ và Môi trường"),
                cell("Sở Khoa học và Công nghệ Hà Nội", List.of(), "Sở Khoa học và Công nghệ Hà Nội"),
                cell("Các sở, ngành có liên quan", List.of(), "Các sở, ngành có liên quan"),
                cell("Các sở,\nngành; Ủy ban nhân dân các xã, phường.", List.of(),
                        "Các sở, ngành", "Ủy ban nhân dân các xã, phường"),
                cell("Các sở, ban, ngành tỉnh", List.of(), "Các sở, ban, ngành tỉnh"),
                cell("Các Sở, ban, ngành Thành phố", List.of(), "Các Sở, ban, ngành Thành phố"),
                cell("cac so, ban, nganh", List.of(), "cac so, ban, nganh"),
                cell("Các cơ quan, đơn vị liên quan", List.of(), "Các cơ quan, đơn vị liên quan"),
                cell("UBND các xã, phường", List.of(), "UBND các xã, phường"),
                cell("Sở Khoa học và Công nghệ; Sở Tư pháp; Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh "
                        + "Truyền hình Lai Châu và các sở, ngành có liên quan.", List.of(),
                        "Sở Khoa học và Công nghệ", "Sở Tư pháp", "Sở Văn hóa, Thể thao và Du lịch",
                        "Báo và Phát thanh Truyền hình Lai Châu", "các sở, ngành có liên quan"),
                cell("Sở Khoa học và Công nghệ Sở Công Thương", List.of(),
                        "Sở Khoa học và Công nghệ", "Sở Công Thương"),
                cell("Các sở, ngành, UBND các xã, phường và các cơ quan, tổ chức, cá nhân có liên quan.", List.of(),
                        "Các sở, ngành", "UBND các xã, phường", "các cơ quan, tổ chức, cá nhân có liên quan"),
                cell("Vụ Khoa học công nghệ, Đào tạo và Môi trường", List.of(),
                        "Vụ Khoa học công nghệ, Đào tạo và Môi trường"),
                cell("Ban Quản lý Khu kinh tế, Sở Công Thương, các doanh nghiệp viễn thông;\ncác cơ quan, đơn vị liên quan",
                        List.of(), "Ban Quản lý Khu kinh tế", "Sở Công Thương", "doanh nghiệp viễn thông",
                        "các cơ quan, đơn vị liên quan"),
                // "số" (digital) folds like "Sở" but heads nothing
                cell("Trung tâm Chuyển đổi số VHTTDL", List.of(), "Trung tâm Chuyển đổi số VHTTDL"),
                // the commune's own units are still read as before, next to outside bodies
                cell("Văn phòng – Thống kê, Sở Khoa học và Công nghệ", List.of("VP-TK"), "Sở Khoa học và Công nghệ"),
                cell("Phòng Văn hóa - Xã hội; Sở Văn hóa, Thể thao và Du lịch", List.of("VH-XH"),
                        "Sở Văn hóa, Thể thao và Du lịch"),
                cell("Phòng Kinh tế, Hạ tầng và Đô thị", List.of("KT")),
                cell("Các phòng, ban, đơn vị thuộc UBND xã", List.of("ALL")));
    }

    @ParameterizedTest
    @MethodSource("cells")
    void aBodysNameStaysOneUnit(String text, List<String> codes, List<String> unknown) {
        UnitReading reading = CATALOG.read(text);
        assertEquals(codes, reading.codes(), text);
        assertEquals(unknown, reading.unknown(), text);
    }

    /** Marks removed, case kept: "Sở Văn hóa" → "So Van hoa", as typed on a keyboard without Vietnamese. */
    private static String withoutDiacritics(String text) {
        String bare = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return bare.replace('đ', 'd').replace('Đ', 'D');
    }

    @Test
    void lowerCaseFoldedCellsStillKeepABodyWhole() {
        UnitReading reading = CATALOG.read(VietnameseText.fold("Sở Văn hóa, Thể thao và Du lịch; các sở, ngành"));
        assertEquals(List.of(), reading.codes());
        assertEquals(List.of("so van hoa, the thao va du lich", "cac so, nganh"), reading.unknown());
    }

    @ParameterizedTest
    @MethodSource("cells")
    void withoutDiacriticsTheSameBodiesAreFound(String text, List<String> codes, List<String> unknown) {
        UnitReading reading = CATALOG.read(withoutDiacritics(text));
        assertEquals(codes, reading.codes(), text);
        assertEquals(unknown.size(), reading.unknown().size(), text + " -> " + reading.unknown());
    }
}
