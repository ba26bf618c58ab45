package vn.nhacviec.plan;

import vn.nhacviec.document.LimitExceeded;
import vn.nhacviec.document.ReadingBudget;
import vn.nhacviec.document.ZipParts;
import vn.nhacviec.plan.document.CsvText;
import vn.nhacviec.plan.document.DocumentKind;
import vn.nhacviec.plan.document.DocumentContent;
import vn.nhacviec.plan.document.DocumentText;
import vn.nhacviec.plan.document.ItemCensus;
import vn.nhacviec.plan.document.LegacyText;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a plan file as text: UTF-8 text as it is, a CSV task list and Word (.docx/.doc), Excel
 * (.xlsx/.xls) and PDF documents through {@code plan.document} (recognised by their bytes, not
 * their name). Refuses with a one-line reason what cannot be read: missing, empty, too large,
 * damaged documents, scanned PDFs, images and other binary files, UTF-16 and Windows-1258 text.
 * Text typed in the legacy TCVN3 or VNI fonts is converted to Unicode, and the source says so.
 */
public final class PlanFile {

    /** Real plans are 10–60 KB of text; anything this large is not a plan ({@link ReadingBudget}). */
    public static final long MAX_BYTES = ReadingBudget.MAX_FILE_BYTES;

    private PlanFile() {
    }

    public static PlanSource read(Path path) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (!Files.exists(path)) {
            throw new PlanFileException("file not found: " + path);
        }
        if (Files.isDirectory(path)) {
            throw new PlanFileException(path + " is a directory, not a plan file");
        }
        if (!Files.isReadable(path)) {
            throw new PlanFileException("cannot read " + path + ": permission denied");
        }
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new PlanFileException(String.format(Locale.ROOT, "%s is %.1f MB; the limit for a plan file is %d MB",
                        name, size / 1048576.0, MAX_BYTES / 1048576));
            }
            return fromBytes(name, Files.readAllBytes(path));
        } catch (IOException e) {
            throw new PlanFileException("cannot read " + path + ": " + e.getMessage());
        }
    }

    public static PlanSource fromBytes(String name, byte[] bytes) {
        try {
            PlanSource source = budgeted(name, bytes);
            ReadingBudget.DEFAULT.checkLines(source.text());
            return source;
        } catch (LimitExceeded e) {
            throw DocumentText.refused(name, e);
        }
    }

    private static PlanSource budgeted(String name, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new PlanFileException(name + " is larger than the " + MAX_BYTES / 1048576 + " MB limit for a plan file",
                    "tệp lớn hơn " + MAX_BYTES / 1048576 + " MB, quá lớn đối với một kế hoạch.");
        }
        if (bytes.length == 0) {
            throw new PlanFileException(name + " is empty", "tệp rỗng, không có nội dung.");
        }
        if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
            // a ZIP is walked once under the budget before anything inflates it (even one that is no document)
            ZipParts.check(bytes, ReadingBudget.DEFAULT.start());
        }
        DocumentKind document = FileKind.document(name, bytes);
        if (document != null) {
            DocumentContent content = DocumentText.content(name, document, bytes);
            return new PlanSource(name, content.text().text(), sha256(bytes), content.text().notices(), content.census(),
                    content.textLayer());
        }
        FileKind.Binary kind = FileKind.describeBinary(bytes);
        if (kind != null) {
            throw new PlanFileException(name + " is " + kind.english() + ", not a plan; send the plan as a Word, Excel or PDF "
                    + "document or as UTF-8 text (.txt)", kind.vietnamese());
        }
        LegacyText legacy = decode(name, bytes);
        String text = legacy.text();
        if (text.isBlank()) {
            throw new PlanFileException(name + " has no text (only white space)", "tệp không có chữ nào.");
        }
        char delimiter = CsvText.delimiter(text);
        if (delimiter != 0) {
            text = CsvText.toText(name, text, delimiter);
            return new PlanSource(name, text, sha256(bytes), legacy.notices(), ItemCensus.ofCells(text), "");
        }
        return new PlanSource(name, text, sha256(bytes), legacy.notices());
    }

    /**
     * UTF-8 text (without its byte-order mark), converted when its content is TCVN3 or VNI (text
     * copied out of an old document); else the 8-bit text Word saves from a TCVN3 or VNI document.
     */
    private static LegacyText decode(String name, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            return LegacyText.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            Optional<LegacyText> legacy = LegacyText.ofAnsi(bytes);
            if (legacy.isPresent()) {
                return legacy.get();
            }
            if (FileKind.looksLikeWindows1258(bytes)) {
                throw new PlanFileException(name + " is Windows-1258 (Vietnamese ANSI) text, not UTF-8; "
                        + "open it and save it again as UTF-8", "tệp văn bản dùng bảng mã cũ Windows-1258; đồng chí mở tệp, "
                        + "lưu lại với bảng mã UTF-8 rồi gửi lại (hoặc gửi thẳng tệp Word).");
            }
            throw new PlanFileException(name + " is not UTF-8 text (invalid byte sequence); save it again as UTF-8",
                    "tệp văn bản không dùng bảng mã UTF-8; đồng chí lưu lại với bảng mã UTF-8 rồi gửi lại (hoặc gửi thẳng tệp Word).");
        }
    }

    /**
     * Checks a document (PDF, Word, Excel: recognised by its bytes) under the same reading budget as a
     * plan, without asking it to be a plan: a scan or a picture-only document passes. Returns its kind,
     * or null when the bytes are no such document; throws {@link PlanFileException} (Vietnamese reason
     * in {@code forUser()}) for a damaged or hostile one.
     */
    public static DocumentKind checkDocument(String name, byte[] bytes) {
        try {
            if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
                ZipParts.check(bytes, ReadingBudget.DEFAULT.start());
            }
            DocumentKind kind = FileKind.document(name, bytes);
            if (kind == null) {
                return null;
            }
            try {
                ReadingBudget.DEFAULT.checkLines(DocumentText.content(name, kind, bytes).text().text());
            } catch (PlanFileException.NoText e) {
                // every limit was met before the reader found no text
            }
            return kind;
        } catch (LimitExceeded e) {
            throw DocumentText.refused(name, e);
        }
    }

    /** The hex SHA-256 of the bytes, as kept for every received file. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
