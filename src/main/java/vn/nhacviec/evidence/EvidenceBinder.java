package vn.nhacviec.evidence;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The evidence binder of a plan (hồ sơ tài liệu kiểm chứng), for the CCHC self-assessment: a .zip
 * with one folder per section and task, each kept file named by its task code ({@code 12-1.jpg}),
 * and an index workbook ({@code muc-luc.xlsx}) listing every task with links to its files and the
 * document numbers typed. Written as a stream: one file's bytes at a time pass through memory.
 */
public final class EvidenceBinder {

    public static final String INDEX = "muc-luc.xlsx";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final EvidenceFiles files;
    private final ZoneId zone;

    public EvidenceBinder(EvidenceFiles files, ZoneId zone) {
        this.files = files;
        this.zone = zone;
    }

    /** A file in the binder: where it goes, and what it is. */
    record Placed(BinderTask task, Evidence evidence, String path) {
    }

    public void write(String title, List<BinderTask> tasks, OutputStream out) throws IOException {
        List<Placed> placed = new ArrayList<>();
        for (BinderTask task : tasks) {
            int n = 0;
            for (Evidence e : task.evidence()) {
                if (e.isStoredFile()) {
                    placed.add(new Placed(task, e, folder(task) + task.code() + "-" + (++n) + "." + e.type().extension()));
                }
            }
        }
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry(INDEX));
        index(title, tasks, placed, zip);
        zip.closeEntry();
        for (Placed p : placed) {
            zip.putNextEntry(new ZipEntry(p.path()));
            try (InputStream in = files.open(p.evidence().storageKey())) {
                in.transferTo(zip);
            }
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    /** "Phan I/12 - Ra soat van ban QPPL/": a section's folder, then the task's (names kept short and safe). */
    static String folder(BinderTask task) {
        String section = task.section().isBlank() ? "Chung" : "Phan " + safe(task.section(), 20);
        return section + "/" + task.code() + " - " + safe(task.content(), 60) + "/";
    }

    private static String safe(String text, int max) {
        String clean = text.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ").replaceAll("\\s+", " ").strip();
        clean = clean.length() > max ? clean.substring(0, max).strip() : clean;
        return clean.isEmpty() ? "_" : clean;
    }

    private void index(String title, List<BinderTask> tasks, List<Placed> placed, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Mục lục");
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            CellStyle link = book.createCellStyle();
            Font blue = book.createFont();
            blue.setUnderline(Font.U_SINGLE);
            blue.setColor(org.apache.poi.ss.usermodel.IndexedColors.BLUE.getIndex());
            link.setFont(blue);
            int r = 0;
            sheet.createRow(r++).createCell(0).setCellValue(title);
            Row head = sheet.createRow(r++);
            String[] columns = {"Phần", "Mã việc", "STT", "Nội dung", "Sản phẩm", "Tài liệu kiểm chứng", "Số văn bản",
                    "Ngày nhận", "SHA-256"};
            for (int c = 0; c < columns.length; c++) {
                head.createCell(c).setCellValue(columns[c]);
                head.getCell(c).setCellStyle(header);
            }
            for (BinderTask task : tasks) {
                List<Placed> own = placed.stream().filter(p -> p.task() == task).toList();
                List<Evidence> numbers = task.evidence().stream().filter(e -> e.number() != null).toList();
                int lines = Math.max(1, Math.max(own.size(), numbers.size()));
                for (int i = 0; i < lines; i++) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(task.section());
                    row.createCell(1).setCellValue("#" + task.code());
                    row.createCell(2).setCellValue(task.numbering());
                    row.createCell(3).setCellValue(i == 0 ? task.content() : "");
                    row.createCell(4).setCellValue(i == 0 ? task.product() : "");
                    if (i < own.size()) {
                        Placed p = own.get(i);
                        var cell = row.createCell(5);
                        cell.setCellValue(p.path().substring(p.path().lastIndexOf('/') + 1) + " («" + p.evidence().fileName() + "»)");
                        Hyperlink hyperlink = book.getCreationHelper().createHyperlink(HyperlinkType.FILE);
                        hyperlink.setAddress(p.path().replace(" ", "%20"));
                        cell.setHyperlink(hyperlink);
                        cell.setCellStyle(link);
                        row.createCell(7).setCellValue(DATE.format(p.evidence().receivedAt().atZone(zone)));
                        row.createCell(8).setCellValue(p.evidence().sha256());
                    } else if (i == 0 && numbers.isEmpty()) {
                        row.createCell(5).setCellValue("(chưa có)");
                    }
                    if (i < numbers.size()) {
                        row.createCell(6).setCellValue(numbers.get(i).number().shown());
                    }
                }
            }
            sheet.setColumnWidth(3, 60 * 256);
            sheet.setColumnWidth(5, 40 * 256);
            sheet.setColumnWidth(6, 30 * 256);
            sheet.createFreezePane(0, 2);
            book.write(new NonClosing(out));
        }
    }

    /** The workbook closes what it writes to; the zip must stay open. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** "ho-so-kiem-chung-son-ky-2024.zip". */
    public static String defaultFileName(String commune, int year) {
        String slug = vn.nhacviec.deadline.VietnameseText.fold(commune).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "ho-so-kiem-chung-" + slug.toLowerCase(Locale.ROOT) + "-" + year + ".zip";
    }
}
