using System.Globalization;
using System.Text.Json;
using NATS.Client.Core;

namespace Portal.Demo.Tests.Infrastructure;

/// <summary>
/// A test's own NATS connection (the official client, not Portal's adapter) with one subscription to every subject: it
/// sees each message in the order the server delivers it. Since a service answers its requests one after another from
/// one connection, once the answer to a later request has arrived every message an earlier request caused has arrived
/// too — so "nothing else was sent" is checked without waiting for a timeout.
/// </summary>
internal sealed class HtpiWire : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly NatsConnection connection;
    private readonly INatsSub<byte[]> tap;
    private readonly string instance = Guid.NewGuid().ToString("N")[..10];
    private readonly List<WireMessage> seen = [];
    private readonly HashSet<int> returned = [];
    private int sequence;

    private HtpiWire(NatsConnection connection, INatsSub<byte[]> tap)
    {
        this.connection = connection;
        this.tap = tap;
    }

    /// <summary>Every message read so far, in order.</summary>
    public IReadOnlyList<WireMessage> Seen => seen;

    public static async Task<HtpiWire> ConnectAsync(string url)
    {
        var connection = new NatsConnection(new NatsOpts { Url = url, Name = "demo-contract-tests" });
        await connection.ConnectAsync();
        var tap = await connection.SubscribeCoreAsync(">", serializer: NatsRawSerializer<byte[]>.Default);
        await connection.PingAsync();
        return new HtpiWire(connection, tap);
    }

    public string NewClientId() => instance + "." + Interlocked.Increment(ref sequence).ToString(CultureInfo.InvariantCulture);

    /// <summary>The common fields of the contract (portal, clientId, requestId, timestamp, token), then <paramref name="fields"/>.</summary>
    public static Dictionary<string, object?> Request(string clientId, object fields, string? token = null, string? portal = "customer")
    {
        var all = new Dictionary<string, object?>
        {
            ["clientId"] = clientId,
            ["requestId"] = Guid.NewGuid().ToString("N"),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        };
        if (portal is not null)
        {
            all["portal"] = portal;
        }

        if (token is not null)
        {
            all["token"] = token;
        }

        foreach (var property in JsonSerializer.SerializeToElement(fields).EnumerateObject())
        {
            all[property.Name] = property.Value;
        }

        return all;
    }

    public async Task SendAsync(string subject, Dictionary<string, object?> body, string? replyTo = null)
    {
        await connection.PublishAsync(subject, JsonSerializer.SerializeToUtf8Bytes(body), replyTo: replyTo, serializer: NatsRawSerializer<byte[]>.Default);
    }

    /// <summary>The next message on <paramref name="subject"/> (see <see cref="NextMatchingAsync"/>).</summary>
    public Task<WireMessage> NextOnAsync(string subject) => NextMatchingAsync(message => message.Subject == subject);

    /// <summary>
    /// The first message matching <paramref name="match"/> not returned before: one already read past while waiting for
    /// another (answers to requests sent together come in any order), else the next to arrive. Every message read is kept
    /// in <see cref="Seen"/>.
    /// </summary>
    public async Task<WireMessage> NextMatchingAsync(Func<WireMessage, bool> match)
    {
        for (var index = 0; index < seen.Count; index++)
        {
            if (!returned.Contains(index) && match(seen[index]))
            {
                returned.Add(index);
                return seen[index];
            }
        }

        using var stop = new CancellationTokenSource(Timeout);
        while (true)
        {
            var message = await tap.Msgs.ReadAsync(stop.Token);
            var received = new WireMessage(message.Subject, message.ReplyTo, message.Data is { Length: > 0 } data ? JsonSerializer.Deserialize<JsonElement>(data) : default);
            seen.Add(received);
            if (match(received))
            {
                returned.Add(seen.Count - 1);
                return received;
            }
        }
    }

    /// <summary>
    /// Asks on <paramref name="subject"/> and returns the answer from its documented route: the client subject
    /// <c>&lt;portal&gt;.&lt;area&gt;.response.&lt;clientId&gt;</c>, or the reply subject when <paramref name="area"/> is null.
    /// </summary>
    public async Task<JsonElement> AskAsync(string subject, string? area, object fields, string? token = null, string portal = "customer")
    {
        var clientId = NewClientId();
        var reply = "_reply." + clientId;
        await SendAsync(subject, Request(clientId, fields, token, portal), reply);
        return (await NextOnAsync(area is null ? reply : $"{portal}.{area}.response.{clientId}")).Body;
    }

    public async Task<string> LoginAsync(string email, string password)
    {
        var answer = await AskAsync("htpi.auth.login", "auth", new { email, password });
        Assert.True(answer.GetProperty("success").GetBoolean(), answer.GetRawText());
        return answer.GetProperty("token").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        await tap.DisposeAsync();
        await connection.DisposeAsync();
    }
}
