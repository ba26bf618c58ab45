package vn.nhacviec.testsupport;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small hostile files of the kinds a security review found to exhaust the service (December 2026),
 * made here rather than committed: each is a few kilobytes that declares, inflates to or draws far
 * more than any plan. Deterministic (seeded), so a failure reproduces.
 */
public final class HostileFiles {

    /** The header of a plan's task table, as the importer knows it. */
    private static final List<String> PLAN_HEADER = List.of("STT", "Nội dung", "Chủ trì", "Thời gian");

    private HostileFiles() {
    }

    /** Every kind, by file name (its extension says what it pretends to be). */
    public static Map<String, Supplier<byte[]>> all() {
        Map<String, Supplier<byte[]>> files = new LinkedHashMap<>();
        files.put("far-cell.xlsx", HostileFiles::farCellXlsx);
        files.put("huge-merged-region.xlsx", HostileFiles::hugeMergedRegionXlsx);
        files.put("many-rows.xlsx", HostileFiles::manyRowsXlsx);
        files.put("far-cell.xls", HostileFiles::farCellXls);
        files.put("huge-merged-region.xls", HostileFiles::hugeMergedRegionXls);
        files.put("inflating.docx", HostileFiles::inflatingDocx);
        files.put("nested-tables.docx", HostileFiles::nestedTablesDocx);
        files.put("deep-nesting.xlsx", HostileFiles::deepNestingXlsx);
        files.put("ruled-2000-pages.pdf", HostileFiles::ruledPagesPdf);
        files.put("ruled-page.pdf", HostileFiles::ruledPagePdf);
        files.put("dense-text.pdf", HostileFiles::denseTextPdf);
        files.put("flate-bomb.pdf", HostileFiles::flateBombPdf);
        files.put("huge-cell.xlsx", HostileFiles::hugeCellXlsx);
        files.put("garbage-word-stream.doc", HostileFiles::garbageWordStreamDoc);
        files.put("truncated.doc", HostileFiles::truncatedDoc);
        files.put("not-a-document.zip", HostileFiles::notADocumentZip);
        files.put("giant-line.csv", HostileFiles::giantLineCsv);
        files.put("giant-line.txt", HostileFiles::giantLineText);
        files.put("wide-row.txt", HostileFiles::wideRowText);
        return files;
    }

    /** Writes every kind into {@code dir}; the paths by name. */
    public static Map<String, Path> writeAll(Path dir) throws IOException {
        Map<String, Path> paths = new LinkedHashMap<>();
        for (Map.Entry<String, Supplier<byte[]>> file : all().entrySet()) {
            paths.put(file.getKey(), Files.write(dir.resolve(file.getKey()), file.getValue().get()));
        }
        return paths;
    }

    /** A task table in A1:D2 and one cell at XFD1048576: 1 048 576 rows × 16 384 columns declared by two cells. */
    public static byte[] farCellXlsx() {
        return xlsx(workbook -> {
            Sheet sheet = planSheet(workbook);
            sheet.createRow(1_048_575).createCell(16_383).setCellValue("x");
        });
    }

    /** A roster header and one merged region D2:XFD1048576 (the roster reader fills a region with its text). */
    public static byte[] hugeMergedRegionXlsx() {
        byte[] roster = xlsx(workbook -> {
            Sheet sheet = workbook.createSheet("Cán bộ");
            row(sheet, 0, List.of("Họ và tên", "Bộ phận", "Chức vụ", "Xã"));
            row(sheet, 1, List.of("Nguyễn Văn Tư", "TP-HT", "Cán bộ", "Sơn Kỳ"));
        });
        // written into the XML: POI's own model refuses a region of more than 2^31 cells
        return rewriteZip(roster, "xl/worksheets/sheet1.xml", xml -> xml.replace("</sheetData>",
                "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"D2:XFD1048576\"/></mergeCells>"));
    }

    /** A plan header and 60 000 filled rows, written into the sheet's XML (a few hundred kilobytes). */
    public static byte[] manyRowsXlsx() {
        byte[] plan = xlsx(HostileFiles::planSheet);
        return rewriteZip(plan, "xl/worksheets/sheet1.xml", xml -> {
            StringBuilder rows = new StringBuilder();
            for (int r = 3; r <= 60_002; r++) {
                rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r)
                        .append("</v></c></row>");
            }
            return xml.replace("</sheetData>", rows + "</sheetData>");
        });
    }

    /** The old format's far corner: IV65536. */
    public static byte[] farCellXls() {
        return write(new HSSFWorkbook(), workbook -> {
            Sheet sheet = planSheet(workbook);
            sheet.createRow(65_535).createCell(255).setCellValue("x");
        });
    }

    /** A roster whose commune cell is merged over the whole old-format sheet. */
    public static byte[] hugeMergedRegionXls() {
        return write(new HSSFWorkbook(), workbook -> {
            Sheet sheet = workbook.createSheet("Cán bộ");
            row(sheet, 0, List.of("Họ và tên", "Bộ phận", "Chức vụ", "Xã"));
            row(sheet, 1, List.of("Nguyễn Văn Tư", "TP-HT", "Cán bộ", "Sơn Kỳ"));
            sheet.addMergedRegionUnsafe(new CellRangeAddress(1, 65_535, 3, 255));
        });
    }

    /**
     * A .docx whose document.xml inflates to 96 MB of varied words: about 8 % compressed, so POI's
     * own zip-bomb check (1 %) lets it through.
     */
    public static byte[] inflatingDocx() {
        String[] sentences = {"Rà soát thủ tục hành chính ", "Báo cáo quý trước ngày 05 ", "Tư pháp – Hộ tịch chủ trì ",
            "Văn phòng – Thống kê phối hợp ", "Chậm nhất là ngày 01/3/2024 ", "Thường xuyên trong năm ",
            "Kiểm tra công vụ ", "Cải cách tài chính công ", "Chuyển đổi số ", "Niêm yết công khai "};
        Random random = new Random(10);
        return docx(out -> {
            Writer w = new Writer(out);
            w.write(DOCUMENT_START);
            long written = 0;
            StringBuilder paragraph = new StringBuilder();
            while (written < 96L * 1024 * 1024) {
                paragraph.setLength(0);
                paragraph.append("<w:p><w:r><w:t>");
                for (int i = 0; i < 40; i++) {
                    paragraph.append(sentences[random.nextInt(sentences.length)]);
                }
                paragraph.append("</w:t></w:r></w:p>");
                written += w.write(paragraph.toString());
            }
            w.write(DOCUMENT_END);
        });
    }

    /** 5 000 tables, each inside the only cell of the one before. */
    public static byte[] nestedTablesDocx() {
        return docx(out -> {
            Writer w = new Writer(out);
            w.write(DOCUMENT_START);
            for (int i = 0; i < 5_000; i++) {
                w.write("<w:tbl><w:tr><w:tc>");
            }
            w.write("<w:p><w:r><w:t>STT</w:t></w:r></w:p>");
            for (int i = 0; i < 5_000; i++) {
                w.write("</w:tc></w:tr></w:tbl>");
            }
            w.write("<w:p/>");
            w.write(DOCUMENT_END);
        });
    }

    /** A workbook whose sheet XML nests 100 000 elements (an extension list inside an extension list…). */
    public static byte[] deepNestingXlsx() {
        byte[] plain = xlsx(HostileFiles::planSheet);
        return rewriteZip(plain, "xl/worksheets/sheet1.xml", xml -> {
            String deep = "<extLst>".repeat(100_000) + "</extLst>".repeat(100_000);
            return xml.replace("</worksheet>", deep + "</worksheet>");
        });
    }

    /** 2 000 pages sharing one content stream of 80 000 short disjoint rules. */
    public static byte[] ruledPagesPdf() {
        return pdfSharingOneStream(2_000, rules(80_000), false);
    }

    /** One page of 80 000 short disjoint rules: a quadratic table finder took 5 s on it. */
    public static byte[] ruledPagePdf() {
        return pdfSharingOneStream(1, rules(80_000), false);
    }

    /** 150 pages (under the page limit) each drawing 3 000 overlapping lines of text. */
    public static byte[] denseTextPdf() {
        StringBuilder content = new StringBuilder("BT /F1 6 Tf 0.2 TL 40 760 Td\n");
        for (int i = 0; i < 3_000; i++) {
            content.append("(Viec so ").append(i).append(" hoan thanh truoc ngay 31/12/2024) '\n");
        }
        content.append("ET\n");
        return pdfSharingOneStream(150, content.toString().getBytes(StandardCharsets.US_ASCII), true);
    }

    /** One page whose content stream is 360 MB of spaces, deflated to well under a megabyte. */
    public static byte[] flateBombPdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            COSStream stream = doc.getDocument().createCOSStream();
            stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            try (OutputStream raw = stream.createRawOutputStream();
                 DeflaterOutputStream deflate = new DeflaterOutputStream(raw, new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
                byte[] spaces = new byte[1 << 20];
                java.util.Arrays.fill(spaces, (byte) ' ');
                for (int i = 0; i < 360; i++) {
                    deflate.write(spaces);
                }
            }
            page.getCOSObject().setItem(COSName.CONTENTS, stream);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of {@link #hugeCellXlsx()}'s only task: 40 040 characters. */
    public static final String HUGE_TASK = "Rà soát thủ tục hành chính. ".repeat(1_430);

    /**
     * A plan whose only task is 40 040 characters long, more than Excel lets a cell hold (written
     * into the XML: POI refuses it too). It is still a plan: it imports.
     */
    public static byte[] hugeCellXlsx() {
        byte[] plan = xlsx(workbook -> {
            Sheet sheet = workbook.createSheet("Nhiệm vụ");
            row(sheet, 0, List.of("Kế hoạch cải cách hành chính xã Sơn Kỳ năm 2024"));
            row(sheet, 2, PLAN_HEADER);
            row(sheet, 3, List.of("1", "HUGE-TASK", "Tư pháp – Hộ tịch", "Quý I năm 2024"));
        });
        return rewriteZip(plan, "xl/sharedStrings.xml", xml -> xml.replace("HUGE-TASK", HUGE_TASK));
    }

    /** An OLE2 file with a WordDocument stream of random bytes. */
    public static byte[] garbageWordStreamDoc() {
        byte[] garbage = new byte[64 * 1024];
        new Random(13).nextBytes(garbage);
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(garbage), "WordDocument");
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "1Table");
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first 48 KB of a real plan saved as .doc: the header promises text the file no longer holds. */
    public static byte[] truncatedDoc() {
        try (InputStream in = HostileFiles.class.getResourceAsStream("/plans/office/000_cdce05b82f3b33d6.doc")) {
            byte[] whole = in.readAllBytes();
            return java.util.Arrays.copyOf(whole, Math.min(whole.length, 48 * 1024));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ZIP archive (no Office document) with one entry inflating to 256 MB. */
    public static byte[] notADocumentZip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_SPEED);
            zip.putNextEntry(new ZipEntry("ke-hoach.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 256; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A CSV task list whose second line is five million commas. */
    public static byte[] giantLineCsv() {
        String text = "STT,Nội dung,Chủ trì,Thời gian\n1," + ",".repeat(5_000_000) + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A text plan whose second line is 3 million characters of words (the text reader took 40 s on such a line). */
    public static byte[] giantLineText() {
        return ("Kế hoạch cải cách hành chính xã Sơn Kỳ năm 2024\n" + "báo cáo quý ".repeat(250_000) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A task table whose one row has 20 000 tab-separated cells (the text reader took 90 s on it). */
    public static byte[] wideRowText() {
        return ("STT\tNội dung\tChủ trì\tThời gian\n1" + "\tviệc".repeat(20_000) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    // --- building blocks

    private static final String DOCUMENT_START = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
    private static final String DOCUMENT_END = "</w:body></w:document>";

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private interface Fill {
        void fill(Workbook workbook);
    }

    private static final class Writer {
        private final OutputStream out;

        Writer(OutputStream out) {
            this.out = out;
        }

        int write(String s) throws IOException {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.write(b);
            return b.length;
        }
    }

    private static Sheet planSheet(Workbook workbook) {
        Sheet sheet = workbook.createSheet("Nhiệm vụ");
        row(sheet, 0, PLAN_HEADER);
        row(sheet, 1, List.of("1", "Rà soát thủ tục hành chính", "Tư pháp – Hộ tịch", "Quý I năm 2024"));
        return sheet;
    }

    private static void row(Sheet sheet, int index, List<String> cells) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.size(); c++) {
            row.createCell(c).setCellValue(cells.get(c));
        }
    }

    private static byte[] xlsx(Fill fill) {
        return write(new XSSFWorkbook(), fill);
    }

    private static byte[] write(Workbook workbook, Fill fill) {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.fill(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A minimal .docx: content types, the package relationship, and word/document.xml as written by {@code body}. */
    private static byte[] docx(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                    + "officeDocument\" Target=\"word/document.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            body.write(zip);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] rewriteZip(byte[] zipBytes, String entryName, java.util.function.UnaryOperator<String> change) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zipBytes));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(entryName)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** {@code count} short horizontal and vertical rules, none touching another. */
    private static byte[] rules(int count) {
        StringBuilder content = new StringBuilder("0.5 w\n");
        for (int i = 0; i < count; i++) {
            int x = 20 + (i % 70) * 8;
            int y = 20 + (i / 70 % 95) * 8;
            if (i % 2 == 0) {
                content.append(x).append(' ').append(y).append(" m ").append(x + 5).append(' ').append(y).append(" l S\n");
            } else {
                content.append(x).append(' ').append(y + 2).append(" m ").append(x).append(' ').append(y + 7).append(" l S\n");
            }
        }
        return content.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] pdfSharingOneStream(int pages, byte[] content, boolean withFont) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDStream stream = new PDStream(doc, new ByteArrayInputStream(content), COSName.FLATE_DECODE);
            PDResources resources = new PDResources();
            if (withFont) {
                resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            }
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                page.setResources(resources);
                page.getCOSObject().setItem(COSName.CONTENTS, stream);
                doc.addPage(page);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
