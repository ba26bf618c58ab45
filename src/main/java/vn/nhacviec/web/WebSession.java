package vn.nhacviec.web;

/**
 * A signed-in browser: who it stands for and the CSRF token its forms must send back. Controllers
 * take it as a parameter (bound by {@link WebSessionBinder}); pages behind the access filter always have one.
 *
 * @param via how the session was opened: LINK, MINI_APP or PASSWORD
 */
public record WebSession(String csrfToken, Visitor visitor, String via) {

    /** The officer, when the session is an officer's. */
    public java.util.Optional<Visitor.Officer> officer() {
        return visitor instanceof Visitor.Officer o ? java.util.Optional.of(o) : java.util.Optional.empty();
    }

    /** The province staff member, when the session is theirs. */
    public java.util.Optional<Visitor.ProvinceStaff> provinceStaff() {
        return visitor instanceof Visitor.ProvinceStaff p ? java.util.Optional.of(p) : java.util.Optional.empty();
    }
}
