package vn.nhacviec.directory;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InviteQrTest {

    private static final String LINK = "https://t.me/nhacviec_sonky_bot?start=K7P2-QX9M";

    @Test
    void theSvgDrawsACodeThatReadsBackAsTheInviteLink() throws Exception {
        String svg = InviteQr.svg(LINK, 200, "Mã QR mời Nguyễn Văn A");
        BitMatrix drawn = fromSvg(svg, InviteQr.matrix(LINK).getWidth());
        assertEquals(InviteQr.matrix(LINK), drawn);
        assertEquals(LINK, read(drawn));
        assertTrue(svg.contains("aria-label=\"Mã QR mời Nguyễn Văn A\""));
    }

    @Test
    void aLabelCannotBreakOutOfTheSvg() {
        String svg = InviteQr.svg(LINK, 100, "\"><script>");
        assertTrue(!svg.contains("<script>"));
    }

    /** Paints the SVG's "Mx yhNv1h-Nz" runs back into modules. */
    private static BitMatrix fromSvg(String svg, int width) {
        BitMatrix m = new BitMatrix(width);
        Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z").matcher(svg);
        while (run.find()) {
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            m.setRegion(x, y, Integer.parseInt(run.group(3)), 1);
        }
        return m;
    }

    /** Decodes the modules as a camera would see them: each module 4 × 4 pixels. */
    private static String read(BitMatrix m) throws Exception {
        int scale = 4;
        int w = m.getWidth() * scale;
        int h = m.getHeight() * scale;
        int[] pixels = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                pixels[y * w + x] = m.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels))))
                .getText();
    }
}
