package vn.nhacviec.plan.document;

import vn.nhacviec.document.LimitExceeded;
import vn.nhacviec.document.ReadingBudget;
import vn.nhacviec.document.ZipParts;
import vn.nhacviec.plan.PlanFileException;

/**
 * Turns a Word, Excel or PDF plan into the plain text the readers of {@code plan.text} know:
 * paragraphs as lines, table rows as tab-separated cells. Text typed in legacy Vietnamese fonts
 * (TCVN3, VNI) comes out in Unicode: Word runs by their font names, then any document by its
 * content ({@link LegacyText}). Every document is read under {@link ReadingBudget#DEFAULT}: past
 * any of its limits it is refused with one line naming the limit.
 */
public final class DocumentText {

    private DocumentText() {
    }

    /** The document's text; a {@link PlanFileException} with a one-line reason when it cannot be read. */
    public static String extract(String name, DocumentKind kind, byte[] bytes) {
        return read(name, kind, bytes).text();
    }

    /** As {@link #extract}, saying which legacy encodings were converted to Unicode. */
    public static LegacyText read(String name, DocumentKind kind, byte[] bytes) {
        return content(name, kind, bytes, ReadingBudget.DEFAULT).text();
    }

    /** As {@link #read(String, DocumentKind, byte[])}, under the given budget. */
    public static LegacyText read(String name, DocumentKind kind, byte[] bytes, ReadingBudget budget) {
        return content(name, kind, bytes, budget).text();
    }

    /** As {@link #content(String, DocumentKind, byte[], ReadingBudget)} under the default budget. */
    public static DocumentContent content(String name, DocumentKind kind, byte[] bytes) {
        return content(name, kind, bytes, ReadingBudget.DEFAULT);
    }

    /**
     * As {@link #read}, with the numbered items the document's plain text shows: a PDF's text
     * layer, else the paragraphs and table cells of the text read (each cell on its own); for a
     * PDF whose tables were rebuilt, whichever of the two shows more items.
     */
    public static DocumentContent content(String name, DocumentKind kind, byte[] bytes, ReadingBudget budget) {
        LegacyFonts fonts = new LegacyFonts();
        ReadingBudget.Meter meter = budget.start();
        String text;
        String layer = "";
        try {
            text = switch (kind) {
                case DOCX -> {
                    ZipParts.check(bytes, meter);
                    yield DocxText.extract(bytes, fonts, meter);
                }
                case DOC -> DocText.extract(bytes, fonts, meter);
                case XLSX, XLS -> WorkbookText.extract(bytes, fonts, meter);
                case PDF -> {
                    PdfText.Layers layers = PdfText.read(name, bytes, meter);
                    layer = layers.plain().equals(layers.text()) ? "" : layers.plain();
                    yield layers.text();
                }
            };
        } catch (PlanFileException e) {
            throw e;
        } catch (LimitExceeded e) {
            throw refused(name, e);
        } catch (StackOverflowError e) {
            throw refused(name, new LimitExceeded("its structure nests too deep to follow",
                    "tệp lồng nhau quá nhiều tầng"));
        } catch (OutOfMemoryError e) {
            throw refused(name, new LimitExceeded("reading it needs more memory than the service may spend on one file",
                    "đọc tệp cần nhiều bộ nhớ hơn mức cho phép"));
        } catch (Exception | LinkageError e) {
            throw new PlanFileException(name + " looks like " + kind.description()
                    + " but cannot be read (damaged or not really that kind of file): " + oneLine(e),
                    "tệp có vẻ là " + kind.vietnamese() + " nhưng bị hỏng, không đọc được; đồng chí mở tệp, lưu lại rồi gửi lại.");
        }
        if (text.isBlank()) {
            throw new PlanFileException.NoText(name + " is " + kind.description() + " with no text in it",
                    kind.vietnamese() + " này không có chữ nào.");
        }
        LegacyText legacy = LegacyText.of(text).with(fonts.met());
        ItemCensus census = ItemCensus.ofCells(legacy.text());
        if (!layer.isEmpty()) {
            layer = legacy.converted() ? LegacyText.of(layer).text() : layer;
            ItemCensus printed = ItemCensus.ofLines(layer);
            census = printed.size() > census.size() ? printed : census;
        }
        return new DocumentContent(legacy, census, layer);
    }

    /** A document past its budget, as the one-line refusal the importer and the bot show. */
    public static PlanFileException refused(String name, LimitExceeded e) {
        return new PlanFileException(e.english(name), e.forUser());
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        message = message.replaceAll("\\s+", " ").strip();
        return message.length() > 160 ? message.substring(0, 160) + "…" : message;
    }

    /**
     * A body paragraph as one line: line breaks become spaces, tabs and spaces stay, so a plan
     * typed as tab-separated paragraphs (a text plan opened in an office suite) keeps its columns.
     */
    static String line(String text) {
        return text == null ? "" : text.replace('\u00A0', ' ').replaceAll("[\\r\\n\\u000B\\u000C\\u0007]+", " ");
    }

    /** A cell's text on one line: tabs and line breaks become spaces. */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        return text.replace('\u00A0', ' ').replaceAll("[\\t\\r\\n\\u000B\\u000C\\u0007]+", " ")
                .replaceAll(" {2,}", " ").strip();
    }
}
