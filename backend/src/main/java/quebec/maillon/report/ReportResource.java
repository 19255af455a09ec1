package quebec.maillon.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reports")
@Tag(name = "Reports", description = ReportResource.TAG)
public class ReportResource {

    static final String TAG = """
            Reddition de comptes: the figures of a period for the caller's establishment (never another's), optionally one of \
            its territories, in JSON or CSV.

            **Work in the period** means at least one activity dated inside the period (bounds included). \
            The **activities in scope** are the activities of the caller's establishment dated in the period; with `territory`, \
            those whose territory is it. An activity's territory is the territory of its intervention; for an activity logged \
            on a concertation, the concertation's territory, except that REGIONAL concertations have none: they count in \
            establishment-wide reports only. An activity's concertation is the one it is logged on, or the concertation its \
            intervention concerns. Every figure except requests is drawn from the activities in scope, whatever the \
            records' status today (a CLOSED intervention counts for the periods it had activities in; an organizer who left \
            stays counted).

            **Periods** (`period`): a financial year of the health network, `FY2025-2026` = 2025-04-01 to 2026-03-31; one \
            of its 13 periods, `FY2025-2026-P07`: P01 starts on April 1, P01 to P12 last 28 days each, P13 runs from the \
            day after P12 to March 31 (29 days, 30 in a leap year) — for FY2025-2026, P01 = 2025-04-01 to 2025-04-28, \
            P07 = 2025-09-16 to 2025-10-13, P13 = 2026-03-03 to 2026-03-31; a calendar year, `2025`; or leave `period` out \
            and give `from` and `to` (dates, included, at most 25 years apart). Anything else is a 422 naming the parameter.

            **Formats**: `Accept: application/json` (default) or `Accept: text/csv`. CSV is UTF-8 with a byte-order mark \
            (Excel shows the accents), comma-separated with RFC 4180 quoting, CRLF line ends, decimal point, columns in a \
            fixed order; French headers by default, English with `Accept-Language: en` (which also switches the sentence). \
            Text that would start with = + - @ is prefixed with an apostrophe (no formula runs in a spreadsheet). \
            In Excel with French (Canada) settings, open it through Data > From Text/CSV and pick the comma.

            **Roles**: organizer, manager, admin, integration and reporting may read every report of their establishment. \
            Reports are aggregates without personal information, except organizer names (staff) in the organizer breakdown \
            and the activities export; for a caller with only the reporting role these names and the free-text titles are \
            left out (organizers are identified by their id only).""";

    private static final String PERIOD = "FY2025-2026 (financial year), FY2025-2026-P07 (one of its 13 periods), 2025 (calendar "
            + "year); leave out to give from and to.";
    private static final String SUMMARY_CSV = "indicateur,libellé,valeur\r\nPERIOD,Période,FY2025-2026\r\n"
            + "PERIOD_FROM,Premier jour,2025-04-01\r\nPERIOD_TO,Dernier jour,2026-03-31\r\nESTABLISHMENT,Établissement,CISSS-LAN\r\n"
            + "TERRITORY,Territoire,\r\nCONCERTATION_PLACES,Lieux de concertation accompagnés,42\r\n…";
    private static final String BREAKDOWN_CSV = "code,libellé français,libellé anglais,activités,heures,interventions,"
            + "lieux de concertation,organismes,organisateurs\r\nPOVERTY,Pauvreté,Poverty,412,640.5,38,6,51,14\r\n"
            + "FOOD_SECURITY,Sécurité alimentaire,Food security,312,540.5,41,7,36,12\r\n…";
    private static final String ACTIVITIES_CSV = "date,activité,organisateur (code),organisateur,type de dossier,dossier,titre,"
            + "territoire,offre de service,durée (minutes),heures,actes,participants\r\n2025-04-01,7d3c0c5e-3f0e-4c1e-9a55-2b6f5f0f7a10,"
            + "60000000-0000-4000-8000-000000000001,Marie Tremblay,INTERVENTION,1f6a2b7c-0d4e-4f3a-8b9c-5e6d7f8a9b0c,"
            + "Soutien à la Cuisine collective de Joliette,LAN-JOLIETTE,ORGANIZATION_SUPPORT,90,1.50,FACILITATE|WRITE,12\r\n…";

    @Inject
    ReportService service;

    @GET
    @Path("/summary")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed({"organizer", "manager", "admin", "integration", "reporting"})
    @Operation(operationId = "getReportSummary", summary = "The figures of a period and the press-release sentence",
            description = """
                    The yearly figures of the service for the caller's establishment (or one territory) and the sentence of the \
                    press release, in French (default) or English (`Accept-Language: en`), with singular and plural agreement \
                    (French: 0 and 1 singular). Definitions (see the tag for activities in scope, territory and periods):

                    - **concertationPlaces**: distinct concertations with at least one activity in scope (logged on the \
                    concertation, or on an intervention concerning it).
                    - **communityOrganizationsSupported**: distinct organizations of type COMMUNITY_ORGANIZATION or NON_PROFIT \
                    that are organizations of an intervention with at least one activity in scope (membership of a table \
                    alone does not count).
                    - **municipalitiesAndSchools**: distinct organizations of type MUNICIPALITY or SCHOOL that are \
                    organizations of an intervention with at least one activity in scope, or members of a concertation with \
                    at least one activity in scope through a membership overlapping the period (joined on or before the last \
                    day, and not left, or left on or after the first day). An organization both linked and member counts once.
                    - **activities**, **hours** (sum of durations / 60, one decimal, half up), **organizersActive** (distinct \
                    organizers of the activities), **interventions** (distinct interventions with activity).
                    - **requests**: received = received date in the period; decided = the request's first decision (first \
                    transition to ACCEPTED, REFUSED or WAITLISTED) is dated in the period (Québec time), so each request is \
                    decided in one period only; accepted, refused and waitlisted split the decided requests by that first \
                    decision; refusals by reason; median days from reception to first decision for the requests decided in \
                    the period. With a territory: the requests of that territory.

                    CSV (`Accept: text/csv`): one line per figure, columns indicateur, libellé, valeur (indicator, label, \
                    value); the codes of the first column are stable. Roles: organizer, manager, admin, integration, reporting.""")
    @APIResponse(responseCode = "200", description = "The figures.", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportSummaryDto.class)),
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                examples = @ExampleObject(name = "summaryCsv", value = SUMMARY_CSV))})
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Response summary(
            @Parameter(description = PERIOD, example = "FY2025-2026") @QueryParam("period") String period,
            @Parameter(description = "First day (included) when period is left out.", example = "2025-04-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Last day (included) when period is left out.", example = "2026-03-31",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Parameter(description = "Only this territory of the caller's establishment (regional concertations are then left out).",
                    example = "LAN-JOLIETTE") @QueryParam("territory") String territory,
            @Parameter(in = ParameterIn.HEADER, name = "Accept-Language", description = "en for English; French otherwise.",
                    example = "fr-CA") @jakarta.ws.rs.HeaderParam("Accept-Language") String acceptLanguage,
            @Context HttpHeaders headers) {
        Lang lang = Lang.of(headers);
        ReportService.Result<ReportSummaryDto> result = service.summary(period, from, to, territory, lang);
        if (wantsCsv(headers)) {
            return csv((StreamingOutput) out -> service.writeSummaryCsv(result.report(), lang, out), lang,
                    "maillon-" + lang.pick("sommaire", "summary"), result.request());
        }
        return json(result.report(), lang);
    }

    @GET
    @Path("/breakdown")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed({"organizer", "manager", "admin", "integration", "reporting"})
    @Operation(operationId = "getReportBreakdown", summary = "The activities of a period broken down by one dimension",
            description = """
                    Each row adds up the activities in scope (see the tag) that fall in it: **activities**, **hours** (one \
                    decimal, half up), distinct **interventions** and **concertations** of those activities, distinct \
                    **organizations** (any type) that are organizations of those interventions, distinct **organizers**. \
                    `total` counts the whole scope once.

                    Dimensions — where an activity falls:
                    - `territory`: its territory (NONE: activities of regional concertations).
                    - `serviceOffer`, `axis`: its intervention's service offered / axis (NONE: no axis, or an activity logged \
                    on a concertation).
                    - `interventionType`, `determinant`, `population`: every code of its intervention — an activity falls in \
                    several rows, so rows overlap and do not add up to the total (NONE: no code, or a concertation activity).
                    - `professionalAct`: every act of the activity; its duration is shared equally among its acts, so hours \
                    add up to the total (activities do not; NONE: no act recorded).
                    - `organizer`: who did it (code = the organizer's id; label = name, left out for the reporting role); \
                    only organizers with activities are listed.
                    - `month` (code 2025-04) and `fiscalPeriod` (code FY2025-2026-P07): its date; every month or period \
                    touching the report's period is listed, zeros included.

                    Reference dimensions list every active code of their list in the list's order (zeros included), then \
                    NONE when it is not zero. CSV (`Accept: text/csv`): columns code, libellé français, libellé anglais, \
                    activités, heures, interventions, lieux de concertation, organismes, organisateurs (English headers with \
                    `Accept-Language: en`); no total line. Roles: organizer, manager, admin, integration, reporting.""")
    @APIResponse(responseCode = "200", description = "The rows and the total.", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BreakdownDto.class)),
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                examples = @ExampleObject(name = "breakdownCsv", value = BREAKDOWN_CSV))})
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Response breakdown(
            @Parameter(description = "What to break the activities down by.", required = true, example = "determinant",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"territory", "serviceOffer", "axis",
                        "interventionType", "determinant", "population", "professionalAct", "organizer", "month",
                        "fiscalPeriod"})) @QueryParam("dimension") String dimension,
            @Parameter(description = PERIOD, example = "FY2025-2026") @QueryParam("period") String period,
            @Parameter(description = "First day (included) when period is left out.", example = "2025-04-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Last day (included) when period is left out.", example = "2026-03-31",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Parameter(description = "Only this territory of the caller's establishment.", example = "LAN-JOLIETTE")
            @QueryParam("territory") String territory,
            @Parameter(in = ParameterIn.HEADER, name = "Accept-Language", description = "en for English CSV headers; French otherwise.",
                    example = "fr-CA") @jakarta.ws.rs.HeaderParam("Accept-Language") String acceptLanguage,
            @Context HttpHeaders headers) {
        Lang lang = Lang.of(headers);
        ReportService.Result<BreakdownDto> result = service.breakdown(dimension, period, from, to, territory);
        if (wantsCsv(headers)) {
            return csv((StreamingOutput) out -> service.writeBreakdownCsv(result.report(), lang, out), lang,
                    "maillon-" + lang.pick("ventilation", "breakdown") + "-" + result.report().dimension(), result.request());
        }
        return json(result.report(), lang);
    }

    @GET
    @Path("/activities")
    @Produces("text/csv")
    @RolesAllowed({"organizer", "manager", "admin", "integration", "reporting"})
    @Operation(operationId = "exportReportActivities", summary = "Export the activities of a period (CSV)",
            description = """
                    Every activity in scope (see the tag), one line each, in date order, streamed from a database cursor \
                    (any size, constant memory). Columns, in this order: date, activity id, organizer id, organizer name, \
                    record type (INTERVENTION or CONCERTATION), record id, record title (intervention title or concertation \
                    name), territory code (empty for regional concertations), service offer code (interventions only), \
                    duration in minutes, hours (two decimals), act codes (separated by |, in alphabetical order), number of \
                    participants. No notes, no contact, no other free text. For a caller with only the reporting role, \
                    organizer names and titles are left empty (ids stay). French headers by default, English with \
                    `Accept-Language: en`. Roles: organizer, manager, admin, integration, reporting.""")
    @APIResponse(responseCode = "200", description = "The activities, as CSV.", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "activitiesCsv", value = ACTIVITIES_CSV)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "406", description = "The caller accepts neither text/csv nor any type.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = quebec.maillon.common.Problem.class)))
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Response activities(
            @Parameter(description = PERIOD, example = "FY2025-2026") @QueryParam("period") String period,
            @Parameter(description = "First day (included) when period is left out.", example = "2025-04-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Last day (included) when period is left out.", example = "2026-03-31",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Parameter(description = "Only this territory of the caller's establishment.", example = "LAN-JOLIETTE")
            @QueryParam("territory") String territory,
            @Parameter(in = ParameterIn.HEADER, name = "Accept-Language", description = "en for English headers; French otherwise.",
                    example = "fr-CA") @jakarta.ws.rs.HeaderParam("Accept-Language") String acceptLanguage,
            @Context HttpHeaders headers) {
        Lang lang = Lang.of(headers);
        ReportService.Request r = service.request(period, from, to, territory, null, false);
        return csv((StreamingOutput) out -> service.writeActivitiesCsv(r, lang, out), lang,
                "maillon-" + lang.pick("activites", "activities"), r);
    }

    /** CSV when the caller prefers it to JSON (Accept order and quality); JSON for anything else. */
    static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType m : headers.getAcceptableMediaTypes()) {
            if (m.isWildcardType() || m.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (m.isCompatible(new MediaType("text", "csv"))) {
                return true;
            }
        }
        return false;
    }

    private static Response json(Object dto, Lang lang) {
        return Response.ok(dto, MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, lang.name())
                .header(HttpHeaders.VARY, "Accept, Accept-Language")
                .build();
    }

    private static Response csv(StreamingOutput body, Lang lang, String name, ReportService.Request r) {
        String file = name + "-" + r.scope().establishment() + (r.scope().territory() == null ? "" : "-" + r.scope().territory())
                + "-" + r.period().code().replace('/', '_') + ".csv";
        return Response.ok(body, Csv.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header(HttpHeaders.CONTENT_LANGUAGE, lang.name())
                .header(HttpHeaders.VARY, "Accept, Accept-Language")
                .build();
    }
}
