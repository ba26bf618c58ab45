package vn.nhacviec.web.calendar;

/**
 * The calendar subscription page: whether a feed address is live (and since when) and, just after it was
 * made, the address itself — shown once, since only its hash is kept.
 */
public record CalendarPage(String liveSince, String newAddress, String webcalAddress, String notice) {

    public boolean live() {
        return !liveSince.isEmpty();
    }

    public boolean justMade() {
        return !newAddress.isEmpty();
    }
}
