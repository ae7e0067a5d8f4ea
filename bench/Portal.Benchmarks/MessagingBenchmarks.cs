using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NATS.Client.Core;
using Portal.Adapters.Nats.Connection;
using Portal.Adapters.Nats.Messaging;
using Portal.Bench.Shared;

namespace Portal.Benchmarks;

/// <summary>
/// Portal's bus (<see cref="NatsMessageBus"/>) next to a bare NATS.Client.Core <see cref="NatsConnection"/> doing the
/// same thing, against one local nats-server in the same run; each pair is a category with the bare client as its
/// baseline, and <see cref="Program"/> prints the adapter's throughput as a share of the bare client's.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class MessagingBenchmarks
{
    public const string Sequential = "request-reply, 1 in flight";
    public const string Concurrent = "request-reply, 64 in flight";
    public const string Stream = "publish→subscribe 128 B";
    public const string Answered = "request-reply 420 B → 3,000 B, 64 in flight";

    private const int SequentialRequests = 1_000;
    private const int Concurrency = 64;
    private const int PerWorker = 100;
    private const int Messages = 100_000;

    /// <summary>Messages in flight between publisher and reader: below every subscription's capacity, so nothing is dropped.</summary>
    private const int Window = 500;

    private static readonly byte[] Small = new byte[16];
    private static readonly byte[] Payload128 = new byte[128];

    /// <summary>An HTPI request's body and a dashboard answer's size.</summary>
    private static readonly byte[] RequestBody = new byte[420];
    private static readonly byte[] Answer = new byte[3000];
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private LocalNatsServer server = null!;
    private NatsConnection service = null!;
    private NatsMessageBus adapter = null!;
    private NatsConnection bare = null!;
    private NatsMessageBus adapterPublisher = null!;
    private NatsMessageBus adapterSubscriber = null!;
    private NatsConnection barePublisher = null!;
    private NatsConnection bareSubscriber = null!;
    private IAsyncEnumerator<BusMessage> adapterStream = null!;
    private INatsSub<byte[]> bareStream = null!;
    private INatsSub<byte[]> echo = null!;
    private INatsSub<byte[]> answering = null!;
    private CancellationTokenSource stop = null!;
    private Task responder = null!;
    private Task answerer = null!;
    private long requestSequence;

    // Synchronous on purpose: the in-process toolchain does not await an async GlobalSetup before measuring.
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    [BenchmarkCategory(Sequential)]
    [Benchmark(Baseline = true, OperationsPerInvoke = SequentialRequests, Description = "bare NatsConnection")]
    public async Task BareRequestSequential()
    {
        for (var i = 0; i < SequentialRequests; i++)
        {
            await BareRequestAsync();
        }
    }

    [BenchmarkCategory(Sequential)]
    [Benchmark(OperationsPerInvoke = SequentialRequests, Description = "adapter IMessageBus")]
    public async Task AdapterRequestSequential()
    {
        for (var i = 0; i < SequentialRequests; i++)
        {
            await AdapterRequestAsync();
        }
    }

    [BenchmarkCategory(Concurrent)]
    [Benchmark(Baseline = true, OperationsPerInvoke = Concurrency * PerWorker, Description = "bare NatsConnection")]
    public Task BareRequestConcurrent() => InParallel(BareRequestAsync);

    [BenchmarkCategory(Concurrent)]
    [Benchmark(OperationsPerInvoke = Concurrency * PerWorker, Description = "adapter IMessageBus")]
    public Task AdapterRequestConcurrent() => InParallel(AdapterRequestAsync);

    [BenchmarkCategory(Answered)]
    [Benchmark(Baseline = true, OperationsPerInvoke = Concurrency * PerWorker, Description = "bare NatsConnection")]
    public Task BareAnsweredConcurrent() => InParallel(async () => await bare.RequestAsync<byte[], byte[]>("bench.answer", RequestBody));

    [BenchmarkCategory(Answered)]
    [Benchmark(OperationsPerInvoke = Concurrency * PerWorker, Description = "adapter IMessageBus")]
    public Task AdapterAnsweredConcurrent() => InParallel(() => AdapterRequestAsync("bench.answer", RequestBody));

    [BenchmarkCategory(Stream)]
    [Benchmark(Baseline = true, OperationsPerInvoke = Messages, Description = "bare NatsConnection")]
    public async Task BarePublishSubscribe()
    {
        for (var sent = 0; sent < Messages; sent += Window)
        {
            for (var i = 0; i < Window; i++)
            {
                await barePublisher.PublishAsync("bench.bare.stream", Payload128);
            }

            for (var i = 0; i < Window; i++)
            {
                if (!bareStream.Msgs.TryRead(out _))
                {
                    await bareStream.Msgs.ReadAsync();
                }
            }
        }
    }

    [BenchmarkCategory(Stream)]
    [Benchmark(OperationsPerInvoke = Messages, Description = "adapter IMessageBus")]
    public async Task AdapterPublishSubscribe()
    {
        for (var sent = 0; sent < Messages; sent += Window)
        {
            for (var i = 0; i < Window; i++)
            {
                await adapterPublisher.PublishAsync("bench.adapter.stream", Payload128, CancellationToken.None);
            }

            for (var i = 0; i < Window; i++)
            {
                await adapterStream.MoveNextAsync();
            }
        }
    }

    private static Task InParallel(Func<Task> request)
    {
        var workers = new Task[Concurrency];
        for (var w = 0; w < workers.Length; w++)
        {
            workers[w] = Task.Run(async () =>
            {
                for (var i = 0; i < PerWorker; i++)
                {
                    await request();
                }
            });
        }

        return Task.WhenAll(workers);
    }

    private async Task BareRequestAsync() => await bare.RequestAsync<byte[], byte[]>("bench.echo", Small);

    private Task AdapterRequestAsync() => AdapterRequestAsync("bench.echo", Small);

    /// <summary>As Portal's requester does: the answer is read, then its lent payload given back.</summary>
    private async Task AdapterRequestAsync(string subject, byte[] body)
    {
        var reply = "bench.replies." + Interlocked.Increment(ref requestSequence).ToString(CultureInfo.InvariantCulture);
        using var answer = await adapter.RequestAsync(subject, reply, body, Timeout, CancellationToken.None);
    }

    private async Task SetupAsync()
    {
        server = LocalNatsServer.Start();
        stop = new CancellationTokenSource();
        service = await BareAsync("bench-service");
        bare = await BareAsync("bench-bare");
        barePublisher = await BareAsync("bench-bare-publisher");
        bareSubscriber = await BareAsync("bench-bare-subscriber");
        adapter = await AdapterAsync("bench-adapter");
        adapterPublisher = await AdapterAsync("bench-adapter-publisher");
        adapterSubscriber = await AdapterAsync("bench-adapter-subscriber");

        echo = await service.SubscribeCoreAsync<byte[]>("bench.echo");
        answering = await service.SubscribeCoreAsync<byte[]>("bench.answer");
        await service.PingAsync();
        responder = Task.Run(() => RespondAsync(echo, request => request));
        answerer = Task.Run(() => RespondAsync(answering, _ => Answer));

        // The same channel size as the adapter's subscriptions, so both readers work alike.
        bareStream = await bareSubscriber.SubscribeCoreAsync<byte[]>(
            "bench.bare.stream", opts: new NatsSubOpts { ChannelOpts = new NatsSubChannelOpts { Capacity = NatsMessageBus.SubscriptionCapacity } });
        await bareSubscriber.PingAsync();
        var subscribed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        adapterStream = adapterSubscriber.SubscribeAsync("bench.adapter.stream", subscribed.SetResult, stop.Token).GetAsyncEnumerator(stop.Token);
        var first = adapterStream.MoveNextAsync();
        await subscribed.Task;
        await adapterSubscriber.FlushAsync(CancellationToken.None);
        await adapterPublisher.PublishAsync("bench.adapter.stream", Payload128, CancellationToken.None);
        await first;

        // Both request paths make their reply subscription on first use: not part of the measurement.
        await AdapterRequestAsync();
        await BareRequestAsync();
    }

    private async Task CleanupAsync()
    {
        await stop.CancelAsync();
        await responder;
        await answerer;
        await adapterStream.DisposeAsync();
        await bareStream.DisposeAsync();
        await echo.DisposeAsync();
        await answering.DisposeAsync();
        foreach (var bus in new[] { adapter, adapterPublisher, adapterSubscriber })
        {
            await bus.DisposeAsync();
        }

        foreach (var connection in new[] { service, bare, barePublisher, bareSubscriber })
        {
            await connection.DisposeAsync();
        }

        stop.Dispose();
        server.Dispose();
    }

    private async Task RespondAsync(INatsSub<byte[]> requests, Func<byte[]?, byte[]?> answer)
    {
        try
        {
            await foreach (var request in requests.Msgs.ReadAllAsync(stop.Token))
            {
                await service.PublishAsync(request.ReplyTo!, answer(request.Data));
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private async Task<NatsConnection> BareAsync(string name)
    {
        var connection = new NatsConnection(new NatsOpts { Url = server.Url, Name = name });
        await connection.ConnectAsync();
        return connection;
    }

    private Task<NatsMessageBus> AdapterAsync(string name) =>
        NatsMessageBus.ConnectAsync(new NatsOpts { Url = server.Url, Name = name }, CancellationToken.None);
}
