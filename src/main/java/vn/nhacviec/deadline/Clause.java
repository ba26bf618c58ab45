package vn.nhacviec.deadline;

/**
 * One clause of a time cell.
 *
 * @param label  the clause's own words as shown to users (NFC, one line, without item mark, leading
 *               "Thời gian thực hiện:" label or trailing punctuation)
 * @param text   the same words in matching form ({@link OcrText})
 * @param marker the item mark that opened the clause ('-', '+', '•') or 0
 */
record Clause(String label, String text, char marker) {
}
