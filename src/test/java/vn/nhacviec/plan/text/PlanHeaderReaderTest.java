package vn.nhacviec.plan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlanHeaderReaderTest {

    @Test
    void plan_000_is_numbered_26_for_son_ky_in_2024() {
        assertEquals(new PlanHeader("Sơn Kỳ", 2024, "Kế hoạch Cải cách hành chính xã Sơn Kỳ năm 2024", "26/KH-UBND"),
                Seeds.read(0).header());
    }

    @Test
    void plan_001_is_for_2025_although_dated_december_2024_and_has_a_blank_number() {
        assertEquals(new PlanHeader("Sơn Hạ", 2025, "Kế hoạch Cải cách hành chính năm 2025 Xã Sơn Hạ", null),
                Seeds.read(1).header());
    }

    @Test
    void plan_002_is_for_tay_thuan_in_2025() {
        assertEquals(new PlanHeader("Tây Thuận", 2025, "Kế hoạch Cải cách hành chính xã Tây Thuận năm 2025", null),
                Seeds.read(2).header());
    }

    @Test
    void plan_003_read_by_ocr_keeps_the_commune_without_diacritics_and_takes_the_last_year_of_the_title() {
        PlanHeader h = Seeds.read(3).header();
        assertEquals("Son Ky", h.commune());
        assertEquals(2024, h.year());
        assertEquals("27/KH-UBND", h.number());
        assertEquals("Ke hoach Khic phuc nhitng ton tai, han ché trong cong tac cai cach hanh chinh nam 2023 va nhiém vu,"
                + " gidi phap nang cao cac Chi so CCHC nam 2024", h.title());
    }

    @Test
    void plan_004_from_a_pdf_is_for_anh_son_in_2024_with_a_blank_number() {
        assertEquals(new PlanHeader("Anh Sơn", 2024, "Kế hoạch Cải cách hành chính năm 2024", null),
                Seeds.read(4).header());
    }

    @Test
    void a_text_without_a_header_gives_an_empty_header() {
        assertEquals(PlanHeader.empty(), new PlanTextReader().read("chỉ một dòng\nvà dòng nữa").header());
    }
}
