package vn.nhacviec.plan.document;

/** The documents whose text the importer can extract, recognised by their bytes. */
public enum DocumentKind {
    DOCX("a Word document (.docx)"),
    DOC("an old Word document (.doc)"),
    XLSX("an Excel workbook (.xlsx)"),
    XLS("an old Excel workbook (.xls)"),
    PDF("a PDF document");

    private final String description;

    DocumentKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
