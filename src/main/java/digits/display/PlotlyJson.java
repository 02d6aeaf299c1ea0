package digits.display;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.traces.Trace;

/**
 * Turns a Tablesaw {@link Figure} into Plotly JSON ({@code {"data": [...], "layout": {...}}}).
 *
 * <p>Tablesaw writes each trace and the layout as a JavaScript object literal (unquoted keys,
 * single-quoted strings, trailing commas) for an HTML page. JupyterLab's Plotly renderer wants
 * JSON instead, so we read those literals with Jackson's lenient features rather than running
 * JavaScript.
 */
final class PlotlyJson {

    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(
                    JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .build();

    private PlotlyJson() {}

    static Map<String, Object> of(Figure figure) {
        List<Object> data = new ArrayList<>();
        Trace[] traces = figure.getTraces();
        for (int i = 0; i < traces.length; i++) {
            Map<String, Object> trace = objectLiteral(traces[i].asJavascript(i));
            boolean numericX = "scatter".equals(trace.get("type")); // bar charts keep their categories as text
            trace.replaceAll(
                    (key, value) -> key.equals("y") || key.equals("x") && numericX ? numbersIfNumeric(value) : value);
            data.add(trace);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("data", data);
        json.put(
                "layout",
                figure.getLayout() == null
                        ? Map.of()
                        : titlesAsObjects(objectLiteral(figure.getLayout().asJavascript())));
        return json;
    }

    /**
     * Tablesaw writes {@code title: 'text'}; Plotly.js 3 (JupyterLab's renderer) only draws
     * {@code title: {text: 'text'}}, in the layout and in each axis.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> titlesAsObjects(Map<String, Object> layoutOrAxis) {
        layoutOrAxis.replaceAll((key, value) -> key.equals("title") && value instanceof String text
                ? Map.of("text", text)
                : key.matches("[xy]axis\\d*") && value instanceof Map<?, ?> axis
                        ? titlesAsObjects((Map<String, Object>) axis)
                        : value);
        return layoutOrAxis;
    }

    /** Tablesaw quotes the numbers of a scatter trace; Plotly draws them either way, but JSON should say numbers. */
    private static Object numbersIfNumeric(Object values) {
        if (!(values instanceof List<?> list) || !list.stream().allMatch(PlotlyJson::isNumber)) {
            return values;
        }
        List<Object> numbers = new ArrayList<>();
        for (Object value : list) {
            numbers.add(value instanceof String text ? Double.valueOf(text) : value);
        }
        return numbers;
    }

    private static boolean isNumber(Object value) {
        if (value instanceof Number) {
            return true;
        }
        try {
            return value instanceof String text && Double.isFinite(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Reads {@code var name = { ... };} as a map. */
    static Map<String, Object> objectLiteral(String javascript) {
        int start = javascript.indexOf('{');
        int end = javascript.lastIndexOf('}');
        if (start < 0 || end < start) {
            throw new IllegalStateException("Tablesaw wrote no object literal: " + javascript);
        }
        try {
            return LENIENT.readValue(javascript.substring(start, end + 1), new TypeReference<>() {});
        } catch (IOException e) {
            throw new IllegalStateException("could not read Tablesaw's figure as JSON: " + e.getMessage(), e);
        }
    }
}
