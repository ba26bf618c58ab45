package vn.nhacviec.demo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TelegramHtmlTest {

    @Test
    void theTagsTelegramKnowsAreKeptAndItsEntitiesStay() {
        assertEquals("<b>📋 Việc</b> — <i>hạn 05/03/2024</i> &lt;3 &amp; <code>/start AB12</code>",
                TelegramHtml.toPage("<b>📋 Việc</b> — <i>hạn 05/03/2024</i> &lt;3 &amp; <code>/start AB12</code>"));
    }

    @Test
    void anyOtherMarkupIsShownAsTextNeverRun() {
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;",
                TelegramHtml.toPage("<script>alert(1)</script> <img src=x onerror=alert(1)>"));
        assertEquals("&lt;b onclick=&quot;x&quot;&gt;", TelegramHtml.toPage("<b onclick=\"x\">"));
    }

    @Test
    void aStrayAmpersandIsEscapedAndAnEntityIsNot() {
        assertEquals("A &amp; B &#39; &#x1F4CB; &amp;x", TelegramHtml.toPage("A & B &#39; &#x1F4CB; &x"));
    }

    @Test
    void tagsLeftOpenAreClosedAndStrayClosersDropped() {
        assertEquals("<b>đậm <i>nghiêng</i></b> x", TelegramHtml.toPage("<b>đậm <i>nghiêng</b></i> x"));
        assertEquals("<b>mở</b>", TelegramHtml.toPage("<b>mở"));
    }

    @Test
    void webAddressesBecomeLinks() {
        assertEquals("Mở: <a href=\"http://localhost:8080/dang-nhap/lien-ket/abc\" target=\"_blank\" rel=\"noopener\">"
                        + "http://localhost:8080/dang-nhap/lien-ket/abc</a> (10 phút)",
                TelegramHtml.toPage("Mở: http://localhost:8080/dang-nhap/lien-ket/abc (10 phút)"));
    }

    @Test
    void thePlainTextOfAMessageHasNoTags() {
        assertEquals("📋 Việc <của> tôi & bạn", TelegramHtml.plain("<b>📋 Việc</b> &lt;của&gt; tôi &amp; bạn"));
    }
}
