package dev.redline.reports;

import dev.redline.assessments.Assessment;
import dev.redline.assessments.StaffPages.Staff;
import dev.redline.web.ConflictException;
import dev.redline.web.InvalidRequestException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The committee's pages (signed in with the code flow, like every {@code /staff} page): the list of
 * assessments, one report with its decision form, its PDF, JSON and CSV exports, and the admins'
 * calibration page. Thin: {@link ReportService} assembles, the templates lay out.
 */
@Path("/staff")
@Produces(MediaType.TEXT_HTML)
public class ReportPages {

    /** A link in a select or a radio group. */
    public record Option(String value, String label, boolean selected) {
    }

    /** A sortable column header: its link sorts by it (again: the other way). */
    public record Column(String label, String href, String ariaSort) {
    }

    public record ListPage(Staff staff, List<ReportRow> rows, ReportQuery query, List<Column> columns,
            List<Option> statuses, List<Option> decisions, String csvHref, String message) {
    }

    /**
     * One report. {@code print} for the PDF variant (everything open, no form); {@code css} is the style
     * sheet the PDF embeds (a PDF cannot fetch it).
     */
    public record ReportPage(Staff staff, CommitteeReport report, ReportService.ReportCharts charts, boolean print,
            boolean canDecide, List<Option> outcomes, String rationale, String message, String css) {
    }

    public record CalibrationPage(Staff staff, Calibration calibration) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListPage page);

        static native TemplateInstance report(ReportPage page);

        static native TemplateInstance pdf(ReportPage page);

        static native TemplateInstance calibration(CalibrationPage page);
    }

    private final ReportService service;
    private final SecurityIdentity identity;
    private final java.nio.file.Path fontDir;

    ReportPages(ReportService service, SecurityIdentity identity,
            @ConfigProperty(name = "redline.reports.font-dir", defaultValue = "/usr/share/fonts/truetype/dejavu")
            java.nio.file.Path fontDir) {
        this.service = service;
        this.identity = identity;
        this.fontDir = fontDir;
    }

    @GET
    @Path("/reports")
    @RolesAllowed({"committee", "admin"})
    public TemplateInstance list(@QueryParam("sort") String sort, @QueryParam("dir") String dir,
            @QueryParam("status") String status, @QueryParam("decision") String decision) {
        ReportQuery query;
        String message = null;
        try {
            query = ReportQuery.parse(sort, dir, status, decision);
        } catch (InvalidRequestException e) {
            query = ReportQuery.DEFAULT;   // a hand-edited address shows the whole list and says why
            message = "Showing every assessment: " + e.getMessage();
        }
        return Templates.list(listPage(query, message));
    }

    @GET
    @Path("/reports.csv")
    @RolesAllowed({"committee", "admin"})
    @Produces("text/csv")
    public Response csv(@QueryParam("sort") String sort, @QueryParam("dir") String dir,
            @QueryParam("status") String status, @QueryParam("decision") String decision) {
        return csvResponse(service.rows(ReportQuery.parse(sort, dir, status, decision)));
    }

    @GET
    @Path("/reports/{id}")
    @RolesAllowed({"committee", "admin"})
    public TemplateInstance report(@PathParam("id") String id) {
        return Templates.report(page(service.report(id), false, "", null));
    }

    @GET
    @Path("/reports/{id}.json")
    @RolesAllowed({"committee", "admin"})
    @Produces(MediaType.APPLICATION_JSON)
    public CommitteeReport json(@PathParam("id") String id) {
        return service.report(id);
    }

    @GET
    @Path("/reports/{id}.pdf")
    @RolesAllowed({"committee", "admin"})
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") String id) {
        CommitteeReport report = service.report(id);
        String xhtml = Templates.pdf(page(report, true, "", null)).render();
        return Response.ok(ReportPdf.render(xhtml, fontDir), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"redline-report-" + report.id() + ".pdf\"")
                .build();
    }

    @POST
    @Path("/reports/{id}/decision")
    @RolesAllowed("committee")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") String id, @FormParam("outcome") String outcome,
            @FormParam("rationale") String rationale) {
        try {
            service.decide(id, outcome, rationale, identity.getPrincipal().getName());
            return Response.seeOther(URI.create("/staff/reports/" + id + "#decisions")).build();
        } catch (InvalidRequestException | ConflictException e) {
            int status = e instanceof InvalidRequestException ? 400 : 409;
            String message = "Not recorded: " + e.getMessage();
            String page = Templates.report(page(service.report(id), false, rationale == null ? "" : rationale,
                    message)).render();
            return Response.status(status).type(MediaType.TEXT_HTML).entity(page).build();
        }
    }

    @GET
    @Path("/calibration")
    @RolesAllowed("admin")
    public TemplateInstance calibration() {
        return Templates.calibration(new CalibrationPage(staff(), service.calibration()));
    }

    /** The CSV answer for the list, shared with the API. */
    static Response csvResponse(List<ReportRow> rows) {
        return Response.ok(Csv.of(rows), "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"redline-reports.csv\"").build();
    }

    private ListPage listPage(ReportQuery query, String message) {
        List<Column> columns = new ArrayList<>();
        columns.add(column("Candidate", ReportQuery.Sort.CANDIDATE, query));
        columns.add(new Column("Role", null, null));
        columns.add(column("Status", ReportQuery.Sort.STATUS, query));
        columns.add(new Column("Policy outcome", null, null));
        columns.add(column("Committee decision", ReportQuery.Sort.DECISION, query));
        columns.add(column("Created", ReportQuery.Sort.CREATED, query));
        List<Option> statuses = new ArrayList<>();
        statuses.add(new Option("", "any", query.status() == null));
        for (Assessment.Status s : Assessment.Status.values()) {
            statuses.add(new Option(s.name(), s.name().toLowerCase(Locale.ROOT), s.name().equals(
                    query.status())));
        }
        List<Option> decisions = new ArrayList<>();
        decisions.add(new Option("", "any", query.decision() == null));
        ReportService.OUTCOMES.forEach((k, v) -> decisions.add(new Option(k, v, k.equals(query.decision()))));
        decisions.add(new Option(ReportQuery.UNDECIDED, "not decided yet", ReportQuery.UNDECIDED.equals(
                query.decision())));
        return new ListPage(staff(), service.rows(query), query, columns, statuses, decisions,
                "/staff/reports.csv?" + query.queryString(), message);
    }

    private static Column column(String label, ReportQuery.Sort sort, ReportQuery query) {
        return new Column(label, "/staff/reports?" + query.sortedBy(sort).queryString(), query.ariaSort(sort));
    }

    private ReportPage page(CommitteeReport report, boolean print, String rationale, String message) {
        boolean canDecide = !print && identity.hasRole("committee");
        String chosen = report.latestDecision() == null ? null : report.latestDecision().outcome();
        List<Option> outcomes = new ArrayList<>();
        for (Map.Entry<String, String> o : ReportService.OUTCOMES.entrySet()) {
            outcomes.add(new Option(o.getKey(), o.getValue(), o.getKey().equals(chosen)));
        }
        return new ReportPage(staff(), report, service.charts(report), print, canDecide, outcomes, rationale, message,
                print ? Css.REPORT : "");
    }

    private Staff staff() {
        return new Staff(identity.getPrincipal().getName(), new TreeSet<>(identity.getRoles()));
    }

    /** The report's style sheet, read once: the page links it, the PDF embeds it. */
    static final class Css {
        static final String REPORT = read("META-INF/resources/assets/report.css");

        private static String read(String resource) {
            try (InputStream in = ReportPages.class.getClassLoader().getResourceAsStream(resource)) {
                return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
