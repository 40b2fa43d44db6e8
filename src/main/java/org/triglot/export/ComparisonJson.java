package org.triglot.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.triglot.model.AlignedRow;
import org.triglot.model.Comparison;
import org.triglot.model.Document;
import org.triglot.model.Flag;
import org.triglot.model.ImportWarning;
import org.triglot.model.Lang;
import org.triglot.model.Paragraph;
import org.triglot.model.Reason;
import org.triglot.model.Script;
import org.triglot.model.Sentence;
import org.triglot.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The JSON form of a whole {@link Comparison} ({@code "schema": "triglot-comparison", "version": 1}), which is also
 * the {@code .triglot} project file. Written field by field rather than by reflection, so renaming a record
 * component cannot silently change the file format; read back with checks that every id and span points inside
 * its version, so a hand-edited file fails with a sentence instead of an exception later.
 */
public final class ComparisonJson {
    public static final String SCHEMA = "triglot-comparison";
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(64 * 1024 * 1024).build()).build())
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ComparisonJson() {
    }

    public static String write(Comparison c) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("version", VERSION);
        root.put("units", c.units());
        root.put("offsets", "UTF-16 code units into each version's text, end exclusive");
        ArrayNode versions = root.putArray("versions");
        for (Document d : c.versions()) {
            versions.add(document(d));
        }
        ArrayNode labels = root.putArray("labels");
        c.labels().forEach(labels::add);
        ArrayNode rows = root.putArray("rows");
        for (AlignedRow r : c.rows()) {
            ObjectNode rn = rows.addObject();
            ArrayNode cells = rn.putArray("cells");
            for (List<Integer> cell : r.cells()) {
                ArrayNode ids = cells.addArray();
                cell.forEach(ids::add);
            }
            rn.put("confidence", r.confidence());
            rn.put("uncertain", r.uncertain());
        }
        ArrayNode flags = root.putArray("flags");
        for (Flag f : c.flags()) {
            ObjectNode fn = flags.addObject();
            fn.put("kind", f.kind().name());
            fn.put("severity", f.severity().name());
            fn.put("row", f.row());
            fn.put("versionA", f.versionA());
            fn.put("versionB", f.versionB());
            fn.put("side", f.side());
            spans(fn.putArray("spansA"), f.spansA());
            spans(fn.putArray("spansB"), f.spansB());
            fn.put("textA", f.textA());
            fn.put("textB", f.textB());
            fn.put("reason", f.reason());
            if (f.why() instanceof Reason.Message m) {
                // The key and arguments let the window show the reason in its own language; "reason" stays the English.
                fn.put("reasonKey", m.key());
                reasonArgs(fn.putArray("reasonArgs"), m.args());
            }
        }
        ArrayNode reviewed = root.putArray("reviewed");
        c.reviewed().forEach(reviewed::add);
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static ObjectNode document(Document d) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("name", d.name());
        n.put("lang", d.lang().code());
        n.put("script", d.script().code());
        n.put("langConfidence", d.langConfidence());
        n.put("format", d.format());
        n.put("encoding", d.encoding());
        n.put("text", d.text());
        ArrayNode ps = n.putArray("paragraphs");
        for (Paragraph p : d.paragraphs()) {
            ObjectNode pn = ps.addObject();
            pn.put("index", p.index());
            pn.put("start", p.span().start());
            pn.put("end", p.span().end());
            pn.put("text", p.text());
            pn.put("heading", p.heading());
            pn.put("lang", p.lang().code());
            ArrayNode ss = pn.putArray("sentences");
            for (Sentence s : p.sentences()) {
                ObjectNode sn = ss.addObject();
                sn.put("index", s.index());
                sn.put("start", s.span().start());
                sn.put("end", s.span().end());
                sn.put("text", s.text());
            }
        }
        ArrayNode ws = n.putArray("warnings");
        for (ImportWarning w : d.warnings()) {
            ws.addObject().put("key", w.key()).put("message", w.message());
        }
        return n;
    }

    /**
     * A reason's arguments as the project file writes them ("reasonArgs"), for other JSON that carries reasons (the
     * compare command's): each a string (text) or {"key", "args"} (a phrase of its own).
     */
    public static JsonNode reasonArgs(List<Reason> args) {
        ArrayNode arr = MAPPER.createArrayNode();
        reasonArgs(arr, args);
        return arr;
    }

    /** Each argument as a string (text) or as {"key", "args"} (a phrase of its own). */
    private static void reasonArgs(ArrayNode arr, List<Reason> args) {
        for (Reason a : args) {
            if (a instanceof Reason.Message m) {
                ObjectNode n = arr.addObject();
                n.put("key", m.key());
                reasonArgs(n.putArray("args"), m.args());
            } else {
                arr.add(((Reason.Text) a).text());
            }
        }
    }

    private static void spans(ArrayNode arr, List<Span> spans) {
        for (Span s : spans) {
            arr.addArray().add(s.start()).add(s.end());
        }
    }

    /** Parses and checks a comparison; {@code where} names the file in messages. */
    public static Comparison read(String json, String where) throws FormatProblem {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new FormatProblem(where + " is not valid JSON (line " + e.getLocation().getLineNr() + ": "
                    + e.getOriginalMessage() + ").");
        }
        if (root == null || !root.isObject()) {
            throw new FormatProblem(where + " does not hold a JSON object.");
        }
        if (!SCHEMA.equals(root.path("schema").asText(null))) {
            throw new FormatProblem(where + " is not a Triglot comparison (\"schema\" is not \"" + SCHEMA + "\").");
        }
        int version = root.path("version").asInt(-1);
        if (version != VERSION) {
            throw new FormatProblem(where + " is a Triglot comparison of format version " + root.path("version")
                    + "; this Triglot reads version " + VERSION + ".");
        }
        Reader r = new Reader(where);
        String units = r.text(root, "units");
        if (!units.equals("paragraphs") && !units.equals("sentences")) {
            throw new FormatProblem(where + ": \"units\" is '" + units + "', not paragraphs or sentences.");
        }
        List<Document> versions = new ArrayList<>();
        for (JsonNode d : r.array(root, "versions")) {
            versions.add(r.document(d, versions.size()));
        }
        List<String> labels = new ArrayList<>();
        for (JsonNode l : r.array(root, "labels")) {
            labels.add(l.asText());
        }
        List<AlignedRow> rows = new ArrayList<>();
        for (JsonNode rn : r.array(root, "rows")) {
            List<List<Integer>> cells = new ArrayList<>();
            JsonNode cn = r.array(rn, "cells");
            if (cn.size() != versions.size()) {
                throw new FormatProblem(where + ": row " + (rows.size() + 1) + " has " + cn.size() + " cells for "
                        + versions.size() + " versions.");
            }
            for (int v = 0; v < cn.size(); v++) {
                List<Integer> ids = new ArrayList<>();
                int count = units.equals("paragraphs") ? versions.get(v).paragraphs().size() : versions.get(v).sentences().size();
                for (JsonNode id : cn.get(v)) {
                    int i = id.asInt(-1);
                    if (!id.canConvertToInt() || i < 0 || i >= count) {
                        throw new FormatProblem(where + ": row " + (rows.size() + 1) + " points at " + units + " " + id
                                + " of version " + (v + 1) + ", which has " + count + ".");
                    }
                    ids.add(i);
                }
                cells.add(ids);
            }
            rows.add(new AlignedRow(cells, r.number(rn, "confidence"), rn.path("uncertain").asBoolean(false)));
        }
        List<Flag> flags = new ArrayList<>();
        for (JsonNode fn : r.array(root, "flags")) {
            flags.add(r.flag(fn, flags.size() + 1, versions, rows.size()));
        }
        List<Boolean> reviewed = new ArrayList<>();
        for (JsonNode b : r.array(root, "reviewed")) {
            reviewed.add(b.asBoolean(false));
        }
        return new Comparison(versions, labels, units, rows, flags, reviewed);
    }

    /** A JSON file that is not a comparison this Triglot can read; the message is the user's sentence. */
    public static final class FormatProblem extends Exception {
        FormatProblem(String message) {
            super(message);
        }
    }

    private record Reader(String where) {
        JsonNode array(JsonNode n, String field) throws FormatProblem {
            JsonNode a = n.get(field);
            if (a == null || !a.isArray()) {
                throw new FormatProblem(where + ": \"" + field + "\" is missing or not a list.");
            }
            return a;
        }

        String text(JsonNode n, String field) throws FormatProblem {
            JsonNode t = n.get(field);
            if (t == null || !t.isTextual()) {
                throw new FormatProblem(where + ": \"" + field + "\" is missing or not a string.");
            }
            return t.asText();
        }

        String textOrNull(JsonNode n, String field) {
            JsonNode t = n.get(field);
            return t == null || t.isNull() ? null : t.asText();
        }

        int integer(JsonNode n, String field) throws FormatProblem {
            JsonNode t = n.get(field);
            if (t == null || !t.canConvertToInt()) {
                throw new FormatProblem(where + ": \"" + field + "\" is missing or not a whole number.");
            }
            return t.asInt();
        }

        double number(JsonNode n, String field) throws FormatProblem {
            JsonNode t = n.get(field);
            if (t == null || !t.isNumber()) {
                throw new FormatProblem(where + ": \"" + field + "\" is missing or not a number.");
            }
            return t.asDouble();
        }

        Span span(JsonNode n, int textLength, String what) throws FormatProblem {
            return span(integer(n, "start"), integer(n, "end"), textLength, what);
        }

        Span span(int start, int end, int textLength, String what) throws FormatProblem {
            if (start < 0 || end < start || end > textLength) {
                throw new FormatProblem(where + ": " + what + " has the span [" + start + ", " + end
                        + "), outside its text of " + textLength + " characters.");
            }
            return new Span(start, end);
        }

        Document document(JsonNode d, int v) throws FormatProblem {
            String name = text(d, "name");
            String text = text(d, "text");
            Lang lang = Lang.fromCode(text(d, "lang"));
            Script script = script(text(d, "script"));
            List<Paragraph> ps = new ArrayList<>();
            for (JsonNode pn : array(d, "paragraphs")) {
                String what = "paragraph " + (ps.size() + 1) + " of version " + (v + 1);
                List<Sentence> ss = new ArrayList<>();
                for (JsonNode sn : array(pn, "sentences")) {
                    ss.add(new Sentence(integer(sn, "index"), span(sn, text.length(), "a sentence of " + what), text(sn, "text")));
                }
                ps.add(new Paragraph(integer(pn, "index"), span(pn, text.length(), what), text(pn, "text"),
                        pn.path("heading").asBoolean(false), Lang.fromCode(text(pn, "lang")), ss));
            }
            List<ImportWarning> ws = new ArrayList<>();
            for (JsonNode w : array(d, "warnings")) {
                ws.add(new ImportWarning(text(w, "key"), text(w, "message")));
            }
            return new Document(name, text, textOrNull(d, "format"), textOrNull(d, "encoding"), lang, script,
                    d.path("langConfidence").asDouble(0), ps, ws);
        }

        Script script(String code) throws FormatProblem {
            for (Script s : Script.values()) {
                if (s.code().equalsIgnoreCase(code) || s.name().equalsIgnoreCase(code)) {
                    return s;
                }
            }
            throw new FormatProblem(where + ": '" + code + "' is not a script code (Hans, Hant, Cyrl, Latn, Zyyy).");
        }

        Flag flag(JsonNode f, int n, List<Document> versions, int rowCount) throws FormatProblem {
            Flag.Kind kind;
            Flag.Severity severity;
            try {
                kind = Flag.Kind.valueOf(text(f, "kind").toUpperCase(Locale.ROOT));
                severity = Flag.Severity.valueOf(text(f, "severity").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new FormatProblem(where + ": flag " + n + " has an unknown kind or severity.");
            }
            int row = integer(f, "row");
            int a = integer(f, "versionA");
            int b = integer(f, "versionB");
            if (row < 0 || row >= rowCount || a < 0 || a >= versions.size() || b < 0 || b >= versions.size()) {
                throw new FormatProblem(where + ": flag " + n + " points at row " + row + " or a version that is not there.");
            }
            String reason = text(f, "reason");
            // A project saved before reasons had keys has only the English: the flag shows that text in every language.
            Reason why = f.has("reasonKey") ? new Reason.Message(text(f, "reasonKey"), reasonArgs(f.get("reasonArgs"), n, 0))
                    : new Reason.Text(reason);
            return new Flag(kind, severity, row, a, b, text(f, "side"), spanList(f, "spansA", versions.get(a), n),
                    spanList(f, "spansB", versions.get(b), n), textOrNull(f, "textA"), textOrNull(f, "textB"), reason, why);
        }

        /** The arguments of a reason: strings, or objects with a "key" and "args" of their own (nested a few deep at most). */
        List<Reason> reasonArgs(JsonNode args, int n, int depth) throws FormatProblem {
            if (args == null || !args.isArray() || depth > 20) {
                throw new FormatProblem(where + ": flag " + n + " has a reason key without a list of arguments.");
            }
            List<Reason> out = new ArrayList<>();
            for (JsonNode a : args) {
                if (a.isTextual()) {
                    out.add(new Reason.Text(a.asText()));
                } else if (a.isObject() && a.path("key").isTextual()) {
                    out.add(new Reason.Message(a.get("key").asText(), reasonArgs(a.get("args"), n, depth + 1)));
                } else {
                    throw new FormatProblem(where + ": flag " + n + " has a reason argument that is neither text nor {\"key\", \"args\"}.");
                }
            }
            return out;
        }

        List<Span> spanList(JsonNode f, String field, Document d, int n) throws FormatProblem {
            List<Span> out = new ArrayList<>();
            for (JsonNode s : array(f, field)) {
                if (!s.isArray() || s.size() != 2) {
                    throw new FormatProblem(where + ": flag " + n + " has a span that is not [start, end].");
                }
                out.add(span(s.get(0).asInt(-1), s.get(1).asInt(-1), d.text().length(), "flag " + n));
            }
            return out;
        }
    }
}
