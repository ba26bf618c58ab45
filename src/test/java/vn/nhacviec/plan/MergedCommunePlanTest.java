package vn.nhacviec.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.nhacviec.directory.UnitCatalog;

/** A 2027 plan of a commune merged on 1 July 2025: its new bodies come out as unit codes. */
class MergedCommunePlanTest {

    private static final String PLAN = """
            ỦY BAN NHÂN DÂN XÃ HÒA BÌNH
            Số: 12/KH-UBND

            KẾ HOẠCH
            Cải cách hành chính năm 2027

            STT\tNội dung\tSản phẩm\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\tGhi chú
            I. Cải cách thể chế\t\t\t\t\t\t
            01\tRà soát văn bản quy phạm pháp luật do HĐND, UBND xã ban hành\tBáo cáo\tVăn phòng HĐND và UBND xã\tCác phòng, ban, đơn vị thuộc UBND xã\tQuý I năm 2027\t
            02\tTuyên truyền, phổ biến pháp luật cho nhân dân\tKế hoạch\tPhòng Văn hóa - Xã hội\tỦy ban MTTQ Việt Nam xã\tQuý II năm 2027\t
            II. Cải cách thủ tục hành chính\t\t\t\t\t\t
            03\tSố hóa hồ sơ, kết quả giải quyết thủ tục hành chính\tBáo cáo\tTrung tâm Phục vụ hành chính công\tPhòng Kinh tế, Hạ tầng và Đô thị\tQuý III năm 2027\t
            04\tRà soát thủ tục hành chính về đất đai, xây dựng\tBáo cáo\tP. Kinh tế\tVP HĐND-UBND, TT PVHCC\tQuý IV năm 2027\t
            05\tTổng hợp báo cáo kết quả cải cách hành chính gửi Sở Nội vụ\tBáo cáo\tVăn phòng HĐND&UBND\tBan CHQS, Công an xã\tHằng quý, trước ngày 15 tháng cuối quý\t
            """;

    @Test
    void theNewBodiesOfAMergedCommuneAreReadAsUnitCodes() {
        Plan plan = new PlanReader(UnitCatalog.defaults()).read(PLAN, 2027);
        assertEquals(5, plan.tasks().size());
        assertEquals(List.of(List.of("VP-TK"), List.of("VH-XH"), List.of("MC"), List.of("KT"), List.of("VP-TK")),
                plan.tasks().stream().map(Task::lead).toList());
        assertEquals(List.of("ALL"), plan.tasks().get(0).coordinating());
        assertEquals(List.of("KT"), plan.tasks().get(2).coordinating(), "one unit although its name holds a comma");
        assertEquals(List.of("VP-TK", "MC"), plan.tasks().get(3).coordinating());
        assertEquals(List.of("QS", "CA"), plan.tasks().get(4).coordinating());
        // a body outside the commune's apparatus is kept as written, with a warning
        assertEquals(List.of("Ủy ban MTTQ Việt Nam xã"), plan.tasks().get(1).coordinating());
        assertTrue(plan.tasks().get(1).warnings().stream().anyMatch(w -> w.contains("Ủy ban MTTQ Việt Nam xã")),
                plan.tasks().get(1).warnings().toString());
        plan.tasks().stream().filter(t -> t != plan.tasks().get(1))
                .forEach(t -> assertTrue(t.warnings().stream().noneMatch(w -> w.contains("bộ phận")), t.warnings().toString()));
    }
}
