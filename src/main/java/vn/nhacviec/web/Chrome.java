package vn.nhacviec.web;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * What the layout shows around every page: the title, who is signed in, the navigation and the CSRF token
 * forms must carry. Built by {@link #of}; templates only print it.
 *
 * @param csrfToken null on pages without a session (sign-in pages carry their own token)
 */
public record Chrome(String title, @Nullable String visitorName, @Nullable String place, @Nullable String csrfToken,
                     List<NavLink> nav) {

    /** One entry of the navigation; {@code current} marks the page being shown. */
    public record NavLink(String label, String href, boolean current) {
    }

    public Chrome {
        nav = List.copyOf(nav);
    }

    public static Chrome of(@Nullable WebSession session, String title, String currentPath) {
        if (session == null) {
            return new Chrome(title, null, null, null, List.of());
        }
        String place = session.visitor() instanceof Visitor.Officer o ? o.role().title() + " · xã " + o.commune()
                : "Cán bộ tỉnh " + ((Visitor.ProvinceStaff) session.visitor()).province();
        return new Chrome(title, session.visitor().name(), place, session.csrfToken(),
                Navigation.links(session.visitor(), currentPath));
    }

    public boolean signedIn() {
        return visitorName != null;
    }

    /** The JSON of the body's hx-headers: every htmx request sends the CSRF token as a header. */
    public String htmxHeaders() {
        return csrfToken == null ? "{}" : "{\"" + AccessFilter.CSRF_HEADER + "\": \"" + csrfToken + "\"}";
    }
}
