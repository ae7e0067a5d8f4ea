using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Portal.Adapters.Http.IntegrationTests.Infrastructure;
using Portal.Adapters.Http.Platform;
using Portal.Adapters.Http.Platform.Signing;
using Portal.Application.Common.Exceptions;

namespace Portal.Adapters.Http.IntegrationTests.Signing;

public sealed class RequestSigningTests : PlatformTestBase
{
    [Fact]
    public async Task Every_request_is_signed_as_the_contract_says_with_a_fresh_nonce()
    {
        Platform.OnJson(CustomersPath, CustomersJson);

        for (var i = 0; i < 3; i++)
        {
            await ListCustomersAsync(Portal);
        }

        var requests = Platform.RequestsTo(CustomersPath);
        Assert.Equal(3, requests.Count);
        Assert.All(requests, request =>
        {
            Assert.Null(request.Refusal);
            Assert.Equal("/api/users/customers/", request.RawTarget);
            Assert.Equal(FakePlatform.PortalId, request.Header("X-Portal-Id"));
            Assert.Matches("^[0-9a-f]{32,}$", request.Header("X-Nonce"));
            Assert.Matches("^[0-9a-f]{64}$", request.Header("X-Signature"));
            Assert.InRange(
                long.Parse(request.Header("X-Timestamp")),
                DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 60,
                DateTimeOffset.UtcNow.ToUnixTimeSeconds());
            Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
        });
        Assert.Equal(3, requests.Select(r => r.Header("X-Nonce")).Distinct().Count());
    }

    [Fact]
    public async Task A_retried_read_sends_the_same_body_and_body_hash_with_a_fresh_nonce_and_signature()
    {
        Platform.OnSequence(
            CustomersPath,
            FakePlatform.Json("""{"success": false, "error": "busy"}""", StatusCodes.Status503ServiceUnavailable),
            FakePlatform.Json(CustomersJson));

        await ListCustomersAsync(Portal);

        var attempts = Platform.RequestsTo(CustomersPath);
        Assert.Equal(2, attempts.Count);
        Assert.All(attempts, attempt => Assert.True(attempt.Accepted, attempt.Refusal));
        Assert.Equal(attempts[0].Body, attempts[1].Body);
        Assert.Equal(attempts[0].Header("X-Body-Hash"), attempts[1].Header("X-Body-Hash"));
        Assert.NotEqual(attempts[0].Header("X-Nonce"), attempts[1].Header("X-Nonce"));
        Assert.NotEqual(attempts[0].Header("X-Signature"), attempts[1].Header("X-Signature"));
    }

    [Fact]
    public void The_signed_text_has_the_request_content_type_and_the_query_sorted_by_key_then_value_form_encoded()
    {
        var text = PlatformSignature.CanonicalText(
            "post",
            new Uri("http://platform.test:8700/api/billing/invoices/?status=paid&page=2&b=z&b=a%20b&limit=10&blank="),
            "Application/JSON; charset=utf-8",
            "aGFzaA==",
            "portal-1",
            "abc",
            "1700000000");

        Assert.Equal(
            "POST\n/api/billing/invoices/?b=a+b&b=z&blank=&limit=10&page=2&status=paid\napplication/json\naGFzaA==\nportal-1\nabc\n1700000000",
            text);
        Assert.Equal(
            "GET\n/api/services/plans/\n\nh\np\nn\n1",
            PlatformSignature.CanonicalText("GET", new Uri("http://platform.test/api/services/plans/"), null, "h", "p", "n", "1"));
    }

    /// <summary>
    /// The handler signs the parts without building the text: the same signature as the text's, on the paths and content
    /// types taken as they are sent and on those that are re-escaped or cut, and on a text too long for the stack.
    /// </summary>
    [Theory]
    [InlineData("POST", "/api/billing/summary/", "application/json")]
    [InlineData("post", "/api/billing/invoices/INV%2B1/", "Application/JSON; charset=utf-8")]
    [InlineData("GET", "/api/services/plans/?plan_type=web%20hosting&b=1", null)]
    [InlineData("POST", "/api/billing/invoices/F%C4%82:(x)/", " application/json ")]
    [InlineData("POST", "/api/tickets/", "application/json")]
    public void The_signature_is_the_HMAC_of_the_signed_text(string method, string target, string? contentType)
    {
        var key = "0123456789abcdef0123456789abcdef-key"u8.ToArray();
        var uri = new Uri("http://platform.test:8700" + target);
        var longNonce = new string('a', 600);
        foreach (var nonce in new[] { "abc", longNonce })
        {
            var text = PlatformSignature.CanonicalText(method, uri, contentType, "aGFzaA==", "portal-1", nonce, "1700000000");
            var expected = Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text)));

            Assert.Equal(expected, PlatformSignature.Sign(key, method, uri, contentType, "aGFzaA==", "portal-1", nonce, "1700000000"));
        }
    }

    [Theory]
    [InlineData("/api/billing/invoices/INV%2B1/", "/api/billing/invoices/INV+1/")]
    [InlineData("/api/billing/invoices/INV%201/", "/api/billing/invoices/INV%201/")]
    [InlineData("/api/billing/invoices/F%C4%82/", "/api/billing/invoices/F%C4%82/")]
    [InlineData("/api/x/?q=a%2Bb&q=a+b", "/api/x/?q=a+b&q=a%2Bb")]
    public void The_signed_path_is_the_one_Django_sees(string sent, string signed)
    {
        Assert.Equal(signed, PlatformSignature.CanonicalTarget(new Uri("http://platform.test" + sent)));
        Assert.Equal(signed, IndependentSignatureVerifier.DjangoTarget(sent));
    }

    [Fact]
    public async Task A_wrong_secret_is_refused_reported_as_unavailable_not_as_a_signed_out_user_and_logged_as_an_error_without_the_secret()
    {
        const string WrongSecret = "wrong-secret-0123456789-abcdefghijklmnopq";
        await using var misconfigured = PlatformHarness.Create(Platform, settings => settings["PLATFORM_API_SECRET"] = WrongSecret);
        Platform.OnJson(CustomersPath, CustomersJson);

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(() => ListCustomersAsync(misconfigured));

        Assert.Equal(IndependentSignatureVerifier.BadSignature, Assert.Single(Platform.Requests).Refusal);
        Assert.Contains(misconfigured.Log.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("401", StringComparison.Ordinal));
        Assert.DoesNotContain(WrongSecret, misconfigured.Log.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(WrongSecret, error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public async Task A_timestamp_more_than_300_seconds_off_is_refused(int offsetSeconds)
    {
        var skewed = new ManualTimeProvider(DateTimeOffset.UtcNow.AddSeconds(offsetSeconds));
        await using var portal = PlatformHarness.Create(Platform, time: skewed);
        Platform.OnJson(CustomersPath, CustomersJson);

        await Assert.ThrowsAsync<BackendUnavailableException>(() => ListCustomersAsync(portal));

        Assert.Equal(IndependentSignatureVerifier.StaleTimestamp, Assert.Single(Platform.Requests).Refusal);
    }

    [Fact]
    public async Task A_replayed_request_is_refused()
    {
        Platform.OnJson(CustomersPath, CustomersJson);
        await ListCustomersAsync(Portal);
        var original = Assert.Single(Platform.Requests);
        Assert.True(original.Accepted);

        using var replay = await Platform.ResendAsync(original);

        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Equal(IndependentSignatureVerifier.ReplayedNonce, Platform.Requests[^1].Refusal);
    }

    [Fact]
    public async Task A_changed_body_is_refused_even_with_a_recomputed_body_hash()
    {
        Platform.OnJson(CustomersPath, CustomersJson);
        await ListCustomersAsync(Portal);
        var original = Assert.Single(Platform.Requests);
        var forged = FakePlatform.Utf8(original.BodyText.Replace("\"user_id\":42", "\"user_id\":43", StringComparison.Ordinal));
        Assert.NotEqual(original.Body, forged);

        using var sameHash = await Platform.ResendAsync(original, forged);
        Assert.Equal(HttpStatusCode.Unauthorized, sameHash.StatusCode);
        Assert.Equal(IndependentSignatureVerifier.BodyHashMismatch, Platform.Requests[^1].Refusal);

        using var newHash = await Platform.ResendAsync(original, forged, request =>
        {
            request.Headers.Remove("X-Body-Hash");
            request.Headers.Add("X-Body-Hash", Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(forged)));
        });
        Assert.Equal(HttpStatusCode.Unauthorized, newHash.StatusCode);
        Assert.Equal(IndependentSignatureVerifier.BadSignature, Platform.Requests[^1].Refusal);
    }

    [Fact]
    public void The_options_never_show_the_secret()
    {
        var options = new PlatformApiOptions { BaseUrl = "http://127.0.0.1:8700/api", Secret = FakePlatform.Secret, PortalId = "p" };

        Assert.DoesNotContain(FakePlatform.Secret, options.ToString(), StringComparison.Ordinal);
        Assert.Contains("http://127.0.0.1:8700/api", options.ToString(), StringComparison.Ordinal);
    }
}
