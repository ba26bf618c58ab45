package vn.nhacviec.plan;

import java.util.List;

/**
 * A plan file as received: its name, its text, the SHA-256 of its bytes, and what the import
 * must tell the user about how the text was obtained (Vietnamese plan-level warnings, such as
 * "the plan was typed in the old TCVN3 font and was converted"; usually none).
 */
public record PlanSource(String name, String text, String sha256, List<String> notices) {

    public PlanSource {
        notices = List.copyOf(notices);
    }

    public PlanSource(String name, String text, String sha256) {
        this(name, text, sha256, List.of());
    }
}
