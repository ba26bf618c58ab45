package vn.nhacviec.cli;

/** Telegram HTML shown on a terminal: tags dropped, entities decoded. */
final class HtmlText {

    private HtmlText() {
    }

    static String plain(String html) {
        return html.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&");
    }
}
