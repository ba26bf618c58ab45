package vn.nhacviec.plan;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import vn.nhacviec.plan.document.DocumentKind;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Recognises what a file is from its bytes, not from its name. */
final class FileKind {

    private FileKind() {
    }

    /**
     * The kind of document whose text can be extracted (PDF; a ZIP holding word/document.xml or
     * xl/workbook.xml; an OLE2 file holding a WordDocument or Workbook stream), else null. A ZIP
     * or OLE2 file that is neither, or is damaged, is refused here with a one-line reason.
     */
    static DocumentKind document(String name, byte[] b) {
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return DocumentKind.PDF;
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            return zipKind(name, b);
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return ole2Kind(name, b);
        }
        return null;
    }

    private static DocumentKind zipKind(String name, byte[] b) {
        boolean any = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                any = true;
                if (entry.getName().equals("word/document.xml")) {
                    return DocumentKind.DOCX;
                }
                if (entry.getName().equals("xl/workbook.xml")) {
                    return DocumentKind.XLSX;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new PlanFileException(name + " is a damaged ZIP or Office file (" + e.getMessage()
                    + "); open it in Word or Excel and save it again", DAMAGED);
        }
        if (!any) {
            throw new PlanFileException(name + " is a damaged ZIP or Office file (no entries); open it in Word or Excel and save it again",
                    DAMAGED);
        }
        throw new PlanFileException(name + " is a ZIP archive but not a Word (.docx) or Excel (.xlsx) document; "
                + "send the plan itself", "đây là tệp nén (ZIP), không phải tài liệu Word hay Excel; đồng chí gửi chính tệp kế hoạch.");
    }

    private static DocumentKind ole2Kind(String name, byte[] b) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(b))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("WordDocument")) {
                return DocumentKind.DOC;
            }
            if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("Book")) {
                return DocumentKind.XLS;
            }
            if (root.hasEntry("EncryptedPackage")) {
                throw new PlanFileException(name + " is a password-protected Office document; send it without the password",
                        "tệp có đặt mật khẩu; đồng chí bỏ mật khẩu rồi gửi lại.");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof PlanFileException p) {
                throw p;
            }
            throw new PlanFileException(name + " is a damaged old Office document (.doc/.xls): "
                    + String.valueOf(e.getMessage()).replaceAll("\\s+", " ") + "; open it in Word or Excel and save it again", DAMAGED);
        }
        throw new PlanFileException(name + " is an old Office file (OLE2) but neither a Word (.doc) nor an Excel (.xls) document",
                "tệp Office cũ này không phải Word (.doc) hay Excel (.xls).");
    }

    private static final String DAMAGED = "tệp Word/Excel bị hỏng, không mở được; đồng chí mở tệp bằng Word hoặc Excel, "
            + "lưu lại rồi gửi lại.";

    /** Bytes that are not text: what they are, in English for the operator and in Vietnamese for the sender. */
    record Binary(String english, String vietnamese) {
    }

    private static final String UTF16 = "tệp văn bản dùng bảng mã UTF-16; đồng chí lưu lại với bảng mã UTF-8 rồi gửi lại.";
    private static final String IMAGE = "đây là tệp ảnh, không phải văn bản kế hoạch; đồng chí gửi bản Word hoặc PDF của kế hoạch.";
    private static final String OTHER = "đây không phải tệp văn bản, Word, Excel hay PDF.";

    /** What the bytes are when they are not text, else null. */
    static Binary describeBinary(byte[] b) {
        if (startsWith(b, 0xFF, 0xFE)) {
            return new Binary("UTF-16 text (little-endian)", UTF16);
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return new Binary("UTF-16 text (big-endian)", UTF16);
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return new Binary("a PNG image", IMAGE);
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return new Binary("a JPEG image", IMAGE);
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return new Binary("a GIF image", IMAGE);
        }
        if (startsWith(b, 'I', 'I', '*', 0) || startsWith(b, 'M', 'M', 0, '*')) {
            return new Binary("a TIFF image (a scan?)", IMAGE);
        }
        if (startsWith(b, '{', '\\', 'r', 't', 'f')) {
            return new Binary("an RTF document", "tệp RTF chưa đọc được; đồng chí mở bằng Word, lưu thành .docx rồi gửi lại.");
        }
        if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
            return new Binary("an executable program", OTHER);
        }
        int zeros = 0;
        int evenZeros = 0;
        int n = Math.min(b.length, 4096);
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                zeros++;
                if (i % 2 == 0) {
                    evenZeros++;
                }
            }
        }
        if (zeros > n / 4 && (evenZeros > zeros * 9 / 10 || evenZeros < zeros / 10)) {
            return new Binary("UTF-16 text without a byte-order mark", UTF16);
        }
        if (zeros > 0) {
            return new Binary("a binary file", OTHER);
        }
        return null;
    }

    /**
     * Windows-1258 writes Vietnamese with base letters plus combining tone bytes (0xCC, 0xD2,
     * 0xDE, 0xEC, 0xF2) and letters such as 0xD0/0xF0 (Đ/đ), 0xE2 (â), 0xEA (ê), 0xF4 (ô).
     */
    static boolean looksLikeWindows1258(byte[] b) {
        int high = 0;
        int vietnamese = 0;
        for (byte value : b) {
            int c = value & 0xFF;
            if (c >= 0x80) {
                high++;
                if (c == 0xCC || c == 0xD2 || c == 0xDE || c == 0xEC || c == 0xF2 || c == 0xD0 || c == 0xF0
                        || c == 0xE2 || c == 0xEA || c == 0xF4 || c == 0xE3 || c == 0xC3 || c == 0xF5 || c == 0xFD) {
                    vietnamese++;
                }
            }
        }
        return high > 0 && vietnamese * 2 >= high;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != (prefix[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}
