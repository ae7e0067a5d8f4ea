using System.Globalization;
using System.Text.Json;
using Portal.Adapters.Nats.Messaging;

namespace Portal.Demo.Tests.Infrastructure;

/// <summary>
/// Asks the demo's HTPI services the way Portal's adapter does: the common fields, a dotted clientId, and the answer
/// subject <c>customer.&lt;area&gt;.response.&lt;clientId&gt;</c> as both reply subject and responseChannel.
/// </summary>
internal sealed class HtpiClient(IMessageBus bus)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    private readonly string instance = Guid.NewGuid().ToString("N")[..10];
    private int sequence;

    public IMessageBus Bus => bus;

    public string NextClientId() => instance + "." + Interlocked.Increment(ref sequence).ToString(CultureInfo.InvariantCulture);

    public static byte[] Payload(string clientId, object fields, string? token = null, string? responseChannel = null)
    {
        var all = new Dictionary<string, object?>
        {
            ["portal"] = "customer",
            ["clientId"] = clientId,
            ["requestId"] = Guid.NewGuid().ToString("N"),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        };
        if (responseChannel is not null)
        {
            all["responseChannel"] = responseChannel;
        }

        if (token is not null)
        {
            all["token"] = token;
        }

        foreach (var property in JsonSerializer.SerializeToElement(fields).EnumerateObject())
        {
            all[property.Name] = property.Value;
        }

        return JsonSerializer.SerializeToUtf8Bytes(all);
    }

    public async Task<JsonElement> RequestAsync(string subject, string area, object fields, string? token = null)
    {
        var clientId = NextClientId();
        var answerSubject = $"customer.{area}.response.{clientId}";
        var reply = await bus.RequestAsync(subject, answerSubject, Payload(clientId, fields, token, answerSubject), Timeout, CancellationToken.None);
        return JsonSerializer.Deserialize<JsonElement>(reply.Payload.Span);
    }

    public async Task<string> LoginAsync(string email, string password)
    {
        var answer = await RequestAsync("htpi.auth.login", "auth", new { email, password });
        Assert.True(answer.GetProperty("success").GetBoolean(), answer.GetRawText());
        return answer.GetProperty("token").GetString()!;
    }

    /// <summary>
    /// Subscribes and returns once the server has the subscription: the messages and the pending first step of reading them.
    /// </summary>
    public static async Task<(IAsyncEnumerator<BusMessage> Messages, Task<bool> First)> SubscribeAsync(IMessageBus bus, string subject, CancellationToken cancellationToken)
    {
        var subscribed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var messages = bus.SubscribeAsync(subject, subscribed.SetResult, cancellationToken).GetAsyncEnumerator(cancellationToken);
        var first = messages.MoveNextAsync().AsTask();
        await subscribed.Task.WaitAsync(cancellationToken);
        await bus.FlushAsync(cancellationToken);
        return (messages, first);
    }
}
