using System.Text;
using Portal.Adapters.Nats.Messaging;
using Portal.Demo.Backend.Htpi;

namespace Portal.Demo.Tests.Htpi;

public sealed class AnswerSubjectTests
{
    [Theory]
    [InlineData(true, "_INBOX.x.1", "c1.7", "chan.a", "chan.a")]
    [InlineData(true, "_INBOX.x.1", "c1.7", null, "customer.patients.response.c1.7")]
    [InlineData(true, "_INBOX.x.1", null, null, "_INBOX.x.1")]
    [InlineData(false, "_INBOX.x.1", "c1.7", "chan.a", "_INBOX.x.1")]
    [InlineData(false, null, "c1.7", null, "customer.patients.response.c1.7")]
    [InlineData(true, null, "bad id*", "also bad >", null)]
    public void Answer_goes_where_the_style_says(bool seedStyle, string? replyTo, string? clientId, string? responseChannel, string? expected)
    {
        var fields = new Dictionary<string, string?> { ["clientId"] = clientId, ["responseChannel"] = responseChannel }
            .Where(pair => pair.Value is not null)
            .Select(pair => $"\"{pair.Key}\":\"{pair.Value}\"");
        var payload = Encoding.UTF8.GetBytes("{" + string.Join(',', fields) + "}");
        var request = HtpiRequest.Parse(new BusMessage("htpi.patient.list", replyTo, payload));
        var endpoint = new HtpiEndpoint("htpi.patient.list", "patients", seedStyle ? AnswerStyle.SeedStyle : AnswerStyle.RequestReply, (_, _) => ValueTask.FromResult<object>(new { }));

        Assert.Equal(expected, HtpiResponder.AnswerSubject(endpoint, request));
    }
}
