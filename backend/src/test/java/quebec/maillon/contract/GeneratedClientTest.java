package quebec.maillon.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import quebec.maillon.client.api.AuditApi;
import quebec.maillon.client.api.MeApi;
import quebec.maillon.client.api.OrganizationsApi;
import quebec.maillon.client.api.ReferenceApi;
import quebec.maillon.client.api.ReportsApi;
import quebec.maillon.client.api.RequestsApi;
import quebec.maillon.client.invoker.ApiClient;
import quebec.maillon.client.invoker.ApiException;
import quebec.maillon.client.invoker.ApiResponse;
import quebec.maillon.client.model.Address;
import quebec.maillon.client.model.AuditEntry;
import quebec.maillon.client.model.ContactInput;
import quebec.maillon.client.model.FieldError;
import quebec.maillon.client.model.Me;
import quebec.maillon.client.model.Organization;
import quebec.maillon.client.model.OrganizationInput;
import quebec.maillon.client.model.OrganizationPage;
import quebec.maillon.client.model.OrganizationSummary;
import quebec.maillon.client.model.Problem;
import quebec.maillon.client.model.ReferenceItem;
import quebec.maillon.client.model.ReferenceKind;
import quebec.maillon.client.model.ReferenceList;
import quebec.maillon.client.model.ReportSummary;
import quebec.maillon.client.model.RequestStatus;
import quebec.maillon.client.model.RequestTransitionInput;
import quebec.maillon.client.model.ServiceRequest;
import quebec.maillon.client.model.ServiceRequestInput;
import quebec.maillon.support.RequestData;
import quebec.maillon.support.Tokens;

/**
 * The published contract is usable as published: a Java client generated from ../openapi.yaml by
 * openapi-generator (library native, at generate-test-sources: see pom.xml) compiles, and its API and model
 * classes call the running API (real PostgreSQL, real signed tokens) for the usual work of an integration: who am
 * I, reference data, paging with the cursor, a write with an Idempotency-Key, optimistic locking with If-Match
 * (412 when stale), a 422 problem read through the generated model, the audit trail, and a report.
 * Nothing here goes around the generated code: no hand-written HTTP and no hand-written JSON.
 */
@QuarkusTest
class GeneratedClientTest {

    private static final String LAN = "CISSS-LAN";

    @TestHTTPResource("/")
    URI base;

    /** A generated client that sends the given bearer token, pointed at the API on its test port. */
    private ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    private static String etag(ApiResponse<?> response) {
        List<String> values = response.getHeaders().get("ETag");
        assertNotNull(values, "an ETag header: " + response.getHeaders().keySet());
        return values.get(0);
    }

    private Problem problem(ApiClient client, ApiException e) throws JsonProcessingException {
        assertEquals("application/problem+json", e.getResponseHeaders().firstValue("Content-Type").orElse(""));
        return client.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
    }

    @Test
    void theCallerReadsWhoTheyAre() throws ApiException {
        Me me = new MeApi(client(Tokens.sophie())).getMe();
        assertEquals("sophie.lavoie", me.getUsername());
        assertEquals("Sophie Lavoie", me.getName());
        assertTrue(me.getRoles().contains("manager"), me.getRoles().toString());
        assertEquals(LAN, me.getEstablishment().getCode());
        assertTrue(me.getTerritories().stream().anyMatch(t -> t.getCode().equals("LAN-JOLIETTE")));
        assertFalse(me.getServiceAccount());
    }

    @Test
    void referenceDataListsItsKindsAndTheirCodes() throws ApiException {
        ReferenceApi reference = new ReferenceApi(client(Tokens.marie()));
        List<String> kinds = reference.listReferenceKinds().getItems().stream().map(ReferenceKind::getKind).toList();
        assertTrue(kinds.containsAll(List.of("service-offers", "request-channels", "territories")), kinds.toString());
        ReferenceList channels = reference.getReferenceList("request-channels", null);
        assertEquals("request-channels", channels.getKind());
        ReferenceItem phone = channels.getItems().stream().filter(i -> i.getCode().equals("PHONE")).findFirst().orElseThrow();
        assertFalse(phone.getLabelFr().isBlank());
        assertFalse(phone.getLabelEn().isBlank());
        ApiException unknown = assertThrows(ApiException.class, () -> reference.getReferenceList("no-such-list", null));
        assertEquals(404, unknown.getCode());
    }

    @Test
    void organizationsArePagedThroughWithTheCursor() throws ApiException {
        OrganizationsApi organizations = new OrganizationsApi(client(Tokens.sophie()));
        List<UUID> whole = organizations.listOrganizations(null, null, 200, null, null, null, null, null)
                .getItems().stream().map(OrganizationSummary::getId).toList();
        assertTrue(whole.size() > 3, "the demo data has organizations: " + whole.size());
        assertTrue(whole.size() < 200, "one page of 200 holds them all, to compare with");

        List<UUID> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            OrganizationPage page = organizations.listOrganizations(null, cursor, 3, null, null, null, null, null);
            assertTrue(page.getItems().size() <= 3);
            page.getItems().forEach(o -> paged.add(o.getId()));
            cursor = page.getNextCursor();
            pages++;
        } while (cursor != null && pages < 200);
        assertNull(cursor, "the last page has no nextCursor");
        assertEquals(whole, paged, "pages of 3 give every organization once, in the same order as one page");
        assertEquals(new HashSet<>(whole).size(), whole.size());
    }

    @Test
    void aRequestIsCreatedOnceReadAndMovedWithItsEtag() throws Exception {
        ApiClient sophie = client(Tokens.sophie());
        RequestsApi requests = new RequestsApi(sophie);
        Organization organization = new OrganizationsApi(sophie).createOrganization(new OrganizationInput()
                .type("COMMUNITY_ORGANIZATION")
                .name("Client généré " + RequestData.marker())
                .territory("LAN-JOLIETTE")
                .address(new Address().addressLine("12, rue Principale").city("Joliette").postalCode("J6E 3B8"))
                .contacts(List.of(new ContactInput().name("Julie Contact").role("Coordonnatrice")
                        .email("julie.contact@exemple.org"))), UUID.randomUUID().toString());
        assertEquals(1, organization.getContacts().size());

        ServiceRequestInput intake = new ServiceRequestInput()
                .organizationId(organization.getId())
                .contactId(organization.getContacts().get(0).getId())
                .receivedOn(LocalDate.of(2026, 11, 2))
                .channel("PHONE")
                .territory("LAN-JOLIETTE")
                .serviceOffer("ORGANIZATION_SUPPORT")
                .need("Soutien à la planification " + RequestData.marker())
                .populations(List.of("FAMILIES"))
                .determinants(List.of("POVERTY"));

        // created, then the same Idempotency-Key replays the first answer instead of creating a second request
        String key = UUID.randomUUID().toString();
        ApiResponse<ServiceRequest> created = requests.createRequestWithHttpInfo(intake, key);
        assertEquals(201, created.getStatusCode());
        ServiceRequest request = created.getData();
        assertEquals(RequestStatus.RECEIVED, request.getStatus());
        assertEquals(List.of(RequestStatus.UNDER_ANALYSIS, RequestStatus.WITHDRAWN), request.getAllowedTransitions());
        assertEquals(organization.getName(), request.getOrganizationName());
        assertEquals(LocalDate.of(2026, 11, 2), request.getReceivedOn());
        assertTrue(created.getHeaders().get("Location").get(0).endsWith("/api/v1/requests/" + request.getId()));
        ServiceRequest replayed = requests.createRequest(intake, key);
        assertEquals(request.getId(), replayed.getId());

        // read: the same request and its version
        ApiResponse<ServiceRequest> read = requests.getRequestWithHttpInfo(request.getId());
        assertEquals(request.getId(), read.getData().getId());
        assertEquals(request.getNeed(), read.getData().getNeed());
        assertNotNull(read.getData().getCreatedAt());
        String version = etag(read);
        assertEquals(etag(created), version);

        // moved with If-Match: the new version differs
        ApiResponse<ServiceRequest> moved = requests.transitionRequestWithHttpInfo(request.getId(), version,
                new RequestTransitionInput().to(RequestStatus.UNDER_ANALYSIS).note("Analyse par le client généré."));
        assertEquals(200, moved.getStatusCode());
        assertEquals(RequestStatus.UNDER_ANALYSIS, moved.getData().getStatus());
        assertNotEquals(version, etag(moved));

        // the stale version is refused with 412, a problem the generated model reads
        ApiException stale = assertThrows(ApiException.class, () -> requests.transitionRequest(request.getId(), version,
                new RequestTransitionInput().to(RequestStatus.WITHDRAWN)));
        assertEquals(412, stale.getCode());
        Problem preconditionFailed = problem(sophie, stale);
        assertEquals(412, preconditionFailed.getStatus());
        assertFalse(preconditionFailed.getDetail().isBlank());
        assertEquals(RequestStatus.UNDER_ANALYSIS, requests.getRequest(request.getId()).getStatus(), "nothing moved");

        // the audit trail records the transition; its free-form changes are read as a map
        List<AuditEntry> trail = new AuditApi(sophie)
                .listAuditEntries("TRANSITION", null, null, null, null, request.getId().toString(), "service-request", null).getItems();
        assertEquals(1, trail.size(), trail.toString());
        assertEquals("Sophie Lavoie", trail.get(0).getActorName());
        assertEquals("UNDER_ANALYSIS", trail.get(0).getChanges().get("to"));
    }

    @Test
    void invalidInputIsA422ProblemThatNamesEachField() throws Exception {
        ApiClient marie = client(Tokens.marie());
        ServiceRequestInput invalid = new ServiceRequestInput()
                .organizationId(UUID.fromString("10000000-0000-4000-8000-000000000002"))
                .receivedOn(LocalDate.of(2099, 1, 1))
                .channel("CARRIER_PIGEON")
                .territory("LAN-JOLIETTE")
                .serviceOffer("ORGANIZATION_SUPPORT")
                .need("")
                .populations(List.of("FAMILIES"))
                .determinants(List.of("POVERTY", "LUCK"));
        ApiException e = assertThrows(ApiException.class,
                () -> new RequestsApi(marie).createRequest(invalid, UUID.randomUUID().toString()));
        assertEquals(422, e.getCode());
        Problem problem = problem(marie, e);
        assertEquals(422, problem.getStatus());
        assertNotNull(problem.getType());
        assertNotNull(problem.getTitle());
        Set<String> fields = new HashSet<>(problem.getErrors().stream().map(FieldError::getField).toList());
        assertTrue(fields.containsAll(Set.of("receivedOn", "channel", "need", "determinants[1]")), fields.toString());
        problem.getErrors().forEach(error -> assertFalse(error.getMessage().isBlank(), error.toString()));
    }

    @Test
    void aReportingClientReadsTheSummaryOfAFinancialYear() throws ApiException {
        ReportsApi reports = new ReportsApi(client(Tokens.client("maillon-reporting-lan", "reporting", LAN)));
        ReportSummary summary = reports.getReportSummary(null, "FY2025-2026", null, null, "fr-CA");
        assertEquals("FY2025-2026", summary.getPeriod().getCode());
        assertEquals(LocalDate.of(2025, 4, 1), summary.getPeriod().getFrom());
        assertEquals(LocalDate.of(2026, 3, 31), summary.getPeriod().getTo());
        assertEquals(LAN, summary.getEstablishment().getCode());
        assertNull(summary.getTerritory());
        assertNotNull(summary.getActivities());
        assertNotNull(summary.getHours());
        assertNotNull(summary.getRequests());
        assertFalse(summary.getSentence().isBlank());

        ReportSummary territory = reports.getReportSummary(null, "FY2025-2026", "LAN-JOLIETTE", null, "en");
        assertEquals("LAN-JOLIETTE", territory.getTerritory().getCode());
        assertTrue(territory.getActivities() <= summary.getActivities());

        ApiException badPeriod = assertThrows(ApiException.class, () -> reports.getReportSummary(null, "FY2025", null, null, null));
        assertEquals(422, badPeriod.getCode());
    }
}
