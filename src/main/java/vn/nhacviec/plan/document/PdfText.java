package vn.nhacviec.plan.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import vn.nhacviec.document.LimitExceeded;
import vn.nhacviec.document.ReadingBudget;
import vn.nhacviec.plan.PlanFileException;
import vn.nhacviec.plan.document.pdf.PdfLayout;
import vn.nhacviec.plan.document.pdf.Printout;

import java.io.IOException;

/**
 * A PDF's text. Ruled tables (the borders an office suite draws around cells) are read cell by
 * cell and written as tab-separated rows, like a Word table, so the tab-table reader reads them;
 * the rest is the text layer as PDFBox's {@code PDFTextStripper} gives it with default settings
 * (the way seed 004 was made). A scan has no text layer and is refused: OCR is not done here.
 * Pages, streams, characters and borders are counted against the reading budget before and
 * while each page is read.
 */
final class PdfText {

    private PdfText() {
    }

    /**
     * The text for the readers (tables and printouts rebuilt) and the plain text layer, as
     * {@code PDFTextStripper} gives it (equal when there was nothing to rebuild).
     */
    record Layers(String text, String plain) {
    }

    static Layers read(String name, byte[] bytes, ReadingBudget.Meter meter) throws IOException {
        PDDocument doc;
        try {
            doc = Loader.loadPDF(bytes);
        } catch (InvalidPasswordException e) {
            throw new PlanFileException(name + " is a password-protected PDF; send it without the password",
                    "tệp PDF có đặt mật khẩu; đồng chí bỏ mật khẩu rồi gửi lại, hoặc gửi bản Word.");
        }
        try (doc) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new PlanFileException(name + " is a PDF that forbids copying its text; send the Word file",
                        "tệp PDF này cấm sao chép chữ nên không đọc được; đồng chí gửi bản Word.");
            }
            int pageCount = doc.getNumberOfPages();
            if (pageCount > meter.budget().maxPages()) {
                throw new LimitExceeded("it has " + pageCount + " pages (limit: " + meter.budget().maxPages() + ")",
                        "tệp có " + pageCount + " trang, vượt giới hạn " + meter.budget().maxPages() + " trang");
            }
            PdfStreams.check(doc, meter);
            PdfPages pages = PdfPages.read(doc, meter);
            String plain = lines(pages.plainText());
            String text = rebuilt(pages);
            if (text == null) {
                text = pages.plainText();
            }
            if (text.replaceAll("[\\s\\p{Z}\\f]+", "").isEmpty()) {
                throw new PlanFileException.NoText(name + " is a scanned PDF with no text layer; run OCR first or send the Word file",
                        "tệp PDF là bản quét (chỉ có ảnh, không có chữ); đồng chí gửi bản Word hoặc PDF xuất thẳng từ Word.");
            }
            return new Layers(lines(text), plain);
        }
    }

    private static String lines(String text) {
        return text.replace("\r\n", "\n").replace('\f', '\n');
    }

    /** The text with its tables or its printed text file rebuilt; null when there is nothing to rebuild. */
    private static String rebuilt(PdfPages pages) {
        try {
            return pages.hasTables() ? PdfLayout.text(pages.blocks()) : Printout.text(pages.glyphs());
        } catch (RuntimeException e) {
            return null; // a safety net only: the plain text layer is still a plan to read
        }
    }
}
