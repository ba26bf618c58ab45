package vn.nhacviec.evidence;

import vn.nhacviec.plan.document.DocumentKind;

/** The kinds of file kept as evidence, recognised from their bytes (never from the name the sender gave). */
public enum EvidenceType {
    JPEG("jpg", "image/jpeg"),
    PNG("png", "image/png"),
    PDF("pdf", "application/pdf"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    DOC("doc", "application/msword"),
    XLS("xls", "application/vnd.ms-excel");

    private final String extension;
    private final String contentType;

    EvidenceType(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    /** The extension the stored file gets, whatever the sender called it. */
    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    public boolean isPhoto() {
        return this == JPEG || this == PNG;
    }

    static EvidenceType of(DocumentKind kind) {
        return switch (kind) {
            case PDF -> PDF;
            case DOCX -> DOCX;
            case XLSX -> XLSX;
            case DOC -> DOC;
            case XLS -> XLS;
        };
    }
}
