package vn.nhacviec.evidence;

import vn.nhacviec.deadline.VietnameseText;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a task's product (the plan's "Sản phẩm" column) is an issued document — a plan, a
 * report, a decision — whose copy is the evidence the province scores; the bot then asks for it.
 */
public final class DocumentProduct {

    private static final List<Pattern> DOCUMENTS = List.of(
            Pattern.compile("(?<![a-z])ke hoach(?![a-z])"),
            Pattern.compile("(?<![a-z])bao cao(?![a-z])"),
            Pattern.compile("(?<![a-z])quyet dinh(?![a-z])"));

    private DocumentProduct() {
    }

    public static boolean isDocument(String product) {
        String folded = VietnameseText.fold(product);
        return DOCUMENTS.stream().anyMatch(p -> p.matcher(folded).find());
    }
}
