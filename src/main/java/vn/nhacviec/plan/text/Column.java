package vn.nhacviec.plan.text;

/** The meaning of a table column, found from its header words. */
enum Column {
    NUMBER, CONTENT, PRODUCT, LEAD, COORDINATING, TIME, NOTES, UNKNOWN
}
