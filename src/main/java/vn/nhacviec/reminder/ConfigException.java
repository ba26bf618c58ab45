package vn.nhacviec.reminder;

/** A reminder or holiday file that cannot be used; the message names the file and the entry. */
public class ConfigException extends IllegalArgumentException {

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
