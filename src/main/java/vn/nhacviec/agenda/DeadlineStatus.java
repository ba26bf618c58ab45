package vn.nhacviec.agenda;

/** Where a deadline stands. */
public enum DeadlineStatus {
    OPEN, DONE, CANCELLED
}
