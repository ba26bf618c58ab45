package vn.nhacviec.web.dashboard;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The few JSON shapes the charts read (labels and number series), written by hand: no binding needed. */
final class ChartJson {

    private ChartJson() {
    }

    static String series(List<String> labels, List<String> names, List<Function<Integer, Number>> values) {
        StringBuilder json = new StringBuilder("{\"labels\":[");
        json.append(labels.stream().map(ChartJson::string).collect(Collectors.joining(",")));
        json.append("],\"series\":[");
        for (int s = 0; s < names.size(); s++) {
            if (s > 0) {
                json.append(',');
            }
            Function<Integer, Number> value = values.get(s);
            json.append("{\"name\":").append(string(names.get(s))).append(",\"data\":[");
            for (int i = 0; i < labels.size(); i++) {
                json.append(i > 0 ? "," : "").append(value.apply(i));
            }
            json.append("]}");
        }
        return json.append("]}").toString();
    }

    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
