using System.Net;
using Polly.Timeout;
using Portal.Adapters.Http.Platform.Resilience;
using Refit;

namespace Portal.Adapters.Http.IntegrationTests.Resilience;

/// <summary>The one judgement of a failed attempt that the retries, the circuit breakers and the error map share.</summary>
public sealed class PlatformFailuresTests
{
    public static TheoryData<string, bool, bool> Cases => new()
    {
        // failure, retried (for a read), counted by the circuit breaker
        { "connection refused", true, true },
        { "HttpClient's own timeout", false, false },
        { "attempt timeout", false, true },
        { "HTTP 502", true, true },
        { "HTTP 503", true, true },
        { "HTTP 504", true, true },
        { "HTTP 500", false, true },
        { "HTTP 501", false, true },
        { "HTTP 429", false, false },
        { "HTTP 404", false, false },
        { "HTTP 401", false, false },
        { "answer cut off", true, true },
        { "malformed JSON", false, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_failure_is_retried_and_counted_as_its_raw_cause_was(string failure, bool retried, bool counted)
    {
        var exception = await CreateAsync(failure);

        Assert.Equal(retried, PlatformFailures.IsTransient(exception));
        Assert.Equal(counted, PlatformFailures.CountsAgainstCircuit(exception));
    }

    [Fact]
    public async Task A_log_line_names_the_cause_by_type_or_status_never_by_its_text()
    {
        Assert.Equal("HttpRequestException", PlatformFailures.Describe(await CreateAsync("connection refused")));
        Assert.Equal("HTTP 503", PlatformFailures.Describe(await CreateAsync("HTTP 503")));
        Assert.Equal("TimeoutRejectedException", PlatformFailures.Describe(await CreateAsync("attempt timeout")));
    }

    private static async Task<Exception> CreateAsync(string failure)
    {
        var settings = new RefitSettings();
        using var request = new HttpRequestMessage(HttpMethod.Post, "http://platform.test/api/users/customers/");
        return failure switch
        {
            "connection refused" => new ApiRequestException(request, HttpMethod.Post, settings, new HttpRequestException("Connection refused")),
            "HttpClient's own timeout" => new ApiRequestException(request, HttpMethod.Post, settings, new TaskCanceledException("HttpClient.Timeout")),
            "attempt timeout" => new TimeoutRejectedException(),
            "answer cut off" => await AnswerAsync(request, settings, HttpStatusCode.OK, new HttpRequestException("Error while copying content to a stream.", new IOException("Connection reset by peer"))),
            "malformed JSON" => await AnswerAsync(request, settings, HttpStatusCode.OK, new System.Text.Json.JsonException("bad")),
            _ => await AnswerAsync(request, settings, (HttpStatusCode)int.Parse(failure["HTTP ".Length..], System.Globalization.CultureInfo.InvariantCulture), null),
        };
    }

    private static async Task<Exception> AnswerAsync(HttpRequestMessage request, RefitSettings settings, HttpStatusCode status, Exception? cause)
    {
        using var response = new HttpResponseMessage(status) { RequestMessage = request, Content = new StringContent("{}") };
        return cause is null
            ? await ApiException.Create(request, HttpMethod.Post, response, settings)
            : await ApiException.Create("An error occurred deserializing the response.", request, HttpMethod.Post, response, settings, cause);
    }
}
