package vn.nhacviec.evidence;

import java.util.List;

/**
 * A task of a plan as the evidence binder shows it, with its kept evidence.
 *
 * @param section   the plan's section ("I"), "" when none
 * @param numbering "I.05"
 */
public record BinderTask(int code, String section, String numbering, String content, String product,
                         List<Evidence> evidence) {

    public BinderTask {
        evidence = List.copyOf(evidence);
        section = section == null ? "" : section;
        product = product == null ? "" : product;
    }
}
