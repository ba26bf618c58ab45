package vn.nhacviec.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The navigation each kind of visitor gets. A new page adds its entry here, shown only to visitors who
 * may open it (the page itself still checks through {@link WebAccess}).
 */
final class Navigation {

    private Navigation() {
    }

    static List<Chrome.NavLink> links(Visitor visitor, String currentPath) {
        List<Chrome.NavLink> links = new ArrayList<>();
        if (visitor instanceof Visitor.Officer o) {
            if (o.seesDashboard()) {
                links.add(link("Tổng quan", "/xa/" + o.communeId(), currentPath));
            }
            links.add(link("Việc của tôi", "/viec", currentPath));
            if (o.role().loadsPlans()) {
                links.add(link("Văn phòng", "/van-phong", currentPath));
            }
            links.add(link("Lịch hạn", "/lich", currentPath));
        } else {
            links.add(link("Các xã", "/tinh", currentPath));
        }
        return links;
    }

    private static Chrome.NavLink link(String label, String href, String currentPath) {
        return new Chrome.NavLink(label, href, currentPath.equals(href) || currentPath.startsWith(href + "/"));
    }
}
