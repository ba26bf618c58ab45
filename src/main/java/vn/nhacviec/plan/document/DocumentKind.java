package vn.nhacviec.plan.document;

/** The documents whose text the importer can extract, recognised by their bytes. */
public enum DocumentKind {
    DOCX("a Word document (.docx)", "tài liệu Word (.docx)"),
    DOC("an old Word document (.doc)", "tài liệu Word cũ (.doc)"),
    XLSX("an Excel workbook (.xlsx)", "bảng tính Excel (.xlsx)"),
    XLS("an old Excel workbook (.xls)", "bảng tính Excel cũ (.xls)"),
    PDF("a PDF document", "tệp PDF");

    private final String description;
    private final String vietnamese;

    DocumentKind(String description, String vietnamese) {
        this.description = description;
        this.vietnamese = vietnamese;
    }

    /** "tài liệu Word (.docx)": for the officer who sent it. */
    public String vietnamese() {
        return vietnamese;
    }

    public String description() {
        return description;
    }
}
