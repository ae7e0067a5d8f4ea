using System.Net;
using System.Text.RegularExpressions;
using Portal.Domain.Claims;
using Portal.Domain.Common;
using Portal.Domain.Insurance;
using Portal.Domain.Patients;

namespace Portal.Web.FunctionalTests.Pages;

public sealed class PatientTests
{
    [Fact]
    public async Task Search_and_paging_reach_the_registry_and_the_pager_keeps_the_search()
    {
        using var app = new PortalApp();
        for (var i = 0; i < 30; i++)
        {
            app.Patients.Add(Samples.Patient("pat-" + i, "Ada", "Number" + (char)('a' + (i % 26))));
        }

        app.Patients.Add(Samples.Patient("pat-other", "Grace", "Hopper"));
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/patients?search=ada&page=2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ada", app.Patients.LastSearch);
        Assert.Equal(2, app.Patients.LastPage?.Number);
        Assert.Contains("Page 2 of 2", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/t/tenant-1/patients?search=ada&amp;page=1\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Grace", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_patient_whose_date_of_birth_gender_and_phone_are_unknown_is_listed_and_shown_with_dashes_and_can_be_sorted_by_birth()
    {
        using var app = new PortalApp();
        var known = Samples.Patient("pat-1");
        app.Patients.Add(known);
        app.Patients.Add(new Domain.Patients.Patient(
            new Domain.Patients.PatientId("pat-2"), "P-pat-2", "Grace", "Hopper", null, "", "", "", known.Address, 0, known.TenantId, null));
        using var browser = await app.SignedInBrowser();

        var (list, listHtml) = await browser.GetPageAsync("/t/tenant-1/patients?sort=born");
        var (detail, detailHtml) = await browser.GetPageAsync("/t/tenant-1/patients/pat-2");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains("Grace", listHtml, StringComparison.Ordinal);
        Assert.Contains("<td>—</td>", listHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        Assert.Contains("<dt>Date of birth</dt><dd>—</dd>", detailHtml, StringComparison.Ordinal);
        Assert.Contains("<dt>Gender</dt><dd>—</dd>", detailHtml, StringComparison.Ordinal);
        Assert.Contains("<dt>Phone</dt><dd>—</dd>", detailHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_patient_shows_with_insurance_and_claims()
    {
        using var app = new PortalApp();
        app.Patients.Add(Samples.Patient("pat-1"));
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/patients/pat-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ada Lovelace", html, StringComparison.Ordinal);
        Assert.Contains("***-**-6789", html, StringComparison.Ordinal);
        Assert.Contains("Acme Health", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/t/tenant-1/claims/clm-1?patient=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_policy_the_service_says_little_about_shows_dashes_and_a_third_coverage_is_tertiary()
    {
        using var app = new PortalApp();
        app.Patients.Add(Samples.Patient("pat-1"));
        app.Policies.ListAnswer = _ => Task.FromResult<IReadOnlyList<InsurancePolicy>>(
        [
            new(3, "Acme Health", "PPO", "POL-3", string.Empty, string.Empty, string.Empty, null, null, null, null, VerificationStatus.Unknown),
            new(null, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, null, null, null, null, VerificationStatus.Unknown),
        ]);
        using var browser = await app.SignedInBrowser();

        var (_, page) = await browser.GetPageAsync("/t/tenant-1/patients/pat-1");
        var html = Regex.Replace(page, ">\\s+<", "><");

        Assert.Contains("<td>Tertiary</td><td>Acme Health <span class=\"muted\">PPO</span></td><td>POL-3</td><td>—</td><td class=\"num money\">—</td><td class=\"num money\">—</td>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>—</td><td>— <span class=\"muted\"></span></td><td>—</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_patients_money_is_right_aligned_their_gender_a_word_and_a_policy_without_an_end_runs_since_its_start()
    {
        using var app = new PortalApp();
        app.Patients.Add(Samples.Patient("pat-1"));
        app.Patients.Add(new Patient(
            new PatientId("pat-2"), "P-pat-2", "Kim", "Lee", null, "nonbinary", string.Empty, string.Empty, PostalAddress.Unknown, 0, Samples.Clinic, null));
        app.Policies.ListAnswer = _ => Task.FromResult<IReadOnlyList<InsurancePolicy>>(
        [
            new(1, "Acme Health", "PPO", "POL-1", string.Empty, string.Empty, string.Empty, new DateOnly(2022, 9, 27), null, PracticeMoney.FromCents(2_500), PracticeMoney.FromCents(100_000), VerificationStatus.Verified),
            new(2, "Beta Care", "HMO", "POL-2", string.Empty, string.Empty, string.Empty, null, new DateOnly(2027, 1, 31), null, null, VerificationStatus.Verified),
            new(3, "Gamma Plan", "EPO", "POL-3", string.Empty, string.Empty, string.Empty, new DateOnly(2020, 1, 1), new DateOnly(2021, 12, 31), null, null, VerificationStatus.Verified),
        ]);
        using var browser = await app.SignedInBrowser();

        var (_, page) = await browser.GetPageAsync("/t/tenant-1/patients/pat-1");
        var (_, otherPage) = await browser.GetPageAsync("/t/tenant-1/patients/pat-2");
        var html = Regex.Replace(page, ">\\s+<", "><");

        Assert.Contains("<dt>Gender</dt><dd>Female</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Gender</dt><dd>nonbinary</dd>", otherPage, StringComparison.Ordinal);
        Assert.Matches("<td>POL-1</td><td>since <time [^>]+>27 Sep 2022</time></td><td class=\"num money\">USD&#xA0;25.00</td><td class=\"num money\">USD&#xA0;1,000.00</td>", html);
        Assert.Matches("<td>POL-2</td><td>until <time [^>]+>31 Jan 2027</time></td>", html);
        Assert.Matches("<td>POL-3</td><td><time [^>]+>1 Jan 2020</time> – <time [^>]+>31 Dec 2021</time></td>", html);
        Assert.Contains("<th scope=\"col\" class=\"num\">Copay</th><th scope=\"col\" class=\"num\">Deductible</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\" class=\"num\">Charged</th><th scope=\"col\" class=\"num\">Paid</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num money\">USD&#xA0;100.00</td><td class=\"num money\">USD&#xA0;0.00</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_policy_whose_end_date_could_not_be_read_says_so_rather_than_look_open_ended()
    {
        using var app = new PortalApp();
        app.Patients.Add(Samples.Patient("pat-1"));
        app.Policies.ListAnswer = _ => Task.FromResult<IReadOnlyList<InsurancePolicy>>(
        [
            new(1, "Acme Health", "PPO", "POL-1", string.Empty, string.Empty, string.Empty, new DateOnly(2024, 1, 1), null, null, null, VerificationStatus.Verified)
            {
                TerminationDateUnreadable = true,
            },
        ]);
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync("/t/tenant-1/patients/pat-1");

        Assert.Contains(" – end date unreadable</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_patient_is_not_found()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var response = await browser.GetAsync("/t/tenant-1/patients/pat-missing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_claim_shows_its_lines()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/claims/clm-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("CLM-0001", html, StringComparison.Ordinal);
        Assert.Contains("99213", html, StringComparison.Ordinal);
        Assert.Contains("Office visit", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reversed_claims_negative_amounts_are_shown_with_their_sign_on_the_patient_and_the_claim()
    {
        using var app = new PortalApp();
        app.Patients.Add(Samples.Patient("pat-1"));
        var reversal = new Claim(
            new ClaimSummary(
                new ClaimId("clm-r"), "CLM-0002", ClaimStatus.Paid, new DateOnly(2026, 3, 2),
                PracticeMoney.FromCents(-2_000), PracticeMoney.FromCents(-1_550), "Acme Health"),
            [new ClaimLine("99213", "Office visit, reversed", 1, PracticeMoney.FromCents(-2_000))]);
        app.Claims.Add(Samples.Clinic, new PatientId("pat-1"), reversal);
        app.Claims.ListAnswer = _ => Task.FromResult<IReadOnlyList<Claim>>([reversal]);
        using var browser = await app.SignedInBrowser();

        var (patient, patientHtml) = await browser.GetPageAsync("/t/tenant-1/patients/pat-1");
        var (claim, claimHtml) = await browser.GetPageAsync("/t/tenant-1/claims/clm-r?patient=pat-1");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (patient.StatusCode, claim.StatusCode));
        Assert.Contains("<td class=\"num money\">USD&#xA0;-20.00</td>", patientHtml, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num money\">USD&#xA0;-15.50</td>", patientHtml, StringComparison.Ordinal);
        Assert.Contains("<dt>Charged</dt><dd class=\"money\">USD&#xA0;-20.00</dd>", claimHtml, StringComparison.Ordinal);
        Assert.Contains("<dt>Paid by the payer</dt><dd class=\"money\">USD&#xA0;-15.50</dd>", claimHtml, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num money\">USD&#xA0;-20.00</td>", claimHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_claim_line_whose_units_could_not_be_read_shows_a_dash_for_them()
    {
        using var app = new PortalApp();
        app.Claims.Add(Samples.Clinic, new PatientId("pat-1"), new Claim(Samples.Claim("clm-u").Summary, [new ClaimLine("99213", "Office visit", null, PracticeMoney.FromCents(5_000))]));
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/claims/clm-u");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<td>Office visit</td><td class=\"num\">—</td><td class=\"num money\">USD&#xA0;50.00</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_claim_names_the_patient_of_its_link_only_when_the_claim_is_among_theirs()
    {
        using var app = new PortalApp();
        app.Patients.Add(Samples.Patient("pat-1", "Grace", "Hopper"));
        using var browser = await app.SignedInBrowser();

        // Every patient's claim list holds clm-1 alone (SeededFakes): clm-9 is not pat-1's, whatever its link says.
        var (_, theirs) = await browser.GetPageAsync("/t/tenant-1/claims/clm-1?patient=pat-1");
        var (response, notTheirs) = await browser.GetPageAsync("/t/tenant-1/claims/clm-9?patient=pat-1");

        Assert.Contains("Back to Grace Hopper", theirs, StringComparison.Ordinal);
        Assert.Contains("For <a href=\"/t/tenant-1/patients/pat-1\">Grace Hopper</a>", theirs, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Grace Hopper", notTheirs, StringComparison.Ordinal);
        Assert.Contains("Back to patients", notTheirs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_claim_status_Portal_does_not_know_is_shown_as_the_service_spelt_it()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/claims/clm-9");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<dd>in_review</dd>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<dd>Unknown</dd>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_new_patient_is_answered_400_with_messages_beside_the_fields_and_in_a_summary_and_the_input_kept()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var response = await browser.SubmitAsync(
            "/t/tenant-1/patients/new",
            "/t/tenant-1/patients/new",
            ("FirstName", "R2-D2 <b>"),
            ("LastName", "Skywalker"),
            ("Email", "not-an-email"),
            ("Phone", "+1 555 0100"),
            ("DateOfBirth", "1980-05-17"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<p class=\"field-error\" id=\"FirstName-error\">First name may contain only letters", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"field-error\" id=\"Email-error\">Enter a valid email address", html, StringComparison.Ordinal);
        Assert.Contains("value=\"R2-D2 &lt;b&gt;\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Skywalker\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"not-an-email\"", html, StringComparison.Ordinal);
        Assert.Equal(["FirstName", "Email"], ErrorSummaryMarkup.Links(html, "/t/tenant-1/patients/new").Select(link => link.Target));
        Assert.Null(app.Patients.LastCreated);
    }

    [Fact]
    public async Task A_new_patient_the_backend_refuses_shows_its_reason_above_the_kept_form()
    {
        using var app = new PortalApp();
        app.Patients.Add(Samples.Patient("pat-1"));
        using var browser = await app.SignedInBrowser();

        var response = await browser.SubmitAsync(
            "/t/tenant-1/patients/new",
            "/t/tenant-1/patients/new",
            ("FirstName", "Grace"), ("LastName", "Hopper"), ("Email", "patient-pat-1@example.com"), ("Phone", "+1 555 0100"), ("DateOfBirth", "1906-12-09"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<p class=\"form-error\" role=\"alert\">A patient with this email address already exists.</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Please correct the following", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Hopper\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_that_is_not_a_date_says_so_beside_the_field()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var response = await browser.SubmitAsync(
            "/t/tenant-1/patients/new",
            "/t/tenant-1/patients/new",
            ("FirstName", "Grace"), ("LastName", "Hopper"), ("Email", "grace@example.com"), ("Phone", "+1 555 0100"), ("DateOfBirth", "yesterday"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"DateOfBirth-error\">Enter a real date of birth.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_new_patient_is_created_and_redirects_to_the_patient()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var response = await browser.SubmitAsync(
            "/t/tenant-1/patients/new",
            "/t/tenant-1/patients/new",
            ("FirstName", "Grace"), ("LastName", "Hopper"), ("Email", "grace@example.com"), ("Phone", "+1 555 0100"), ("DateOfBirth", "1906-12-09"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/t/tenant-1/patients/pat-new-1?added=true", response.Headers.Location?.OriginalString);
        Assert.Equal("Grace", app.Patients.LastCreated?.FirstName);
        var (_, html) = await browser.GetPageAsync("/t/tenant-1/patients/pat-new-1?added=true");
        Assert.Contains("<p class=\"notice\" role=\"status\">Patient Grace Hopper added.</p>", html, StringComparison.Ordinal);
        var (_, again) = await browser.GetPageAsync("/t/tenant-1/patients/pat-new-1");
        Assert.DoesNotContain("class=\"notice\"", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_patient_without_the_forms_csrf_token_is_refused_and_nothing_is_created()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();
        var (_, ticketForm) = await browser.GetPageAsync("/t/tenant-1/tickets/new");

        var missing = await browser.PostFormAsync("/t/tenant-1/patients/new", [new("FirstName", "Grace")]);
        var otherForms = await browser.PostFormAsync(
            "/t/tenant-1/patients/new", [new("__csrf", Browser.CsrfToken(ticketForm, "/t/tenant-1/tickets/new")), new("FirstName", "Grace")]);

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, otherForms.StatusCode);
        Assert.Null(app.Patients.LastCreated);
    }

    [Fact]
    public async Task A_malicious_patient_name_is_shown_as_text()
    {
        using var app = new PortalApp();
        app.Patients.Add(Samples.Patient("pat-evil", "<script>alert(1)</script>", "O'Brien"));
        using var browser = await app.SignedInBrowser();

        var (_, list) = await browser.GetPageAsync("/t/tenant-1/patients");
        var (_, detail) = await browser.GetPageAsync("/t/tenant-1/patients/pat-evil");

        foreach (var html in new[] { list, detail })
        {
            Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        }
    }
}
