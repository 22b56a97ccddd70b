package dev.redline.assessments;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;
import java.util.function.Function;

/**
 * The candidate's pages. Thin: {@link CandidateService} decides, this renders. Anything not admitted
 * by a valid invitation gets the same neutral "not valid" page.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class CandidatePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance invalid();

        static native TemplateInstance landing(CandidateView attempt);

        static native TemplateInstance exercise(ExercisePage page);

        static native TemplateInstance finished(FinishSummary summary);
    }

    private final CandidateService candidates;
    CandidatePages(CandidateService candidates) {
        this.candidates = candidates;
    }

    /** The invitation link: swaps the token in the address for a cookie and goes to the landing page. */
    @GET
    @Path("invite/{token}")
    public Response invite(@PathParam("token") String token, @Context UriInfo uri) {
        Optional<CandidateService.Admission> admission = candidates.admission(token);
        if (admission.isEmpty()) {
            return invalid();
        }
        long maxAge = (admission.get().linkExpiresAt() - System.currentTimeMillis()) / 1000;
        boolean secure = "https".equals(uri.getBaseUri().getScheme());
        return Response.seeOther(URI.create("/candidate")).cookie(CandidateCookie.of(token, maxAge, secure)).build();
    }

    @GET
    @Path("candidate")
    public Response landing(@CookieParam(CandidateCookie.NAME) String token) {
        return admitted(token, a -> Response.ok(Templates.landing(candidates.view(a))).build());
    }

    @POST
    @Path("candidate/start")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@CookieParam(CandidateCookie.NAME) String token) {
        return admitted(token, a -> {
            Assessment started = candidates.start(a);
            return started.status() == Assessment.Status.FINISHED ? to("/candidate/finished")
                    : to("/candidate/exercises/" + started.exercises().get(0));
        });
    }

    @GET
    @Path("candidate/exercises/{exercise}")
    public Response exercise(@CookieParam(CandidateCookie.NAME) String token,
            @PathParam("exercise") String exercise) {
        return admitted(token, a -> switch (a.status()) {
            case INVITED -> to("/candidate");
            case FINISHED -> to("/candidate/finished");
            default -> Response.ok(Templates.exercise(candidates.exercisePage(a, exercise))).build();
        });
    }

    @POST
    @Path("candidate/finish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response finish(@CookieParam(CandidateCookie.NAME) String token) {
        return admitted(token, a -> {
            candidates.finish(a);
            return to("/candidate/finished");
        });
    }

    @GET
    @Path("candidate/finished")
    public Response finished(@CookieParam(CandidateCookie.NAME) String token) {
        return admitted(token, a -> a.status() != Assessment.Status.FINISHED ? to("/candidate")
                : Response.ok(Templates.finished(candidates.summary(a))).build());
    }

    /** The page for an admitted candidate; the one neutral "not valid" page for anyone else. */
    private Response admitted(String token, Function<Assessment, Response> page) {
        Optional<Assessment> a = candidates.admit(token);
        return a.isEmpty() ? invalid() : page.apply(a.get());
    }

    private static Response to(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    private static Response invalid() {
        return Response.status(Response.Status.NOT_FOUND).entity(Templates.invalid()).type(MediaType.TEXT_HTML)
                .build();
    }
}
