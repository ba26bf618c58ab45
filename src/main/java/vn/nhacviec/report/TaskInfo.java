package vn.nhacviec.report;

/**
 * What the report needs of a task beyond its deadlines: the plan section ("I"), the full content
 * (agenda items carry a shortened title) and the year of the plan it belongs to.
 */
public record TaskInfo(int code, String section, String content, int planYear) {
}
