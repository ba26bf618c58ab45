package vn.nhacviec.testsupport.telegram;

/** One inline keyboard button as the bot sent it; exactly one of callbackData / url is usually set. */
public record Button(String text, String callbackData, String url) {
    public Button(String text, String callbackData) {
        this(text, callbackData, null);
    }
}
